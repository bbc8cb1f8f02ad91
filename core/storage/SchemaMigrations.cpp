#include "SchemaMigrations.h"

#include <algorithm>

namespace {

QList<SchemaMigration> buildMigrations()
{
    QList<SchemaMigration> list;

    // Version 1. Readings are the bulk of the data (a 30 s meter writes ~1.05 M a year), so
    // that table is clustered on (meter_id, t) with no rowid and no secondary index, holds
    // integers only (fixed point: milli-units, Wh, W) and keeps the fetch time as a small
    // delay relative to t. SQLite stores the 0/1 source values in the record header alone.
    list.append(
        {1,
         "meters, readings, recharges, power-source sessions, events, alerts",
         {
             QStringLiteral("CREATE TABLE meters ("
                            " id ${AUTO_ID},"
                            " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                            " provider TEXT NOT NULL,"
                            " settings TEXT NOT NULL DEFAULT '{}',"
                            " timezone TEXT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " interval_s INTEGER NOT NULL CHECK (interval_s > 0),"
                            " low_balance_milli INTEGER,"
                            " created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE readings ("
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " t INTEGER NOT NULL,"
                            " fetch_delay INTEGER NOT NULL,"
                            " balance_milli INTEGER,"
                            " grid_wh INTEGER CHECK (grid_wh >= 0),"
                            " generator_wh INTEGER CHECK (generator_wh >= 0),"
                            " load_w INTEGER CHECK (load_w >= 0),"
                            " source INTEGER NOT NULL DEFAULT 0 CHECK (source IN (0, 1, 2)),"
                            " PRIMARY KEY (meter_id, t))${CLUSTERED}"),
             QStringLiteral("CREATE TABLE meter_events ("
                            " id ${AUTO_ID},"
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " t INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX meter_events_by_time ON meter_events (meter_id, t)"),
             QStringLiteral("CREATE TABLE recharges ("
                            " id ${AUTO_ID},"
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " t INTEGER NOT NULL,"
                            " amount_milli INTEGER NOT NULL,"
                            " balance_after_milli INTEGER,"
                            " origin TEXT NOT NULL CHECK (origin IN ('detected', 'provider', 'manual')),"
                            " token TEXT,"
                            " provider_ref TEXT,"
                            " deleted INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX recharges_by_time ON recharges (meter_id, t)"),
             QStringLiteral("CREATE TABLE source_sessions ("
                            " id ${AUTO_ID},"
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " source INTEGER NOT NULL CHECK (source IN (1, 2)),"
                            " start_t INTEGER NOT NULL,"
                            " end_t INTEGER,"
                            " energy_wh INTEGER NOT NULL DEFAULT 0,"
                            " cost_milli INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX source_sessions_by_start ON source_sessions (meter_id, start_t)"),
             QStringLiteral("CREATE TABLE alerts ("
                            " id ${AUTO_ID},"
                            " meter_id INTEGER REFERENCES meters(id) ON DELETE CASCADE,"
                            " t INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " severity INTEGER NOT NULL DEFAULT 0,"
                            " message TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX alerts_by_time ON alerts (meter_id, t)"),
             QStringLiteral("CREATE TABLE meter_state ("
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " key TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " PRIMARY KEY (meter_id, key))${CLUSTERED}"),
         }});
    // Version 2. Provider histories: recharges keyed by the provider's own reference (stored
    // once, status updated), and days of consumption as the provider reports them.
    list.append({2,
                 "provider recharge references, daily usage from providers",
                 {
                     QStringLiteral("ALTER TABLE recharges ADD COLUMN energy_wh INTEGER"),
                     QStringLiteral("ALTER TABLE recharges ADD COLUMN status TEXT"),
                     QStringLiteral(
                         "CREATE UNIQUE INDEX recharges_by_provider_ref ON recharges (meter_id, provider_ref)"
                         " WHERE provider_ref IS NOT NULL"),
                     QStringLiteral("CREATE TABLE daily_usage ("
                                    " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                                    " day TEXT NOT NULL,"
                                    " energy_wh INTEGER CHECK (energy_wh >= 0),"
                                    " cost_milli INTEGER,"
                                    " origin TEXT NOT NULL DEFAULT 'provider',"
                                    " PRIMARY KEY (meter_id, day))${CLUSTERED}"),
                 }});
    // Version 3. Derived rollups: per UTC hour a blob of 60 minute entries (usage_hour), and
    // per local day the totals (usage_day), so charts and summaries never scan raw readings.
    // Existing meters are derived on first use (ReadingIngestor::ensureRollups).
    list.append({3,
                 "hour and day rollups",
                 {
                     QStringLiteral("CREATE TABLE usage_hour ("
                                    " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                                    " hour INTEGER NOT NULL,"
                                    " minutes BLOB NOT NULL,"
                                    " PRIMARY KEY (meter_id, hour))${CLUSTERED}"),
                     QStringLiteral("CREATE TABLE usage_day ("
                                    " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                                    " day INTEGER NOT NULL,"
                                    " grid_wh INTEGER NOT NULL DEFAULT 0,"
                                    " generator_wh INTEGER NOT NULL DEFAULT 0,"
                                    " cost_milli INTEGER NOT NULL DEFAULT 0,"
                                    " recharged_milli INTEGER NOT NULL DEFAULT 0,"
                                    " closing_balance_milli INTEGER,"
                                    " closing_t INTEGER NOT NULL DEFAULT 0,"
                                    " intervals INTEGER NOT NULL DEFAULT 0,"
                                    " gap_seconds INTEGER NOT NULL DEFAULT 0,"
                                    " estimated INTEGER NOT NULL DEFAULT 0,"
                                    " PRIMARY KEY (meter_id, day))${CLUSTERED}"),
                     QStringLiteral("CREATE INDEX recharges_by_origin ON recharges (meter_id, origin, t)"),
                 }});
    // Version 4. Tariff versions: each meter's price list (JSON, see Tariff) in force from a
    // local date (ISO text, so it sorts and reads as a date) until the next version's.
    list.append({4,
                 "tariff versions",
                 {
                     QStringLiteral("CREATE TABLE tariffs ("
                                    " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                                    " valid_from TEXT NOT NULL,"
                                    " spec TEXT NOT NULL,"
                                    " PRIMARY KEY (meter_id, valid_from))${CLUSTERED}"),
                 }});
    // Version 5 (needs steps 1-3 only; steps run in version order). Power-source sessions
    // keep the last reading booked into them and are keyed by their start; the session
    // tracker's state is kept live and as a mark at the start of each local day with data, so
    // a restart resumes an open session and a rebuild from any day restarts from the exact
    // state at that day's start. Recharges from providers or typed in are tied to the
    // interval whose balance rise they explain (interval_t); pinned rows are the user's
    // corrections (or, deleted, the user's "not a recharge") of a detected rise.
    list.append(
        {5,
         "power-source session state, recharges tied to intervals",
         {
             QStringLiteral("ALTER TABLE source_sessions ADD COLUMN last_t INTEGER"),
             QStringLiteral("DROP INDEX source_sessions_by_start"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX source_sessions_by_start ON source_sessions (meter_id, start_t)"),
             QStringLiteral("CREATE TABLE source_session_state ("
                            " meter_id INTEGER NOT NULL PRIMARY KEY REFERENCES meters(id) ON DELETE CASCADE,"
                            " session_source INTEGER, session_start INTEGER, session_last_t INTEGER,"
                            " session_energy_wh INTEGER, session_cost_milli INTEGER,"
                            " pending_source INTEGER, pending_since INTEGER,"
                            " held_wh INTEGER NOT NULL DEFAULT 0, held_cost_milli INTEGER NOT NULL DEFAULT 0,"
                            " last_t INTEGER NOT NULL DEFAULT 0)${CLUSTERED}"),
             QStringLiteral("CREATE TABLE source_session_marks ("
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " day INTEGER NOT NULL,"
                            " session_source INTEGER, session_start INTEGER, session_last_t INTEGER,"
                            " session_energy_wh INTEGER, session_cost_milli INTEGER,"
                            " pending_source INTEGER, pending_since INTEGER,"
                            " held_wh INTEGER NOT NULL DEFAULT 0, held_cost_milli INTEGER NOT NULL DEFAULT 0,"
                            " last_t INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (meter_id, day))${CLUSTERED}"),
             QStringLiteral("ALTER TABLE recharges ADD COLUMN interval_t INTEGER"),
             QStringLiteral("ALTER TABLE recharges ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"),
         }});
    // Version 6 (needs step 1). Alerts: a title, quiet-hours silencing and a key that makes
    // "once" a database fact (one daily summary per day, one alert per recharge or session),
    // and an outbox per delivery channel so nothing raised is lost to a crash, a restart or a
    // failing server: rows stay pending, retried with back-off, until delivered or expired.
    // The rules' arming state is per-meter state (meter_state, keys "alert.*").
    list.append({6,
                 "alert titles, keys and quiet-hours flag; alert delivery outbox",
                 {
                     QStringLiteral("ALTER TABLE alerts ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("ALTER TABLE alerts ADD COLUMN silenced INTEGER NOT NULL DEFAULT 0"),
                     QStringLiteral("ALTER TABLE alerts ADD COLUMN dedupe_key TEXT"),
                     QStringLiteral("CREATE UNIQUE INDEX alerts_by_key ON alerts (meter_id, dedupe_key)"
                                    " WHERE dedupe_key IS NOT NULL"),
                     QStringLiteral("CREATE TABLE alert_outbox ("
                                    " id ${AUTO_ID},"
                                    " alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,"
                                    " channel TEXT NOT NULL,"
                                    " state TEXT NOT NULL DEFAULT 'pending'"
                                    "  CHECK (state IN ('pending', 'delivered', 'expired')),"
                                    " silent INTEGER NOT NULL DEFAULT 0,"
                                    " created_t INTEGER NOT NULL,"
                                    " next_t INTEGER NOT NULL,"
                                    " expires_t INTEGER NOT NULL,"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " last_error TEXT,"
                                    " done_t INTEGER)"),
                     QStringLiteral("CREATE INDEX alert_outbox_due ON alert_outbox (state, channel, next_t)"),
                 }});
    // Version 7 (needs step 1). A detected recharge's amount is what was paid where a round
    // amount lies within the error of its estimate (the balance jump plus the consumption
    // estimated meanwhile); the estimate itself is kept here, also on a provider or manual row
    // tied to a rise. NULL: no estimate (not tied to a rise, or not derived since). Filled
    // in by the rebuild that ReadingIngestor::ensureRollups runs after this upgrade.
    list.append({7,
                 "estimated amounts of recharges",
                 {
                     QStringLiteral("ALTER TABLE recharges ADD COLUMN estimated_amount_milli INTEGER"),
                 }});
    // Version 8 (needs step 1). Each meter's number of readings, kept by ReadingRepository in
    // the transaction that inserts them: `meter list` must not count ten years of readings.
    list.append(
        {8,
         "reading counts per meter",
         {
             QStringLiteral("CREATE TABLE reading_counts ("
                            " meter_id INTEGER NOT NULL PRIMARY KEY REFERENCES meters(id) ON DELETE CASCADE,"
                            " n INTEGER NOT NULL CHECK (n >= 0))"),
             QStringLiteral("INSERT INTO reading_counts (meter_id, n)"
                            " SELECT meter_id, count(*) FROM readings GROUP BY meter_id"),
         }});
    // Version 9 (needs nothing before it). Tariffs the user saved under a name in the window's
    // tariff editor, to apply to any meter later; the built-in presets are data in core
    // (TariffPresets), never rows here. IF NOT EXISTS: a database set back to an earlier version
    // by hand (as tst_readingrepository does to schema 7) still has it, and that is no error.
    list.append({9,
                 "saved tariff presets",
                 {
                     QStringLiteral("CREATE TABLE IF NOT EXISTS tariff_presets ("
                                    " name TEXT NOT NULL PRIMARY KEY CHECK (length(trim(name)) > 0),"
                                    " currency TEXT NOT NULL,"
                                    " spec TEXT NOT NULL)"),
                 }});
    // Version 10 (needs step 1). The balance per quarter hour of UTC, so the balance chart
    // reads one row per 15 minutes instead of 30 readings: the first and last reading with a
    // balance (their offsets in the quarter, so a reading inserted out of order still lands
    // exactly) and the lowest and highest balance. Why 15 minutes: every UTC offset in use is
    // a whole number of quarter hours (India +5:30, Nepal +5:45, Chatham +12:45), so every
    // local midnight, and every grouping of whole quarter hours counted from it, falls on a
    // quarter-hour boundary of UTC; per-UTC-hour rows would not serve Kolkata's local hours.
    // Kept by ReadingRepository::insert in the transaction that writes the readings, rebuilt
    // exactly by ReadingIngestor::rebuild; filled here from the readings already stored.
    // Balances outside +-kReadingValueLimit (10^12) are left out, as the raw query leaves them.
    // IF NOT EXISTS and emptied first: a file set back to an earlier version by hand (as
    // tst_readingrepository does to schema 7) has the table, and is filled afresh all the same.
    list.append(
        {10,
         "balance per quarter hour",
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS balance_quarter ("
                            " meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,"
                            " q INTEGER NOT NULL,"
                            " open_at INTEGER NOT NULL,"
                            " open_milli INTEGER NOT NULL,"
                            " close_at INTEGER NOT NULL,"
                            " close_milli INTEGER NOT NULL,"
                            " min_milli INTEGER NOT NULL,"
                            " max_milli INTEGER NOT NULL,"
                            " PRIMARY KEY (meter_id, q))${CLUSTERED}"),
             QStringLiteral("DELETE FROM balance_quarter"),
             QStringLiteral(
                 "INSERT INTO balance_quarter (meter_id, q, open_at, open_milli, close_at,"
                 " close_milli, min_milli, max_milli)"
                 " SELECT meter_id, q, f / 4398046511104, f % 4398046511104 - 2199023255552,"
                 " l / 4398046511104, l % 4398046511104 - 2199023255552, lo, hi FROM ("
                 "  SELECT meter_id, (t - ((t % 900) + 900) % 900) / 900 AS q,"
                 "  min((((t % 900) + 900) % 900) * 4398046511104 + balance_milli + 2199023255552) AS f,"
                 "  max((((t % 900) + 900) % 900) * 4398046511104 + balance_milli + 2199023255552) AS l,"
                 "  min(balance_milli) AS lo, max(balance_milli) AS hi FROM readings"
                 "  WHERE balance_milli BETWEEN -1000000000000 AND 1000000000000"
                 "  GROUP BY meter_id, q)"),
         }});
    return list;
}

} // namespace

const QList<SchemaMigration> &SchemaMigrations::all()
{
    // Applied in version order whatever order the steps were appended in (branches add
    // steps in parallel).
    static const QList<SchemaMigration> migrations = [] {
        QList<SchemaMigration> list = buildMigrations();
        std::stable_sort(list.begin(), list.end(), [](const SchemaMigration &a, const SchemaMigration &b) {
            return a.version < b.version;
        });
        return list;
    }();
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}
