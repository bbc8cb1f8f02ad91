#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// One alert as it is logged (the alerts table) and delivered. Kinds and severities have
// stable machine names: they are what `kilowatch-cli alerts` and the CSV export print.
struct Alert
{
    enum class Kind
    {
        LowBalance,
        Recharge,
        GeneratorOn,
        GeneratorOff,
        DailySummary,
        Consumption,
        ProviderTrouble,
        HumanCheck,
    };
    // Stored as the integer; ordered, so "more severe" is ">".
    enum class Severity
    {
        Info = 0,
        Warning = 1,
        Critical = 2,
    };

    qint64 id = 0;
    qint64 meterId = 0;
    qint64 time = 0; // UTC seconds, when it was raised
    Kind kind = Kind::LowBalance;
    Severity severity = Severity::Info;
    QString title;   // one line, names the meter: "Low balance: Flat 4B"
    QString message; // the body, whole sentences
    // Raised during quiet hours and not critical: logged, not shown on the desktop.
    bool silenced = false;
    // One alert per key and meter (e.g. "daily_summary:2025-07-25"), enforced by the database.
    QString dedupeKey;

    // "low_balance", "recharge", "generator_on", "generator_off", "daily_summary",
    // "consumption", "provider_trouble", "human_check".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // "info", "warning", "critical".
    static QString severityName(Severity severity);
    QString kindName() const { return kindName(kind); }
    QString severityName() const { return severityName(severity); }
};

Q_DECLARE_METATYPE(Alert)
