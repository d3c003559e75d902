#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/Principal.h"

#include <QHash>
#include <QJsonObject>
#include <QVariant>

namespace erp::server {

class Transaction;

// Everything a route handler gets: the request, typed path parameters and the
// caller. Handlers run on a database worker thread inside the request's
// transaction, with app.tenant_id already set from the principal.
struct RequestContext
{
    const HttpRequest &request;
    QHash<QString, QVariant> params;   // typed path parameters ({id:int} -> qint64)
    Principal principal;
    // The request's database transaction (null for non-transactional routes).
    // Public routes that learn the tenant themselves (login, refresh) call
    // transaction->setTenant() before touching tenant tables.
    Transaction *transaction = nullptr;

    qint64 idParam(const QString &name = QStringLiteral("id")) const
    {
        return params.value(name).toLongLong();
    }
    QString stringParam(const QString &name) const { return params.value(name).toString(); }

    // The body as a JSON object; throws ApiError 415 for a non-JSON content
    // type and 400 for malformed JSON or a non-object document.
    QJsonObject jsonBody() const;
};

} // namespace erp::server
