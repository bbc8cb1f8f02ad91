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
{
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
    layout->addWidget(scroll);
    setAccessibleName(tr("All meters"));
}

void MeterOverview::setCards(const QList<Card> &cards)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const int columns = 3;
    for (int i = 0; i < cards.size(); ++i) {
        const Card &c = cards[i];
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setFocusPolicy(Qt::StrongFocus);
        card->setCursor(Qt::PointingHandCursor);
        card->setProperty("meterId", c.meterId);
        card->setAccessibleName(tr("%1: balance %2, %3").arg(c.name, c.balance, c.health.sentence()));
        card->installEventFilter(this);
        auto *layout = new QVBoxLayout(card);
        auto *title = new QLabel(c.name, card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *dot = new QLabel(card);
        dot->setPixmap(HealthBadge::icon(c.health.state).pixmap(16, 16));
        auto *header = new QHBoxLayout;
        header->addWidget(dot);
        header->addWidget(title, 1);
        layout->addLayout(header);
        auto *balance = new QLabel(c.balance, card);
        QFont big = balance->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        balance->setFont(big);
        layout->addWidget(balance);
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
