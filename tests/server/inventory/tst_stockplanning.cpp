// What is on its way and what to reorder, over real TLS against a real
// database: `incoming` on GET /stock counts approved and ordered lines not yet
// received, in the stock unit (2 boxes of 12 = 24 pieces), drops by what is
// received and to nothing when a line is closed short, and ignores drafts and
// cancelled orders; GET /stock/reorder-suggestions lists the active products
// below their reorder point with on hand, incoming and the suggested
// quantity, and nothing of another organisation.
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestStockPlanning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void incomingFollowsOrdersAndReceipts();
    void reorderSuggestions();
    void reorderListRefusesUnknownParameters();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    qint64 product(const QString &sku, const QString &reorderPoint, const QString &reorderQuantity);
    qint64 order(qint64 productId, const QString &quantity, qint64 unitId);
    void act(qint64 orderId, const char *action, const QJsonObject &body = {}, const QString &who = u"buyer"_s);
    void count(qint64 productId, const QString &counted);
    QJsonObject stockRow(qint64 productId, qint64 locationId);
    QHash<qint64, QJsonObject> reorderRows(TlsTestClient &c, const QByteArray &query = {});

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    TestServer::Tenant m_other;
    QHash<QString, QByteArray> m_tokens;
    QString m_su = u"stockplanning-superuser"_s;
    qint64 m_warehouse = 0;
    qint64 m_storage = 0;
    qint64 m_piece = 0;
    qint64 m_box = 0;
    qint64 m_supplier = 0;
};

void TestStockPlanning::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"stock_planning"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_other = m_server->createTenant(u"other"_s);
    m_tokens.insert(u"other"_s, m_server->login(m_other.slug, m_other.adminEmail, m_other.adminPassword));
    for (const auto &[who, role] : {std::pair {u"buyer"_s, u"purchaser"_s}, std::pair {u"clerk"_s, u"warehouse_clerk"_s},
                                    std::pair {u"manager"_s, u"manager"_s}}) {
        const QString email = who + u"@acme.test"_s;
        m_server->createUser(m_acme, email, {role});
        m_tokens.insert(who, m_server->login(m_acme.slug, email, TestServer::userPassword()));
        QVERIFY(!m_tokens.value(who).isEmpty());
    }
    TestDatabase::superuserConnection(TestDatabase::databaseName(u"stock_planning"_s), m_su);
    m_warehouse = sql(u"SELECT id FROM warehouses WHERE tenant_id = ?"_s, {m_acme.id}).toLongLong();
    m_storage = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'storage'"_s, {m_acme.id}).toLongLong();
    m_piece = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_acme.id}).toLongLong();
    m_box = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'box12'"_s, {m_acme.id}).toLongLong();
    m_supplier = sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, 'S1', 'Supplier', 'EUR') "
                     "RETURNING id"_s,
                     {m_acme.id})
                     .toLongLong();
    QVERIFY(m_warehouse > 0 && m_storage > 0 && m_piece > 0 && m_box > 0 && m_supplier > 0);
}

void TestStockPlanning::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_su);
}

std::unique_ptr<TlsTestClient> TestStockPlanning::as(const QString &who)
{
    auto c = m_server->client();
    c->setBearerToken(m_tokens.value(who));
    return c;
}

QVariant TestStockPlanning::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_su));
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qWarning() << q.lastError().text();
    return q.next() ? q.value(0) : QVariant();
}

qint64 TestStockPlanning::product(const QString &sku, const QString &reorderPoint, const QString &reorderQuantity)
{
    const auto r = as(u"clerk"_s)->postJson("/api/v1/products",
                                            {{u"sku"_s, sku},
                                             {u"name"_s, QString(sku + u" product"_s)},
                                             {u"stock_unit_id"_s, m_piece},
                                             {u"standard_cost"_s, u"1"_s},
                                             {u"reorder_point"_s, reorderPoint},
                                             {u"reorder_quantity"_s, reorderQuantity}});
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.json().value(u"id"_s).toInteger();
}

// Small orders (below 1,000 EUR) are approved by rule at submit.
qint64 TestStockPlanning::order(qint64 productId, const QString &quantity, qint64 unitId)
{
    const auto r = as(u"buyer"_s)->postJson(
        "/api/v1/purchase-orders",
        {{u"supplier_id"_s, m_supplier},
         {u"warehouse_id"_s, m_warehouse},
         {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, productId},
                                               {u"unit_id"_s, unitId},
                                               {u"quantity"_s, quantity},
                                               {u"unit_price"_s, u"1"_s},
                                               {u"tax_rate"_s, u"0"_s}}}}});
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.json().value(u"id"_s).toInteger();
}

