#include "FaultServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>

FaultServerProcess::~FaultServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool FaultServerProcess::start(QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(KILOWATCH_PYTHON3), {QStringLiteral(KILOWATCH_FAULT_SERVER)});
    if (!m_process.waitForStarted(10'000)) {
        *error = m_process.errorString();
        return false;
    }
    // The first line is the port; the script prints it once it listens.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(30'000)) {
            *error = QStringLiteral("the fault server printed no port");
            return false;
        }
    }
    bool ok = false;
    m_port = static_cast<quint16>(m_process.readLine().trimmed().toUInt(&ok));
    if (!ok || m_port == 0) {
        *error = QStringLiteral("the fault server printed no port");
        return false;
    }
    return true;
}

QUrl FaultServerProcess::url(const QString &mode, const QString &rest) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2%3").arg(m_port).arg(mode, rest));
}

QJsonObject FaultServerProcess::stats() const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /_stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0) {
        answer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    answer += socket.readAll();
    const qsizetype bodyAt = answer.indexOf("\r\n\r\n");
    return bodyAt < 0 ? QJsonObject() : QJsonDocument::fromJson(answer.mid(bodyAt + 4)).object();
}

qint64 FaultServerProcess::statusKb(const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
