#pragma once

#include "FuzzReply.h"

#include <QList>
#include <QNetworkAccessManager>

// Answers every request with the next of the given answers (then with an empty 200) without
// touching the network: the transport a provider under fuzzing gets in its ProviderContext.
class FuzzNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit FuzzNetworkAccessManager(QList<FuzzReply::Answer> answers, QObject *parent = nullptr);

    qsizetype remaining() const { return m_answers.size(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<FuzzReply::Answer> m_answers;
};
