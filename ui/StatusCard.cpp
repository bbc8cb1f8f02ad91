#include "StatusCard.h"

#include "Formatters.h"
#include "HealthBadge.h"
#include "PowerSourceIndicator.h"
#include "alerts/MeterAttention.h"
#include "model/TimeFormat.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

StatusCard::StatusCard(QWidget *parent)
    : QFrame(parent)
    , m_balance(new QLabel(this))
    , m_balanceLevel(new QLabel(this))
    , m_daysLeft(new QLabel(this))
    , m_today(new QLabel(this))
    , m_source(new PowerSourceIndicator(this))
    , m_load(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Meter status"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setAccessibleName(tr("Balance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_daysLeft->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_daysLeft->setFont(large);
    m_daysLeft->setObjectName(QStringLiteral("daysLeft"));
    m_daysLeft->setAccessibleName(tr("Days left"));
    QFont bold = m_balanceLevel->font();
    bold.setBold(true);
    m_balanceLevel->setFont(bold);
    m_balanceLevel->setObjectName(QStringLiteral("balanceLevel"));
    m_balanceLevel->setAccessibleName(tr("Balance level"));
    m_freshness->setAccessibleName(tr("Data freshness"));
    m_freshness->setWordWrap(true);

    auto *caption = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    }(tr("Balance"));
    auto *layout = new QGridLayout(this);
    layout->addWidget(caption, 0, 0);
    // The balance, "N days left" beside it, and the words of its level.
    auto *balanceRow = new QHBoxLayout;
    balanceRow->addWidget(m_balance);
    balanceRow->addSpacing(m_balance->fontMetrics().averageCharWidth());
    balanceRow->addWidget(m_daysLeft, 0, Qt::AlignBaseline);
    balanceRow->addWidget(m_balanceLevel, 0, Qt::AlignBaseline);
    balanceRow->addStretch(1);
    layout->addLayout(balanceRow, 1, 0, 2, 1);
    layout->addWidget(m_today, 0, 1);
    layout->addWidget(m_source, 1, 1);
    layout->addWidget(m_load, 2, 1);
    layout->addWidget(m_forecast, 3, 0);
    layout->addWidget(m_freshness, 4, 0, 1, 2);
    m_forecast->setAccessibleName(tr("Forecast"));
    m_forecast->setWordWrap(true);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    // The "12 s ago" text ticks without new data (the indicator ticks its own).
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &StatusCard::refreshTimes);
    m_ticker->start();
    setSnapshot({});
}

void StatusCard::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const std::optional<Reading> &r = snapshot.latest;
    m_balance->setText(balanceText());
    m_daysLeft->setText(daysLeftText());
    m_daysLeft->setVisible(!m_daysLeft->text().isEmpty());
    m_balanceLevel->setText(balanceLevelText());
    m_balanceLevel->setVisible(!m_balanceLevel->text().isEmpty());
    const QColor colour = balanceColor();
    const QString style = colour.isValid() ? QStringLiteral("color: %1;").arg(colour.name()) : QString();
    m_balance->setStyleSheet(style);
    m_balanceLevel->setStyleSheet(style);
    m_today->setText(tr("Today: %1 · %2")
                         .arg(Formatters::money(snapshot.todayCostMilli, snapshot.currency),
                              Formatters::energy(snapshot.todayWh)));
    m_load->setText(r && r->loadW ? tr("Load: %1").arg(Formatters::power(*r->loadW)) : tr("Load: unknown"));
    m_forecast->setText(forecastText());
    m_source->setPower(snapshot.power, snapshot.currency);
    refreshTimes();
}

void StatusCard::setClock(const Clock &clock)
{
    m_clock = clock;
    m_source->setClock(clock);
}

QString StatusCard::balanceText() const
{
    const std::optional<Reading> &r = m_snapshot.latest;
    if (!r || !r->balanceMilli)
        return tr("No reading yet");
    return Formatters::money(*r->balanceMilli, m_snapshot.currency);
}

QString StatusCard::balanceLevelText() const
{
    if (!m_snapshot.lowBalance)
        return QString();
    return MeterAttention::words(MeterAttention::of(m_snapshot.lowBalance, MeterHealth::State::Ok));
}

QColor StatusCard::balanceColor() const
{
    return HealthBadge::textColor(m_snapshot.lowBalance);
}

QString StatusCard::daysLeftText() const
{
    const std::optional<ForecastResult> &f = m_snapshot.forecast;
    if (!f || !f->wholeDaysLeft() || !m_snapshot.latest || !m_snapshot.latest->balanceMilli)
        return QString();
    const int days = *f->wholeDaysLeft();
    return days == 0 ? tr("less than a day left") : tr("%n day(s) left", nullptr, days);
}

QString StatusCard::sourceText() const
{
    return m_source->sentence();
}

QString StatusCard::freshnessText() const
{
    const std::optional<Reading> &r = m_snapshot.latest;
    QString health = m_snapshot.health.sentence();
    if (!r)
        return health;
    const qint64 age = m_clock.now() - r->time;
    return tr("Last reading %1 · %2").arg(Formatters::age(age), health);
}

void StatusCard::refreshTimes()
{
    m_freshness->setText(freshnessText());
    const MeterHealth::State state = m_snapshot.health.state;
    m_freshness->setStyleSheet(state == MeterHealth::State::Failing ? QStringLiteral("color: #b00020;")
                               : state == MeterHealth::State::Stale ? QStringLiteral("color: #8a6d00;")
                                                                    : QString());
}

QString StatusCard::forecastText() const
{
    return forecastSentence(m_snapshot.forecast);
}

QString StatusCard::forecastSentence(const std::optional<ForecastResult> &forecast)
{
    if (!forecast)
        return QString();
    if (forecast->confidence == ForecastResult::Confidence::None) {
        const int missing = BalanceForecast::kMinimumDays - forecast->daysUsed;
        return tr("Forecast after %n more day(s) of data.", nullptr, qMax(1, missing));
    }
    if (!forecast->runsOutOn)
        return tr("Nothing is being spent: no date to forecast.");
    const QLocale locale;
    // A date never breaks across lines ("26" at the end of one, "Dec 2026" alone on the next):
    // the line wraps between its phrases.
    const auto date = [&locale](const QDate &d) {
        return TimeFormat::shortDate(d, locale).replace(QLatin1Char(' '), QChar(0x00A0));
    };
    const int days = forecast->wholeDaysLeft().value_or(0);
    QString text = tr("Runs out on %1 (in %n day(s))", nullptr, days).arg(date(*forecast->runsOutOn));
    if (forecast->earliestDate && forecast->latestDate && *forecast->earliestDate != *forecast->latestDate)
        text += QLatin1Char(' ') +
                tr("· between %1 and %2").arg(date(*forecast->earliestDate), date(*forecast->latestDate));
    if (forecast->confidence == ForecastResult::Confidence::Low)
        text += QLatin1Char(' ') + tr("(rough)");
    return text;
}
