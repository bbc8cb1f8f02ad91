#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 (random port) for adapter tests: each test routes
// paths to handlers that answer like a utility's server, or misbehave on purpose (slow,
// hanging after the headers, cut-off bodies, resets, HTML, redirect loops, ...).
// Runs on the test's event loop; one request per connection (Connection: close).
struct FakeRequest
{
    QByteArray method;
    QString path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;               // wait before answering at all
    bool hangAfterHeaders = false; // send the headers, then keep the connection open, silent
    bool resetConnection = false;  // close the connection without an answer
    qint64 truncateAt = -1;        // announce the full length, send only this many bytes, close

    static FakeResponse json(const QJsonValue &value, int status = 200);
    static FakeResponse text(const QByteArray &body, const QByteArray &contentType = "text/plain",
                             int status = 200);
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;
    QString base() const { return url().toString(); }

    // Exact path match (query ignored); method "*" matches any. Later routes win.
    void route(const QByteArray &method, const QString &path, Handler handler);
    void clearRoutes() { m_routes.clear(); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    int count(const QString &path) const;
    // Closes held connections (hangAfterHeaders) so the test can end cleanly.
    void closeAll();

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
    };
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeRequest &request);
    void write(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer *m_server;
    QList<Route> m_routes;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