void TestStockPlanning::act(qint64 orderId, const char *action, const QJsonObject &body, const QString &who)
{
    const auto r = as(who)->postJson("/api/v1/purchase-orders/" + QByteArray::number(orderId) + '/' + action, body);
    QVERIFY2(r.status == 200, r.body.constData());
}

void TestStockPlanning::count(qint64 productId, const QString &counted)
{
    const auto r = as(u"clerk"_s)->postJson(
        "/api/v1/stock-adjustments",
        {{u"product_id"_s, productId}, {u"location_id"_s, m_storage}, {u"counted"_s, counted}, {u"note"_s, u"count"_s}});
    QVERIFY2(r.status == 201 || r.status == 200, r.body.constData());
}

QJsonObject TestStockPlanning::stockRow(qint64 productId, qint64 locationId)
{
    const auto r = as(u"buyer"_s)->get("/api/v1/stock?product_id=" + QByteArray::number(productId));
    for (const auto &v : r.json().value(u"items"_s).toArray())
        if (v.toObject().value(u"location_id"_s).toInteger() == locationId)
            return v.toObject();
    return {};
}

QHash<qint64, QJsonObject> TestStockPlanning::reorderRows(TlsTestClient &c, const QByteArray &query)
{
    QHash<qint64, QJsonObject> rows;
    const auto r = c.get("/api/v1/stock/reorder-suggestions?limit=500" + query);
    if (r.status != 200)
        qWarning() << r.status << r.body;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        rows.insert(v.toObject().value(u"id"_s).toInteger(), v.toObject());
    return rows;
}

void TestStockPlanning::incomingFollowsOrdersAndReceipts()
{
    const qint64 washer = product(u"WASHER"_s, u"0"_s, u"0"_s);
    QVERIFY(washer > 0);
    count(washer, u"10"_s);
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"0"_s);

    // A draft is not incoming; submitted (approved by rule) it is, in pieces.
    const qint64 boxes = order(washer, u"2"_s, m_box);
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"0"_s);
    act(boxes, "submit");
    QCOMPARE(sql(u"SELECT state FROM purchase_orders WHERE id = ?"_s, {boxes}).toString(), u"approved"_s);
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"24.000"_s);
    const qint64 pieces = order(washer, u"5.5"_s, m_piece);
    act(pieces, "submit");
    act(pieces, "order");
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"29.500"_s);
    // A cancelled order is not coming.
    const qint64 cancelled = order(washer, u"100"_s, m_piece);
    act(cancelled, "submit");
    act(cancelled, "cancel", {{u"reason"_s, u"Not needed"_s}});
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"29.500"_s);

    // One box received: 12 pieces fewer incoming, 12 more on hand where it arrived.
    const qint64 line
        = sql(u"SELECT id FROM purchase_order_lines WHERE purchase_order_id = ?"_s, {boxes}).toLongLong();
    act(boxes, "receive", {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, line}, {u"quantity"_s, u"1"_s}}}}},
        u"clerk"_s);
    const qint64 receiving
        = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'receiving'"_s, {m_acme.id}).toLongLong();
    const QJsonObject arrived = stockRow(washer, receiving);
    QCOMPARE(arrived.value(u"on_hand"_s).toString(), u"12.000"_s);
    QCOMPARE(arrived.value(u"incoming"_s).toString(), u"17.500"_s);
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"17.500"_s);
    // Closing the rest short ends what was still expected of it.
    act(boxes, "close_short", {{u"reason"_s, u"Supplier out of stock"_s}}, u"clerk"_s);
    QCOMPARE(stockRow(washer, m_storage).value(u"incoming"_s).toString(), u"5.500"_s);
    // The CSV export carries it too.
    const auto csv = as(u"buyer"_s)->get("/api/v1/stock?product_id=" + QByteArray::number(washer),
                                         {{"Accept", "text/csv"}});
    QCOMPARE(csv.status, 200);
    QVERIFY2(csv.body.split('\n').first().contains("incoming"), csv.body.constData());
    QVERIFY2(csv.body.contains("5.500"), csv.body.constData());
}

