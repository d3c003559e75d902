// CRM endpoints over real TLS against a real database: CRUD and field
// validation per entity, record rules (a rep never sees another rep's lead in
// a read, list, search, count or export, and cannot change it), lead
// conversion (atomic, 409 on repeat), stale stage change (412), stage
// deletion rules, CSV import (dry-run report, all-or-nothing), my open
// activities by bucket, the audit trail of stage, owner and conversion, and
// the lead list's items kept between reads (every change seen, record rules
// still applied).
#include "server/platform/DocumentCache.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestCrmApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newTenantHasDefaultStages();
    void crudPerEntity_data();
    void crudPerEntity();
    void validation_data();
    void validation();
    void leadValuesRoundTripExactly();
    void recordRulesHideOtherRepsLeads();
    void recordRulesForContactsAndActivities();
    void activitiesGoOnlyToCrmUsersAndOnlyEditorsAssign();
    void staleStageChangeIs412AndStageChangesAreAudited();
    void statusActions();
    void conversionCreatesAccountAndContactOnceAnd409OnRepeat();
    void conversionIsAtomic();
    void simultaneousConversionsConvertOnce();
    void simultaneousChangesOfOneVersionChangeOnce();
    void conversionLinksExistingRecords();
    void stageDeletionRules();
    void stageReorderKeepsPositionsDense();
    void boardTotalsFollowRecordRules();
    void csvImportDryRunReportsEveryBadRow();
    void csvImportIsAllOrNothing();
    void csvImportRejectsWrongContentTypeAndBadHeader();
    void myActivitiesBuckets();
    void listFiltersAndSortByCloseDate();
    void listsSortByEveryShownColumn_data();
    void listsSortByEveryShownColumn();
    void leadsSortNumbersAsNumbersAndStatusByLifeCycle();
    void deleteRefusesWhileOthersReferAndNamesThem();
    void boardCardsKeepTheOrderUsersGiveThem();
    void keptLeadListItemsFollowEveryChange();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    TlsTestClient::Response patch(TlsTestClient &c, const QByteArray &path, const QJsonObject &o, const QByteArray &etag);
    TlsTestClient::Response del(TlsTestClient &c, const QByteArray &path, const QByteArray &etag);
    qint64 createLead(TlsTestClient &c, const QJsonObject &extra = {});
    QVariant sql(const QString &statement, const QVariantList &values = {});
    static QSet<qint64> ids(const TlsTestClient::Response &r);
    QList<qint64> stageIds();

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QHash<QString, QByteArray> m_tokens;
    QHash<QString, qint64> m_userIds;
    QString m_su = u"crm-superuser"_s;
};

// The server's clock for calendar-relative answers (activity buckets), fixed
// two minutes before midnight UTC so that "today" is the same whenever the
// test runs and its end is close enough to be tested.
static const QDateTime fixedNow(QDate(2030, 6, 15), QTime(23, 58, 0), Qt::UTC);

void TestCrmApi::initTestCase()
{
    // Read by the server once, before its first request (server/db/SqlClock).
    qputenv("ERP_TEST_NOW", fixedNow.toString(Qt::ISODate).toLatin1());
    m_server = std::make_unique<TestServer>(u"crm_api"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_tokens.insert(u"admin"_s, m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    m_userIds.insert(u"admin"_s, m_acme.adminUserId);
    for (const auto &[who, role] : {std::pair{u"rep1"_s, u"sales_rep"_s}, std::pair{u"rep2"_s, u"sales_rep"_s},
                                    std::pair{u"manager"_s, u"manager"_s}}) {
        const QString email = who + u"@acme.test"_s;
        m_userIds.insert(who, m_server->createUser(m_acme, email, {role}));
        m_tokens.insert(who, m_server->login(m_acme.slug, email, TestServer::userPassword()));
        QVERIFY(!m_tokens.value(who).isEmpty());
    }
    TestDatabase::superuserConnection(TestDatabase::databaseName(u"crm_api"_s), m_su);
}

void TestCrmApi::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_su);
}

std::unique_ptr<TlsTestClient> TestCrmApi::as(const QString &who)
{
    auto c = m_server->client();
    c->setBearerToken(m_tokens.value(who));
    return c;
}

TlsTestClient::Response TestCrmApi::patch(TlsTestClient &c, const QByteArray &path, const QJsonObject &o,
                                          const QByteArray &etag)
{
    TlsTestClient::Headers h{{"Content-Type", "application/json"}};
    if (!etag.isEmpty())
        h.append(qMakePair(QByteArray("If-Match"), etag));
    return c.request("PATCH", path, h, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TlsTestClient::Response TestCrmApi::del(TlsTestClient &c, const QByteArray &path, const QByteArray &etag)
{
    return c.request("DELETE", path, {{"If-Match", etag}});
}

qint64 TestCrmApi::createLead(TlsTestClient &c, const QJsonObject &extra)
{
    QJsonObject body{{u"title"_s, u"Lead"_s}, {u"currency"_s, u"EUR"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const auto r = c.postJson("/api/v1/leads", body);
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.status == 201 ? r.json().value(u"id"_s).toInteger() : 0;
}

QVariant TestCrmApi::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_su));
    // DDL cannot be prepared: statements without values run unprepared.
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(statement);
    } else {
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        qWarning() << q.lastError().text();
    return q.next() ? q.value(0) : QVariant();
}

QSet<qint64> TestCrmApi::ids(const TlsTestClient::Response &r)
{
    QSet<qint64> out;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        out.insert(v.toObject().value(u"id"_s).toInteger());
    return out;
}

QList<qint64> TestCrmApi::stageIds()
{
    QList<qint64> out;
    for (const auto &v : as(u"admin"_s)->get("/api/v1/pipeline-stages").json().value(u"items"_s).toArray())
        out << v.toObject().value(u"id"_s).toInteger();
    return out;
}

void TestCrmApi::newTenantHasDefaultStages()
{
    const auto r = as(u"rep1"_s)->get("/api/v1/pipeline-stages");
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        names << v.toObject().value(u"name"_s).toString();
    QCOMPARE(names, (QStringList{u"New"_s, u"Qualified"_s, u"Proposal"_s, u"Negotiation"_s}));
}

void TestCrmApi::crudPerEntity_data()
{
    QTest::addColumn<QByteArray>("collection");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("change");
    QTest::newRow("accounts") << QByteArray("accounts")
                              << QJsonObject{{u"name"_s, u"Initech"_s}, {u"industry"_s, u"Software"_s}}
                              << QJsonObject{{u"phone"_s, u"+1 555 0100"_s}};
    QTest::newRow("contacts") << QByteArray("contacts")
                              << QJsonObject{{u"name"_s, u"Peter Gibbons"_s}, {u"email"_s, u"peter@initech.test"_s}}
                              << QJsonObject{{u"title"_s, u"Engineer"_s}};
    QTest::newRow("leads") << QByteArray("leads")
                           << QJsonObject{{u"title"_s, u"TPS reports"_s}, {u"currency"_s, u"USD"_s},
                                          {u"estimated_value"_s, u"1250.00"_s}}
                           << QJsonObject{{u"probability"_s, 40}};
    QTest::newRow("activities") << QByteArray("activities")
                                << QJsonObject{{u"kind"_s, u"call"_s}, {u"subject"_s, u"Call back"_s},
                                               {u"due_at"_s, u"2030-01-01T09:00:00.000000Z"_s}, {u"account_id"_s, -1}}
                                << QJsonObject{{u"done"_s, true}};
    QTest::newRow("pipeline-stages") << QByteArray("pipeline-stages") << QJsonObject{{u"name"_s, u"Demo"_s}}
                                     << QJsonObject{{u"name"_s, u"Demo booked"_s}};
}

void TestCrmApi::crudPerEntity()
{
    QFETCH(QByteArray, collection);
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, change);
    auto c = as(u"admin"_s);
    if (body.value(u"account_id"_s).toInteger() == -1)
        body.insert(u"account_id"_s, c->postJson("/api/v1/accounts", {{u"name"_s, u"For activity"_s}}).json().value(u"id"_s));
    const auto created = c->postJson("/api/v1/" + collection, body);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"id"_s).toInteger();
    const QByteArray path = "/api/v1/" + collection + '/' + QByteArray::number(id);
    QCOMPARE(created.header("Location"), path);
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(created.json().value(it.key()), it.value());

    const auto read = c->get(path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("ETag"), QByteArray("\"1\""));
    QVERIFY(ids(c->get("/api/v1/" + collection + "?limit=500")).contains(id));

    QCOMPARE(patch(*c, path, change, {}).status, 428);
    const auto changed = patch(*c, path, change, "\"1\"");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.header("ETag"), QByteArray("\"2\""));
    for (auto it = change.begin(); it != change.end(); ++it)
        QCOMPARE(changed.json().value(it.key()), it.value());
    QCOMPARE(patch(*c, path, change, "\"1\"").status, 412);

    QCOMPARE(del(*c, path, "\"1\"").status, 412);
    QCOMPARE(del(*c, path, "\"2\"").status, 204);
    QCOMPARE(c->get(path).status, 404);
    const QString entity = collection == "activities" ? u"activity"_s
                           : collection == "pipeline-stages" ? u"pipeline_stage"_s
                                                              : QString::fromLatin1(collection.chopped(1));
    QCOMPARE(sql(u"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE entity = ? AND entity_id = ?"_s,
                 {entity, id})
                 .toString(),
             collection == "pipeline-stages" ? u"create,rename,delete"_s : u"create,update,delete"_s);
}

