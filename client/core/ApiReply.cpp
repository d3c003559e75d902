#include "client/core/ApiReply.h"

#include "client/core/ApiClient.h"

#include <QNetworkReply>

namespace erp::client {

ApiReply::ApiReply(ApiClient *client, Method method, const QString &path, const QUrlQuery &query)
    : QObject(client), m_client(client), m_method(method), m_path(path), m_query(query)
{
}

ApiReply::~ApiReply()
{
    if (m_networkReply) {
        QNetworkReply *nr = m_networkReply;
        m_networkReply = nullptr;
        nr->disconnect(this);
        if (m_client)
            nr->disconnect(m_client);
        nr->abort();
        nr->deleteLater();
    }
    if (m_client)
        m_client->replyDestroyed(this);
}

QUrl ApiReply::url() const
{
    QUrl u = m_client ? m_client->serverUrl() : QUrl();
    u.setPath(m_path);
    if (!m_query.isEmpty())
        u.setQuery(m_query);
    return u;
}

QJsonDocument ApiReply::jsonDocument() const
{
    return QJsonDocument::fromJson(m_body);
}

QJsonObject ApiReply::json() const
{
    return jsonDocument().object();
}

QByteArray ApiReply::rawHeader(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

QUrl ApiReply::location() const
{
    const QByteArray l = rawHeader("location");
    if (l.isEmpty())
        return {};
    const QUrl relative = QUrl::fromEncoded(l);
    return m_client ? m_client->serverUrl().resolved(relative) : relative;
}

void ApiReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_networkReply)
        m_networkReply->abort();   // its finished() reports Cancelled
    else if (m_client)
        m_client->finish(this, ApiError::cancelled());
}

} // namespace erp::client
