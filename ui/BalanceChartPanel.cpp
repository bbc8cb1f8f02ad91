#include "BalanceChartPanel.h"

#include "ChartWindowControls.h"
#include "DatabaseWorker.h"
#include "Formatters.h"
#include "Logging.h"
#include "charts/ChartText.h"
#include "model/TimeFormat.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

struct BalanceChartPanel::Answer
{
    std::optional<Result<BalanceSeries>> series;
    std::optional<ForecastResult> forecast;
    bool forecastComputed = false;
    std::pair<qint64, qint64> forecastKey;
    std::optional<Reading> latest;
    Meter meter;
    int chosenGroupMinutes = 0;
    double queryMs = 0;
};

BalanceChartPanel::BalanceChartPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_window(new ChartWindowControls(QStringLiteral("balance"), this))
    , m_summary(new QLabel(this))
    , m_chart(new BalanceChartView(this))
    , m_coalesce(new QTimer(this))
    , m_worker(new DatabaseWorker(db.path(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_window);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    m_summary->setAccessibleName(tr("Balance in this window"));
    m_summary->setWordWrap(true);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &BalanceChartPanel::refreshNow);
    connect(m_window, &ChartWindowControls::windowChanged, this, &BalanceChartPanel::scheduleRedraw);
    setIntervalHours(720);
    setGroupMinutes(60);
}

// The worker (a child) holds only its own connection and the shared answer: deleting it
// waits for a running query.
BalanceChartPanel::~BalanceChartPanel() = default;

int BalanceChartPanel::workerConnections() const
{
    return m_worker->opens();
}

void BalanceChartPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    m_forecastKey.reset(); // another meter, or its settings changed
    scheduleRefresh();
}

void BalanceChartPanel::setIntervalHours(int hours)
{
    m_window->setIntervalHours(hours);
}

void BalanceChartPanel::setGroupMinutes(int minutes)
{
    m_window->setGroupMinutes(minutes);
}

int BalanceChartPanel::intervalHours() const
{
    return m_window->intervalHours();
}

int BalanceChartPanel::groupMinutes() const
{
    return m_window->groupMinutes();
}

void BalanceChartPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    scheduleRefresh();
}

void BalanceChartPanel::scheduleRefresh()
{
    m_forecastKey.reset(); // the data may have changed: a recharge moves the run-out at once
    scheduleRedraw();
}

void BalanceChartPanel::scheduleRedraw()
{
    m_coalesce->start();
}

bool BalanceChartPanel::isBusy() const
{
    return m_running || m_coalesce->isActive();
}

void BalanceChartPanel::refreshNow()
{
    if (m_running) {
        m_again = true; // one more when this one is done, with the controls as they are then
        return;
    }
    if (!m_meter) {
        m_chart->setContent({});
        m_summary->clear();
        emit refreshed();
        return;
    }
    const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
    auto answer = std::make_shared<Answer>();
    answer->meter = *m_meter;
    answer->chosenGroupMinutes = groupMinutes();
    answer->forecastKey = {m_meter->id, now / 60};
    const bool forecastDue = m_forecastKey != answer->forecastKey;
    if (!forecastDue)
        answer->forecast = m_forecast;
    // No more buckets than the plot has pixel columns (the CLI prints every one).
    const int drawn =
        BalanceSeriesQuery::drawnGroupMinutes(intervalHours(), groupMinutes(), m_chart->plotColumns());
    m_running = true;
    m_worker->run(
        [meter = *m_meter, now, hours = intervalHours(), drawn, forecastDue, answer](Database *db,
                                                                                     const QString &error) {
            QElapsedTimer timer;
            timer.start();
            if (!db) {
                answer->series = Result<BalanceSeries>::failure(error);
                return;
            }
            answer->series = BalanceSeriesQuery(*db).run(meter, now, hours, drawn);
            answer->latest = ReadingRepository(*db).latest(meter.id);
            if (forecastDue) {
                answer->forecastComputed = true;
                const Result<ForecastResult> forecast = BalanceForecast(*db).run(meter, now);
                if (forecast)
                    answer->forecast = forecast.value();
            }
            answer->queryMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        },
        [this, answer] {
            m_running = false;
            ++m_queryRuns;
            m_lastQueryMs = answer->queryMs;
            qCDebug(lcUi) << "balance query" << answer->queryMs << "ms";
            if (answer->forecastComputed) {
                ++m_forecastRuns;
                m_forecastKey = answer->forecastKey;
                m_forecast = answer->forecast;
            }
            m_answer = answer;
            apply();
            if (m_again) {
                m_again = false;
                refreshNow();
            }
        });
}

void BalanceChartPanel::apply()
{
    const Answer &a = *m_answer;
    if (!m_meter || a.meter.id != m_meter->id) {
        emit refreshed();
        return;
    }
    if (!a.series || !*a.series) {
        const QString error = a.series ? a.series->error() : QString();
        qCWarning(lcUi) << "balance query failed:" << error;
        m_summary->setText(error);
        emit refreshed();
        return;
    }
    const Meter &meter = *m_meter;
    BalanceChartView::Content content;
    content.series = a.series->value();
    content.currency = meter.currency;
    content.timezone = meter.timezone.toUtf8();
    content.lowBalanceMilli = meter.lowBalanceMilli;
    content.forecast = a.forecast;
    if (a.latest && a.latest->balanceMilli) {
        content.latestTime = a.latest->time;
        content.latestBalanceMilli = a.latest->balanceMilli;
    }
    m_chart->setContent(content);

    const QLocale locale;
    qint64 recharged = 0;
    for (const RechargeEntry &e : content.series.recharges)
        recharged += e.amountMilli;
    QString text = tr("In this window: %n recharge(s), %1 in all.", nullptr,
                      static_cast<int>(content.series.recharges.size()))
                       .arg(Formatters::money(recharged, meter.currency, locale));
    if (const std::optional<int> days = m_chart->daysLeft())
        text += QLatin1Char(' ') +
                tr("At the usual spend the balance runs out on %1: %n day(s) left.", nullptr, *days)
                    .arg(TimeFormat::shortDate(*a.forecast->runsOutOn, locale));
    if (content.series.groupMinutes != a.chosenGroupMinutes)
        text += QLatin1Char(' ') + tr("Drawn in %1 buckets: %2 ones are finer than the chart's pixels.")
                                       .arg(ChartText::minutes(content.series.groupMinutes),
                                            ChartText::minutes(a.chosenGroupMinutes));
    m_summary->setText(text);
    emit refreshed();
}

QSlider *BalanceChartPanel::intervalSlider() const
{
    return m_window->intervalSlider();
}
