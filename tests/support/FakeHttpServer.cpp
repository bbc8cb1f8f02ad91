#include "FakeHttpServer.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

FakeResponse FakeResponse::json(const QJsonValue &value, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return r;
}

FakeResponse FakeResponse::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("FakeHttpServer: cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    closeAll();
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeHttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.prepend({method, path, std::move(handler)});
}

int FakeHttpServer::count(const QString &path) const
{
    int n = 0;
    for (const FakeRequest &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void FakeHttpServer::closeAll()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadable(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (buffer.size() - headerEnd - 4 < length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    answer(socket, request);
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeRequest &request)
{
    FakeResponse response = FakeResponse::text("no route\n", "text/plain", 404);
    for (const Route &route : std::as_const(m_routes)) {
        if ((route.method == "*" || route.method == request.method) && route.path == request.path) {
            response = route.handler(request);
            break;
        }
    }
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { write(socket, response); });
        return;
    }
    write(socket, response);
}

void FakeHttpServer::write(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.resetConnection) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    bool hasType = false;
    for (const auto &header : response.headers) {
        head += header.first + ": " + header.second + "\r\n";
        hasType = hasType || header.first.toLower() == "content-type";
    }
    if (!hasType)
        head += "Content-Type: application/octet-stream\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    if (response.hangAfterHeaders) {
        socket->flush();
        return; // held open and silent until the client gives up
    }
    if (response.truncateAt >= 0) {
        socket->write(response.body.left(response.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    socket->disconnectFromHost();
}
