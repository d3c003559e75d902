#include "server/platform/OpenApiDocument.h"

#include "server/http/Router.h"

#include <QJsonArray>

namespace erp::server {

static QString openApiPath(const Route &route)
{
    QString path;
    for (const auto &seg : route.segments)
        path += QLatin1Char('/') + (seg.literal.isEmpty() ? QLatin1Char('{') + seg.name + QLatin1Char('}') : seg.literal);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

static QJsonObject problemResponse(const QString &description)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("application/problem+json"),
                          QJsonObject{{QStringLiteral("schema"),
                                       QJsonObject{{QStringLiteral("$ref"),
                                                    QStringLiteral("#/components/schemas/Problem")}}}}}}}};
}

QJsonObject buildOpenApiDocument(const Router &router)
{
    QJsonObject paths;
    for (const Route &route : router.routes()) {
        const QString path = openApiPath(route);
        QJsonObject item = paths.value(path).toObject();
        QJsonObject op;
        op.insert(QStringLiteral("operationId"),
                  QString(QString::fromLatin1(route.method).toLower() + path));
        if (!route.summary.isEmpty())
            op.insert(QStringLiteral("summary"), route.summary);
        if (!route.tag.isEmpty())
            op.insert(QStringLiteral("tags"), QJsonArray{route.tag});
        QJsonArray parameters;
        for (const auto &seg : route.segments) {
            if (!seg.literal.isEmpty())
                continue;
            QJsonObject schema;
            if (seg.type == u"int")
                schema = {{QStringLiteral("type"), QStringLiteral("integer")},
                          {QStringLiteral("format"), QStringLiteral("int64")},
                          {QStringLiteral("minimum"), 1}};
            else if (seg.type == u"uuid")
                schema = {{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("format"), QStringLiteral("uuid")}};
            else
                schema = {{QStringLiteral("type"), QStringLiteral("string")}};
            parameters.append(QJsonObject{{QStringLiteral("name"), seg.name},
                                          {QStringLiteral("in"), QStringLiteral("path")},
                                          {QStringLiteral("required"), true},
                                          {QStringLiteral("schema"), schema}});
        }
        if (route.idempotentCreate)
            parameters.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Idempotency-Key")},
                                          {QStringLiteral("in"), QStringLiteral("header")},
                                          {QStringLiteral("required"), false},
                                          {QStringLiteral("schema"),
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                       {QStringLiteral("maxLength"), 200}}}});
        if (route.method == "PATCH" || route.method == "DELETE" || route.method == "PUT")
            parameters.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("If-Match")},
                                          {QStringLiteral("in"), QStringLiteral("header")},
                                          {QStringLiteral("required"), true},
                                          {QStringLiteral("schema"),
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        if (!parameters.isEmpty())
            op.insert(QStringLiteral("parameters"), parameters);
        QJsonObject responses{{QStringLiteral("default"), problemResponse(QStringLiteral("Error"))}};
        responses.insert(QStringLiteral("2XX"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Success")}});
        switch (route.access.kind) {
        case RouteAccess::Public:
            op.insert(QStringLiteral("security"), QJsonArray());
            break;
        case RouteAccess::Permission:
            op.insert(QStringLiteral("x-required-permission"), route.access.permission);
            responses.insert(QStringLiteral("403"), problemResponse(QStringLiteral("Missing permission")));
            Q_FALLTHROUGH();
        case RouteAccess::Authenticated:
            responses.insert(QStringLiteral("401"), problemResponse(QStringLiteral("Not signed in")));
            break;
        }
        op.insert(QStringLiteral("responses"), responses);
        item.insert(QString::fromLatin1(route.method).toLower(), op);
        paths.insert(path, item);
    }
    const QJsonObject problem{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("title")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("type"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("title"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("status"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                     {QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("detail"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("errors"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}}}}}};
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("ERP server API")},
                                                 {QStringLiteral("version"), QStringLiteral(ERP_VERSION)}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}}},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearer"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                   {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                                   {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}}}},
                         {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Problem"), problem}}}}}};
}

} // namespace erp::server
