#include "server/platform/OpenApiDocument.h"

#include "server/http/Router.h"

#include <QJsonArray>
#include <QMap>

namespace erp::server {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }

QString openApiPath(const Route &route)
{
    QString path;
    for (const auto &seg : route.segments)
        path += QLatin1Char('/') + (seg.literal.isEmpty() ? QLatin1Char('{') + seg.name + QLatin1Char('}') : seg.literal);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QJsonObject ref(const QString &kind, const QString &name)
{
    return {{s("$ref"), QStringLiteral("#/components/%1/%2").arg(kind, name)}};
}

// What each problem status means on our routes, with the codes it carries.
const QMap<int, QString> &problemDescriptions()
{
    static const QMap<int, QString> m{
        {400, s("Bad request: malformed JSON (malformed_json), an unknown or server-owned field (unknown_field), "
                "a bad query parameter (bad_query_parameter), a bad If-Match or Idempotency-Key")},
        {401, s("Not signed in, or the token is expired or revoked (unauthorized)")},
        {403, s("The signed-in user lacks the permission the route needs (forbidden)")},
        {404, s("No such record, or not one the caller may see (not_found)")},
        {409, s("Conflict with the record's state or another record (e.g. already_exists, invalid_transition)")},
        {412, s("If-Match names an older version (version_mismatch): read the record again")},
        {413, s("The body is larger than the server accepts (payload_too_large)")},
        {415, s("The body is not application/json (unsupported_media_type)")},
        {422, s("Validation failed (validation_failed): errors[] names each field with its code and message")},
        {428, s("If-Match is required for this change (precondition_required)")},
        {429, s("Too many attempts (too_many_attempts); Retry-After says when to try again")},
        {503, s("The server is overloaded or the database is unavailable; Retry-After may say when to retry")},
    };
    return m;
}

QJsonObject header(const QString &description, const QJsonObject &schema = {{QStringLiteral("type"),
                                                                             QStringLiteral("string")}})
{
    return {{s("description"), description}, {s("schema"), schema}};
}

const QMap<QString, QJsonObject> &responseHeaders()
{
    static const QMap<QString, QJsonObject> m{
        {s("ETag"), header(s("The record's version as a strong entity tag (\"<version>\"); send it back in "
                             "If-Match to change the record"))},
        {s("Location"), header(s("Path of the created record"))},
        {s("Cache-Control"), header(s("no-store on answers that carry tokens or the signed-in user"))},
        {s("Retry-After"), header(s("Seconds to wait before trying again"))},
        {s("Content-Disposition"), header(s("attachment; filename=..."))},
    };
    return m;
}

QJsonObject responseObject(const ResponseDoc &r)
{
    QJsonObject o{{s("description"), r.description}};
    if (!r.schema.isEmpty()) {
        QJsonObject content{{r.contentType, QJsonObject{{s("schema"), r.schema}}}};
        if (r.alsoCsv)
            content.insert(s("text/csv"),
                           QJsonObject{{s("schema"), QJsonObject{{s("type"), s("string")}}}});
        o.insert(s("content"), content);
    }
    if (!r.headers.isEmpty()) {
        QJsonObject headers;
        for (const QString &h : r.headers)
            headers.insert(h, ref(s("headers"), h));
        o.insert(s("headers"), headers);
    }
    return o;
}

QJsonObject problemSchema()
{
    const QJsonObject str{{s("type"), s("string")}};
    const QJsonObject fieldError{
        {s("type"), s("object")},
        {s("required"), QJsonArray{s("field"), s("code"), s("message")}},
        {s("additionalProperties"), false},
        {s("properties"), QJsonObject{{s("field"), str}, {s("code"), str}, {s("message"), str}}}};
    return {{s("type"), s("object")},
            {s("description"), s("RFC 9457 problem details with a stable machine code")},
            {s("required"), QJsonArray{s("status"), s("code"), s("title")}},
            {s("additionalProperties"), false},
            {s("properties"),
             QJsonObject{{s("type"), str},
                         {s("title"), str},
                         {s("status"), QJsonObject{{s("type"), s("integer")}}},
                         {s("code"), str},
                         {s("detail"), str},
                         {s("request_id"), str},
                         {s("errors"), QJsonObject{{s("type"), s("array")}, {s("items"), fieldError}}}}}};
}

// The problem statuses a route can answer, from its shape and declaration.
QList<int> errorStatuses(const Route &route)
{
    QList<int> statuses{400, 503};
    if (route.access.kind != RouteAccess::Public || route.doc.errors.contains(401))
        statuses << 401;
    if (route.access.kind == RouteAccess::Permission)
        statuses << 403;
    for (const auto &seg : route.segments)
        if (seg.literal.isEmpty())
            statuses << 404;
    if (!route.doc.requestSchema.isEmpty())
        statuses << 413 << 415 << 422;
    if (route.method != "GET")
        statuses << 409; // a unique rule or the record's state
    if (route.idempotentCreate)
        statuses << 422; // Idempotency-Key reused with another body
    if (route.doc.ifMatch)
        statuses << 412 << (route.method == "PATCH" || route.method == "DELETE" ? 428 : 412);
    statuses << route.doc.errors;
    std::sort(statuses.begin(), statuses.end());
    statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
    return statuses;
}

QString permissionText(const Route &route)
{
    switch (route.access.kind) {
    case RouteAccess::Public: return s("Public: no sign-in needed.");
    case RouteAccess::Authenticated: return s("Any signed-in user.");
    case RouteAccess::Permission: break;
    }
    return QStringLiteral("Needs permission `%1`.").arg(route.access.permission);
}

// Idempotency-Key, If-Match (required on PATCH and DELETE) and the optional
// If-Match of workflow actions, written out in each operation.
const QJsonObject &headerParameters()
{
    static const QJsonObject str{{s("type"), s("string")}};
    static const QJsonObject parameters{
        {s("Idempotency-Key"),
         QJsonObject{{s("name"), s("Idempotency-Key")},
                     {s("in"), s("header")},
                     {s("required"), false},
                     {s("description"), s("A repeated create with the same key and body answers the first "
                                          "result instead of creating again (kept 24 hours).")},
                     {s("schema"), QJsonObject{{s("type"), s("string")}, {s("maxLength"), 200}}}}},
        {s("If-Match"),
         QJsonObject{{s("name"), s("If-Match")},
                     {s("in"), s("header")},
                     {s("required"), true},
                     {s("description"), s("The ETag of the version being changed; 412 when it is not current.")},
                     {s("schema"), str}}},
        {s("If-Match-Optional"),
         QJsonObject{{s("name"), s("If-Match")},
                     {s("in"), s("header")},
                     {s("required"), false},
                     {s("description"), s("When sent, the ETag of the current version (412 otherwise).")},
                     {s("schema"), str}}}};
    return parameters;
}

} // namespace

