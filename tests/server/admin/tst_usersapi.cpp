// Users endpoints over real TLS against a real database: create, read, list
// (keyset pages, search, filters, sort, CSV), update with If-Match,
// deactivation revoking sessions, role assignment, grant limits, the last
// administrator, idempotent creates, field validation and the audit trail.
#include "server/platform/Idempotency.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestUsersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createReadAndLocation();
    void createValidation_data();
    void createValidation();
    void listPagesWithCursorWithoutGapsOrRepeats();
    void totalIsCountedOnceAndCarriedInTheCursor();
    void listSearchFilterAndSort();
    void listByPermissionOffersWhomTheAssigneeRuleAccepts();
    void listRejectsUnknownParameters_data();
    void listRejectsUnknownParameters();
    void csvExportStreamsEveryRow();
    void updateNeedsIfMatchAndCurrentVersion();
    void deactivationRevokesSessionsAtOnce();
    void roleChangeTakesEffectOnNextRequest();
    void cannotGrantPermissionsNotHeld();
    void lastAdministratorCannotBeRemoved();
    void idempotentCreateReplaysAndRejectsOtherBody();
    void concurrentRetriesWithOneKeyCreateOnce();
    void twoAdminsDemotingEachOtherAtOnceLeaveOne();
    void mutationsAreAudited();
    void administratorUnlocksSignIn();
    void idempotencyHashIsKeyedAndExpiredKeysArePurged();

private:
    QByteArray adminToken();
    TlsTestClient::Response patchJson(TlsTestClient &c, const QByteArray &path, const QJsonObject &o,
                                      const QByteArray &etag);
    qint64 roleId(const QString &name);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
};

void TestUsersApi::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"users_api"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
}

QByteArray TestUsersApi::adminToken()
{
    static QByteArray token;
    if (token.isEmpty())
        token = m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    return token;
}

TlsTestClient::Response TestUsersApi::patchJson(TlsTestClient &c, const QByteArray &path, const QJsonObject &o,
                                                const QByteArray &etag)
{
    TlsTestClient::Headers h{{"Content-Type", "application/json"}};
    if (!etag.isEmpty())
        h.append(qMakePair(QByteArray("If-Match"), etag));
    return c.request("PATCH", path, h, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 TestUsersApi::roleId(const QString &name)
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto r = c->get("/api/v1/roles?limit=100");
    for (const auto &v : r.json().value(u"items"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toInteger();
    return 0;
}

void TestUsersApi::createReadAndLocation()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto r = c->postJson("/api/v1/users", {{u"email"_s, u"new.clerk@acme.test"_s},
                                                 {u"display_name"_s, u"New Clerk"_s},
                                                 {u"password"_s, u"a sturdy initial passphrase"_s},
                                                 {u"role_ids"_s, QJsonArray{roleId(u"warehouse_clerk"_s)}}});
    QCOMPARE(r.status, 201);
    const qint64 id = r.json().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("Location"), "/api/v1/users/" + QByteArray::number(id));
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QVERIFY(!r.json().contains(u"password"_s));
    QVERIFY(!r.json().contains(u"password_hash"_s));

    const auto read = c->get("/api/v1/users/" + QByteArray::number(id));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"email"_s).toString(), u"new.clerk@acme.test"_s);
    QCOMPARE(read.json().value(u"role_names"_s).toString(), u"warehouse_clerk"_s);
    QCOMPARE(read.header("ETag"), QByteArray("\"1\""));

    // The new user can sign in with the initial password.
    QVERIFY(!m_server->login(m_acme.slug, u"new.clerk@acme.test"_s, u"a sturdy initial passphrase"_s).isEmpty());
    QCOMPARE(c->get("/api/v1/users/999999").status, 404);
    QCOMPARE(c->get("/api/v1/users/abc").status, 404);
}

