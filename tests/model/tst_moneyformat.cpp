// Money as the currency's users write it, in the digits of the window's language: the currency
// decides the symbol, the grouping (lakh and crore for INR and BDT) and the decimals; the
// language decides the digits. The machine's own locale (C.UTF-8 on many servers) decides
// nothing.

#include "alerts/AlertText.h"
#include "model/Currency.h"
#include "model/MoneyFormat.h"

#include <QLocale>
#include <QTest>

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void asItsUsersWriteIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<QString>("expected");

        // A machine left at C.UTF-8 with the window in English.
        QTest::newRow("C INR") << "C"
                               << "INR" << qint64(123'456'780) << "₹1,23,456.78";
        QTest::newRow("C INR small") << "C"
                                     << "INR" << qint64(1'862'800) << "₹1,862.80";
        QTest::newRow("C INR crore") << "C"
                                     << "INR" << qint64(12'345'678'900) << "₹1,23,45,678.90";
        QTest::newRow("C INR below a thousand") << "C"
                                                << "INR" << qint64(999'990) << "₹999.99";
        QTest::newRow("C INR negative") << "C"
                                        << "INR" << qint64(-150'000) << "-₹150.00";
        QTest::newRow("C INR rounds half up") << "C"
                                              << "INR" << qint64(2'999'995) << "₹3,000.00";
        QTest::newRow("C BDT") << "C"
                               << "BDT" << qint64(123'456'780) << "৳1,23,456.78";
        QTest::newRow("C RWF") << "C"
                               << "RWF" << qint64(123'456'780) << "FRw\u00a0123,457";
        QTest::newRow("C KES whole") << "C"
                                     << "KES" << qint64(1'500'000) << "Ksh\u00a01,500";
        QTest::newRow("C KES cents") << "C"
                                     << "KES" << qint64(25'500) << "Ksh\u00a025.50";
        QTest::newRow("C USD") << "C"
                               << "USD" << qint64(123'456'780) << "$123,456.78";
        QTest::newRow("C unknown code") << "C"
                                        << "xyz" << qint64(1'234'500) << "XYZ\u00a01,234.50";

        QTest::newRow("en_IN INR") << "en_IN"
                                   << "INR" << qint64(123'456'780) << "₹1,23,456.78";
        QTest::newRow("en_IN BDT") << "en_IN"
                                   << "BDT" << qint64(123'456'780) << "৳1,23,456.78";
        QTest::newRow("en_IN RWF") << "en_IN"
                                   << "RWF" << qint64(1'234'567'000) << "FRw\u00a01,234,567";
        QTest::newRow("en_IN KES") << "en_IN"
                                   << "KES" << qint64(123'456'000) << "Ksh\u00a0123,456";
        QTest::newRow("en_IN USD") << "en_IN"
                                   << "USD" << qint64(123'456'780) << "$123,456.78";

        // Bengali digits, the currency's grouping.
        QTest::newRow("bn_BD INR") << "bn_BD"
                                   << "INR" << qint64(123'456'780) << "₹১,২৩,৪৫৬.৭৮";
        QTest::newRow("bn_BD BDT") << "bn_BD"
                                   << "BDT" << qint64(123'456'780) << "৳১,২৩,৪৫৬.৭৮";
        QTest::newRow("bn_BD BDT crore") << "bn_BD"
                                         << "BDT" << qint64(12'345'678'900) << "৳১,২৩,৪৫,৬৭৮.৯০";
        QTest::newRow("bn_BD RWF") << "bn_BD"
                                   << "RWF" << qint64(123'456'780) << "FRw\u00a0১২৩,৪৫৭";
        QTest::newRow("bn_BD KES") << "bn_BD"
                                   << "KES" << qint64(123'456'000) << "Ksh\u00a0১২৩,৪৫৬";
        QTest::newRow("bn_BD USD") << "bn_BD"
                                   << "USD" << qint64(123'456'780) << "$১২৩,৪৫৬.৭৮";

        // Hindi is written with Latin digits (CLDR's default for hi).
        QTest::newRow("hi_IN INR") << "hi_IN"
                                   << "INR" << qint64(123'456'780) << "₹1,23,456.78";
        QTest::newRow("hi_IN BDT") << "hi_IN"
                                   << "BDT" << qint64(123'456'780) << "৳1,23,456.78";
        QTest::newRow("hi_IN RWF") << "hi_IN"
                                   << "RWF" << qint64(123'456'780) << "FRw\u00a0123,457";
        QTest::newRow("hi_IN KES") << "hi_IN"
                                   << "KES" << qint64(123'456'000) << "Ksh\u00a0123,456";
        QTest::newRow("hi_IN USD") << "hi_IN"
                                   << "USD" << qint64(123'456'780) << "$123,456.78";
    }

    void asItsUsersWriteIt()
    {
        QFETCH(QString, language);
        QFETCH(QString, currency);
        QFETCH(qint64, milli);
        QFETCH(QString, expected);
        const QLocale locale = language == QLatin1String("C") ? QLocale::c() : QLocale(language);
        QCOMPARE(MoneyFormat::format(milli, currency, locale), expected);
        // The window's language is the default locale; the default argument follows it.
        QLocale::setDefault(locale);
        QCOMPARE(MoneyFormat::format(milli, currency), expected);
    }

    // Alert texts (desktop, Telegram, the CLI's watch) write money with the same formatter.
    void alertTextsToo()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(AlertText::money(1'862'800, QStringLiteral("INR")), QStringLiteral("₹1,862.80"));
        QLocale::setDefault(QLocale(QStringLiteral("bn_BD")));
        QCOMPARE(AlertText::money(123'456'780, QStringLiteral("BDT")), QStringLiteral("৳১,২৩,৪৫৬.৭৮"));
        // Their durations too (no catalogue here: the English words, Bengali digits).
        QCOMPARE(AlertText::duration(3 * 3600 + 5 * 60), QStringLiteral("৩ h ৫ min"));
    }

    void decimalsFollowTheCurrencysMinorUnit()
    {
        QCOMPARE(Currency::minorDigits(QStringLiteral("RWF")), 0);
        QCOMPARE(MoneyFormat::format(89'000, QStringLiteral("RWF"), QLocale::c()),
                 QStringLiteral("FRw\u00a089"));
        QCOMPARE(MoneyFormat::format(0, QStringLiteral("inr"), QLocale::c()), QStringLiteral("₹0.00"));
        QCOMPARE(MoneyFormat::format(5, QStringLiteral("INR"), QLocale::c()), QStringLiteral("₹0.01"));
        QCOMPARE(MoneyFormat::format(-4, QStringLiteral("INR"), QLocale::c()), QStringLiteral("₹0.00"));
    }

    void kilowattHoursAreEnergyNotMoney()
    {
        QCOMPARE(MoneyFormat::format(12'345'678, QStringLiteral("kWh"), QLocale::c()),
                 QStringLiteral("12,345.68 kWh"));
        QCOMPARE(MoneyFormat::format(12'345'678, QStringLiteral("kWh"), QLocale(QStringLiteral("bn_BD"))),
                 QStringLiteral("১২,৩৪৫.৬৮ kWh"));
    }

    void symbols()
    {
        QCOMPARE(Currency::symbol(QStringLiteral("inr")), QStringLiteral("₹"));
        QCOMPARE(Currency::symbol(QStringLiteral("BDT")), QStringLiteral("৳"));
        QCOMPARE(Currency::symbol(QStringLiteral("RWF")), QStringLiteral("FRw"));
        QCOMPARE(Currency::symbol(QStringLiteral("KES")), QStringLiteral("Ksh"));
        QCOMPARE(Currency::symbol(QStringLiteral("kWh")), QString());
        QCOMPARE(Currency::symbol(QStringLiteral("CHF")), QStringLiteral("CHF"));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
