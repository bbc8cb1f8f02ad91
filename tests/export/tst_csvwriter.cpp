#include "export/CsvWriter.h"
#include "export/ExportCell.h"

#include <QBuffer>
#include <QTest>

namespace {

QByteArray written(const QList<ExportCell> &cells, int moneyDigits = 2, bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, bom);
    writer.writeRow(cells, moneyDigits);
    writer.finish();
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180Quoting()
    {
        QCOMPARE(written({ExportCell::text(QStringLiteral("plain")), ExportCell::text(QStringLiteral("a,b")),
                          ExportCell::text(QStringLiteral("say \"hi\"")),
                          ExportCell::text(QStringLiteral("two\r\nlines")), ExportCell::empty()}),
                 QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n"));
        // UTF-8 text as is, no quotes needed.
        QCOMPARE(written({ExportCell::text(QStringLiteral("ঢাকা ₹"))}), QByteArray("ঢাকা ₹\r\n"));
    }

    void headerAndBom()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, true);
        writer.writeHeader({QStringLiteral("meter"), QStringLiteral("time")});
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFmeter,time\r\n"));
        QCOMPARE(writer.rowCount(), 0);
        QVERIFY(!written({ExportCell::integer(1)}, 2, false).startsWith("\xEF\xBB\xBF"));
    }

    void numbersAreExactAndLocaleFree_data()
    {
        QTest::addColumn<int>("type"); // 0 thousandths, 1 money
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("kWh") << 0 << qint64(44714000) << 2 << QByteArray("44714.000");
        QTest::newRow("kWh small") << 0 << qint64(7) << 2 << QByteArray("0.007");
        QTest::newRow("kWh negative") << 0 << qint64(-1500) << 2 << QByteArray("-1.500");
        QTest::newRow("INR") << 1 << qint64(1234560) << 2 << QByteArray("1234.56");
        QTest::newRow("INR half up") << 1 << qint64(1234565) << 2 << QByteArray("1234.57");
        QTest::newRow("INR half away from zero") << 1 << qint64(-1234565) << 2 << QByteArray("-1234.57");
        QTest::newRow("INR down") << 1 << qint64(1234564) << 2 << QByteArray("1234.56");
        QTest::newRow("no negative zero") << 1 << qint64(-4) << 2 << QByteArray("0.00");
        QTest::newRow("negative cost") << 1 << qint64(-120) << 2 << QByteArray("-0.12");
        QTest::newRow("RWF") << 1 << qint64(1500) << 0 << QByteArray("2");
        QTest::newRow("RWF down") << 1 << qint64(1499) << 0 << QByteArray("1");
        QTest::newRow("kWh balance") << 1 << qint64(12345) << 3 << QByteArray("12.345");
        QTest::newRow("large") << 1 << qint64(9'000'000'000'000'000) << 2 << QByteArray("9000000000000.00");
    }
    void numbersAreExactAndLocaleFree()
    {
        QFETCH(int, type);
        QFETCH(qint64, value);
        QFETCH(int, digits);
        QFETCH(QByteArray, expected);
        const ExportCell cell = type == 0 ? ExportCell::thousandths(value) : ExportCell::money(value);
        QCOMPARE(written({cell}, digits), expected + "\r\n");
    }

    void unknownIsEmptyNeverZero()
    {
        QCOMPARE(written({ExportCell::money(std::optional<qint64>()),
                          ExportCell::thousandths(std::optional<qint64>()),
                          ExportCell::money(std::optional<qint64>(0))}),
                 QByteArray(",,0.00\r\n"));
        QCOMPARE(ExportCell::money(std::optional<qint64>()).toJson(2), QJsonValue(QJsonValue::Null));
        // JSON has the CSV's decimal: money to the minor unit, energy to 3 decimals.
        QCOMPARE(ExportCell::money(12346).toJson(2), QJsonValue(12.35));
        QCOMPARE(ExportCell::money(-5).toJson(2), QJsonValue(-0.01));
        QCOMPARE(ExportCell::money(12346).toJson(0), QJsonValue(12.0));
        QCOMPARE(ExportCell::thousandths(12346).toJson(0), QJsonValue(12.346));
        QCOMPARE(written({ExportCell::boolean(true), ExportCell::boolean(false), ExportCell::integer(-3)}),
                 QByteArray("true,false,-3\r\n"));
    }

    void formulaInjectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QByteArray("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+SUM(A1)") << QByteArray("'+SUM(A1)");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("comma and formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                           << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QByteArray("''quoted");
        QTest::newRow("harmless") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("space first") << QStringLiteral(" =1") << QByteArray(" =1");
    }
    void formulaInjectionIsNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(written({ExportCell::text(text)}), expected + "\r\n");
        // restore() undoes exactly what was added, so our import reads back the original.
        QCOMPARE(CsvWriter::restore(CsvWriter::neutralise(text)), text);
    }

    void numbersStayNumbers()
    {
        // A negative number is a number, not text: no apostrophe.
        QCOMPARE(written({ExportCell::money(qint64(-2500)), ExportCell::thousandths(qint64(-1))}),
                 QByteArray("-2.50,-0.001\r\n"));
    }

    void writeErrorsAreReported()
    {
        QBuffer buffer; // not open: every write fails
        CsvWriter writer(&buffer);
        writer.writeHeader({QStringLiteral("a")});
        QVERIFY(!writer.finish());
        QVERIFY(writer.failed());
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
