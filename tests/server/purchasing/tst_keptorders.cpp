// Purchase orders kept in the server's memory between reads (DocumentCache,
// docs/decisions/0022), over real TLS against a real database. After every
// workflow action and every change of a name an order shows, the next
// ordinary read must equal a read that bypasses what the server kept
// (Cache-Control: no-cache); a document answered from memory is still
// refused to another organisation, a user without purchasing.view and a
// deactivated user; a write behind the server's back that touches the order
// row is seen; and the order's document reads no table whose changes the
// stamp does not follow. The order list's items, kept the same way, follow
// every one of these changes too.
#include "server/platform/DocumentCache.h"
#include "server/purchasing/PurchasingEntities.h"
#include "tests/server/inventory/ProcurementApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::server::DocumentCache;
using erp::test::TlsTestClient;

class TestKeptOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentReadsOnlyWhatItsStampFollows();
    void everyActionIsSeenByTheNextRead();
    void everyShownNameIsSeenByTheNextRead();
    void writeBehindTheServersBackToTheOrderIsSeen();
    void keptDocumentIsRefusedToWhoMayNotRead();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who) { return m_f.as(who); }
    QVariant sql(const QString &statement, const QVariantList &values = {}) { return m_f.sql(statement, values); }
    static QByteArray path(qint64 id) { return "/api/v1/purchase-orders/" + QByteArray::number(id); }
    qint64 createOrder();
    TlsTestClient::Response action(const QString &who, qint64 id, const char *name, const QJsonObject &body = {});
    TlsTestClient::Response patch(const QString &who, const QByteArray &path, const QJsonObject &body);
    // The order as an ordinary read answers it, after checking it against a
    // read anew; empty (with a warning) when they differ.
    QJsonObject read(qint64 id);

    erp::test::ProcurementApiFixture m_f;
    qint64 m_supplier = 0;
    qint64 m_warehouse = 0;
    qint64 m_product = 0;
    qint64 m_piece = 0;
    qint64 m_order = 0; // taken through the whole workflow
};

void TestKeptOrders::initTestCase()
{
    QVERIFY(DocumentCache::instance().enabled());
    QVERIFY(m_f.start(u"kept_orders"_s,
                      {{u"buyer"_s, u"purchaser"_s},
                       {u"manager1"_s, u"manager"_s},
                       {u"manager2"_s, u"manager"_s},
                       {u"clerk"_s, u"warehouse_clerk"_s},
                       {u"leaver"_s, u"purchaser"_s},
                       {u"seller"_s, u"sales_rep"_s}}));
    m_warehouse = sql(u"SELECT id FROM warehouses WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong();
    m_piece = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_f.acme.id}).toLongLong();
    m_supplier = sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, 'S1', 'Supplier One', "
                     "'EUR') RETURNING id"_s,
                     {m_f.acme.id})
                     .toLongLong();
    m_product = sql(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, standard_cost) "
                    "SELECT ?, 'NUT', 'Nut', category_id, id, 1 FROM units WHERE id = ? RETURNING id"_s,
                    {m_f.acme.id, m_piece})
                    .toLongLong();
    QVERIFY(m_warehouse > 0 && m_piece > 0 && m_supplier > 0 && m_product > 0);
}

// 10 pieces at 150.00: 1,500.00 EUR, which needs one approver.
qint64 TestKeptOrders::createOrder()
{
    const auto r = as(u"buyer"_s)
                       ->postJson("/api/v1/purchase-orders",
                                  {{u"supplier_id"_s, m_supplier},
                                   {u"warehouse_id"_s, m_warehouse},
                                   {u"lines"_s,
                                    QJsonArray {QJsonObject {{u"product_id"_s, m_product},
                                                             {u"quantity"_s, u"10"_s},
                                                             {u"unit_price"_s, u"150"_s},
                                                             {u"tax_rate"_s, u"0"_s}}}}});
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.status == 201 ? r.json().value(u"id"_s).toInteger() : 0;
}

TlsTestClient::Response TestKeptOrders::action(const QString &who, qint64 id, const char *name, const QJsonObject &body)
{
    return as(who)->postJson(path(id) + '/' + name, body);
}

