#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

bool isBareKeyChar(QChar c)
{
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']') && c != QLatin1Char('"') &&
           c != QLatin1Char('\'') && !c.isSpace();
}

// How a value is named in messages: "a list", "text", ...
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("text");
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("missing");
}

// One step as the user would write it after what came before.
QString render(const JsonPath::Step &step, bool first)
{
    if (step.isIndex)
        return QStringLiteral("[%1]").arg(step.index);
    const bool bare = !step.key.isEmpty() && std::all_of(step.key.begin(), step.key.end(), isBareKeyChar) &&
                      !(first && step.key == QLatin1String("$"));
    if (bare)
        return first ? step.key : QLatin1Char('.') + step.key;
    QString escaped = step.key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"%1\"]").arg(escaped);
}

} // namespace

Result<JsonPath> JsonPath::parse(const QString &text, ParseError *error)
{
    const auto failed = [&text, error](qsizetype index, const QString &reason) {
        const int position = static_cast<int>(index) + 1;
        if (error)
            *error = ParseError{position, reason};
        return Result<JsonPath>::failure(Tr::tr("The JSON path \"%1\" is not valid at character %2: %3")
                                             .arg(text)
                                             .arg(position)
                                             .arg(reason));
    };

    JsonPath path;
    path.m_text = text;
    const qsizetype n = text.size();
    if (n == 0)
        return failed(0, Tr::tr("the path is empty."));
    qsizetype i = 0;
    // "$" is the root only when a step or the end follows; "$type" is an ordinary key.
    const bool rooted = text.at(0) == QLatin1Char('$') &&
                        (n == 1 || text.at(1) == QLatin1Char('.') || text.at(1) == QLatin1Char('['));
    if (rooted)
        i = 1;

    const auto bareKey = [&](qsizetype start, QString *key) -> std::optional<Result<JsonPath>> {
        qsizetype j = start;
        while (j < n && isBareKeyChar(text.at(j)))
            ++j;
        if (j == start) {
            if (j == n)
                return failed(j, Tr::tr("a key is missing at the end."));
            const QChar c = text.at(j);
            if (c.isSpace())
                return failed(j, Tr::tr("a key cannot start with a space."));
            return failed(j, Tr::tr("expected a key, found \"%1\".").arg(c));
        }
        if (j < n) {
            const QChar c = text.at(j);
            if (c.isSpace())
                return failed(j, Tr::tr("a space in a key; write keys with spaces in brackets, e.g. "
                                        "[\"key with spaces\"]."));
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                return failed(j, Tr::tr("a quote in a key; write such keys in brackets, e.g. [\"it's\"]."));
            if (c == QLatin1Char(']'))
                return failed(j, Tr::tr("a \"]\" without its \"[\"."));
        }
        *key = text.mid(start, j - start);
        i = j;
        return std::nullopt;
    };

    bool first = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (first && !rooted)
                return failed(i, Tr::tr("a path starts with a key, \"$.\" or \"[\", not with \".\"."));
            Step step;
            if (auto problem = bareKey(i + 1, &step.key))
                return *problem;
            path.m_steps.append(step);
        } else if (c == QLatin1Char('[')) {
            const qsizetype open = i;
            qsizetype j = i + 1;
            while (j < n && text.at(j).isSpace())
                ++j;
            if (j == n)
                return failed(open, Tr::tr("the \"[\" is not closed."));
            Step step;
            const QChar q = text.at(j);
            if (q == QLatin1Char('"') || q == QLatin1Char('\'')) {
                const qsizetype quote = j;
                ++j;
                bool closed = false;
                while (j < n) {
                    const QChar k = text.at(j);
                    if (k == QLatin1Char('\\') && j + 1 < n) {
                        step.key += text.at(j + 1);
                        j += 2;
                        continue;
                    }
                    if (k == q) {
                        closed = true;
                        ++j;
                        break;
                    }
                    step.key += k;
                    ++j;
                }
                if (!closed)
                    return failed(quote, Tr::tr("the quote is not closed."));
            } else if (q == QLatin1Char('-') || q.isDigit()) {
                const qsizetype start = j;
                if (q == QLatin1Char('-'))
                    ++j;
                const qsizetype digits = j;
                while (j < n && text.at(j).isDigit())
                    ++j;
                if (j == digits)
                    return failed(j, Tr::tr("expected the digits of an index."));
                bool ok = false;
                step.index = text.mid(start, j - start).toInt(&ok);
                if (!ok)
                    return failed(start, Tr::tr("the index is too large."));
                step.isIndex = true;
            } else {
                return failed(j, Tr::tr("expected an index such as [0] or [-1], or a quoted key such as "
                                        "[\"key\"]."));
            }
            while (j < n && text.at(j).isSpace())
                ++j;
            if (j == n)
                return failed(open, Tr::tr("the \"[\" is not closed."));
            if (text.at(j) != QLatin1Char(']'))
                return failed(j, Tr::tr("expected \"]\", found \"%1\".").arg(text.at(j)));
            i = j + 1;
            path.m_steps.append(step);
        } else if (first && !rooted) {
            Step step;
            if (auto problem = bareKey(i, &step.key))
                return *problem;
            path.m_steps.append(step);
        } else {
            return failed(i, Tr::tr("expected \".\" or \"[\" before \"%1\".").arg(c));
        }
        first = false;
    }
    return path;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root, QString *why) const
{
    QJsonValue current = root;
    QString sofar; // the path up to the current value, as the user would write it
    for (const Step &step : m_steps) {
        const QString where = sofar.isEmpty() ? Tr::tr("the answer") : sofar;
        if (step.isIndex) {
            if (!current.isArray()) {
                if (why)
                    *why = Tr::tr("%1 is %2, not a list.").arg(where, describe(current));
                return std::nullopt;
            }
            const QJsonArray array = current.toArray();
            const qsizetype size = array.size();
            const qsizetype at = step.index < 0 ? size + step.index : step.index;
            if (at < 0 || at >= size) {
                if (why)
                    *why = Tr::tr("%1 has %n value(s); [%2] is not one of them.", nullptr,
                                  static_cast<int>(size))
                               .arg(where)
                               .arg(step.index);
                return std::nullopt;
            }
            current = array.at(at);
        } else {
            if (!current.isObject()) {
                if (why)
                    *why = Tr::tr("%1 is %2, not an object with the key \"%3\".")
                               .arg(where, describe(current), step.key);
                return std::nullopt;
            }
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(step.key);
            if (found == object.constEnd()) {
                if (why)
                    *why = Tr::tr("%1 has no key \"%2\".").arg(where, step.key);
                return std::nullopt;
            }
            current = found.value();
        }
        sofar += render(step, sofar.isEmpty());
    }
    return current;
}
