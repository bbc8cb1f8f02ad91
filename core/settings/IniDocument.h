#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The text of a QSettings::IniFormat file, read and written here rather than by QSettings:
// the settings loader must take raw bytes (tests, fuzzing) without a temporary file, name the
// line of each problem, keep entries it does not know unchanged, and never turn hand-edited
// text into Qt-typed values ("@Variant(...)" is QDataStream data). What it writes QSettings
// reads back identically, and it reads what QSettings writes for strings (a test checks both).
class IniDocument
{
public:
    struct Entry
    {
        QString group;    // section name; empty for [General]
        QString key;      // as written, trimmed ("\" and "/" both separate subgroups)
        QString rawValue; // after '=', trimmed, without a trailing ";" comment, escapes intact
        int line = 0;     // 1-based
        // "group/key", the name QSettings gives it.
        QString path() const;
    };

    // Never fails: lines that are neither a section, a comment nor key=value are listed in
    // unreadableLines(). Invalid UTF-8 becomes U+FFFD.
    static IniDocument parse(const QByteArray &data);

    const QList<Entry> &entries() const { return m_entries; }
    const QList<int> &unreadableLines() const { return m_unreadable; }

    // A raw value as QSettings reads a single string ("@String(...)" included). nullopt (and
    // `why`) when QSettings would read something else: a list ("a, b") or a Qt-typed value
    // ("@Variant(...)", "@ByteArray(...)").
    static std::optional<QString> unescape(const QString &raw, QString *why = nullptr);
    // A string as QSettings writes it (quotes, backslash escapes, "@@" for a leading "@").
    static QString escape(const QString &value);

private:
    QList<Entry> m_entries;
    QList<int> m_unreadable;
};