void TestCrmApi::validation_data()
{
    QTest::addColumn<QByteArray>("collection");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *collection, const char *body, int status, const QString &field,
                        const QString &code) {
        QTest::newRow(name) << QByteArray(collection) << QByteArray(body) << status << field << code;
    };
    row("lead: unknown field", "leads", R"({"title":"x","currency":"EUR","colour":"red"})", 400, u"colour"_s, u"unknown_field"_s);
    row("lead: server-owned status", "leads", R"({"title":"x","currency":"EUR","status":"won"})", 400, u"status"_s, u"read_only_field"_s);
    row("lead: server-owned version", "leads", R"({"title":"x","currency":"EUR","version":3})", 400, u"version"_s, u"read_only_field"_s);
    row("lead: missing title", "leads", R"({"currency":"EUR"})", 422, u"title"_s, u"required"_s);
    row("lead: bad email", "leads", R"({"title":"x","currency":"EUR","email":"nope"})", 422, u"email"_s, u"invalid_email"_s);
    row("lead: negative value", "leads", R"({"title":"x","currency":"EUR","estimated_value":"-1.00"})", 422, u"estimated_value"_s, u"must_not_be_negative"_s);
    row("lead: value as number", "leads", R"({"title":"x","currency":"EUR","estimated_value":12.5})", 422, u"estimated_value"_s, u"wrong_type"_s);
    row("lead: value with exponent", "leads", R"({"title":"x","currency":"EUR","estimated_value":"1e3"})", 422, u"estimated_value"_s, u"invalid_decimal"_s);
    row("lead: value with 3 decimals", "leads", R"({"title":"x","currency":"EUR","estimated_value":"1.005"})", 422, u"estimated_value"_s, u"invalid_decimal"_s);
    row("lead: value too large", "leads", R"({"title":"x","currency":"EUR","estimated_value":"1234567890123.00"})", 422, u"estimated_value"_s, u"too_large"_s);
    row("lead: unknown currency", "leads", R"({"title":"x","currency":"EUO"})", 422, u"currency"_s, u"unknown_currency"_s);
    row("lead: lower-case currency", "leads", R"({"title":"x","currency":"eur"})", 422, u"currency"_s, u"unknown_currency"_s);
    row("lead: probability 101", "leads", R"({"title":"x","currency":"EUR","probability":101})", 422, u"probability"_s, u"out_of_range"_s);
    row("lead: probability -1", "leads", R"({"title":"x","currency":"EUR","probability":-1})", 422, u"probability"_s, u"out_of_range"_s);
    row("lead: probability 50.5", "leads", R"({"title":"x","currency":"EUR","probability":50.5})", 422, u"probability"_s, u"wrong_type"_s);
    row("lead: bad date", "leads", R"({"title":"x","currency":"EUR","expected_close_date":"2026-02-30"})", 422, u"expected_close_date"_s, u"invalid_date"_s);
    row("lead: unknown stage", "leads", R"({"title":"x","currency":"EUR","stage_id":999999})", 422, u"stage_id"_s, u"unknown_stage"_s);
    row("lead: unknown owner", "leads", R"({"title":"x","currency":"EUR","owner_id":999999})", 422, u"owner_id"_s, u"unknown_user"_s);
    row("lead: title too long", "leads", qPrintable(u"{\"title\":\"%1\",\"currency\":\"EUR\"}"_s.arg(QString(201, u'x'))), 422, u"title"_s, u"too_long"_s);
    row("contact: missing name", "contacts", R"({"email":"a@b.test"})", 422, u"name"_s, u"required"_s);
    row("contact: bad email", "contacts", R"({"name":"A","email":"a@b"})", 422, u"email"_s, u"invalid_email"_s);
    row("contact: unknown account", "contacts", R"({"name":"A","account_id":999999})", 422, u"account_id"_s, u"unknown_account"_s);
    row("account: missing name", "accounts", R"({"industry":"x"})", 422, u"name"_s, u"required"_s);
    row("account: owner wrong type", "accounts", R"({"name":"A","owner_id":"me"})", 422, u"owner_id"_s, u"wrong_type"_s);
    row("activity: bad kind", "activities", R"({"kind":"lunch","subject":"s","due_at":"2030-01-01T00:00:00Z","account_id":1})", 422, u"kind"_s, u"invalid_choice"_s);
    row("activity: due_at without zone", "activities", R"({"kind":"call","subject":"s","due_at":"2030-01-01T09:00:00","account_id":1})", 422, u"due_at"_s, u"invalid_timestamp"_s);
    row("activity: no link", "activities", R"({"kind":"call","subject":"s","due_at":"2030-01-01T09:00:00Z"})", 422, u"lead_id"_s, u"exactly_one_link"_s);
    row("activity: unknown lead", "activities", R"({"kind":"call","subject":"s","due_at":"2030-01-01T09:00:00Z","lead_id":999999})", 422, u"lead_id"_s, u"unknown_lead"_s);
    row("stage: missing name", "pipeline-stages", R"({"position":1})", 422, u"name"_s, u"required"_s);
    row("stage: duplicate name", "pipeline-stages", R"({"name":"new"})", 422, u"name"_s, u"name_taken"_s);
    row("malformed json", "leads", R"({"title":)", 400, QString(), u"malformed_json"_s);
}

