#pragma once

#include "CsvError.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

// One record of a CSV file: its fields, unquoted, as UTF-8 (already checked to be UTF-8).
struct CsvRecord
{
    qint64 line = 0; // physical line where the record starts, 1-based
    QList<QByteArray> fields;

    QString text(qsizetype index) const { return QString::fromUtf8(fields.at(index)); }
};

// A strict RFC 4180 reader that streams: it holds one chunk of the file and one record,
// never the whole file. Fields are separated by the delimiter (',' unless told otherwise);
// records end with CRLF (LF alone is accepted too); a field may be in double quotes, with
// "" for a quote inside, and then may span lines. Refused, with the line and column:
// a quote inside an unquoted field, text after a closing quote, a quote never closed, a CR
// not followed by LF, a NUL byte (binary data), text that is not UTF-8, and a record longer
// than the cap (so a 2 GB line is refused after reading the cap, not all of it).
// A UTF-8 byte order mark at the start is skipped; empty lines are skipped.
class CsvReader
{
public:
    static constexpr qint64 kDefaultMaxRecordBytes = 64 * 1024;

    explicit CsvReader(QIODevice *device, char delimiter = ',',
                       qint64 maxRecordBytes = kDefaultMaxRecordBytes);

    // The next record; false at the end of the file or on an error (see hasError()).
    bool next(CsvRecord &record);
    bool hasError() const { return m_failed; }
    const CsvError &error() const { return m_error; }
    // Bytes consumed so far (for progress).
    qint64 bytesRead() const { return m_consumed; }
    qint64 maxRecordBytes() const { return m_maxRecordBytes; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterCr,
    };

    bool fill();
    bool fail(qint64 line, int column, const QString &message);
    bool endField(CsvRecord &record);

    QIODevice *m_device;
    char m_delimiter;
    qint64 m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_eof = false;
    bool m_failed = false;
    bool m_quoted = false;
    QByteArray m_field;
    CsvError m_error;
};