void TestUsersApi::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("malformed json") << QByteArray("{\"email\": ") << 400 << u"malformed_json"_s << QString();
    QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << u"malformed_json"_s << QString();
    QTest::newRow("unknown field")
        << QByteArray(R"({"email":"x@acme.test","display_name":"X","password":"long enough pass","shoe_size":42})")
        << 400 << u"unknown_field"_s << u"shoe_size"_s;
    QTest::newRow("server-owned id")
        << QByteArray(R"({"id":5,"email":"x@acme.test","display_name":"X","password":"long enough pass"})") << 400
        << u"read_only_field"_s << u"id"_s;
    QTest::newRow("server-owned tenant")
        << QByteArray(R"({"tenant_id":2,"email":"x@acme.test","display_name":"X","password":"long enough pass"})")
        << 400 << u"read_only_field"_s << u"tenant_id"_s;
    QTest::newRow("missing email") << QByteArray(R"({"display_name":"X","password":"long enough pass"})") << 422
                                   << u"validation_failed"_s << u"email"_s;
    QTest::newRow("email wrong type")
        << QByteArray(R"({"email":7,"display_name":"X","password":"long enough pass"})") << 422
        << u"validation_failed"_s << u"email"_s;
    QTest::newRow("bad email") << QByteArray(R"({"email":"not-an-email","display_name":"X","password":"long enough pass"})")
                               << 422 << u"validation_failed"_s << u"email"_s;
    QTest::newRow("short password") << QByteArray(R"({"email":"y@acme.test","display_name":"Y","password":"short"})")
                                    << 422 << u"validation_failed"_s << u"password"_s;
    QTest::newRow("common password")
        << QByteArray(R"({"email":"y@acme.test","display_name":"Y","password":"password123"})") << 422
        << u"validation_failed"_s << u"password"_s;
    QTest::newRow("duplicate email")
        << QByteArray(R"({"email":"ADMIN@acme.test","display_name":"Y","password":"long enough pass"})") << 422
        << u"validation_failed"_s << u"email"_s;
    QTest::newRow("role ids wrong type")
        << QByteArray(R"({"email":"z@acme.test","display_name":"Z","password":"long enough pass","role_ids":["admin"]})")
        << 422 << u"validation_failed"_s << u"role_ids[0]"_s;
    QTest::newRow("unknown role")
        << QByteArray(R"({"email":"z@acme.test","display_name":"Z","password":"long enough pass","role_ids":[987654]})")
        << 422 << u"validation_failed"_s << u"role_ids"_s;
}

void TestUsersApi::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto r = c->post("/api/v1/users", body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(r.json().value(u"code"_s).toString(), code);
    if (!field.isEmpty()) {
        QStringList fields;
        for (const auto &e : r.json().value(u"errors"_s).toArray())
            fields << e.toObject().value(u"field"_s).toString();
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u',')));
    }
    // Wrong content type is refused before anything is read.
    const auto wrongType = c->post("/api/v1/users", body, {{"Content-Type", "text/plain"}});
    QCOMPARE(wrongType.status, 415);
}

void TestUsersApi::listPagesWithCursorWithoutGapsOrRepeats()
{
    for (int i = 0; i < 7; ++i)
        m_server->createUser(m_acme, u"page%1@acme.test"_s.arg(i), {u"sales_rep"_s});
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto all = c->get("/api/v1/users?limit=500");
    QCOMPARE(all.status, 200);
    const int total = all.json().value(u"items"_s).toArray().size();
    QCOMPARE(all.json().value(u"total_estimate"_s).toInt(), total);
    QVERIFY(all.json().value(u"next_cursor"_s).isNull());

    QStringList seen;
    QByteArray path = "/api/v1/users?limit=3";
    int pages = 0;
    while (true) {
        const auto r = c->get(path);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(u"items"_s).toArray();
        QVERIFY(items.size() <= 3);
        for (const auto &v : items)
            seen << v.toObject().value(u"email"_s).toString();
        ++pages;
        const QJsonValue next = r.json().value(u"next_cursor"_s);
        if (next.isNull())
            break;
        path = "/api/v1/users?limit=3&cursor=" + next.toString().toLatin1();
        QVERIFY(pages < 100);
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
    QCOMPARE(seen, sorted);
    QCOMPARE(pages, (total + 2) / 3);
}

void TestUsersApi::totalIsCountedOnceAndCarriedInTheCursor()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto first = c->get("/api/v1/users?limit=2");
    const int total = first.json().value(u"total_estimate"_s).toInt();
    QVERIFY(total > 2);
    m_server->createUser(m_acme, u"counted.later@acme.test"_s, {});
    const auto second = c->get("/api/v1/users?limit=2&cursor=" + first.json().value(u"next_cursor"_s).toString().toLatin1());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"total_estimate"_s).toInt(), total);
    QCOMPARE(c->get("/api/v1/users?limit=2").json().value(u"total_estimate"_s).toInt(), total + 1);
}

