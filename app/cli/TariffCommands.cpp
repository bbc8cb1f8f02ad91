#include "TariffCommands.h"

#include "CliTable.h"
#include "analytics/BillCalculator.h"
#include "analytics/RechargeCalculator.h"
#include "analytics/Tariff.h"
#include "export/BillColumns.h"
#include "model/FixedPoint.h"
#include "services/TariffBook.h"
#include "storage/Database.h"
#include "storage/TariffRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QJsonValue kwh(qint64 wh)
{
    return FixedPoint::toDouble(wh);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject tariffRow(const QString &meter, const TariffVersion &v, const std::optional<QDate> &validTo)
{
    const Tariff &t = v.tariff;
    return QJsonObject{
        {QStringLiteral("meter"), meter},
        {QStringLiteral("valid_from"), v.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_to"), validTo ? QJsonValue(validTo->toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("flat_rate"),
         t.isFlat() ? QJsonValue(FixedPoint::toDouble(t.slabs().constFirst().rateMilli)) : QJsonValue::Null},
        {QStringLiteral("slabs"), textOrNull(t.slabsText())},
        {QStringLiteral("tou"), textOrNull(t.periodsText())},
        {QStringLiteral("generator_rate"), optionalNumber(t.generatorRateMilli())},
        {QStringLiteral("fixed_daily"), FixedPoint::toDouble(t.fixedDailyMilli())},
        {QStringLiteral("fixed_monthly"), FixedPoint::toDouble(t.fixedMonthlyMilli())},
        {QStringLiteral("tax_percent"), FixedPoint::toDouble(t.taxMilliPercent())},
    };
}

QList<CliTable::Column> tariffColumns()
{
    return {{QStringLiteral("meter")},
            {QStringLiteral("valid_from")},
            {QStringLiteral("valid_to")},
            {QStringLiteral("flat_rate"), true},
            {QStringLiteral("slabs")},
            {QStringLiteral("tou")},
            {QStringLiteral("generator_rate"), true},
            {QStringLiteral("fixed_daily"), true},
            {QStringLiteral("fixed_monthly"), true},
            {QStringLiteral("tax_percent"), true}};
}

} // namespace

