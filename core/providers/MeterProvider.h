#pragma once

#include "FetchOutcome.h"

#include <QObject>

// One adapter instance per meter. fetch() starts an asynchronous request and returns at
// once; finished() follows exactly once per fetch, never from inside fetch() itself, unless
// abort() was called first, after which nothing is emitted for that fetch.
class MeterProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString kind() const = 0;
    virtual void fetch() = 0;
    virtual void abort() = 0;
    // Providers with a history API (DESCO, IngufuPay) fill a new meter's past: backfill()
    // answers through finished() like fetch(), with FetchOutcome::history, recharges and
    // dailyUsage filled. The scheduler calls it once, before the first fetch.
    virtual bool canBackfill() const { return false; }
    virtual void backfill(qint64 from, qint64 to)
    {
        Q_UNUSED(from);
        Q_UNUSED(to);
        fetch();
    }

signals:
    void finished(const FetchOutcome &outcome);
};
