#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace erp::server {

// Pulls the next chunk of a streamed body; returns an empty array at the end.
// Called on a worker thread, one chunk at a time, so that large exports never
// sit in memory whole.
using BodyChunkSource = std::function<QByteArray()>;

struct FieldError
{
    QString field;
    QString code;
    QString message;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // When set, the body is sent with chunked transfer encoding from this
    // source instead of `body`.
    std::shared_ptr<BodyChunkSource> stream;
    // Set by the connection when it must close after this response.
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse rawJson(int status, const QByteArray &jsonBytes);
    static HttpResponse noContent();
    // application/problem+json (RFC 9457) with a stable machine code.
    static HttpResponse problem(int status, const QString &code, const QString &title,
                                const QString &detail = QString(),
                                const QList<FieldError> &errors = {});

    static QByteArray reasonPhrase(int status);
};

} // namespace erp::server
