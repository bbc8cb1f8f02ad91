#include "JsonMapping.h"

#include "JsonReader.h"
#include "model/FixedPoint.h"
#include "model/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonMapping)
};

constexpr qint64 kFutureToleranceSeconds = 300;
// 2000-01-01T00:00:00Z: an earlier reading time means the time format is wrong (seconds read
// as milliseconds), not that the service has readings from the last century.
constexpr qint64 kEarliestTime = 946'684'800;

QString optionName(const QString &key)
{
    return QStringLiteral("--") + QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// A path setting: absent is fine (nullopt in *path), present must parse.
Status readPath(const QJsonObject &settings, const QString &key, std::optional<JsonPath> *path)
{
    const QJsonValue value = settings.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return Status::failure(Tr::tr("%1 needs a JSON path such as data.balance.").arg(optionName(key)));
    JsonPath::ParseError error;
    const Result<JsonPath> parsed = JsonPath::parse(value.toString(), &error);
    if (!parsed)
        return Status::failure(Tr::tr("%1 \"%2\" is not a valid JSON path: at character %3, %4")
                                   .arg(optionName(key), value.toString())
                                   .arg(error.position)
                                   .arg(error.reason));
    *path = parsed.value();
    return {};
}

Status readScale(const QJsonObject &settings, const QString &key, bool mayBeNegative, double *scale)
{
    const QJsonValue value = settings.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const double d = value.toDouble(std::nan(""));
    if (!std::isfinite(d) || d == 0.0 || (!mayBeNegative && d < 0.0))
        return Status::failure(
            mayBeNegative
                ? Tr::tr("%1 needs a factor other than zero, e.g. 0.01 for cents.").arg(optionName(key))
                : Tr::tr("%1 needs a factor above zero, e.g. 0.001 for Wh to kWh.").arg(optionName(key)));
    *scale = d;
    return {};
}

QStringList readList(const QJsonObject &settings, const QString &key)
{
    QStringList values;
    for (const QString &part : settings.value(key).toString().split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed().toLower());
    }
    return values;
}

} // namespace

Result<JsonMapping> JsonMapping::fromSettings(const QJsonObject &settings)
{
    JsonMapping m;
    const auto fail = [](const QString &sentence) { return Result<JsonMapping>::failure(sentence); };
    const QList<QPair<QString, std::optional<JsonPath> *>> paths = {
        {QStringLiteral("balance_path"), &m.m_balance},         {QStringLiteral("grid_kwh_path"), &m.m_grid},
        {QStringLiteral("generator_kwh_path"), &m.m_generator}, {QStringLiteral("load_kw_path"), &m.m_load},
        {QStringLiteral("source_path"), &m.m_source},           {QStringLiteral("time_path"), &m.m_time},
    };
    for (const auto &entry : paths) {
        if (Status read = readPath(settings, entry.first, entry.second); !read)
            return fail(read.error());
    }
    if (!m.m_balance && !m.m_grid && !m.m_generator)
        return fail(Tr::tr("Tell Kilowatch where the reading is in the answer: give at least one of "
                           "--balance-path, --grid-kwh-path or --generator-kwh-path (e.g. --balance-path "
                           "data.balance)."));

    m.m_gridValues = readList(settings, QStringLiteral("source_grid_values"));
    m.m_generatorValues = readList(settings, QStringLiteral("source_generator_values"));
    if (m.m_source && m.m_gridValues.isEmpty() && m.m_generatorValues.isEmpty())
        return fail(Tr::tr("--source-path needs --source-grid-values and/or --source-generator-values: the "
                           "values that mean grid or generator (e.g. --source-grid-values 0,EB "
                           "--source-generator-values '*')."));
    if (!m.m_source && (!m.m_gridValues.isEmpty() || !m.m_generatorValues.isEmpty()))
        return fail(Tr::tr("--source-grid-values and --source-generator-values need --source-path."));
    for (const QString &v : std::as_const(m.m_gridValues)) {
        if (m.m_generatorValues.contains(v))
            return fail(Tr::tr("\"%1\" is both a grid and a generator value.").arg(v));
    }

    const QString format = settings.value(QStringLiteral("time_format")).toString().trimmed();
    if (!format.isEmpty() && !m.m_time)
        return fail(Tr::tr("--time-format needs --time-path."));
    if (format.isEmpty() || format == QLatin1String("iso")) {
        m.m_timeEncoding = TimeEncoding::Iso;
    } else if (format == QLatin1String("epoch")) {
        m.m_timeEncoding = TimeEncoding::Epoch;
    } else if (format == QLatin1String("epoch-ms")) {
        m.m_timeEncoding = TimeEncoding::EpochMs;
    } else {
        // A Qt date format must at least carry the day: shown and read back, the day survives.
        const QDateTime sample(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone::utc());
        const QDateTime back = QDateTime::fromString(sample.toString(format), format);
        if (!back.isValid() || back.date() != sample.date())
            return fail(
                Tr::tr("--time-format \"%1\" is neither iso, epoch nor epoch-ms, nor a date format with "
                       "the year, month and day such as \"dd-MM-yyyy HH:mm:ss\".")
                    .arg(format));
        m.m_timeEncoding = TimeEncoding::Pattern;
        m.m_timePattern = format;
    }

    if (Status s = readScale(settings, QStringLiteral("scale_balance"), true, &m.m_scaleBalance); !s)
        return fail(s.error());
    if (Status s = readScale(settings, QStringLiteral("scale_energy"), false, &m.m_scaleEnergy); !s)
        return fail(s.error());
    if (Status s = readScale(settings, QStringLiteral("scale_load"), false, &m.m_scaleLoad); !s)
        return fail(s.error());

    const QJsonValue expect = settings.value(QStringLiteral("expect"));
    const QJsonArray expectations = expect.isString() ? QJsonArray{expect} : expect.toArray();
    for (const QJsonValue entry : expectations) {
        const QString text = entry.toString();
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(
                Tr::tr("--expect needs PATH=VALUE, e.g. attributes.unit_of_measurement=kWh, not \"%1\".")
                    .arg(text));
        std::optional<JsonPath> path;
        if (Status read = readPath(QJsonObject{{QStringLiteral("expect"), text.left(eq).trimmed()}},
                                   QStringLiteral("expect"), &path);
            !read)
            return fail(read.error());
        m.m_expectations.append({*path, text.mid(eq + 1).trimmed()});
    }
    return m;
}

