#pragma once

#include "ExportCell.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV: comma separated, CRLF after every record, a field in double quotes
// when it holds a comma, a quote, CR or LF, quotes inside doubled. UTF-8, with a byte order
// mark first when asked (Excel needs it to read UTF-8). Buffered; call finish() at the end.
//
// Formula injection: spreadsheets run a cell that begins with = + - @ (or a tab or CR before
// one) as a formula, and meter names, tokens and alert texts are user or server text. So a
// text cell whose first character is = + - @ tab CR, or an apostrophe, gets an apostrophe
// in front ("=1+1" is written '=1+1). Spreadsheets show it as text; restore() removes
// exactly one leading apostrophe again, so our import reads back what was exported. Number
// cells (negative amounts included) are never changed: numbers stay numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = false);

    void writeHeader(const QStringList &names);
    void writeRow(const QList<ExportCell> &cells, int moneyDigits);
    // Flushes the buffer; false after any write error (see errorString()).
    bool finish();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }
    qint64 rowCount() const { return m_rows; }

    static bool needsNeutralising(const QString &text);
    static QString neutralise(const QString &text);
    static QString restore(const QString &text);
    // One field as written: quoted when needed (`utf8` is already neutralised).
    static void appendField(QByteArray &out, const QByteArray &utf8);

private:
    void endRecord();

    QIODevice *m_device;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_failed = false;
    QString m_error;
};
