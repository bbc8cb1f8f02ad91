#pragma once

#include <QByteArray>
#include <QIODevice>

// Bytes handed out a few at a time, so a reader meets every chunk boundary a large file or a
// pipe would give it, with inputs small enough to fuzz.
class TricklingDevice final : public QIODevice
{
    Q_OBJECT
public:
    TricklingDevice(QByteArray data, qint64 step, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_position = 0;
};