void TestUsersApi::listSearchFilterAndSort()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    auto r = c->get("/api/v1/users?q=page3");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 1);
    // LIKE wildcards in the search text are literal.
    r = c->get("/api/v1/users?q=%25");
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 0);
    r = c->get("/api/v1/users?sort=-email&limit=2");
    const QJsonArray desc = r.json().value(u"items"_s).toArray();
    QCOMPARE(desc.size(), 2);
    QVERIFY(desc[0].toObject().value(u"email"_s).toString() > desc[1].toObject().value(u"email"_s).toString());
    r = c->get("/api/v1/users?role_id=" + QByteArray::number(roleId(u"admin"_s)));
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(r.json().value(u"items"_s).toArray()[0].toObject().value(u"email"_s).toString(), m_acme.adminEmail);
    r = c->get("/api/v1/users?is_active=false");
    QCOMPARE(r.status, 200);
}

void TestUsersApi::listByPermissionOffersWhomTheAssigneeRuleAccepts()
{
    // An organisation of its own: the people in it are exactly these.
    const TestServer::Tenant globex = m_server->createTenant(u"globex"_s);
    auto c = m_server->client();
    c->setBearerToken(m_server->login(globex.slug, globex.adminEmail, globex.adminPassword));
    QCOMPARE(c->postJson("/api/v1/roles", {{u"name"_s, u"crm_reader"_s}, {u"permissions"_s, QJsonArray{u"crm.view"_s}}})
                 .status,
             201);
    // Built-in roles as DESIGN.md grants them: sales_rep and manager open CRM,
    // purchaser and warehouse_clerk do not.
    const QHash<QString, QStringList> people{{u"rep@globex.test"_s, {u"sales_rep"_s}},
                                             {u"manager@globex.test"_s, {u"manager"_s}},
                                             {u"buyer@globex.test"_s, {u"purchaser"_s}},
                                             {u"clerk@globex.test"_s, {u"warehouse_clerk"_s}},
                                             {u"reader@globex.test"_s, {u"crm_reader"_s}},
                                             {u"nobody@globex.test"_s, {}},
                                             {u"gone@globex.test"_s, {u"sales_rep"_s}}};
    QHash<QString, qint64> ids;
    for (auto it = people.begin(); it != people.end(); ++it)
        ids.insert(it.key(), m_server->createUser(globex, it.key(), it.value()));
    ids.insert(globex.adminEmail, globex.adminUserId);
    QCOMPARE(patchJson(*c, "/api/v1/users/" + QByteArray::number(ids.value(u"gone@globex.test"_s)),
                       {{u"is_active"_s, false}}, "\"1\"")
                 .status,
             200);
    // And someone in acme with CRM, who must never show.
    m_server->createUser(m_acme, u"acme.rep@acme.test"_s, {u"sales_rep"_s});

    const auto emails = [&](const QByteArray &query) {
        const auto r = c->get("/api/v1/users?limit=100&" + query);
        QSet<QString> found;
        if (r.status != 200)
            return QSet<QString>{u"HTTP %1"_s.arg(r.status)};
        for (const auto &v : r.json().value(u"items"_s).toArray())
            found.insert(v.toObject().value(u"email"_s).toString());
        return found;
    };
    const QSet<QString> withCrm{globex.adminEmail, u"rep@globex.test"_s, u"manager@globex.test"_s,
                                u"reader@globex.test"_s, u"gone@globex.test"_s};
    QCOMPARE(emails("permission=crm.view"), withCrm);
    QSet<QString> activeWithCrm = withCrm;
    activeWithCrm.remove(u"gone@globex.test"_s);
    QCOMPARE(emails("permission=crm.view&is_active=true"), activeWithCrm);
    QCOMPARE(emails("permission=purchasing.approve"), (QSet<QString>{globex.adminEmail, u"manager@globex.test"_s}));
    QCOMPARE(emails("permission=crm.view&role_id=" + QByteArray::number(roleId(u"purchaser"_s))), QSet<QString>{});
    QCOMPARE(emails("permission=crm.view&q=manager"), QSet<QString>{u"manager@globex.test"_s});

    // The list offers exactly whom the server takes as an activity's assignee.
    const QDateTime due = QDateTime::currentDateTimeUtc().addDays(1);
    const auto lead = c->postJson("/api/v1/leads", {{u"title"_s, u"Globex canteen"_s}, {u"currency"_s, u"EUR"_s}});
    QCOMPARE(lead.status, 201);
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        const auto r = c->postJson("/api/v1/activities", {{u"kind"_s, u"call"_s},
                                                          {u"subject"_s, u"Call back"_s},
                                                          {u"due_at"_s, due.toString(Qt::ISODate)},
                                                          {u"assignee_id"_s, it.value()},
                                                          {u"lead_id"_s, lead.json().value(u"id"_s)}});
        if (activeWithCrm.contains(it.key())) {
            QVERIFY2(r.status == 201, qPrintable(it.key() + u": "_s + QString::fromUtf8(r.body)));
        } else {
            QVERIFY2(r.status == 422 && r.body.contains("assignee_without_crm"),
                     qPrintable(it.key() + u": "_s + QString::fromUtf8(r.body)));
        }
    }

    // A permission nobody has heard of, or two, is a bad request.
    for (const QByteArray &bad : {QByteArray("permission=crm.fly"), QByteArray("permission="),
                                  QByteArray("permission=crm.view&permission=crm.edit")}) {
        const auto r = c->get("/api/v1/users?" + bad);
        QVERIFY2(r.status == 400, bad.constData());
        QCOMPARE(r.json().value(u"code"_s).toString(), u"bad_query_parameter"_s);
    }
    // The list itself still needs users.view: a sales rep may not ask.
    auto rep = m_server->client();
    rep->setBearerToken(m_server->login(globex.slug, u"rep@globex.test"_s, TestServer::userPassword()));
    QCOMPARE(rep->get("/api/v1/users?permission=crm.view").status, 403);
    // A manager may (users.view): whom they can give an activity to.
    auto manager = m_server->client();
    manager->setBearerToken(m_server->login(globex.slug, u"manager@globex.test"_s, TestServer::userPassword()));
    const auto r = manager->get("/api/v1/users?limit=100&is_active=true&permission=crm.view");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), activeWithCrm.size());
}

