// Two tenants, every route: one tenant's ids are 404 for the other on every
// route that takes an id (and nothing changes), and never appear in any of
// the other's lists or CSV exports. The route list is read from the router,
// so a new route without an isolation case fails here.
#include "server/http/Router.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestTenantIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherTenantsIdsAreNotFound_data();
    void otherTenantsIdsAreNotFound();
    void listsNeverShowOtherTenantsRows_data();
    void listsNeverShowOtherTenantsRows();
    void otherTenantsObjectsAreUntouched();

private:
    void addProcurementRecords();
    void addProcurementRecordsOf(const TestServer::Tenant &tenant, const QByteArray &token, const QString &connection);
    static QSet<qint64> ids(const TlsTestClient::Response &r);
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    TestServer::Tenant m_globex;
    QByteArray m_acmeToken;
    QByteArray m_globexToken;
    QHash<QString, qint64> m_globexIdByResource; // "users" -> a globex user id
    QHash<QString, QByteArray> m_globexEtags;
};

void TestTenantIsolation::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"tenant_isolation"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_globex = m_server->createTenant(u"globex"_s);
    m_acmeToken = m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    m_globexToken = m_server->login(m_globex.slug, m_globex.adminEmail, m_globex.adminPassword);
    QVERIFY(!m_acmeToken.isEmpty() && !m_globexToken.isEmpty());
    // Give both tenants a bit of everything.
    for (const auto *t : {&m_acme, &m_globex}) {
        m_server->createUser(*t, u"rep@%1.test"_s.arg(t->slug), {u"sales_rep"_s});
        auto c = m_server->client();
        c->setBearerToken(t == &m_acme ? m_acmeToken : m_globexToken);
        QCOMPARE(
            c->postJson("/api/v1/roles", {{u"name"_s, u"custom"_s}, {u"permissions"_s, QJsonArray {u"crm.view"_s}}})
                .status,
            201);
    }
    // CRM: an account, a contact, a lead and an activity (assigned to the
    // admin, so "my activities" has rows) in each tenant; stages come with
    // every new tenant.
    for (const auto *t : {&m_acme, &m_globex}) {
        auto c = m_server->client();
        c->setBearerToken(t == &m_acme ? m_acmeToken : m_globexToken);
        QHash<QString, qint64> created;
        const auto account = c->postJson("/api/v1/accounts", {{u"name"_s, u"Account of %1"_s.arg(t->slug)}});
        QCOMPARE(account.status, 201);
        created.insert(u"accounts"_s, account.json().value(u"id"_s).toInteger());
        const auto contact = c->postJson(
            "/api/v1/contacts",
            {{u"name"_s, u"Contact of %1"_s.arg(t->slug)}, {u"account_id"_s, created.value(u"accounts"_s)}});
        QCOMPARE(contact.status, 201);
        created.insert(u"contacts"_s, contact.json().value(u"id"_s).toInteger());
        const auto lead
            = c->postJson("/api/v1/leads", {{u"title"_s, u"Lead of %1"_s.arg(t->slug)}, {u"currency"_s, u"EUR"_s}});
        QCOMPARE(lead.status, 201);
        created.insert(u"leads"_s, lead.json().value(u"id"_s).toInteger());
        const auto activity = c->postJson("/api/v1/activities",
                                          {{u"kind"_s, u"call"_s},
                                           {u"subject"_s, u"Call"_s},
                                           {u"due_at"_s, u"2030-01-01T09:00:00Z"_s},
                                           {u"lead_id"_s, created.value(u"leads"_s)}});
        QCOMPARE(activity.status, 201);
        created.insert(u"activities"_s, activity.json().value(u"id"_s).toInteger());
        const auto stages = c->get("/api/v1/pipeline-stages");
        created.insert(u"pipeline-stages"_s, *ids(stages).begin());
        if (t == &m_globex)
            for (auto it = created.begin(); it != created.end(); ++it)
                m_globexIdByResource.insert(it.key(), it.value());
    }
    auto g = m_server->client();
    g->setBearerToken(m_globexToken);
    m_globexIdByResource.insert(u"users"_s, *ids(g->get("/api/v1/users?q=rep@")).begin());
    for (const auto &v : g->get("/api/v1/roles?q=custom").json().value(u"items"_s).toArray())
        m_globexIdByResource.insert(u"roles"_s, v.toObject().value(u"id"_s).toInteger());
    m_globexIdByResource.insert(u"sessions"_s, *ids(g->get("/api/v1/sessions")).begin());
    addProcurementRecords();
    for (const QString &resource :
         {u"users"_s, u"roles"_s, u"accounts"_s, u"contacts"_s, u"leads"_s, u"activities"_s, u"pipeline-stages"_s})
        m_globexEtags.insert(
            resource,
            g->get("/api/v1/" + resource.toUtf8() + '/' + QByteArray::number(m_globexIdByResource.value(resource)))
                .header("ETag"));
}

