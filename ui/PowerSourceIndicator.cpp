#include "PowerSourceIndicator.h"

#include "Formatters.h"
#include "SupplyLook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace {

constexpr int kIconSize = 36;

} // namespace

PowerSourceIndicator::PowerSourceIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_since(new QLabel(this))
    , m_today(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setAccessibleName(tr("Power source"));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_state->setAccessibleName(tr("Power source"));
    m_since->setAccessibleName(tr("Time since the switch"));
    m_today->setAccessibleName(tr("Generator today"));
    m_today->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    auto *line = new QHBoxLayout;
    line->addWidget(m_state);
    line->addWidget(m_since);
    line->addStretch(1);
    layout->addLayout(line, 0, 1);
    layout->addWidget(m_today, 1, 1);
    layout->setColumnStretch(1, 1);
    // "for 2 h 14 min" ticks without new data; seconds show only in the first minute.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &PowerSourceIndicator::refreshTime);
    m_ticker->start();
    setPower({}, QString());
}

void PowerSourceIndicator::setPower(const PowerNow &power, const QString &currency)
{
    m_power = power;
    m_currency = currency;
    m_today->setText(todayText());
    applyLook();
    refreshTime();
}

void PowerSourceIndicator::setClock(const Clock &clock)
{
    m_clock = clock;
    refreshTime();
}

QString PowerSourceIndicator::stateText() const
{
    return SupplyLook::stateName(status().state);
}

QString PowerSourceIndicator::sinceText() const
{
    const SupplyStatus s = status();
    if (!s.since || s.state == SupplyStatus::State::Unknown)
        return QString();
    return tr("for %1").arg(Formatters::duration(m_clock.now() - *s.since));
}

QString PowerSourceIndicator::todayText() const
{
    const SessionTotals &t = m_power.today;
    if (t.generatorSeconds <= 0 && t.generatorCostMilli == 0)
        return tr("No generator today");
    return tr("Generator today: %1 · %2")
        .arg(Formatters::duration(t.generatorSeconds), Formatters::money(t.generatorCostMilli, m_currency));
}

QString PowerSourceIndicator::sentence() const
{
    const QString since = sinceText();
    const QString state = since.isEmpty() ? stateText() : tr("%1 %2").arg(stateText(), since);
    return tr("%1. %2.").arg(state, todayText());
}

SupplyStatus PowerSourceIndicator::status() const
{
    return m_power.status.at(m_clock.now());
}

void PowerSourceIndicator::refreshTime()
{
    // Readings stopped coming: the state itself changes without new data.
    if (status().state != m_shown)
        applyLook();
    const QString since = sinceText();
    m_since->setText(since);
    m_since->setVisible(!since.isEmpty());
    setAccessibleDescription(sentence());
}

void PowerSourceIndicator::applyLook()
{
    const SupplyStatus::State state = status().state;
    m_shown = state;
    m_state->setText(stateText());
    m_icon->setPixmap(SupplyLook::icon(state, kIconSize).pixmap(kIconSize, kIconSize));
    m_icon->setAccessibleName(stateText());
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText, SupplyLook::textColor(state));
    m_state->setPalette(palette);
}

void PowerSourceIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The theme changed: the word's colour follows it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyLook();
}