QList<CliCommand> TariffCommands::commands()
{
    const CliOption meter =
        CliOption::required(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    return {
        {{QStringLiteral("tariff"), QStringLiteral("set")},
         tr("Set a meter's tariff from a local date on (earlier days keep their prices)."),
         {meter,
          CliOption::required(QStringLiteral("from"), tr("First local day of this version."),
                              QStringLiteral("YYYY-MM-DD")),
          CliOption::oneOf(QStringLiteral("flat"), tr("One rate per kWh."), QStringLiteral("RATE")),
          CliOption::oneOf(QStringLiteral("slabs"), tr("Monthly slabs, kWh from-to:rate."),
                           QStringLiteral("\"0-20:89,21-50:310,51-:369\"")),
          CliOption::optional(QStringLiteral("generator-rate"), tr("Rate per generator kWh."),
                              QStringLiteral("RATE")),
          CliOption::optional(QStringLiteral("tou"), tr("Time-of-use periods, local from-to:rate."),
                              QStringLiteral("\"22:00-06:00:5.5,...\"")),
          CliOption::optional(QStringLiteral("fixed-daily"), tr("Fixed charge per day."),
                              QStringLiteral("AMOUNT")),
          CliOption::optional(QStringLiteral("fixed-monthly"), tr("Fixed charge per month."),
                              QStringLiteral("AMOUNT")),
          CliOption::optional(QStringLiteral("tax-percent"), tr("Tax or levy on the whole bill."),
                              QStringLiteral("P")),
          CliOption::alternative(QStringLiteral("json-spec"), tr("The whole tariff as a JSON file."),
                                 QStringLiteral("FILE"))},
         runOf(&TariffCommands::runTariffSet)},
        {{QStringLiteral("tariff"), QStringLiteral("list")},
         tr("List a meter's tariff versions."),
         {meter},
         runOf(&TariffCommands::runTariffList)},
        {{QStringLiteral("bill")},
         tr("The bill of a local calendar month: energy by slab, generator, fixed charges, tax, total."),
         {meter, CliOption::required(QStringLiteral("month"), tr("The local calendar month."),
                                     QStringLiteral("YYYY-MM"))},
         runOf(&TariffCommands::runBill)},
        {{QStringLiteral("buy")},
         tr("What a recharge buys at this month's slab position (or what an energy costs)."),
         {meter,
          CliOption::oneOf(QStringLiteral("amount"), tr("The recharge amount, tax included."),
                           QStringLiteral("AMOUNT")),
          CliOption::oneOf(QStringLiteral("kwh"), tr("The energy to buy instead."), QStringLiteral("KWH")),
          CliOption::optional(QStringLiteral("at"), tr("When (default: now)."), QStringLiteral("ISO8601"))},
         runOf(&TariffCommands::runBuy)},
    };
}

void TariffCommands::runTariffSet(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &from = option(QStringLiteral("from"));
    const QCommandLineOption &flat = option(QStringLiteral("flat"));
    const QCommandLineOption &slabs = option(QStringLiteral("slabs"));
    const QCommandLineOption &generator = option(QStringLiteral("generator-rate"));
    const QCommandLineOption &tou = option(QStringLiteral("tou"));
    const QCommandLineOption &daily = option(QStringLiteral("fixed-daily"));
    const QCommandLineOption &monthly = option(QStringLiteral("fixed-monthly"));
    const QCommandLineOption &tax = option(QStringLiteral("tax-percent"));
    const QCommandLineOption &jsonSpec = option(QStringLiteral("json-spec"));
    const QString usageLine = tr("Usage: kilowatch-cli %1").arg(m_command->synopsis());
    if (!parser.isSet(meterOption) || !parser.isSet(from))
        return fail(UsageError,
                    tr("tariff set needs --meter NAME and --from YYYY-MM-DD.\n%1").arg(usageLine));
    const QDate validFrom = QDate::fromString(parser.value(from), Qt::ISODate);
    if (!validFrom.isValid() || parser.value(from).size() != 10)
        return fail(UsageError,
                    tr("--from needs a date like 2025-07-01, not \"%1\".").arg(parser.value(from)));

    QJsonObject spec;
    const QList<const QCommandLineOption *> specOptions = {&flat,  &slabs,   &generator, &tou,
                                                           &daily, &monthly, &tax};
    const bool anySpecOption =
        std::any_of(specOptions.begin(), specOptions.end(),
                    [&parser](const QCommandLineOption *o) { return parser.isSet(*o); });
    if (parser.isSet(jsonSpec)) {
        if (anySpecOption)
            return fail(UsageError,
                        tr("--json-spec gives the whole tariff; leave out the other tariff options."));
        QFile file(parser.value(jsonSpec));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Failure, tr("Could not read %1: %2").arg(parser.value(jsonSpec), file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
        if (!doc.isObject())
            return fail(UsageError, tr("%1 is not a JSON object (%2).")
                                        .arg(parser.value(jsonSpec), error.error == QJsonParseError::NoError
                                                                         ? tr("not an object")
                                                                         : error.errorString()));
        spec = doc.object();
    } else {
        if (parser.isSet(flat) == parser.isSet(slabs))
            return fail(UsageError,
                        tr("tariff set needs either --flat RATE or --slabs SLABS.\n%1").arg(usageLine));
        const auto number = [&](const QCommandLineOption &option, const QString &key) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            const double value = parser.value(option).trimmed().toDouble(&ok);
            if (!ok) {
                fail(UsageError, tr("--%1 needs a number, not \"%2\".")
                                     .arg(option.names().constFirst(), parser.value(option)));
                return false;
            }
            spec.insert(key, value);
            return true;
        };
        if (!number(flat, QStringLiteral("flat_rate")) ||
            !number(generator, QStringLiteral("generator_rate")) ||
            !number(daily, QStringLiteral("fixed_daily")) ||
            !number(monthly, QStringLiteral("fixed_monthly")) || !number(tax, QStringLiteral("tax_percent")))
            return;
        if (parser.isSet(slabs)) {
            const Result<QJsonArray> list = Tariff::slabsFromText(parser.value(slabs));
            if (!list)
                return fail(UsageError, list.error());
            spec.insert(QStringLiteral("slabs"), list.value());
        }
        if (parser.isSet(tou)) {
            const Result<QJsonArray> list = Tariff::periodsFromText(parser.value(tou));
            if (!list)
                return fail(UsageError, list.error());
            spec.insert(QStringLiteral("tou"), list.value());
        }
    }
    // The one rule of a version (TariffBook::check), before the database is opened.
    if (const Result<Tariff> tariff = TariffBook::check(validFrom, spec); !tariff)
        return fail(UsageError, tariff.error());
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    // Stored and the rollups derived again from that day (estimates use the tariff).
    if (const Result<TariffVersion> stored = TariffBook(*m_db).set(*meter, validFrom, spec); !stored)
        return fail(Failure, stored.typedError());
    const Result<QList<TariffVersion>> versions = TariffBook(*m_db).versions(*meter);
    if (!versions)
        return fail(Failure, versions.typedError());
    const int index = TariffRepository::indexInForce(versions.value(), validFrom);
    const std::optional<QDate> validTo = TariffBook::validTo(versions.value(), index);
    printObject(tariffRow(meter->name, versions.value()[index], validTo));
    finish(Success);
}

void TariffCommands::failWithoutTariff(const Error &error)
{
    if (error.kind() != ErrorKind::NotFound)
        return fail(Failure, error);
    fail(Failure, Error(error.kind(),
                        error.message() + QLatin1Char(' ') + tr("Set one with kilowatch-cli tariff set.")));
}

void TariffCommands::runTariffList(const QCommandLineParser &parser)
{
    const std::optional<Meter> meter = meterOnlyCommand(parser, false);
    if (!meter)
        return;
    const Result<QList<TariffVersion>> versions = TariffBook(*m_db).versions(*meter);
    if (!versions)
        return fail(Failure, versions.typedError());
    CliTable table(tariffColumns());
    for (int i = 0; i < versions->size(); ++i) {
        table.addRow(tariffRow(meter->name, versions.value()[i], TariffBook::validTo(versions.value(), i)));
    }
    print(table);
    finish(Success);
}

void TariffCommands::runBill(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &monthOption = option(QStringLiteral("month"));
    if (!parser.isSet(meterOption) || !parser.isSet(monthOption))
        return fail(UsageError, tr("bill needs --meter NAME and --month YYYY-MM."));
    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QString monthText = parser.value(monthOption).trimmed();
    const QDate month = monthPattern.match(monthText).hasMatch()
                            ? QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate)
                            : QDate();
    if (!month.isValid())
        return fail(UsageError, tr("--month needs a month like 2025-02, not \"%1\".").arg(monthText));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    const Result<MonthlyBill> bill = BillCalculator(*m_db).compute(*meter, month);
    if (!bill)
        return failWithoutTariff(bill.typedError());
    // One row type for the bill: the CSV export's columns plus the priced lines.
    QJsonObject totals = BillColumns::row(*meter, bill.value()).toJson();
    const QJsonArray charges = totals.take(QStringLiteral("energy_charges")).toArray();
    if (m_json) {
        totals.insert(QStringLiteral("energy_charges"), charges);
        printObject(totals);
    } else {
        CliTable lines({{QStringLiteral("slab")},
                        {QStringLiteral("kwh"), true},
                        {QStringLiteral("rate"), true},
                        {QStringLiteral("amount"), true}});
        for (const QJsonValue line : std::as_const(charges))
            lines.addRow(line.toObject());
        lines.printText(m_out);
        m_out << '\n';
        printObject(totals);
    }
    // Energy the bill could not price is said, never dropped in silence.
    if (bill->daysWithoutTariff > 0 || bill->unpricedGridWh > 0)
        m_err
            << "kilowatch-cli: "
            << tr("%1 day(s) of %2 came before the first tariff; %3 kWh of grid energy are not in this bill.")
                   .arg(bill->daysWithoutTariff)
                   .arg(monthText, CliTable::cellText(kwh(bill->unpricedGridWh)))
            << '\n';
    if (bill->unpricedGeneratorWh > 0)
        m_err << "kilowatch-cli: "
              << tr("%1 kWh of generator energy have no generator rate and are not in this bill.")
                     .arg(CliTable::cellText(kwh(bill->unpricedGeneratorWh)))
              << '\n';
    finish(Success);
}