TlsTestClient::Response TestKeptOrders::patch(const QString &who, const QByteArray &path, const QJsonObject &body)
{
    auto c = as(who);
    const QByteArray etag = c->get(path).header("ETag");
    return c->request("PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", etag}},
                      QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject TestKeptOrders::read(qint64 id)
{
    auto c = as(u"buyer"_s);
    const auto ordinary = c->get(path(id));
    const auto anew = c->get(path(id), {{"Cache-Control", "no-cache"}});
    if (ordinary.status != 200 || anew.status != 200 || ordinary.json() != anew.json()
        || ordinary.header("ETag") != anew.header("ETag")) {
        qWarning().noquote() << "ordinary read" << ordinary.status << ordinary.header("ETag") << ordinary.body
                             << "\nread anew" << anew.status << anew.header("ETag") << anew.body;
        return {};
    }
    // The order lists keep their items too: an ordinary page equals one read
    // anew, and the order's item shows what its document shows.
    const QByteArray list = "/api/v1/purchase-orders?limit=500";
    const auto listed = c->get(list);
    const auto listedAnew = c->get(list, {{"Cache-Control", "no-cache"}});
    if (listed.status != 200 || listed.json() != listedAnew.json()) {
        qWarning().noquote() << "ordinary list" << listed.status << listed.body << "\nlist read anew"
                             << listedAnew.status << listedAnew.body;
        return {};
    }
    const QJsonObject document = ordinary.json();
    QJsonObject item;
    for (const auto &v : listed.json().value(u"items"_s).toArray())
        if (v.toObject().value(u"id"_s).toInteger() == id)
            item = v.toObject();
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        const QJsonValue shown
            = it.key() == u"line_count" ? QJsonValue(document.value(u"lines"_s).toArray().size()) : document.value(it.key());
        if (shown != it.value()) {
            qWarning() << "the list shows" << it.key() << it.value() << "where the order shows" << shown;
            return {};
        }
    }
    if (item.isEmpty())
        qWarning() << "the order is not in the list";
    return item.isEmpty() ? QJsonObject() : document;
}

