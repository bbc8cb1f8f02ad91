#pragma once

#include "FetchOutcome.h"
#include "JsonPath.h"
#include "model/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Where the fields of a reading are in a service's JSON answer, for the generic JSON
// provider. Built from the meter settings (the CLI options with '_' for '-'):
//   balance_path, grid_kwh_path, generator_kwh_path, load_kw_path  JSON paths (JsonPath)
//   source_path + source_grid_values / source_generator_values   comma lists, compared as
//       text without regard to case ("0", "EB", "true"); "*" stands for any other value
//   time_path + time_format  iso | epoch | epoch-ms | a Qt date format (default iso);
//       times without an offset are read in the meter's time zone
//   scale_balance, scale_energy, scale_load  factors applied to the number read (e.g. Wh ->
//       kWh is 0.001; the usage-app preset uses -1 to show a bill as money owed)
//   expect  a list of "PATH=VALUE": the answer is used only when each PATH holds VALUE
//       (compared as text, exactly), e.g. attributes.unit_of_measurement=kWh or
//       Status=Success; checked after the values were read (the first '=' ends the path)
// At least one of balance, grid or generator must be mapped. Every mapped path must resolve
// in every answer: one that does not is bad data naming the path, never a reading with a
// hole the user did not ask for.
class JsonMapping
{
public:
    enum class TimeEncoding
    {
        Iso,     // 2025-07-25T10:26:59.123+00:00, Z or no offset (meter's zone)
        Epoch,   // seconds since 1970 (number or numeric text)
        EpochMs, // milliseconds since 1970
        Pattern, // a Qt date format such as "dd-MM-yyyy HH:mm:ss", in the meter's zone
    };

    // Checks every setting; a sentence naming the option (and the character of a bad path).
    static Result<JsonMapping> fromSettings(const QJsonObject &settings);

    // A fresh reading, or a bad-data outcome whose field is the path that failed. Without a
    // time path the reading's time is `fetchedAt`.
    FetchOutcome apply(const QJsonValue &answer, qint64 fetchedAt, const QTimeZone &zone) const;

    bool hasTime() const { return m_time.has_value(); }

    // The money field only: lenient about how services print amounts. Numbers and numeric
    // text are taken as they are; otherwise, from text, exactly this is stripped:
    // - white space around the amount;
    // - one minus sign (- or U+2212), before or after the currency;
    // - one currency prefix or suffix: currency symbols ($, ₹, ৳, €, ...) and/or up to three
    //   letters, optionally followed by a dot (US$, Rs., Tk, INR, RWF), then optional space;
    // - commas grouping thousands (1,234,567.89) or lakhs (1,23,456.78), nothing else.
    // Anything else ("12,5", "1 234", "(12)", "N/A", "12.3.4") is not an amount.
    static std::optional<double> parseMoney(const QJsonValue &value, QString *why);
    // Text, numbers and booleans as text, for comparisons ("0", "1.5", "true").
    static std::optional<QString> asText(const QJsonValue &value);

private:
    struct Expectation
    {
        JsonPath path;
        QString value;
    };

    std::optional<JsonPath> m_balance;
    std::optional<JsonPath> m_grid;
    std::optional<JsonPath> m_generator;
    std::optional<JsonPath> m_load;
    std::optional<JsonPath> m_source;
    QStringList m_gridValues;
    QStringList m_generatorValues;
    std::optional<JsonPath> m_time;
    TimeEncoding m_timeEncoding = TimeEncoding::Iso;
    QString m_timePattern;
    double m_scaleBalance = 1.0;
    double m_scaleEnergy = 1.0;
    double m_scaleLoad = 1.0;
    QList<Expectation> m_expectations;
};
