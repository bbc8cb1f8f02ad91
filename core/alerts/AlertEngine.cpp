#include "AlertEngine.h"

#include "AlertText.h"
#include "analytics/BalanceForecast.h"
#include "analytics/LocalCalendar.h"
#include "analytics/RechargeLedger.h"
#include "analytics/UsageSeries.h"
#include "storage/AlertOutboxRepository.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/MeterStateRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace {

const QString kSinceKey = QStringLiteral("alert.since");
const QString kTroubleKey = QStringLiteral("alert.trouble");
const QString kHumanCheckKey = QStringLiteral("alert.human_check");

QString firedKey(const BalanceThreshold &t)
{
    return QStringLiteral("alert.fired.") + t.key();
}

// Energy and cost of [from, to) by source. Intervals are booked whole into the minute of their
// end, so a minute holds one interval of a live meter: its cost goes to the source whose energy
// it holds (split by energy when both), money-only meters' cost to the grid.
struct SourceSplit
{
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 gridCostMilli = 0;
    qint64 generatorCostMilli = 0;
};

SourceSplit splitBySource(Database &db, const Meter &meter, qint64 from, qint64 to)
{
    SourceSplit split;
    if (to <= from)
        return split;
    const Result<UsageSeries> series = UsageSeriesQuery(db).runRange(meter, from, to, 1);
    if (!series)
        return split;
    for (const UsageBucket &b : series->buckets) {
        split.gridWh += b.gridWh;
        split.generatorWh += b.generatorWh;
        const qint64 total = b.gridWh + b.generatorWh;
        const qint64 generatorCost = total > 0 ? b.costMilli * b.generatorWh / total
                                               : (b.source == PowerSource::Generator ? b.costMilli : 0);
        split.generatorCostMilli += generatorCost;
        split.gridCostMilli += b.costMilli - generatorCost;
    }
    return split;
}

} // namespace

struct AlertEngine::Run
{
    const Meter &meter;
    const AlertContext &context;
    MeterAlertRules rules;
    MeterStateRepository state;
    QTimeZone zone;
    qint64 since = 0;
    std::optional<Reading> latest;
    std::optional<ForecastResult> forecast;
    bool forecastRead = false;
    QList<Alert> candidates;
    Error error;
    Database &db;

    const std::optional<ForecastResult> &forecastNow()
    {
        if (!forecastRead) {
            forecastRead = true;
            if (const Result<ForecastResult> f = BalanceForecast(db).run(meter, context.now))
                forecast = f.value();
        }
        return forecast;
    }
    // "It runs out around Fri 25 Jul (spending about ₹120.00 a day)." or nothing.
    QString runsOutSentence()
    {
        const std::optional<ForecastResult> &f = forecastNow();
        if (!f || !f->hasForecast() || !f->dailyCostMilli)
            return QString();
        return AlertEngine::tr("It runs out around %1 (spending about %2 a day).")
            .arg(AlertText::date(*f->runsOutOn), AlertText::money(*f->dailyCostMilli, meter.currency));
    }
    void raise(Alert::Kind kind, Alert::Severity severity, const QString &title, const QString &message,
               const QString &dedupeKey)
    {
        Alert a;
        a.kind = kind;
        a.severity = severity;
        a.title = title;
        a.message = message;
        a.dedupeKey = dedupeKey;
        candidates.append(a);
    }
    void set(const QString &key, const QString &value)
    {
        if (Status s = state.setValue(meter.id, key, value); !s && error.kind() == ErrorKind::None)
            error = s.typedError();
    }
    void unset(const QString &key)
    {
        if (Status s = state.remove(meter.id, key); !s && error.kind() == ErrorKind::None)
            error = s.typedError();
    }
    bool has(const QString &key) const { return state.value(meter.id, key).has_value(); }
};

AlertEngine::AlertEngine(Database &db, AlertConfig config)
    : m_db(db)
    , m_config(std::move(config))
{}