// Procurement records of both organisations (written as the superuser inside
// each tenant, plus one order through the API), so that every procurement list
// has rows on both sides and every route with an id is tried with an id of the
// other organisation.
void TestTenantIsolation::addProcurementRecords()
{
    const QString connection = u"tenant_isolation_su"_s;
    TestDatabase::superuserConnection(TestDatabase::databaseName(u"tenant_isolation"_s), connection);
    addProcurementRecordsOf(m_acme, m_acmeToken, connection);
    addProcurementRecordsOf(m_globex, m_globexToken, connection);
    QSqlDatabase::removeDatabase(connection);
}

void TestTenantIsolation::addProcurementRecordsOf(const TestServer::Tenant &t, const QByteArray &token,
                                                  const QString &connection)
{
    QHash<QString, qint64> created;
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        const auto sql = [&db](const QString &statement, const QVariantList &values) {
            QSqlQuery q(db);
            q.prepare(statement);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            q.next();
            return q.value(0).toLongLong();
        };
        const qint64 tenant = t.id;
        const qint64 supplier = sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) "
                                    "VALUES (?, 'S1', 'Supplier', 'EUR') RETURNING id"_s,
                                    {tenant});
        const qint64 unit = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {tenant});
        // Below its reorder point (nothing on hand), so the reorder list has rows on both sides.
        const qint64 product = sql(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, "
                                   "standard_cost, reorder_point) SELECT ?, 'P1', 'Product', category_id, id, 2, 5 "
                                   "FROM units WHERE id = ? RETURNING id"_s,
                                   {tenant, unit});
        created.insert(u"suppliers"_s, supplier);
        created.insert(u"units"_s, unit);
        created.insert(u"products"_s, product);
        created.insert(u"warehouses"_s, sql(u"SELECT min(id) FROM warehouses WHERE tenant_id = ?"_s, {tenant}));
        created.insert(u"locations"_s, sql(u"SELECT min(id) FROM locations WHERE tenant_id = ?"_s, {tenant}));
        created.insert(u"exchange-rates"_s,
                       sql(u"INSERT INTO exchange_rates (tenant_id, currency, valid_on, rate) "
                           "VALUES (?, 'USD', '2026-01-01', 0.9) RETURNING id"_s,
                           {tenant}));
        // Every organisation is provisioned with its approval bands.
        created.insert(u"approval-rules"_s,
                       sql(u"SELECT min(id) FROM approval_rules WHERE tenant_id = ?"_s, {tenant}));
        created.insert(
            u"supplier-prices"_s,
            sql(u"INSERT INTO supplier_prices (tenant_id, supplier_id, product_id, unit_id, currency, unit_price) "
                "VALUES (?, ?, ?, ?, 'EUR', 3) RETURNING id"_s,
                {tenant, supplier, product, unit}));
        auto g = m_server->client();
        g->setBearerToken(token);
        const auto order = g->postJson(
            "/api/v1/purchase-orders",
            {{u"supplier_id"_s, supplier},
             {u"warehouse_id"_s, created.value(u"warehouses"_s)},
             {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, product}, {u"quantity"_s, u"2"_s}}}}});
        QVERIFY2(order.status == 201, order.body.constData());
        created.insert(u"purchase-orders"_s, order.json().value(u"id"_s).toInteger());
    }
    if (&t == &m_globex)
        for (auto it = created.cbegin(); it != created.cend(); ++it)
            m_globexIdByResource.insert(it.key(), it.value());
}

QSet<qint64> TestTenantIsolation::ids(const TlsTestClient::Response &r)
{
    QSet<qint64> out;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        if (v.toObject().contains(u"id"_s))
            out.insert(v.toObject().value(u"id"_s).toInteger());
    return out;
}

