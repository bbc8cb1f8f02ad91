#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// tests/faults/fault_server.py as a child process: a bad utility server on 127.0.0.1 with
// one path prefix per misbehaviour (see the script). Stopped with the object.
class FaultServerProcess
{
public:
    FaultServerProcess() = default;
    ~FaultServerProcess();
    FaultServerProcess(const FaultServerProcess &) = delete;
    FaultServerProcess &operator=(const FaultServerProcess &) = delete;

    // Starts the script and reads its port; false (and why) when it would not start.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/<mode><rest>
    QUrl url(const QString &mode, const QString &rest = {}) const;
    // What the server was asked so far, per mode (requests, bytes_sent, open); blocking.
    QJsonObject stats() const;

    // The process's own memory figures from /proc/self/status, in KiB (e.g. "VmRSS", "VmHWM").
    static qint64 statusKb(const QByteArray &field);

private:
    QProcess m_process;
    quint16 m_port = 0;
};
