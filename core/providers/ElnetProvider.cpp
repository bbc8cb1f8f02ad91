#include "ElnetProvider.h"

#include "JsonReader.h"
#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QString kLivePath = QStringLiteral("/api/Dashboard/GetLiveUpdates");
const QString kHomePath = QStringLiteral("/api/Dashboard/HomeData");
const QString kTimeFormat = QStringLiteral("dd-MM-yyyy HH:mm:ss");
// HomeData is only a cross-check: it must not eat the time the scheduler's watchdog gives
// the whole fetch.
constexpr int kHomeDataTimeoutMs = 10'000;

QString settingText(const Meter &meter, const QString &key)
{
    return meter.settings.value(key).toString().trimmed();
}

QUrl endpoint(const Meter &meter, const QString &key, const QString &path)
{
    const QString own = settingText(meter, key);
    if (!own.isEmpty())
        return QUrl(own);
    QString base = settingText(meter, QStringLiteral("base_url"));
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

// What the server said, fit to quote in a sentence.
QString quoted(const QString &serverText, qsizetype limit = 200)
{
    return serverText.simplified().left(limit);
}

bool isSuccess(const QString &status)
{
    return status.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
}

// Messages meaning the token or the InputType is no longer accepted, including the default
// of ASP.NET-style APIs like ELNET's ("Authorization has been denied for this request.").
bool soundsLikeAuth(const QString &message)
{
    static const QRegularExpression pattern(
        QStringLiteral("unauthori[sz]ed|not authori[sz]ed|authori[sz]ation has been denied|invalid token|"
                       "token (has )?expired|expired token|session expired|invalid (user|credential|"
                       "inputtype|input type)|access denied|authentication"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(message).hasMatch();
}

PowerSource sourceFromCode(double code)
{
    return code == 0 ? PowerSource::Grid : PowerSource::Generator;
}

} // namespace

ElnetProvider::ElnetProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : HttpProvider(meter, context, parent)
{}

QUrl ElnetProvider::liveUrl(const Meter &meter)
{
    return endpoint(meter, QStringLiteral("live_url"), kLivePath);
}

QUrl ElnetProvider::homeUrl(const Meter &meter)
{
    return endpoint(meter, QStringLiteral("home_url"), kHomePath);
}

Status ElnetProvider::validateSettings(const Meter &meter)
{
    if (!settingText(meter, QStringLiteral("base_url")).isEmpty() ||
        (!settingText(meter, QStringLiteral("live_url")).isEmpty() &&
         !settingText(meter, QStringLiteral("home_url")).isEmpty()))
        return {};
    return Status::failure(tr("The elnet provider needs --base-url (the address of your society's ELNET "
                              "server), or both --live-url and --home-url."));
}

QStringList ElnetProvider::requiredSecrets() const
{
    return {QStringLiteral("token"), QStringLiteral("input_type")};
}

QNetworkRequest ElnetProvider::request(const QUrl &url) const
{
    QNetworkRequest request = jsonRequest(url);
    request.setRawHeader("Authorization", "Bearer " + secret(QStringLiteral("token")).toUtf8());
    request.setRawHeader("Content-Type", "application/json; charset=UTF-8");
    return request;
}

QByteArray ElnetProvider::body() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("InputType"), secret(QStringLiteral("input_type"))}})
        .toJson(QJsonDocument::Compact);
}

void ElnetProvider::startFetch()
{
    // Both addresses are checked up front: a refused HomeData address is a settings
    // mistake to show, not a side request to skip quietly.
    if (!checkUrl(liveUrl(meter())) || !checkUrl(homeUrl(meter())))
        return;
    // Any status: ELNET explains its refusals in the envelope's Message.
    send(
        "POST", request(liveUrl(meter())), body(), [this](const HttpReply &reply) { onLiveUpdates(reply); },
        true);
}

QString ElnetProvider::renewHint() const
{
    if (inWindow())
        return tr("If the token or the InputType changed in the ELNET app, type the new ones in "
                  "Meter > Edit meter….");
    return tr("If the token or the InputType changed in the ELNET app, store the new ones with "
              "kilowatch-cli meter secrets \"%1\" --secret-stdin.")
        .arg(meter().name);
}

