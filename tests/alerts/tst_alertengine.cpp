#include "TestDatabase.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertText.h"
#include "analytics/ReadingIngestor.h"
#include "storage/AlertOutboxRepository.h"
#include "storage/AlertRepository.h"
#include "storage/MeterRepository.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <limits>

namespace {

constexpr qint64 kDay = 1'753'056'000; // 2025-07-21T00:00:00Z
constexpr qint64 kAll = std::numeric_limits<qint64>::max();

qint64 money(double units)
{
    return qRound64(units * 1000.0);
}

// Readings of a meter whose balance and counters the test moves by hand.
class Line
{
public:
    Line(TestDatabase &t, const Meter &m, qint64 start)
        : m_t(t)
        , m_meter(m)
        , m_time(start)
    {}
    // `seconds` later: `wh` used from `source`, the balance set to `balance` (units).
    Reading add(qint64 seconds, double balance, qint64 wh = 100, PowerSource source = PowerSource::Grid)
    {
        m_time += seconds;
        (source == PowerSource::Generator ? m_generator : m_grid) += wh;
        Reading r;
        r.time = m_time;
        r.fetchedAt = m_time;
        r.balanceMilli = money(balance);
        r.gridWh = m_grid;
        r.generatorWh = m_generator;
        r.source = source;
        const Result<IngestStats> stored = ReadingIngestor(m_t.db()).ingest(m_meter, {r});
        if (!stored)
            qFatal("ingest failed: %s", qPrintable(stored.error()));
        return r;
    }
    qint64 time() const { return m_time; }

private:
    TestDatabase &m_t;
    Meter m_meter;
    qint64 m_time;
    qint64 m_grid = 1'000'000;
    qint64 m_generator = 50'000;
};

AlertConfig onlyLowBalance(qint64 meterId, QList<BalanceThreshold> thresholds)
{
    AlertConfig c;
    c.recharges = c.generator = c.dailySummary = c.consumption = c.providerTrouble = false;
    MeterAlertRules rules;
    rules.lowBalance = std::move(thresholds);
    c.meters.insert(meterId, rules);
    return c;
}

QList<Alert> eval(TestDatabase &t, const AlertConfig &config, const Meter &m, qint64 now,
                  const AlertContext &base = {})
{
    AlertContext context = base;
    context.now = now;
    const Result<QList<Alert>> raised = AlertEngine(t.db(), config).evaluate(m, context);
    if (!raised)
        qFatal("evaluate failed: %s", qPrintable(raised.error()));
    return raised.value();
}

QList<Alert> logged(TestDatabase &t, const Meter &m)
{
    return AlertRepository(t.db()).list(m.id, 0, kAll).value();
}

int countKind(const QList<Alert> &alerts, Alert::Kind kind)
{
    return static_cast<int>(
        std::count_if(alerts.cbegin(), alerts.cend(), [kind](const Alert &a) { return a.kind == kind; }));
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void lowBalanceFiresOnceOnTheDownwardCrossing()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("Flat 4B"));
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::money(money(500))});
        Line line(t, m, kDay);
        line.add(30, 700);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(30, 520);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(30, 480);
        const QList<Alert> fired = eval(t, c, m, line.time());
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].kind, Alert::Kind::LowBalance);
        QCOMPARE(fired[0].severity, Alert::Severity::Warning);
        QCOMPARE(fired[0].title, QStringLiteral("Low balance: Flat 4B"));
        QVERIFY2(fired[0].message.contains(AlertText::money(money(480), QStringLiteral("INR"))),
                 qPrintable(fired[0].message));
        QVERIFY(fired[0].message.contains(AlertText::money(money(500), QStringLiteral("INR"))));
        // Staying low, evaluated again and again (each reading, each minute): nothing more.
        QVERIFY(eval(t, c, m, line.time() + 60).isEmpty());
        line.add(30, 470);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        QVERIFY(eval(t, c, m, line.time() + 86400).isEmpty()); // not "once a day while low"
        QCOMPARE(logged(t, m).size(), 1);
        QCOMPARE(AlertEngine(t.db(), c).standing(m).lowBalance, std::optional(Alert::Severity::Warning));
        // Queued for the desktop with the alert, in its transaction.
        const QList<OutboxItem> queued = AlertOutboxRepository(t.db()).forAlert(fired[0].id).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].channel, QStringLiteral("desktop"));
        QCOMPARE(queued[0].state, QStringLiteral("pending"));
    }

    void rearmsOnlyAboveThresholdPlusHysteresis()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        BalanceThreshold level = BalanceThreshold::money(money(500));
        level.hysteresisMilli = money(50);
        const AlertConfig c = onlyLowBalance(m.id, {level});
        Line line(t, m, kDay);
        line.add(30, 600);
        eval(t, c, m, line.time());
        line.add(30, 495);
        QCOMPARE(eval(t, c, m, line.time()).size(), 1);
        // Hovering around the level (a refund, rounding, a small top-up): no new alert.
        line.add(30, 540);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(30, 499);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(30, 550); // exactly level + hysteresis: not above it
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(30, 490);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        // A recharge lifts it clear: re-armed, and the next fall alerts again.
        line.add(30, 1490);
        QVERIFY(countKind(eval(t, c, m, line.time()), Alert::Kind::LowBalance) == 0);
        QVERIFY(!AlertEngine(t.db(), c).standing(m).lowBalance);
        line.add(30, 480);
        QCOMPARE(countKind(eval(t, c, m, line.time()), Alert::Kind::LowBalance), 1);
        QCOMPARE(countKind(logged(t, m), Alert::Kind::LowBalance), 2);
    }

    void restartBetweenTwoReadings()
    {
        TestDatabase t;
        Meter m = t.addMeter();
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::money(money(500))});
        qint64 time = kDay;
        {
            Line line(t, m, time);
            line.add(30, 600);
            QVERIFY(eval(t, c, m, line.time()).isEmpty());
            time = line.time();
        }
        t.close(); // the app quits
        t.reopen();
        {
            Line line(t, m, time);
            line.add(30, 450);
            QCOMPARE(eval(t, c, m, line.time()).size(), 1); // not missed
            time = line.time();
        }
        t.close();
        t.reopen();
        {
            Line line(t, m, time);
            QVERIFY(eval(t, c, m, time + 5).isEmpty()); // right after the restart: not again
            line.add(30, 440);
            QVERIFY(eval(t, c, m, line.time()).isEmpty());
        }
        QCOMPARE(logged(t, m).size(), 1);
    }

    void crossingWhileNotRunningIsNotMissed()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::money(money(500))});
        Line line(t, m, kDay);
        line.add(30, 600);
        eval(t, c, m, line.time());
        // Readings stored while no rules ran (e.g. an import, or another build of the app).
        line.add(30, 550);
        line.add(30, 450);
        line.add(30, 430);
        t.close();
        t.reopen();
        QCOMPARE(eval(t, c, m, line.time() + 1).size(), 1);
        QVERIFY(eval(t, c, m, line.time() + 2).isEmpty());
    }

    void severalLevelsCrossedAtOnceGiveOneAlertTheWorst()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const AlertConfig c =
            onlyLowBalance(m.id, {BalanceThreshold::money(money(500), Alert::Severity::Warning),
                                  BalanceThreshold::money(money(200), Alert::Severity::Critical)});
        Line line(t, m, kDay);
        line.add(30, 600);
        eval(t, c, m, line.time());
        line.add(30, 150);
        const QList<Alert> fired = eval(t, c, m, line.time());
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].severity, Alert::Severity::Critical);
        QCOMPARE(fired[0].title, QStringLiteral("Balance critical: m"));
        QCOMPARE(AlertEngine(t.db(), c).standing(m).lowBalance, std::optional(Alert::Severity::Critical));
        // Back above critical + its hysteresis but still under the warning: only critical re-arms.
        line.add(30, 300);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        QCOMPARE(AlertEngine(t.db(), c).standing(m).lowBalance, std::optional(Alert::Severity::Warning));
        line.add(30, 180);
        const QList<Alert> again = eval(t, c, m, line.time());
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].severity, Alert::Severity::Critical);
    }

    void aLevelSetAboveTheBalanceFiresOnce()
    {
        // The user raises the level above the current balance: a new level, armed, so it
        // fires at the next evaluation, once.
        TestDatabase t;
        const Meter m = t.addMeter();
        Line line(t, m, kDay);
        line.add(30, 600);
        QVERIFY(
            eval(t, onlyLowBalance(m.id, {BalanceThreshold::money(money(500))}), m, line.time()).isEmpty());
        const AlertConfig raised = onlyLowBalance(m.id, {BalanceThreshold::money(money(700))});
        QCOMPARE(eval(t, raised, m, line.time() + 60).size(), 1);
        QVERIFY(eval(t, raised, m, line.time() + 120).isEmpty());
    }

    void meterLowBalanceSettingIsAWarningLevel()
    {
        TestDatabase t;
        Meter m = t.addMeter();
        m.lowBalanceMilli = money(500);
        const MeterAlertRules rules = AlertConfig::defaults().rulesFor(m);
        // The meter's amount replaces the default warning (3 days left); the critical level
        // (1 day left) stays.
        QCOMPARE(rules.lowBalance.size(), 2);
        QCOMPARE(rules.lowBalance[0].measure, BalanceThreshold::Measure::Money);
        QCOMPARE(rules.lowBalance[0].severity, Alert::Severity::Warning);
        QCOMPARE(rules.lowBalance[0].valueMilli, money(500));
        QCOMPARE(rules.lowBalance[0].hysteresis(), money(50));
        QCOMPARE(rules.lowBalance[1].measure, BalanceThreshold::Measure::DaysRemaining);
        QCOMPARE(rules.lowBalance[1].severity, Alert::Severity::Critical);
        QCOMPARE(rules.lowBalance[1].valueMilli, 1000);
    }

    void aMetersOwnAmountWinsOverTheGlobalLevels()
    {
        // Settings > Alerts: warning below 500, critical below 100, again after rising by 50.
        // A manual meter of its own warns below 200: not at 400, and at 190.
        TestDatabase t;
        Meter m = t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        m.lowBalanceMilli = money(200);
        AlertConfig c;
        c.recharges = c.generator = c.dailySummary = c.consumption = c.providerTrouble = false;
        BalanceThreshold warning = BalanceThreshold::money(money(500), Alert::Severity::Warning);
        BalanceThreshold critical = BalanceThreshold::money(money(100), Alert::Severity::Critical);
        warning.hysteresisMilli = critical.hysteresisMilli = money(50);
        c.defaultThresholds = {warning, critical};
        Line line(t, m, kDay);
        line.add(3600, 700);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, 400);
        const QList<Alert> at400 = eval(t, c, m, line.time());
        QVERIFY2(at400.isEmpty(), qPrintable(at400.isEmpty() ? QString() : at400[0].message));
        QVERIFY(!AlertEngine(t.db(), c).standing(m).lowBalance); // the tray stays calm too
        line.add(3600, 190);
        const QList<Alert> at190 = eval(t, c, m, line.time());
        QCOMPARE(at190.size(), 1);
        QCOMPARE(at190[0].severity, Alert::Severity::Warning);
        QVERIFY2(at190[0].message.contains(AlertText::money(money(200), m.currency)),
                 qPrintable(at190[0].message));
        QCOMPARE(AlertEngine(t.db(), c).standing(m).lowBalance, std::optional(Alert::Severity::Warning));
        // The global critical level is below the meter's amount: it stays.
        line.add(3600, 90);
        const QList<Alert> at90 = eval(t, c, m, line.time());
        QCOMPARE(at90.size(), 1);
        QCOMPARE(at90[0].severity, Alert::Severity::Critical);
        // The global hysteresis re-arms the meter's level: 240 is not clear of 200 + 50, 260 is.
        line.add(3600, 240);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, 195);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, 260);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, 180);
        QCOMPARE(eval(t, c, m, line.time()).size(), 1);
    }

    void aMetersOwnAmountBelowTheGlobalCriticalScalesIt()
    {
        Meter m;
        m.id = 1;
        m.lowBalanceMilli = money(50);
        AlertConfig c;
        c.defaultThresholds = {BalanceThreshold::money(money(500), Alert::Severity::Warning),
                               BalanceThreshold::money(money(100), Alert::Severity::Critical)};
        // Critical at 100 would come before the warning at 50: it keeps its share of the
        // warning instead (100 of 500: a fifth), so critical at 10.
        const MeterAlertRules rules = c.rulesFor(m);
        QCOMPARE(rules.lowBalance.size(), 2);
        QCOMPARE(rules.lowBalance[0].valueMilli, money(50));
        QCOMPARE(rules.lowBalance[0].severity, Alert::Severity::Warning);
        QCOMPARE(rules.lowBalance[1].measure, BalanceThreshold::Measure::Money);
        QCOMPARE(rules.lowBalance[1].valueMilli, money(10));
        QCOMPARE(rules.lowBalance[1].severity, Alert::Severity::Critical);
        // Without an amount of its own, a meter gets the global levels as they are.
        m.lowBalanceMilli.reset();
        QCOMPARE(c.rulesFor(m).lowBalance.size(), 2);
        QCOMPARE(c.rulesFor(m).lowBalance[0].valueMilli, money(500));
        QCOMPARE(c.rulesFor(m).lowBalance[1].valueMilli, money(100));
    }

    void daysRemainingFromTheForecast()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("hourly"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::days(3, Alert::Severity::Warning)});
        // Ten days spending 240 a day (10 an hour) from 3000.
        Line line(t, m, kDay);
        double balance = 3000;
        line.add(0, balance);
        for (int h = 0; h < 24 * 10; ++h) {
            balance -= 10;
            line.add(3600, balance);
        }
        // 600 left at 240 a day: 2.5 days, under 3.
        const QList<Alert> fired = eval(t, c, m, line.time() + 60);
        QCOMPARE(fired.size(), 1);
        QVERIFY2(fired[0].message.contains(QStringLiteral("2.5 days")), qPrintable(fired[0].message));
        QVERIFY(fired[0].message.contains(QStringLiteral("runs out around")));
        QVERIFY(eval(t, c, m, line.time() + 120).isEmpty());
        // A recharge to 5 days re-arms (above 3 + 1).
        line.add(3600, 1190);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        QVERIFY(!AlertEngine(t.db(), c).standing(m).lowBalance);
    }

    void noForecastNoDaysAlert()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::days(3)});
        Line line(t, m, kDay);
        line.add(30, 10);
        line.add(30, 5);
        QVERIFY(eval(t, c, m, line.time()).isEmpty()); // under 3 days of data: no claim
    }

    void quietHoursShowOnlyCriticalAndLogEverything()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        AlertConfig c =
            onlyLowBalance(m.id, {BalanceThreshold::money(money(500), Alert::Severity::Warning),
                                  BalanceThreshold::money(money(100), Alert::Severity::Critical)});
        c.quietHours = QuietHours{QTime(22, 0), QTime(7, 0)};
        c.quietZone = QTimeZone::utc();
        c.telegram.enabled = true;
        c.telegram.chatId = QStringLiteral("42");
        const qint64 night = kDay + 23 * 3600; // 23:00 UTC
        Line line(t, m, night - 60);
        line.add(0, 600);
        eval(t, c, m, night);
        line.add(30, 450);
        const QList<Alert> warning = eval(t, c, m, night + 60);
        QCOMPARE(warning.size(), 1);
        QVERIFY(warning[0].silenced);
        QCOMPARE(logged(t, m).size(), 1); // logged all the same
        QList<OutboxItem> rows = AlertOutboxRepository(t.db()).forAlert(warning[0].id).value();
        QCOMPARE(rows.size(), 1); // no desktop row; Telegram gets it without a sound
        QCOMPARE(rows[0].channel, QStringLiteral("telegram"));
        QVERIFY(rows[0].silent);
        line.add(30, 90);
        const QList<Alert> critical = eval(t, c, m, night + 120);
        QCOMPARE(critical.size(), 1);
        QVERIFY(!critical[0].silenced);
        rows = AlertOutboxRepository(t.db()).forAlert(critical[0].id).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].channel, QStringLiteral("desktop"));
        QVERIFY(!rows[1].silent);
        // In the morning a warning shows again.
        QVERIFY(!c.isQuiet(kDay + 86400 + 7 * 3600));
        QVERIFY(c.isQuiet(kDay + 86400 + 6 * 3600 + 3599));
        QVERIFY(c.isQuiet(kDay + 22 * 3600));
        QVERIFY(!c.isQuiet(kDay + 21 * 3600 + 3599));
    }

    void rechargeDetectedOnceWithAmountAndBalance()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        AlertConfig c;
        c.lowBalance = c.generator = c.dailySummary = c.consumption = c.providerTrouble = false;
        Line line(t, m, kDay);
        line.add(30, 1600);
        line.add(30, 1590);
        line.add(30, 2590); // a rise before the rules first looked: history, not news
        QVERIFY(eval(t, c, m, line.time() + 1).isEmpty());
        line.add(30, 2580);
        line.add(30, 2570);
        line.add(30, 3570);
        const QList<Alert> fired = eval(t, c, m, line.time());
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].kind, Alert::Kind::Recharge);
        // The amount is the rise plus what the interval used (estimated at the recent rate).
        QVERIFY2(fired[0].message.contains(QStringLiteral("A recharge of ")), qPrintable(fired[0].message));
        QVERIFY(fired[0].message.contains(QStringLiteral("now ") +
                                          AlertText::money(money(3570), QStringLiteral("INR"))));
        QVERIFY(eval(t, c, m, line.time() + 60).isEmpty());
        t.close();
        t.reopen();
        QVERIFY(eval(t, c, m, line.time() + 120).isEmpty());
    }

    void generatorOnAndOffWithTheSessionSummary()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("g"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        AlertConfig c;
        c.lowBalance = c.recharges = c.dailySummary = c.consumption = c.providerTrouble = false;
        Line line(t, m, kDay);
        double balance = 5000;
        line.add(0, balance);
        for (int i = 0; i < 3; ++i)
            line.add(3600, balance -= 8, 1000, PowerSource::Grid);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        // One generator reading is no switch yet; the second confirms it.
        line.add(3600, balance -= 22, 1000, PowerSource::Generator);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, balance -= 22, 1000, PowerSource::Generator);
        const QList<Alert> on = eval(t, c, m, line.time());
        QCOMPARE(on.size(), 1);
        QCOMPARE(on[0].kind, Alert::Kind::GeneratorOn);
        QCOMPARE(on[0].title, QStringLiteral("Generator on: g"));
        // 26 hours on the generator in all, then back to the grid (two readings confirm).
        for (int i = 0; i < 24; ++i)
            line.add(3600, balance -= 22, 1000, PowerSource::Generator);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
        line.add(3600, balance -= 8, 1000, PowerSource::Grid);
        line.add(3600, balance -= 8, 1000, PowerSource::Grid);
        const QList<Alert> off = eval(t, c, m, line.time());
        QCOMPARE(off.size(), 1);
        QCOMPARE(off[0].kind, Alert::Kind::GeneratorOff);
        // Duration with its days, energy, cost, average power.
        QVERIFY2(off[0].message.contains(QStringLiteral("1 d 2 h 0 min")), qPrintable(off[0].message));
        QVERIFY(off[0].message.contains(QStringLiteral("26.00 kWh")));
        QVERIFY(off[0].message.contains(AlertText::money(money(572), QStringLiteral("INR"))));
        QVERIFY(off[0].message.contains(QStringLiteral("1.00 kW on average")));
        QVERIFY(eval(t, c, m, line.time() + 60).isEmpty());
    }

    void consumptionThresholdOncePerDay()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("c"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.dailySummary = c.providerTrouble = false;
        c.dailyKwhLimitWh = 5000;
        Line line(t, m, kDay);
        line.add(0, 1000);
        for (int h = 0; h < 5; ++h)
            line.add(3600, 1000 - 10 * (h + 1), 1000);
        QVERIFY(eval(t, c, m, line.time()).isEmpty()); // 5 kWh: not above 5
        line.add(3600, 900, 1000);
        const QList<Alert> fired = eval(t, c, m, line.time());
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].kind, Alert::Kind::Consumption);
        QVERIFY2(fired[0].message.contains(QStringLiteral("6.00 kWh")), qPrintable(fired[0].message));
        line.add(3600, 890, 1000);
        QVERIFY(eval(t, c, m, line.time()).isEmpty());
    }

    void providerTroubleAfterFifteenMinutesWithoutAFreshReading()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.dailySummary = c.consumption = false;
        Line line(t, m, kDay);
        line.add(0, 900);
        AlertContext polled;
        polled.polled = true;
        polled.watchingSince = kDay - 3600;
        polled.lastError = QStringLiteral("The provider could not be reached.");
        QVERIFY(eval(t, c, m, kDay + 15 * 60, polled).isEmpty());
        const QList<Alert> fired = eval(t, c, m, kDay + 15 * 60 + 1, polled);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].kind, Alert::Kind::ProviderTrouble);
        QVERIFY(fired[0].message.contains(QStringLiteral("could not be reached")));
        QVERIFY(AlertEngine(t.db(), c).standing(m).trouble);
        QVERIFY(eval(t, c, m, kDay + 3600, polled).isEmpty());
        // Fresh again: re-armed; the next silence alerts again.
        line.add(3600, 890);
        QVERIFY(eval(t, c, m, line.time() + 10, polled).isEmpty());
        QVERIFY(!AlertEngine(t.db(), c).standing(m).trouble);
        QCOMPARE(eval(t, c, m, line.time() + 16 * 60, polled).size(), 1);
        // An hourly meter gets three hours.
        TestDatabase t2;
        const Meter hourly = t2.addMeter(QStringLiteral("h"), QStringLiteral("manual"), 3600);
        Line line2(t2, hourly, kDay);
        line2.add(0, 500);
        QVERIFY(eval(t2, c, hourly, kDay + 3 * 3600, polled).isEmpty());
        QCOMPARE(eval(t2, c, hourly, kDay + 3 * 3600 + 1, polled).size(), 1);
    }

    void providerTroubleCountsFromWhenTheAppStartedWatching()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.dailySummary = c.consumption = false;
        Line line(t, m, kDay);
        line.add(0, 900);
        AlertContext ctx;
        ctx.polled = true;
        ctx.watchingSince = kDay + 3 * 86400; // the app was off for three days
        QVERIFY(eval(t, c, m, ctx.watchingSince + 60, ctx).isEmpty());
        QCOMPARE(eval(t, c, m, ctx.watchingSince + 15 * 60 + 1, ctx).size(), 1);
        // Not polled (manual, paused): no trouble to report.
        TestDatabase t2;
        const Meter manual = t2.addMeter(QStringLiteral("x"), QStringLiteral("manual"));
        Line line2(t2, manual, kDay);
        line2.add(0, 900);
        QVERIFY(eval(t2, c, manual, kDay + 86400).isEmpty());
    }

    void humanCheckOnceUntilAReadingComes()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("dpdc"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Dhaka"));
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.dailySummary = c.consumption = false;
        AlertContext ctx;
        ctx.lastOutcome = FetchOutcome::Kind::HumanCheckRequired;
        const QList<Alert> fired = eval(t, c, m, kDay, ctx);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].kind, Alert::Kind::HumanCheck);
        QVERIFY(eval(t, c, m, kDay + 3600, ctx).isEmpty());
        QVERIFY(AlertEngine(t.db(), c).standing(m).trouble);
        ctx.lastOutcome = FetchOutcome::Kind::Reading;
        QVERIFY(eval(t, c, m, kDay + 7200, ctx).isEmpty());
        ctx.lastOutcome = FetchOutcome::Kind::HumanCheckRequired;
        QCOMPARE(eval(t, c, m, kDay + 10800, ctx).size(), 1);
    }

    void dailySummaryOnceAndLateOnce()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("s"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.consumption = c.providerTrouble = false;
        const QTimeZone zone("Asia/Kolkata");
        const auto at = [&zone](int day, int h, int min) {
            return QDateTime(QDate(2025, 7, day), QTime(h, min), zone).toSecsSinceEpoch();
        };
        Line line(t, m, at(21, 0, 0));
        line.add(0, 3000);
        for (int h = 1; h <= 23; ++h)
            line.add(3600, 3000 - 10 * h, 500);
        QVERIFY(eval(t, c, m, at(21, 12, 0)).isEmpty()); // the rules' first look
        QVERIFY(eval(t, c, m, at(21, 23, 58)).isEmpty());
        const QList<Alert> summary = eval(t, c, m, at(21, 23, 59));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary[0].kind, Alert::Kind::DailySummary);
        QVERIFY2(summary[0].title.contains(QStringLiteral("Mon 21 Jul")), qPrintable(summary[0].title));
        QVERIFY2(summary[0].message.contains(QStringLiteral("Today: grid 11.50 kWh")),
                 qPrintable(summary[0].message));
        QVERIFY(summary[0].message.contains(QStringLiteral("Month to date")));
        QVERIFY(summary[0].message.contains(QStringLiteral("Balance: ") +
                                            AlertText::money(money(2770), QStringLiteral("INR"))));
        QVERIFY(!summary[0].message.contains(QStringLiteral("late")));
        QVERIFY(eval(t, c, m, at(21, 23, 59) + 30).isEmpty());
        QVERIFY(eval(t, c, m, at(22, 9, 0)).isEmpty());
        // Not running at 23:59 on the 22nd: sent late, once, at the next start; only the
        // latest day after days away.
        t.close();
        t.reopen();
        const QList<Alert> late = eval(t, c, m, at(23, 8, 0));
        QCOMPARE(late.size(), 1);
        QVERIFY(late[0].title.contains(QStringLiteral("Tue 22 Jul")));
        QVERIFY2(late[0].message.contains(QStringLiteral("Sent late")), qPrintable(late[0].message));
        QVERIFY(eval(t, c, m, at(23, 8, 1)).isEmpty());
        QVERIFY(eval(t, c, m, at(26, 10, 0)).size() == 1); // the 25th's, not 23rd-25th
        QCOMPARE(countKind(logged(t, m), Alert::Kind::DailySummary), 3);
    }

    void dailySummaryOnDstDays()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("berlin"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Europe/Berlin"));
        AlertConfig c;
        c.lowBalance = c.recharges = c.generator = c.consumption = c.providerTrouble = false;
        c.dailySummaryTime = QTime(2, 30);
        const QTimeZone zone("Europe/Berlin");
        // Spring forward, 2025-03-30: 02:00 jumps to 03:00; 02:30 does not exist, so 03:00.
        const qint64 due = AlertEngine::summaryDueTime(QDate(2025, 3, 30), QTime(2, 30), zone);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(due, zone).time(), QTime(3, 0));
        // Fall back, 2025-10-26: 02:30 happens twice; the first one counts, once.
        const qint64 autumn = AlertEngine::summaryDueTime(QDate(2025, 10, 26), QTime(2, 30), zone);
        QCOMPARE(autumn, QDateTime(QDate(2025, 10, 26), QTime(0, 30), QTimeZone::utc()).toSecsSinceEpoch());

        // A 23-hour day ends in a summary of 23 hours of use (1 kWh an hour).
        c.dailySummaryTime = QTime(23, 59);
        const qint64 start = QDateTime(QDate(2025, 3, 30), QTime(0, 0), zone).toSecsSinceEpoch();
        Line line(t, m, start);
        line.add(0, 5000);
        QVERIFY(eval(t, c, m, start + 60).isEmpty());
        for (int h = 1; h <= 23; ++h)
            line.add(3600, 5000 - h, 1000);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(line.time(), zone),
                 QDateTime(QDate(2025, 3, 31), QTime(0, 0), zone));
        const qint64 dueSpring = AlertEngine::summaryDueTime(QDate(2025, 3, 30), QTime(23, 59), zone);
        const QList<Alert> summary = eval(t, c, m, dueSpring + 10);
        QCOMPARE(summary.size(), 1);
        QVERIFY2(summary[0].message.contains(QStringLiteral("grid 23.00 kWh")),
                 qPrintable(summary[0].message));
        QVERIFY(eval(t, c, m, dueSpring + 3600).isEmpty());

        // On the 25-hour day the summary time passes twice on the clock: one summary.
        TestDatabase t2;
        const Meter m2 = t2.addMeter(QStringLiteral("berlin"), QStringLiteral("manual"), 3600,
                                     QStringLiteral("Europe/Berlin"));
        c.dailySummaryTime = QTime(2, 30);
        const qint64 first =
            QDateTime(QDate(2025, 10, 26), QTime(0, 30), QTimeZone::utc()).toSecsSinceEpoch();
        Line line2(t2, m2, first - 7200);
        line2.add(0, 5000);
        QVERIFY(eval(t2, c, m2, first - 7200).isEmpty());
        QCOMPARE(eval(t2, c, m2, first + 10).size(), 1);
        QVERIFY(eval(t2, c, m2, first + 3600 + 10).isEmpty()); // 02:30 again, CET
        QCOMPARE(countKind(logged(t2, m2), Alert::Kind::DailySummary), 1);
    }

    void twoEnginesOnOneDatabaseRaiseOnce()
    {
        // The desktop and `kilowatch-cli poll` may evaluate the same meter: once is once.
        TestDatabase t;
        const Meter m = t.addMeter();
        const AlertConfig c = onlyLowBalance(m.id, {BalanceThreshold::money(money(500))});
        Line line(t, m, kDay);
        line.add(30, 600);
        eval(t, c, m, line.time());
        line.add(30, 450);
        Result<std::unique_ptr<Database>> other = Database::open(t.path());
        QVERIFY(other.ok());
        AlertContext ctx;
        ctx.now = line.time();
        const Result<QList<Alert>> a = AlertEngine(*other.value(), c).evaluate(m, ctx);
        const Result<QList<Alert>> b = AlertEngine(t.db(), c).evaluate(m, ctx);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size() + b->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
