#include "TextStreamDevice.h"

#include <QTextStream>

TextStreamDevice::TextStreamDevice(QTextStream &stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{
    open(QIODevice::WriteOnly);
}

qint64 TextStreamDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

qint64 TextStreamDevice::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    m_stream << text;
    return m_stream.status() == QTextStream::Ok ? size : -1;
}
