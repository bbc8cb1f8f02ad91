#include "FuzzNetworkAccessManager.h"

FuzzNetworkAccessManager::FuzzNetworkAccessManager(QList<FuzzReply::Answer> answers, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_answers(std::move(answers))
{}

QNetworkReply *FuzzNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Q_UNUSED(outgoingData);
    const FuzzReply::Answer answer = m_answers.isEmpty() ? FuzzReply::Answer{} : m_answers.takeFirst();
    return new FuzzReply(request, operation, answer, this);
}
