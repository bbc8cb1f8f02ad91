#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or a user-facing error sentence. Core code does not throw across Qt's event loop,
// so fallible operations return this instead.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    // `message` is moved; clang-tidy 14 misses the move inside a class template.
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result<void>: success or an error sentence.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
