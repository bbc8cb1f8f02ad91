#include "DescoProvider.h"

#include "JsonReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,30}$"));
    return digits.match(text).hasMatch();
}

// Account and meter numbers may come back as JSON numbers, which lose leading zeros.
bool sameNumber(QString a, QString b)
{
    while (a.size() > 1 && a.startsWith(QLatin1Char('0')))
        a.remove(0, 1);
    while (b.size() > 1 && b.startsWith(QLatin1Char('0')))
        b.remove(0, 1);
    return a == b;
}

} // namespace

DescoProvider::DescoProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : HttpProvider(meter, context, parent)
    , m_account(setting(QStringLiteral("account")))
    , m_meterNumber(setting(QStringLiteral("meter_number")))
{}

QString DescoProvider::defaultBaseUrl()
{
    return QStringLiteral("https://prepaid.desco.org.bd/api/tkdes/customer/");
}

Status DescoProvider::validate(const Meter &meter)
{
    const QString account = meter.settings.value(QStringLiteral("account")).toString();
    const QString meterNumber = meter.settings.value(QStringLiteral("meter_number")).toString();
    if (!isDigits(account))
        return Status::failure(
            tr("--account needs the DESCO account number, digits only, not \"%1\".").arg(account));
    if (!isDigits(meterNumber))
        return Status::failure(
            tr("--meter-number needs the DESCO meter number, digits only, not \"%1\".").arg(meterNumber));
    const QString caFile = meter.settings.value(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty()) {
        if (const Result<QList<QSslCertificate>> loaded = loadCaFile(caFile); !loaded)
            return Status::failure(loaded.typedError());
    }
    return {};
}

void DescoProvider::prepare(Meter &meter)
{
    const QString caFile = meter.settings.value(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty())
        meter.settings.insert(QStringLiteral("ca_file"), QFileInfo(caFile).absoluteFilePath());
}

Result<QList<QSslCertificate>> DescoProvider::loadCaFile(const QString &path)
{
    using CertificatesResult = Result<QList<QSslCertificate>>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return CertificatesResult::failure(
            tr("The certificate file %1 (--ca-file) does not exist.").arg(shown));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return CertificatesResult::failure(
            tr("The certificate file %1 (--ca-file) cannot be read: %2")
                .arg(shown, info.isFile() ? file.errorString() : tr("it is not a file.")));
    const QByteArray pem = file.read(kMaxCaFileBytes + 1);
    if (pem.size() > kMaxCaFileBytes)
        return CertificatesResult::failure(
            tr("The certificate file %1 (--ca-file) is larger than 1 MiB; it is not a certificate.")
                .arg(shown));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return CertificatesResult::failure(
            tr("The certificate file %1 (--ca-file) holds no PEM certificate (a block starting with "
               "-----BEGIN CERTIFICATE-----).")
                .arg(shown));
    return certificates;
}

QList<QPair<QDate, QDate>> DescoProvider::windows(const QDate &first, const QDate &last, int days)
{
    QList<QPair<QDate, QDate>> list;
    const int step = qMax(1, days);
    for (QDate start = first; start.isValid() && start <= last; start = start.addDays(step))
        list.append({start, qMin(start.addDays(step - 1), last)});
    return list;
}

QTimeZone DescoProvider::zone() const
{
    const QTimeZone meterZone(meter().timezone.toUtf8());
    return meterZone.isValid() ? meterZone : QTimeZone(QByteArrayLiteral("Asia/Dhaka"));
}

QUrlQuery DescoProvider::identity() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountNo"), m_account);
    query.addQueryItem(QStringLiteral("meterNo"), m_meterNumber);
    return query;
}

QUrlQuery DescoProvider::range(const QDate &from, const QDate &to) const
{
    QUrlQuery query = identity();
    query.addQueryItem(QStringLiteral("dateFrom"), from.toString(kDateFormat));
    query.addQueryItem(QStringLiteral("dateTo"), to.toString(kDateFormat));
    return query;
}

