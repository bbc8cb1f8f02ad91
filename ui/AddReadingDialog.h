#pragma once

#include "model/Clock.h"
#include "model/Meter.h"
#include "model/Reading.h"

#include <QDialog>

#include <optional>

class BackgroundTask;
class Database;
class MeterTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Add reading…": what a person reads off any meter (balance, and its grid and generator
// counters when the meter has them: ReadingEntry::hasCounters), at a time on the meter's clock
// (now unless changed). Stored by ReadingEntry, the rule `kilowatch-cli reading add` uses; a refused
// reading keeps what was typed, says why and puts the cursor in the field concerned.
class AddReadingDialog : public QDialog
{
    Q_OBJECT
public:
    AddReadingDialog(Database &db, const Meter &meter, const Clock &clock, QWidget *parent = nullptr);

    // The reading as stored, after OK succeeded.
    const std::optional<Reading> &storedReading() const { return m_stored; }

    MeterTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *balanceEdit() const { return m_balance; }
    QLineEdit *gridEdit() const { return m_grid; }
    QLineEdit *generatorEdit() const { return m_generator; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;
    void reject() override;

private:
    void setProblem(const QString &text, QWidget *field);
    void setStoring(bool storing);

    Database &m_db;
    Meter m_meter;
    Clock m_clock;
    MeterTimeEdit *m_time;
    QLineEdit *m_balance;
    QLineEdit *m_grid;
    QLineEdit *m_generator;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    BackgroundTask *m_task = nullptr;
    std::optional<Reading> m_stored;
};
