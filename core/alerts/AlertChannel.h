#pragma once

#include "Alert.h"

#include <QObject>

#include <functional>

// What a channel reports for one delivery attempt.
struct DeliveryResult
{
    bool delivered = false;
    QString error;             // a sentence, never a secret
    int retryAfterSeconds = 0; // the server's own wish, when it said one

    static DeliveryResult ok() { return DeliveryResult{true, {}, 0}; }
    static DeliveryResult failed(QString error, int retryAfter = 0)
    {
        return DeliveryResult{false, std::move(error), retryAfter};
    }
};

// A way to show an alert to the user (desktop notifications, Telegram). Asynchronous: `done`
// runs later from the event loop, exactly once.
class AlertChannel : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DeliveryResult &)>;
    using QObject::QObject;

    // The outbox's channel name: "desktop", "telegram".
    virtual QString name() const = 0;
    // `silent`: quiet hours; deliver without sound where the channel can.
    virtual void deliver(const Alert &alert, bool silent, Done done) = 0;
};