qint64 AlertEngine::summaryDueTime(const QDate &day, const QTime &at, const QTimeZone &zone)
{
    // In a spring-forward gap the wall time does not exist: take the first time after it.
    for (int shift = 0; shift <= 4 * 3600; shift += 900) {
        const QTime t = at.addSecs(shift);
        if (shift > 0 && t < at)
            break; // wrapped past midnight
        const QDateTime dt(day, t, zone);
        if (dt.isValid() && dt.date() == day && dt.time() == t) {
            // On a fall-back day the time happens twice: the first one counts.
            const QDateTime earlier = dt.addSecs(-3600).toTimeZone(zone);
            if (earlier.date() == day && earlier.time() == t)
                return earlier.toSecsSinceEpoch();
            return dt.toSecsSinceEpoch();
        }
    }
    return LocalCalendar(zone).startOf(day.addDays(1)) - 60;
}

Result<QList<Alert>> AlertEngine::evaluate(const Meter &meter, const AlertContext &context)
{
    using R = Result<QList<Alert>>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    Run run{meter,
            context,
            m_config.rulesFor(meter),
            MeterStateRepository(m_db),
            QTimeZone(meter.timezone.toUtf8()),
            0,
            std::nullopt,
            std::nullopt,
            false,
            {},
            {},
            m_db};
    if (const std::optional<QString> since = run.state.value(meter.id, kSinceKey)) {
        run.since = since->toLongLong();
    } else {
        // The first look at this meter: what happened before is history, not news.
        run.since = context.now;
        run.set(kSinceKey, QString::number(context.now));
    }
    run.latest = ReadingRepository(m_db).latest(meter.id);

    if (m_config.lowBalance)
        lowBalance(run);
    if (m_config.recharges)
        recharges(run);
    if (m_config.generator)
        generator(run);
    if (m_config.consumption)
        consumption(run);
    if (m_config.dailySummary)
        dailySummary(run);
    if (m_config.providerTrouble)
        providerTrouble(run);
    if (run.error.kind() != ErrorKind::None)
        return R::failure(run.error);

    const bool quiet = m_config.isQuiet(context.now);
    AlertRepository log(m_db);
    AlertOutboxRepository outbox(m_db);
    QList<Alert> raised;
    for (Alert a : std::as_const(run.candidates)) {
        a.meterId = meter.id;
        a.time = context.now;
        a.silenced = quiet && a.severity < Alert::Severity::Critical;
        const Result<qint64> id = log.insert(a);
        if (!id)
            return R::failure(id.typedError());
        if (id.value() == 0)
            continue; // raised before (another process, or an earlier run): once is once
        a.id = id.value();
        // Quiet hours: nothing on the desktop; Telegram still gets it, without a sound.
        if (m_config.desktop && !a.silenced) {
            if (Status s = outbox.enqueue(a.id, desktopChannel(), false, context.now,
                                          context.now + m_config.desktopExpirySeconds);
                !s)
                return R::failure(s.typedError());
        }
        if (m_config.telegramActive()) {
            if (Status s = outbox.enqueue(a.id, telegramChannel(), a.silenced, context.now,
                                          context.now + m_config.telegramExpirySeconds);
                !s)
                return R::failure(s.typedError());
        }
        raised.append(a);
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return raised;
}

void AlertEngine::lowBalance(Run &run)
{
    const std::optional<qint64> balance = run.latest ? run.latest->balanceMilli : std::nullopt;
    QList<BalanceThreshold> crossed;
    std::optional<qint64> daysMilli;
    for (const BalanceThreshold &t : std::as_const(run.rules.lowBalance)) {
        std::optional<qint64> value;
        if (t.measure == BalanceThreshold::Measure::Money) {
            value = balance;
        } else {
            const std::optional<ForecastResult> &f = run.forecastNow();
            if (f && f->hasForecast() && f->daysRemaining)
                value = qRound64(*f->daysRemaining * 1000.0);
            daysMilli = value;
        }
        if (!value)
            continue; // no balance, or no forecast to claim days from: keep the state as it is
        const QString key = firedKey(t);
        const bool fired = run.has(key);
        if (!fired && *value <= t.valueMilli) {
            crossed.append(t);
            run.set(key, QString::number(run.context.now));
        } else if (fired && *value > t.valueMilli + t.hysteresis()) {
            run.unset(key); // a recharge lifted it clear: the next fall alerts again
        }
    }
    if (crossed.isEmpty())
        return;
    // Several levels crossed at once (a big drop, or after a restart): one alert, the worst.
    const BalanceThreshold *worst = &crossed.constFirst();
    for (const BalanceThreshold &t : std::as_const(crossed)) {
        if (t.severity > worst->severity || (t.severity == worst->severity && t.measure == worst->measure &&
                                             t.valueMilli < worst->valueMilli))
            worst = &t;
    }
    const bool critical = worst->severity == Alert::Severity::Critical;
    const QString title =
        critical ? tr("Balance critical: %1").arg(run.meter.name) : tr("Low balance: %1").arg(run.meter.name);
    const QString level = critical ? tr("critical") : tr("warning");
    QString message;
    const QString shownBalance = balance ? AlertText::money(*balance, run.meter.currency) : tr("unknown");
    if (worst->measure == BalanceThreshold::Measure::Money) {
        message = tr("The balance is %1, at or below your %2 level of %3.")
                      .arg(shownBalance, level, AlertText::money(worst->valueMilli, run.meter.currency));
    } else {
        message = tr("The balance of %1 lasts about %2, within your %3 level of %4.")
                      .arg(shownBalance, AlertText::days(double(daysMilli.value_or(0)) / 1000.0), level,
                           AlertText::days(double(worst->valueMilli) / 1000.0));
    }
    if (const QString out = run.runsOutSentence(); !out.isEmpty())
        message += QLatin1Char(' ') + out;
    // The key names this fall (level and reading): two processes seeing it raise it once.
    const QString key = QStringLiteral("low_balance:%1:%2")
                            .arg(worst->key())
                            .arg(run.latest ? run.latest->time : run.context.now);
    run.raise(Alert::Kind::LowBalance, worst->severity, title, message, key);
}

void AlertEngine::recharges(Run &run)
{
    const qint64 from = qMax(run.since, run.context.now - kRecentSeconds);
    // A provider's record may be dated before the rise it explains: list a week back.
    const Result<QList<RechargeEntry>> list =
        RechargeLedger(m_db).list(run.meter, from - 7 * 86400, run.context.now + 86400);
    if (!list) {
        run.error = list.typedError();
        return;
    }
    for (const RechargeEntry &e : list.value()) {
        // Only a rise seen in the balance is "detected" news; a recharge typed in is not.
        const std::optional<qint64> riseAt = e.isDetected() ? std::optional<qint64>(e.time) : e.intervalEnd;
        if (!riseAt || *riseAt < from)
            continue;
        QString after;
        if (e.balanceAfterMilli)
            after = AlertText::money(*e.balanceAfterMilli, run.meter.currency);
        else if (run.latest && run.latest->balanceMilli)
            after = AlertText::money(*run.latest->balanceMilli, run.meter.currency);
        QString message = tr("A recharge of %1 arrived at %2.")
                              .arg(AlertText::money(e.amountMilli, run.meter.currency),
                                   AlertText::time(*riseAt, run.zone, run.context.now));
        if (!after.isEmpty())
            message += QLatin1Char(' ') + tr("The balance is now %1.").arg(after);
        run.raise(Alert::Kind::Recharge, Alert::Severity::Info, tr("Recharge: %1").arg(run.meter.name),
                  message, QStringLiteral("recharge:%1").arg(*riseAt));
    }
}

void AlertEngine::generator(Run &run)
{
    const qint64 from = qMax(run.since, run.context.now - kRecentSeconds);
    const Result<QList<SourceSession>> sessions =
        SessionRepository(m_db).sessions(run.meter.id, from, run.context.now + 1);
    if (!sessions) {
        run.error = sessions.typedError();
        return;
    }
    for (const SourceSession &s : sessions.value()) {
        if (s.source != PowerSource::Generator)
            continue;
        if (s.isOpen()) {
            if (s.lastTime < from)
                continue;
            run.raise(Alert::Kind::GeneratorOn, Alert::Severity::Info,
                      tr("Generator on: %1").arg(run.meter.name),
                      tr("The power comes from the generator since %1.")
                          .arg(AlertText::time(s.start, run.zone, run.context.now)),
                      QStringLiteral("generator_on:%1").arg(s.start));
            continue;
        }
        if (qMax(*s.end, s.lastTime) < from)
            continue;
        // A session that began and ended unseen gets its summary alone, not "on" after the fact.
        QString message =
            tr("The generator ran for %1 (%2 to %3): %4, %5")
                .arg(AlertText::duration(s.durationSeconds()), AlertText::time(s.start, run.zone, *s.end),
                     AlertText::time(*s.end, run.zone), AlertText::energy(s.energyWh),
                     AlertText::money(s.costMilli, run.meter.currency));
        if (const std::optional<double> kw = s.averageKw())
            message += tr(", %1 on average").arg(AlertText::power(*kw));
        message += QLatin1Char('.');
        run.raise(Alert::Kind::GeneratorOff, Alert::Severity::Info,
                  tr("Generator off: %1").arg(run.meter.name), message,
                  QStringLiteral("generator_off:%1").arg(s.start));
    }
}

void AlertEngine::consumption(Run &run)
{
    if (!run.rules.dailyKwhLimitWh && !run.rules.dailySpendLimitMilli)
        return;
    LocalCalendar calendar(run.zone);
    const qint64 dayStart = calendar.dayStart(run.context.now);
    const QDate today = calendar.localDate(run.context.now);
    const Result<UsageSeries> day =
        UsageSeriesQuery(m_db).runRange(run.meter, dayStart, run.context.now + 1, 1440);
    if (!day)
        return;
    const qint64 wh = day->totalGridWh() + day->totalGeneratorWh();
    const qint64 cost = day->totalCostMilli();
    const QString title = tr("High consumption: %1").arg(run.meter.name);
    if (run.rules.dailyKwhLimitWh && wh > *run.rules.dailyKwhLimitWh)
        run.raise(Alert::Kind::Consumption, Alert::Severity::Warning, title,
                  tr("Today's use is %1, above your limit of %2.")
                      .arg(AlertText::energy(wh), AlertText::energy(*run.rules.dailyKwhLimitWh)),
                  QStringLiteral("consumption_kwh:%1").arg(today.toString(Qt::ISODate)));
    if (run.rules.dailySpendLimitMilli && cost > *run.rules.dailySpendLimitMilli)
        run.raise(Alert::Kind::Consumption, Alert::Severity::Warning, title,
                  tr("Today's spend is %1, above your limit of %2.")
                      .arg(AlertText::money(cost, run.meter.currency),
                           AlertText::money(*run.rules.dailySpendLimitMilli, run.meter.currency)),
                  QStringLiteral("consumption_spend:%1").arg(today.toString(Qt::ISODate)));
}

void AlertEngine::dailySummary(Run &run)
{
    if (!run.latest)
        return; // a meter without a single reading has nothing to sum up
    LocalCalendar calendar(run.zone);
    const QDate today = calendar.localDate(run.context.now);
    // The latest day whose summary time has passed: today after the time, else yesterday.
    // Only that one: after days away, one summary (late), not one per missed day.
    QDate day = today;
    qint64 due = summaryDueTime(day, m_config.dailySummaryTime, run.zone);
    if (due > run.context.now) {
        day = today.addDays(-1);
        due = summaryDueTime(day, m_config.dailySummaryTime, run.zone);
    }
    const QString key = QStringLiteral("daily_summary:%1").arg(day.toString(Qt::ISODate));
    if (due < run.since || AlertRepository(m_db).hasKey(run.meter.id, key))
        return;
    const qint64 dayStart = calendar.startOf(day);
    const qint64 dayEnd = calendar.startOf(day.addDays(1));
    const SourceSplit d = splitBySource(m_db, run.meter, dayStart, qMin(dayEnd, run.context.now + 1));
    const SourceSplit month =
        splitBySource(m_db, run.meter, calendar.startOf(QDate(day.year(), day.month(), 1)),
                      qMin(dayEnd, run.context.now + 1));
    const QString &cur = run.meter.currency;
    QStringList lines;
    lines << tr("%1: grid %2 (%3), generator %4 (%5).")
                 .arg(day == today ? tr("Today") : AlertText::date(day), AlertText::energy(d.gridWh),
                      AlertText::money(d.gridCostMilli, cur), AlertText::energy(d.generatorWh),
                      AlertText::money(d.generatorCostMilli, cur));
    lines << tr("Month to date: grid %1 (%2), generator %3 (%4), %5 in all.")
                 .arg(AlertText::energy(month.gridWh), AlertText::money(month.gridCostMilli, cur),
                      AlertText::energy(month.generatorWh), AlertText::money(month.generatorCostMilli, cur),
                      AlertText::money(month.gridCostMilli + month.generatorCostMilli, cur));
    if (run.latest && run.latest->balanceMilli)
        lines << tr("Balance: %1.").arg(AlertText::money(*run.latest->balanceMilli, cur));
    if (const QString out = run.runsOutSentence(); !out.isEmpty())
        lines << out;
    if (run.context.now - due > 15 * 60)
        lines << tr("(Sent late: Kilowatch was not running at %1.)")
                     .arg(AlertText::time(due, run.zone, run.context.now));
    run.raise(Alert::Kind::DailySummary, Alert::Severity::Info,
              tr("Daily summary: %1, %2").arg(run.meter.name, AlertText::date(day)),
              lines.join(QLatin1Char('\n')), key);
}

void AlertEngine::providerTrouble(Run &run)
{
    const AlertContext &c = run.context;
    if (c.lastOutcome == FetchOutcome::Kind::HumanCheckRequired) {
        if (!run.has(kHumanCheckKey)) {
            run.set(kHumanCheckKey, QString::number(c.now));
            run.raise(Alert::Kind::HumanCheck, Alert::Severity::Warning,
                      tr("Human check needed: %1").arg(run.meter.name),
                      tr("The provider asks for a human check (a captcha) before it shows the balance of %1. "
                         "Sign in on the provider's web site in a browser; Kilowatch tries again in an hour, "
                         "never sooner.")
                          .arg(run.meter.name),
                      QStringLiteral("human_check:%1").arg(c.now));
        }
    } else if (c.lastOutcome == FetchOutcome::Kind::Reading || c.lastOutcome == FetchOutcome::Kind::Stale) {
        run.unset(kHumanCheckKey);
    }

    if (!c.polled)
        return;
    const qint64 latestTime = run.latest ? run.latest->time : 0;
    const qint64 staleAfter = m_config.staleAfterSeconds(run.meter);
    if (c.now - latestTime <= staleAfter) {
        run.unset(kTroubleKey); // fresh again: the next silence alerts again
        return;
    }
    if (run.has(kTroubleKey) || c.now - qMax(latestTime, c.watchingSince) <= staleAfter)
        return;
    run.set(kTroubleKey, QString::number(c.now));
    QString message = latestTime > 0 ? tr("No fresh reading from %1 for %2 (the last one is from %3).")
                                           .arg(run.meter.name, AlertText::duration(c.now - latestTime),
                                                AlertText::time(latestTime, run.zone, c.now))
                                     : tr("No reading from %1 yet.").arg(run.meter.name);
    if (!c.lastError.isEmpty())
        message += QLatin1Char(' ') + c.lastError;
    run.raise(Alert::Kind::ProviderTrouble, Alert::Severity::Warning,
              tr("No fresh readings: %1").arg(run.meter.name), message,
              QStringLiteral("provider_trouble:%1").arg(latestTime));
}

AlertStanding AlertEngine::standing(const Meter &meter) const
{
    AlertStanding s;
    MeterStateRepository state(m_db);
    for (const BalanceThreshold &t : m_config.rulesFor(meter).lowBalance) {
        if (state.value(meter.id, firedKey(t)) && (!s.lowBalance || t.severity > *s.lowBalance))
            s.lowBalance = t.severity;
    }
    if (const std::optional<Reading> latest = ReadingRepository(m_db).latest(meter.id);
        latest && latest->balanceMilli && *latest->balanceMilli <= 0)
        s.lowBalance = Alert::Severity::Critical; // cut off, or about to be
    s.trouble =
        state.value(meter.id, kTroubleKey).has_value() || state.value(meter.id, kHumanCheckKey).has_value();
    return s;
}
