#include "MeterOverview.h"

#include "HealthBadge.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

MeterOverview::MeterOverview(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("attentionSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_grid);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(scroll);
    setAccessibleName(tr("All meters"));
}

void MeterOverview::setCards(const QList<Card> &cards)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const int columns = 3;
    QList<MeterAttention::Level> levels;
    for (const Card &c : cards)
        levels.append(c.attention());
    m_worst = MeterAttention::worst(levels);
    QStringList names;
    for (const Card &c : cards) {
        if (c.attention() == m_worst)
            names << c.name;
    }
    m_summary->setText(
        m_worst == MeterAttention::Level::Ok
            ? tr("Nothing needs attention.")
            : tr("%1: %2").arg(MeterAttention::words(m_worst), names.join(QStringLiteral(", "))));
    const std::optional<Alert::Severity> worstBalance =
        m_worst == MeterAttention::Level::Critical ? std::optional(Alert::Severity::Critical)
        : m_worst == MeterAttention::Level::Low    ? std::optional(Alert::Severity::Warning)
                                                   : std::nullopt;
    const QColor summaryColour = worstBalance ? HealthBadge::textColor(worstBalance)
                                 : m_worst == MeterAttention::Level::Failing
                                     ? HealthBadge::color(MeterHealth::State::Failing)
                                     : QColor();
    m_summary->setStyleSheet(summaryColour.isValid() ? QStringLiteral("color: %1;").arg(summaryColour.name())
                                                     : QString());
    for (int i = 0; i < cards.size(); ++i) {
        const Card &c = cards[i];
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setFocusPolicy(Qt::StrongFocus);
        card->setCursor(Qt::PointingHandCursor);
        card->setProperty("meterId", c.meterId);
        const QString words = MeterAttention::words(c.attention());
        card->setAccessibleName(tr("%1: balance %2, %3").arg(c.name, c.balance, c.health.sentence()) +
                                (words.isEmpty() ? QString() : QStringLiteral(" ") + words));
        card->installEventFilter(this);
        auto *layout = new QVBoxLayout(card);
        auto *title = new QLabel(c.name, card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *dot = new QLabel(card);
        dot->setPixmap(HealthBadge::icon(c.health.state, c.lowBalance).pixmap(16, 16));
        auto *header = new QHBoxLayout;
        header->addWidget(dot);
        header->addWidget(title, 1);
        layout->addLayout(header);
        auto *balance = new QLabel(c.balance, card);
        QFont big = balance->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        balance->setFont(big);
        // The balance in its level's colour, with the words beside it.
        auto *balanceRow = new QHBoxLayout;
        balanceRow->addWidget(balance);
        if (c.lowBalance) {
            auto *level = new QLabel(MeterAttention::words(c.attention()), card);
            level->setObjectName(QStringLiteral("balanceLevel"));
            QFont strong = level->font();
            strong.setBold(true);
            level->setFont(strong);
            const QString style =
                QStringLiteral("color: %1;").arg(HealthBadge::textColor(c.lowBalance).name());
            balance->setStyleSheet(style);
            level->setStyleSheet(style);
            balanceRow->addWidget(level);
        }
        balanceRow->addStretch(1);
        layout->addLayout(balanceRow);
        auto *forecast = new QLabel(c.forecast, card);
        forecast->setWordWrap(true);
        layout->addWidget(forecast);
        auto *health = new QLabel(c.health.sentence(), card);
        health->setWordWrap(true);
        layout->addWidget(health);
        m_grid->addWidget(card, i / columns, i % columns);
        m_cards.append(card);
    }
}

QString MeterOverview::summaryText() const
{
    return m_summary->text();
}

bool MeterOverview::eventFilter(QObject *watched, QEvent *event)
{
    auto *card = qobject_cast<QWidget *>(watched);
    if (card && m_cards.contains(card)) {
        const bool click = event->type() == QEvent::MouseButtonRelease;
        const bool key =
            event->type() == QEvent::KeyPress && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
                                                  static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter ||
                                                  static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
        if (click || key) {
            emit meterActivated(card->property("meterId").toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
