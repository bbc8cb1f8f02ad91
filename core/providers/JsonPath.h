#pragma once

#include "model/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// A small path into a JSON answer, for the generic JSON provider:
//   data.items[0].balance     dotted keys and array indexes
//   $.Data.Balance            an optional leading "$" (the whole answer; "$" alone is the root)
//   results[-1].value         negative indexes count from the end (-1 is the last entry)
//   ["key with spaces"].x     keys with other characters in brackets, in double or single
//                             quotes; a backslash escapes the quote or itself
// Bare keys take any character except . [ ] quotes and white space. There are no
// wildcards or filters: one path names one value, so a mapping can never pick a value by
// accident.
class JsonPath
{
public:
    struct Step
    {
        bool isIndex = false;
        QString key;   // when !isIndex
        int index = 0; // when isIndex; negative from the end
    };
    struct ParseError
    {
        int position = 0; // 1-based character of the path where it went wrong
        QString reason;
    };

    JsonPath() = default;

    // A path, or a sentence naming the character where it went wrong ("... at character 6:
    // ..."); `error` gets the position and reason alone, for callers that show them apart.
    static Result<JsonPath> parse(const QString &text, ParseError *error = nullptr);

    // The value the path names in `root` (which may be null), or nullopt with `why` saying
    // which part of the path was not there ("data.items has 2 value(s); [5] is not one of them").
    std::optional<QJsonValue> evaluate(const QJsonValue &root, QString *why = nullptr) const;

    const QString &text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }
    bool isRoot() const { return m_steps.isEmpty(); }

private:
    QString m_text;
    QList<Step> m_steps;
};
