#include "export/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

namespace {

// An endless line of 'a' (a "2 GB line" without the 2 GB): counts what was read from it.
class EndlessLine : public QIODevice
{
public:
    EndlessLine() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; }
    qint64 served = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, qint64(2) * 1024 * 1024 * 1024 - served);
        std::memset(data, served == 0 ? 'a' : 'b', static_cast<size_t>(n));
        served += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *i : items)
        list.append(QString::fromUtf8(i));
    return list;
}

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<CsvError> error;
};

Parsed parse(const QByteArray &bytes, char delimiter = ',', qint64 cap = CsvReader::kDefaultMaxRecordBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter, cap);
    Parsed p;
    CsvRecord r;
    while (reader.next(r)) {
        QStringList fields;
        for (qsizetype i = 0; i < r.fields.size(); ++i)
            fields.append(r.text(i));
        p.records.append(fields);
        p.lines.append(r.line);
    }
    if (reader.hasError())
        p.error = reader.error();
    return p;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRfc4180()
    {
        const Parsed p = parse("a,b,c\r\n"
                               "1,\"x,y\",\"say \"\"hi\"\"\"\r\n"
                               "2,\"two\r\nlines\",\r\n"
                               ",,\r\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records[1], (strings({"1", "x,y", "say \"hi\""})));
        QCOMPARE(p.records[2], (strings({"2", "two\r\nlines", ""})));
        QCOMPARE(p.records[3], (strings({"", "", ""})));
        QCOMPARE(p.lines, (QList<qint64>{1, 2, 3, 5}));
    }

    void toleratesWhatOtherToolsWrite()
    {
        // LF line ends, a BOM, no final line end, blank lines, another delimiter.
        const Parsed p = parse("\xEF\xBB\xBFtime;value\n\n2025-01-01;1,5\n\n2025-01-02;\"2\"", ';');
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[0], (strings({"time", "value"})));
        QCOMPARE(p.records[1], (strings({"2025-01-01", "1,5"})));
        QCOMPARE(p.records[2], (strings({"2025-01-02", "2"})));
        QCOMPARE(p.lines, (QList<qint64>{1, 3, 5}));
        QCOMPARE(parse("\"\"\r\n").records, (QList<QStringList>{strings({""})}));
        QCOMPARE(parse("a,\r\n").records, (QList<QStringList>{strings({"a", ""})}));
        QCOMPARE(parse("a,").records, (QList<QStringList>{strings({"a", ""})}));
    }

    void emptyFileHasNoRecords()
    {
        const Parsed p = parse("");
        QVERIFY(!p.error);
        QVERIFY(p.records.isEmpty());
        QVERIFY(parse("\r\n\r\n").records.isEmpty());
    }

    void malformedFilesNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("quote inside a field")
            << QByteArray("a,b\r\n1,ab\"c\r\n") << qint64(2) << 2 << QStringLiteral("double quote");
        QTest::newRow("text after closing quote") << QByteArray("a,b\r\n\"x\"y,2\r\n") << qint64(2) << 1
                                                  << QStringLiteral("after the closing quote");
        QTest::newRow("unclosed quote")
            << QByteArray("a,b\r\n1,\"open\r\n2,3\r\n") << qint64(2) << 2 << QStringLiteral("never closed");
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r\n") << qint64(1) << 2
                                 << QStringLiteral("carriage return");
        QTest::newRow("NUL byte") << QByteArray("a,b\r\n1,\0\x01\x02", 11) << qint64(2) << 2
                                  << QStringLiteral("binary");
        QTest::newRow("not UTF-8") << QByteArray("a,b\r\n1,\xff\xfe\r\n") << qint64(2) << 2
                                   << QStringLiteral("UTF-8");
        QTest::newRow("binary garbage")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << qint64(1) << 1 << QStringLiteral("UTF-8");
    }
    void malformedFilesNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const Parsed p = parse(bytes);
        QVERIFY(p.error);
        QCOMPARE(p.error->line, line);
        QCOMPARE(p.error->column, column);
        QVERIFY2(p.error->sentence().contains(words), qPrintable(p.error->sentence()));
        QVERIFY2(p.error->sentence().startsWith(QStringLiteral("Line %1, column %2").arg(line).arg(column)),
                 qPrintable(p.error->sentence()));
    }

    void recordCapRefusesAHugeLineEarly()
    {
        // A 2 GB line: refused once the cap is passed, having read little more than the cap.
        EndlessLine endless;
        CsvReader reader(&endless);
        CsvRecord r;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!reader.next(r));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().line, 1);
        QVERIFY2(reader.error().sentence().contains(QStringLiteral("longer than 65536 bytes")),
                 qPrintable(reader.error().sentence()));
        QVERIFY2(endless.served <= 2 * CsvReader::kDefaultMaxRecordBytes,
                 qPrintable(QString::number(endless.served)));
        QVERIFY(clock.elapsed() < 5000);

        // The cap counts quoted fields too (an unbalanced quote swallowing the file).
        const Parsed quoted = parse("a\r\n\"" + QByteArray(5000, 'x'), ',', 1000);
        QVERIFY(quoted.error);
        QCOMPARE(quoted.error->line, 2);
        QVERIFY(quoted.error->sentence().contains(QStringLiteral("longer than 1000 bytes")));
        // Up to the cap, line end included, is fine.
        const Parsed fits = parse(QByteArray(998, 'x') + "\r\n", ',', 1000);
        QVERIFY(!fits.error);
        QCOMPARE(fits.records.size(), 1);
    }

    void streamsLargeFilesAcrossChunks()
    {
        // Records that straddle the reader's 64 KiB chunks, quotes and CRLF split anywhere.
        QByteArray bytes = "n,text\r\n";
        for (int i = 0; i < 20000; ++i)
            bytes += QByteArray::number(i) + ",\"a \"\"q\"\"\r\nb\"\r\n";
        const Parsed p = parse(bytes);
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 20001);
        QCOMPARE(p.records.last(), (strings({"19999", "a \"q\"\r\nb"})));
        QCOMPARE(p.lines.last(), 2 + 19999 * 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
