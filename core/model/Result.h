#pragma once

#include "Error.h"

#include <QString>

#include <optional>
#include <utility>

// A value or a failure: its kind (ErrorKind) and a user-facing sentence. Core code does not
// throw across Qt's event loop, so fallible operations return this instead. A failure passed
// on keeps its kind: `Status::failure(inner.typedError().withMessage(context))`, or
// `Status::failure(inner.errorKind(), context)`.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    // A failure of no particular kind (ErrorKind::Failed).
    // `message` is moved; clang-tidy 14 misses the move inside a class template.
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    static Result failure(QString message) { return failure(Error(ErrorKind::Failed, std::move(message))); }
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    static Result failure(ErrorKind kind, QString message)
    {
        return failure(Error(kind, std::move(message)));
    }
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    static Result failure(Error error)
    {
        Result r;
        // A failure is never of kind None.
        r.m_error =
            error.kind() == ErrorKind::None ? Error(ErrorKind::Failed, error.message()) : std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // The sentence for people.
    const QString &error() const { return m_error.message(); }
    ErrorKind errorKind() const { return m_error.kind(); }
    const Error &typedError() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>: success or a failure.
class Status
{
public:
    Status() = default;
    static Status failure(QString message) { return failure(Error(ErrorKind::Failed, std::move(message))); }
    static Status failure(ErrorKind kind, QString message)
    {
        return failure(Error(kind, std::move(message)));
    }
    static Status failure(Error error)
    {
        Status s;
        s.m_failed = true;
        s.m_error =
            error.kind() == ErrorKind::None ? Error(ErrorKind::Failed, error.message()) : std::move(error);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    // The sentence for people.
    const QString &error() const { return m_error.message(); }
    ErrorKind errorKind() const { return m_error.kind(); }
    const Error &typedError() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
