#include "server/http/Router.h"

#include <QTest>
#include <QUuid>

using namespace erp::server;

class tst_Router : public QObject
{
    Q_OBJECT

private:
    static Router makeRouter()
    {
        Router router;
        auto ok = [](RequestContext &) { return HttpResponse::noContent(); };
        router.add("GET", QStringLiteral("/api/v1/users"), RouteAccess::authenticated(), ok);
        router.add("POST", QStringLiteral("/api/v1/users"), RouteAccess::authenticated(), ok);
        router.add("GET", QStringLiteral("/api/v1/users/me"), RouteAccess::authenticated(), ok);
        router.add("GET", QStringLiteral("/api/v1/users/{id:int}"), RouteAccess::authenticated(), ok);
        router.add("PATCH", QStringLiteral("/api/v1/users/{id:int}"), RouteAccess::authenticated(), ok);
        router.add("POST", QStringLiteral("/api/v1/purchase-orders/{id:int}/approve"), RouteAccess::authenticated(),
                   ok);
        router.add("GET", QStringLiteral("/api/v1/files/{key:uuid}"), RouteAccess::authenticated(), ok);
        router.add("GET", QStringLiteral("/api/v1/tags/{name}"), RouteAccess::authenticated(), ok);
        router.add("GET", QStringLiteral("/api/v1/codes/{code:string}/items/{n:int}"), RouteAccess::publicRoute(), ok);
        return router;
    }

private slots:
    void match_data();
    void match();
};

void tst_Router::match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QByteArray>("allow");

    const QString uuid = QStringLiteral("6f1c9c1e-1f6c-4a51-9d2c-2b1f2f0f5a10");
    QTest::newRow("literal") << QByteArray("GET") << QByteArray("/api/v1/users") << int(RouteMatch::Found)
                             << QStringLiteral("/api/v1/users") << QVariantMap() << QByteArray();
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/api/v1/users/") << int(RouteMatch::Found)
                                    << QStringLiteral("/api/v1/users") << QVariantMap() << QByteArray();
    QTest::newRow("literal beats int") << QByteArray("GET") << QByteArray("/api/v1/users/me") << int(RouteMatch::Found)
                                       << QStringLiteral("/api/v1/users/me") << QVariantMap() << QByteArray();
    QTest::newRow("int param") << QByteArray("GET") << QByteArray("/api/v1/users/42") << int(RouteMatch::Found)
                               << QStringLiteral("/api/v1/users/{id:int}")
                               << QVariantMap {{QStringLiteral("id"), qint64(42)}} << QByteArray();
    QTest::newRow("action") << QByteArray("POST") << QByteArray("/api/v1/purchase-orders/7/approve")
                            << int(RouteMatch::Found) << QStringLiteral("/api/v1/purchase-orders/{id:int}/approve")
                            << QVariantMap {{QStringLiteral("id"), qint64(7)}} << QByteArray();
    QTest::newRow("uuid param") << QByteArray("GET") << QByteArray("/api/v1/files/" + uuid.toLatin1())
                                << int(RouteMatch::Found) << QStringLiteral("/api/v1/files/{key:uuid}")
                                << QVariantMap {{QStringLiteral("key"), QUuid::fromString(uuid)}} << QByteArray();
    QTest::newRow("string param default")
        << QByteArray("GET") << QByteArray("/api/v1/tags/urgent") << int(RouteMatch::Found)
        << QStringLiteral("/api/v1/tags/{name}") << QVariantMap {{QStringLiteral("name"), QStringLiteral("urgent")}}
        << QByteArray();
    QTest::newRow("two params") << QByteArray("GET") << QByteArray("/api/v1/codes/AB-1/items/3")
                                << int(RouteMatch::Found) << QStringLiteral("/api/v1/codes/{code:string}/items/{n:int}")
                                << QVariantMap {{QStringLiteral("code"), QStringLiteral("AB-1")},
                                                {QStringLiteral("n"), qint64(3)}}
                                << QByteArray();
    QTest::newRow("HEAD uses GET") << QByteArray("HEAD") << QByteArray("/api/v1/users") << int(RouteMatch::Found)
                                   << QStringLiteral("/api/v1/users") << QVariantMap() << QByteArray();

    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/api/v1/nothing") << int(RouteMatch::NotFound)
                                  << QString() << QVariantMap() << QByteArray();
    QTest::newRow("too deep") << QByteArray("GET") << QByteArray("/api/v1/users/1/extra") << int(RouteMatch::NotFound)
                              << QString() << QVariantMap() << QByteArray();
    QTest::newRow("bad int") << QByteArray("GET") << QByteArray("/api/v1/users/abc") << int(RouteMatch::NotFound)
                             << QString() << QVariantMap() << QByteArray();
    QTest::newRow("zero int") << QByteArray("GET") << QByteArray("/api/v1/users/0") << int(RouteMatch::NotFound)
                              << QString() << QVariantMap() << QByteArray();
    QTest::newRow("negative int") << QByteArray("GET") << QByteArray("/api/v1/users/-3") << int(RouteMatch::NotFound)
                                  << QString() << QVariantMap() << QByteArray();
    QTest::newRow("plus int") << QByteArray("GET") << QByteArray("/api/v1/users/+3") << int(RouteMatch::NotFound)
                              << QString() << QVariantMap() << QByteArray();
    QTest::newRow("int overflow") << QByteArray("GET") << QByteArray("/api/v1/users/99999999999999999999")
                                  << int(RouteMatch::NotFound) << QString() << QVariantMap() << QByteArray();
    QTest::newRow("bad uuid") << QByteArray("GET") << QByteArray("/api/v1/files/not-a-uuid")
                              << int(RouteMatch::NotFound) << QString() << QVariantMap() << QByteArray();
    QTest::newRow("bad int, wrong method") << QByteArray("DELETE") << QByteArray("/api/v1/users/abc")
                                           << int(RouteMatch::NotFound) << QString() << QVariantMap() << QByteArray();

    QTest::newRow("405 collection") << QByteArray("DELETE") << QByteArray("/api/v1/users")
                                    << int(RouteMatch::MethodNotAllowed) << QString() << QVariantMap()
                                    << QByteArray("GET, HEAD, POST");
    QTest::newRow("405 item") << QByteArray("PUT") << QByteArray("/api/v1/users/5") << int(RouteMatch::MethodNotAllowed)
                              << QString() << QVariantMap() << QByteArray("GET, HEAD, PATCH");
    QTest::newRow("405 action") << QByteArray("GET") << QByteArray("/api/v1/purchase-orders/5/approve")
                                << int(RouteMatch::MethodNotAllowed) << QString() << QVariantMap()
                                << QByteArray("POST");
}

void tst_Router::match()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, result);
    QFETCH(QString, pattern);
    QFETCH(QVariantMap, params);
    QFETCH(QByteArray, allow);

    const Router router = makeRouter();
    const RouteMatch m = router.match(method, path);
    QCOMPARE(int(m.result), result);
    if (result == RouteMatch::Found) {
        QVERIFY(m.route);
        QCOMPARE(m.route->pattern, pattern);
        QCOMPARE(m.params.size(), params.size());
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            QVERIFY2(m.params.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(m.params.value(it.key()), it.value());
        }
    } else {
        QVERIFY(!m.route);
    }
    QCOMPARE(m.allow, allow);
}

QTEST_GUILESS_MAIN(tst_Router)
#include "tst_router.moc"
