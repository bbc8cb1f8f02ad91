#include "ProviderHarness.h"

#include "FuzzNetworkAccessManager.h"
#include "providers/MeterProvider.h"
#include "providers/ProviderContext.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace {

// Enough for every queued step of a fetch; a fetch still open after this waits for something
// that never comes (the fake answers never hang).
constexpr int kMaxEventRounds = 2000;

void check(bool condition, const char *what)
{
    if (!condition)
        qFatal("fuzz invariant broken: %s", what);
}

void checkNoSecret(const FetchOutcome &outcome, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (outcome.message.contains(secret))
            qFatal("fuzz invariant broken: a secret in FetchOutcome::message: %s",
                   qPrintable(outcome.message));
        check(!outcome.field.contains(secret), "a secret in FetchOutcome::field");
        for (const ProviderRecharge &recharge : outcome.recharges)
            check(!recharge.token.contains(secret) && !recharge.reference.contains(secret),
                  "a secret in a recharge");
    }
}

} // namespace

QList<FuzzReply::Answer> ProviderHarness::parseAnswers(const QByteArray &data, bool *backfill)
{
    QByteArray rest = data;
    *backfill = rest.startsWith("backfill\n");
    if (*backfill)
        rest.remove(0, 9);
    QList<FuzzReply::Answer> answers;
    qsizetype from = 0;
    for (;;) {
        const qsizetype separator = rest.indexOf("\n----\n", from);
        const QByteArray part = rest.mid(from, separator < 0 ? -1 : separator - from);
        FuzzReply::Answer answer;
        qsizetype bodyStart = 0;
        while (bodyStart < part.size() && part.at(bodyStart) == '@') {
            qsizetype end = part.indexOf('\n', bodyStart);
            if (end < 0)
                end = part.size();
            const QByteArray line = part.mid(bodyStart + 1, end - bodyStart - 1);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            else
                answer.status = line.trimmed().toInt();
            bodyStart = end + 1;
        }
        answer.body = part.mid(bodyStart);
        answers.append(answer);
        if (separator < 0)
            break;
        from = separator + 6;
    }
    return answers;
}

Meter ProviderHarness::meter(const QString &provider, const QString &timezone, const QString &currency,
                             const QJsonObject &settings)
{
    Meter m;
    m.id = 1;
    m.name = QStringLiteral("fuzz");
    m.provider = provider;
    m.timezone = timezone;
    m.currency = currency;
    m.settings = settings;
    return m;
}

void ProviderHarness::run(const Meter &meter, const QHash<QString, QString> &secrets, const uint8_t *data,
                          size_t size)
{
    run(meter, secrets, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
}

void ProviderHarness::run(const Meter &meter, const QHash<QString, QString> &secrets, const QByteArray &data,
                          const QStringList &checked)
{
    QStringList mustNotAppear;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (checked.isEmpty() || checked.contains(it.key()))
            mustNotAppear.append(it.value());
    }
    bool backfill = false;
    FuzzNetworkAccessManager network(parseAnswers(data, &backfill));
    MemorySecretStore store;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        store.write(SecretStore::keyFor(meter.id, it.key()), it.value(),
                    [](SecretStore::Error, const QString &) {});
    std::unique_ptr<MeterProvider> provider(
        ProviderRegistry::create(meter, ProviderContext{&network, &store}, nullptr));
    check(provider != nullptr, "the provider could not be created");

    for (int fetch = 0; fetch < kMaxFetches; ++fetch) {
        int finished = 0;
        FetchOutcome last;
        const QMetaObject::Connection connection =
            QObject::connect(provider.get(), &MeterProvider::finished, [&](const FetchOutcome &outcome) {
                ++finished;
                last = outcome;
            });
        if (backfill && fetch == 0 && provider->canBackfill())
            provider->backfill(1735689600, 1740787200); // 2025-01-01 .. 2025-03-01 UTC
        else
            provider->fetch();
        check(finished == 0, "finished() from inside fetch()");
        for (int round = 0; round < kMaxEventRounds && finished == 0; ++round)
            QCoreApplication::processEvents();
        // Whatever is still queued (an answer's late signals) must not finish it twice.
        QCoreApplication::processEvents();
        QObject::disconnect(connection);
        check(finished == 1, "a fetch did not finish exactly once");
        check(!last.isSuccess() || last.reading.has_value(), "a successful outcome without a reading");
        checkNoSecret(last, mustNotAppear);
        if (network.remaining() == 0)
            break;
    }
    provider.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
