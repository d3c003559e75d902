#include "server/app/SystemRoutes.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/http/JsonSchema.h"
#include "server/http/Router.h"
#include "server/platform/OpenApiDocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace erp::server {

static QSet<QString> knownMigrations(const QString &dir)
{
    QSet<QString> versions;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &f : files)
        versions.insert(f.section(QLatin1Char('_'), 0, 0));
    return versions;
}

static QJsonObject status(const QString &value)
{
    using namespace ApiSchema;
    return object({{QStringLiteral("status"), choice({value})}}, {QStringLiteral("status")});
}

namespace {

// The document's top level; what lies below is OpenAPI's own schema, which
// tst_openapilint checks the document against.
QJsonObject openApiDocumentSchema()
{
    using namespace ApiSchema;
    const QJsonObject open{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("additionalProperties"), true}};
    return described(object({{QStringLiteral("openapi"), choice({QStringLiteral("3.0.3")})},
                             {QStringLiteral("info"), open},
                             {QStringLiteral("servers"), arrayOf(open)},
                             {QStringLiteral("tags"), arrayOf(open)},
                             {QStringLiteral("paths"), open},
                             {QStringLiteral("security"), arrayOf(open)},
                             {QStringLiteral("components"), open}},
                            {QStringLiteral("openapi"), QStringLiteral("info"), QStringLiteral("paths")}),
                     QStringLiteral("An OpenAPI 3.0.3 document"));
}

} // namespace

void registerSystemRoutes(Router &router, const QString &migrationsDir)
{
    const QString tag = QStringLiteral("system");
    router.add("GET", QStringLiteral("/healthz"), RouteAccess::publicRoute(),
               [](RequestContext &) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
               },
               QStringLiteral("Liveness: the process answers"), tag)
        .documented(RouteDoc().returns(200, QStringLiteral("Alive"), status(QStringLiteral("ok"))))
        .transactional = false;

    const QSet<QString> known = knownMigrations(migrationsDir);
    router.add("GET", QStringLiteral("/readyz"), RouteAccess::publicRoute(),
               [known](RequestContext &) {
                   auto notReady = [](const QString &code, const QString &detail) {
                       HttpResponse r = HttpResponse::problem(503, code, QStringLiteral("Not ready"), detail);
                       r.setHeader("Retry-After", "5");
                       return r;
                   };
                   QSet<QString> applied;
                   try {
                       QSqlQuery &q = Database::exec(QStringLiteral("SELECT version FROM schema_migrations"));
                       while (q.next())
                           applied.insert(q.value(0).toString());
                   } catch (const DbError &e) {
                       if (e.isConnectionLost())
                           return notReady(QStringLiteral("database_unavailable"),
                                           QStringLiteral("The database cannot be reached."));
                       return notReady(QStringLiteral("migrations_pending"),
                                       QStringLiteral("The database schema is not initialised."));
                   }
                   if (!(known - applied).isEmpty())
                       return notReady(QStringLiteral("migrations_pending"),
                                       QStringLiteral("%1 migration(s) not applied.").arg((known - applied).size()));
                   if (!(applied - known).isEmpty())
                       return notReady(QStringLiteral("schema_too_new"),
                                       QStringLiteral("The database has migrations this server does not know."));
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
               },
               QStringLiteral("Readiness: database reachable and schema current"), tag)
        .documented(RouteDoc().returns(200, QStringLiteral("Ready"), status(QStringLiteral("ready"))))
        .transactional = false;

    router.add("GET", QStringLiteral("/api/v1/openapi.json"), RouteAccess::publicRoute(),
               [&router](RequestContext &) {
                   // Built on demand from the live table: always in step with it.
                   return HttpResponse::json(200, buildOpenApiDocument(router));
               },
               QStringLiteral("This OpenAPI document"), tag)
        .documented(RouteDoc().returns(200, QStringLiteral("The OpenAPI 3.0.3 document of every route"),
                                       openApiDocumentSchema()))
        .transactional = false;
}

} // namespace erp::server
