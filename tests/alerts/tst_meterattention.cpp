#include "alerts/AlertConfig.h"
#include "alerts/MeterAttention.h"

#include <QtTest>

// The one ranking of what a meter asks of its user (window dots, status card, overview, tray).
class TestMeterAttention : public QObject
{
    Q_OBJECT

private slots:
    void moneyLevels()
    {
        const QList<BalanceThreshold> levels{BalanceThreshold::money(500'000, Alert::Severity::Warning),
                                             BalanceThreshold::money(100'000, Alert::Severity::Critical)};
        using S = Alert::Severity;
        QCOMPARE(MeterAttention::balanceLevel(levels, 600'000, std::nullopt), std::optional<S>());
        QCOMPARE(MeterAttention::balanceLevel(levels, 500'000, std::nullopt), std::optional<S>(S::Warning));
        QCOMPARE(MeterAttention::balanceLevel(levels, 100'001, std::nullopt), std::optional<S>(S::Warning));
        QCOMPARE(MeterAttention::balanceLevel(levels, 100'000, std::nullopt), std::optional<S>(S::Critical));
        QCOMPARE(MeterAttention::balanceLevel(levels, std::nullopt, 0.5), std::optional<S>());
        // Nothing left is critical whatever the levels say.
        QCOMPARE(MeterAttention::balanceLevel({}, 0, std::nullopt), std::optional<S>(S::Critical));
        QCOMPARE(MeterAttention::balanceLevel({}, -5'000, std::nullopt), std::optional<S>(S::Critical));
    }

    void daysLevelsNeedAForecast()
    {
        using S = Alert::Severity;
        const QList<BalanceThreshold> levels = AlertConfig::defaults().defaultThresholds; // 3 d, 1 d
        QCOMPARE(MeterAttention::balanceLevel(levels, 900'000, std::nullopt), std::optional<S>());
        QCOMPARE(MeterAttention::balanceLevel(levels, 900'000, 4.0), std::optional<S>());
        QCOMPARE(MeterAttention::balanceLevel(levels, 900'000, 2.5), std::optional<S>(S::Warning));
        QCOMPARE(MeterAttention::balanceLevel(levels, 900'000, 0.9), std::optional<S>(S::Critical));
    }

    // The walkthrough's manual meter: its own 200 lost to the global 400. With the meter's
    // amount, 300 is above its warning level; 150 is below it.
    void theMetersOwnAmountWins()
    {
        using S = Alert::Severity;
        AlertConfig config;
        config.defaultThresholds = {BalanceThreshold::money(400'000, Alert::Severity::Warning),
                                    BalanceThreshold::money(100'000, Alert::Severity::Critical)};
        Meter manual;
        manual.id = 7;
        manual.lowBalanceMilli = 200'000;
        const QList<BalanceThreshold> levels = config.rulesFor(manual).lowBalance;
        QCOMPARE(MeterAttention::balanceLevel(levels, 300'000, std::nullopt), std::optional<S>());
        QCOMPARE(MeterAttention::balanceLevel(levels, 150'000, std::nullopt), std::optional<S>(S::Warning));
        QCOMPARE(MeterAttention::balanceLevel(levels, 50'000, std::nullopt), std::optional<S>(S::Critical));
        Meter other;
        other.id = 8;
        QCOMPARE(MeterAttention::balanceLevel(config.rulesFor(other).lowBalance, 300'000, std::nullopt),
                 std::optional<S>(S::Warning));
    }

    void lowBalanceRanksAboveAFailingConnection()
    {
        using L = MeterAttention::Level;
        QCOMPARE(MeterAttention::of(std::nullopt, MeterHealth::State::Ok), L::Ok);
        QCOMPARE(MeterAttention::of(std::nullopt, MeterHealth::State::Stale), L::Ok);
        QCOMPARE(MeterAttention::of(std::nullopt, MeterHealth::State::Failing), L::Failing);
        QCOMPARE(MeterAttention::of(Alert::Severity::Warning, MeterHealth::State::Failing), L::Low);
        QCOMPARE(MeterAttention::of(Alert::Severity::Critical, MeterHealth::State::Failing), L::Critical);
        // One failing meter does not hide another's low balance.
        QCOMPARE(MeterAttention::worst({L::Failing, L::Low, L::Ok}), L::Low);
        QCOMPARE(MeterAttention::worst({L::Low, L::Failing}), L::Low);
        QCOMPARE(MeterAttention::worst({L::Failing, L::Critical, L::Low}), L::Critical);
        QCOMPARE(MeterAttention::worst({L::Ok, L::Failing}), L::Failing);
        QCOMPARE(MeterAttention::worst({}), L::Ok);
    }

    void wordsNotColourAlone()
    {
        QCOMPARE(MeterAttention::words(MeterAttention::Level::Low), QStringLiteral("Low balance"));
        QCOMPARE(MeterAttention::words(MeterAttention::Level::Critical), QStringLiteral("Critical"));
        QVERIFY(!MeterAttention::words(MeterAttention::Level::Failing).isEmpty());
        QVERIFY(MeterAttention::words(MeterAttention::Level::Ok).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMeterAttention)
#include "tst_meterattention.moc"
