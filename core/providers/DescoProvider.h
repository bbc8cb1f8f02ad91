#pragma once

#include "HttpProvider.h"
#include "model/Result.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class JsonReader;

// DESCO prepaid meters (Dhaka): a public customer API without login. Every answer is
// {code, desc, data}; anything but code 200 is an error. Settings: account and
// meter_number (digits), base_url, and ca_file: DESCO's server is known to send an
// incomplete TLS chain, so the user may supply the missing certificate(s) as a PEM file;
// verification itself is never relaxed.
// A fetch reads getBalance; the one-time backfill also reads the daily consumption and the
// recharge history, in windows of kHistoryWindowDays, one request after another.
class DescoProvider final : public HttpProvider
{
    Q_OBJECT
public:
    DescoProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("desco"); }
    bool canBackfill() const override { return true; }

    // The API's history limit is undocumented; public clients ask up to a month of daily
    // consumption at a time, so a long range goes out in windows of at most a month (the
    // scheduler's 90 days plus today: three of each kind).
    static constexpr int kHistoryWindowDays = 31;

    static QString defaultBaseUrl();
    // Meter add: both numbers present and digits only, and a --ca-file that holds a certificate.
    static Status validate(const Meter &meter);
    // Stores ca_file as an absolute path: the window and the CLI may run from other folders.
    static void prepare(Meter &meter);
    // The certificates of a PEM file, or a sentence naming the file.
    static Result<QList<QSslCertificate>> loadCaFile(const QString &path);
    // [first, last] cut into windows of at most `days` days; empty when first > last.
    static QList<QPair<QDate, QDate>> windows(const QDate &first, const QDate &last, int days);

    // The GET request for one endpoint; once a fetch has loaded ca_file, it trusts the file's
    // certificates on top of the system's.
    QNetworkRequest request(const QString &endpoint, const QUrlQuery &query) const;

protected:
    void startFetch() override;
    void startBackfill(qint64 from, qint64 to) override;
    QString sslFailureHint() const override;

private:
    // One request of a sequence; `read` takes the envelope's data and returns false after it
    // finished the fetch with an error.
    struct Step
    {
        QString endpoint;
        QUrlQuery query;
        std::function<bool(const QJsonValue &data)> read;
    };

    bool loadCaCertificates();
    // getBalance: puts the reading (fresh or stale) into `outcome`, keeping its histories.
    Step balanceStep(const std::shared_ptr<FetchOutcome> &outcome);
    // Sends steps[index], then the next; after the last one finishes with `outcome`.
    void run(const QList<Step> &steps, int index, const std::shared_ptr<FetchOutcome> &outcome);
    QUrlQuery identity() const;
    QUrlQuery range(const QDate &from, const QDate &to) const;
    QTimeZone zone() const;
    // The envelope's data when code is 200; otherwise the fetch is finished.
    std::optional<QJsonValue> envelope(const HttpReply &reply);
    std::optional<Reading> readBalance(const QJsonValue &data);
    FetchOutcome outcomeFor(const Reading &reading);
    // Calls readRow for each object of a list (null data: an empty list); false after an error.
    bool readRows(const QJsonValue &data, const std::function<void(JsonReader &json)> &readRow);
    std::optional<qint64> readTime(JsonReader &json, const QString &key) const;
    // One row of getCustomerDailyConsumption; days before `today` are kept.
    void readDay(JsonReader &json, const QDate &today, QList<DailyUsage> &days) const;
    void readRecharge(JsonReader &json, QList<ProviderRecharge> &recharges) const;

    QString m_account;
    QString m_meterNumber;
    // Every certificate trusted for DESCO when ca_file is set (the system's and the file's);
    // empty without ca_file; loaded by the first fetch.
    std::optional<QList<QSslCertificate>> m_caCertificates;
    std::optional<qint64> m_lastReadingTime;
};
