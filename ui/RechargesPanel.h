#pragma once

#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QComboBox;
class QDateEdit;
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
    void refresh();

    // The user's actions, also callable by tests (no dialog needed).
    bool addRecharge(qint64 amountMilli, qint64 time, const QString &token);
    bool correctSelected(qint64 amountMilli);
    bool deleteSelected();

    QTableWidget *table() const { return m_table; }
    QComboBox *originFilter() const { return m_origin; }
    QLineEdit *minimumAmount() const { return m_minimum; }

signals:
    // Data changed: the chart and status should refresh.
    void changed();
    void message(const QString &text);

private:
    void addDialog();
    void correctDialog();
    void deleteConfirm();
    qint64 selectedId() const;

    Database &m_db;
    std::optional<Meter> m_meter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_minimum;
    QComboBox *m_origin;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_correct;
    QPushButton *m_delete;
};