QNetworkRequest DescoProvider::request(const QString &endpoint, const QUrlQuery &query) const
{
    QString base = setting(QStringLiteral("base_url"), defaultBaseUrl());
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QUrl url = QUrl(base).resolved(QUrl(endpoint));
    url.setQuery(query);
    QNetworkRequest request = jsonRequest(url);
    if (m_caCertificates && !m_caCertificates->isEmpty()) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setCaCertificates(*m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

QString DescoProvider::sslFailureHint() const
{
    const QString caFile = setting(QStringLiteral("ca_file"));
    if (caFile.isEmpty())
        return tr("DESCO's server is known to send an incomplete certificate chain; add its intermediate "
                  "certificate (a PEM file) to this meter with --ca-file.");
    return tr("The certificates in %1 (--ca-file) did not complete DESCO's chain either; check that the "
              "file holds DESCO's current intermediate certificate.")
        .arg(QDir::toNativeSeparators(caFile));
}

bool DescoProvider::loadCaCertificates()
{
    if (m_caCertificates)
        return true;
    const QString caFile = setting(QStringLiteral("ca_file"));
    if (caFile.isEmpty()) {
        m_caCertificates.emplace();
        return true;
    }
    // Read at the first fetch and again after a failure, so a repaired file is picked up.
    const Result<QList<QSslCertificate>> loaded = loadCaFile(caFile);
    if (!loaded) {
        finish(FetchOutcome::failure(FetchOutcome::Kind::NetworkError,
                                     loaded.error() + QLatin1Char(' ') + tr("DESCO was not contacted.")));
        return false;
    }
    // Setting CA certificates replaces the roots Qt would load on demand: keep them, add the user's.
    m_caCertificates = QSslConfiguration::systemCaCertificates() +
                       QSslConfiguration::defaultConfiguration().caCertificates() + loaded.value();
    return true;
}

void DescoProvider::startFetch()
{
    if (!loadCaCertificates())
        return;
    auto outcome = std::make_shared<FetchOutcome>();
    run({balanceStep(outcome)}, 0, outcome);
}

void DescoProvider::startBackfill(qint64 from, qint64 to)
{
    if (!loadCaCertificates())
        return;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, zone()).date();
    const QDate today = QDateTime::fromSecsSinceEpoch(to, zone()).date();
    auto gathered = std::make_shared<FetchOutcome>();
    QList<Step> steps;
    // Complete days only: the backfill runs once, so a part of today would stay partial for good.
    for (const auto &[start, end] : windows(first, today.addDays(-1), kHistoryWindowDays)) {
        steps.append({QStringLiteral("getCustomerDailyConsumption"), range(start, end),
                      [this, gathered, today](const QJsonValue &data) {
                          return readRows(data, [this, gathered, today](JsonReader &json) {
                              readDay(json, today, gathered->dailyUsage);
                          });
                      }});
    }
    for (const auto &[start, end] : windows(first, today, kHistoryWindowDays)) {
        steps.append({QStringLiteral("getRechargeHistory"), range(start, end),
                      [this, gathered](const QJsonValue &data) {
                          return readRows(data, [this, gathered](JsonReader &json) {
                              readRecharge(json, gathered->recharges);
                          });
                      }});
    }
    // The balance last: a stale check must not count a reading that a failed step never stored.
    steps.append(balanceStep(gathered));
    run(steps, 0, gathered);
}

DescoProvider::Step DescoProvider::balanceStep(const std::shared_ptr<FetchOutcome> &outcome)
{
    return {QStringLiteral("getBalance"), identity(), [this, outcome](const QJsonValue &data) {
                const std::optional<Reading> reading = readBalance(data);
                if (!reading)
                    return false;
                FetchOutcome withReading = outcomeFor(*reading);
                withReading.dailyUsage = outcome->dailyUsage;
                withReading.recharges = outcome->recharges;
                *outcome = withReading;
                return true;
            }};
}

void DescoProvider::run(const QList<Step> &steps, int index, const std::shared_ptr<FetchOutcome> &outcome)
{
    if (index >= steps.size()) {
        finish(*outcome);
        return;
    }
    const Step &step = steps.at(index);
    send("GET", request(step.endpoint, step.query), {},
         [this, steps, index, outcome](const HttpReply &reply) {
             const std::optional<QJsonValue> data = envelope(reply);
             if (data && steps.at(index).read(*data))
                 run(steps, index + 1, outcome);
         });
}

std::optional<QJsonValue> DescoProvider::envelope(const HttpReply &reply)
{
    const std::optional<QJsonDocument> doc = parseJson(reply);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        finish(FetchOutcome::badData(QStringLiteral("body"),
                                     tr("expected an object with code, desc and data.")));
        return std::nullopt;
    }
    const QJsonObject object = doc->object();
    JsonReader json(object);
    const std::optional<double> code = json.number(QStringLiteral("code"));
    if (!json.ok()) {
        finish(json.error());
        return std::nullopt;
    }
    if (*code != 200) {
        QString desc = object.value(QStringLiteral("desc")).toString().simplified().left(200);
        if (desc.isEmpty())
            desc = tr("no reason given");
        const QString answer = tr("DESCO answered \"%1\" (code %2) for account %3, meter %4.")
                                   .arg(desc, QString::number(*code), m_account, m_meterNumber);
        // 4xx codes are DESCO's way of saying it does not know the numbers.
        finish(FetchOutcome::failure(FetchOutcome::Kind::ServerError,
                                     *code >= 400 && *code < 500
                                         ? answer + QLatin1Char(' ') +
                                               tr("Check the account and meter numbers of this meter.")
                                         : answer));
        return std::nullopt;
    }
    return object.value(QStringLiteral("data"));
}

