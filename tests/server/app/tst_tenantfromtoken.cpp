// The tenant comes from the token only. Every route the server serves (read
// from its route table, each checked against the reviewed table in
// ExpectedRouteAccess) is called by an administrator of tenant "alpha" naming
// tenant "bravo" three ways: an X-Tenant-Id header, tenant_id in the query
// string and tenant_id in the JSON (or CSV) body, with bravo's ids in the
// path. Whatever the answer (ignored or refused), none of bravo's rows
// changes (compared row by row before and after, as the database superuser),
// no answer carries bravo's data, and whatever a request creates belongs to
// alpha.
#include "server/http/Router.h"
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

class TestTenantFromToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tenantNamedInTheRequestIsNeverUsed_data();
    void tenantNamedInTheRequestIsNeverUsed();

private:
    QSqlQuery sql(const QString &statement, const QVariantList &values = {});
    QHash<QString, QString> bravoSnapshot();
    QString tableFor(const QString &pattern) const;
    QJsonObject sampleBody(const QByteArray &method, const QString &pattern);
    void checkNoBravoData(const QString &table, const QJsonValue &value, const QString &where);

    std::unique_ptr<TestServer> m_server;
    QString m_connection = u"tenant_from_token_su"_s;
    TestServer::Tenant m_alpha;
    TestServer::Tenant m_bravo;
    QByteArray m_alphaToken;
    QJsonObject m_alphaOrder; // a body POST /purchase-orders accepts from alpha
    QString m_snapshotSql;
    QHash<QString, QSet<qint64>> m_bravoIds; // by table: every id bravo has there
    int m_counter = 0;
};

QSqlQuery TestTenantFromToken::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q;
}

void TestTenantFromToken::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"tenant_from_token"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    TestDatabase::superuserConnection(TestDatabase::databaseName(u"tenant_from_token"_s), m_connection);
    m_alpha = m_server->createTenant(u"alpha"_s);
    m_bravo = m_server->createTenant(u"bravo"_s);
    m_alphaToken = m_server->login(m_alpha.slug, m_alpha.adminEmail, m_alpha.adminPassword);
    const QByteArray bravoToken = m_server->login(m_bravo.slug, m_bravo.adminEmail, m_bravo.adminPassword);
    QVERIFY(!m_alphaToken.isEmpty() && !bravoToken.isEmpty());

    // A bit of everything in both tenants; every text of bravo's says "bravo",
    // so its data is recognisable in any answer.
    for (const auto *t : {&m_alpha, &m_bravo}) {
        m_server->createUser(*t, u"rep@%1.test"_s.arg(t->slug), {u"sales_rep"_s});
        auto c = m_server->client();
        c->setBearerToken(t == &m_alpha ? m_alphaToken : bravoToken);
        const QString tag = t->slug;
        QCOMPARE(c->postJson("/api/v1/roles",
                             {{u"name"_s, u"role of %1"_s.arg(tag)}, {u"permissions"_s, QJsonArray {u"crm.view"_s}}})
                     .status,
                 201);
        const auto account = c->postJson("/api/v1/accounts", {{u"name"_s, u"account of %1"_s.arg(tag)}});
        QCOMPARE(account.status, 201);
        const auto contact = c->postJson("/api/v1/contacts",
                                         {{u"name"_s, u"contact of %1"_s.arg(tag)},
                                          {u"email"_s, u"contact@%1.test"_s.arg(tag)},
                                          {u"account_id"_s, account.json().value(u"id"_s)}});
        QCOMPARE(contact.status, 201);
        const auto lead = c->postJson("/api/v1/leads",
                                      {{u"title"_s, u"lead of %1"_s.arg(tag)},
                                       {u"company"_s, u"company of %1"_s.arg(tag)},
                                       {u"currency"_s, u"EUR"_s}});
        QCOMPARE(lead.status, 201);
        QCOMPARE(c->postJson("/api/v1/activities",
                             {{u"kind"_s, u"call"_s},
                              {u"subject"_s, u"call of %1"_s.arg(tag)},
                              {u"due_at"_s, u"2030-01-01T09:00:00Z"_s},
                              {u"lead_id"_s, lead.json().value(u"id"_s)}})
                     .status,
                 201);
        QCOMPARE(c->postJson("/api/v1/pipeline-stages", {{u"name"_s, u"stage of %1"_s.arg(tag)}}).status, 201);
        // Procurement: a supplier and a product (as the superuser, in the
        // tenant), then an order through the API.
        sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, 'S1', ?, 'EUR')"_s,
            {t->id, u"supplier of %1"_s.arg(tag)});
        auto ids = sql(u"SELECT (SELECT id FROM suppliers WHERE tenant_id = ?), "
                       "(SELECT id FROM warehouses WHERE tenant_id = ? ORDER BY id LIMIT 1), "
                       "(SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc')"_s,
                       {t->id, t->id, t->id});
        QVERIFY(ids.next());
        auto product
            = sql(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, "
                  "standard_cost) SELECT ?, 'P1', ?, category_id, id, 2 FROM units WHERE id = ? RETURNING id"_s,
                  {t->id, u"product of %1"_s.arg(tag), ids.value(2)});
        QVERIFY(product.next());
        sql(u"INSERT INTO exchange_rates (tenant_id, currency, valid_on, rate) VALUES (?, 'USD', '2026-01-01', 0.9)"_s,
            {t->id});
        sql(u"INSERT INTO supplier_prices (tenant_id, supplier_id, product_id, unit_id, currency, unit_price) "
            "VALUES (?, ?, ?, ?, 'EUR', 3)"_s,
            {t->id, ids.value(0), product.value(0), ids.value(2)});
        const QJsonObject order {
            {u"supplier_id"_s, ids.value(0).toLongLong()},
            {u"warehouse_id"_s, ids.value(1).toLongLong()},
            {u"notes"_s, u"order of %1"_s.arg(tag)},
            {u"lines"_s,
             QJsonArray {QJsonObject {{u"product_id"_s, product.value(0).toLongLong()}, {u"quantity"_s, u"2"_s}}}}};
        if (t == &m_alpha)
            m_alphaOrder = order;
        const auto created = c->postJson("/api/v1/purchase-orders", order);
        QVERIFY2(created.status == 201, created.body.constData());
    }
    // Every id bravo has, table by table (as the superuser: no policy applies).
    for (const QString &table :
         {u"users"_s, u"roles"_s, u"accounts"_s, u"contacts"_s, u"leads"_s, u"activities"_s, u"pipeline_stages"_s,
          u"sessions"_s, u"audit_log"_s, u"purchase_orders"_s, u"suppliers"_s, u"products"_s, u"units"_s,
          u"warehouses"_s, u"locations"_s, u"supplier_prices"_s, u"exchange_rates"_s,
          u"approval_rules"_s}) {
        auto q = sql(u"SELECT id FROM %1 WHERE tenant_id = ? ORDER BY id"_s.arg(table), {m_bravo.id});
        while (q.next())
            m_bravoIds[table].insert(q.value(0).toLongLong());
        QVERIFY2(!m_bravoIds.value(table).isEmpty(), qPrintable(table));
    }
}