void TestCrmApi::validation()
{
    QFETCH(QByteArray, collection);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, code);
    auto c = as(u"admin"_s);
    const qint64 before = sql(u"SELECT count(*) FROM audit_log"_s).toLongLong();
    const auto r = c->post("/api/v1/" + collection, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    if (status == 422) {
        QCOMPARE(r.json().value(u"code"_s).toString(), u"validation_failed"_s);
        bool found = false;
        for (const auto &e : r.json().value(u"errors"_s).toArray())
            found |= e.toObject().value(u"field"_s).toString() == field && e.toObject().value(u"code"_s).toString() == code;
        QVERIFY2(found, r.body.constData());
    } else {
        QCOMPARE(r.json().value(u"code"_s).toString(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
    }
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log"_s).toLongLong(), before);
}

void TestCrmApi::leadValuesRoundTripExactly()
{
    auto c = as(u"rep1"_s);
    const auto r = c->postJson("/api/v1/leads", {{u"title"_s, u"Exact"_s}, {u"currency"_s, u"JPY"_s},
                                                 {u"estimated_value"_s, u"123456789012.34"_s},
                                                 {u"expected_close_date"_s, u"2026-12-31"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"estimated_value"_s).toString(), u"123456789012.34"_s);
    QCOMPARE(r.json().value(u"expected_close_date"_s).toString(), u"2026-12-31"_s);
    QCOMPARE(r.json().value(u"owner_id"_s).toInteger(), m_userIds.value(u"rep1"_s));
    QCOMPARE(r.json().value(u"stage_name"_s).toString(), u"New"_s);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(sql(u"SELECT estimated_value::text FROM leads WHERE id = ?"_s, {r.json().value(u"id"_s).toInteger()}).toString(),
             u"123456789012.34"_s);
    // A rep cannot create a lead for someone else (they could not see it).
    const auto other = c->postJson("/api/v1/leads", {{u"title"_s, u"x"_s}, {u"currency"_s, u"EUR"_s},
                                                     {u"owner_id"_s, m_userIds.value(u"rep2"_s)}});
    QCOMPARE(other.status, 422);
    QCOMPARE(other.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"owner_not_allowed"_s);
}

void TestCrmApi::recordRulesHideOtherRepsLeads()
{
    auto rep1 = as(u"rep1"_s);
    auto rep2 = as(u"rep2"_s);
    auto manager = as(u"manager"_s);
    const qint64 mine = createLead(*rep1, {{u"title"_s, u"Zanzibar shipyard"_s}, {u"company"_s, u"Zanzibar Ltd"_s}});
    const qint64 theirs = createLead(*rep2, {{u"title"_s, u"Zanzibar harbour"_s}, {u"email"_s, u"z@harbour.test"_s}});
    QVERIFY(mine && theirs);
    const QByteArray theirPath = "/api/v1/leads/" + QByteArray::number(theirs);

    // Read, update, actions: 404 as if it did not exist.
    QCOMPARE(rep1->get(theirPath).status, 404);
    QCOMPARE(patch(*rep1, theirPath, {{u"title"_s, u"mine now"_s}}, "\"1\"").status, 404);
    QCOMPARE(del(*rep1, theirPath, "\"1\"").status, 404);
    for (const QByteArray action : {"/convert", "/win", "/lose"})
        QCOMPARE(rep1->post(theirPath + action, "{}", {{"Content-Type", "application/json"}}).status, 404);
    QVERIFY(!ids(rep1->get("/api/v1/leads?limit=500")).contains(theirs));
    // Search, count and export: absent too.
    const auto search = rep1->get("/api/v1/leads?q=zanzibar");
    QCOMPARE(ids(search), (QSet<qint64>{mine}));
    QCOMPARE(search.json().value(u"total_estimate"_s).toInteger(), 1);
    QCOMPARE(rep1->get("/api/v1/leads?q=harbour.test").json().value(u"items"_s).toArray().size(), 0);
    const auto csv = rep1->get("/api/v1/leads?q=zanzibar", {{"Accept", "text/csv"}});
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.body.contains("Zanzibar shipyard"));
    QVERIFY(!csv.body.contains("Zanzibar harbour"));
    // An activity cannot be hung on a lead the rep cannot see.
    const auto act = rep1->postJson("/api/v1/activities", {{u"kind"_s, u"call"_s}, {u"subject"_s, u"peek"_s},
                                                           {u"due_at"_s, u"2030-01-01T09:00:00Z"_s}, {u"lead_id"_s, theirs}});
    QCOMPARE(act.status, 422);
    // The data is untouched; the manager sees both.
    QCOMPARE(sql(u"SELECT version FROM leads WHERE id = ?"_s, {theirs}).toInt(), 1);
    QCOMPARE(ids(manager->get("/api/v1/leads?q=zanzibar")), (QSet<qint64>{mine, theirs}));
    QCOMPARE(manager->get(theirPath).status, 200);
}

void TestCrmApi::recordRulesForContactsAndActivities()
{
    auto rep1 = as(u"rep1"_s);
    auto rep2 = as(u"rep2"_s);
    const auto contact = rep2->postJson("/api/v1/contacts", {{u"name"_s, u"Secret Contact"_s}});
    QCOMPARE(contact.status, 201);
    const qint64 contactId = contact.json().value(u"id"_s).toInteger();
    QCOMPARE(rep1->get("/api/v1/contacts/" + QByteArray::number(contactId)).status, 404);
    QVERIFY(!ids(rep1->get("/api/v1/contacts?q=secret")).contains(contactId));
    // rep2 assigns a task to rep1: both see it; rep1 sees it in "mine".
    const auto task = rep2->postJson("/api/v1/activities",
                                     {{u"kind"_s, u"task"_s}, {u"subject"_s, u"Shared task"_s},
                                      {u"due_at"_s, u"2031-01-01T09:00:00Z"_s}, {u"contact_id"_s, contactId},
                                      {u"assignee_id"_s, m_userIds.value(u"rep1"_s)}});
    QCOMPARE(task.status, 201);
    const qint64 taskId = task.json().value(u"id"_s).toInteger();
    QCOMPARE(rep1->get("/api/v1/activities/" + QByteArray::number(taskId)).status, 200);
    QVERIFY(ids(rep1->get("/api/v1/activities/mine?limit=500")).contains(taskId));
    QVERIFY(!ids(rep2->get("/api/v1/activities/mine?limit=500")).contains(taskId));
    QVERIFY(ids(rep2->get("/api/v1/activities?limit=500")).contains(taskId));
    // A third rep sees nothing of it.
    QVERIFY(!ids(as(u"manager"_s)->get("/api/v1/activities/mine?limit=500")).contains(taskId));
}

// Whom an activity may be given to (decision 0006): anyone with crm.edit may
// assign, to an active user of the organisation who can open CRM; a user of
// another organisation or one without CRM is refused, and nothing changes.
void TestCrmApi::activitiesGoOnlyToCrmUsersAndOnlyEditorsAssign()
{
    auto admin = as(u"admin"_s);
    const auto readerRole = admin->postJson("/api/v1/roles", {{u"name"_s, u"CRM reader"_s},
                                                              {u"permissions"_s, QJsonArray{u"crm.view"_s}}});
    QCOMPARE(readerRole.status, 201);
    const qint64 readerId = m_server->createUser(m_acme, u"reader@acme.test"_s, {u"CRM reader"_s});
    const qint64 clerkId = m_server->createUser(m_acme, u"clerk@acme.test"_s, {u"warehouse_clerk"_s});
    auto reader = m_server->client();
    reader->setBearerToken(m_server->login(m_acme.slug, u"reader@acme.test"_s, TestServer::userPassword()));
    const TestServer::Tenant globex = m_server->createTenant(u"globex"_s);

    auto rep1 = as(u"rep1"_s);
    const qint64 lead = createLead(*rep1, {{u"title"_s, u"Assignee rules"_s}});
    QVERIFY(lead > 0);
    const auto activity = [lead](const QString &subject, qint64 assignee) {
        return QJsonObject{{u"kind"_s, u"call"_s}, {u"subject"_s, subject}, {u"due_at"_s, u"2031-02-01T09:00:00Z"_s},
                           {u"lead_id"_s, double(lead)}, {u"assignee_id"_s, double(assignee)}};
    };
    const auto refusedField = [](const TlsTestClient::Response &r) -> QString {
        const QJsonArray errors = r.json().value(u"errors"_s).toArray();
        if (errors.isEmpty())
            return QString::fromUtf8(r.body); // shown by the comparison
        const QJsonObject e = errors.first().toObject();
        return e.value(u"field"_s).toString() + u':' + e.value(u"code"_s).toString();
    };

    // To a colleague who works in CRM, or one who only reads it: given.
    const auto toRep2 = rep1->postJson("/api/v1/activities", activity(u"For rep2"_s, m_userIds.value(u"rep2"_s)));
    QCOMPARE(toRep2.status, 201);
    QCOMPARE(toRep2.json().value(u"assignee_id"_s).toInteger(), m_userIds.value(u"rep2"_s));
    const auto toReader = rep1->postJson("/api/v1/activities", activity(u"For the reader"_s, readerId));
    QCOMPARE(toReader.status, 201);
    QCOMPARE(reader->get("/api/v1/activities/" + QByteArray::number(toReader.json().value(u"id"_s).toInteger())).status,
             200);

    // To someone who cannot open CRM, or of another organisation: refused
    // on the field, nothing stored.
    const auto toClerk = rep1->postJson("/api/v1/activities", activity(u"For the clerk"_s, clerkId));
    QCOMPARE(toClerk.status, 422);
    QCOMPARE(refusedField(toClerk), u"assignee_id:assignee_without_crm"_s);
    const auto toGlobex = rep1->postJson("/api/v1/activities", activity(u"For globex"_s, globex.adminUserId));
    QCOMPARE(toGlobex.status, 422);
    QCOMPARE(refusedField(toGlobex), u"assignee_id:assignee_without_crm"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM activities WHERE subject IN ('For the clerk', 'For globex')"_s).toInt(), 0);

    // Reassigning follows the same rule; a refused change leaves the row.
    const qint64 id = toRep2.json().value(u"id"_s).toInteger();
    const QByteArray path = "/api/v1/activities/" + QByteArray::number(id);
    QCOMPARE(patch(*rep1, path, {{u"assignee_id"_s, double(clerkId)}}, "\"1\"").status, 422);
    QCOMPARE(sql(u"SELECT assignee_id FROM activities WHERE id = ?"_s, {id}).toLongLong(), m_userIds.value(u"rep2"_s));
    QCOMPARE(patch(*rep1, path, {{u"assignee_id"_s, double(readerId)}}, "\"1\"").status, 200);
    QCOMPARE(sql(u"SELECT assignee_id FROM activities WHERE id = ?"_s, {id}).toLongLong(), readerId);

    // Without crm.edit nobody assigns: the reader sees the activity given
    // to them but can neither give it back nor create one.
    QCOMPARE(reader->get(path).status, 200);
    QCOMPARE(patch(*reader, path, {{u"assignee_id"_s, double(m_userIds.value(u"rep1"_s))}}, "\"2\"").status, 403);
    QCOMPARE(reader->postJson("/api/v1/activities", activity(u"By the reader"_s, readerId)).status, 403);
    QCOMPARE(sql(u"SELECT assignee_id FROM activities WHERE id = ?"_s, {id}).toLongLong(), readerId);
    QCOMPARE(sql(u"SELECT count(*) FROM activities WHERE subject = 'By the reader'"_s).toInt(), 0);
}

void TestCrmApi::staleStageChangeIs412AndStageChangesAreAudited()
{
    auto rep1 = as(u"rep1"_s);
    auto manager = as(u"manager"_s);
    const QList<qint64> stages = stageIds();
    const qint64 id = createLead(*rep1);
    const QByteArray path = "/api/v1/leads/" + QByteArray::number(id);
    // The manager moves it first; the rep's drag with the old ETag fails.
    QCOMPARE(patch(*manager, path, {{u"stage_id"_s, stages.at(1)}}, "\"1\"").status, 200);
    const auto stale = patch(*rep1, path, {{u"stage_id"_s, stages.at(2)}}, "\"1\"");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"code"_s).toString(), u"version_mismatch"_s);
    QCOMPARE(rep1->get(path).json().value(u"stage_id"_s).toInteger(), stages.at(1));
    const auto fresh = patch(*rep1, path, {{u"stage_id"_s, stages.at(2)}}, "\"2\"");
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json().value(u"stage_name"_s).toString(), u"Proposal"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND entity_id = ? AND action = 'stage_change'"_s, {id}).toInt(), 2);
    QCOMPARE(sql(u"SELECT after->>'stage_name' FROM audit_log WHERE entity = 'lead' AND entity_id = ? "
                 "AND action = 'stage_change' ORDER BY id DESC LIMIT 1"_s, {id}).toString(), u"Proposal"_s);
    // Ownership change by the manager is audited as such.
    QCOMPARE(patch(*manager, path, {{u"owner_id"_s, m_userIds.value(u"rep2"_s)}}, "\"3\"").status, 200);
    QCOMPARE(sql(u"SELECT (before->>'owner_id') || '->' || (after->>'owner_id') FROM audit_log WHERE entity = 'lead' "
                 "AND entity_id = ? AND action = 'owner_change'"_s, {id}).toString(),
             u"%1->%2"_s.arg(m_userIds.value(u"rep1"_s)).arg(m_userIds.value(u"rep2"_s)));
    QCOMPARE(rep1->get(path).status, 404);   // no longer theirs
}

void TestCrmApi::statusActions()
{
    auto rep1 = as(u"rep1"_s);
    const qint64 id = createLead(*rep1);
    const QByteArray path = "/api/v1/leads/" + QByteArray::number(id);
    const TlsTestClient::Headers json{{"Content-Type", "application/json"}};
    QCOMPARE(rep1->post(path + "/lose", "{}", json).status, 422);   // lost_reason required
    const auto lost = rep1->post(path + "/lose", R"({"lost_reason":"Budget cut"})", json);
    QCOMPARE(lost.status, 200);
    QCOMPARE(lost.json().value(u"status"_s).toString(), u"lost"_s);
    QCOMPARE(lost.json().value(u"lost_reason"_s).toString(), u"Budget cut"_s);
    QCOMPARE(rep1->post(path + "/win", {}).status, 409);
    QCOMPARE(rep1->post(path + "/reopen", {}, {{"If-Match", "\"1\""}}).status, 412);
    const auto reopened = rep1->post(path + "/reopen", {});
    QCOMPARE(reopened.status, 200);
    QVERIFY(reopened.json().value(u"lost_reason"_s).isNull());
    QCOMPARE(rep1->post(path + "/win", {}).json().value(u"status"_s).toString(), u"won"_s);
}

void TestCrmApi::conversionCreatesAccountAndContactOnceAnd409OnRepeat()
{
    auto rep1 = as(u"rep1"_s);
    const qint64 id = createLead(*rep1, {{u"company"_s, u"Umbrella Corp"_s}, {u"contact_name"_s, u"Alice Abernathy"_s},
                                         {u"email"_s, u"alice@umbrella.test"_s}});
    const QByteArray path = "/api/v1/leads/" + QByteArray::number(id) + "/convert";
    const auto r = rep1->post(path, {});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"lead"_s).toObject().value(u"status"_s).toString(), u"converted"_s);
    QCOMPARE(o.value(u"account"_s).toObject().value(u"name"_s).toString(), u"Umbrella Corp"_s);
    QCOMPARE(o.value(u"contact"_s).toObject().value(u"name"_s).toString(), u"Alice Abernathy"_s);
    QCOMPARE(o.value(u"contact"_s).toObject().value(u"email"_s).toString(), u"alice@umbrella.test"_s);
    QCOMPARE(o.value(u"contact"_s).toObject().value(u"account_id"_s), o.value(u"account"_s).toObject().value(u"id"_s));
    QCOMPARE(o.value(u"contact"_s).toObject().value(u"owner_id"_s).toInteger(), m_userIds.value(u"rep1"_s));
    QCOMPARE(o.value(u"lead"_s).toObject().value(u"converted_contact_id"_s), o.value(u"contact"_s).toObject().value(u"id"_s));
    const qint64 accounts = sql(u"SELECT count(*) FROM accounts"_s).toLongLong();
    const auto again = rep1->post(path, {});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(u"code"_s).toString(), u"already_converted"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM accounts"_s).toLongLong(), accounts);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND entity_id = ? AND action = 'convert'"_s, {id}).toInt(), 1);
    // A converted lead is no longer edited directly.
    QCOMPARE(patch(*rep1, "/api/v1/leads/" + QByteArray::number(id), {{u"title"_s, u"x"_s}}, "\"2\"").status, 409);
}