void TestTenantIsolation::otherTenantsIdsAreNotFound_data()
{
    QTest::addColumn<int>("routeIndex");
    const auto &routes = m_server->application().router().routes();
    int withIds = 0;
    for (int i = 0; i < routes.size(); ++i) {
        if (!routes[i].pattern.contains(u'{'))
            continue;
        ++withIds;
        QTest::addRow("%s %s", routes[i].method.constData(), qPrintable(routes[i].pattern)) << i;
    }
    QVERIFY(withIds >= 6);
}

void TestTenantIsolation::otherTenantsIdsAreNotFound()
{
    QFETCH(int, routeIndex);
    const auto &route = m_server->application().router().routes().at(routeIndex);
    // /api/v1/<resource>/{id}...
    const QString resource = route.segments.value(2).literal;
    QVERIFY2(m_globexIdByResource.contains(resource),
             qPrintable(u"no isolation case for %1: add the other tenant's id for it"_s.arg(route.pattern)));
    QByteArray path;
    for (const auto &seg : route.segments)
        path += '/'
            + (seg.literal.isEmpty() ? QByteArray::number(m_globexIdByResource.value(resource)) : seg.literal.toUtf8());
    TlsTestClient::Headers headers;
    QByteArray body;
    if (route.method != "GET" && route.method != "DELETE") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        body = route.method == "POST" ? QByteArray("{}") : QByteArray(R"({"display_name":"hijacked"})");
        if (resource == u"roles")
            body = route.method == "POST" ? QByteArray("{}") : QByteArray(R"({"name":"hijacked"})");
    }
    if (route.method == "PATCH" || route.method == "DELETE")
        headers.append(qMakePair(QByteArray("If-Match"), QByteArray(m_globexEtags.value(resource, "\"1\""))));
    auto c = m_server->client();
    c->setBearerToken(m_acmeToken);
    const auto r = c->request(route.method, path, headers, body);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"not_found"_s);
}

void TestTenantIsolation::listsNeverShowOtherTenantsRows_data()
{
    QTest::addColumn<QByteArray>("path");
    const auto &routes = m_server->application().router().routes();
    for (const auto &route : routes)
        if (route.method == "GET" && !route.pattern.contains(u'{') && route.pattern.startsWith(u"/api/v1/")
            && route.access.kind != erp::server::RouteAccess::Public && !route.pattern.startsWith(u"/api/v1/auth/"))
            QTest::newRow(qPrintable(route.pattern)) << route.pattern.toUtf8();
}

void TestTenantIsolation::listsNeverShowOtherTenantsRows()
{
    QFETCH(QByteArray, path);
    auto a = m_server->client();
    a->setBearerToken(m_acmeToken);
    auto g = m_server->client();
    g->setBearerToken(m_globexToken);
    const auto acmeList = a->get(path + "?limit=500");
    const auto globexList = g->get(path + "?limit=500");
    QCOMPARE(acmeList.status, 200);
    QCOMPARE(globexList.status, 200);
    const QSet<qint64> acmeIds = ids(acmeList);
    const QSet<qint64> globexIds = ids(globexList);
    if (globexList.json().value(u"items"_s).toArray().first().toObject().contains(u"id"_s)) {
        QVERIFY2(!globexIds.isEmpty(), "the other tenant must have rows here for the test to mean anything");
        QVERIFY(!acmeIds.isEmpty());
        QVERIFY(!acmeIds.intersects(globexIds));
        // The CSV export applies the same rule.
        const auto csv = a->get(path, {{"Accept", "text/csv"}});
        QCOMPARE(csv.status, 200);
        for (const QByteArray &line : csv.body.split('\n').mid(1)) {
            const qint64 id = line.split(',').first().toLongLong();
            QVERIFY2(!globexIds.contains(id), line.constData());
        }
        // A tenant named in the query string is not a way in.
        QCOMPARE(a->get(path + "?tenant_id=" + QByteArray::number(m_globex.id)).status, 400);
    }
}

void TestTenantIsolation::otherTenantsObjectsAreUntouched()
{
    auto g = m_server->client();
    g->setBearerToken(m_globexToken);
    for (const QString &resource :
         {u"users"_s, u"roles"_s, u"accounts"_s, u"contacts"_s, u"leads"_s, u"activities"_s, u"pipeline-stages"_s}) {
        const auto r
            = g->get("/api/v1/" + resource.toUtf8() + '/' + QByteArray::number(m_globexIdByResource.value(resource)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), m_globexEtags.value(resource));
    }
    // Globex's session (revoked by acme's attempt, if isolation failed) still works.
    QCOMPARE(g->get("/api/v1/users").status, 200);
}

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "tst_tenantisolation.moc"
