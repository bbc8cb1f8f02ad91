#include "ProviderFetch.h"

#include "providers/MeterProvider.h"

#include <QSignalSpy>
#include <QTest>

FetchOutcome awaitOutcome(MeterProvider &provider, const std::function<void()> &start, int waitMs,
                          int settleMs)
{
    QSignalSpy finished(&provider, &MeterProvider::finished);
    start();
    if (finished.isEmpty() && !finished.wait(waitMs))
        return FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("test: no answer"));
    if (settleMs > 0)
        QTest::qWait(settleMs); // nothing else may follow
    [&] { QCOMPARE(finished.size(), 1); }();
    if (finished.size() != 1)
        return FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("test: two answers"));
    return finished.constFirst().constFirst().value<FetchOutcome>();
}

FetchOutcome fetchOnce(MeterProvider &provider, int waitMs, int settleMs)
{
    return awaitOutcome(
        provider, [&provider] { provider.fetch(); }, waitMs, settleMs);
}
