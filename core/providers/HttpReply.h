#pragma once

#include <QByteArray>
#include <QHash>

// A complete HTTP answer as an adapter sees it: status, lower-cased headers, body.
struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};
