#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where credentials live: never SQLite, settings, CSV or logs. Asynchronous, because OS
// keychains are (D-Bus on Linux). Keys are "meter-<id>/<field>" under the service "Kilowatch".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        NotFound,
        NoKeychain, // no OS keychain reachable: tell the user, never fall back to plain text
        Other,
    };
    using ReadCallback = std::function<void(Error, const QString &value, const QString &message)>;
    using DoneCallback = std::function<void(Error, const QString &message)>;

    using QObject::QObject;

    // Callbacks always run later from the event loop, never inside the call.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
    // True when secrets only live as long as this process.
    virtual bool isSessionOnly() const = 0;

    static QString keyFor(qint64 meterId, const QString &field);
    static QString serviceName() { return QStringLiteral("Kilowatch"); }
    // The sentence shown when no keychain can be reached.
    static QString noKeychainSentence();
};
