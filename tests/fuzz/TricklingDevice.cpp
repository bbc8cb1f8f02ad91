#include "TricklingDevice.h"

TricklingDevice::TricklingDevice(QByteArray data, qint64 step, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
    , m_step(qMax<qint64>(1, step))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 TricklingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(qMin(maxSize, m_step), m_data.size() - m_position);
    if (n <= 0)
        return 0; // the end (atEnd() says so)
    memcpy(data, m_data.constData() + m_position, static_cast<size_t>(n));
    m_position += n;
    return n;
}
