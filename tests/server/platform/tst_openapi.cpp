// The published OpenAPI document against the reviewed table of what each
// route requires (ExpectedRouteAccess, kept in the tests, not generated from
// the route declarations): every reviewed route is there with its method,
// typed path parameters, the permission it requires and its security;
// nothing is there that the table does not list.
#include "server/http/Router.h"
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

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