void TestCrmApi::conversionIsAtomic()
{
    auto rep1 = as(u"rep1"_s);
    const qint64 id = createLead(*rep1, {{u"company"_s, u"Cyberdyne"_s}, {u"contact_name"_s, u"Miles Dyson"_s}});
    // A constraint the API does not know about makes the contact insert fail
    // after the account was inserted: everything must roll back.
    sql(u"ALTER TABLE contacts ADD CONSTRAINT test_no_dyson CHECK (name <> 'Miles Dyson')"_s);
    const qint64 accounts = sql(u"SELECT count(*) FROM accounts"_s).toLongLong();
    const qint64 contacts = sql(u"SELECT count(*) FROM contacts"_s).toLongLong();
    const qint64 audits = sql(u"SELECT count(*) FROM audit_log"_s).toLongLong();
    const auto r = rep1->post("/api/v1/leads/" + QByteArray::number(id) + "/convert", {});
    sql(u"ALTER TABLE contacts DROP CONSTRAINT test_no_dyson"_s);
    QCOMPARE(r.status, 500);
    QVERIFY(!r.body.contains("test_no_dyson"));   // no SQL details leak
    QCOMPARE(sql(u"SELECT count(*) FROM accounts"_s).toLongLong(), accounts);
    QCOMPARE(sql(u"SELECT count(*) FROM contacts"_s).toLongLong(), contacts);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log"_s).toLongLong(), audits);
    QCOMPARE(sql(u"SELECT status || ' ' || version FROM leads WHERE id = ?"_s, {id}).toString(), u"open 1"_s);
    // Afterwards the conversion works.
    QCOMPARE(rep1->post("/api/v1/leads/" + QByteArray::number(id) + "/convert", {}).status, 200);
}

void TestCrmApi::simultaneousConversionsConvertOnce()
{
    auto first = as(u"rep1"_s);
    auto second = as(u"rep1"_s);
    const qint64 id = createLead(*first, {{u"company"_s, u"Raced Ltd"_s}, {u"contact_name"_s, u"Rae Sing"_s}});
    const QByteArray path = "/api/v1/leads/" + QByteArray::number(id) + "/convert";
    const auto results = erp::test::simultaneously({first.get(), second.get()},
                                                   [&](TlsTestClient &c, int) { return c.post(path, {}); });
    QList<int> statuses{results[0].status, results[1].status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 409}));
    // The row lock made the loser see the converted lead: one account, one contact.
    QCOMPARE(sql(u"SELECT count(*) FROM accounts WHERE name = 'Raced Ltd'"_s).toInt(), 1);
    QCOMPARE(sql(u"SELECT count(*) FROM contacts WHERE name = 'Rae Sing'"_s).toInt(), 1);
}

// Two changes sent at once with the same If-Match: the row is locked while
// its version is checked, so exactly one wins and the other gets 412; none
// is lost silently. Several rounds, as two requests may not overlap in one.
void TestCrmApi::simultaneousChangesOfOneVersionChangeOnce()
{
    auto first = as(u"rep1"_s);
    auto second = as(u"rep1"_s);
    for (int round = 0; round < 8; ++round) {
        const qint64 id = createLead(*first, {{u"title"_s, u"Raced change %1"_s.arg(round)}});
        const QByteArray path = "/api/v1/leads/" + QByteArray::number(id);
        const auto results = erp::test::simultaneously({first.get(), second.get()}, [&](TlsTestClient &c, int i) {
            return c.request("PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}},
                             QJsonDocument(QJsonObject{{u"title"_s, u"changed by %1"_s.arg(i)}}).toJson());
        });
        QList<int> statuses{results[0].status, results[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 412}));
        const int winner = results[0].status == 200 ? 0 : 1;
        QCOMPARE(sql(u"SELECT title || ' ' || version FROM leads WHERE id = ?"_s, {id}).toString(),
                 u"changed by %1 2"_s.arg(winner));
    }
}

