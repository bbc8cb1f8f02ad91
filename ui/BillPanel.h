#pragma once

#include "model/Clock.h"
#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class MeterTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The monthly bill from the tariff engine (energy by slab, generator, fixed charges, tax,
// total) for a chosen month, and the "what will this recharge buy" calculator.
class BillPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BillPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    // "Now": the meter's current month until one is chosen, and the quote's moment.
    void setClock(const Clock &clock);
    void setMonth(const QDate &month);
    void refresh();

    // For tests and accessibility.
    MeterTimeEdit *monthEdit() const { return m_month; }
    QTableWidget *lines() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *quoteLabel() const { return m_quote; }
    QLabel *noteLabel() const { return m_note; }
    // "Set the tariff…", shown while the meter has no tariff for what is asked.
    QPushButton *tariffButton() const { return m_setTariff; }
    void updateQuote();

signals:
    // The user asked to set the meter's tariff (Meter > Tariff…).
    void tariffRequested();

private:
    Database &m_db;
    // Until a month is chosen: the meter's current month, on the meter's clock.
    void followThisMonth();

    std::optional<Meter> m_meter;
    Clock m_clock;
    MeterTimeEdit *m_month;
    bool m_monthPicked = false;
    QTableWidget *m_lines;
    QLabel *m_total;
    QLabel *m_note;
    QLineEdit *m_amount;
    QLabel *m_amountLabel; // names the meter's currency
    QLabel *m_quote;
    QPushButton *m_setTariff;
};
