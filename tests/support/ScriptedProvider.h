#pragma once

#include "providers/MeterProvider.h"

#include <QList>

class QTimer;

// A provider whose answers a test lines up in advance: each fetch takes the next outcome
// (the last one repeats) and answers after its delay. Counts fetches and aborts.
class ScriptedProvider : public MeterProvider
{
    Q_OBJECT
public:
    explicit ScriptedProvider(QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("scripted"); }
    void fetch() override;
    void abort() override;
    bool canBackfill() const override { return m_backfill.has_value(); }
    void backfill(qint64 from, qint64 to) override;

    // Makes this provider offer a history: backfill() answers with `outcome`.
    void setBackfill(const FetchOutcome &outcome) { m_backfill = outcome; }
    int backfillCount() const { return m_backfills; }
    QPair<qint64, qint64> lastBackfillRange() const { return m_backfillRange; }

    void enqueue(const FetchOutcome &outcome, int delayMs = 0);
    // Forgets what was queued: from the next fetch on, always this.
    void setScript(const FetchOutcome &outcome, int delayMs = 0);
    int fetchCount() const { return m_fetches; }
    int abortCount() const { return m_aborts; }
    bool isBusy() const;

private:
    struct Step
    {
        FetchOutcome outcome;
        int delayMs;
    };
    QList<Step> m_steps;
    Step m_current;
    QTimer *m_timer;
    std::optional<FetchOutcome> m_backfill;
    QPair<qint64, qint64> m_backfillRange;
    int m_backfills = 0;
    int m_fetches = 0;
    int m_aborts = 0;
};
