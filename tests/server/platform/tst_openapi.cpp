// The published OpenAPI document against the reviewed table of what each
// route requires (ExpectedRouteAccess, kept in the tests, not generated from
// the route declarations): every reviewed route is there with its method,
// typed path parameters, the permission it requires and its security;
// nothing is there that the table does not list.
#include "server/http/Router.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/OpenApiDocument.h"
#include "tests/server/app/ExpectedRouteAccess.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::ExpectedRouteAccess;

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesRouteTable();
    void everyRouteIsDocumented();
    void undocumentedRouteIsRefused();
    void operationsCarryTheirSchemas();
    void everyAnswerFieldIsTyped();
    void referencePageServedWithoutOutsideUrls();
};

void TestOpenApi::documentMatchesRouteTable()
{
    TestServer server(u"openapi"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto c = server.client();
    const auto r = c->get("/api/v1/openapi.json");
    QCOMPARE(r.status, 200);
    const QJsonObject doc = r.json();
    QCOMPARE(doc.value(u"openapi"_s).toString(), u"3.0.3"_s);
    const QJsonObject paths = doc.value(u"paths"_s).toObject();

    // "{id:int}" is published as "{id}" with an integer schema.
    static const QRegularExpression typedParameter(u"\\{([a-z_]+):([a-z]+)\\}"_s);
    QStringList reviewed;
    for (const auto &row : ExpectedRouteAccess::table())
        reviewed << QString::fromLatin1(row.method).toLower() + u' '
                + QString(row.pattern).replace(typedParameter, u"{\\1}"_s);
    QStringList published;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        for (const QString &method : it.value().toObject().keys())
            published << method + u' ' + it.key();
    reviewed.sort();
    published.sort();
    QCOMPARE(published, reviewed);

    for (const auto &row : ExpectedRouteAccess::table()) {
        QString path = row.pattern;
        QStringList params;
        QStringList schemaTypes;
        for (auto m = typedParameter.globalMatch(row.pattern); m.hasNext();) {
            const auto match = m.next();
            params << match.captured(1);
            schemaTypes << (match.captured(2) == u"int" ? u"integer"_s : u"string"_s);
        }
        path.replace(typedParameter, u"{\\1}"_s);
        const QJsonObject op = paths.value(path).toObject().value(QString::fromLatin1(row.method).toLower()).toObject();
        QVERIFY2(!op.isEmpty(), qPrintable(u"missing %1 %2"_s.arg(QString::fromLatin1(row.method), path)));
        QVERIFY2(!op.value(u"summary"_s).toString().isEmpty(), qPrintable(path));
        QStringList documented;
        for (const auto &p : op.value(u"parameters"_s).toArray())
            if (p.toObject().value(u"in"_s).toString() == u"path")
                documented << p.toObject().value(u"name"_s).toString();
        QCOMPARE(documented, params);
        QStringList documentedTypes;
        for (const auto &p : op.value(u"parameters"_s).toArray())
            if (p.toObject().value(u"in"_s).toString() == u"path")
                documentedTypes << p.toObject().value(u"schema"_s).toObject().value(u"type"_s).toString();
        QCOMPARE(documentedTypes, schemaTypes);
        switch (row.kind) {
        case ExpectedRouteAccess::Public:
            QCOMPARE(op.value(u"security"_s).toArray().size(), 0);
            QVERIFY(op.contains(u"security"_s));
            QVERIFY(!op.contains(u"x-required-permission"_s));
            break;
        case ExpectedRouteAccess::Permission:
            QCOMPARE(op.value(u"x-required-permission"_s).toString(), row.permission);
            QVERIFY(op.value(u"responses"_s).toObject().contains(u"403"_s));
            QVERIFY(!op.contains(u"security"_s)); // inherits the global bearer requirement
            QVERIFY(op.value(u"responses"_s).toObject().contains(u"401"_s));
            break;
        case ExpectedRouteAccess::Authenticated:
            QVERIFY(!op.contains(u"x-required-permission"_s));
            QVERIFY(!op.contains(u"security"_s)); // inherits the global bearer requirement
            QVERIFY(op.value(u"responses"_s).toObject().contains(u"401"_s));
            break;
        }
        if (row.method == "PATCH" || row.method == "DELETE") {
            bool ifMatch = false;
            for (const auto &p : op.value(u"parameters"_s).toArray())
                ifMatch |= p.toObject().value(u"name"_s).toString() == u"If-Match";
            QVERIFY2(ifMatch, qPrintable(path));
        }
    }
}

// The route table of the real server: every route declares its answers, its
// request body and so on (a route added without documentation fails here).
void TestOpenApi::everyRouteIsDocumented()
{
    TestServer server(u"openapi_documented"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QStringList missing = erp::server::undocumentedRoutes(server.application().router());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    QVERIFY(server.application().router().routes().size() > 50);
}

// The check itself: a route registered the old way, with a summary but no
// documentation, and a create without its body schema are both named.
void TestOpenApi::undocumentedRouteIsRefused()
{
    using namespace erp::server;
    Router router;
    const auto handler = [](RequestContext &) { return HttpResponse::noContent(); };
    router.add("GET", u"/api/v1/widgets"_s, RouteAccess::authenticated(), handler, u"List widgets"_s, u"widgets"_s);
    router.add("POST", u"/api/v1/widgets"_s, RouteAccess::authenticated(), handler, u"Create a widget"_s, u"widgets"_s)
        .doc = RouteDoc().returns(201, u"Created"_s, ApiSchema::object({{u"id"_s, ApiSchema::id()}}));
    router.add("DELETE", u"/api/v1/widgets/{id:int}"_s, RouteAccess::authenticated(), handler, u"Delete"_s,
               u"widgets"_s)
        .doc = ApiDocs::remove();
    const QStringList missing = undocumentedRoutes(router);
    QCOMPARE(missing.size(), 2);
    QVERIFY(missing.at(0).startsWith(u"GET /api/v1/widgets: no response"_s));
    QVERIFY(missing.at(1).startsWith(u"POST /api/v1/widgets: no request body schema"_s));
}

// What the issue asks of each operation, read from the published document.
void TestOpenApi::operationsCarryTheirSchemas()
{
    TestServer server(u"openapi_schemas"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto c = server.client();
    const QJsonObject doc = c->get("/api/v1/openapi.json").json();
    QCOMPARE(doc.value(u"info"_s).toObject().value(u"version"_s).toString(), QStringLiteral(ERP_VERSION));
    QVERIFY(doc.value(u"tags"_s).toArray().size() >= 6);
    const QJsonObject paths = doc.value(u"paths"_s).toObject();
    int operations = 0;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            ++operations;
            const QString where = m.key() + u' ' + p.key();
            const QJsonObject op = m.value().toObject();
            QVERIFY2(!op.value(u"description"_s).toString().isEmpty(), qPrintable(where));
            const QJsonObject responses = op.value(u"responses"_s).toObject();
            QVERIFY2(!responses.contains(u"default"_s) && !responses.contains(u"2XX"_s), qPrintable(where));
            bool success = false;
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                const int status = r.key().toInt();
                QVERIFY2(status >= 200 && status < 600, qPrintable(where + u' ' + r.key()));
                if (status >= 200 && status < 300) {
                    success = true;
                    if (status != 204)
                        QVERIFY2(r.value().toObject().contains(u"content"_s), qPrintable(where));
                }
            }
            QVERIFY2(success, qPrintable(where));
            if (op.value(u"security"_s).toArray().isEmpty() && op.contains(u"security"_s))
                continue;
            QVERIFY2(responses.contains(u"401"_s), qPrintable(where));
        }
    }
    QVERIFY(operations > 50);

    // Spot checks against the declarations' known limits.
    const QJsonObject createLead = paths.value(u"/api/v1/leads"_s).toObject().value(u"post"_s).toObject();
    const QJsonObject leadBody = createLead[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject();
    QCOMPARE(leadBody.value(u"additionalProperties"_s).toBool(true), false);
    QVERIFY(leadBody.value(u"required"_s).toArray().contains(u"title"_s));
    const QJsonObject value = leadBody[u"properties"_s][u"estimated_value"_s].toObject();
    QCOMPARE(value.value(u"type"_s).toString(), u"string"_s);
    QCOMPARE(value.value(u"pattern"_s).toString(), u"^[0-9]{1,12}(\\.[0-9]{1,2})?$"_s);
    QCOMPARE(leadBody[u"properties"_s][u"title"_s][u"maxLength"_s].toInt(), 200);
    QCOMPARE(leadBody[u"properties"_s][u"probability"_s][u"maximum"_s].toInt(), 100);
    const QJsonObject created = createLead[u"responses"_s][u"201"_s].toObject();
    QVERIFY(created[u"headers"_s].toObject().contains(u"Location"_s));
    QVERIFY(created[u"headers"_s].toObject().contains(u"ETag"_s));
    QVERIFY(createLead[u"responses"_s].toObject().contains(u"422"_s));
    const QJsonObject list = paths.value(u"/api/v1/leads"_s).toObject().value(u"get"_s).toObject();
    QStringList params;
    for (const auto &p : list.value(u"parameters"_s).toArray())
        params << p.toObject().value(u"name"_s).toString();
    for (const QString &expected : {u"limit"_s, u"cursor"_s, u"sort"_s, u"q"_s, u"stage_id"_s, u"created_at_from"_s,
                                    u"expected_close_from"_s})
        QVERIFY2(params.contains(expected), qPrintable(expected));
    const QJsonObject page = list[u"responses"_s][u"200"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject();
    QVERIFY(page.value(u"required"_s).toArray().contains(u"total_exact"_s));
    QCOMPARE(page[u"properties"_s][u"items"_s][u"items"_s][u"properties"_s][u"status"_s][u"type"_s].toString(),
             u"string"_s);
    const QJsonObject patchLead = paths.value(u"/api/v1/leads/{id}"_s).toObject().value(u"patch"_s).toObject();
    QVERIFY(patchLead[u"responses"_s].toObject().contains(u"412"_s));
    QVERIFY(patchLead[u"responses"_s].toObject().contains(u"428"_s));
    const QJsonObject login = paths.value(u"/api/v1/auth/login"_s).toObject().value(u"post"_s).toObject();
    QVERIFY(login[u"responses"_s].toObject().contains(u"429"_s));
    QVERIFY(login[u"requestBody"_s][u"content"_s][u"application/json"_s].toObject().contains(u"example"_s));
}

// Every schema of every answer (and request body) has a type, down to the
// fields of nested objects and the items of lists, so a client generated
// from the document knows what each field holds.
static void collectUntyped(const QJsonObject &schema, const QString &where, QStringList *out)
{
    if (schema.contains(u"$ref"_s))
        return;
    if (!schema.contains(u"type"_s))
        out->append(where);
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto p = properties.begin(); p != properties.end(); ++p)
        collectUntyped(p.value().toObject(), where + u'.' + p.key(), out);
    if (schema.contains(u"items"_s))
        collectUntyped(schema.value(u"items"_s).toObject(), where + u"[]"_s, out);
    if (schema.value(u"additionalProperties"_s).isObject())
        collectUntyped(schema.value(u"additionalProperties"_s).toObject(), where + u".*"_s, out);
}

void TestOpenApi::everyAnswerFieldIsTyped()
{
    TestServer server(u"openapi_typed"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject doc = server.client()->get("/api/v1/openapi.json").json();
    QStringList untyped;
    int schemas = 0;
    const QJsonObject paths = doc.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            const QString where = m.key() + u' ' + p.key();
            const QJsonObject op = m.value().toObject();
            const QJsonObject responses = op.value(u"responses"_s).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                const QJsonObject content = r.value().toObject().value(u"content"_s).toObject();
                for (auto c = content.begin(); c != content.end(); ++c) {
                    ++schemas;
                    collectUntyped(c.value().toObject().value(u"schema"_s).toObject(),
                                   where + u' ' + r.key() + u' ' + c.key(), &untyped);
                }
            }
            const QJsonObject request = op[u"requestBody"_s][u"content"_s].toObject();
            for (auto c = request.begin(); c != request.end(); ++c)
                collectUntyped(c.value().toObject().value(u"schema"_s).toObject(), where + u" request"_s, &untyped);
        }
    }
    const QJsonObject components = doc[u"components"_s][u"schemas"_s].toObject();
    for (auto s = components.begin(); s != components.end(); ++s)
        collectUntyped(s.value().toObject(), s.key(), &untyped);
    QVERIFY(schemas > 100);
    QVERIFY2(untyped.isEmpty(), qPrintable(u"untyped:\n"_s + untyped.join(u'\n')));
}

// The reference page works offline: it is served without signing in and
// names no script, style or font anywhere but this server.
void TestOpenApi::referencePageServedWithoutOutsideUrls()
{
    TestServer server(u"openapi_reference"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto c = server.client();
    const auto page = c->get("/api/docs");
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("/api/v1/openapi.json"));
    QVERIFY(!page.body.contains("http://") && !page.body.contains("https://"));
    QVERIFY(page.header("content-security-policy").contains("default-src 'none'"));
    static const QRegularExpression source(u"(?:src|href)=\"([^\"]+)\""_s);
    for (auto m = source.globalMatch(QString::fromUtf8(page.body)); m.hasNext();) {
        const QString url = m.next().captured(1);
        QVERIFY2(url.startsWith(u'/'), qPrintable(url));
        const auto asset = c->get(url.toUtf8());
        QCOMPARE(asset.status, 200);
        QVERIFY(asset.body.size() > 100'000); // the Redoc bundle
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
