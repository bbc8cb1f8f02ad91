#pragma once

#include "HttpProvider.h"
#include "model/Result.h"

#include <QElapsedTimer>
#include <QUrl>

#include <optional>

// ELNET prepaid meters (gated communities in India). Each society runs its own ELNET
// server, so there is no default address: settings base_url, or live_url and home_url.
// Both endpoints are POSTed with the user's bearer token and InputType blob (secrets
// "token" and "input_type", sent exactly as the vendor app sends them) and answer
// {"Status": "Success", "Message": ..., "Data": {...}}; any other Status is an error.
//
// - GetLiveUpdates is the reading: Supply (0 grid, else generator), PresentLoad (kW),
//   Balance, the EB and DG kWh counters, UpdatedOn in the meter's time zone. The server
//   repeats records a lot: the same UpdatedOn as the last record returned is Stale.
// - HomeData is asked at most every 10 minutes, to cross-check the power source. When
//   its EBDGStatus and Supply disagree, Supply wins: it belongs to the same timestamped
//   record as the counters, while HomeData carries no time and may be minutes old, so a
//   disagreement is nearly always HomeData lagging a switchover. EBDGStatus only stands in
//   for a record without Supply. A HomeData failure never costs the live reading.
class ElnetProvider final : public HttpProvider
{
    Q_OBJECT
public:
    ElnetProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("elnet"); }

    static constexpr int kHomeDataIntervalSeconds = 600;

    static QUrl liveUrl(const Meter &meter);
    static QUrl homeUrl(const Meter &meter);
    // The registry's cross-field check: base_url, or both live_url and home_url.
    static Status validateSettings(const Meter &meter);

protected:
    QStringList requiredSecrets() const override;
    void startFetch() override;

private:
    QNetworkRequest request(const QUrl &url) const;
    QByteArray body() const;
    void onLiveUpdates(const HttpReply &reply);
    // The outcome for a non-2xx answer, with the server's own Message where it sent one.
    FetchOutcome statusOutcome(const HttpReply &reply) const;
    // The outcome for an envelope whose Status is not "Success".
    FetchOutcome envelopeOutcome(const QString &status, const QString &message) const;
    QString renewHint() const;
    void onHomeData(const HttpReply &reply, Reading reading);
    // Fills a missing source from HomeData and finishes with the fresh reading.
    void finishReading(Reading reading);

    std::optional<qint64> m_lastUpdatedOn;
    QElapsedTimer m_homeDataAsked;           // the last HomeData request, answered or not
    std::optional<PowerSource> m_homeSource; // EBDGStatus from that request's answer
};
