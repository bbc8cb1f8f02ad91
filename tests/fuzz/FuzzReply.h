#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

// A complete HTTP answer made of bytes from the fuzzer, delivered the way Qt delivers a real
// one (metaDataChanged, readyRead, finished from the event loop), so the provider under test
// runs exactly the code it runs against a server.
class FuzzReply final : public QNetworkReply
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    FuzzReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
              const Answer &answer, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    QByteArray m_body;
    qint64 m_position = 0;
};