FetchOutcome ElnetProvider::statusOutcome(const HttpReply &reply) const
{
    FetchOutcome outcome = outcomeForStatus(reply);
    const QString said =
        quoted(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Message")).toString());
    if (!said.isEmpty())
        outcome.message += QLatin1Char(' ') + tr("ELNET said: \"%1\".").arg(said);
    if (outcome.kind == FetchOutcome::Kind::AuthFailed)
        outcome.message += QLatin1Char(' ') + renewHint();
    return outcome;
}

FetchOutcome ElnetProvider::envelopeOutcome(const QString &status, const QString &message) const
{
    const QString said = quoted(message);
    const QString word = quoted(status, 40);
    if (soundsLikeAuth(said) || soundsLikeAuth(word))
        return FetchOutcome::failure(FetchOutcome::Kind::AuthFailed,
                                     tr("ELNET said: \"%1\".").arg(said.isEmpty() ? word : said) +
                                         QLatin1Char(' ') + renewHint());
    if (said.isEmpty())
        return FetchOutcome::failure(FetchOutcome::Kind::ServerError,
                                     tr("ELNET answered \"%1\" without a message.").arg(word));
    return FetchOutcome::failure(FetchOutcome::Kind::ServerError,
                                 tr("ELNET answered \"%1\": %2").arg(word, said));
}

void ElnetProvider::onLiveUpdates(const HttpReply &reply)
{
    if (reply.status < 200 || reply.status >= 300)
        return finish(statusOutcome(reply));
    const std::optional<QJsonDocument> doc = parseJson(reply);
    if (!doc)
        return;
    JsonReader envelope(doc->object());
    const std::optional<QString> status = envelope.text(QStringLiteral("Status"));
    if (!status)
        return finish(envelope.error());
    if (!isSuccess(*status))
        return finish(
            envelopeOutcome(*status, envelope.text(QStringLiteral("Message"), false).value_or(QString())));
    const std::optional<QJsonObject> data = envelope.object(QStringLiteral("Data"));
    if (!data)
        return finish(envelope.error());

    JsonReader json(*data, QStringLiteral("Data"));
    Reading reading;
    reading.fetchedAt = QDateTime::currentSecsSinceEpoch();
    const std::optional<qint64> time =
        json.time(QStringLiteral("UpdatedOn"), kTimeFormat, QTimeZone(meter().timezone.toUtf8()));
    reading.balanceMilli = json.milli(QStringLiteral("Balance"));
    reading.gridWh = json.nonNegativeMilli(QStringLiteral("EB"));
    reading.generatorWh = json.nonNegativeMilli(QStringLiteral("DG"));
    reading.loadW = json.nonNegativeMilli(QStringLiteral("PresentLoad"));
    const std::optional<double> supply = json.number(QStringLiteral("Supply"), false);
    if (!json.ok())
        return finish(json.error());
    reading.time = *time;
    if (supply)
        reading.source = sourceFromCode(*supply);

    if (m_lastUpdatedOn == reading.time)
        return finish(FetchOutcome::stale(reading));
    if (m_homeDataAsked.isValid() && m_homeDataAsked.elapsed() < kHomeDataIntervalSeconds * 1000LL)
        return finishReading(reading);

    // Asked at most every 10 minutes, answered or not: a broken HomeData is not hammered.
    m_homeDataAsked.start();
    m_homeSource.reset();
    QNetworkRequest home = request(homeUrl(meter()));
    home.setTransferTimeout(qMin(home.transferTimeout(), kHomeDataTimeoutMs));
    send(
        "POST", home, body(), [this, reading](const HttpReply &answer) { onHomeData(answer, reading); },
        false,
        [this, reading](const FetchOutcome &failure) {
            qCInfo(lcProvider) << "elnet meter" << meter().id << "HomeData failed:" << failure.kindName()
                               << "- keeping the live reading";
            finishReading(reading);
        });
}

void ElnetProvider::onHomeData(const HttpReply &reply, Reading reading)
{
    // Read leniently: anything unusable only means there is nothing to cross-check with.
    const QJsonObject envelope = QJsonDocument::fromJson(reply.body).object();
    const QJsonValue code =
        envelope.value(QStringLiteral("Data")).toObject().value(QStringLiteral("EBDGStatus"));
    QString why;
    const std::optional<double> status = isSuccess(envelope.value(QStringLiteral("Status")).toString())
                                             ? JsonReader::toNumber(code, &why)
                                             : std::nullopt;
    if (!status) {
        qCInfo(lcProvider) << "elnet meter" << meter().id << "HomeData unusable - keeping the live reading";
    } else {
        m_homeSource = sourceFromCode(*status);
        if (reading.source != PowerSource::Unknown && reading.source != *m_homeSource)
            qCInfo(lcProvider) << "elnet meter" << meter().id << "Supply says"
                               << powerSourceName(reading.source) << "but HomeData says"
                               << powerSourceName(*m_homeSource) << "- keeping Supply, the timestamped one";
    }
    finishReading(reading);
}

void ElnetProvider::finishReading(Reading reading)
{
    if (reading.source == PowerSource::Unknown && m_homeSource)
        reading.source = *m_homeSource;
    m_lastUpdatedOn = reading.time;
    finish(FetchOutcome::fresh(reading));
}
