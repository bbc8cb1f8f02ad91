#include "model/Currency.h"
#include "providers/ProviderRegistry.h"

#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

// The meter dialog speaks to people: every field of every provider has a label in words and
// one line of help that names no command-line option, and currencies are chosen from ISO 4217.
class TestProviderFields : public QObject
{
    Q_OBJECT

private:
    static void checkWords(const QString &where, const QString &key, const QString &label,
                           const QString &help)
    {
        QVERIFY2(!label.isEmpty(), qPrintable(where + QStringLiteral(": no label")));
        QVERIFY2(label != key, qPrintable(where + QStringLiteral(": the raw key as label")));
        // `failure-rate`, `client_id`: keys, not words.
        static const QRegularExpression raw(QStringLiteral("^[a-z0-9]+([-_][a-z0-9]+)+$"));
        QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(where + QStringLiteral(": ") + label));
        QVERIFY2(!raw.match(label).hasMatch(), qPrintable(where + QStringLiteral(": ") + label));
        QVERIFY2(!help.isEmpty(), qPrintable(where + QStringLiteral(": no help")));
        QVERIFY2(!help.contains(QStringLiteral("--")) && !help.contains(QStringLiteral("kilowatch-cli")),
                 qPrintable(where + QStringLiteral(": help speaks command line: ") + help));
        QVERIFY2(!help.contains(QLatin1Char('\n')), qPrintable(where + QStringLiteral(": more than a line")));
    }

private slots:
    void everyFieldHasWords()
    {
        for (const ProviderInfo &info : ProviderRegistry::all()) {
            for (const ProviderOption &o : info.options)
                checkWords(info.kind + QLatin1Char('/') + o.name, o.name, o.label, o.help);
            for (const QString &field : info.secrets()) {
                const ProviderFieldText text = info.secretText(field);
                checkWords(info.kind + QLatin1Char('/') + field, field, text.label, text.help);
            }
        }
    }

    // ELNET's input_type says what it is and where it comes from.
    void elnetInputTypeIsExplained()
    {
        const ProviderInfo *elnet = ProviderRegistry::find(QStringLiteral("elnet"));
        QVERIFY(elnet);
        const ProviderFieldText text = elnet->secretText(QStringLiteral("input_type"));
        QVERIFY(text.help.contains(QStringLiteral("ELNET app")));
        QVERIFY(text.help.contains(QStringLiteral("InputType")));
    }

    void currenciesAreIso4217()
    {
        const QList<Currency::Choice> list = Currency::choices(QLocale(QLocale::English));
        QVERIFY(list.size() > 140);
        QStringList codes;
        for (const Currency::Choice &c : list) {
            QCOMPARE(c.code.size(), 3);
            QVERIFY(!c.name.isEmpty());
            codes << c.code;
        }
        for (const char *code : {"INR", "BDT", "RWF", "KES", "USD", "EUR"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(!codes.contains(QStringLiteral("XXX")));
        QVERIFY(Currency::isIsoCode(QStringLiteral("BDT")));
        QVERIFY(!Currency::isIsoCode(QStringLiteral("kWh")));
        // Named in the window's language where Qt knows the name.
        for (const Currency::Choice &c : Currency::choices(QLocale(QLocale::Bengali, QLocale::Bangladesh))) {
            if (c.code == QLatin1String("BDT"))
                QVERIFY2(c.name.contains(QStringLiteral("টাকা")), qPrintable(c.name));
        }
        // Every provider's default is on the list (IngufuPay's balance is in kWh units).
        for (const ProviderInfo &info : ProviderRegistry::all()) {
            if (!info.defaultCurrency.isEmpty() && info.defaultCurrency != QLatin1String("kWh"))
                QVERIFY2(codes.contains(info.defaultCurrency), qPrintable(info.kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderFields)
#include "tst_providerfields.moc"
