#include "export/CsvFieldParser.h"
#include "model/TimeFormat.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// The readers of single CSV cells: numbers in the file's convention (thousands separators
// included) and the time formats the import offers, which detection must recognise.
class TestCsvFieldParser : public QObject
{
    Q_OBJECT

private:
    // 2025-07-25 10:26:59 in Kolkata: the day (25) cannot be a month, so day-first and
    // month-first patterns are told apart by one sample.
    static QDateTime sampleTime()
    {
        return QDateTime(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone("Asia/Kolkata"));
    }

    // A cell written in `format`, as another program would write it.
    static QByteArray sampleIn(const QString &format)
    {
        const QDateTime t = sampleTime();
        if (format == QLatin1String("iso"))
            return TimeFormat::iso(t.toSecsSinceEpoch(), t.timeZone()).toUtf8();
        if (format == QLatin1String("epoch"))
            return QByteArray::number(t.toSecsSinceEpoch());
        if (format == QLatin1String("epoch-ms"))
            return QByteArray::number(t.toMSecsSinceEpoch() + 250);
        return t.toString(format).toUtf8();
    }

private slots:
    void numbersInTheFilesConvention_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<qint64>("thousandths");
        QTest::newRow("comma: thousands and decimals") << QByteArray("1.234,50") << true << qint64(1'234'500);
        QTest::newRow("comma: two groups") << QByteArray("1.234.567,5") << true << qint64(1'234'567'500);
        QTest::newRow("comma: two groups, no decimals")
            << QByteArray("1.234.567") << true << qint64(1'234'567'000);
        QTest::newRow("comma: negative") << QByteArray("-12.345,678") << true << qint64(-12'345'678);
        QTest::newRow("comma: plain") << QByteArray("1234,5") << true << qint64(1'234'500);
        QTest::newRow("point: thousands and decimals")
            << QByteArray("1,234.50") << false << qint64(1'234'500);
        QTest::newRow("point: two groups") << QByteArray(" 1,234,567 ") << false << qint64(1'234'567'000);
        QTest::newRow("point: negative") << QByteArray("-999,999.9995") << false << qint64(-1'000'000'000);
        QTest::newRow("point: plain") << QByteArray("1234.5") << false << qint64(1'234'500);
        QTest::newRow("point: lakhs") << QByteArray("1,23,456.78") << false << qint64(123'456'780);
        QTest::newRow("point: crores") << QByteArray("12,34,56,789") << false << qint64(123'456'789'000);
    }

    void numbersInTheFilesConvention()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, decimalComma);
        QFETCH(qint64, thousandths);
        QString why;
        const std::optional<qint64> value = CsvFieldParser::thousandths(text, decimalComma, &why);
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(*value, thousandths);
    }

    // What could be read two ways, or is no number in either convention, fails with a
    // sentence that says why.
    void ambiguousAndMalformedNumbersFail_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("why");
        QTest::newRow("comma: one group, no decimals")
            << QByteArray("1.234") << true << QStringLiteral("\"1.234\" is ambiguous");
        QTest::newRow("point: one group, no decimals")
            << QByteArray("1,234") << false << QStringLiteral("\"1,234\" is ambiguous");
        QTest::newRow("comma: short group")
            << QByteArray("1.23,5") << true << QStringLiteral("\"1.23,5\" is not a number");
        QTest::newRow("comma: long first group")
            << QByteArray("1234.567,5") << true << QStringLiteral("\"1234.567,5\" is not a number");
        QTest::newRow("comma: decimal point")
            << QByteArray("1234.5") << true << QStringLiteral("\"1234.5\" is not a number");
        QTest::newRow("comma: separators swapped")
            << QByteArray("1,234.5") << true << QStringLiteral("\"1,234.5\" is not a number");
        QTest::newRow("comma: leading separator")
            << QByteArray(".234,5") << true << QStringLiteral("\".234,5\" is not a number");
        QTest::newRow("comma: doubled separator")
            << QByteArray("1..234,5") << true << QStringLiteral("\"1..234,5\" is not a number");
        QTest::newRow("comma: separator last")
            << QByteArray("1.234.,5") << true << QStringLiteral("\"1.234.,5\" is not a number");
        QTest::newRow("comma: group after decimals")
            << QByteArray("1,5.234") << true << QStringLiteral("\"1,5.234\" is not a number");
        QTest::newRow("comma: zero group")
            << QByteArray("0.234,5") << true << QStringLiteral("\"0.234,5\" is not a number");
        QTest::newRow("point: decimal comma")
            << QByteArray("1234,5") << false << QStringLiteral("\"1234,5\" is not a number");
        QTest::newRow("point: short group")
            << QByteArray("1,23.5") << false << QStringLiteral("\"1,23.5\" is not a number");
        QTest::newRow("point: separators swapped")
            << QByteArray("1.234,5") << false << QStringLiteral("\"1.234,5\" is not a number");
        QTest::newRow("point: lakhs and thousands mixed")
            << QByteArray("1,23,456,789.5") << false << QStringLiteral("\"1,23,456,789.5\" is not a number");
        QTest::newRow("point: lakhs after three")
            << QByteArray("123,45,678") << false << QStringLiteral("\"123,45,678\" is not a number");
        QTest::newRow("comma: no lakhs")
            << QByteArray("1.23.456,78") << true << QStringLiteral("\"1.23.456,78\" is not a number");
        QTest::newRow("point: too large")
            << QByteArray("1,234,567,890,123,456") << false << QStringLiteral("is too large");
    }

    void ambiguousAndMalformedNumbersFail()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, decimalComma);
        QFETCH(QString, why);
        QString message;
        const std::optional<qint64> value = CsvFieldParser::thousandths(text, decimalComma, &message);
        QVERIFY2(!value, qPrintable(QString::number(value.value_or(0))));
        QVERIFY2(message.contains(why), qPrintable(message));
    }

    // Every format the import offers is recognised from a cell written in it, and the
    // recognised format reads the cell back to the same moment.
    void everyOfferedTimeFormatIsDetected()
    {
        const QStringList formats = CsvFieldParser::timeFormats();
        QVERIFY(formats.contains(QStringLiteral("dd.MM.yyyy HH:mm")));
        const QTimeZone zone("Asia/Kolkata");
        for (const QString &format : formats) {
            const QByteArray sample = sampleIn(format);
            const std::optional<QString> detected = CsvFieldParser::detectTimeFormat({sample});
            QVERIFY2(detected, qPrintable(format + QStringLiteral(": ") + QString::fromUtf8(sample)));
            QCOMPARE(*detected, format);
            const std::optional<CsvFieldParser::TimeLayout> layout = CsvFieldParser::timeLayout(*detected);
            QVERIFY(layout);
            QString why;
            const std::optional<qint64> read = CsvFieldParser::time(sample, *layout, zone, &why);
            QVERIFY2(read, qPrintable(why));
            const QDateTime expected = sampleTime();
            const bool named = format == QLatin1String("iso") || format.startsWith(QLatin1String("epoch"));
            const qint64 precision =
                named || format.contains(QLatin1String("ss")) ? 1 : 60; // no seconds: dropped
            QCOMPARE(*read, expected.toSecsSinceEpoch() / precision * precision);
        }
    }

    // All the rows decide: the first one that tells day and month apart wins, empty cells
    // do not count, and cells no offered format reads give no format.
    void detectionReadsEverySample()
    {
        QCOMPARE(
            CsvFieldParser::detectTimeFormat({"01/02/2025 10:00", "25/07/2025 10:00"}).value_or(QString()),
            QStringLiteral("dd/MM/yyyy HH:mm"));
        QCOMPARE(CsvFieldParser::detectTimeFormat({"01/02/2025 10:00", "", "07/25/2025 10:00"})
                     .value_or(QString()),
                 QStringLiteral("MM/dd/yyyy HH:mm"));
        QCOMPARE(
            CsvFieldParser::detectTimeFormat({"20.07.2025 10:00", " 21.07.2025 11:30 "}).value_or(QString()),
            QStringLiteral("dd.MM.yyyy HH:mm"));
        QVERIFY(!CsvFieldParser::detectTimeFormat({"25/07/2025 10:00", "07/26/2025 10:00"}));
        QVERIFY(!CsvFieldParser::detectTimeFormat({"yesterday"}));
        QVERIFY(!CsvFieldParser::detectTimeFormat({"", "  "}));
        QVERIFY(!CsvFieldParser::detectTimeFormat({}));
        // Numbers: seconds or milliseconds by their size, nothing before 2000.
        QCOMPARE(CsvFieldParser::detectTimeFormat({"1753419419"}).value_or(QString()),
                 QStringLiteral("epoch"));
        QCOMPARE(CsvFieldParser::detectTimeFormat({"1753419419000"}).value_or(QString()),
                 QStringLiteral("epoch-ms"));
        QVERIFY(!CsvFieldParser::detectTimeFormat({"1234"}));
    }
};

QTEST_GUILESS_MAIN(TestCsvFieldParser)
#include "tst_csvfieldparser.moc"