std::optional<qint64> DescoProvider::readTime(JsonReader &json, const QString &key) const
{
    const std::optional<QString> raw = json.text(key);
    if (!raw)
        return std::nullopt;
    // DESCO writes "yyyy-MM-dd HH:mm:ss"; an ISO 'T' between date and time means the same.
    QString text = raw->trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char('T'))
        text[10] = QLatin1Char(' ');
    QString why;
    const std::optional<qint64> time = JsonReader::parseTime(text, kTimeFormat, zone(), &why);
    if (!time)
        json.fail(key, why);
    return time;
}

std::optional<Reading> DescoProvider::readBalance(const QJsonValue &data)
{
    if (!data.isObject()) {
        finish(FetchOutcome::badData(QStringLiteral("data"),
                                     data.isNull() || data.isUndefined()
                                         ? tr("DESCO sent no balance for account %1, meter %2; check the "
                                              "account and meter numbers of this meter.")
                                               .arg(m_account, m_meterNumber)
                                         : tr("expected an object with the balance.")));
        return std::nullopt;
    }
    JsonReader json(data.toObject());
    // An answer about another meter must never land in this one.
    const std::optional<QString> account = json.text(QStringLiteral("accountNo"), false);
    if (account && !sameNumber(account->trimmed(), m_account))
        json.fail(QStringLiteral("accountNo"),
                  tr("the answer is about account %1, not %2.").arg(account->left(30), m_account));
    const std::optional<QString> meterNumber = json.text(QStringLiteral("meterNo"), false);
    if (meterNumber && !sameNumber(meterNumber->trimmed(), m_meterNumber))
        json.fail(QStringLiteral("meterNo"),
                  tr("the answer is about meter %1, not %2.").arg(meterNumber->left(30), m_meterNumber));
    Reading reading;
    reading.balanceMilli = json.milli(QStringLiteral("balance"));
    const std::optional<qint64> time = readTime(json, QStringLiteral("readingTime"));
    if (!json.ok()) {
        finish(json.error());
        return std::nullopt;
    }
    reading.time = *time;
    reading.fetchedAt = QDateTime::currentSecsSinceEpoch();
    return reading;
}

FetchOutcome DescoProvider::outcomeFor(const Reading &reading)
{
    // DESCO repeats the meter's last reading until the meter reports again.
    if (m_lastReadingTime == reading.time)
        return FetchOutcome::stale(reading);
    m_lastReadingTime = reading.time;
    return FetchOutcome::fresh(reading);
}

bool DescoProvider::readRows(const QJsonValue &data, const std::function<void(JsonReader &json)> &readRow)
{
    // No rows in a window comes as an empty list, or as null data.
    if (data.isNull() || data.isUndefined())
        return true;
    if (!data.isArray()) {
        finish(FetchOutcome::badData(QStringLiteral("data"), tr("expected a list.")));
        return false;
    }
    const QJsonArray rows = data.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString name = QStringLiteral("data[%1]").arg(i);
        if (!rows.at(i).isObject()) {
            finish(FetchOutcome::badData(name, tr("expected an object.")));
            return false;
        }
        JsonReader json(rows.at(i).toObject(), name);
        readRow(json);
        if (!json.ok()) {
            finish(json.error());
            return false;
        }
    }
    return true;
}

void DescoProvider::readDay(JsonReader &json, const QDate &today, QList<DailyUsage> &days) const
{
    DailyUsage day;
    const std::optional<QString> date = json.text(QStringLiteral("date"));
    day.energyWh = json.nonNegativeMilli(QStringLiteral("consumedUnit"), false);
    day.costMilli = json.nonNegativeMilli(QStringLiteral("consumedTaka"));
    if (!date)
        return;
    day.date = QDate::fromString(date->trimmed(), kDateFormat);
    if (!day.date.isValid())
        json.fail(QStringLiteral("date"),
                  tr("\"%1\" is not a date in the form %2.").arg(date->left(40), kDateFormat));
    else if (day.date > today)
        json.fail(QStringLiteral("date"),
                  tr("the day %1 is in the future.").arg(day.date.toString(kDateFormat)));
    else if (json.ok() && day.date < today)
        days.append(day);
}

void DescoProvider::readRecharge(JsonReader &json, QList<ProviderRecharge> &recharges) const
{
    ProviderRecharge recharge;
    recharge.reference = json.text(QStringLiteral("orderID")).value_or(QString()).trimmed();
    const std::optional<qint64> time = readTime(json, QStringLiteral("rechargeDate"));
    const std::optional<qint64> amount = json.nonNegativeMilli(QStringLiteral("totalAmount"));
    recharge.status = json.text(QStringLiteral("orderStatus"), false).value_or(QString()).trimmed();
    recharge.token = json.text(QStringLiteral("tokenNo"), false).value_or(QString()).trimmed();
    if (json.ok() && recharge.reference.isEmpty())
        json.fail(QStringLiteral("orderID"), tr("the value is empty."));
    if (!json.ok())
        return;
    recharge.time = *time;
    recharge.amountMilli = *amount;
    recharges.append(recharge);
}
