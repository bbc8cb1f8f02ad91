#include "FuzzReply.h"

FuzzReply::FuzzReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                     const Answer &answer, QObject *parent)
    : QNetworkReply(parent)
    , m_body(answer.body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
    bool typed = false;
    bool sized = false;
    for (const auto &[name, value] : answer.headers) {
        setRawHeader(name, value);
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
        sized = sized || name.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (!typed)
        setRawHeader("Content-Type", "application/json");
    if (!sized)
        setRawHeader("Content-Length", QByteArray::number(m_body.size()));
    QMetaObject::invokeMethod(this, &FuzzReply::deliver, Qt::QueuedConnection);
}

void FuzzReply::deliver()
{
    // Each signal may have aborted the reply (a size cap): stop there, like Qt does.
    if (isFinished())
        return;
    emit metaDataChanged();
    if (isFinished())
        return;
    emit readyRead();
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

void FuzzReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FuzzReply::bytesAvailable() const
{
    return m_body.size() - m_position + QNetworkReply::bytesAvailable();
}

qint64 FuzzReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_body.size() - m_position);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_body.constData() + m_position, static_cast<size_t>(n));
    m_position += n;
    return n;
}
