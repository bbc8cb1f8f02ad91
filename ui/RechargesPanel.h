#pragma once

#include "analytics/RechargeLedger.h"
#include "model/Clock.h"
#include "model/Meter.h"
#include "model/RechargeEntry.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class Database;
class MeterTimeEdit;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The full recharge history of a meter (detected, from the provider, typed in; each once),
// with filters by date, amount and origin, and adding, correcting and deleting entries. Every
// change goes through RechargeLedger, which re-derives the data so the ledger stays exact.
class RechargesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RechargesPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    // "Now" for the default range and the Add dialog (the wall clock unless a test pins it).
    void setClock(const Clock &clock);
    void refresh();

    // The user's actions, also callable by tests (no dialog needed).
    bool addRecharge(qint64 amountMilli, qint64 time, const QString &token);
    bool correctSelected(qint64 amountMilli);
    bool deleteSelected();

    QTableWidget *table() const { return m_table; }
    QComboBox *originFilter() const { return m_origin; }
    QLineEdit *minimumAmount() const { return m_minimum; }
    // The date filters: the meter's days, the last year up to today until the user picks.
    MeterTimeEdit *fromEdit() const { return m_from; }
    MeterTimeEdit *toEdit() const { return m_to; }
    // Add...: opens the dialog (window-modal) and returns it; it adds on OK, keeping errors inside.
    QDialog *openAddDialog();
    QDialog *addDialog() const { return m_addDialog; }

signals:
    // Data changed: the chart and status should refresh.
    void changed();
    void message(const QString &text);

private:
    void correctDialog();
    void deleteConfirm();
    qint64 selectedId() const;
    static QString totalsText(const RechargeLedger::Totals &totals, const QString &currency);
    // Until the user picks dates: the meter's last year, today (on the meter's clock) included.
    void followToday();

    Database &m_db;
    std::optional<Meter> m_meter;
    Clock m_clock;
    MeterTimeEdit *m_from;
    MeterTimeEdit *m_to;
    bool m_rangePicked = false;
    QPointer<QDialog> m_addDialog;
    QLineEdit *m_minimum;
    QComboBox *m_origin;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_correct;
    QPushButton *m_delete;
    QList<RechargeEntry> m_shown; // the table's rows, newest first
    QLabel *m_totals;             // how many, how much, how often, as listed
};
