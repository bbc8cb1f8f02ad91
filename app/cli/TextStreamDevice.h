#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

// A write-only device over a QTextStream, so code that writes UTF-8 bytes to a QIODevice
// (the CSV export) can print to the CLI's standard output, which is a text stream (and a
// string in the tests). Multi-byte characters split across writes are decoded correctly.
class TextStreamDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit TextStreamDevice(QTextStream &stream, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_stream;
    // The Excel option's byte order mark is data here: keep it.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom};
};