void TestUsersApi::listRejectsUnknownParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("unknown filter") << QByteArray("password_hash=x");
    QTest::newRow("unsortable") << QByteArray("sort=password_hash");
    QTest::newRow("bad limit") << QByteArray("limit=-1");
    QTest::newRow("limit not a number") << QByteArray("limit=ten");
    QTest::newRow("bad boolean") << QByteArray("is_active=maybe");
    QTest::newRow("garbage cursor") << QByteArray("cursor=not-a-cursor");
    QTest::newRow("repeated parameter") << QByteArray("limit=1&limit=2");
}

void TestUsersApi::listRejectsUnknownParameters()
{
    QFETCH(QByteArray, query);
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto r = c->get("/api/v1/users?" + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"bad_query_parameter"_s);
}

void TestUsersApi::csvExportStreamsEveryRow()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto json = c->get("/api/v1/users?limit=500");
    const int total = json.json().value(u"items"_s).toArray().size();
    const auto r = c->get("/api/v1/users", {{"Accept", "text/csv"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/csv"));
    QVERIFY(r.chunked);
    QByteArray body = r.body;
    QVERIFY(body.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = body.mid(3).trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("id,email,display_name,is_active,role_names,created_at,updated_at"));
    QCOMPARE(lines.size() - 1, total);
    // The export honours the same filters as the list.
    const auto filtered = c->get("/api/v1/users?q=page", {{"Accept", "text/csv"}});
    QCOMPARE(filtered.body.mid(3).trimmed().split('\n').size() - 1, 7);
}

void TestUsersApi::updateNeedsIfMatchAndCurrentVersion()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const qint64 id = m_server->createUser(m_acme, u"editable@acme.test"_s, {u"sales_rep"_s});
    const QByteArray path = "/api/v1/users/" + QByteArray::number(id);
    QCOMPARE(patchJson(*c, path, {{u"display_name"_s, u"Edited"_s}}, {}).status, 428);
    QCOMPARE(patchJson(*c, path, {{u"display_name"_s, u"Edited"_s}}, "\"2\"").status, 412);
    QCOMPARE(patchJson(*c, path, {{u"display_name"_s, u"Edited"_s}}, "garbage").status, 400);
    auto r = patchJson(*c, path, {{u"display_name"_s, u"Edited"_s}}, "\"1\"");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(r.json().value(u"display_name"_s).toString(), u"Edited"_s);
    // The same stale ETag again: someone (we) changed it meanwhile.
    r = patchJson(*c, path, {{u"display_name"_s, u"Lost update"_s}}, "\"1\"");
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"version_mismatch"_s);
    QCOMPARE(c->get(path).json().value(u"display_name"_s).toString(), u"Edited"_s);
    QCOMPARE(patchJson(*c, path, {{u"version"_s, 7}}, "\"2\"").status, 400);
    QCOMPARE(patchJson(*c, path, {{u"is_active"_s, u"no"_s}}, "\"2\"").status, 422);
    QCOMPARE(patchJson(*c, "/api/v1/users/999999", {{u"display_name"_s, u"X"_s}}, "\"1\"").status, 404);
}

