#pragma once

#include "alerts/MeterAttention.h"
#include "polling/MeterHealth.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

// "All meters": one card per meter (balance, forecast, health) for households and
// institutions with many meters. Clicking a card (or Enter on it) opens that meter.
class MeterOverview : public QWidget
{
    Q_OBJECT
public:
    struct Card
    {
        qint64 meterId = 0;
        QString name;
        QString balance;  // formatted
        QString forecast; // a sentence
        MeterHealth health;
        // The balance against its low-balance levels (MeterAttention::balanceLevel).
        std::optional<Alert::Severity> lowBalance;

        MeterAttention::Level attention() const { return MeterAttention::of(lowBalance, health.state); }
    };

    explicit MeterOverview(QWidget *parent = nullptr);

    void setCards(const QList<Card> &cards);
    int cardCount() const { return static_cast<int>(m_cards.size()); }
    // The worst state of all meters (a low balance before a failing connection), and the
    // line above the cards that says it.
    MeterAttention::Level worst() const { return m_worst; }
    QString summaryText() const;

signals:
    void meterActivated(qint64 meterId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QGridLayout *m_grid;
    QLabel *m_summary;
    MeterAttention::Level m_worst = MeterAttention::Level::Ok;
    QList<QWidget *> m_cards;
};
