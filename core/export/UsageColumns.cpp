#include "UsageColumns.h"

#include "model/FixedPoint.h"
#include "model/TimeFormat.h"

namespace {

QJsonValue number(qint64 milli, bool known)
{
    return known ? QJsonValue(FixedPoint::toDouble(milli)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<qint64> &milli)
{
    return milli ? QJsonValue(FixedPoint::toDouble(*milli)) : QJsonValue(QJsonValue::Null);
}

QJsonObject periodRow(const QString &meter, const QString &key, const PeriodSummary &p, bool withAverages)
{
    const bool known = p.daysWithData > 0;
    QJsonObject row{
        {QStringLiteral("meter"), meter},
        {key, p.label},
        {QStringLiteral("grid_kwh"), number(p.gridWh, known)},
        {QStringLiteral("generator_kwh"), number(p.generatorWh, known)},
        {QStringLiteral("kwh"), number(p.totalWh(), known)},
        {QStringLiteral("cost"), number(p.costMilli, known)},
        {QStringLiteral("recharged"), number(p.rechargedMilli, known)},
    };
    if (withAverages) {
        row.insert(QStringLiteral("days_with_data"), p.daysWithData);
        row.insert(QStringLiteral("avg_daily_cost"), optionalNumber(p.averageDailyCostMilli()));
    } else {
        row.insert(QStringLiteral("closing_balance"), optionalNumber(p.closingBalanceMilli));
    }
    return row;
}

} // namespace

const QStringList &UsageColumns::usageNames()
{
    static const QStringList names = {
        QStringLiteral("meter"), QStringLiteral("start"), QStringLiteral("end"),       QStringLiteral("grid_kwh"),
        QStringLiteral("generator_kwh"), QStringLiteral("kwh"), QStringLiteral("cost"), QStringLiteral("estimated"),
        QStringLiteral("gap"),
    };
    return names;
}

const QStringList &UsageColumns::dailyNames()
{
    static const QStringList names = {
        QStringLiteral("meter"), QStringLiteral("date"), QStringLiteral("grid_kwh"),  QStringLiteral("generator_kwh"),
        QStringLiteral("kwh"),   QStringLiteral("cost"), QStringLiteral("recharged"), QStringLiteral("closing_balance"),
    };
    return names;
}

const QStringList &UsageColumns::monthlyNames()
{
    static const QStringList names = {
        QStringLiteral("meter"),          QStringLiteral("month"), QStringLiteral("grid_kwh"),
        QStringLiteral("generator_kwh"),  QStringLiteral("kwh"),   QStringLiteral("cost"),
        QStringLiteral("recharged"),      QStringLiteral("days_with_data"), QStringLiteral("avg_daily_cost"),
    };
    return names;
}

const QStringList &UsageColumns::yearlyNames()
{
    static const QStringList names = [] {
        QStringList n = monthlyNames();
        n[1] = QStringLiteral("year");
        return n;
    }();
    return names;
}

QJsonObject UsageColumns::usageRow(const QString &meter, const QTimeZone &zone, const UsageBucket &b)
{
    return QJsonObject{
        {QStringLiteral("meter"), meter},
        {QStringLiteral("start"), TimeFormat::iso(b.start, zone)},
        {QStringLiteral("end"), TimeFormat::iso(b.end, zone)},
        {QStringLiteral("grid_kwh"), number(b.gridWh, b.hasData)},
        {QStringLiteral("generator_kwh"), number(b.generatorWh, b.hasData)},
        {QStringLiteral("kwh"), number(b.totalWh(), b.hasData)},
        {QStringLiteral("cost"), number(b.costMilli, b.hasData)},
        {QStringLiteral("estimated"), b.estimated},
        {QStringLiteral("gap"), b.gap},
    };
}

QJsonObject UsageColumns::dailyRow(const QString &meter, const PeriodSummary &day)
{
    return periodRow(meter, QStringLiteral("date"), day, false);
}

QJsonObject UsageColumns::monthlyRow(const QString &meter, const PeriodSummary &month)
{
    return periodRow(meter, QStringLiteral("month"), month, true);
}

QJsonObject UsageColumns::yearlyRow(const QString &meter, const PeriodSummary &year)
{
    return periodRow(meter, QStringLiteral("year"), year, true);
}
