#include "setup/Localization.h"

#include <QCoreApplication>
#include <QTest>

// English is the source language, but its plural forms come from a catalogue: "1 day",
// "2 days", never "day(s)".
class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void englishPluralsAreReal()
    {
        QVERIFY(!Localization::install(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty());
        const auto translate = [](int n) {
            return QCoreApplication::translate(
                "FetchOutcome", "The provider asks to slow down; next try in %n second(s).", nullptr, n);
        };
        QCOMPARE(translate(1), QStringLiteral("The provider asks to slow down; next try in 1 second."));
        QCOMPARE(translate(120), QStringLiteral("The provider asks to slow down; next try in 120 seconds."));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
