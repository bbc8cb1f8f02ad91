// The balance chart through its real panel: a week of readings with a recharge (typed in,
// with its token) and four hours without readings, a low-balance level and the forecast.
// Checks what the chart holds and what it painted: the jump, the marker with its amount, the
// threshold line, the forecast band and run-out mark, a gap left open; then screenshots in
// light and dark, at two sizes, in English and Bengali, each checked by LayoutAudit.
#include "BalanceChartPanel.h"
#include "BalanceChartView.h"
#include "ChartFixtures.h"
#include "Formatters.h"
#include "LayoutAudit.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "ThemeManager.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "charts/ChartText.h"

#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kStart = 1'764'547'200; // 2025-12-01T00:00:00Z
constexpr qint64 kRise = kStart + 4 * kDay + 12 * kHour;
constexpr qint64 kGapFrom = kStart + 5 * kDay + 6 * kHour; // no readings 06:00 to 14:00 UTC
constexpr qint64 kGapTo = kStart + 5 * kDay + 14 * kHour;
constexpr qint64 kNow = kStart + 6 * kDay + 2 * kHour;
constexpr qint64 kLow = 1'000'000; // 1000.000

const QColor kRechargeColour(0x2e, 0x9d, 0x4a);
const QColor kThresholdColour(0xd3, 0x2f, 0x2f);

// Half-hourly readings spending 2.500 each (120 a day), 500.000 recharged at kRise.
QList<Reading> week()
{
    QList<Reading> list;
    qint64 balance = 2'000'000;
    for (qint64 t = kStart; t <= kStart + 6 * kDay; t += 1800) {
        if (t > kStart)
            balance -= 2'500;
        if (t == kRise)
            balance += 500'000;
        if (t >= kGapFrom && t < kGapTo)
            continue;
        Reading r;
        r.time = t;
        r.fetchedAt = t;
        r.balanceMilli = balance;
        r.gridWh = 1'000'000 + (t - kStart) / 1800 * 300;
        r.generatorWh = 0;
        r.source = PowerSource::Grid;
        list.append(r);
    }
    return list;
}

