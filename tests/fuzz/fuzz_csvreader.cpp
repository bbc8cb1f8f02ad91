// libFuzzer target: CsvReader. The input is a CSV file, read with ',' and with ';'. A reader
// that gets the bytes a few at a time (every chunk boundary) must see exactly the records and
// the error it sees with the whole file at once; a small record cap must stop cleanly.
#include "FuzzApplication.h"
#include "TricklingDevice.h"
#include "export/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace {

struct Parse
{
    QList<CsvRecord> records;
    bool failed = false;
    CsvError error;
};

Parse readAll(QIODevice &device, char delimiter, qint64 cap)
{
    Parse parse;
    CsvReader reader(&device, delimiter, cap);
    CsvRecord record;
    qint64 line = 0;
    while (reader.next(record)) {
        if (record.line < line || record.fields.isEmpty())
            qFatal("CsvReader: a record without fields or lines going backwards");
        line = record.line;
        parse.records.append(record);
    }
    parse.failed = reader.hasError();
    parse.error = reader.error();
    return parse;
}

bool same(const Parse &a, const Parse &b)
{
    if (a.failed != b.failed || a.records.size() != b.records.size())
        return false;
    for (qsizetype i = 0; i < a.records.size(); ++i)
        if (a.records.at(i).line != b.records.at(i).line || a.records.at(i).fields != b.records.at(i).fields)
            return false;
    return !a.failed || (a.error.line == b.error.line && a.error.column == b.error.column &&
                         a.error.message == b.error.message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const char delimiter : {',', ';'}) {
        QBuffer whole;
        whole.setData(input);
        whole.open(QIODevice::ReadOnly);
        const Parse reference = readAll(whole, delimiter, CsvReader::kDefaultMaxRecordBytes);
        TricklingDevice trickle(input, 1 + static_cast<qint64>(size % 7));
        if (!same(reference, readAll(trickle, delimiter, CsvReader::kDefaultMaxRecordBytes)))
            qFatal("CsvReader: reading in small pieces gives another result than reading at once");
    }
    QBuffer capped;
    capped.setData(input);
    capped.open(QIODevice::ReadOnly);
    readAll(capped, ',', 16);
    return 0;
}