void TestUsersApi::deactivationRevokesSessionsAtOnce()
{
    const qint64 id = m_server->createUser(m_acme, u"leaver@acme.test"_s, {u"manager"_s});
    const QByteArray leaverToken = m_server->login(m_acme.slug, u"leaver@acme.test"_s, TestServer::userPassword());
    QVERIFY(!leaverToken.isEmpty());
    auto leaver = m_server->client();
    leaver->setBearerToken(leaverToken);
    QCOMPARE(leaver->get("/api/v1/users").status, 200);

    auto c = m_server->client();
    c->setBearerToken(adminToken());
    QCOMPARE(patchJson(*c, "/api/v1/users/" + QByteArray::number(id), {{u"is_active"_s, false}}, "\"1\"").status, 200);
    const auto after = leaver->get("/api/v1/users");
    QCOMPARE(after.status, 401);
    QCOMPARE(after.header("WWW-Authenticate"), QByteArray("Bearer"));
    QVERIFY(m_server->login(m_acme.slug, u"leaver@acme.test"_s, TestServer::userPassword()).isEmpty());
}

void TestUsersApi::roleChangeTakesEffectOnNextRequest()
{
    const qint64 id = m_server->createUser(m_acme, u"promoted@acme.test"_s, {u"sales_rep"_s});
    auto user = m_server->client();
    user->setBearerToken(m_server->login(m_acme.slug, u"promoted@acme.test"_s, TestServer::userPassword()));
    const auto before = user->get("/api/v1/users");
    QCOMPARE(before.status, 403);
    QCOMPARE(before.json().value(u"code"_s).toString(), u"forbidden"_s);

    auto c = m_server->client();
    c->setBearerToken(adminToken());
    QCOMPARE(patchJson(*c, "/api/v1/users/" + QByteArray::number(id),
                       {{u"role_ids"_s, QJsonArray{roleId(u"manager"_s)}}}, "\"1\"")
                 .status,
             200);
    QCOMPARE(user->get("/api/v1/users").status, 200);
    QCOMPARE(patchJson(*c, "/api/v1/users/" + QByteArray::number(id), {{u"role_ids"_s, QJsonArray{}}}, "\"2\"").status,
             200);
    QCOMPARE(user->get("/api/v1/users").status, 403);
}

void TestUsersApi::cannotGrantPermissionsNotHeld()
{
    auto admin = m_server->client();
    admin->setBearerToken(adminToken());
    const auto role = admin->postJson("/api/v1/roles", {{u"name"_s, u"user_admin"_s},
                                                        {u"permissions"_s, QJsonArray{u"users.view"_s, u"users.manage"_s, u"roles.view"_s}}});
    QCOMPARE(role.status, 201);
    m_server->createUser(m_acme, u"helpdesk@acme.test"_s, {u"user_admin"_s});
    auto helpdesk = m_server->client();
    helpdesk->setBearerToken(m_server->login(m_acme.slug, u"helpdesk@acme.test"_s, TestServer::userPassword()));

    // Creating a user with the admin role would grant what helpdesk lacks.
    auto r = helpdesk->postJson("/api/v1/users", {{u"email"_s, u"sneaky@acme.test"_s},
                                                  {u"display_name"_s, u"Sneaky"_s},
                                                  {u"password"_s, u"a sturdy initial passphrase"_s},
                                                  {u"role_ids"_s, QJsonArray{roleId(u"admin"_s)}}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"cannot_grant"_s);
    // Nor may helpdesk promote itself.
    const auto me = helpdesk->get("/api/v1/auth/me");
    const qint64 myId = me.json().value(u"user"_s).toObject().value(u"id"_s).toInteger(
        me.json().value(u"id"_s).toInteger());
    QVERIFY(myId > 0);
    r = patchJson(*helpdesk, "/api/v1/users/" + QByteArray::number(myId),
                  {{u"role_ids"_s, QJsonArray{role.json().value(u"id"_s).toInteger(), roleId(u"admin"_s)}}}, "\"1\"");
    QCOMPARE(r.status, 403);
    // Within its own permissions it works.
    r = helpdesk->postJson("/api/v1/users", {{u"email"_s, u"fine@acme.test"_s},
                                             {u"display_name"_s, u"Fine"_s},
                                             {u"password"_s, u"a sturdy initial passphrase"_s},
                                             {u"role_ids"_s, QJsonArray{role.json().value(u"id"_s).toInteger()}}});
    QCOMPARE(r.status, 201);
}

void TestUsersApi::lastAdministratorCannotBeRemoved()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const QByteArray path = "/api/v1/users/" + QByteArray::number(m_acme.adminUserId);
    const QByteArray etag = c->get(path).header("ETag");
    auto r = patchJson(*c, path, {{u"is_active"_s, false}}, etag);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"last_admin"_s);
    r = patchJson(*c, path, {{u"role_ids"_s, QJsonArray{roleId(u"manager"_s)}}}, etag);
    QCOMPARE(r.status, 409);
    // Nothing changed: the failed request rolled back entirely.
    const auto after = c->get(path);
    QCOMPARE(after.header("ETag"), etag);
    QCOMPARE(after.json().value(u"role_names"_s).toString(), u"admin"_s);
    QCOMPARE(c->get("/api/v1/users").status, 200);

    // With a second administrator, the first may step down: it holds only
    // the manager role afterwards and loses what only administrators hold.
    m_server->createUser(m_acme, u"second.admin@acme.test"_s, {u"admin"_s});
    r = patchJson(*c, path, {{u"role_ids"_s, QJsonArray{roleId(u"manager"_s)}}}, etag);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"role_names"_s).toString(), u"manager"_s);
    const QJsonArray held = c->get("/api/v1/auth/me").json().value(u"permissions"_s).toArray();
    QVERIFY(held.contains(u"users.view"_s));
    QVERIFY(!held.contains(u"users.manage"_s));
    QCOMPARE(c->get(path).json().value(u"role_names"_s).toString(), u"manager"_s);
    // Now the second is the last administrator, and the same rule protects it.
    auto second = m_server->client();
    second->setBearerToken(m_server->login(m_acme.slug, u"second.admin@acme.test"_s, TestServer::userPassword()));
    const QByteArray secondPath =
        "/api/v1/users/" + QByteArray::number(second->get("/api/v1/auth/me").json().value(u"id"_s).toInteger());
    r = patchJson(*second, secondPath, {{u"is_active"_s, false}}, second->get(secondPath).header("ETag"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"last_admin"_s);
    // The second administrator makes the first one again, for the tests that follow.
    r = patchJson(*second, path, {{u"role_ids"_s, QJsonArray{roleId(u"admin"_s)}}}, c->get(path).header("ETag"));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"role_names"_s).toString(), u"admin"_s);
}