void TestCrmApi::conversionLinksExistingRecords()
{
    auto rep1 = as(u"rep1"_s);
    const qint64 account = rep1->postJson("/api/v1/accounts", {{u"name"_s, u"Existing Co"_s}}).json().value(u"id"_s).toInteger();
    const qint64 contact = rep1->postJson("/api/v1/contacts", {{u"name"_s, u"Existing Person"_s}, {u"account_id"_s, account}})
                               .json().value(u"id"_s).toInteger();
    const qint64 accounts = sql(u"SELECT count(*) FROM accounts"_s).toLongLong();
    const qint64 id = createLead(*rep1);
    const QByteArray path = "/api/v1/leads/" + QByteArray::number(id) + "/convert";
    // Another rep's contact cannot be linked.
    const qint64 hidden = as(u"rep2"_s)->postJson("/api/v1/contacts", {{u"name"_s, u"Hidden"_s}}).json().value(u"id"_s).toInteger();
    const auto refused = rep1->postJson(path, {{u"account_id"_s, account}, {u"contact_id"_s, hidden}});
    QCOMPARE(refused.status, 422);
    const auto r = rep1->postJson(path, {{u"account_id"_s, account}, {u"contact_id"_s, contact}}, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"account_created"_s).toBool(), false);
    QCOMPARE(r.json().value(u"contact_created"_s).toBool(), false);
    QCOMPARE(r.json().value(u"lead"_s).toObject().value(u"converted_account_id"_s).toInteger(), account);
    QCOMPARE(sql(u"SELECT count(*) FROM accounts"_s).toLongLong(), accounts);
}

void TestCrmApi::stageDeletionRules()
{
    auto admin = as(u"admin"_s);
    const auto stage = admin->postJson("/api/v1/pipeline-stages", {{u"name"_s, u"Doomed"_s}});
    QCOMPARE(stage.status, 201);
    const qint64 doomed = stage.json().value(u"id"_s).toInteger();
    const qint64 lead = createLead(*admin, {{u"stage_id"_s, doomed}});
    const QByteArray path = "/api/v1/pipeline-stages/" + QByteArray::number(doomed);
    const auto inUse = del(*admin, path, "\"1\"");
    QCOMPARE(inUse.status, 409);
    QCOMPARE(inUse.json().value(u"code"_s).toString(), u"stage_in_use"_s);
    QCOMPARE(del(*admin, path + "?move_leads_to=" + QByteArray::number(doomed), "\"1\"").status, 422);
    QCOMPARE(del(*admin, path + "?move_leads_to=999999", "\"1\"").status, 422);
    const qint64 target = stageIds().first();
    QCOMPARE(del(*admin, path + "?move_leads_to=" + QByteArray::number(target), "\"1\"").status, 204);
    const auto moved = admin->get("/api/v1/leads/" + QByteArray::number(lead));
    QCOMPARE(moved.json().value(u"stage_id"_s).toInteger(), target);
    QCOMPARE(moved.header("ETag"), QByteArray("\"2\""));
    // Reps cannot change the pipeline at all.
    QCOMPARE(as(u"rep1"_s)->postJson("/api/v1/pipeline-stages", {{u"name"_s, u"Mine"_s}}).status, 403);
}

void TestCrmApi::stageReorderKeepsPositionsDense()
{
    auto admin = as(u"admin"_s);
    const QList<qint64> before = stageIds();
    const QByteArray last = "/api/v1/pipeline-stages/" + QByteArray::number(before.last());
    const QByteArray etag = admin->get(last).header("ETag");
    const auto moved = patch(*admin, last, {{u"position"_s, 1}}, etag);
    QCOMPARE(moved.status, 200);
    QList<qint64> expected = before;
    expected.move(expected.size() - 1, 0);
    QCOMPARE(stageIds(), expected);
    QCOMPARE(sql(u"SELECT string_agg(position::text, ',' ORDER BY position) FROM pipeline_stages WHERE tenant_id = ?"_s,
                 {m_acme.id}).toString(),
             QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s}).mid(0, before.size()).join(u','));
    // And back.
    QCOMPARE(patch(*admin, last, {{u"position"_s, int(before.size())}}, moved.header("ETag")).status, 200);
    QCOMPARE(stageIds(), before);
}