void TestTenantFromToken::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_connection);
}

// Every row of bravo's in every table that has a tenant, and bravo's tenant
// row itself, as text by table: any change to bravo shows as a difference.
QHash<QString, QString> TestTenantFromToken::bravoSnapshot()
{
    // One statement for all tables (built once from the catalogue), so the
    // snapshot before and after each of the many requests stays cheap.
    if (m_snapshotSql.isEmpty()) {
        auto tables = sql(u"SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                          "AND column_name = 'tenant_id' ORDER BY table_name"_s);
        QStringList parts {u"SELECT 'tenants', t::text FROM tenants t WHERE id = :tenant"_s};
        while (tables.next())
            parts << u"SELECT '%1', coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM %1 t "
                     "WHERE tenant_id = :tenant"_s.arg(tables.value(0).toString());
        m_snapshotSql = parts.join(u" UNION ALL "_s).replace(u":tenant"_s, QString::number(m_bravo.id));
    }
    QHash<QString, QString> rows;
    auto q = sql(m_snapshotSql);
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    return rows;
}

QString TestTenantFromToken::tableFor(const QString &pattern) const
{
    if (pattern == u"/api/v1/leads/board")
        return u"pipeline_stages"_s; // its items are the stages
    const QString resource = pattern.section(u'/', 3, 3);
    static const QHash<QString, QString> tables {{u"users"_s, u"users"_s},
                                                 {u"roles"_s, u"roles"_s},
                                                 {u"accounts"_s, u"accounts"_s},
                                                 {u"contacts"_s, u"contacts"_s},
                                                 {u"leads"_s, u"leads"_s},
                                                 {u"activities"_s, u"activities"_s},
                                                 {u"sessions"_s, u"sessions"_s},
                                                 {u"audit-log"_s, u"audit_log"_s},
                                                 {u"pipeline-stages"_s, u"pipeline_stages"_s},
                                                 {u"purchase-orders"_s, u"purchase_orders"_s},
                                                 {u"suppliers"_s, u"suppliers"_s},
                                                 {u"supplier-prices"_s, u"supplier_prices"_s},
                                                 {u"products"_s, u"products"_s},
                                                 {u"units"_s, u"units"_s},
                                                 {u"warehouses"_s, u"warehouses"_s},
                                                 {u"locations"_s, u"locations"_s},
                                                 {u"exchange-rates"_s, u"exchange_rates"_s},
                                                 {u"approval-rules"_s, u"approval_rules"_s}};
    return tables.value(resource);
}

// A body the route would accept from alpha, so that a create really happens
// and shows where it lands.
QJsonObject TestTenantFromToken::sampleBody(const QByteArray &method, const QString &pattern)
{
    const QString n = QString::number(++m_counter);
    const QString key = QString::fromLatin1(method) + u' ' + pattern;
    if (key == u"POST /api/v1/auth/login")
        return {{u"organisation"_s, m_alpha.slug},
                {u"email"_s, m_alpha.adminEmail},
                {u"password"_s, m_alpha.adminPassword}};
    if (key == u"POST /api/v1/users")
        return {{u"email"_s, u"new%1@alpha.test"_s.arg(n)},
                {u"display_name"_s, u"New %1"_s.arg(n)},
                {u"password"_s, u"a sturdy initial passphrase"_s}};
    if (key == u"POST /api/v1/roles")
        return {{u"name"_s, u"new role %1"_s.arg(n)}, {u"permissions"_s, QJsonArray {u"crm.view"_s}}};
    if (key == u"POST /api/v1/accounts" || key == u"POST /api/v1/contacts" || key == u"POST /api/v1/pipeline-stages")
        return {{u"name"_s, u"new %1"_s.arg(n)}};
    if (key == u"POST /api/v1/leads")
        return {{u"title"_s, u"new %1"_s.arg(n)}, {u"currency"_s, u"EUR"_s}};
    if (key == u"POST /api/v1/activities")
        return {{u"kind"_s, u"task"_s}, {u"subject"_s, u"new %1"_s.arg(n)}, {u"due_at"_s, u"2030-01-01T09:00:00Z"_s}};
    if (key == u"POST /api/v1/purchase-orders")
        return m_alphaOrder;
    if (method == "PATCH") {
        if (pattern.contains(u"/purchase-orders/"))
            return {{u"notes"_s, u"taken over"_s}};
        if (pattern.contains(u"/users/"))
            return {{u"display_name"_s, u"taken over"_s}};
        if (pattern.contains(u"/leads/"))
            return {{u"title"_s, u"taken over"_s}};
        if (pattern.contains(u"/activities/"))
            return {{u"subject"_s, u"taken over"_s}};
        return {{u"name"_s, u"taken over"_s}};
    }
    if (pattern.endsWith(u"/lose"))
        return {{u"lost_reason"_s, u"taken over"_s}};
    return {};
}

void TestTenantFromToken::checkNoBravoData(const QString &table, const QJsonValue &value, const QString &where)
{
    if (value.isArray()) {
        for (const auto &v : value.toArray())
            checkNoBravoData(table, v, where);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isDouble() && (it.key() == u"tenant_id" || (it.key() == u"id" && where == u"organisation")))
            QVERIFY2(it.value().toInteger() == m_alpha.id,
                     qPrintable(u"%1 names tenant %2"_s.arg(where).arg(it.value().toInteger())));
        if (it.key() == u"id" && !table.isEmpty() && where != u"organisation")
            QVERIFY2(!m_bravoIds.value(table).contains(it.value().toInteger()),
                     qPrintable(u"bravo's %1 %2 in the answer"_s.arg(table).arg(it.value().toInteger())));
        checkNoBravoData(it.key() == u"items" ? table : QString(), it.value(),
                         it.key() == u"organisation" ? it.key() : where);
    }
}