void TestUsersApi::idempotentCreateReplaysAndRejectsOtherBody()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const QJsonObject body{{u"email"_s, u"retry@acme.test"_s},
                           {u"display_name"_s, u"Retry"_s},
                           {u"password"_s, u"a sturdy initial passphrase"_s}};
    const TlsTestClient::Headers key{{"Idempotency-Key", "5b1d0c7e-1f0e-4a51-9b6f-3f0f3c7d2a11"}};
    const auto first = c->postJson("/api/v1/users", body, key);
    QCOMPARE(first.status, 201);
    const auto second = c->postJson("/api/v1/users", body, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(second.header("Location"), first.header("Location"));
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(c->get("/api/v1/users?q=retry@").json().value(u"items"_s).toArray().size(), 1);

    QJsonObject other = body;
    other.insert(u"display_name"_s, u"Someone else"_s);
    const auto conflict = c->postJson("/api/v1/users", other, key);
    QCOMPARE(conflict.status, 422);
    QCOMPARE(conflict.json().value(u"code"_s).toString(), u"idempotency_key_reused"_s);
    // Without a key, the same body is a new request (and a duplicate email).
    QCOMPARE(c->postJson("/api/v1/users", body).status, 422);
}

// Signed-in clients for simultaneously().
static QList<std::shared_ptr<TlsTestClient>> clientsFor(TestServer &server, const QList<QByteArray> &tokens)
{
    QList<std::shared_ptr<TlsTestClient>> clients;
    for (const QByteArray &token : tokens) {
        clients << std::shared_ptr<TlsTestClient>(server.client().release());
        clients.last()->setBearerToken(token);
    }
    return clients;
}

static QList<TlsTestClient *> raw(const QList<std::shared_ptr<TlsTestClient>> &clients)
{
    QList<TlsTestClient *> out;
    for (const auto &c : clients)
        out << c.get();
    return out;
}

void TestUsersApi::concurrentRetriesWithOneKeyCreateOnce()
{
    const QJsonObject body{{u"email"_s, u"twice@acme.test"_s},
                           {u"display_name"_s, u"Twice"_s},
                           {u"password"_s, u"a sturdy initial passphrase"_s}};
    const auto clients = clientsFor(*m_server, {adminToken(), adminToken(), adminToken()});
    const auto results = erp::test::simultaneously(raw(clients), [&](TlsTestClient &c, int) {
                                            return c.postJson("/api/v1/users", body,
                                                              {{"Idempotency-Key", "0d5c7f1e-concurrent"}});
                                        });
    for (const auto &r : results) {
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"id"_s), results.first().json().value(u"id"_s));
    }
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    QCOMPARE(c->get("/api/v1/users?q=twice@").json().value(u"items"_s).toArray().size(), 1);
}