// Every table the document reads is the order's, one of its parts (written
// only with the order's row) or one whose shown names move the reference
// stamp by a trigger.
void TestKeptOrders::documentReadsOnlyWhatItsStampFollows()
{
    const erp::server::RecordEntity &orders = erp::server::PurchasingEntities::purchaseOrders();
    QVERIFY(orders.keptDocument.has_value());
    QSet<QString> read;
    const QRegularExpression table(u"\\b(?:FROM|JOIN)\\s+([a-z_]+)"_s);
    for (auto it = table.globalMatch(orders.jsonSql); it.hasNext();)
        read.insert(it.next().captured(1));
    QVERIFY(read.contains(u"purchase_order_lines"_s));
    QVERIFY(read.contains(u"products"_s));
    QSet<QString> allowed {orders.table};
    for (const QString &t : orders.keptDocument->parts + orders.keptDocument->names)
        allowed.insert(t);
    QVERIFY2((read - allowed).isEmpty(), qPrintable(QStringList((read - allowed).values()).join(u", "_s)));

    QSqlQuery q(QSqlDatabase::database(m_f.superuser));
    QVERIFY(q.exec(u"SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                   "JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'tenants_stamp_changed_reference'"_s));
    QSet<QString> stamped;
    while (q.next())
        stamped.insert(q.value(0).toString());
    for (const QString &t : orders.keptDocument->names)
        QVERIFY2(stamped.contains(t), qPrintable(t + u" has no reference-stamp trigger"_s));

    // The same for the list's items (ListSpec::keptItems).
    using erp::server::PurchasingEntities;
    QSet<QString> listed;
    for (auto it = table.globalMatch(PurchasingEntities::orderListJsonSql() + u' ' + PurchasingEntities::orderListJoins());
         it.hasNext();)
        listed.insert(it.next().captured(1));
    QVERIFY(listed.contains(u"suppliers"_s));
    QSet<QString> listAllowed {orders.table};
    for (const QString &t : PurchasingEntities::orderListNames()) {
        listAllowed.insert(t);
        QVERIFY2(stamped.contains(t), qPrintable(t + u" has no reference-stamp trigger"_s));
    }
    QVERIFY2((listed - listAllowed).isEmpty(), qPrintable(QStringList((listed - listAllowed).values()).join(u", "_s)));
}

void TestKeptOrders::everyActionIsSeenByTheNextRead()
{
    m_order = createOrder();
    QVERIFY(m_order > 0);
    QJsonObject o = read(m_order);
    QCOMPARE(o.value(u"state"_s).toString(), u"draft"_s);

    // Read again unchanged: answered from memory.
    const quint64 hits = DocumentCache::instance().counters().hits;
    QCOMPARE(as(u"buyer"_s)->get(path(m_order)).json(), o);
    QCOMPARE(DocumentCache::instance().counters().hits, hits + 1);
    // The list's items likewise, one hit each.
    const qsizetype listed = as(u"buyer"_s)->get("/api/v1/purchase-orders").json().value(u"items"_s).toArray().size();
    QVERIFY(listed > 0);
    const quint64 listHits = DocumentCache::instance().counters().hits;
    QCOMPARE(as(u"buyer"_s)->get("/api/v1/purchase-orders").json().value(u"items"_s).toArray().size(), listed);
    QCOMPARE(DocumentCache::instance().counters().hits, listHits + quint64(listed));

    QCOMPARE(patch(u"buyer"_s, path(m_order), {{u"notes"_s, u"Deliver to gate 2"_s}}).status, 200);
    o = read(m_order);
    QCOMPARE(o.value(u"notes"_s).toString(), u"Deliver to gate 2"_s);

    QCOMPARE(patch(u"buyer"_s, path(m_order),
                   {{u"lines"_s,
                     QJsonArray {QJsonObject {{u"product_id"_s, m_product},
                                              {u"quantity"_s, u"12"_s},
                                              {u"unit_price"_s, u"150"_s},
                                              {u"tax_rate"_s, u"0"_s}}}}})
                 .status,
             200);
    o = read(m_order);
    QCOMPARE(o.value(u"total"_s).toString(), u"1800.00"_s);

    const auto step = [&](const QString &who, const char *name, const QJsonObject &body, const QString &state) {
        const auto r = action(who, m_order, name, body);
        if (r.status != 200)
            qWarning() << name << r.status << r.body;
        const QJsonObject after = read(m_order);
        return r.status == 200 && after.value(u"state"_s).toString() == state;
    };
    const QJsonObject comment {{u"comment"_s, u"Too many"_s}};
    QVERIFY(step(u"buyer"_s, "submit", {}, u"submitted"_s));
    QVERIFY(step(u"manager1"_s, "reject", comment, u"draft"_s));
    QCOMPARE(read(m_order).value(u"approvals"_s).toArray().size(), 1);
    QVERIFY(step(u"buyer"_s, "submit", {}, u"submitted"_s));
    QVERIFY(step(u"buyer"_s, "withdraw", {}, u"draft"_s));
    QVERIFY(step(u"buyer"_s, "submit", {}, u"submitted"_s));
    QVERIFY(step(u"manager1"_s, "approve", {}, u"approved"_s));
    QVERIFY(step(u"buyer"_s, "revise", {}, u"draft"_s));
    QVERIFY(!read(m_order).value(u"approvals"_s).toArray().last().toObject().value(u"voided_at"_s).isNull());
    QVERIFY(step(u"buyer"_s, "submit", {}, u"submitted"_s));
    QVERIFY(step(u"manager2"_s, "approve", {}, u"approved"_s));
    QVERIFY(step(u"buyer"_s, "order", {}, u"ordered"_s));
    const qint64 line = read(m_order).value(u"lines"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    QVERIFY(step(u"clerk"_s, "receive",
                 {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, line}, {u"quantity"_s, u"5"_s}}}}},
                 u"partially_received"_s));
    QCOMPARE(read(m_order).value(u"lines"_s).toArray().at(0).toObject().value(u"received_quantity"_s).toString(),
             u"5.000"_s);
    QVERIFY(step(u"clerk"_s, "close_short", {{u"reason"_s, u"Discontinued"_s}}, u"received"_s));
    QCOMPARE(read(m_order).value(u"lines"_s).toArray().at(0).toObject().value(u"closed_short_reason"_s).toString(),
             u"Discontinued"_s);
    QVERIFY(step(u"buyer"_s, "close", {}, u"closed"_s));

    const qint64 cancelled = createOrder();
    QVERIFY(cancelled > 0);
    QCOMPARE(read(cancelled).value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(action(u"buyer"_s, cancelled, "cancel").status, 200);
    QCOMPARE(read(cancelled).value(u"state"_s).toString(), u"cancelled"_s);
}