void TariffCommands::runBuy(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &amountOption = option(QStringLiteral("amount"));
    const QCommandLineOption &kwhOption = option(QStringLiteral("kwh"));
    if (!parser.isSet(meterOption) || parser.isSet(amountOption) == parser.isSet(kwhOption))
        return fail(UsageError, tr("buy needs --meter NAME and either --amount AMOUNT or --kwh KWH."));
    const QCommandLineOption &given = parser.isSet(amountOption) ? amountOption : kwhOption;
    const std::optional<qint64> value = parseAmount(parser.value(given));
    if (!value || *value <= 0)
        return fail(UsageError, tr("--%1 needs a number above zero, not \"%2\".")
                                    .arg(given.names().constFirst(), parser.value(given)));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (!timeOption(parser, QStringLiteral("at"), *meter, &time))
        return;
    const RechargeCalculator calculator(*m_db);
    const Result<RechargeQuote> quote = parser.isSet(amountOption)
                                            ? calculator.energyFor(*meter, *value, time)
                                            : calculator.amountFor(*meter, *value, time);
    if (!quote)
        return failWithoutTariff(quote.typedError());
    printObject(QJsonObject{{QStringLiteral("meter"), meter->name},
                            {QStringLiteral("amount"), FixedPoint::toDouble(quote->amountMilli)},
                            {QStringLiteral("kwh"), kwh(quote->wh)},
                            {QStringLiteral("crosses_slab"), quote->crossesSlab},
                            {QStringLiteral("warning"), textOrNull(quote->warning)}});
    finish(Success);
}