void TestCrmApi::boardTotalsFollowRecordRules()
{
    auto rep2 = as(u"rep2"_s);
    const qint64 stage = stageIds().at(3);
    const auto boardTotal = [&](TlsTestClient &c) {
        for (const auto &v : c.get("/api/v1/leads/board").json().value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toInteger() == stage)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject before = boardTotal(*rep2);
    createLead(*rep2, {{u"stage_id"_s, stage}, {u"estimated_value"_s, u"100.10"_s}, {u"currency"_s, u"CHF"_s}});
    createLead(*rep2, {{u"stage_id"_s, stage}, {u"estimated_value"_s, u"0.20"_s}, {u"currency"_s, u"CHF"_s}});
    createLead(*as(u"rep1"_s), {{u"stage_id"_s, stage}, {u"estimated_value"_s, u"5.00"_s}, {u"currency"_s, u"CHF"_s}});
    const QJsonObject after = boardTotal(*rep2);
    QCOMPARE(after.value(u"open_leads"_s).toInteger(), before.value(u"open_leads"_s).toInteger() + 2);
    QCOMPARE(after.value(u"totals"_s).toArray(), (QJsonArray{QJsonObject{{u"currency"_s, u"CHF"_s}, {u"total"_s, u"100.30"_s}}}));
    const QJsonObject managerView = boardTotal(*as(u"manager"_s));
    QCOMPARE(managerView.value(u"totals"_s).toArray(), (QJsonArray{QJsonObject{{u"currency"_s, u"CHF"_s}, {u"total"_s, u"105.30"_s}}}));
}

void TestCrmApi::csvImportDryRunReportsEveryBadRow()
{
    auto rep1 = as(u"rep1"_s);
    const QByteArray csv = "title,company,email,estimated_value,currency,probability,stage,expected_close_date\r\n"
                           "Good one,Acme,a@acme.test,10.00,EUR,50,Qualified,2026-05-01\r\n"
                           "\"Quoted, with comma\",\"Multi\nline\",,,USD,,,\r\n"
                           ",NoTitle,,,EUR,,,\r\n"
                           "Bad email,X,not-an-email,1.00,EUR,10,,\r\n"
                           "Bad money,X,,-5,EUR,,,\r\n"
                           "Bad currency,X,,,EURO,,,\r\n"
                           "Bad stage,X,,,EUR,,Nowhere,\r\n"
                           "Too few,X\r\n";
    const qint64 leads = sql(u"SELECT count(*) FROM leads"_s).toLongLong();
    const auto r = rep1->post("/api/v1/leads/import?dry_run=true", csv, {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"rows"_s).toInt(), 8);
    QCOMPARE(r.json().value(u"valid"_s).toBool(), false);
    QStringList got;
    for (const auto &e : r.json().value(u"errors"_s).toArray())
        got << u"%1:%2:%3"_s.arg(e.toObject().value(u"line"_s).toInt()).arg(e.toObject().value(u"column"_s).toString(),
                                                                           e.toObject().value(u"code"_s).toString());
    // Line numbers count physical lines: the quoted line break moves the rest down.
    QCOMPARE(got, (QStringList{u"5:title:required"_s, u"6:email:invalid_email"_s, u"7:estimated_value:must_not_be_negative"_s,
                               u"8:currency:unknown_currency"_s, u"9:stage:unknown_stage"_s, u"10::wrong_column_count"_s}));
    QCOMPARE(sql(u"SELECT count(*) FROM leads"_s).toLongLong(), leads);
}

void TestCrmApi::csvImportIsAllOrNothing()
{
    auto rep1 = as(u"rep1"_s);
    const qint64 leads = sql(u"SELECT count(*) FROM leads"_s).toLongLong();
    const QByteArray bad = "title;currency;estimated_value\nFirst;EUR;1.00\nSecond;EUR;abc\nThird;EUR;3.00\n";
    const auto refused = rep1->post("/api/v1/leads/import", bad, {{"Content-Type", "text/csv; charset=utf-8"}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json().value(u"code"_s).toString(), u"import_failed"_s);
    QCOMPARE(refused.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(),
             u"rows[3].estimated_value"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM leads"_s).toLongLong(), leads);

    const QByteArray good = "\xEF\xBB\xBFtitle;currency;estimated_value;owner_email\nFirst;EUR;1.00;\nSecond;EUR;2,50;rep1@acme.test\n";
    // "2,50" is not a decimal here: the import refuses what it would have to guess.
    QCOMPARE(rep1->post("/api/v1/leads/import", good, {{"Content-Type", "text/csv"}}).status, 422);
    const QByteArray fixed = "\xEF\xBB\xBFtitle;currency;estimated_value;owner_email\nFirst;EUR;1.00;\nSecond;EUR;2.50;rep1@acme.test\n";
    const auto done = rep1->post("/api/v1/leads/import", fixed, {{"Content-Type", "text/csv"}});
    QCOMPARE(done.status, 201);
    QCOMPARE(done.json().value(u"imported"_s).toInt(), 2);
    QCOMPARE(sql(u"SELECT count(*) FROM leads"_s).toLongLong(), leads + 2);
    const qint64 second = done.json().value(u"ids"_s).toArray().at(1).toInteger();
    QCOMPARE(rep1->get("/api/v1/leads/" + QByteArray::number(second)).json().value(u"estimated_value"_s).toString(), u"2.50"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND action = 'import'"_s).toInt(), 2);
    // A rep cannot import leads for someone else.
    const QByteArray forOther = "title,currency,owner_email\nX,EUR,rep2@acme.test\n";
    QCOMPARE(rep1->post("/api/v1/leads/import?dry_run=true", forOther, {{"Content-Type", "text/csv"}})
                 .json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"owner_not_allowed"_s);
}

void TestCrmApi::csvImportRejectsWrongContentTypeAndBadHeader()
{
    auto rep1 = as(u"rep1"_s);
    QCOMPARE(rep1->postJson("/api/v1/leads/import", {{u"csv"_s, u"title"_s}}).status, 415);
    QCOMPARE(rep1->post("/api/v1/leads/import?dry_run=maybe", "title,currency\n", {{"Content-Type", "text/csv"}}).status, 400);
    const auto header = rep1->post("/api/v1/leads/import?dry_run=true", "title,shoe_size\nx,1\n", {{"Content-Type", "text/csv"}});
    QCOMPARE(header.status, 200);
    QStringList codes;
    for (const auto &e : header.json().value(u"errors"_s).toArray())
        codes << e.toObject().value(u"code"_s).toString() + u'@' + QString::number(e.toObject().value(u"line"_s).toInt());
    QCOMPARE(codes, (QStringList{u"unknown_column@1"_s, u"missing_column@1"_s}));
    // Over the body limit: refused by the transport before it is read, naming the limit.
    const QByteArray huge = "title,currency\n" + QByteArray(1024 * 1024, 'x');
    const auto tooBig = rep1->post("/api/v1/leads/import", huge, {{"Content-Type", "text/csv"}});
    QCOMPARE(tooBig.status, 413);
    QVERIFY2(tooBig.body.contains("1048576"), tooBig.body.constData());
}

void TestCrmApi::myActivitiesBuckets()
{
    auto manager = as(u"manager"_s);
    const qint64 account = manager->postJson("/api/v1/accounts", {{u"name"_s, u"Bucket Co"_s}}).json().value(u"id"_s).toInteger();
    const auto make = [&](const QString &subject, const QDateTime &due, bool done = false) {
        const auto r = manager->postJson("/api/v1/activities",
                                         {{u"kind"_s, u"task"_s}, {u"subject"_s, subject},
                                          {u"due_at"_s, due.toString(Qt::ISODate)}, {u"account_id"_s, account},
                                          {u"done"_s, done}});
        return r.json().value(u"id"_s).toInteger();
    };
    // Around the server's fixed clock (23:58 UTC): a minute before is overdue,
    // a minute after is still today, a minute after midnight is upcoming.
    const qint64 overdue = make(u"overdue"_s, fixedNow.addSecs(-60));
    const qint64 today = make(u"today"_s, fixedNow.addSecs(60));
    const qint64 upcoming = make(u"upcoming"_s, fixedNow.addSecs(180));
    const qint64 done = make(u"done"_s, fixedNow.addDays(-1), true);
    QVERIFY(overdue && today && upcoming && done);
    const QSet<qint64> mineHere{overdue, today, upcoming, done};
    const auto mine = manager->get("/api/v1/activities/mine?limit=500");
    QCOMPARE(mine.status, 200);
    QHash<qint64, QString> buckets;
    QList<qint64> order;
    for (const auto &v : mine.json().value(u"items"_s).toArray()) {
        buckets.insert(v.toObject().value(u"id"_s).toInteger(), v.toObject().value(u"bucket"_s).toString());
        order << v.toObject().value(u"id"_s).toInteger();
    }
    QCOMPARE(buckets.value(overdue), u"overdue"_s);
    QCOMPARE(buckets.value(today), u"today"_s);
    QCOMPARE(buckets.value(upcoming), u"upcoming"_s);
    QVERIFY(!buckets.contains(done));
    QVERIFY(order.indexOf(overdue) < order.indexOf(today) && order.indexOf(today) < order.indexOf(upcoming));
    // Each bucket alone: answers, holds exactly its activity of these four, and
    // labels every row with itself.
    const QHash<QString, qint64> expected{{u"overdue"_s, overdue}, {u"today"_s, today}, {u"upcoming"_s, upcoming}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto only = manager->get("/api/v1/activities/mine?limit=500&bucket=" + it.key().toUtf8());
        QCOMPARE(only.status, 200);
        const QJsonArray items = only.json().value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        for (const auto &v : items)
            QCOMPARE(v.toObject().value(u"bucket"_s).toString(), it.key());
        QCOMPARE(ids(only) & mineHere, QSet<qint64>{it.value()});
    }
    QCOMPARE(manager->get("/api/v1/activities/mine?bucket=someday").status, 400);
    // Marking it done takes it off the list and records when.
    const auto marked = patch(*manager, "/api/v1/activities/" + QByteArray::number(today), {{u"done"_s, true}}, "\"1\"");
    QCOMPARE(marked.status, 200);
    QVERIFY(!marked.json().value(u"done_at"_s).isNull());
    QVERIFY(!ids(manager->get("/api/v1/activities/mine?limit=500")).contains(today));
}

void TestCrmApi::listFiltersAndSortByCloseDate()
{
    auto rep2 = as(u"rep2"_s);
    const qint64 late = createLead(*rep2, {{u"title"_s, u"Close late"_s}, {u"expected_close_date"_s, u"2040-06-01"_s}});
    const qint64 early = createLead(*rep2, {{u"title"_s, u"Close early"_s}, {u"expected_close_date"_s, u"2040-01-15"_s}});
    const qint64 none = createLead(*rep2, {{u"title"_s, u"Close never"_s}});
    const auto r = rep2->get("/api/v1/leads?sort=expected_close_date&q=close%20&limit=2");
    QCOMPARE(r.status, 200);
    QList<qint64> order;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        order << v.toObject().value(u"id"_s).toInteger();
    QCOMPARE(order, (QList<qint64>{early, late}));
    const auto page2 = rep2->get("/api/v1/leads?q=close%20&limit=2&cursor=" + r.json().value(u"next_cursor"_s).toString().toLatin1());
    QCOMPARE(page2.json().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInteger(), none);
    QCOMPARE(ids(rep2->get("/api/v1/leads?expected_close_from=2040-01-01&expected_close_to=2040-03-01")), (QSet<qint64>{early}));
    QCOMPARE(rep2->get("/api/v1/leads?expected_close_from=2040-13-01").status, 400);
    QCOMPARE(rep2->get("/api/v1/leads?status=open&owner_id=" + QByteArray::number(m_userIds.value(u"rep2"_s))
                       + "&q=close%20")
                 .json().value(u"items"_s).toArray().size(),
             3);
    QCOMPARE(rep2->get("/api/v1/leads?sort=colour").status, 400);
}

// Walks a list page by page (2 rows a page, so the cursor carries every sort
// value across pages) and returns the ids in the order the server gave.
static QList<qint64> walk(TlsTestClient &c, const QByteArray &firstPage)
{
    QList<qint64> out;
    QByteArray path = firstPage;
    for (int guard = 0; guard < 500; ++guard) {
        const auto r = c.get(path);
        if (r.status != 200) {
            qWarning() << path << r.status << r.body;
            return {};
        }
        for (const auto &v : r.json().value(u"items"_s).toArray())
            out << v.toObject().value(u"id"_s).toInteger();
        const QString next = r.json().value(u"next_cursor"_s).toString();
        if (next.isEmpty())
            return out;
        // Filters and sort are sent again with the cursor (it carries neither).
        path = firstPage + "&cursor=" + next.toLatin1();
    }
    return out;
}

void TestCrmApi::listsSortByEveryShownColumn_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"/api/v1/leads", "/api/v1/accounts", "/api/v1/contacts", "/api/v1/suppliers",
                             "/api/v1/products", "/api/v1/purchase-orders", "/api/v1/users"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

// Every sort key the OpenAPI document lists for a list is accepted, both
// ways, and paging through the list in that order by cursor returns every
// row once: the cursor holds sort values of each type (numbers, names of
// other records, life-cycle orders) exactly.
void TestCrmApi::listsSortByEveryShownColumn()
{
    QFETCH(QString, path);
    auto admin = as(u"admin"_s);
    // Rows to sort: some with values, some without.
    createLead(*admin, {{u"estimated_value"_s, u"10.00"_s}, {u"probability"_s, 10}, {u"company"_s, u"Beta"_s}});
    createLead(*admin, {{u"estimated_value"_s, u"9.00"_s}, {u"company"_s, u"alpha"_s}});
    createLead(*admin, {});
    admin->postJson("/api/v1/accounts", {{u"name"_s, u"Sorted account"_s}, {u"industry"_s, u"Retail"_s}});
    admin->postJson("/api/v1/accounts", {{u"name"_s, u"Sorted account 2"_s}});
    admin->postJson("/api/v1/contacts", {{u"name"_s, u"Sorted contact"_s}, {u"email"_s, u"s@x.test"_s}});
    admin->postJson("/api/v1/contacts", {{u"name"_s, u"Sorted contact 2"_s}});
    admin->postJson("/api/v1/suppliers", {{u"code"_s, u"S-SORT-1"_s}, {u"name"_s, u"Sorted supplier"_s},
                                          {u"currency"_s, u"EUR"_s}, {u"email"_s, u"a@s.test"_s}});
    admin->postJson("/api/v1/suppliers", {{u"code"_s, u"S-SORT-2"_s}, {u"name"_s, u"Sorted supplier 2"_s},
                                          {u"currency"_s, u"USD"_s}});

    const QJsonObject doc = m_server->client()->get("/api/v1/openapi.json").json();
    const QJsonArray parameters = doc[u"paths"_s][path][u"get"_s][u"parameters"_s].toArray();
    QStringList keys;
    for (const auto &p : parameters)
        if (p[u"name"_s].toString() == u"sort"_s)
            for (const auto &k : p[u"schema"_s][u"enum"_s].toArray())
                keys << k.toString();
    QVERIFY2(keys.size() >= 6, qPrintable(keys.join(u", "_s)));
    const QList<qint64> all = walk(*admin, path.toLatin1() + "?limit=500");
    // Products and orders of this organisation may be none: their keys must
    // still be accepted.
    if (!path.endsWith(u"products"_s) && !path.endsWith(u"purchase-orders"_s))
        QVERIFY(all.size() >= 2);
    const QSet<qint64> expected(all.begin(), all.end());
    for (const QString &key : keys) {
        const QList<qint64> sorted = walk(*admin, path.toLatin1() + "?limit=2&sort=" + key.toLatin1());
        QCOMPARE(sorted.size(), all.size());
        QCOMPARE(QSet<qint64>(sorted.begin(), sorted.end()), expected);
    }
}

// Numbers sort as numbers (9 before 10 before 100), missing ones first;
// statuses in their life-cycle order; stages by their pipeline position;
// owners by name.
void TestCrmApi::leadsSortNumbersAsNumbersAndStatusByLifeCycle()
{
    auto admin = as(u"admin"_s);
    const QString tag = u"Numsort"_s;
    auto make = [&](const QJsonObject &extra) {
        QJsonObject o = extra;
        o.insert(u"title"_s, tag);
        return createLead(*admin, o);
    };
    const qint64 v100 = make({{u"estimated_value"_s, u"100.00"_s}, {u"probability"_s, 100}});
    const qint64 v9 = make({{u"estimated_value"_s, u"9.50"_s}, {u"probability"_s, 9}});
    const qint64 none = make({});
    const qint64 v10 = make({{u"estimated_value"_s, u"10.00"_s}, {u"probability"_s, 10}});
    const QByteArray q = "/api/v1/leads?q=" + tag.toLatin1() + "&limit=2&sort=";
    QCOMPARE(walk(*admin, q + "estimated_value"), (QList<qint64>{none, v9, v10, v100}));
    QCOMPARE(walk(*admin, q + "-estimated_value"), (QList<qint64>{v100, v10, v9, none}));
    QCOMPARE(walk(*admin, q + "probability"), (QList<qint64>{none, v9, v10, v100}));

    // Life cycle: open, won, lost (whatever the words sort as).
    QCOMPARE(admin->postJson("/api/v1/leads/" + QByteArray::number(v9) + "/lose", {{u"lost_reason"_s, u"Price"_s}}).status, 200);
    QCOMPARE(admin->postJson("/api/v1/leads/" + QByteArray::number(v100) + "/win", QJsonObject()).status, 200);
    QCOMPARE(walk(*admin, q + "status"), (QList<qint64>{none, v10, v100, v9}));

    // Stage by position: move the first-created lead to the last stage.
    const QList<qint64> stages = stageIds();
    QVERIFY(stages.size() >= 2);
    const auto lead = admin->get("/api/v1/leads/" + QByteArray::number(none));
    QCOMPARE(patch(*admin, "/api/v1/leads/" + QByteArray::number(none), {{u"stage_id"_s, stages.last()}},
                   lead.header("ETag")).status, 200);
    QCOMPARE(walk(*admin, q + "-stage").first(), none);

    // Owner by display name: rep1's lead after the admin's in descending order.
    QJsonObject owned{{u"owner_id"_s, m_userIds.value(u"rep1"_s)}};
    const qint64 reps = make(owned);
    const QString adminName = admin->get("/api/v1/leads/" + QByteArray::number(v10)).json()[u"owner_name"_s].toString();
    const QString repName = admin->get("/api/v1/leads/" + QByteArray::number(reps)).json()[u"owner_name"_s].toString();
    QVERIFY(adminName.compare(repName, Qt::CaseInsensitive) != 0);
    const QList<qint64> byOwner = walk(*admin, q + "owner");
    QCOMPARE(byOwner.size(), 5);
    QCOMPARE(byOwner.indexOf(reps) == 0, repName.compare(adminName, Qt::CaseInsensitive) < 0);
}

// An account with a contact cannot go: 409 naming the contacts (count and
// JSON name); once the contact is deleted, the account goes, its activity
// with it, and both deletions are audited. A stale If-Match is 412.
void TestCrmApi::deleteRefusesWhileOthersReferAndNamesThem()
{
    auto admin = as(u"admin"_s);
    const auto account = admin->postJson("/api/v1/accounts", {{u"name"_s, u"Referred Ltd"_s}});
    QCOMPARE(account.status, 201);
    const qint64 accountId = account.json()[u"id"_s].toInteger();
    const auto contact = admin->postJson("/api/v1/contacts", {{u"name"_s, u"Ref Person"_s}, {u"account_id"_s, accountId}});
    QCOMPARE(contact.status, 201);
    const qint64 contactId = contact.json()[u"id"_s].toInteger();
    const auto activity = admin->postJson("/api/v1/activities", {{u"kind"_s, u"call"_s}, {u"subject"_s, u"Call"_s},
                                                                 {u"due_at"_s, u"2030-07-01T10:00:00Z"_s},
                                                                 {u"account_id"_s, accountId}});
    QCOMPARE(activity.status, 201);
    const QByteArray accountPath = "/api/v1/accounts/" + QByteArray::number(accountId);

    QCOMPARE(del(*admin, accountPath, "\"7\"").status, 412);
    const auto refused = del(*admin, accountPath, "\"1\"");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json()[u"code"_s].toString(), u"in_use"_s);
    const QJsonArray errors = refused.json()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[u"field"_s].toString(), u"contacts"_s);
    QVERIFY2(errors.at(0)[u"message"_s].toString().startsWith(u"1 contacts"_s), refused.body.constData());
    QVERIFY(refused.json()[u"detail"_s].toString().contains(u"contacts (1)"_s));
    QCOMPARE(admin->get(accountPath).status, 200);

    QCOMPARE(del(*admin, "/api/v1/contacts/" + QByteArray::number(contactId), "\"1\"").status, 204);
    QCOMPARE(del(*admin, accountPath, "\"1\"").status, 204);
    QCOMPARE(admin->get(accountPath).status, 404);
    QCOMPARE(admin->get("/api/v1/activities/" + QByteArray::number(activity.json()[u"id"_s].toInteger())).status, 404);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE action = 'delete' AND ((entity = 'account' AND entity_id = ?) "
                 "OR (entity = 'contact' AND entity_id = ?))"_s,
                 {accountId, contactId})
                 .toInt(),
             2);
}

// A card placed above another stays there for everyone, also after many
// placements into the same gap (the column is then numbered afresh); a card
// moved to another stage without a place goes to the bottom; the stage
// change is audited; a before_id of another stage is refused.
void TestCrmApi::boardCardsKeepTheOrderUsersGiveThem()
{
    auto admin = as(u"admin"_s);
    const QList<qint64> stages = stageIds();
    QVERIFY(stages.size() >= 2);
    // A stage of its own, so that other tests' leads do not interfere.
    const auto stage = admin->postJson("/api/v1/pipeline-stages", {{u"name"_s, u"Board order"_s}});
    QCOMPARE(stage.status, 201);
    const qint64 s = stage.json()[u"id"_s].toInteger();
    QList<qint64> created;
    for (const char *title : {"A", "B", "C"})
        created << createLead(*admin, {{u"title"_s, QString::fromLatin1(title)}, {u"stage_id"_s, s}});
    const qint64 a = created.at(0), b = created.at(1), c = created.at(2);
    const QByteArray column = "/api/v1/leads?status=open&stage_id=" + QByteArray::number(s) + "&limit=2&sort=board_rank";
    QCOMPARE(walk(*admin, column), (QList<qint64>{a, b, c}));
    const auto move = [&](qint64 id, const QJsonObject &body) {
        const QByteArray lead = "/api/v1/leads/" + QByteArray::number(id);
        return patch(*admin, lead + "/board-position", body, admin->get(lead).header("ETag"));
    };
    QCOMPARE(move(c, {{u"before_id"_s, a}}).status, 200);
    QCOMPARE(walk(*admin, column), (QList<qint64>{c, a, b}));
    QCOMPARE(move(c, QJsonObject()).status, 200); // to the bottom
    QCOMPARE(walk(*admin, column), (QList<qint64>{a, b, c}));
    // Into the same gap again and again: b above c, then c above b, ...
    for (int i = 0; i < 70; ++i) {
        const qint64 moving = i % 2 ? b : c;
        const qint64 above = i % 2 ? c : b;
        QCOMPARE(move(moving, {{u"before_id"_s, above}}).status, 200);
    }
    QCOMPARE(walk(*admin, column), (QList<qint64>{a, b, c}));
    // Placing does not change the lead's version: an open form stays current.
    QCOMPARE(admin->get("/api/v1/leads/" + QByteArray::number(b)).header("ETag"), QByteArray("\"1\""));

    // To another stage, above its first card; the change is audited.
    const qint64 other = stages.first();
    const qint64 there = createLead(*admin, {{u"title"_s, u"Already there"_s}, {u"stage_id"_s, other}});
    QCOMPARE(move(a, {{u"stage_id"_s, other}, {u"before_id"_s, there}}).status, 200);
    const QList<qint64> otherColumn = walk(*admin, "/api/v1/leads?status=open&limit=500&sort=board_rank&stage_id="
                                                       + QByteArray::number(other));
    QVERIFY(otherColumn.indexOf(a) >= 0);
    QCOMPARE(otherColumn.indexOf(a) + 1, otherColumn.indexOf(there));
    QCOMPARE(walk(*admin, column), (QList<qint64>{b, c}));
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND entity_id = ? AND action = 'stage_change'"_s, {a})
                 .toInt(),
             1);
    // A card of another column, or an unknown stage, is refused.
    QCOMPARE(move(b, {{u"before_id"_s, there}}).status, 422);
    QCOMPARE(move(b, {{u"stage_id"_s, 999999999}}).status, 422);
    QCOMPARE(move(b, {{u"place"_s, u"top"_s}}).status, 400);
    // Another rep's lead is not found.
    auto rep1 = as(u"rep1"_s);
    QCOMPARE(patch(*rep1, "/api/v1/leads/" + QByteArray::number(b) + "/board-position", QJsonObject(), "\"1\"").status,
             404);
    // Without If-Match: 428, as every PATCH.
    QCOMPARE(patch(*admin, "/api/v1/leads/" + QByteArray::number(b) + "/board-position", QJsonObject(), {}).status, 428);
}