void TestKeptOrders::everyShownNameIsSeenByTheNextRead()
{
    QVERIFY(m_order > 0);
    QVERIFY(!read(m_order).isEmpty());
    const auto shows = [&](const QString &field, const QString &value) {
        const QJsonObject o = read(m_order);
        const QJsonObject line = o.value(u"lines"_s).toArray().at(0).toObject();
        const QJsonObject approval = o.value(u"approvals"_s).toArray().last().toObject();
        const QJsonValue shown = o.contains(field) ? o.value(field)
            : line.contains(field)                 ? line.value(field)
                                                   : approval.value(field);
        if (shown.toString() != value)
            qWarning() << field << shown << "instead of" << value;
        return shown.toString() == value;
    };
    const QByteArray supplier = "/api/v1/suppliers/" + QByteArray::number(m_supplier);
    QCOMPARE(patch(u"buyer"_s, supplier, {{u"name"_s, u"Supplier Renamed"_s}}).status, 200);
    QVERIFY(shows(u"supplier_name"_s, u"Supplier Renamed"_s));

    const QByteArray warehouse = "/api/v1/warehouses/" + QByteArray::number(m_warehouse);
    QCOMPARE(patch(u"clerk"_s, warehouse, {{u"name"_s, u"North Hall"_s}}).status, 200);
    QVERIFY(shows(u"warehouse_name"_s, u"North Hall"_s));

    const QByteArray product = "/api/v1/products/" + QByteArray::number(m_product);
    QCOMPARE(patch(u"clerk"_s, product, {{u"name"_s, u"Hex nut"_s}}).status, 200);
    QVERIFY(shows(u"product_name"_s, u"Hex nut"_s));
    QCOMPARE(patch(u"clerk"_s, product, {{u"sku"_s, u"NUT-M8"_s}}).status, 200);
    QVERIFY(shows(u"product_sku"_s, u"NUT-M8"_s));
    QCOMPARE(patch(u"clerk"_s, product, {{u"barcode"_s, u"5901234123457"_s}}).status, 200);
    QVERIFY(shows(u"product_barcode"_s, u"5901234123457"_s));

    const QByteArray unit = "/api/v1/units/" + QByteArray::number(m_piece);
    const auto unitChanged = patch(u"admin"_s, unit, {{u"symbol"_s, u"pcs"_s}});
    QVERIFY2(unitChanged.status == 200, unitChanged.body.constData());
    QVERIFY(shows(u"unit_symbol"_s, u"pcs"_s));

    const qint64 buyer = sql(u"SELECT id FROM users WHERE email = 'buyer@acme.test'"_s).toLongLong();
    QCOMPARE(
        patch(u"admin"_s, "/api/v1/users/" + QByteArray::number(buyer), {{u"display_name"_s, u"B. Uyer"_s}}).status,
        200);
    QVERIFY(shows(u"created_by_name"_s, u"B. Uyer"_s));
    const qint64 approver
        = read(m_order).value(u"approvals"_s).toArray().last().toObject().value(u"approver_id"_s).toInteger();
    QCOMPARE(patch(u"admin"_s, "/api/v1/users/" + QByteArray::number(approver), {{u"display_name"_s, u"M. Anager"_s}})
                 .status,
             200);
    QVERIFY(shows(u"approver_name"_s, u"M. Anager"_s));

    const auto settings = patch(u"admin"_s, "/api/v1/settings", {{u"receipt_tolerance_percent"_s, u"5"_s}});
    QVERIFY2(settings.status == 200, settings.body.constData());
    QVERIFY(shows(u"receipt_tolerance_percent"_s, u"5.00"_s));
    const auto currency = patch(u"admin"_s, "/api/v1/settings", {{u"base_currency"_s, u"CHF"_s}});
    QVERIFY2(currency.status == 200, currency.body.constData());
    QVERIFY(shows(u"base_currency"_s, u"CHF"_s));
}

// Nobody should write orders but the server; should somebody do it anyway
// (a repair by hand), the order's row version moves with any write of it.
void TestKeptOrders::writeBehindTheServersBackToTheOrderIsSeen()
{
    QVERIFY(m_order > 0);
    QVERIFY(!read(m_order).isEmpty());
    QVERIFY(
        sql(u"UPDATE purchase_orders SET notes = 'Repaired by hand' WHERE id = ? RETURNING id"_s, {m_order}).isValid());
    QCOMPARE(as(u"buyer"_s)->get(path(m_order)).json().value(u"notes"_s).toString(), u"Repaired by hand"_s);
}

void TestKeptOrders::keptDocumentIsRefusedToWhoMayNotRead()
{
    QVERIFY(m_order > 0);
    auto leaver = as(u"leaver"_s);
    QCOMPARE(leaver->get(path(m_order)).status, 200);
    QVERIFY(
        DocumentCache::instance().contains({m_f.acme.id, &erp::server::PurchasingEntities::purchaseOrders(), m_order}));
    // Another organisation's admin asking for the same id: not there.
    QCOMPARE(as(u"other"_s)->get(path(m_order)).status, 404);
    // Without purchasing.view: refused by the route.
    QCOMPARE(as(u"seller"_s)->get(path(m_order)).status, 403);
    // Deactivated: the session check of the same round trip refuses it.
    const qint64 leaverId = sql(u"SELECT id FROM users WHERE email = 'leaver@acme.test'"_s).toLongLong();
    QCOMPARE(patch(u"admin"_s, "/api/v1/users/" + QByteArray::number(leaverId), {{u"is_active"_s, false}}).status, 200);
    QCOMPARE(leaver->get(path(m_order)).status, 401);
    QCOMPARE(as(u"buyer"_s)->get(path(m_order)).status, 200);
}

QTEST_GUILESS_MAIN(TestKeptOrders)
#include "tst_keptorders.moc"
