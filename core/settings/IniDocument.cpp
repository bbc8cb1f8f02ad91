#include "IniDocument.h"

#include <QCoreApplication>

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Where an unquoted ';' starts a comment, or -1.
qsizetype commentStart(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            ++i; // the escaped character never ends or starts anything
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(';') && !quoted)
            return i;
    }
    return -1;
}

} // namespace

QString IniDocument::Entry::path() const
{
    QString k = key;
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return group.isEmpty() ? k : group + QLatin1Char('/') + k;
}

IniDocument IniDocument::parse(const QByteArray &data)
{
    IniDocument doc;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) // a BOM from a Windows editor
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString group;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close < 0) {
                doc.m_unreadable.append(lineNumber);
                continue;
            }
            group = line.mid(1, close - 1).trimmed();
            if (group.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
                group.clear(); // QSettings' name for keys outside any group
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? line.left(equals).trimmed() : QString();
        if (key.isEmpty()) {
            doc.m_unreadable.append(lineNumber);
            continue;
        }
        QString value = line.mid(equals + 1);
        if (const qsizetype comment = commentStart(value); comment >= 0)
            value.truncate(comment);
        doc.m_entries.append(Entry{group, key, value.trimmed(), lineNumber});
    }
    return doc;
}

std::optional<QString> IniDocument::unescape(const QString &raw, QString *why)
{
    // The same reading as QSettingsPrivate::iniUnescapedStringList, for one string.
    QString out;
    bool quoted = false;
    bool wasQuoted = false;
    bool skipBlanks = true; // at the start and after a closing quote
    qsizetype keepUpTo = 0; // trailing unquoted blanks after this are dropped
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('\\')) {
            if (++i >= raw.size())
                break;
            const QChar e = raw.at(i);
            switch (e.unicode()) {
            case 'a':
                out += QLatin1Char('\a');
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'v':
                out += QLatin1Char('\v');
                break;
            case '"':
            case '?':
            case '\'':
            case '\\':
                out += e;
                break;
            case 'x': {
                char16_t v = 0;
                while (i + 1 < raw.size() && isHexDigit(raw.at(i + 1)))
                    v = char16_t((v << 4) + hexValue(raw.at(++i))); // wraps like QSettings' char16_t
                out += QChar(v);
                break;
            }
            default:
                if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    char16_t v = char16_t(e.unicode() - '0');
                    while (i + 1 < raw.size() && raw.at(i + 1) >= QLatin1Char('0') &&
                           raw.at(i + 1) <= QLatin1Char('7'))
                        v = char16_t((v << 3) + (raw.at(++i).unicode() - '0'));
                    out += QChar(v);
                }
                break; // any other escaped character is skipped, as QSettings does
            }
            keepUpTo = out.size();
            skipBlanks = false;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
            wasQuoted = true;
            skipBlanks = !quoted;
            keepUpTo = out.size();
        } else if (c == QLatin1Char(',') && !quoted) {
            if (why)
                *why = QCoreApplication::translate("IniDocument",
                                                   "a list (a comma outside quotes) where one value belongs");
            return std::nullopt;
        } else {
            const bool blank = c == QLatin1Char(' ') || c == QLatin1Char('\t');
            if (skipBlanks && blank)
                continue;
            skipBlanks = false;
            out += c;
            if (quoted || !blank)
                keepUpTo = out.size();
        }
    }
    if (!wasQuoted) // QSettings keeps everything once a value had quotes
        out.truncate(keepUpTo);
    if (out.startsWith(QLatin1String("@@")))
        return out.mid(1);
    // QSettings' wrapper for strings holding NUL characters: still just text.
    if (out.startsWith(QLatin1String("@String(")) && out.endsWith(QLatin1Char(')')))
        return out.mid(8, out.size() - 9);
    if (out.startsWith(QLatin1Char('@'))) {
        if (why)
            *why = QCoreApplication::translate(
                "IniDocument", "a Qt-typed value (starting with @), which Kilowatch does not read");
        return std::nullopt;
    }
    return out;
}

QString IniDocument::escape(const QString &value)
{
    // The same writing as QSettingsPrivate::iniEscapedString (Qt 6: UTF-8 text as it is).
    QString out;
    bool needsQuotes = false;
    bool escapeNextIfHex = false;
    const QString text = value.startsWith(QLatin1Char('@')) ? QLatin1Char('@') + value : value;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ';' || u == ',' || u == '=')
            needsQuotes = true;
        if (escapeNextIfHex && isHexDigit(c)) {
            out += QStringLiteral("\\x") + QString::number(u, 16);
            continue;
        }
        escapeNextIfHex = false;
        switch (u) {
        case '\0':
            out += QLatin1String("\\0");
            escapeNextIfHex = true;
            break;
        case '\a':
            out += QLatin1String("\\a");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\v':
            out += QLatin1String("\\v");
            break;
        case '"':
        case '\\':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            if (u <= 0x1F || u == 0x7F) {
                out += QStringLiteral("\\x") + QString::number(u, 16);
                escapeNextIfHex = true;
            } else {
                out += c;
            }
        }
    }
    if (needsQuotes || out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' ')))
        out = QLatin1Char('"') + out + QLatin1Char('"');
    return out;
}