void TestUsersApi::twoAdminsDemotingEachOtherAtOnceLeaveOne()
{
    auto rivals = m_server->createTenant(u"rivals"_s);
    const qint64 second = m_server->createUser(rivals, u"second@rivals.test"_s, {u"admin"_s});
    const QByteArray firstToken = m_server->login(rivals.slug, rivals.adminEmail, rivals.adminPassword);
    const QByteArray secondToken = m_server->login(rivals.slug, u"second@rivals.test"_s, TestServer::userPassword());
    const QList<qint64> targets{second, rivals.adminUserId};
    const auto clients = clientsFor(*m_server, {firstToken, secondToken});
    const auto results = erp::test::simultaneously(raw(clients), [&](TlsTestClient &c, int i) {
        return c.request("PATCH", "/api/v1/users/" + QByteArray::number(targets[i]),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}}, R"({"is_active":false})");
    });
    QList<int> statuses{results[0].status, results[1].status};
    std::sort(statuses.begin(), statuses.end());
    // One deactivates the other; the loser is either refused as the last
    // admin or finds its own session already revoked.
    QCOMPARE(statuses.first(), 200);
    QVERIFY2(statuses.last() == 409 || statuses.last() == 401, qPrintable(QString::number(statuses.last())));
    auto c = m_server->client();
    c->setBearerToken(m_server->login(rivals.slug, results[0].status == 200 ? rivals.adminEmail : u"second@rivals.test"_s,
                                      results[0].status == 200 ? rivals.adminPassword : TestServer::userPassword()));
    int activeAdmins = 0;
    for (qint64 id : targets)
        activeAdmins += c->get("/api/v1/users/" + QByteArray::number(id)).json().value(u"is_active"_s).toBool();
    QCOMPARE(activeAdmins, 1);
}

void TestUsersApi::mutationsAreAudited()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const qint64 id = m_server->createUser(m_acme, u"audited@acme.test"_s, {});
    const QByteArray path = "/api/v1/users/" + QByteArray::number(id);
    QCOMPARE(patchJson(*c, path, {{u"display_name"_s, u"Audited Person"_s}}, "\"1\"").status, 200);
    const auto r = c->get("/api/v1/audit-log?entity=user&entity_id=" + QByteArray::number(id));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject update = items[0].toObject();   // newest first
    QCOMPARE(update.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(update.value(u"user_id"_s).toInteger(), m_acme.adminUserId);
    QCOMPARE(update.value(u"before"_s).toObject().value(u"display_name"_s).toString(), u"audited"_s);
    QCOMPARE(update.value(u"after"_s).toObject().value(u"display_name"_s).toString(), u"Audited Person"_s);
    QVERIFY(!update.value(u"request_id"_s).toString().isEmpty());
    QCOMPARE(items[1].toObject().value(u"action"_s).toString(), u"create"_s);
    // A rejected change leaves no audit row.
    QCOMPARE(patchJson(*c, path, {{u"display_name"_s, u"Stale"_s}}, "\"1\"").status, 412);
    QCOMPARE(c->get("/api/v1/audit-log?entity=user&entity_id=" + QByteArray::number(id))
                 .json().value(u"items"_s).toArray().size(),
             2);
}

void TestUsersApi::administratorUnlocksSignIn()
{
    const QString email = u"locked.out@acme.test"_s;
    const qint64 id = m_server->createUser(m_acme, email, {u"sales_rep"_s});
    const QByteArray path = "/api/v1/users/" + QByteArray::number(id) + "/unlock-sign-in";
    auto signIn = [&](const QString &password) {
        return m_server->client()
            ->postJson("/api/v1/auth/login",
                       {{u"organisation"_s, m_acme.slug}, {u"email"_s, email}, {u"password"_s, password}})
            .status;
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(signIn(u"a wrong guess %1"_s.arg(i)), 401);
    QCOMPARE(signIn(TestServer::userPassword()), 429);

    // Not for everyone: a sales representative may not unlock.
    m_server->createUser(m_acme, u"other.rep@acme.test"_s, {u"sales_rep"_s});
    auto rep = m_server->client();
    rep->setBearerToken(m_server->login(m_acme.slug, u"other.rep@acme.test"_s, TestServer::userPassword()));
    QCOMPARE(rep->post(path, {}).status, 403);
    QCOMPARE(signIn(TestServer::userPassword()), 429);

    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const auto r = c->post(path, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"locks_cleared"_s).toInt(), 1);
    QCOMPARE(signIn(TestServer::userPassword()), 200);
    const QJsonArray audit
        = c->get("/api/v1/audit-log?entity=user&action=sign_in_unlocked&entity_id=" + QByteArray::number(id))
              .json()
              .value(u"items"_s)
              .toArray();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].toObject().value(u"user_id"_s).toInteger(), m_acme.adminUserId);
    // Nothing left to lift; an unknown user is 404.
    QCOMPARE(c->post(path, {}).json().value(u"locks_cleared"_s).toInt(), 0);
    QCOMPARE(c->post("/api/v1/users/999999/unlock-sign-in", {}).status, 404);
}

