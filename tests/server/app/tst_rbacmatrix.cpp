// Every route × every kind of caller, against a reviewed table of what each
// route requires (ExpectedRouteAccess), not against the route declarations:
// a declaration that weakens or changes a route's permission disagrees with
// the table and fails here. The callers are the built-in roles, a user with
// no role, and one custom role per permission holding exactly that
// permission, so each permission is allowed exactly on its routes and
// refused everywhere else. A route the server serves without a row in the
// table (or a row for a route it does not serve) fails routeTableIsReviewed.
#include "server/http/Router.h"
#include "shared/Permissions.h"
#include "tests/server/app/ExpectedRouteAccess.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::ExpectedRouteAccess;
using erp::test::TlsTestClient;

class TestRbacMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routeTableIsReviewed();
    void callersHoldWhatTheMatrixAssumes();
    void matrix_data();
    void matrix();
    void everyProtectedRouteNeedsAToken_data();
    void everyProtectedRouteNeedsAToken();

private:
    struct Caller
    {
        QString email;
        QStringList permissions; // what the caller holds, as the matrix assumes
    };
    static QByteArray concretePath(const QString &pattern);
    static TlsTestClient::Response call(TlsTestClient &c, const QByteArray &method, const QString &pattern);
    QByteArray tokenFor(const QString &caller);
    TlsTestClient &connection();

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QMap<QString, Caller> m_callers; // by label: "role manager", "only crm.view", "no role"
    QHash<QString, QByteArray> m_tokens; // by label; signing in once per caller keeps this fast
    std::unique_ptr<TlsTestClient> m_client; // kept alive across cases
};

void TestRbacMatrix::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"rbac_matrix"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    auto admin = m_server->client();
    admin->setBearerToken(m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));

    QList<std::pair<QString, Caller>> callers;
    for (const auto &role : erp::shared::builtInRoles())
        callers.append({u"role "_s + role.name, {role.name + u".user@acme.test"_s, role.permissions}});
    callers.append({u"no role"_s, {u"norole@acme.test"_s, {}}});
    QHash<QString, QString> roleOf;
    for (const auto &role : erp::shared::builtInRoles())
        roleOf.insert(u"role "_s + role.name, role.name);
    // One custom role per permission the product knows, holding only it.
    for (const auto &permission : erp::shared::allPermissions()) {
        const QString roleName = u"only "_s + permission.name;
        const auto r = admin->postJson("/api/v1/roles",
                                       {{u"name"_s, roleName}, {u"permissions"_s, QJsonArray {permission.name}}});
        QVERIFY2(r.status == 201, r.body.constData());
        callers.append(
            {roleName, {u"only.%1@acme.test"_s.arg(QString(permission.name).replace(u'.', u'_')), {permission.name}}});
        roleOf.insert(roleName, roleName);
    }

    // Password hashing is deliberately slow: the first user is created the
    // normal way, the others share its password hash (and so its password).
    QSqlDatabase su = TestDatabase::superuserConnection(TestDatabase::databaseName(u"rbac_matrix"_s), u"su"_s);
    qint64 templateUser = 0;
    for (const auto &[label, caller] : callers) {
        const QStringList roles = roleOf.contains(label) ? QStringList {roleOf.value(label)} : QStringList {};
        if (!templateUser) {
            templateUser = m_server->createUser(m_acme, caller.email, roles);
        } else {
            QSqlQuery q(su);
            q.prepare(u"INSERT INTO users (tenant_id, email, display_name, password_hash) "
                      "SELECT tenant_id, ?, ?, password_hash FROM users WHERE id = ? RETURNING id"_s);
            q.addBindValue(caller.email);
            q.addBindValue(caller.email.section(u'@', 0, 0));
            q.addBindValue(templateUser);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const qint64 id = q.value(0).toLongLong();
            for (const QString &role : roles) {
                QSqlQuery g(su);
                g.prepare(u"INSERT INTO user_roles (tenant_id, user_id, role_id) "
                          "SELECT tenant_id, ?, id FROM roles WHERE tenant_id = ? AND name = ?"_s);
                g.addBindValue(id);
                g.addBindValue(m_acme.id);
                g.addBindValue(role);
                QVERIFY2(g.exec() && g.numRowsAffected() == 1, qPrintable(role));
            }
        }
        m_callers.insert(label, caller);
    }
    su = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"su"_s);
}

void TestRbacMatrix::routeTableIsReviewed()
{
    QStringList served;
    for (const auto &route : m_server->application().router().routes()) {
        const QString key = QString::fromLatin1(route.method) + u' ' + route.pattern;
        served << key;
        const ExpectedRouteAccess *row = ExpectedRouteAccess::find(route.method, route.pattern);
        QVERIFY2(row,
                 qPrintable(u"%1 is served but has no row in the reviewed table "
                            "(tests/server/app/ExpectedRouteAccess.cpp): add one"_s.arg(key)));
        // The declaration says the same as the review (the matrix below
        // checks that the server also behaves that way).
        QCOMPARE(int(route.access.kind), int(row->kind));
        QCOMPARE(route.access.permission, row->permission);
    }
    for (const auto &row : ExpectedRouteAccess::table())
        QVERIFY2(served.contains(row.key()),
                 qPrintable(u"%1 is in the reviewed table but not served"_s.arg(row.key())));
}