void TestStockPlanning::reorderSuggestions()
{
    // on hand 10 < 50; incoming 24 leaves 16 short: the reorder quantity (100) is more.
    const qint64 short1 = product(u"NUT"_s, u"50"_s, u"100"_s);
    count(short1, u"10"_s);
    act(order(short1, u"2"_s, m_box), "submit");
    // on hand 3 < 40, nothing incoming: 37 short, more than the reorder quantity of 20.
    const qint64 short2 = product(u"PIN"_s, u"40"_s, u"20"_s);
    count(short2, u"3"_s);
    // on hand 5 < 10, but 12 incoming already cover it: listed, nothing to suggest.
    const qint64 covered = product(u"RIVET"_s, u"10"_s, u"30"_s);
    count(covered, u"5"_s);
    act(order(covered, u"1"_s, m_box), "submit");
    // at the reorder point: not below it.
    const qint64 enough = product(u"SCREW"_s, u"8"_s, u"10"_s);
    count(enough, u"8"_s);
    // below, but inactive.
    const qint64 inactive = product(u"OLD"_s, u"8"_s, u"10"_s);
    const auto get = as(u"clerk"_s)->get("/api/v1/products/" + QByteArray::number(inactive));
    const auto patch = as(u"clerk"_s)->request("PATCH", "/api/v1/products/" + QByteArray::number(inactive),
                                               {{"Content-Type", "application/json"}, {"If-Match", get.header("ETag")}},
                                               R"({"is_active":false})");
    QCOMPARE(patch.status, 200);
    // Stock split over two locations counts as one.
    const qint64 split = product(u"SPLIT"_s, u"10"_s, u"0"_s);
    count(split, u"6"_s);
    const auto transfer = as(u"clerk"_s)->postJson(
        "/api/v1/stock-transfers",
        {{u"product_id"_s, split},
         {u"from_location_id"_s, m_storage},
         {u"to_location_id"_s,
          sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'receiving'"_s, {m_acme.id}).toLongLong()},
         {u"quantity"_s, u"2"_s}});
    QCOMPARE(transfer.status, 201);

    auto buyer = as(u"buyer"_s);
    const QHash<qint64, QJsonObject> rows = reorderRows(*buyer);
    QVERIFY(rows.contains(short1));
    QCOMPARE(rows.value(short1).value(u"on_hand"_s).toString(), u"10.000"_s);
    QCOMPARE(rows.value(short1).value(u"incoming"_s).toString(), u"24.000"_s);
    QCOMPARE(rows.value(short1).value(u"suggested_quantity"_s).toString(), u"100.000"_s);
    QCOMPARE(rows.value(short1).value(u"unit_symbol"_s).toString(), u"pc"_s);
    QCOMPARE(rows.value(short2).value(u"on_hand"_s).toString(), u"3.000"_s);
    QCOMPARE(rows.value(short2).value(u"incoming"_s).toString(), u"0.000"_s);
    QCOMPARE(rows.value(short2).value(u"suggested_quantity"_s).toString(), u"37.000"_s);
    QCOMPARE(rows.value(covered).value(u"incoming"_s).toString(), u"12.000"_s);
    QCOMPARE(rows.value(covered).value(u"suggested_quantity"_s).toString(), u"0.000"_s);
    QCOMPARE(rows.value(split).value(u"on_hand"_s).toString(), u"6.000"_s);
    QCOMPARE(rows.value(split).value(u"suggested_quantity"_s).toString(), u"4.000"_s);
    QVERIFY(!rows.contains(enough));
    QVERIFY(!rows.contains(inactive));
    // The search narrows it like every list.
    QCOMPARE(reorderRows(*buyer, "&q=PIN").keys(), QList<qint64> {short2});

    // Another organisation sees none of it, and its own short product only.
    auto other = as(u"other"_s);
    QVERIFY(reorderRows(*other).isEmpty());
    const qint64 otherPiece = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_other.id}).toLongLong();
    const auto created = other->postJson("/api/v1/products", {{u"sku"_s, u"NUT"_s},
                                                              {u"name"_s, u"Their nut"_s},
                                                              {u"stock_unit_id"_s, otherPiece},
                                                              {u"reorder_point"_s, u"1"_s}});
    QCOMPARE(created.status, 201);
    const QHash<qint64, QJsonObject> theirs = reorderRows(*other);
    QCOMPARE(theirs.keys(), QList<qint64> {created.json().value(u"id"_s).toInteger()});
    QCOMPARE(theirs.begin().value().value(u"incoming"_s).toString(), u"0.000"_s);
    QVERIFY(!reorderRows(*buyer).contains(created.json().value(u"id"_s).toInteger()));
}

void TestStockPlanning::reorderListRefusesUnknownParameters()
{
    auto buyer = as(u"buyer"_s);
    QCOMPARE(buyer->get("/api/v1/stock/reorder-suggestions?tenant_id=1").status, 400);
    QCOMPARE(buyer->get("/api/v1/stock/reorder-suggestions?sort=on_hand").status, 400);
    QCOMPARE(buyer->get("/api/v1/stock/reorder-suggestions?limit=0").status, 400);
    // No session, no list.
    QCOMPARE(m_server->client()->get("/api/v1/stock/reorder-suggestions").status, 401);
}

QTEST_GUILESS_MAIN(TestStockPlanning)
#include "tst_stockplanning.moc"
