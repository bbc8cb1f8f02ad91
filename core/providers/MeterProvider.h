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

signals:
    void finished(const FetchOutcome &outcome);
};
