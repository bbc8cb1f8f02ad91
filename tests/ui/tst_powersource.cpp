#include "Formatters.h"
#include "LayoutAudit.h"
#include "PowerSourceIndicator.h"
#include "SessionTimeline.h"
#include "SessionsPanel.h"
#include "StatusCard.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "ThemeManager.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/SupplyStatus.h"
#include "setup/Localization.h"
#include "storage/ReadingRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

#include <memory>

namespace {

constexpr qint64 kMin = 60;
constexpr qint64 kH = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kDec1 = 1'796'063'400; // 2026-12-01T00:00+05:30, Asia/Kolkata

enum class Drawn
{
    Grid,
    Generator,
    Outage,
    Nothing, // no reading
};

// The meter's day: grid, a generator run from 21:30 on 30 November to 01:30, grid, the
// generator 08:00-09:30, an outage (0 W) to 10:00, no readings to 10:45, then grid again.
Drawn drawnAt(qint64 t)
{
    const qint64 o = kDec1;
    if (t >= o - 2 * kH - 30 * kMin && t < o + kH + 30 * kMin)
        return Drawn::Generator;
    if (t >= o + 8 * kH && t < o + 9 * kH + 30 * kMin)
        return Drawn::Generator;
    if (t >= o + 9 * kH + 30 * kMin && t < o + 10 * kH)
        return Drawn::Outage;
    if (t >= o + 10 * kH && t < o + 10 * kH + 45 * kMin)
        return Drawn::Nothing;
    return Drawn::Grid;
}

// One reading a minute, each showing the minute before it: grid 10 Wh (600 W) at 8 a Wh
// (milli), generator 5 Wh (300 W) at 22, the outage 0 W with the provider still saying "grid".
class MeterDay
{
public:
    QList<Reading> upTo(qint64 until)
    {
        QList<Reading> list;
        for (; m_t <= until; m_t += kMin) {
            const Drawn d = drawnAt(m_t - 1);
            if (d == Drawn::Nothing)
                continue;
            Reading r;
            r.time = m_t;
            r.fetchedAt = m_t;
            if (d == Drawn::Grid) {
                m_grid += 10;
                m_balance -= 80;
            } else if (d == Drawn::Generator) {
                m_generator += 5;
                m_balance -= 110;
            }
            r.gridWh = m_grid;
            r.generatorWh = m_generator;
            r.balanceMilli = m_balance;
            r.loadW = d == Drawn::Grid ? 600 : d == Drawn::Generator ? 300 : 0;
            r.source = d == Drawn::Generator ? PowerSource::Generator : PowerSource::Grid;
            list << r;
        }
        return list;
    }

private:
    qint64 m_t = kDec1 - 2 * kDay;
    qint64 m_grid = 1'000'000;
    qint64 m_generator = 20'000;
    qint64 m_balance = 5'000'000;
};

MeterHealth healthy()
{
    MeterHealth h;
    h.state = MeterHealth::State::Ok;
    return h;
}

// The status card and the sessions panel of one meter in a window of the given size.
struct Screen
{
    std::unique_ptr<QWidget> host;
    StatusCard *card = nullptr;
    SessionsPanel *sessions = nullptr;
};

} // namespace