// Pixels near `colour` in the columns [x0, x1] of `image`, over its whole height.
int columnsNear(const QImage &image, int x0, int x1, const QColor &colour, int tolerance)
{
    int n = 0;
    for (int x = std::max(0, x0); x <= std::min(image.width() - 1, x1); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestBalanceChart : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;
    std::unique_ptr<BalanceChartPanel> m_panel;

    BalanceChartView *chart() const { return m_panel->chart(); }

    [[nodiscard]] bool refreshed(const std::function<void()> &action)
    {
        QSignalSpy spy(m_panel.get(), &BalanceChartPanel::refreshed);
        action();
        while (true) {
            if (spy.isEmpty() && !spy.wait(10'000))
                return false;
            if (!m_panel->isBusy())
                break;
            spy.clear();
        }
        QTest::qWait(50);
        return true;
    }

    QImage grabChart() const { return chart()->chartView()->grab().toImage(); }
    double scale() const { return chart()->chartView()->devicePixelRatioF(); }

private slots:
    void initTestCase()
    {
        m_meter = m_t.addMeter(QStringLiteral("home"), QStringLiteral("simulator"), 1800,
                               QStringLiteral("Asia/Kolkata"));
        QVERIFY(ReadingIngestor(m_t.db()).ingest(m_meter, week()).ok());
        QVERIFY(RechargeLedger(m_t.db())
                    .add(m_meter, 500'000, kRise, QStringLiteral("1234-5678-9012-3456-7890"))
                    .ok());
        m_meter.lowBalanceMilli = kLow;
        m_panel = std::make_unique<BalanceChartPanel>(m_t.db());
        m_panel->resize(1600, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(refreshed([&] {
            m_panel->setClock([] { return kNow; });
            m_panel->setMeter(m_meter);
            m_panel->setIntervalHours(168);
            m_panel->setGroupMinutes(60);
        }));
    }

    void cleanupTestCase() { m_panel.reset(); }

    void theRechargeIsAJumpWithItsAmount()
    {
        const BalanceSeries &series = chart()->content().series;
        QCOMPARE(series.recharges.size(), 1); // the typed one, tied to its rise: once
        QCOMPARE(series.recharges[0].origin, QStringLiteral("manual"));

        // Two points at one time, 490 or more apart: the jump, not a slope.
        const QList<QPointF> line = chart()->drawnPoints(BalanceChartView::Layer::Balance);
        std::optional<std::pair<QPointF, QPointF>> jump;
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line[i].x() == line[i - 1].x() && line[i].y() - line[i - 1].y() >= 490 &&
                qAbs(line[i].x() - double(kRise)) <= kHour)
                jump = std::make_pair(line[i - 1], line[i]);
        }
        QVERIFY2(jump, "no vertical rise at the recharge");
        const QImage image = grabChart();
        const QPoint below = chart()->viewportPosition(qint64(jump->first.x()), jump->first.y());
        const QPoint above = chart()->viewportPosition(qint64(jump->second.x()), jump->second.y());
        // The jump painted: the balance's colour down the recharge's column over most of it.
        int painted = 0;
        const int s = qRound(scale());
        for (int y = above.y() * s; y <= below.y() * s; ++y) {
            for (int dx = -2 * s; dx <= 2 * s; ++dx) {
                const QColor c = image.pixelColor(below.x() * s + dx, y);
                if (qAbs(c.red() - 0x2e) + qAbs(c.green() - 0x7d) + qAbs(c.blue() - 0xd2) < 90) {
                    ++painted;
                    break;
                }
            }
        }
        QVERIFY2(painted >= (below.y() - above.y()) * s * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2 rows").arg(painted).arg((below.y() - above.y()) * s)));

        // The marker, at the balance after it, with the amount written next to it.
        const QList<QPointF> markers = chart()->drawnPoints(BalanceChartView::Layer::Recharges);
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers[0].x(), double(kRise));
        const QPoint marker = chart()->viewportPosition(kRise, markers[0].y());
        QVERIFY2(columnsNear(image.copy(QRect((marker - QPoint(10, 10)) * s, QSize(20, 20) * s)), 0, 20 * s,
                             kRechargeColour, 60) > 10,
                 "no marker painted");
        QCOMPARE(chart()->rechargeLabels(),
                 QStringList{QStringLiteral("+") + Formatters::money(500'000, m_meter.currency)});

        // Hover: the time in the meter's zone without seconds, the amount, the origin, the token.
        const QString tip = chart()->rechargeTooltip(0);
        QVERIFY2(tip.contains(QStringLiteral("17:30")) && !tip.contains(QStringLiteral("17:30:00")),
                 qPrintable(tip)); // 12:00 UTC is 17:30 in Kolkata
        QVERIFY2(tip.contains(Formatters::money(500'000, m_meter.currency)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("typed in")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("12345678901234567890")), qPrintable(tip));
    }

    void theLowBalanceLevelIsALine()
    {
        const QList<QPointF> line = chart()->drawnPoints(BalanceChartView::Layer::Threshold);
        QCOMPARE(line.size(), 2);
        QCOMPARE(line[0].y(), 1000.0);
        QCOMPARE(line[1].y(), 1000.0);
        QVERIFY(line[0].x() <= double(kNow - 168 * kHour) && line[1].x() >= double(kNow));
        const QImage image = grabChart();
        const int s = qRound(scale());
        const int y = chart()->viewportPosition(kNow, 1000.0).y() * s;
        const int n =
            ChartFixtures::countNear(image.copy(0, y - s, image.width(), 3 * s), kThresholdColour, 60);
        QVERIFY2(n > 150, qPrintable(QString::number(n)));
    }

    void theForecastRunsToZeroWithItsBand()
    {
        const std::optional<int> days = chart()->daysLeft();
        QVERIFY(days);
        QVERIFY2(*days >= 12 && *days <= 18, qPrintable(QString::number(*days))); // ~1765 at 120 a day
        const QList<QPointF> forecast = chart()->drawnPoints(BalanceChartView::Layer::Forecast);
        QCOMPARE(forecast.size(), 2);
        QCOMPARE(forecast[0].x(), double(kStart + 6 * kDay)); // from the latest balance
        QCOMPARE(forecast[1].y(), 0.0);
        const QList<QPointF> runOut = chart()->drawnPoints(BalanceChartView::Layer::RunOut);
        QCOMPARE(runOut, QList<QPointF>{forecast[1]});
        QVERIFY2(chart()->runOutText().contains(QString::number(*days)), qPrintable(chart()->runOutText()));
        QVERIFY(chart()->axisTo() > qint64(forecast[1].x())); // the axis reaches the run-out date

        // The band: a triangle from the latest balance to the earliest and latest dates.
        const QList<QPointF> band = chart()->drawnPoints(BalanceChartView::Layer::ForecastRange);
        QCOMPARE(band.size(), 5);
        QVERIFY(band[1].x() >= forecast[1].x());                     // latest
        QVERIFY(band[3].x() <= forecast[1].x() && band[3].y() == 0); // earliest
        // Painted: inside it, low under the forecast line, the background is tinted purple.
        const QImage image = grabChart();
        const int s = qRound(scale());
        const double x = (band[3].x() + forecast[1].x()) / 2.0;
        const double lineY = forecast[0].y() * (forecast[1].x() - x) / (forecast[1].x() - forecast[0].x());
        const QPoint inside = chart()->viewportPosition(qint64(x), lineY * 0.4);
        const QColor tint = image.pixelColor(inside * s);
        const QColor plain = image.pixelColor(chart()->viewportPosition(kNow - 100 * kHour, 200.0) * s);
        QVERIFY2(tint != plain && tint.blue() > tint.green() + 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(tint.name(), plain.name())));
    }

    // Kolkata's hours start at UTC half hours: the readings stop after 05:30 UTC and start
    // again at 14:00, so the buckets 06:30 to 13:30 have none.
    void aGapStaysAGap()
    {
        QVERIFY(chart()->lastSegmentCount() >= 2);
        for (const QPointF &p : chart()->drawnPoints(BalanceChartView::Layer::Balance))
            QVERIFY2(!(p.x() > double(kGapFrom + 1800) && p.x() < double(kGapTo - 1800)),
                     qPrintable(QString::number(qint64(p.x()) - kGapFrom)));
        const QImage image = grabChart();
        const int s = qRound(scale());
        const int x0 = chart()->viewportPosition(kGapFrom + 2 * kHour, 0).x() * s;
        const int x1 = chart()->viewportPosition(kGapTo - 2 * kHour, 0).x() * s;
        QVERIFY2(x1 - x0 >= 6, qPrintable(QString::number(x1 - x0)));
        // Neither the line nor the band in the gap's columns of the plot; both right before it.
        const QImage plot = image.copy(0, 0, image.width(), chart()->viewportPosition(kNow, 0).y() * s);
        const int inGap = columnsNear(plot, x0, x1, ChartFixtures::kGrid, 60);
        QVERIFY2(inGap == 0, qPrintable(QString::number(inGap)));
        const int before = chart()->viewportPosition(kGapFrom - 6 * kHour, 0).x() * s;
        QVERIFY(columnsNear(plot, before, before + (x1 - x0), ChartFixtures::kGrid, 60) > 0);
    }

    // Slider steps reuse the worker's one connection and the forecast of this minute; another
    // minute of the clock computes it again.
    void slidingReusesTheConnectionAndTheForecast()
    {
        const int forecasts = m_panel->forecastRuns();
        for (const int hours : {167, 100, 168}) {
            QVERIFY(refreshed([&] { m_panel->intervalSlider()->setValue(hours); }));
            QVERIFY(chart()->daysLeft().has_value());
        }
        QCOMPARE(m_panel->workerConnections(), 1);
        QCOMPARE(m_panel->forecastRuns(), forecasts);
        QVERIFY(refreshed([&] { m_panel->setClock([] { return kNow + 60; }); }));
        QCOMPARE(m_panel->forecastRuns(), forecasts + 1);
        QVERIFY(refreshed([&] { m_panel->setClock([] { return kNow; }); }));
        QCOMPARE(m_panel->forecastRuns(), forecasts + 2);
        // New readings or a recharge within the same minute: the run-out moves at once.
        QVERIFY(refreshed([&] { m_panel->scheduleRefresh(); }));
        QCOMPARE(m_panel->forecastRuns(), forecasts + 3);
        QCOMPARE(m_panel->workerConnections(), 1);
    }

    // Changes made together (a slider dragged over several values, the grouping with it) are
    // one query, not one each.
    void aBurstOfChangesIsOneQuery()
    {
        const int before = m_panel->queryRuns();
        QVERIFY(refreshed([&] {
            for (const int hours : {160, 150, 140, 168})
                m_panel->intervalSlider()->setValue(hours);
            m_panel->setGroupMinutes(30);
            m_panel->setGroupMinutes(60);
        }));
        QCOMPARE(m_panel->queryRuns(), before + 1);
        QCOMPARE(m_panel->intervalHours(), 168);
    }

    // A slider step that keeps the value axis's scale leaves the axis alone: setting its label
    // format again makes Qt Charts lay the whole chart out again (both axes' labels) in the frame.
    void aStepKeepingTheScaleLeavesTheValueAxisAlone()
    {
        QCOMPARE(m_panel->intervalHours(), 168);
        auto *axis = qobject_cast<QValueAxis *>(chart()->chartView()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        const std::pair<double, double> range{axis->min(), axis->max()};
        const QString format = axis->labelFormat();
        QSignalSpy formats(axis, &QValueAxis::labelFormatChanged);
        QSignalSpy ticks(axis, &QValueAxis::tickCountChanged);
        QVERIFY(refreshed([&] { m_panel->intervalSlider()->setValue(167); }));
        QCOMPARE((std::pair<double, double>{axis->min(), axis->max()}), range); // the same scale
        QCOMPARE(axis->labelFormat(), format);
        QCOMPARE(formats.count(), 0);
        QCOMPARE(ticks.count(), 0);
        QVERIFY(refreshed([&] { m_panel->intervalSlider()->setValue(168); }));
    }

    // 720 h in minutes is more buckets than the plot has columns: drawn coarser (a multiple of
    // a minute that fits), the summary says so, the box keeps the choice, and the recharge is
    // still a jump.
    void aGroupingFinerThanThePixelsIsDrawnCoarserAndSaysSo()
    {
        QVERIFY(refreshed([&] {
            m_panel->setIntervalHours(720);
            m_panel->setGroupMinutes(1);
        }));
        const int columns = chart()->plotColumns();
        const int drawn = BalanceSeriesQuery::drawnGroupMinutes(720, 1, columns);
        QVERIFY(drawn > 1);
        QCOMPARE(chart()->content().series.groupMinutes, drawn);
        QVERIFY(chart()->content().series.buckets.size() <= columns);
        QCOMPARE(m_panel->groupMinutes(), 1);
        QVERIFY2(m_panel->summary()->text().contains(
                     QStringLiteral("Drawn in %1 buckets: 1 min ones").arg(ChartText::minutes(drawn))),
                 qPrintable(m_panel->summary()->text()));
        double low = 1e9;
        double high = -1e9;
        for (const QPointF &p : chart()->drawnPoints(BalanceChartView::Layer::Balance)) {
            if (std::abs(p.x() - double(kRise)) <= drawn * 60) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
        QVERIFY2(high - low >= 490, qPrintable(QStringLiteral("%1 .. %2").arg(low).arg(high)));
        const QImage shot = m_panel->grab().toImage();
        QVERIFY(shot.save(TestArtifacts::path(QStringLiteral("balance-chart-drawn-coarser.png"))));
        const QString layout = LayoutAudit::describe(m_panel.get(), QStringLiteral("drawn coarser"));
        QVERIFY2(layout.isEmpty(), qPrintable(layout));

        QVERIFY(refreshed([&] {
            m_panel->setIntervalHours(168);
            m_panel->setGroupMinutes(60);
        }));
        QCOMPARE(chart()->content().series.groupMinutes, 60);
        QVERIFY(!m_panel->summary()->text().contains(QStringLiteral("Drawn in")));
    }

    // The interval and group row is the usage chart's: durations read as days, Page Up goes
    // to the next round duration, a group never longer than the interval.
    void theWindowRowReadsAndStepsAsTheUsageCharts()
    {
        auto *interval = m_panel->findChild<QSpinBox *>(QStringLiteral("balanceIntervalBox"));
        auto *group = m_panel->findChild<QSpinBox *>(QStringLiteral("balanceGroupBox"));
        QSlider *slider = m_panel->intervalSlider();
        QVERIFY(interval && group && slider);
        QVERIFY(refreshed([&] {
            m_panel->setIntervalHours(720);
            m_panel->setGroupMinutes(1440);
        }));
        QCOMPARE(interval->text(), QStringLiteral("30 days"));
        QCOMPARE(group->text(), QStringLiteral("1 day"));
        QCOMPARE(slider->toolTip(), QStringLiteral("30 days"));
        // Page Down from 30 days: 14 days, then 7, 3 (not 710, 700 h).
        QList<int> steps;
        for (int i = 0; i < 3; ++i) {
            slider->triggerAction(QAbstractSlider::SliderPageStepSub);
            steps << slider->value();
        }
        QCOMPARE(steps, (QList<int>{336, 168, 72}));
        // One hour clamps a day's group to an hour: one bar is never wider than the window.
        QVERIFY(refreshed([&] { m_panel->setIntervalHours(1); }));
        QCOMPARE(m_panel->groupMinutes(), 60);
        QCOMPARE(group->text(), QStringLiteral("1 h"));
        QCOMPARE(chart()->content().series.groupMinutes, 60);
        QVERIFY(refreshed([&] {
            m_panel->setIntervalHours(720);
            m_panel->setGroupMinutes(60);
        }));
    }

    void screenshots()
    {
        const QString suffix = qEnvironmentVariable("KILOWATCH_SHOT_SUFFIX");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("bn")}) {
            // English too has a catalogue: its plural forms ("12 days left", not "day(s)").
            QTranslator catalogue;
            QVERIFY(catalogue.load(QStringLiteral(":/i18n/kilowatch_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&catalogue);
            if (language == QLatin1String("bn"))
                QLocale::setDefault(QLocale(QStringLiteral("bn_BD")));
            // A new panel picks the language up in its texts.
            m_panel = std::make_unique<BalanceChartPanel>(m_t.db());
            m_panel->show();
            for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
                ThemeManager::apply(theme);
                for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                    m_panel->resize(size);
                    QVERIFY(refreshed([&] {
                        m_panel->setClock([] { return kNow; });
                        m_panel->setMeter(m_meter);
                        m_panel->setIntervalHours(168);
                        m_panel->setGroupMinutes(60);
                        m_panel->scheduleRefresh();
                    }));
                    QTest::qWait(100);
                    const QString name =
                        QStringLiteral("balance-chart-%1-%2-%3x%4%5.png")
                            .arg(language, theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                             : QStringLiteral("light"))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(suffix);
                    const QImage shot = m_panel->grab().toImage();
                    QVERIFY(shot.save(TestArtifacts::path(name)));
                    const QString layout = LayoutAudit::describe(m_panel.get(), name);
                    QVERIFY2(layout.isEmpty(), qPrintable(layout));
                    QVERIFY2(!chart()->rechargeLabels().isEmpty(), qPrintable(name));
                    QVERIFY2(!chart()->runOutText().isEmpty(), qPrintable(name));
                    QVERIFY2(!chart()->runOutText().contains(QLatin1String("(s)")),
                             qPrintable(chart()->runOutText()));
                    QVERIFY2(ChartFixtures::countNear(shot, kRechargeColour, 60) > 10, qPrintable(name));
                }
            }
            m_panel.reset();
            ThemeManager::apply(AppSettings::Theme::Light);
            QCoreApplication::removeTranslator(&catalogue);
            if (language == QLatin1String("bn"))
                QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
};

QTEST_MAIN(TestBalanceChart)
#include "tst_balancechart.moc"