void TestTenantFromToken::tenantNamedInTheRequestIsNeverUsed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("how");
    int routes = 0;
    for (const auto &route : m_server->application().router().routes()) {
        QVERIFY2(ExpectedRouteAccess::find(route.method, route.pattern),
                 qPrintable(u"%1 %2 has no row in the reviewed route table"_s.arg(QString::fromLatin1(route.method),
                                                                                  route.pattern)));
        ++routes;
        for (const QString &how : {u"header"_s, u"query"_s, u"body"_s})
            QTest::addRow("%s %s, tenant in the %s", route.method.constData(), qPrintable(route.pattern),
                          qPrintable(how))
                << route.method << route.pattern << how;
    }
    QCOMPARE(routes, ExpectedRouteAccess::table().size());
}

void TestTenantFromToken::tenantNamedInTheRequestIsNeverUsed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(QString, how);
    const QByteArray bravo = QByteArray::number(m_bravo.id);
    const QString table = tableFor(pattern);

    // bravo's ids in the path: the row of bravo's the route would act on.
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    QString path = pattern;
    if (path.contains(parameter)) {
        QVERIFY2(!table.isEmpty(), qPrintable(u"no table known for %1: add it to tableFor()"_s.arg(pattern)));
        const QList<qint64> ids = m_bravoIds.value(table).values();
        QVERIFY2(!ids.isEmpty(), qPrintable(u"no ids of bravo's in %1: seed them in initTestCase()"_s.arg(table)));
        path.replace(parameter, QString::number(*std::min_element(ids.begin(), ids.end())));
    }
    QByteArray target = path.toUtf8();
    TlsTestClient::Headers headers;
    QByteArray body;
    QJsonObject json = sampleBody(method, pattern);
    QByteArray refreshToken;
    if (pattern == u"/api/v1/auth/refresh") {
        m_server->login(m_alpha.slug, m_alpha.adminEmail, m_alpha.adminPassword, &refreshToken);
        json.insert(u"refresh_token"_s, QString::fromUtf8(refreshToken));
    }
    if (how == u"header")
        headers.append(qMakePair(QByteArray("X-Tenant-Id"), QByteArray(bravo)));
    else if (how == u"query")
        target += "?tenant_id=" + bravo;
    else
        json.insert(u"tenant_id"_s, m_bravo.id);
    if (pattern == u"/api/v1/leads/import") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/csv")));
        body = how == u"body" ? QByteArray("title,currency,tenant_id\nimported,EUR," + bravo + "\n")
                              : QByteArray("title,currency\nimported,EUR\n");
    } else if (method != "GET" && method != "DELETE") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    if (method == "PATCH" || method == "DELETE")
        headers.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));

    const auto before = bravoSnapshot();
    auto c = m_server->client();
    c->setBearerToken(m_alphaToken);
    const auto r = c->request(method, target, headers, body);
    QVERIFY2(r.isValid(), "no answer");
    QVERIFY2(r.status < 500, qPrintable(u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));

    // Nothing of bravo's changed.
    const auto after = bravoSnapshot();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(u"bravo's %1 changed:\n%2\n->\n%3"_s.arg(it.key(), it.value(), after.value(it.key()))));
    // Nothing of bravo's in the answer: no text of bravo's, none of its ids
    // where the answer lists or shows rows, no tenant but alpha.
    QVERIFY2(!r.body.toLower().contains("bravo"), r.body.constData());
    if (r.header("Content-Type").contains("json"))
        checkNoBravoData(table,
                         r.jsonDocument().isArray() ? QJsonValue(r.jsonDocument().array()) : QJsonValue(r.json()),
                         u"answer"_s);
    if (r.json().contains(u"id"_s) && !table.isEmpty())
        QVERIFY(!m_bravoIds.value(table).contains(r.json().value(u"id"_s).toInteger()));

    // What was created is alpha's (an import answers with the ids it created).
    if (r.status == 201 && !table.isEmpty()) {
        QList<qint64> created;
        if (r.json().contains(u"ids"_s))
            for (const auto &v : r.json().value(u"ids"_s).toArray())
                created << v.toInteger();
        else
            created << r.json().value(u"id"_s).toInteger();
        QVERIFY(!created.isEmpty());
        for (const qint64 id : created) {
            QVERIFY(id > 0);
            auto q = sql(u"SELECT tenant_id FROM %1 WHERE id = ?"_s.arg(table), {id});
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), m_alpha.id);
        }
    }
    // Signing in names alpha's organisation: the session is alpha's.
    if (r.status == 200 && r.json().contains(u"access_token"_s)) {
        auto me = m_server->client();
        me->setBearerToken(r.json().value(u"access_token"_s).toString().toUtf8());
        QCOMPARE(me->get("/api/v1/auth/me").json().value(u"tenant_id"_s).toInteger(), m_alpha.id);
    }
    // Signing out ended alpha's session: a new one for the cases that follow.
    if (pattern == u"/api/v1/auth/logout" && r.status < 300)
        m_alphaToken = m_server->login(m_alpha.slug, m_alpha.adminEmail, m_alpha.adminPassword);
}

QTEST_GUILESS_MAIN(TestTenantFromToken)
#include "tst_tenantfromtoken.moc"
