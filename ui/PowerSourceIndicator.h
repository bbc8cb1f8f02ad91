#pragma once

#include "analytics/SupplyStatus.h"
#include "model/Clock.h"

#include <QWidget>

class QLabel;
class QTimer;

// Where the power comes from now: an icon and a word in the state's colour (grid, generator,
// no supply: outage or meter off), the time since the switch ticking, and today's generator
// hours and cost beside it. The figures come from SupplyStatusQuery; this only shows them.
class PowerSourceIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit PowerSourceIndicator(QWidget *parent = nullptr);

    void setPower(const PowerNow &power, const QString &currency);
    // "Now" for the time since the switch (the wall clock unless a test pins it).
    void setClock(const Clock &clock);
    const PowerNow &power() const { return m_power; }
    // The status as shown now (it turns to "meter off" when readings stop; see SupplyStatus::at).
    SupplyStatus status() const;

    // The texts as shown (for tests and accessibility).
    QString stateText() const;
    QString sinceText() const;
    QString todayText() const;
    // The whole sentence: "Grid for 2 h 14 min. Generator today: 1 h 5 min, ₹120.00."
    QString sentence() const;
    // Updates the ticking text (the timer calls it every second).
    void refreshTime();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    PowerNow m_power;
    SupplyStatus::State m_shown = SupplyStatus::State::Unknown;
    QString m_currency;
    Clock m_clock;
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_since;
    QLabel *m_today;
    QTimer *m_ticker;
};