void TestUsersApi::idempotencyHashIsKeyedAndExpiredKeysArePurged()
{
    auto c = m_server->client();
    c->setBearerToken(adminToken());
    const QByteArray body = QJsonDocument(QJsonObject {{u"email"_s, u"hashed@acme.test"_s},
                                                       {u"display_name"_s, u"Hashed"_s},
                                                       {u"password"_s, u"a guessable initial passphrase"_s}})
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(c->post("/api/v1/users", body, {{"Content-Type", "application/json"}, {"Idempotency-Key", "hash-check"}})
                 .status,
             201);

    const QString su = u"usersapi-su"_s;
    {
        QSqlDatabase db = TestDatabase::superuserConnection(TestDatabase::databaseName(u"users_api"_s), su);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT request_hash FROM idempotency_keys WHERE idempotency_key = 'hash-check'"_s));
        QVERIFY(q.next());
        const QByteArray stored = q.value(0).toByteArray();
        // Not an unkeyed hash anyone could recompute from a guessed password.
        QCOMPARE(stored.size(), 32);
        const QByteArray unkeyed = QByteArray("POST\n/api/v1/users\n").append(body);
        QVERIFY(stored != QCryptographicHash::hash(unkeyed, QCryptographicHash::Sha256));
        QVERIFY(stored != QCryptographicHash::hash(body, QCryptographicHash::Sha256));

        // Keys of every organisation expire, not only when their user creates
        // again: one day-old key here and in another organisation, one fresh.
        auto other = m_server->createTenant(u"purged"_s);
        QVERIFY(q.exec(u"INSERT INTO idempotency_keys (tenant_id, user_id, idempotency_key, request_hash, status, "
                       "response_headers, response_body, created_at) VALUES "
                       "(%1, %2, 'old-acme', 'x', 201, '[]', '', now() - interval '25 hours'), "
                       "(%3, %4, 'old-other', 'x', 201, '[]', '', now() - interval '25 hours'), "
                       "(%3, %4, 'fresh-other', 'x', 201, '[]', '', now())"_s.arg(m_acme.id)
                           .arg(m_acme.adminUserId)
                           .arg(other.id)
                           .arg(other.adminUserId)));
        QVERIFY(erp::server::Idempotency::purgeExpired() >= 2);
        QVERIFY(q.exec(u"SELECT string_agg(idempotency_key, ',' ORDER BY idempotency_key) FROM idempotency_keys "
                       "WHERE idempotency_key IN ('old-acme', 'old-other', 'fresh-other', 'hash-check')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"fresh-other,hash-check"_s);

        // A key used again after a day is a new request: it runs, whatever
        // the expired key's request was, and its own answer is kept.
        QVERIFY(q.exec(u"INSERT INTO idempotency_keys (tenant_id, user_id, idempotency_key, request_hash, status, "
                       "response_headers, response_body, created_at) VALUES "
                       "(%1, %2, 'used-yesterday', 'x', 201, '[]', 'old answer', now() - interval '25 hours')"_s
                           .arg(m_acme.id)
                           .arg(m_acme.adminUserId)));
        const QByteArray again = QJsonDocument(QJsonObject {{u"email"_s, u"again@acme.test"_s},
                                                            {u"display_name"_s, u"Again"_s},
                                                            {u"password"_s, u"another initial passphrase"_s}})
                                     .toJson(QJsonDocument::Compact);
        const TlsTestClient::Headers reused {{"Content-Type", "application/json"},
                                             {"Idempotency-Key", "used-yesterday"}};
        const auto created = c->post("/api/v1/users", again, reused);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"email"_s).toString(), u"again@acme.test"_s);
        const auto replayed = c->post("/api/v1/users", again, reused);
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replayed.json().value(u"id"_s), created.json().value(u"id"_s));
    }
    QSqlDatabase::removeDatabase(su);
}

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_usersapi.moc"
