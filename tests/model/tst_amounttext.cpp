// The one amount parser: exact thousandths from text, never a double on the way.

#include "model/AmountText.h"

#include <QTest>

using P = AmountText::Problem;

class TestAmountText : public QObject
{
    Q_OBJECT

private slots:
    void plain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<int>("problem");
        QTest::newRow("whole") << "500" << qint64(500'000) << int(P::None);
        QTest::newRow("two decimals") << "499.50" << qint64(499'500) << int(P::None);
        QTest::newRow("three decimals") << "4999.995" << qint64(4'999'995) << int(P::None);
        // 0.1 + 0.2 in doubles is not 0.3; here it is exact.
        QTest::newRow("tenth") << "0.1" << qint64(100) << int(P::None);
        QTest::newRow("leading point") << ".5" << qint64(500) << int(P::None);
        QTest::newRow("trailing point") << "12." << qint64(12'000) << int(P::None);
        QTest::newRow("spaces") << "  250.5 " << qint64(250'500) << int(P::None);
        QTest::newRow("plus") << "+7" << qint64(7000) << int(P::None);
        QTest::newRow("zero") << "0" << qint64(0) << int(P::None);
        QTest::newRow("minus zero") << "-0.000" << qint64(0) << int(P::None);
        QTest::newRow("15 digits") << "999999999999999.999" << qint64(999'999'999'999'999'999)
                                   << int(P::None);
        QTest::newRow("four decimals") << "1.2345" << qint64(0) << int(P::TooManyDecimals);
        // Never rounded: the double parser made 0.0005 into 0.001 (or 0.000).
        QTest::newRow("half a thousandth") << "0.0005" << qint64(0) << int(P::TooManyDecimals);
        QTest::newRow("negative") << "-5" << qint64(0) << int(P::Negative);
        QTest::newRow("exponent") << "1e3" << qint64(0) << int(P::NotANumber);
        QTest::newRow("hex") << "0x10" << qint64(0) << int(P::NotANumber);
        QTest::newRow("inf") << "inf" << qint64(0) << int(P::NotANumber);
        QTest::newRow("nan") << "nan" << qint64(0) << int(P::NotANumber);
        QTest::newRow("comma in plain form") << "1,000" << qint64(0) << int(P::NotANumber);
        QTest::newRow("letters") << "12abc" << qint64(0) << int(P::NotANumber);
        QTest::newRow("sign only") << "-" << qint64(0) << int(P::NotANumber);
        QTest::newRow("point only") << "." << qint64(0) << int(P::NotANumber);
        QTest::newRow("two points") << "1.2.3" << qint64(0) << int(P::NotANumber);
        QTest::newRow("empty") << "" << qint64(0) << int(P::Empty);
        QTest::newRow("blank") << "   " << qint64(0) << int(P::Empty);
        QTest::newRow("huge") << "99999999999999999999" << qint64(0) << int(P::TooLarge);
        QTest::newRow("16 digits") << "1000000000000000" << qint64(0) << int(P::TooLarge);
    }

    void plain()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        QFETCH(int, problem);
        const AmountText::Parsed p = AmountText::parse(text);
        QCOMPARE(int(p.problem), problem);
        QCOMPARE(p.milli, milli);
        QCOMPARE(bool(p), problem == int(P::None));
        // The plain form reads the same in every locale.
        const AmountText::Parsed german = AmountText::parse(text, QLocale(QLocale::German, QLocale::Germany));
        if (problem == int(P::None) && !text.contains(QLatin1Char('.')))
            QCOMPARE(german.milli, milli);
    }

    void negativeWhenAllowed()
    {
        const AmountText::Parsed p = AmountText::parse(QStringLiteral("-12.5"), AmountText::Sign::Any);
        QVERIFY(p);
        QCOMPARE(p.milli, qint64(-12'500));
    }

    void windowLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<int>("problem");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale india(QLocale::English, QLocale::India);
        const QLocale french(QLocale::French, QLocale::France);
        QTest::newRow("en thousands") << english << "1,234.5" << qint64(1'234'500) << int(P::None);
        QTest::newRow("en millions") << english << "1,234,567.891" << qint64(1'234'567'891) << int(P::None);
        QTest::newRow("en plain") << english << "1234.5" << qint64(1'234'500) << int(P::None);
        QTest::newRow("en bad group") << english << "1,23" << qint64(0) << int(P::NotANumber);
        QTest::newRow("en group in fraction") << english << "1.234,5" << qint64(0) << int(P::NotANumber);
        QTest::newRow("en empty group") << english << "1,,000" << qint64(0) << int(P::NotANumber);
        QTest::newRow("en too many decimals")
            << english << "1,000.1234" << qint64(0) << int(P::TooManyDecimals);
        QTest::newRow("de decimal comma") << german << "499,50" << qint64(499'500) << int(P::None);
        QTest::newRow("de thousands") << german << "1.234,5" << qint64(1'234'500) << int(P::None);
        // A group separator is only one where the groups fit; else the plain form reads it.
        QTest::newRow("de thousand") << german << "1.000" << qint64(1'000'000) << int(P::None);
        QTest::newRow("de plain point") << german << "1.5" << qint64(1'500) << int(P::None);
        QTest::newRow("de too many decimals") << german << "0,1234" << qint64(0) << int(P::TooManyDecimals);
        QTest::newRow("de negative") << german << "-3,5" << qint64(0) << int(P::Negative);
        QTest::newRow("in lakh") << india << "1,23,456.78" << qint64(123'456'780) << int(P::None);
        QTest::newRow("fr space group")
            << french << (QStringLiteral("1") + french.groupSeparator() + QStringLiteral("234,5"))
            << qint64(1'234'500) << int(P::None);
        // Bengali is typed in its own digits (the window's placeholders show them): never 0.
        const QLocale bengali(QStringLiteral("bn_BD"));
        QTest::newRow("bn digits") << bengali << "১০০০" << qint64(1'000'000) << int(P::None);
        QTest::newRow("bn lakh") << bengali << "১,২৩,৪৫৬.৭৮" << qint64(123'456'780) << int(P::None);
        QTest::newRow("bn Latin digits") << bengali << "499.50" << qint64(499'500) << int(P::None);
        QTest::newRow("en exponent") << english << "1e3" << qint64(0) << int(P::NotANumber);
        QTest::newRow("de empty") << german << " " << qint64(0) << int(P::Empty);
    }

    void windowLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        QFETCH(int, problem);
        const AmountText::Parsed p = AmountText::parse(text, locale);
        QCOMPARE(int(p.problem), problem);
        QCOMPARE(p.milli, milli);
    }

    void everyProblemIsSaid()
    {
        for (P problem : {P::Empty, P::NotANumber, P::TooManyDecimals, P::Negative, P::TooLarge})
            QVERIFY(!AmountText::problemText(problem, QStringLiteral("x")).isEmpty());
        QVERIFY(AmountText::problemText(P::None, QStringLiteral("1")).isEmpty());
        QVERIFY(AmountText::problemText(P::TooManyDecimals, QStringLiteral("1.2345"))
                    .contains(QStringLiteral("1.2345")));
    }
};

QTEST_GUILESS_MAIN(TestAmountText)
#include "tst_amounttext.moc"