class TestPowerSource : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;
    MeterDay m_day;

    PowerNow powerAt(qint64 now, const MeterHealth &health = healthy())
    {
        const Result<PowerNow> power = SupplyStatusQuery(m_t.db()).run(m_meter, now, health);
        if (!power)
            qWarning("%s", qPrintable(power.error()));
        return power ? power.value() : PowerNow{};
    }

    void ingestUpTo(qint64 until)
    {
        QVERIFY(ReadingIngestor(m_t.db()).ingest(m_meter, m_day.upTo(until)).ok());
    }

    Screen screen(const PowerNow &power, qint64 now, const QSize &size)
    {
        Screen s;
        s.host = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(s.host.get());
        s.card = new StatusCard(s.host.get());
        s.card->setClock(Clock::fixedAt(now));
        StatusCard::Snapshot snapshot;
        snapshot.meterName = m_meter.name;
        snapshot.currency = m_meter.currency;
        snapshot.power = power;
        snapshot.latest = ReadingRepository(m_t.db()).latestBefore(m_meter.id, now + 1);
        snapshot.health = healthy();
        s.card->setSnapshot(snapshot);
        s.sessions = new SessionsPanel(m_t.db(), s.host.get());
        s.sessions->setClock(Clock::fixedAt(now));
        s.sessions->rangeBox()->setCurrentIndex(0); // the last 7 days
        s.sessions->setMeter(m_meter);
        layout->addWidget(s.card);
        layout->addWidget(s.sessions, 1);
        s.host->resize(size);
        s.host->show();
        return s;
    }

    // Every theme, size and language: a screenshot per state, and the layout audit.
    void shoot(const QString &state, const PowerNow &power, qint64 now)
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("bn")}) {
            setLanguage(language);
            for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
                ThemeManager::apply(theme);
                for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                    Screen s = screen(power, now, size);
                    QVERIFY(QTest::qWaitForWindowExposed(s.host.get()));
                    const QString name = QStringLiteral("power-%1-%2-%3-%4x%5.png")
                                             .arg(state, language,
                                                  theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                                    : QStringLiteral("light"))
                                             .arg(size.width())
                                             .arg(size.height());
                    QVERIFY(s.host->grab().save(TestArtifacts::path(name)));
                    const QString layout = LayoutAudit::describe(s.host.get(), name);
                    QVERIFY2(layout.isEmpty(), qPrintable(layout));
                }
            }
        }
        setLanguage(QStringLiteral("en"));
        ThemeManager::apply(AppSettings::Theme::Light);
    }

    static void setLanguage(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (language == QLatin1String("en"))
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        else
            QVERIFY(!Localization::install(*qApp, language).isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_meter = m_t.addMeter(QStringLiteral("Home"), QStringLiteral("simulator"), 60,
                               QStringLiteral("Asia/Kolkata"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void noReadingIsUnknown()
    {
        PowerSourceIndicator indicator;
        indicator.setPower(powerAt(kDec1), m_meter.currency);
        QCOMPARE(indicator.status().state, SupplyStatus::State::Unknown);
        QCOMPARE(indicator.stateText(), QStringLiteral("Power source unknown"));
        QCOMPARE(indicator.sinceText(), QString());
        QCOMPARE(indicator.todayText(), QStringLiteral("No generator today"));
    }

    // 09:00: the generator since 08:00; today 01:30 of the night's run and 1 h of this one.
    void generator()
    {
        ingestUpTo(kDec1 + 9 * kH);
        const qint64 now = kDec1 + 9 * kH + 20;
        const PowerNow power = powerAt(now);
        QCOMPARE(power.status.state, SupplyStatus::State::Generator);
        QCOMPARE(power.status.since, std::optional<qint64>(kDec1 + 8 * kH));
        PowerSourceIndicator indicator;
        indicator.setClock(Clock::fixedAt(now));
        indicator.setPower(power, m_meter.currency);
        QCOMPARE(indicator.stateText(), QStringLiteral("Generator"));
        QCOMPARE(indicator.sinceText(), QStringLiteral("for 1 h 0 min"));
        QCOMPARE(indicator.todayText(), QStringLiteral("Generator today: 2 h 30 min · ₹16.50"));
        QCOMPARE(indicator.accessibleName(), QStringLiteral("Power source"));
        QCOMPARE(indicator.accessibleDescription(),
                 QStringLiteral("Generator for 1 h 0 min. Generator today: 2 h 30 min · ₹16.50."));
        // It ticks: a minute later, without new data.
        indicator.setClock(Clock::fixedAt(now + kMin));
        QCOMPARE(indicator.sinceText(), QStringLiteral("for 1 h 1 min"));
        shoot(QStringLiteral("generator"), power, now);
    }

    // 09:50: no load since the 09:31 reading: no supply, an outage.
    void outage()
    {
        ingestUpTo(kDec1 + 9 * kH + 50 * kMin);
        const qint64 now = kDec1 + 9 * kH + 50 * kMin + 30;
        const PowerNow power = powerAt(now);
        QCOMPARE(power.status.state, SupplyStatus::State::Outage);
        QCOMPARE(power.status.since, std::optional<qint64>(kDec1 + 9 * kH + 31 * kMin));
        PowerSourceIndicator indicator;
        indicator.setClock(Clock::fixedAt(now));
        indicator.setPower(power, m_meter.currency);
        QCOMPARE(indicator.stateText(), QStringLiteral("No supply: outage"));
        QCOMPARE(indicator.sinceText(), QStringLiteral("for 19 min"));
        shoot(QStringLiteral("outage"), power, now);
    }

    // 10:00 is the last reading; at 10:30 the meter is off, found by the ticking indicator
    // as by a fresh query.
    void meterOff()
    {
        ingestUpTo(kDec1 + 10 * kH + 30 * kMin);
        const qint64 early = kDec1 + 10 * kH + 20;
        PowerSourceIndicator indicator;
        indicator.setClock(Clock::fixedAt(early));
        indicator.setPower(powerAt(early), m_meter.currency);
        QCOMPARE(indicator.status().state, SupplyStatus::State::Outage);
        const qint64 now = kDec1 + 10 * kH + 30 * kMin;
        indicator.setClock(Clock::fixedAt(now));
        indicator.refreshTime();
        QCOMPARE(indicator.stateText(), QStringLiteral("No supply: meter off"));
        QCOMPARE(indicator.sinceText(), QStringLiteral("for 30 min"));
        const PowerNow power = powerAt(now);
        QCOMPARE(power.status.state, SupplyStatus::State::MeterOff);
        QCOMPARE(power.status.since, std::optional<qint64>(kDec1 + 10 * kH));
        // A meter that cannot be reached is not known to be off.
        MeterHealth failing;
        failing.state = MeterHealth::State::Failing;
        QCOMPARE(powerAt(now, failing).status.state, SupplyStatus::State::Unknown);
        shoot(QStringLiteral("meter-off"), power, now);
    }

    // 14:00: the grid since the readings came back at 10:46, and the week's timeline.
    void gridAndTimeline()
    {
        ingestUpTo(kDec1 + 14 * kH);
        const qint64 now = kDec1 + 14 * kH + 20;
        const PowerNow power = powerAt(now);
        QCOMPARE(power.status.state, SupplyStatus::State::Grid);
        QCOMPARE(power.status.since, std::optional<qint64>(kDec1 + 10 * kH + 46 * kMin));
        PowerSourceIndicator indicator;
        indicator.setClock(Clock::fixedAt(now));
        indicator.setPower(power, m_meter.currency);
        QCOMPARE(indicator.stateText(), QStringLiteral("Grid"));
        QCOMPARE(indicator.sinceText(), QStringLiteral("for 3 h 14 min"));
        // 00:00-01:30 of the night's run and 08:00-09:31 (the outage is no generator time);
        // cost: 90/240 of the night run's ₹26.40 and the morning run's ₹9.90.
        QCOMPARE(indicator.todayText(), QStringLiteral("Generator today: 3 h 1 min · ₹19.80"));

        Screen s = screen(power, now, QSize(1280, 720));
        SessionsPanel *panel = s.sessions;
        // The week: two generator starts, 4 h + 1 h 31 min of generator, the sessions' 1.65 kWh
        // at 22 a kWh, the night run the longest.
        QCOMPARE(panel->totalsText(), QStringLiteral("%1 | %2 | %3 | 2 | 4 h 0 min")
                                          .arg(QStringLiteral("5 h 31 min"), Formatters::energy(1650),
                                               Formatters::money(36'300, QStringLiteral("INR"))));
        // A month's generator hours read as hours under "Hours:", not as "1 d 9 h".
        QCOMPARE(Formatters::hours(33 * 3600 + 20 * 60), QStringLiteral("33 h 20 min"));
        QCOMPARE(Formatters::hours(12 * 60), QStringLiteral("12 min"));
        const QList<SupplyDay> &days = panel->range().days;
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.last().date, QDate(2026, 12, 1));
        const QList<SupplySegment> today = days.last().segments;
        const QList<SupplySegment> expected{
            {kDec1, kDec1 + kH + 30 * kMin, SupplyKind::Generator},
            {kDec1 + kH + 30 * kMin, kDec1 + 8 * kH, SupplyKind::Grid},
            {kDec1 + 8 * kH, kDec1 + 9 * kH + 31 * kMin, SupplyKind::Generator},
            {kDec1 + 9 * kH + 31 * kMin, kDec1 + 10 * kH, SupplyKind::Outage},
            {kDec1 + 10 * kH, kDec1 + 10 * kH + 46 * kMin, SupplyKind::NoReadings},
            {kDec1 + 10 * kH + 46 * kMin, now, SupplyKind::Grid},
        };
        QCOMPARE(today, expected);
        QCOMPARE(days[days.size() - 2].segments.last(),
                 (SupplySegment{kDec1 - 2 * kH - 30 * kMin, kDec1, SupplyKind::Generator}));
        // Hovering today's strip at 09:45 names the outage with its local times.
        SessionTimeline *timeline = panel->timeline();
        QVERIFY(QTest::qWaitForWindowExposed(s.host.get()));
        std::optional<SupplySegment> hovered;
        for (int y = 0; y < timeline->height() && !hovered; y += 2) {
            for (int x = 0; x < timeline->width(); x += 2) {
                const std::optional<SupplySegment> s9 = timeline->segmentAt(QPoint(x, y));
                if (s9 && s9->kind == SupplyKind::Outage) {
                    hovered = s9;
                    break;
                }
            }
        }
        QVERIFY(hovered);
        QCOMPARE(timeline->describe(*hovered), QStringLiteral("No supply (outage): 09:31 – 10:00"));
        shoot(QStringLiteral("grid"), power, now);
    }
};

QTEST_MAIN(TestPowerSource)
#include "tst_powersource.moc"
