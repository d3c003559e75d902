// Sessions and the audit log over real TLS: everyone lists and revokes their
// own sessions; only sessions.manage reaches other people's (others' sessions
// are 404, not 403); revocation is immediate; the audit log filters by
// entity, user, action and time and pages by cursor.
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestSessionsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownSessionsOnlyWithoutPermission();
    void revokeOwnSessionEndsItAtOnce();
    void othersSessionsAreNotFoundWithoutPermission();
    void administratorRevokesAnyone();
    void auditLogFilters();
    void auditLogNeedsPermission();

private:
    static QSet<qint64> ids(const TlsTestClient::Response &r, const QString &key = u"id"_s);
    std::unique_ptr<TlsTestClient> signedIn(const QString &email, const QString &password);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    qint64 m_repId = 0;
    qint64 m_otherRepId = 0;
};

void TestSessionsApi::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"sessions_api"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_repId = m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    m_otherRepId = m_server->createUser(m_acme, u"other.rep@acme.test"_s, {u"sales_rep"_s});
}

QSet<qint64> TestSessionsApi::ids(const TlsTestClient::Response &r, const QString &key)
{
    QSet<qint64> out;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        out.insert(v.toObject().value(key).toInteger());
    return out;
}

std::unique_ptr<TlsTestClient> TestSessionsApi::signedIn(const QString &email, const QString &password)
{
    auto c = m_server->client();
    c->setBearerToken(m_server->login(m_acme.slug, email, password));
    return c;
}

void TestSessionsApi::ownSessionsOnlyWithoutPermission()
{
    auto rep = signedIn(u"rep@acme.test"_s, TestServer::userPassword());
    auto other = signedIn(u"other.rep@acme.test"_s, TestServer::userPassword());
    const auto r = rep->get("/api/v1/sessions");
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r, u"user_id"_s), QSet<qint64>{m_repId});
    // Asking for someone else's sessions by filter gives nothing, not theirs.
    const auto filtered = rep->get("/api/v1/sessions?user_id=" + QByteArray::number(m_otherRepId));
    QCOMPARE(filtered.status, 200);
    QCOMPARE(filtered.json().value(u"items"_s).toArray().size(), 0);
    QVERIFY(other->get("/api/v1/sessions").status == 200);
}

void TestSessionsApi::revokeOwnSessionEndsItAtOnce()
{
    auto first = signedIn(u"rep@acme.test"_s, TestServer::userPassword());
    auto second = signedIn(u"rep@acme.test"_s, TestServer::userPassword());
    const auto list = second->get("/api/v1/sessions?is_active=true&sort=-created_at");
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QVERIFY(items.size() >= 2);
    // The older of the two newest sessions belongs to `first`.
    const qint64 firstSession = items.at(1).toObject().value(u"id"_s).toInteger();
    QCOMPARE(first->get("/api/v1/auth/me").status, 200);
    QCOMPARE(second->post("/api/v1/sessions/" + QByteArray::number(firstSession) + "/revoke", {}).status, 204);
    QCOMPARE(first->get("/api/v1/auth/me").status, 401);
    QCOMPARE(second->get("/api/v1/auth/me").status, 200);
    const auto after = second->get("/api/v1/sessions?is_active=false");
    QVERIFY(ids(after).contains(firstSession));
}

void TestSessionsApi::othersSessionsAreNotFoundWithoutPermission()
{
    auto other = signedIn(u"other.rep@acme.test"_s, TestServer::userPassword());
    const qint64 otherSession = *ids(other->get("/api/v1/sessions?is_active=true")).begin();
    auto rep = signedIn(u"rep@acme.test"_s, TestServer::userPassword());
    const auto r = rep->post("/api/v1/sessions/" + QByteArray::number(otherSession) + "/revoke", {});
    QCOMPARE(r.status, 404);
    QCOMPARE(other->get("/api/v1/auth/me").status, 200);
}

void TestSessionsApi::administratorRevokesAnyone()
{
    auto victim = signedIn(u"other.rep@acme.test"_s, TestServer::userPassword());
    QCOMPARE(victim->get("/api/v1/auth/me").status, 200);
    auto admin = signedIn(m_acme.adminEmail, m_acme.adminPassword);
    const auto list = admin->get("/api/v1/sessions?is_active=true&user_id=" + QByteArray::number(m_otherRepId));
    QCOMPARE(list.status, 200);
    const QSet<qint64> sessions = ids(list);
    QVERIFY(!sessions.isEmpty());
    for (qint64 id : sessions)
        QCOMPARE(admin->post("/api/v1/sessions/" + QByteArray::number(id) + "/revoke", {}).status, 204);
    QCOMPARE(victim->get("/api/v1/auth/me").status, 401);
    // Revoking twice is harmless.
    QCOMPARE(admin->post("/api/v1/sessions/" + QByteArray::number(*sessions.begin()) + "/revoke", {}).status, 204);
}

void TestSessionsApi::auditLogFilters()
{
    auto admin = signedIn(m_acme.adminEmail, m_acme.adminPassword);
    const QString before = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
    const auto role = admin->postJson("/api/v1/roles", {{u"name"_s, u"audited role"_s}});
    QCOMPARE(role.status, 201);
    const qint64 roleId = role.json().value(u"id"_s).toInteger();
    QCOMPARE(admin->request("DELETE", "/api/v1/roles/" + QByteArray::number(roleId), {{"If-Match", "\"1\""}}).status, 204);

    auto r = admin->get("/api/v1/audit-log?entity=role&entity_id=" + QByteArray::number(roleId));
    QCOMPARE(r.status, 200);
    QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value(u"action"_s).toString(), u"delete"_s);
    QCOMPARE(items[0].toObject().value(u"before"_s).toObject().value(u"name"_s).toString(), u"audited role"_s);
    QVERIFY(items[0].toObject().value(u"after"_s).isNull());

    r = admin->get("/api/v1/audit-log?action=delete&user_id=" + QByteArray::number(m_acme.adminUserId));
    QVERIFY(ids(r).contains(items[0].toObject().value(u"id"_s).toInteger()));
    r = admin->get("/api/v1/audit-log?occurred_at_from=" + QUrl::toPercentEncoding(before));
    QVERIFY(r.json().value(u"items"_s).toArray().size() >= 2);
    r = admin->get("/api/v1/audit-log?occurred_at_to=" + QUrl::toPercentEncoding(before) + "&entity=role&entity_id="
                   + QByteArray::number(roleId));
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(admin->get("/api/v1/audit-log?occurred_at_from=yesterday").status, 400);

    // Newest first, paged by cursor without repeats.
    QSet<qint64> seen;
    QByteArray path = "/api/v1/audit-log?limit=2";
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int page = 0; page < 200; ++page) {
        r = admin->get(path);
        QCOMPARE(r.status, 200);
        for (const auto &v : r.json().value(u"items"_s).toArray()) {
            const qint64 id = v.toObject().value(u"id"_s).toInteger();
            QVERIFY(id < previous);
            previous = id;
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        if (r.json().value(u"next_cursor"_s).isNull())
            break;
        path = "/api/v1/audit-log?limit=2&cursor=" + r.json().value(u"next_cursor"_s).toString().toLatin1();
    }
    QVERIFY(seen.size() >= 4);
}

void TestSessionsApi::auditLogNeedsPermission()
{
    auto rep = signedIn(u"rep@acme.test"_s, TestServer::userPassword());
    QCOMPARE(rep->get("/api/v1/audit-log").status, 403);
}

QTEST_GUILESS_MAIN(TestSessionsApi)
#include "tst_sessionsapi.moc"