// The lead list keeps its items between reads (ListSpec::keptItems,
// docs/decisions/0023). After every change of a lead and of a name its item
// shows, an ordinary read of the list must equal one that bypasses what the
// server kept (Cache-Control: no-cache); a kept item never reaches a rep the
// record rule hides it from.
void TestCrmApi::keptLeadListItemsFollowEveryChange()
{
    erp::server::DocumentCache &kept = erp::server::DocumentCache::instance();
    QVERIFY(kept.enabled());
    auto rep1 = as(u"rep1"_s);
    const QByteArray list = "/api/v1/leads?limit=500";
    // The list as rep1 reads it, after checking it against a read anew;
    // empty (with a warning) when they differ.
    const auto read = [&]() {
        const auto ordinary = rep1->get(list);
        const auto anew = rep1->get(list, {{"Cache-Control", "no-cache"}});
        if (ordinary.status != 200 || anew.status != 200 || ordinary.json() != anew.json()) {
            qWarning().noquote() << "ordinary" << ordinary.status << ordinary.body << "\nanew" << anew.status
                                 << anew.body;
            return QJsonArray();
        }
        return ordinary.json().value(u"items"_s).toArray();
    };
    const auto itemOf = [&](qint64 id) {
        for (const auto &v : read())
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject();
        return QJsonObject();
    };

    const QList<qint64> stages = stageIds();
    const qint64 lead = createLead(*rep1, {{u"title"_s, u"Kept lead"_s}, {u"stage_id"_s, stages.at(0)}});
    QVERIFY(lead > 0 && createLead(*rep1, {{u"title"_s, u"Another kept lead"_s}}) > 0);
    QCOMPARE(itemOf(lead).value(u"title"_s).toString(), u"Kept lead"_s);
    // Read again unchanged: every item answered from memory.
    const int items = int(read().size());
    QVERIFY(items > 0);
    const quint64 hits = kept.counters().hits;
    QCOMPARE(rep1->get(list).status, 200);
    QCOMPARE(kept.counters().hits, hits + quint64(items));

    const QByteArray path = "/api/v1/leads/" + QByteArray::number(lead);
    QCOMPARE(patch(*rep1, path, {{u"title"_s, u"Kept lead, renamed"_s}}, "\"1\"").status, 200);
    QCOMPARE(itemOf(lead).value(u"title"_s).toString(), u"Kept lead, renamed"_s);
    QCOMPARE(rep1->post(path + "/win", "{}", {{"Content-Type", "application/json"}}).status, 200);
    QCOMPARE(itemOf(lead).value(u"status"_s).toString(), u"won"_s);
    // Filtered pages read their new items under the same conditions.
    QVERIFY(ids(rep1->get("/api/v1/leads?status=won&limit=500")).contains(lead));
    QVERIFY(!ids(rep1->get("/api/v1/leads?status=open&limit=500")).contains(lead));

    // The names it shows: its stage's and its owner's.
    auto admin = as(u"admin"_s);
    const QByteArray stage = "/api/v1/pipeline-stages/" + QByteArray::number(stages.at(0));
    const auto renamed = patch(*admin, stage, {{u"name"_s, u"First contact"_s}}, admin->get(stage).header("ETag"));
    QVERIFY2(renamed.status == 200, renamed.body.constData());
    QCOMPARE(itemOf(lead).value(u"stage_name"_s).toString(), u"First contact"_s);
    const QByteArray owner = "/api/v1/users/" + QByteArray::number(m_userIds.value(u"rep1"_s));
    const auto ownerRenamed
        = patch(*admin, owner, {{u"display_name"_s, u"R. Epone"_s}}, admin->get(owner).header("ETag"));
    QVERIFY2(ownerRenamed.status == 200, ownerRenamed.body.constData());
    QCOMPARE(itemOf(lead).value(u"owner_name"_s).toString(), u"R. Epone"_s);

    // A write behind the server's back (a repair by hand) moves the row's
    // version, and is seen.
    QVERIFY(sql(u"UPDATE leads SET title = 'Repaired by hand' WHERE id = ? RETURNING id"_s, {lead}).isValid());
    QCOMPARE(itemOf(lead).value(u"title"_s).toString(), u"Repaired by hand"_s);

    // Kept, and still only for whom the record rule shows it.
    QVERIFY(!ids(as(u"rep2"_s)->get(list)).contains(lead));
    QVERIFY(ids(as(u"manager"_s)->get(list)).contains(lead));

    // Deleted: gone from the list.
    QCOMPARE(del(*rep1, path, rep1->get(path).header("ETag")).status, 204);
    const QJsonArray after = read();
    QVERIFY(!after.isEmpty());
    for (const auto &v : after)
        QVERIFY(v.toObject().value(u"id"_s).toInteger() != lead);
}

QTEST_GUILESS_MAIN(TestCrmApi)
#include "tst_crmapi.moc"