QJsonObject buildOpenApiDocument(const Router &router)
{
    QJsonObject paths;
    QStringList tags;
    for (const Route &route : router.routes()) {
        const QString path = openApiPath(route);
        const QString method = QString::fromLatin1(route.method).toLower();
        QJsonObject item = paths.value(path).toObject();
        QJsonObject op;
        QString operationId = method;
        for (const auto &seg : route.segments) {
            const QString part = seg.literal.isEmpty() ? s("by_") + seg.name : seg.literal;
            if (part == u"api" || part == u"v1")
                continue;
            operationId += QLatin1Char('_') + QString(part).replace(QLatin1Char('-'), QLatin1Char('_'));
        }
        op.insert(s("operationId"), operationId);
        if (!route.summary.isEmpty())
            op.insert(s("summary"), route.summary);
        QString description = permissionText(route);
        if (!route.doc.description.isEmpty())
            description = route.doc.description + s("\n\n") + description;
        op.insert(s("description"), description);
        if (!route.tag.isEmpty()) {
            op.insert(s("tags"), QJsonArray{route.tag});
            if (!tags.contains(route.tag))
                tags << route.tag;
        }
        QJsonArray parameters;
        for (const auto &seg : route.segments) {
            if (!seg.literal.isEmpty())
                continue;
            QJsonObject schema;
            if (seg.type == u"int")
                schema = {{s("type"), s("integer")}, {s("format"), s("int64")}, {s("minimum"), 1}};
            else if (seg.type == u"uuid")
                schema = {{s("type"), s("string")}, {s("format"), s("uuid")}};
            else
                schema = {{s("type"), s("string")}};
            parameters.append(QJsonObject{
                {s("name"), seg.name}, {s("in"), s("path")}, {s("required"), true}, {s("schema"), schema}});
        }
        for (const QJsonObject &p : route.doc.queryParameters)
            parameters.append(p);
        if (route.idempotentCreate)
            parameters.append(headerParameters().value(s("Idempotency-Key")));
        if (route.doc.ifMatch)
            parameters.append(headerParameters().value(
                route.method == "PATCH" || route.method == "DELETE" ? s("If-Match") : s("If-Match-Optional")));
        if (!parameters.isEmpty())
            op.insert(s("parameters"), parameters);
        if (!route.doc.requestSchema.isEmpty()) {
            QJsonObject media{{s("schema"), route.doc.requestSchema}};
            if (!route.doc.requestExample.isUndefined() && !route.doc.requestExample.isNull())
                media.insert(s("example"), route.doc.requestExample);
            op.insert(s("requestBody"),
                      QJsonObject{{s("required"), !route.doc.requestOptional},
                                  {s("content"), QJsonObject{{route.doc.requestContentType, media}}}});
        }
        QJsonObject responses;
        for (const ResponseDoc &r : route.doc.responses)
            responses.insert(QString::number(r.status), responseObject(r));
        for (int status : errorStatuses(route))
            if (!responses.contains(QString::number(status)))
                responses.insert(QString::number(status), ref(s("responses"), QString::number(status)));
        switch (route.access.kind) {
        case RouteAccess::Public:
            op.insert(s("security"), QJsonArray());
            break;
        case RouteAccess::Permission:
            op.insert(s("x-required-permission"), route.access.permission);
            break;
        case RouteAccess::Authenticated:
            break;
        }
        op.insert(s("responses"), responses);
        item.insert(method, op);
        paths.insert(path, item);
    }

    QJsonObject problemResponses;
    for (auto it = problemDescriptions().begin(); it != problemDescriptions().end(); ++it) {
        QJsonObject r{{s("description"), it.value()},
                      {s("content"),
                       QJsonObject{{s("application/problem+json"),
                                    QJsonObject{{s("schema"), ref(s("schemas"), s("Problem"))}}}}}};
        if (it.key() == 429 || it.key() == 503)
            r.insert(s("headers"), QJsonObject{{s("Retry-After"), ref(s("headers"), s("Retry-After"))}});
        problemResponses.insert(QString::number(it.key()), r);
    }
    QJsonObject headers;
    for (auto it = responseHeaders().begin(); it != responseHeaders().end(); ++it)
        headers.insert(it.key(), it.value());
    QJsonArray tagList;
    for (const QString &t : tags)
        tagList.append(QJsonObject{{s("name"), t}, {s("description"), QStringLiteral("Routes of the %1 module").arg(t)}});
    return {{s("openapi"), s("3.0.3")},
            {s("info"),
             QJsonObject{{s("title"), s("ERP server API")},
                         {s("version"), s(ERP_VERSION)},
                         {s("description"),
                          s("The HTTP API of the ERP server, generated from its route and field declarations. "
                            "Errors are application/problem+json with a stable `code`; lists page with an opaque "
                            "cursor; changes need the record's ETag in If-Match.")}}},
            {s("servers"), QJsonArray{QJsonObject{{s("url"), s("/")}}}},
            {s("tags"), tagList},
            {s("paths"), paths},
            {s("security"), QJsonArray{QJsonObject{{s("bearer"), QJsonArray()}}}},
            {s("components"),
             QJsonObject{{s("securitySchemes"),
                          QJsonObject{{s("bearer"),
                                       QJsonObject{{s("type"), s("http")},
                                                   {s("scheme"), s("bearer")},
                                                   {s("bearerFormat"), s("JWT")}}}}},
                         {s("schemas"), QJsonObject{{s("Problem"), problemSchema()}}},
                         {s("responses"), problemResponses},
                         {s("headers"), headers}}}};
}

QStringList undocumentedRoutes(const Router &router)
{
    QStringList out;
    for (const Route &route : router.routes()) {
        const QString name = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        if (!route.doc.documented()) {
            out << name + s(": no response documented");
            continue;
        }
        bool success = false;
        for (const ResponseDoc &r : route.doc.responses) {
            success |= r.status >= 200 && r.status < 300;
            if (r.status != 204 && r.schema.isEmpty())
                out << name + QStringLiteral(": response %1 has no schema").arg(r.status);
        }
        if (!success)
            out << name + s(": no success response");
        const bool writes = route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
        if (writes && route.doc.requestSchema.isEmpty() && !route.doc.takesNoBody)
            out << name + s(": no request body schema (or withoutBody())");
        if (!writes && !route.doc.requestSchema.isEmpty())
            out << name + s(": a request body on a method that takes none");
        if (route.summary.isEmpty() || route.tag.isEmpty())
            out << name + s(": no summary or tag");
    }
    return out;
}

} // namespace erp::server