void TestRbacMatrix::callersHoldWhatTheMatrixAssumes()
{
    for (auto it = m_callers.cbegin(); it != m_callers.cend(); ++it) {
        auto c = m_server->client();
        c->setBearerToken(tokenFor(it.key()));
        const auto me = c->get("/api/v1/auth/me");
        QCOMPARE(me.status, 200);
        QStringList held;
        for (const auto &v : me.json().value(u"permissions"_s).toArray())
            held << v.toString();
        QStringList expected = it->permissions;
        held.sort();
        expected.sort();
        QCOMPARE(held, expected);
    }
}

QByteArray TestRbacMatrix::concretePath(const QString &pattern)
{
    // An id that exists nowhere: allowed callers get 404, never a side effect.
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    return QString(pattern).replace(parameter, u"999999"_s).toUtf8();
}

TlsTestClient::Response TestRbacMatrix::call(TlsTestClient &c, const QByteArray &method, const QString &pattern)
{
    TlsTestClient::Headers headers;
    QByteArray body;
    if (method == "POST" || method == "PATCH" || method == "PUT") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        body = "{}";
    }
    if (method == "PATCH" || method == "DELETE" || method == "PUT")
        headers.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));
    return c.request(method, concretePath(pattern), headers, body);
}

QByteArray TestRbacMatrix::tokenFor(const QString &caller)
{
    if (!m_tokens.contains(caller))
        m_tokens.insert(caller,
                        m_server->login(m_acme.slug, m_callers.value(caller).email, TestServer::userPassword()));
    return m_tokens.value(caller);
}

TlsTestClient &TestRbacMatrix::connection()
{
    if (!m_client || !m_client->isConnected())
        m_client = m_server->client();
    return *m_client;
}

void TestRbacMatrix::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<bool>("allowed");
    int protectedRoutes = 0;
    // Signing out ends the caller's session: last, so each caller signs in once.
    QList<ExpectedRouteAccess> rows = ExpectedRouteAccess::table();
    std::stable_partition(rows.begin(), rows.end(),
                          [](const ExpectedRouteAccess &row) { return row.pattern != u"/api/v1/auth/logout"; });
    for (const auto &row : rows) {
        if (row.kind == ExpectedRouteAccess::Public)
            continue;
        ++protectedRoutes;
        for (auto it = m_callers.cbegin(); it != m_callers.cend(); ++it)
            QTest::addRow("%s %s as %s", row.method.constData(), qPrintable(row.pattern), qPrintable(it.key()))
                << row.method << row.pattern << it.key() << row.allows(it->permissions);
    }
    QVERIFY(protectedRoutes >= 15);
}

void TestRbacMatrix::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(QString, caller);
    QFETCH(bool, allowed);
    const QByteArray token = tokenFor(caller);
    QVERIFY(!token.isEmpty());
    TlsTestClient &c = connection();
    c.setBearerToken(token);
    auto r = call(c, method, pattern);
    if (!r.isValid()) { // the kept-alive connection may have been closed meanwhile: once more, fresh
        m_client.reset();
        connection().setBearerToken(token);
        r = call(connection(), method, pattern);
    }
    QVERIFY2(r.isValid(), "no response");
    if (allowed) {
        QVERIFY2(r.status != 401 && r.status != 403,
                 qPrintable(u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
        // Signing out ends the session this caller's token belongs to.
        if (pattern == u"/api/v1/auth/logout")
            m_tokens.remove(caller);
    } else {
        QVERIFY2(r.status == 403, qPrintable(u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.json().value(u"code"_s).toString(), u"forbidden"_s);
    }
}

void TestRbacMatrix::everyProtectedRouteNeedsAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("isPublic");
    QTest::addColumn<QByteArray>("authorization");
    for (const auto &row : ExpectedRouteAccess::table()) {
        const char *method = row.method.constData();
        const QByteArray pattern = row.pattern.toUtf8();
        const bool isPublic = row.kind == ExpectedRouteAccess::Public;
        QTest::addRow("%s %s without token", method, pattern.constData())
            << row.method << row.pattern << isPublic << QByteArray();
        if (isPublic)
            continue;
        QTest::addRow("%s %s with garbage", method, pattern.constData())
            << row.method << row.pattern << isPublic << QByteArray("Bearer abc.def.ghi");
        QTest::addRow("%s %s with basic auth", method, pattern.constData())
            << row.method << row.pattern << isPublic << QByteArray("Basic YTpi");
    }
}

void TestRbacMatrix::everyProtectedRouteNeedsAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(bool, isPublic);
    QFETCH(QByteArray, authorization);
    auto c = m_server->client();
    if (!authorization.isEmpty())
        c->setDefaultHeader("Authorization", authorization);
    const auto r = call(*c, method, pattern);
    QVERIFY2(r.isValid(), "no response");
    if (isPublic) {
        // Public routes answer without a session (whatever the empty body earns).
        QVERIFY2(r.status != 401 && r.status != 403, qPrintable(QString::number(r.status)));
        return;
    }
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
}

QTEST_GUILESS_MAIN(TestRbacMatrix)
#include "tst_rbacmatrix.moc"
