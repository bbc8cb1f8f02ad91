#pragma once

#include "Alert.h"
#include "AlertConfig.h"
#include "model/Meter.h"
#include "model/Result.h"
#include "providers/FetchOutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

class Database;

// What the caller knows about the moment of an evaluation.
struct AlertContext
{
    qint64 now = 0; // UTC seconds
    // When this process began polling the meter: "no fresh reading" counts from here at the
    // earliest, since the app not running is not the provider's fault.
    qint64 watchingSince = 0;
    bool polled = false;                           // fetched on a timer right now (not manual, not paused)
    std::optional<FetchOutcome::Kind> lastOutcome; // the fetch that led here, if any
    QString lastError;                             // its sentence, when it failed
};

// A meter's standing alerts, for the tray icon: the most severe low-balance level that has
// fired and not re-armed, and whether the provider is in trouble.
struct AlertStanding
{
    std::optional<Alert::Severity> lowBalance;
    bool trouble = false;
};

// The alert rules, in one place for the window, the tray and the CLI. State-based: each
// evaluation compares the stored data (latest reading, forecast, ledger, sessions, rollups)
// with the rules' persisted state (meter_state "alert.*" keys and the log's dedupe keys) and
// raises what is new, so it can run after every reading and every minute, in any process,
// across restarts, without duplicates and without missing what happened while it was not
// running. New alerts are logged and queued for their channels in one transaction.
class AlertEngine
{
    Q_DECLARE_TR_FUNCTIONS(AlertEngine)
public:
    // A recharge, session or summary older than this is history, not news.
    static constexpr qint64 kRecentSeconds = 2 * 86400;

    AlertEngine(Database &db, AlertConfig config);

    // Raises what is due for `meter`; returns the alerts logged now (silenced ones too).
    Result<QList<Alert>> evaluate(const Meter &meter, const AlertContext &context);
    AlertStanding standing(const Meter &meter) const;
    const AlertConfig &config() const { return m_config; }

    static QString desktopChannel() { return QStringLiteral("desktop"); }
    static QString telegramChannel() { return QStringLiteral("telegram"); }
    // The instant the daily summary of local `day` is due (DST gaps move it to the first
    // valid time after).
    static qint64 summaryDueTime(const QDate &day, const QTime &at, const QTimeZone &zone);

private:
    struct Run;
    void lowBalance(Run &run);
    void recharges(Run &run);
    void generator(Run &run);
    void consumption(Run &run);
    void dailySummary(Run &run);
    void providerTrouble(Run &run);

    Database &m_db;
    AlertConfig m_config;
};
