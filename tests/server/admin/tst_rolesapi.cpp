// Roles endpoints over real TLS: create, rename, set permissions, delete only
// when unused, the fixed admin role, grant limits, validation, If-Match.
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestRolesApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInRolesExist();
    void createRenameSetPermissionsDelete();
    void validation_data();
    void validation();
    void roleInUseCannotBeDeleted();
    void adminRoleIsFixed();
    void cannotGrantPermissionsNotHeld();
    void permissionsCatalogue();

private:
    TlsTestClient::Response send(TlsTestClient &c, const QByteArray &method, const QByteArray &path,
                                 const QJsonObject &o, const QByteArray &etag);
    std::unique_ptr<TlsTestClient> adminClient();

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QByteArray m_adminToken;
};

void TestRolesApi::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"roles_api"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_adminToken = m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    QVERIFY(!m_adminToken.isEmpty());
}

std::unique_ptr<TlsTestClient> TestRolesApi::adminClient()
{
    auto c = m_server->client();
    c->setBearerToken(m_adminToken);
    return c;
}

TlsTestClient::Response TestRolesApi::send(TlsTestClient &c, const QByteArray &method, const QByteArray &path,
                                           const QJsonObject &o, const QByteArray &etag)
{
    TlsTestClient::Headers h{{"Content-Type", "application/json"}};
    if (!etag.isEmpty())
        h.append(qMakePair(QByteArray("If-Match"), etag));
    return c.request(method, path, h, o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void TestRolesApi::builtInRolesExist()
{
    auto c = adminClient();
    const auto r = c->get("/api/v1/roles");
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        names << v.toObject().value(u"name"_s).toString();
    QCOMPARE(names, (QStringList{u"admin"_s, u"manager"_s, u"purchaser"_s, u"sales_rep"_s, u"warehouse_clerk"_s}));
}

void TestRolesApi::createRenameSetPermissionsDelete()
{
    auto c = adminClient();
    auto r = c->postJson("/api/v1/roles", {{u"name"_s, u"auditor"_s}, {u"permissions"_s, QJsonArray{u"audit.view"_s}}});
    QCOMPARE(r.status, 201);
    const QByteArray path = r.header("Location");
    QVERIFY(path.startsWith("/api/v1/roles/"));
    QCOMPARE(r.json().value(u"permissions"_s).toArray(), QJsonArray{u"audit.view"_s});

    r = send(*c, "PATCH", path, {{u"name"_s, u"Internal auditor"_s}}, "\"1\"");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"name"_s).toString(), u"Internal auditor"_s);
    r = send(*c, "PATCH", path, {{u"permissions"_s, QJsonArray{u"audit.view"_s, u"users.view"_s}}}, "\"2\"");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"permissions"_s).toArray().size(), 2);
    QCOMPARE(r.header("ETag"), QByteArray("\"3\""));

    QCOMPARE(send(*c, "DELETE", path, {}, {}).status, 428);
    QCOMPARE(send(*c, "DELETE", path, {}, "\"1\"").status, 412);
    QCOMPARE(send(*c, "DELETE", path, {}, "\"3\"").status, 204);
    QCOMPARE(c->get(path).status, 404);
}

void TestRolesApi::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing name") << QByteArray(R"({"permissions":[]})") << 422 << u"validation_failed"_s;
    QTest::newRow("empty name") << QByteArray(R"({"name":"  "})") << 422 << u"validation_failed"_s;
    QTest::newRow("unknown permission") << QByteArray(R"({"name":"x","permissions":["root.everything"]})") << 422
                                        << u"validation_failed"_s;
    QTest::newRow("permissions not a list") << QByteArray(R"({"name":"x","permissions":"crm.view"})") << 422
                                            << u"validation_failed"_s;
    QTest::newRow("duplicate name") << QByteArray(R"({"name":"MANAGER"})") << 422 << u"validation_failed"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"name":"x","colour":"red"})") << 400 << u"unknown_field"_s;
    QTest::newRow("server field") << QByteArray(R"({"name":"x","version":3})") << 400 << u"read_only_field"_s;
    QTest::newRow("name too long") << QByteArray("{\"name\":\"" + QByteArray(101, 'n') + "\"}") << 422
                                   << u"validation_failed"_s;
}

void TestRolesApi::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto c = adminClient();
    const auto r = c->post("/api/v1/roles", body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"code"_s).toString(), code);
}

void TestRolesApi::roleInUseCannotBeDeleted()
{
    auto c = adminClient();
    auto r = c->postJson("/api/v1/roles", {{u"name"_s, u"temp"_s}, {u"permissions"_s, QJsonArray{u"crm.view"_s}}});
    QCOMPARE(r.status, 201);
    const QByteArray path = r.header("Location");
    m_server->createUser(m_acme, u"temp.user@acme.test"_s, {u"temp"_s});
    r = send(*c, "DELETE", path, {}, "\"1\"");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"role_in_use"_s);
    QCOMPARE(c->get(path).status, 200);
}

void TestRolesApi::adminRoleIsFixed()
{
    auto c = adminClient();
    qint64 adminId = 0;
    for (const auto &v : c->get("/api/v1/roles").json().value(u"items"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == u"admin")
            adminId = v.toObject().value(u"id"_s).toInteger();
    const QByteArray path = "/api/v1/roles/" + QByteArray::number(adminId);
    const QByteArray etag = c->get(path).header("ETag");
    auto r = send(*c, "PATCH", path, {{u"permissions"_s, QJsonArray{u"crm.view"_s}}}, etag);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"builtin_admin_role"_s);
    QCOMPARE(send(*c, "DELETE", path, {}, etag).status, 409);
}

void TestRolesApi::cannotGrantPermissionsNotHeld()
{
    auto c = adminClient();
    QCOMPARE(c->postJson("/api/v1/roles", {{u"name"_s, u"role_admin"_s},
                                           {u"permissions"_s, QJsonArray{u"roles.view"_s, u"roles.manage"_s, u"crm.view"_s}}})
                 .status,
             201);
    m_server->createUser(m_acme, u"roles.admin@acme.test"_s, {u"role_admin"_s});
    auto limited = m_server->client();
    limited->setBearerToken(m_server->login(m_acme.slug, u"roles.admin@acme.test"_s, TestServer::userPassword()));
    auto r = limited->postJson("/api/v1/roles", {{u"name"_s, u"escalate"_s},
                                                 {u"permissions"_s, QJsonArray{u"users.manage"_s}}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"cannot_grant"_s);
    r = limited->postJson("/api/v1/roles", {{u"name"_s, u"crm_readers"_s}, {u"permissions"_s, QJsonArray{u"crm.view"_s}}});
    QCOMPARE(r.status, 201);
    // Nor may it widen an existing role beyond its own permissions.
    r = send(*limited, "PATCH", r.header("Location"), {{u"permissions"_s, QJsonArray{u"crm.view"_s, u"audit.view"_s}}},
             "\"1\"");
    QCOMPARE(r.status, 403);
}

void TestRolesApi::permissionsCatalogue()
{
    auto c = adminClient();
    const auto r = c->get("/api/v1/permissions");
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        names << v.toObject().value(u"name"_s).toString();
    QVERIFY(names.contains(u"users.manage"_s));
    QVERIFY(names.contains(u"purchasing.approve"_s));
    auto anonymous = m_server->client();
    QCOMPARE(anonymous->get("/api/v1/permissions").status, 401);
}

QTEST_GUILESS_MAIN(TestRolesApi)
#include "tst_rolesapi.moc"