std::optional<QString> JsonMapping::asText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

std::optional<double> JsonMapping::parseMoney(const QJsonValue &value, QString *why)
{
    QString strict;
    if (const std::optional<double> d = JsonReader::toNumber(value, &strict))
        return d;
    if (!value.isString()) {
        *why = strict;
        return std::nullopt;
    }
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:[A-Za-z]{1,3}(?:\.|\p{Sc})?|\p{Sc})\s*)"));
    static const QRegularExpression suffix(QStringLiteral(R"(\s*(?:\p{Sc}|[A-Za-z]{1,3}\.?)$)"));
    static const QRegularExpression amount(
        QStringLiteral(R"(^(?:\d+(?:\.\d+)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|)"
                       R"(\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?)$)"));
    const QString original = value.toString().trimmed();
    QString s = original;
    bool negative = false;
    const auto takeMinus = [&s, &negative] {
        if (!negative && (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212)))) {
            negative = true;
            s = s.mid(1).trimmed();
        }
    };
    takeMinus();
    const QRegularExpressionMatch before = prefix.match(s);
    if (before.hasMatch())
        s = s.mid(before.capturedLength());
    takeMinus();
    if (!before.hasMatch()) {
        const QRegularExpressionMatch after = suffix.match(s);
        if (after.hasMatch())
            s.chop(after.capturedLength());
    }
    if (!amount.match(s).hasMatch()) {
        *why = Tr::tr("expected an amount, got the text \"%1\".").arg(original.left(40));
        return std::nullopt;
    }
    s.remove(QLatin1Char(','));
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        *why = Tr::tr("expected an amount, got the text \"%1\".").arg(original.left(40));
        return std::nullopt;
    }
    return negative ? -d : d;
}

