#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
{
    m_buffer.reserve(kFlushBytes + 4096);
    if (byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

bool CsvWriter::needsNeutralising(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'': // so that restore() can always take one apostrophe away
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralise(const QString &text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::restore(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
}

void CsvWriter::appendField(QByteArray &out, const QByteArray &utf8)
{
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvWriter::writeHeader(const QStringList &names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(m_buffer, neutralise(names.at(i)).toUtf8());
    }
    endRecord();
}

void CsvWriter::writeRow(const QList<ExportCell> &cells, int moneyDigits)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        const ExportCell &cell = cells.at(i);
        if (cell.type() == ExportCell::Type::Text)
            appendField(m_buffer, neutralise(cell.textValue()).toUtf8());
        else
            m_buffer.append(cell.toCsv(moneyDigits)); // digits, '-', '.', true/false: never quoted
    }
    ++m_rows;
    endRecord();
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushBytes)
        finish();
}

bool CsvWriter::finish()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_failed = true;
        m_error = m_device->errorString().isEmpty()
                      ? QCoreApplication::translate("CsvWriter", "The file could not be written.")
                      : m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}
