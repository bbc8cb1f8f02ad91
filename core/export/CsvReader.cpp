#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <optional>

namespace {

constexpr qint64 kChunk = 64 * 1024;

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

bool isUtf8(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(bytes);
            Q_UNUSED(decoded);
            return !decoder.hasError();
        }
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter, qint64 maxRecordBytes)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_maxRecordBytes(maxRecordBytes)
{
    m_buffer.resize(kChunk);
}

bool CsvReader::fail(qint64 line, int column, const QString &message)
{
    m_failed = true;
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return false;
}

bool CsvReader::fill()
{
    m_pos = 0;
    m_size = 0;
    if (m_eof)
        return false;
    qint64 got = m_device->read(m_buffer.data(), kChunk);
    if (got == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30'000))
        got = m_device->read(m_buffer.data(), kChunk);
    if (got < 0) {
        m_eof = true;
        return fail(m_line, 0, Tr::tr("The file could not be read: %1").arg(m_device->errorString()));
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_size = static_cast<qsizetype>(got);
    if (!m_started) {
        m_started = true;
        // A pipe may hand over the byte order mark in pieces: gather it whole first.
        const QByteArrayView bom("\xEF\xBB\xBF");
        while (m_size < 3 && bom.startsWith(QByteArrayView(m_buffer.constData(), m_size)) &&
               !m_device->atEnd()) {
            const qint64 more = m_device->read(m_buffer.data() + m_size, 3 - m_size);
            if (more < 0 || (more == 0 && !(m_device->isSequential() && m_device->waitForReadyRead(30'000))))
                break;
            m_size += static_cast<qsizetype>(more);
        }
        if (m_size >= 3 && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

bool CsvReader::endField(CsvRecord &record)
{
    if (!isUtf8(m_field))
        return fail(m_line, static_cast<int>(record.fields.size() + 1),
                    Tr::tr("This is not UTF-8 text; save the file as CSV UTF-8."));
    record.fields.append(m_field);
    m_field.clear();
    m_quoted = false;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_failed)
        return false;
    record.fields.clear();
    record.line = m_line;
    m_field.clear();
    m_quoted = false;
    qint64 recordBytes = 0;
    State state = State::FieldStart;
    const auto column = [&record] { return static_cast<int>(record.fields.size() + 1); };
    const auto tooLong = [&] {
        return fail(
            record.line, column(),
            Tr::tr("The record is longer than %1 bytes, the limit for one line; this is not a CSV file "
                   "Kilowatch can read (or its quotes are unbalanced).")
                .arg(m_maxRecordBytes));
    };
    // Appends the bytes from m_pos up to `end` to the field; false when the record grows too long.
    const auto copyRun = [&](qsizetype end) {
        recordBytes += end - m_pos;
        if (recordBytes > m_maxRecordBytes)
            return false;
        m_field.append(m_buffer.constData() + m_pos, end - m_pos);
        m_consumed += end - m_pos;
        m_pos = end;
        return true;
    };
    // The byte that ended a run.
    const auto takeByte = [&] {
        ++m_consumed;
        ++recordBytes;
        return m_buffer.constData()[m_pos++];
    };
    // A line end: the record is complete unless the line was empty (then it is skipped).
    const auto lineEnd = [&]() -> int {
        if (record.fields.isEmpty() && m_field.isEmpty() && !m_quoted) {
            ++m_line;
            record.line = m_line;
            recordBytes = 0;
            state = State::FieldStart;
            return 0; // go on
        }
        if (!endField(record))
            return -1;
        ++m_line;
        return 1;
    };
    // A delimiter, CR or LF after a field (unquoted, or quoted and closed), as lineEnd() says (0:
    // go on); none when `d` is none of them.
    const auto fieldEnd = [&](char d) -> std::optional<int> {
        if (d == m_delimiter) {
            if (!endField(record))
                return -1;
            state = State::FieldStart;
            return 0;
        }
        if (d == '\r') {
            state = State::AfterCr;
            return 0;
        }
        if (d == '\n')
            return lineEnd();
        return std::nullopt;
    };

    for (;;) {
        if (m_pos >= m_size && !fill()) {
            if (m_failed)
                return false;
            switch (state) {
            case State::Quoted:
                return fail(
                    record.line, column(),
                    Tr::tr("A quoted field is never closed (a missing \" before the end of the file)."));
            case State::FieldStart:
                if (record.fields.isEmpty())
                    return false; // the end: nothing pending
                [[fallthrough]];
            case State::Unquoted:
            case State::QuoteInQuoted:
            case State::AfterCr:
                if (!endField(record))
                    return false;
                ++m_line;
                return true;
            }
        }
        const char *data = m_buffer.constData();
        while (m_pos < m_size) {
            const char c = data[m_pos];
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    m_quoted = true;
                    ++m_pos;
                    ++recordBytes;
                    continue;
                }
                state = State::Unquoted;
                continue; // the same byte as part of an unquoted field
            case State::Unquoted: {
                // Copy the run of ordinary bytes at once.
                qsizetype end = m_pos;
                while (end < m_size) {
                    const char d = data[end];
                    if (d == m_delimiter || d == '\r' || d == '\n' || d == '"' || d == '\0')
                        break;
                    ++end;
                }
                if (!copyRun(end))
                    return tooLong();
                if (m_pos >= m_size)
                    break;
                const char d = takeByte();
                if (const std::optional<int> r = fieldEnd(d)) {
                    if (*r != 0)
                        return *r > 0;
                } else if (d == '"') {
                    return fail(
                        m_line, column(),
                        Tr::tr("A double quote inside a field that does not begin with one; quote the "
                               "whole field and double the quote (\"\")."));
                } else {
                    return fail(m_line, column(), Tr::tr("A NUL byte: this is binary data, not CSV text."));
                }
                continue;
            }
            case State::Quoted: {
                qsizetype end = m_pos;
                while (end < m_size) {
                    const char d = data[end];
                    if (d == '"' || d == '\0')
                        break;
                    if (d == '\n')
                        ++m_line;
                    ++end;
                }
                if (!copyRun(end))
                    return tooLong();
                if (m_pos >= m_size)
                    break;
                const char d = takeByte();
                if (d == '"')
                    state = State::QuoteInQuoted;
                else
                    return fail(m_line, column(), Tr::tr("A NUL byte: this is binary data, not CSV text."));
                continue;
            }
            case State::QuoteInQuoted:
            case State::AfterCr:
                break;
            }
            if (m_pos >= m_size)
                break;
            // One byte after a quote inside a quoted field, or after a CR.
            const char d = data[m_pos];
            ++m_pos;
            ++m_consumed;
            if (++recordBytes > m_maxRecordBytes)
                return tooLong();
            if (state == State::AfterCr) {
                if (d != '\n')
                    return fail(m_line, column(),
                                Tr::tr("A carriage return that is not followed by a line feed."));
                const int r = lineEnd();
                if (r != 0)
                    return r > 0;
                continue;
            }
            // QuoteInQuoted
            if (d == '"') {
                m_field.append('"');
                state = State::Quoted;
            } else if (const std::optional<int> r = fieldEnd(d)) {
                if (*r != 0)
                    return *r > 0;
            } else {
                return fail(
                    m_line, column(),
                    Tr::tr("Text after the closing quote of a field; a quote inside a quoted field is "
                           "written twice (\"\")."));
            }
        }
    }
}
