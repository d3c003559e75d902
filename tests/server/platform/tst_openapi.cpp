// The published OpenAPI document against the live route table: every route
// is there with its method, typed path parameters, the permission it
// declares and its security; nothing is there that the server does not serve.
#include "server/http/Router.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesRouteTable();
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

    int operations = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        operations += it.value().toObject().size();
    const auto &routes = server.application().router().routes();
    QCOMPARE(operations, routes.size());

    for (const auto &route : routes) {
        QString path = route.pattern;
        // "{id:int}" is published as "{id}" with an integer schema.
        QStringList params;
        for (const auto &seg : route.segments)
            if (seg.literal.isEmpty()) {
                path.replace(u"{%1:%2}"_s.arg(seg.name, seg.type), u"{%1}"_s.arg(seg.name));
                params << seg.name;
            }
        const QJsonObject op = paths.value(path).toObject().value(QString::fromLatin1(route.method).toLower()).toObject();
        QVERIFY2(!op.isEmpty(), qPrintable(u"missing %1 %2"_s.arg(QString::fromLatin1(route.method), path)));
        QVERIFY2(!op.value(u"summary"_s).toString().isEmpty(), qPrintable(path));
        QStringList documented;
        for (const auto &p : op.value(u"parameters"_s).toArray())
            if (p.toObject().value(u"in"_s).toString() == u"path")
                documented << p.toObject().value(u"name"_s).toString();
        QCOMPARE(documented, params);
        switch (route.access.kind) {
        case erp::server::RouteAccess::Public:
            QCOMPARE(op.value(u"security"_s).toArray().size(), 0);
            QVERIFY(op.contains(u"security"_s));
            break;
        case erp::server::RouteAccess::Permission:
            QCOMPARE(op.value(u"x-required-permission"_s).toString(), route.access.permission);
            Q_FALLTHROUGH();
        case erp::server::RouteAccess::Authenticated:
            QVERIFY(!op.contains(u"security"_s));   // inherits the global bearer requirement
            QVERIFY(op.value(u"responses"_s).toObject().contains(u"401"_s));
            break;
        }
        if (route.method == "PATCH" || route.method == "DELETE") {
            bool ifMatch = false;
            for (const auto &p : op.value(u"parameters"_s).toArray())
                ifMatch |= p.toObject().value(u"name"_s).toString() == u"If-Match";
            QVERIFY2(ifMatch, qPrintable(path));
        }
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
