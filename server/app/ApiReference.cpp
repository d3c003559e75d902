#include "server/app/ApiReference.h"

#include "server/http/JsonSchema.h"
#include "server/http/Router.h"

#include <QFile>

namespace erp::server {

namespace {

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything the page needs comes from this server: no script, style or
// font from anywhere else (Redoc builds its search index in a blob worker).
constexpr const char *ContentSecurityPolicy
    = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; "
      "frame-ancestors 'none'";

HttpResponse served(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return HttpResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                     QStringLiteral("The API reference is not part of this build."));
    HttpResponse r;
    r.status = 200;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    r.setHeader("Content-Security-Policy", ContentSecurityPolicy);
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Cache-Control", "public, max-age=3600");
    return r;
}

RouteDoc page(const QString &what, const QString &contentType)
{
    RouteDoc d;
    d.responses.append({200, what,
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}, contentType,
                        {QStringLiteral("Cache-Control")}, false});
    d.errors << 404;
    return d;
}

} // namespace

void registerApiReferenceRoutes(Router &router)
{
    const QString tag = QStringLiteral("system");
    router
        .add("GET", QStringLiteral("/api/docs"), RouteAccess::publicRoute(),
             [](RequestContext &) {
                 static const QByteArray html = resource(QStringLiteral(":/apidocs/index.html"));
                 return served(html, "text/html; charset=utf-8");
             },
             QStringLiteral("The API reference to read in a browser (this document, rendered by Redoc)"), tag)
        .documented(page(QStringLiteral("An HTML page"), QStringLiteral("text/html")))
        .transactional
        = false;
    router
        .add("GET", QStringLiteral("/api/docs/redoc.standalone.js"), RouteAccess::publicRoute(),
             [](RequestContext &) {
                 static const QByteArray script = resource(QStringLiteral(":/apidocs/redoc.standalone.js"));
                 return served(script, "text/javascript; charset=utf-8");
             },
             QStringLiteral("The Redoc script the reference page runs (MIT licence, served from the server)"), tag)
        .documented(page(QStringLiteral("JavaScript"), QStringLiteral("text/javascript")))
        .transactional
        = false;
}

} // namespace erp::server
