#pragma once

#include "server/http/HttpResponse.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteDoc.h"

#include <QList>
#include <QString>

#include <functional>

namespace erp::server {

using RouteHandler = std::function<HttpResponse(RequestContext &)>;

// Access a route requires, declared where the route is registered.
struct RouteAccess
{
    enum Kind { Public, Authenticated, Permission };
    Kind kind = Permission;
    QString permission;

    static RouteAccess publicRoute() { return {Public, {}}; }
    static RouteAccess authenticated() { return {Authenticated, {}}; }
    static RouteAccess requires(const QString &permission) { return {Permission, permission}; }
    // For the names in erp::shared::Permission.
    static RouteAccess requires(const char *permission) { return {Permission, QLatin1String(permission)}; }
};

struct Route
{
    QByteArray method;
    QString pattern;        // "/api/v1/users/{id:int}"; types: int, uuid, string
    RouteAccess access;
    RouteHandler handler;
    QString summary;        // one line for the OpenAPI document
    QString tag;            // OpenAPI tag, usually the module
    bool transactional = true;   // run inside one database transaction
    bool idempotentCreate = false; // honours Idempotency-Key (POST creates)
    RouteDoc doc;                // OpenAPI: bodies, parameters, answers (required)

    struct Segment
    {
        QString literal;    // empty for a parameter
        QString name;
        QString type;
    };
    QList<Segment> segments;

    // For declaring the documentation right at the registration:
    // router.add(...).documented(ApiDocs::read(record));
    Route &documented(RouteDoc d)
    {
        doc = std::move(d);
        return *this;
    }
};

struct RouteMatch
{
    enum Result { Found, NotFound, MethodNotAllowed };
    Result result = NotFound;
    const Route *route = nullptr;
    QHash<QString, QVariant> params;
    QByteArray allow;       // for 405: "GET, PATCH"
};

class Router
{
public:
    // The returned reference is for setting options right away; it is not
    // valid after the next add().
    Route &add(const QByteArray &method, const QString &pattern, RouteAccess access,
               RouteHandler handler, const QString &summary = QString(),
               const QString &tag = QString());

    RouteMatch match(const QByteArray &method, const QByteArray &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace erp::server