FetchOutcome JsonMapping::apply(const QJsonValue &answer, qint64 fetchedAt, const QTimeZone &zone) const
{
    std::optional<FetchOutcome> problem;
    const auto resolve = [&answer, &problem](const JsonPath &path) -> std::optional<QJsonValue> {
        QString why;
        std::optional<QJsonValue> value = path.evaluate(answer, &why);
        if (!value)
            problem = FetchOutcome::badData(path.text(), why);
        return value;
    };
    // Reads a number at `path`, scaled, in thousandths; money is read leniently.
    const auto milli = [&](const JsonPath &path, double scale, bool money,
                           bool nonNegative) -> std::optional<qint64> {
        const std::optional<QJsonValue> value = resolve(path);
        if (!value)
            return std::nullopt;
        QString why;
        const std::optional<double> d = money ? parseMoney(*value, &why) : JsonReader::toNumber(*value, &why);
        if (!d) {
            problem = FetchOutcome::badData(path.text(), why);
            return std::nullopt;
        }
        const std::optional<qint64> fixed = FixedPoint::fromDouble(*d * scale);
        if (!fixed) {
            problem = FetchOutcome::badData(path.text(), Tr::tr("the number is out of range."));
            return std::nullopt;
        }
        if (nonNegative && *fixed < 0) {
            problem = FetchOutcome::badData(path.text(),
                                            Tr::tr("a negative value where only zero or more makes sense."));
            return std::nullopt;
        }
        return fixed;
    };

    Reading r;
    r.fetchedAt = fetchedAt;
    r.time = fetchedAt;
    if (m_balance && !(r.balanceMilli = milli(*m_balance, m_scaleBalance, true, false)))
        return *problem;
    if (m_grid && !(r.gridWh = milli(*m_grid, m_scaleEnergy, false, true)))
        return *problem;
    if (m_generator && !(r.generatorWh = milli(*m_generator, m_scaleEnergy, false, true)))
        return *problem;
    if (m_load && !(r.loadW = milli(*m_load, m_scaleLoad, false, true)))
        return *problem;

    if (m_source) {
        const std::optional<QJsonValue> value = resolve(*m_source);
        if (!value)
            return *problem;
        const std::optional<QString> text = asText(*value);
        if (!text)
            return FetchOutcome::badData(m_source->text(),
                                         Tr::tr("expected text or a number for the power source."));
        const QString key = text->toLower();
        const auto matches = [&key](const QStringList &list) { return list.contains(key); };
        const auto wildcard = [](const QStringList &list) { return list.contains(QStringLiteral("*")); };
        // Exact values win over wildcards, hence the repeated branches.
        if (matches(m_gridValues))
            r.source = PowerSource::Grid; // NOLINT(bugprone-branch-clone)
        else if (matches(m_generatorValues))
            r.source = PowerSource::Generator; // NOLINT(bugprone-branch-clone)
        else if (wildcard(m_gridValues))
            r.source = PowerSource::Grid;
        else if (wildcard(m_generatorValues))
            r.source = PowerSource::Generator;
        // Any other value: the source stays unknown rather than guessed.
    }

    if (m_time) {
        const std::optional<QJsonValue> value = resolve(*m_time);
        if (!value)
            return *problem;
        QString why;
        std::optional<qint64> t;
        switch (m_timeEncoding) {
        case TimeEncoding::Iso: {
            const std::optional<QString> text = value->isString() ? asText(*value) : std::nullopt;
            if (text)
                t = ::TimeFormat::parseIso(*text, zone);
            if (!t)
                why = Tr::tr("\"%1\" is not an ISO 8601 time such as 2025-07-25T10:26:59+00:00.")
                          .arg(asText(*value).value_or(QStringLiteral("null")).left(40));
            break;
        }
        case TimeEncoding::Epoch:
        case TimeEncoding::EpochMs:
            if (const std::optional<double> d = JsonReader::toNumber(*value, &why)) {
                const double seconds = m_timeEncoding == TimeEncoding::EpochMs ? *d / 1000.0 : *d;
                // Far enough for any mistaken unit to reach the checks below, which say so.
                if (std::fabs(seconds) < 1e15)
                    t = static_cast<qint64>(std::floor(seconds));
                else
                    why = Tr::tr("the number is out of range.");
            }
            break;
        case TimeEncoding::Pattern:
            if (const std::optional<QString> text = asText(*value))
                t = JsonReader::parseTime(*text, m_timePattern, zone, &why);
            else
                why = Tr::tr("expected a time.");
            break;
        }
        if (!t)
            return FetchOutcome::badData(m_time->text(), why);
        const bool epoch = m_timeEncoding == TimeEncoding::Epoch || m_timeEncoding == TimeEncoding::EpochMs;
        if (*t > QDateTime::currentSecsSinceEpoch() + kFutureToleranceSeconds)
            return FetchOutcome::badData(m_time->text(),
                                         (epoch ? Tr::tr("the time %1 is in the future; check --time-format "
                                                         "(epoch counts seconds, epoch-ms "
                                                         "milliseconds).")
                                                : Tr::tr("the time %1 is in the future."))
                                             .arg(::TimeFormat::iso(*t, QTimeZone::utc())));
        if (*t < kEarliestTime)
            return FetchOutcome::badData(
                m_time->text(), Tr::tr("the time %1 is before the year 2000; check --time-format (epoch "
                                       "counts seconds, epoch-ms milliseconds).")
                                    .arg(::TimeFormat::iso(*t, QTimeZone::utc())));
        r.time = *t;
    }

    // After the values, so that a value that cannot be read (Home Assistant's "unavailable")
    // is what the user is told, rather than a guard its answer no longer carries.
    for (const Expectation &e : m_expectations) {
        const std::optional<QJsonValue> value = resolve(e.path);
        if (!value)
            return *problem;
        const std::optional<QString> text = asText(*value);
        if (!text || *text != e.value)
            return FetchOutcome::badData(e.path.text(),
                                         Tr::tr("the value is \"%1\" where \"%2\" was expected (--expect).")
                                             .arg(text.value_or(QStringLiteral("null")).left(40), e.value));
    }
    return FetchOutcome::fresh(r);
}
