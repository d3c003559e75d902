// Every route in the live route table × every built-in role (and a user with
// no role, and no token at all): a route answers 403 exactly when the role
// lacks the permission the route declares, and 401 without a token. New
// routes are covered automatically because the matrix is read from the router.
#include "server/http/Router.h"
#include "shared/Permissions.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestRbacMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void everyProtectedRouteNeedsAToken_data();
    void everyProtectedRouteNeedsAToken();

private:
    static QByteArray concretePath(const erp::server::Route &route);
    TlsTestClient::Response call(TlsTestClient &c, const erp::server::Route &route);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QHash<QString, QString> m_emailByRole;
};

void TestRbacMatrix::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"rbac_matrix"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    for (const auto &role : erp::shared::builtInRoles()) {
        const QString email = role.name + u".user@acme.test"_s;
        m_server->createUser(m_acme, email, {role.name});
        m_emailByRole.insert(role.name, email);
    }
    m_server->createUser(m_acme, u"norole@acme.test"_s, {});
    m_emailByRole.insert(u"(no role)"_s, u"norole@acme.test"_s);
}

QByteArray TestRbacMatrix::concretePath(const erp::server::Route &route)
{
    QByteArray path;
    for (const auto &seg : route.segments) {
        path += '/';
        // An id that exists nowhere: allowed callers get 404, never a side effect.
        path += seg.literal.isEmpty() ? QByteArray("999999") : seg.literal.toUtf8();
    }
    return path;
}

TlsTestClient::Response TestRbacMatrix::call(TlsTestClient &c, const erp::server::Route &route)
{
    TlsTestClient::Headers headers;
    QByteArray body;
    if (route.method == "POST" || route.method == "PATCH" || route.method == "PUT") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        body = "{}";
    }
    if (route.method == "PATCH" || route.method == "DELETE" || route.method == "PUT")
        headers.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));
    return c.request(route.method, concretePath(route), headers, body);
}

void TestRbacMatrix::matrix_data()
{
    QTest::addColumn<int>("routeIndex");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    const auto &routes = m_server->application().router().routes();
    QStringList roles = m_emailByRole.keys();
    roles.sort();
    int protectedRoutes = 0;
    for (int i = 0; i < routes.size(); ++i) {
        const auto &route = routes[i];
        if (route.access.kind == erp::server::RouteAccess::Public)
            continue;
        ++protectedRoutes;
        for (const QString &role : roles) {
            bool allowed = route.access.kind == erp::server::RouteAccess::Authenticated;
            for (const auto &builtIn : erp::shared::builtInRoles())
                if (builtIn.name == role && builtIn.permissions.contains(route.access.permission))
                    allowed = true;
            QTest::addRow("%s %s as %s", route.method.constData(), qPrintable(route.pattern), qPrintable(role))
                << i << role << allowed;
        }
    }
    QVERIFY(protectedRoutes >= 15);
}

void TestRbacMatrix::matrix()
{
    QFETCH(int, routeIndex);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    const auto &route = m_server->application().router().routes().at(routeIndex);
    // A fresh session per case: some routes (logout) end the session they run in.
    const QByteArray token = m_server->login(m_acme.slug, m_emailByRole.value(role), TestServer::userPassword());
    QVERIFY(!token.isEmpty());
    auto c = m_server->client();
    c->setBearerToken(token);
    const auto r = call(*c, route);
    QVERIFY2(r.isValid(), "no response");
    if (allowed) {
        QVERIFY2(r.status != 401 && r.status != 403,
                 qPrintable(u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
    } else {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"forbidden"_s);
    }
}

void TestRbacMatrix::everyProtectedRouteNeedsAToken_data()
{
    QTest::addColumn<int>("routeIndex");
    QTest::addColumn<QByteArray>("authorization");
    const auto &routes = m_server->application().router().routes();
    for (int i = 0; i < routes.size(); ++i) {
        if (routes[i].access.kind == erp::server::RouteAccess::Public)
            continue;
        const char *method = routes[i].method.constData();
        const QByteArray pattern = routes[i].pattern.toUtf8();
        QTest::addRow("%s %s without token", method, pattern.constData()) << i << QByteArray();
        QTest::addRow("%s %s with garbage", method, pattern.constData()) << i << QByteArray("Bearer abc.def.ghi");
        QTest::addRow("%s %s with basic auth", method, pattern.constData()) << i << QByteArray("Basic YTpi");
    }
}

void TestRbacMatrix::everyProtectedRouteNeedsAToken()
{
    QFETCH(int, routeIndex);
    QFETCH(QByteArray, authorization);
    const auto &route = m_server->application().router().routes().at(routeIndex);
    auto c = m_server->client();
    if (!authorization.isEmpty())
        c->setDefaultHeader("Authorization", authorization);
    const auto r = call(*c, route);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
}

QTEST_GUILESS_MAIN(TestRbacMatrix)
#include "tst_rbacmatrix.moc"
