// Purchase orders over real TLS against a real database: create with lines
// (totals computed by the server, PROCUREMENT.md's cases), field errors naming
// lines[i].field, read with lines and approvals, the list's filters, draft-only
// PATCH with If-Match, every workflow action allowed and refused (409 naming
// the state, 422 for a missing comment or reason), the creator never
// approving, two managers approving at once (exactly one 200), receiving
// raising stock with ledger = balance, Idempotency-Key, and another
// organisation seeing nothing.
#include "tests/server/inventory/ProcurementApiFixture.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestPurchasingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totalsFromProcurementMd_data();
    void totalsFromProcurementMd();
    void lineErrorsNameTheLine();
    void createReadAndPatchOnlyInDraft();
    void fullCycleWithSimultaneousApprovals();
    void refusedTransitionsName409State();
    void reasonsAndCommentsRequired();
    void closeOneLineShortOverHttp();
    void idempotentCreate();
    void simultaneousCreatesTakeGapFreeNumbers();
    void listFiltersAndAwaitingMyApproval();
    void otherOrganisationSeesNothing();
    void masterDataCreateSearchAndPatch();
    void settingsAndExchangeRates();
    void purchaserReadsDocumentSettings();
    void stockMovesNameTheirOrder();
    void countsFollowLinesAndStandingApprovals();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    qint64 supplier(const QString &currency);
    QJsonObject orderBody(const QString &currency, const QJsonArray &lines);
    TlsTestClient::Response action(TlsTestClient &c, qint64 id, const char *name, const QJsonObject &body = {});
    qint64 createOrder(TlsTestClient &c, const QJsonArray &lines);
    QString state(qint64 id);

    erp::test::ProcurementApiFixture m_f;
    qint64 m_warehouse = 0;
    qint64 m_product = 0; // stock unit pc, purchase unit box12
    qint64 m_box = 0;
};

void TestPurchasingApi::initTestCase()
{
    QVERIFY(m_f.start(u"purchasing_api"_s,
                      {{u"buyer"_s, u"purchaser"_s},
                       {u"manager1"_s, u"manager"_s},
                       {u"manager2"_s, u"manager"_s},
                       {u"manager3"_s, u"manager"_s},
                       {u"clerk"_s, u"warehouse_clerk"_s}}));
    // Provisioning gave acme its warehouse and units.
    m_warehouse = sql(u"SELECT id FROM warehouses WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong();
    QVERIFY(m_warehouse > 0);
    m_box = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'box12'"_s, {m_f.acme.id}).toLongLong();
    m_product = sql(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, purchase_unit_id, "
                    "standard_cost) SELECT ?, 'BOLT', 'Bolt', category_id, (SELECT id FROM units WHERE tenant_id = ? "
                    "AND symbol = 'pc'), id, 1 FROM units WHERE id = ? RETURNING id"_s,
                    {m_f.acme.id, m_f.acme.id, m_box})
                    .toLongLong();
    QVERIFY(m_product > 0);
}

std::unique_ptr<TlsTestClient> TestPurchasingApi::as(const QString &who)
{
    return m_f.as(who);
}

QVariant TestPurchasingApi::sql(const QString &statement, const QVariantList &values)
{
    return m_f.sql(statement, values);
}

qint64 TestPurchasingApi::supplier(const QString &currency)
{
    const QVariant existing
        = sql(u"SELECT id FROM suppliers WHERE tenant_id = ? AND code = ?"_s, {m_f.acme.id, QString(u"S-"_s + currency)});
    if (existing.isValid())
        return existing.toLongLong();
    return sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, ?, ?, ?) RETURNING id"_s,
               {m_f.acme.id, QString(u"S-"_s + currency), QString(u"Supplier in "_s + currency), currency})
        .toLongLong();
}

QJsonObject TestPurchasingApi::orderBody(const QString &currency, const QJsonArray &lines)
{
    return {{u"supplier_id"_s, supplier(currency)}, {u"warehouse_id"_s, m_warehouse}, {u"lines"_s, lines}};
}

TlsTestClient::Response TestPurchasingApi::action(TlsTestClient &c, qint64 id, const char *name,
                                                  const QJsonObject &body)
{
    return c.postJson("/api/v1/purchase-orders/" + QByteArray::number(id) + '/' + name, body);
}

// 2 boxes of 12 at 600.00 a box, no tax: 1,200.00 EUR, which needs one approver.
qint64 TestPurchasingApi::createOrder(TlsTestClient &c, const QJsonArray &lines)
{
    const QJsonArray l = lines.isEmpty() ? QJsonArray {QJsonObject {{u"product_id"_s, m_product},
                                                                    {u"quantity"_s, u"2"_s},
                                                                    {u"unit_price"_s, u"600"_s},
                                                                    {u"tax_rate"_s, u"0"_s}}}
                                         : lines;
    const auto r = c.postJson("/api/v1/purchase-orders", orderBody(u"EUR"_s, l));
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.status == 201 ? r.json().value(u"id"_s).toInteger() : 0;
}

QString TestPurchasingApi::state(qint64 id)
{
    return sql(u"SELECT state FROM purchase_orders WHERE id = ?"_s, {id}).toString();
}

void TestPurchasingApi::totalsFromProcurementMd_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QJsonArray>("lines");
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("total");
    auto line = [this](const char *q, const char *p, const char *t) {
        return QJsonObject {
            {u"product_id"_s, m_product},
            {u"unit_id"_s,
             sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_f.acme.id}).toLongLong()},
            {u"quantity"_s, QLatin1String(q)},
            {u"unit_price"_s, QLatin1String(p)},
            {u"tax_rate"_s, QLatin1String(t)}};
    };
    QTest::newRow("3 x 0.10") << u"EUR"_s << QJsonArray {line("3", "0.10", "0")} << u"0.30"_s << u"0.00"_s << u"0.30"_s;
    QTest::newRow("0.333 x 3") << u"EUR"_s << QJsonArray {line("0.333", "3.0000", "0")} << u"1.00"_s << u"0.00"_s
                               << u"1.00"_s;
    QTest::newRow("1.5 x 0.005") << u"EUR"_s << QJsonArray {line("1.5", "0.0050", "0")} << u"0.01"_s << u"0.00"_s
                                 << u"0.01"_s;
    QTest::newRow("three lines of 0.05 @ 10")
        << u"EUR"_s << QJsonArray {line("1", "0.05", "10"), line("1", "0.05", "10"), line("1", "0.05", "10")}
        << u"0.15"_s << u"0.03"_s << u"0.18"_s;
    QTest::newRow("0.05 @ 19") << u"EUR"_s << QJsonArray {line("1", "0.05", "19")} << u"0.05"_s << u"0.01"_s
                               << u"0.06"_s;
    QTest::newRow("JPY") << u"JPY"_s << QJsonArray {line("3", "33.3333", "10")} << u"100"_s << u"10"_s << u"110"_s;
    QTest::newRow("CHF") << u"CHF"_s << QJsonArray {line("7", "0.1429", "7.7")} << u"1.00"_s << u"0.08"_s << u"1.08"_s;
    QTest::newRow("KWD") << u"KWD"_s << QJsonArray {line("2.5", "1.234", "8")} << u"3.085"_s << u"0.247"_s
                         << u"3.332"_s;
}

void TestPurchasingApi::totalsFromProcurementMd()
{
    QFETCH(QString, currency);
    QFETCH(QJsonArray, lines);
    QFETCH(QString, subtotal);
    QFETCH(QString, tax);
    QFETCH(QString, total);
    auto buyer = as(u"buyer"_s);
    const auto r = buyer->postJson("/api/v1/purchase-orders", orderBody(currency, lines));
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"currency"_s).toString(), currency);
    QCOMPARE(r.json().value(u"subtotal"_s).toString(), subtotal);
    QCOMPARE(r.json().value(u"tax_total"_s).toString(), tax);
    QCOMPARE(r.json().value(u"total"_s).toString(), total);
    // The stored order agrees with the answer (and with a second read).
    const auto read = buyer->get("/api/v1/purchase-orders/" + QByteArray::number(r.json().value(u"id"_s).toInteger()));
    QCOMPARE(read.json().value(u"total"_s).toString(), total);
    QCOMPARE(read.json().value(u"lines"_s).toArray().size(), lines.size());
}

void TestPurchasingApi::lineErrorsNameTheLine()
{
    auto buyer = as(u"buyer"_s);
    const qint64 before = sql(u"SELECT count(*) FROM purchase_orders"_s).toLongLong();
    // A line amount above 999,999,999,999.99 (PROCUREMENT.md).
    auto r = buyer->postJson("/api/v1/purchase-orders",
                             orderBody(u"EUR"_s,
                                       {QJsonObject {{u"product_id"_s, m_product},
                                                     {u"quantity"_s, u"99999999999.999"_s},
                                                     {u"unit_price"_s, u"9999999999.9999"_s},
                                                     {u"tax_rate"_s, u"0"_s}}}));
    QCOMPARE(r.status, 422);
    QVERIFY2(
        r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString().startsWith(u"lines[0]."),
        r.body.constData());
    // The second line's quantity: negative, then too many decimals.
    const QJsonObject good {{u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}};
    for (const char *bad : {"-1", "1.0001"}) {
        r = buyer->postJson(
            "/api/v1/purchase-orders",
            orderBody(u"EUR"_s,
                      {good, QJsonObject {{u"product_id"_s, m_product}, {u"quantity"_s, QLatin1String(bad)}}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
                 u"lines[1].quantity"_s);
    }
    // An unknown product on the first line.
    r = buyer->postJson("/api/v1/purchase-orders",
                        orderBody(u"EUR"_s, {QJsonObject {{u"product_id"_s, 999999}, {u"quantity"_s, u"1"_s}}}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"lines[0].product_id"_s);
    // Nothing was stored by any refusal.
    QCOMPARE(sql(u"SELECT count(*) FROM purchase_orders"_s).toLongLong(), before);
}

void TestPurchasingApi::createReadAndPatchOnlyInDraft()
{
    auto buyer = as(u"buyer"_s);
    const qint64 id = createOrder(*buyer, {});
    QVERIFY(id > 0);
    const QByteArray path = "/api/v1/purchase-orders/" + QByteArray::number(id);
    auto read = buyer->get(path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(read.json().value(u"total"_s).toString(), u"1200.00"_s);
    const QJsonObject line = read.json().value(u"lines"_s).toArray().at(0).toObject();
    QCOMPARE(line.value(u"unit_symbol"_s).toString(), u"box12"_s);
    QCOMPARE(line.value(u"stock_quantity"_s).toString(), u"24.000"_s); // 2 boxes of 12
    const QByteArray etag = read.header("ETag");
    QVERIFY(!etag.isEmpty());

    auto patch = [&](const QJsonObject &o, const QByteArray &ifMatch) {
        TlsTestClient::Headers h {{"Content-Type", "application/json"}};
        if (!ifMatch.isEmpty())
            h.append(qMakePair(QByteArray("If-Match"), ifMatch));
        return buyer->request("PATCH", path, h, QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(patch({{u"notes"_s, u"x"_s}}, {}).status, 428);
    const QJsonArray newLines {QJsonObject {
        {u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}, {u"unit_price"_s, u"10"_s}, {u"tax_rate"_s, u"19"_s}}};
    auto changed = patch({{u"notes"_s, u"Call before delivery"_s}, {u"lines"_s, newLines}}, etag);
    QVERIFY2(changed.status == 200, changed.body.constData());
    QCOMPARE(changed.json().value(u"notes"_s).toString(), u"Call before delivery"_s);
    QCOMPARE(changed.json().value(u"total"_s).toString(), u"11.90"_s);
    // The old ETag is stale now.
    QCOMPARE(patch({{u"notes"_s, u"stale"_s}}, etag).status, 412);
    // Not a draft any more: 409 naming the state, nothing changed.
    QCOMPARE(action(*buyer, id, "submit").status, 200);
    QCOMPARE(state(id), u"approved"_s); // 11.90 is below the first band: approved by rule
    const auto refused = patch({{u"notes"_s, u"late"_s}}, buyer->get(path).header("ETag"));
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.json().value(u"detail"_s).toString().contains(u"approved"_s));
    QCOMPARE(sql(u"SELECT notes FROM purchase_orders WHERE id = ?"_s, {id}).toString(), u"Call before delivery"_s);
}

void TestPurchasingApi::fullCycleWithSimultaneousApprovals()
{
    auto creator = as(u"manager1"_s);
    const qint64 id = createOrder(*creator, {});
    QVERIFY(id > 0);
    auto submitted = action(*creator, id, "submit");
    QVERIFY2(submitted.status == 200, submitted.body.constData());
    QCOMPARE(submitted.json().value(u"state"_s).toString(), u"submitted"_s);
    QCOMPARE(submitted.json().value(u"approvals_needed"_s).toInt(), 1);
    // The creator never approves, even holding purchasing.approve.
    const auto own = action(*creator, id, "approve");
    QCOMPARE(own.status, 403);
    QCOMPARE(own.json().value(u"code"_s).toString(), u"creator_cannot_approve"_s);
    // A buyer without purchasing.approve is refused by the route.
    QCOMPARE(action(*as(u"buyer"_s), id, "approve").status, 403);
    // Two managers at once: exactly one approval.
    auto m2 = as(u"manager2"_s);
    auto m3 = as(u"manager3"_s);
    const QByteArray path = "/api/v1/purchase-orders/" + QByteArray::number(id) + "/approve";
    const auto results = erp::test::simultaneously({m2.get(), m3.get()}, [&](TlsTestClient &c, int) {
        return c.request("POST", path, {{"Content-Type", "application/json"}}, "{\"comment\":\"ok\"}");
    });
    QList<int> statuses {results[0].status, results[1].status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> {200, 409}));
    QCOMPARE(sql(u"SELECT count(*) FROM purchase_order_approvals WHERE purchase_order_id = ? AND approver_id IS NOT "
                 "NULL AND voided_at IS NULL"_s,
                 {id})
                 .toInt(),
             1);
    QCOMPARE(state(id), u"approved"_s);
    const auto read = creator->get("/api/v1/purchase-orders/" + QByteArray::number(id));
    QCOMPARE(read.json().value(u"approvals"_s).toArray().size(), 1);
    QCOMPARE(read.json().value(u"approvals"_s).toArray().at(0).toObject().value(u"comment"_s).toString(), u"ok"_s);

    QCOMPARE(action(*creator, id, "order").status, 200);
    // Receiving is the warehouse's: a buyer lacks inventory.edit.
    const qint64 line = read.json().value(u"lines"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    const QJsonObject receipt {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, line}, {u"quantity"_s, u"1"_s}}}}};
    QCOMPARE(action(*as(u"buyer"_s), id, "receive", receipt).status, 403);
    auto clerk = as(u"clerk"_s);
    // More than ordered: 422 on the line, nothing booked.
    const auto tooMuch
        = action(*clerk, id, "receive",
                 {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, line}, {u"quantity"_s, u"3"_s}}}}});
    QCOMPARE(tooMuch.status, 422);
    QCOMPARE(tooMuch.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"lines[0].quantity"_s);
    auto onHand = [&] {
        return sql(u"SELECT coalesce(sum(on_hand), 0)::text FROM stock_balances WHERE product_id = ?"_s, {m_product})
            .toString();
    };
    const QString before = onHand();
    auto partly = action(*clerk, id, "receive", receipt);
    QVERIFY2(partly.status == 200, partly.body.constData());
    QCOMPARE(partly.json().value(u"state"_s).toString(), u"partially_received"_s);
    // One box of 12 pieces.
    QCOMPARE(sql(u"SELECT ?::numeric + 12 = ?::numeric"_s, {before, onHand()}).toBool(), true);
    QCOMPARE(action(*clerk, id, "receive", receipt).json().value(u"state"_s).toString(), u"received"_s);
    // Ledger = balance, per location.
    QCOMPARE(
        sql(u"SELECT count(*) FROM stock_balances b WHERE b.product_id = ? AND b.on_hand <> "
            "coalesce((SELECT sum(quantity) FROM stock_moves WHERE to_location_id = b.location_id AND product_id = "
            "b.product_id), 0) - coalesce((SELECT sum(quantity) FROM stock_moves WHERE from_location_id = "
            "b.location_id AND product_id = b.product_id), 0)"_s,
            {m_product})
            .toInt(),
        0);
    QCOMPARE(action(*creator, id, "close").json().value(u"state"_s).toString(), u"closed"_s);
    // Audit rows for the create and every action.
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'purchase_order' AND entity_id = ?"_s, {id}).toInt(),
             7);
}

void TestPurchasingApi::refusedTransitionsName409State()
{
    auto m1 = as(u"manager1"_s);
    auto clerk = as(u"clerk"_s);
    const qint64 id = createOrder(*m1, {});
    // From draft: everything but submit and cancel is a 409 naming "draft".
    for (const char *name : {"withdraw", "order", "revise", "close"}) {
        const auto r = action(*m1, id, name);
        QVERIFY2(r.status == 409, qPrintable(QLatin1String(name) + u' ' + QString::fromUtf8(r.body)));
        QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_state"_s);
        QVERIFY(r.json().value(u"detail"_s).toString().contains(u"draft"_s));
    }
    QCOMPARE(action(*as(u"manager2"_s), id, "approve").status, 409);
    QCOMPARE(action(*clerk, id, "close_short", {{u"reason"_s, u"r"_s}}).status, 409);
    QCOMPARE(action(*clerk, id, "receive",
                    {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, 1}, {u"quantity"_s, u"1"_s}}}}})
                 .status,
             409);
    QCOMPARE(state(id), u"draft"_s);
    // Submitted: withdraw goes back to draft; submit again is allowed.
    QCOMPARE(action(*m1, id, "submit").status, 200);
    QCOMPARE(action(*m1, id, "submit").status, 409);
    QCOMPARE(action(*m1, id, "order").status, 409);
    QCOMPARE(action(*m1, id, "withdraw").json().value(u"state"_s).toString(), u"draft"_s);
    // Approved -> revise -> draft; cancelled is final.
    QCOMPARE(action(*m1, id, "submit").status, 200);
    QCOMPARE(action(*as(u"manager2"_s), id, "approve").status, 200);
    QCOMPARE(action(*m1, id, "revise").json().value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(action(*m1, id, "cancel").json().value(u"state"_s).toString(), u"cancelled"_s);
    for (const char *name : {"submit", "withdraw", "order", "revise", "cancel", "close"})
        QCOMPARE(action(*m1, id, name).status, 409);
    QCOMPARE(action(*m1, 999999, "submit").status, 404);
}

// Three lines of 2 boxes at 100.00: 600.00 EUR, approved at submit (below
// the first band). One line is ended short before anything comes, one is
// received, the last is ended short: the order is then received.
void TestPurchasingApi::closeOneLineShortOverHttp()
{
    auto buyer = as(u"buyer"_s);
    auto clerk = as(u"clerk"_s);
    QJsonArray lines;
    for (int i = 0; i < 3; ++i)
        lines.append(QJsonObject {{u"product_id"_s, m_product},
                                  {u"quantity"_s, u"2"_s},
                                  {u"unit_price"_s, u"100"_s},
                                  {u"tax_rate"_s, u"0"_s}});
    const qint64 id = createOrder(*buyer, lines);
    QVERIFY(id > 0);
    const QJsonArray stored
        = buyer->get("/api/v1/purchase-orders/" + QByteArray::number(id)).json().value(u"lines"_s).toArray();
    QCOMPARE(stored.size(), 3);
    QList<QByteArray> paths;
    for (const QJsonValue &l : stored)
        paths << "/api/v1/purchase-orders/" + QByteArray::number(id) + "/lines/"
                + QByteArray::number(l.toObject().value(u"id"_s).toInteger()) + "/close_short";
    const QJsonObject reason {{u"reason"_s, u"Discontinued by the supplier"_s}};
    // A draft receives nothing, so no line of it is closed short: 409 naming the state.
    auto r = clerk->postJson(paths[0], reason);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_state"_s);
    QVERIFY(r.json().value(u"detail"_s).toString().contains(u"draft"_s));
    QCOMPARE(action(*buyer, id, "submit").json().value(u"state"_s).toString(), u"approved"_s);
    // Receiving is the warehouse's: a buyer lacks inventory.edit.
    QCOMPARE(buyer->postJson(paths[0], reason).status, 403);
    r = clerk->postJson(paths[0], {});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"reason"_s);
    r = clerk->postJson(paths[0], reason);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(r.json().value(u"lines"_s).toArray().at(0).toObject().value(u"closed_short_reason"_s).toString(),
             u"Discontinued by the supplier"_s);
    QVERIFY(r.json().value(u"lines"_s).toArray().at(1).toObject().value(u"closed_short_reason"_s).isNull());
    // Twice: the line is no longer open.
    r = clerk->postJson(paths[0], reason);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"line_not_open"_s);
    // A line id of no line of this order, an order of nobody: 404.
    QCOMPARE(clerk->postJson("/api/v1/purchase-orders/" + QByteArray::number(id) + "/lines/999999999/close_short",
                             reason)
                 .status,
             404);
    QCOMPARE(clerk->postJson("/api/v1/purchase-orders/999999999/lines/1/close_short", reason).status, 404);
    // Hostile text is refused like in every body.
    QCOMPARE(clerk->postJson(paths[1], {{u"reason"_s, QString(u"a"_s + QChar(0) + u"b"_s)}}).status, 422);
    // Line 2 received in full, line 3 still open: partially received.
    const qint64 second = stored.at(1).toObject().value(u"id"_s).toInteger();
    r = action(*clerk, id, "receive",
               {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, second}, {u"quantity"_s, u"2"_s}}}}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"state"_s).toString(), u"partially_received"_s);
    // The last open line: every line is now received or closed short.
    r = clerk->postJson(paths[2], {{u"reason"_s, u"Rest back-ordered, cancelled"_s}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"state"_s).toString(), u"received"_s);
    QCOMPARE(state(id), u"received"_s);
    // Nothing more comes in for the closed lines.
    QCOMPARE(action(*clerk, id, "receive",
                    {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, stored.at(2).toObject().value(u"id"_s)},
                                                           {u"quantity"_s, u"1"_s}}}}})
                 .status,
             409);
    // Audited on the order: the line and the reason.
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'purchase_order' AND entity_id = ? "
                 "AND action = 'close_short_line'"_s,
                 {id})
                 .toInt(),
             2);
    QCOMPARE(sql(u"SELECT after->>'note' FROM audit_log WHERE entity = 'purchase_order' AND entity_id = ? "
                 "AND action = 'close_short_line' ORDER BY id LIMIT 1"_s,
                 {id})
                 .toString(),
             u"Discontinued by the supplier"_s);
}

void TestPurchasingApi::reasonsAndCommentsRequired()
{
    auto m1 = as(u"manager1"_s);
    const qint64 id = createOrder(*m1, {});
    QCOMPARE(action(*m1, id, "submit").status, 200);
    auto m2 = as(u"manager2"_s);
    auto r = action(*m2, id, "reject");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"comment"_s);
    QCOMPARE(state(id), u"submitted"_s);
    r = action(*m1, id, "cancel");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"reason"_s);
    QCOMPARE(state(id), u"submitted"_s);
    QCOMPARE(action(*m2, id, "reject", {{u"comment"_s, u"Too expensive"_s}}).json().value(u"state"_s).toString(),
             u"draft"_s);
    // Unknown fields in an action body are refused.
    QCOMPARE(action(*m1, id, "submit", {{u"state"_s, u"approved"_s}}).status, 400);
    QCOMPARE(state(id), u"draft"_s);
}

void TestPurchasingApi::idempotentCreate()
{
    auto buyer = as(u"buyer"_s);
    const QJsonObject body = orderBody(
        u"EUR"_s, {QJsonObject {{u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}, {u"unit_price"_s, u"5"_s}}});
    const TlsTestClient::Headers h {{"Idempotency-Key", "po-create-once-1"}};
    const auto first = buyer->postJson("/api/v1/purchase-orders", body, h);
    const auto second = buyer->postJson("/api/v1/purchase-orders", body, h);
    QVERIFY2(first.status == 201, first.body.constData());
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(
        sql(u"SELECT count(*) FROM purchase_orders WHERE number = ?"_s, {first.json().value(u"number"_s).toString()})
            .toInt(),
        1);
    // The replay is the answer sent the first time, byte for byte, with the
    // order's real number (taken in the statement that stored the answer).
    QCOMPARE(second.body, first.body);
    const qint64 id = first.json().value(u"id"_s).toInteger();
    const QString number = first.json().value(u"number"_s).toString();
    QVERIFY2(QRegularExpression(u"^[A-Z]+-[0-9]{4}-[0-9]{5,}$"_s).match(number).hasMatch(), qPrintable(number));
    QCOMPARE(sql(u"SELECT number FROM purchase_orders WHERE id = ?"_s, {id}).toString(), number);
    // One create audit row, recording the order under that number.
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'purchase_order' AND entity_id = ? "
                 "AND action = 'create' AND after->>'number' = ? AND after->>'id' = ?::text"_s,
                 {id, number, id})
                 .toInt(),
             1);
}

// Orders created at the same moment by different people queue for the
// organisation's counter: consecutive numbers, none twice, none skipped; a
// create that is refused takes none.
void TestPurchasingApi::simultaneousCreatesTakeGapFreeNumbers()
{
    std::vector<std::unique_ptr<TlsTestClient>> owners;
    QList<TlsTestClient *> clients;
    for (const QString &who : {u"buyer"_s, u"manager1"_s, u"manager2"_s, u"manager3"_s, u"buyer"_s, u"manager1"_s}) {
        owners.push_back(as(who));
        clients << owners.back().get();
    }
    const QJsonArray good {QJsonObject {{u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s},
                                        {u"unit_price"_s, u"3"_s}}};
    const QJsonArray unknownProduct {QJsonObject {{u"product_id"_s, 999999999}, {u"quantity"_s, u"1"_s},
                                                  {u"unit_price"_s, u"3"_s}}};
    // Every third is refused (422); every other one sends an Idempotency-Key.
    // (The bodies are made here: orderBody reads the database.)
    const QByteArray goodBody = QJsonDocument(orderBody(u"EUR"_s, good)).toJson(QJsonDocument::Compact);
    const QByteArray refusedBody = QJsonDocument(orderBody(u"EUR"_s, unknownProduct)).toJson(QJsonDocument::Compact);
    const auto results = erp::test::simultaneously(clients, [&](TlsTestClient &c, int i) {
        TlsTestClient::Headers h {{"Content-Type", "application/json"}};
        if (i % 2 == 0)
            h.append({"Idempotency-Key", "gap-free-" + QByteArray::number(i)});
        return c.request("POST", "/api/v1/purchase-orders", h, i % 3 == 2 ? refusedBody : goodBody);
    });
    QList<int> suffixes;
    for (int i = 0; i < results.size(); ++i) {
        if (i % 3 == 2) {
            QCOMPARE(results[i].status, 422);
            continue;
        }
        QVERIFY2(results[i].status == 201, results[i].body.constData());
        const QString number = results[i].json().value(u"number"_s).toString();
        const qint64 id = results[i].json().value(u"id"_s).toInteger();
        // The answer names the number the order has.
        QCOMPARE(sql(u"SELECT number FROM purchase_orders WHERE id = ?"_s, {id}).toString(), number);
        const QStringList parts = number.split(u'-');
        QCOMPARE(parts.size(), 3);
        suffixes << parts.at(2).toInt();
    }
    std::sort(suffixes.begin(), suffixes.end());
    QCOMPARE(suffixes.size(), 4);
    for (int i = 1; i < suffixes.size(); ++i)
        QCOMPARE(suffixes.at(i), suffixes.at(0) + i);
    // The refused ones gave nothing away: the next order gets the next number.
    const qint64 next = createOrder(*clients.at(0), {});
    QVERIFY(next > 0);
    QCOMPARE(sql(u"SELECT number FROM purchase_orders WHERE id = ?"_s, {next}).toString().section(u'-', 2).toInt(),
             suffixes.last() + 1);
    // No order is left under a provisional number.
    QCOMPARE(sql(u"SELECT count(*) FROM purchase_orders WHERE tenant_id = ? AND number LIKE '~%'"_s, {m_f.acme.id})
                 .toInt(),
             0);
}

void TestPurchasingApi::listFiltersAndAwaitingMyApproval()
{
    auto m1 = as(u"manager1"_s);
    const qint64 id = createOrder(*m1, {});
    QCOMPARE(action(*m1, id, "submit").status, 200);
    auto ids = [](const TlsTestClient::Response &r) {
        QSet<qint64> s;
        for (const auto &v : r.json().value(u"items"_s).toArray())
            s.insert(v.toObject().value(u"id"_s).toInteger());
        return s;
    };
    QVERIFY(ids(as(u"manager2"_s)->get("/api/v1/purchase-orders?awaiting_my_approval=true&limit=500")).contains(id));
    QVERIFY(!ids(m1->get("/api/v1/purchase-orders?awaiting_my_approval=true&limit=500")).contains(id));
    QVERIFY(!ids(as(u"buyer"_s)->get("/api/v1/purchase-orders?awaiting_my_approval=true&limit=500")).contains(id));
    const auto submitted = m1->get("/api/v1/purchase-orders?state=submitted&limit=500");
    QCOMPARE(submitted.status, 200);
    QVERIFY(ids(submitted).contains(id));
    // The approval inbox shows the band from the list itself, in the base
    // currency; one order also tells the receive dialog its tolerance.
    int listed = 0;
    for (const auto &v : submitted.json().value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(u"id"_s).toInteger() != id)
            continue;
        ++listed;
        QCOMPARE(item.value(u"approval_band"_s).toObject().value(u"approvers_needed"_s).toInt(),
                 item.value(u"approvals_needed"_s).toInt());
        QCOMPARE(item.value(u"base_currency"_s).toString(),
                 sql(u"SELECT base_currency FROM organisation_settings WHERE tenant_id = ?"_s, {m_f.acme.id}).toString());
    }
    QCOMPARE(listed, 1);
    const QJsonObject one = m1->get(QByteArray("/api/v1/purchase-orders/") + QByteArray::number(id)).json();
    QCOMPARE(one.value(u"receipt_tolerance_percent"_s).toString(),
             sql(u"SELECT receipt_tolerance_percent::text FROM organisation_settings WHERE tenant_id = ?"_s, {m_f.acme.id})
                 .toString());
    QVERIFY(one.value(u"lines"_s).toArray().first().toObject().contains(u"product_barcode"_s));
    for (const auto &v : submitted.json().value(u"items"_s).toArray())
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"submitted"_s);
    QVERIFY(!ids(m1->get("/api/v1/purchase-orders?state=draft&limit=500")).contains(id));
    QVERIFY(ids(m1->get("/api/v1/purchase-orders?supplier_id=" + QByteArray::number(supplier(u"EUR"_s)) + "&limit=500"))
                .contains(id));
    // Order dates: sorted newest first, then id; the range filter applies.
    sql(u"UPDATE purchase_orders SET order_date = '2020-01-01' WHERE id = ?"_s, {id});
    const auto ranged = m1->get("/api/v1/purchase-orders?order_date_from=2019-12-31&order_date_to=2020-01-01");
    QCOMPARE(ids(ranged), QSet<qint64> {id});
    QCOMPARE(m1->get("/api/v1/purchase-orders?order_date_from=2020-13-01").status, 400);
    QCOMPARE(m1->get("/api/v1/purchase-orders?awaiting_my_approval=maybe").status, 400);
    const auto page = m1->get("/api/v1/purchase-orders?limit=500");
    const QJsonArray items = page.json().value(u"items"_s).toArray();
    for (int i = 1; i < items.size(); ++i) {
        const QJsonObject a = items.at(i - 1).toObject(), b = items.at(i).toObject();
        const QString da = a.value(u"order_date"_s).toString(), db = b.value(u"order_date"_s).toString();
        QVERIFY(da > db || (da == db && a.value(u"id"_s).toInteger() > b.value(u"id"_s).toInteger()));
    }
}

void TestPurchasingApi::otherOrganisationSeesNothing()
{
    const qint64 id = createOrder(*as(u"buyer"_s), {});
    auto other = as(u"other"_s);
    const QByteArray path = "/api/v1/purchase-orders/" + QByteArray::number(id);
    QCOMPARE(other->get(path).status, 404);
    QCOMPARE(action(*other, id, "submit").status, 404);
    QCOMPARE(
        other
            ->request("PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}}, "{\"notes\":\"x\"}")
            .status,
        404);
    const auto list = other->get("/api/v1/purchase-orders");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"items"_s).toArray().size(), 0);
    // Acme's supplier and warehouse are not the other organisation's to use.
    const auto r
        = other->postJson("/api/v1/purchase-orders",
                          orderBody(u"EUR"_s, {QJsonObject {{u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}}}));
    QCOMPARE(r.status, 422);
    QCOMPARE(state(id), u"draft"_s);
}

void TestPurchasingApi::masterDataCreateSearchAndPatch()
{
    auto buyer = as(u"buyer"_s);
    auto clerk = as(u"clerk"_s);
    // Suppliers are the buyers'; the warehouse may read them but not add one.
    const QJsonObject supplierBody {
        {u"code"_s, u"NORD"_s}, {u"name"_s, u"Nordwind Supply"_s}, {u"currency"_s, u"EUR"_s}, {u"lead_time_days"_s, 7}};
    QCOMPARE(clerk->postJson("/api/v1/suppliers", supplierBody).status, 403);
    auto bad = buyer->postJson(
        "/api/v1/suppliers",
        {{u"code"_s, u"X"_s}, {u"name"_s, u"X"_s}, {u"currency"_s, u"EUO"_s}, {u"lead_time_days"_s, 4000}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json().value(u"errors"_s).toArray().size(), 2); // currency and lead time, together
    const auto supplier = buyer->postJson("/api/v1/suppliers", supplierBody);
    QVERIFY2(supplier.status == 201, supplier.body.constData());
    QCOMPARE(supplier.json().value(u"lead_time_days"_s).toInt(), 7);

    // Products are the warehouse's; the stock unit decides the unit category.
    const qint64 piece = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_f.acme.id}).toLongLong();
    QJsonObject productBody {{u"sku"_s, u"GLOVE-XL"_s},
                             {u"name"_s, u"Work gloves XL"_s},
                             {u"stock_unit_id"_s, piece},
                             {u"standard_cost"_s, u"3.12345"_s}};
    bad = clerk->postJson("/api/v1/products", productBody);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"standard_cost"_s);
    productBody.insert(u"standard_cost"_s, u"3.1234"_s);
    productBody.insert(u"preferred_supplier_id"_s, supplier.json().value(u"id"_s));
    const auto product = clerk->postJson("/api/v1/products", productBody);
    QVERIFY2(product.status == 201, product.body.constData());
    QCOMPARE(product.json().value(u"standard_cost"_s).toString(), u"3.1234"_s);
    const qint64 id = product.json().value(u"id"_s).toInteger();
    QCOMPARE(sql(u"SELECT unit_category_id = (SELECT category_id FROM units WHERE id = ?) FROM products WHERE id = ?"_s,
                 {piece, id})
                 .toBool(),
             true);
    sql(u"UPDATE products SET barcode = '4006381333931' WHERE id = ?"_s, {id});
    // Search by SKU, barcode and name.
    for (const char *q : {"glove-x", "4006381333931", "gloves%20XL"}) {
        const auto found = buyer->get("/api/v1/products?q=" + QByteArray(q));
        QCOMPARE(found.status, 200);
        QSet<qint64> ids;
        for (const auto &v : found.json().value(u"items"_s).toArray())
            ids.insert(v.toObject().value(u"id"_s).toInteger());
        QVERIFY2(ids.contains(id), q);
    }
    // PATCH with If-Match; the stock unit is fixed.
    const QByteArray path = "/api/v1/products/" + QByteArray::number(id);
    const QByteArray etag = product.header("ETag");
    auto patch = [&](const QJsonObject &o, const QByteArray &ifMatch) {
        return clerk->request("PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", ifMatch}},
                              QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(patch({{u"stock_unit_id"_s, piece}}, etag).status, 422);
    const auto changed = patch({{u"reorder_point"_s, u"12.5"_s}}, etag);
    QVERIFY2(changed.status == 200, changed.body.constData());
    QCOMPARE(changed.json().value(u"reorder_point"_s).toString(), u"12.500"_s);
    QCOMPARE(patch({{u"name"_s, u"stale"_s}}, etag).status, 412);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'product' AND entity_id = ?"_s, {id}).toInt(), 2);
    // Warehouses and locations.
    const auto warehouse = clerk->postJson("/api/v1/warehouses", {{u"code"_s, u"WEST"_s}, {u"name"_s, u"West"_s}});
    QVERIFY2(warehouse.status == 201, warehouse.body.constData());
    const auto location = clerk->postJson("/api/v1/locations",
                                          {{u"warehouse_id"_s, warehouse.json().value(u"id"_s)},
                                           {u"code"_s, u"A-01"_s},
                                           {u"name"_s, u"Aisle 1"_s},
                                           {u"kind"_s, u"shelf"_s}});
    QCOMPARE(location.status, 422);
}

void TestPurchasingApi::settingsAndExchangeRates()
{
    auto admin = as(u"admin"_s);
    QCOMPARE(as(u"buyer"_s)->get("/api/v1/settings").status, 403);
    const auto read = admin->get("/api/v1/settings");
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"base_currency"_s).toString(), u"EUR"_s);
    auto patch = [&](const QJsonObject &o, const QByteArray &ifMatch) {
        return admin->request("PATCH", "/api/v1/settings",
                              {{"Content-Type", "application/json"}, {"If-Match", ifMatch}},
                              QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto r = patch({{u"default_tax_rate"_s, u"100.01"_s}, {u"po_prefix"_s, u"-X"_s}}, read.header("ETag"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().size(), 2);
    r = patch({{u"default_tax_rate"_s, u"19"_s}}, read.header("ETag"));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"default_tax_rate"_s).toString(), u"19.00"_s);
    QCOMPARE(patch({{u"tax_id"_s, u"stale"_s}}, read.header("ETag")).status, 412);
    // A line without its own rate takes the organisation's: 10.00 + 19 % = 11.90.
    auto buyer = as(u"buyer"_s);
    const auto order = buyer->postJson(
        "/api/v1/purchase-orders",
        orderBody(u"EUR"_s,
                  {QJsonObject {{u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}, {u"unit_price"_s, u"10"_s}}}));
    QCOMPARE(order.json().value(u"total"_s).toString(), u"11.90"_s);
    patch({{u"default_tax_rate"_s, u"0"_s}}, r.header("ETag"));

    // USD needs a rate at submit: 409 without one, then accepted.
    auto m1 = as(u"manager1"_s);
    const auto usd = m1->postJson("/api/v1/purchase-orders",
                                  orderBody(u"USD"_s,
                                            {QJsonObject {{u"product_id"_s, m_product},
                                                          {u"quantity"_s, u"1"_s},
                                                          {u"unit_price"_s, u"100"_s},
                                                          {u"tax_rate"_s, u"0"_s}}}));
    QCOMPARE(usd.status, 201);
    const qint64 id = usd.json().value(u"id"_s).toInteger();
    const auto refused = action(*m1, id, "submit");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(u"code"_s).toString(), u"no_exchange_rate"_s);
    QCOMPARE(buyer->postJson("/api/v1/exchange-rates", {}).status, 403);
    const auto rate = admin->postJson(
        "/api/v1/exchange-rates", {{u"currency"_s, u"USD"_s}, {u"valid_on"_s, u"2000-01-01"_s}, {u"rate"_s, u"0.9"_s}});
    QVERIFY2(rate.status == 201, rate.body.constData());
    QCOMPARE(rate.json().value(u"rate"_s).toString(), u"0.900000"_s);
    const auto submitted = action(*m1, id, "submit");
    QVERIFY2(submitted.status == 200, submitted.body.constData());
    QCOMPARE(submitted.json().value(u"base_total"_s).toString(), u"90.00"_s);
}

// A purchaser (purchasing.view, no settings.manage) reads what an order's
// document needs: the values an administrator set, and nothing of the
// stock rules; without purchasing.view nothing.
void TestPurchasingApi::purchaserReadsDocumentSettings()
{
    auto admin = as(u"admin"_s);
    const auto current = admin->get("/api/v1/settings");
    const auto changed = admin->request(
        "PATCH", "/api/v1/settings", {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}},
        QJsonDocument(QJsonObject {{u"company_name"_s, u"Acme Trading GmbH"_s},
                                   {u"address"_s, u"Hafenstraße 1\n20457 Hamburg"_s},
                                   {u"tax_id"_s, u"DE123456789"_s},
                                   {u"default_tax_rate"_s, u"7.5"_s}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(changed.status == 200, changed.body.constData());
    auto buyer = as(u"buyer"_s);
    QCOMPARE(buyer->get("/api/v1/settings").status, 403);
    const auto r = buyer->get("/api/v1/settings/documents");
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"company_name"_s).toString(), u"Acme Trading GmbH"_s);
    QCOMPARE(o.value(u"address"_s).toString(), u"Hafenstraße 1\n20457 Hamburg"_s);
    QCOMPARE(o.value(u"tax_id"_s).toString(), u"DE123456789"_s);
    QCOMPARE(o.value(u"default_tax_rate"_s).toString(), u"7.50"_s);
    QCOMPARE(o.value(u"base_currency"_s).toString(), u"EUR"_s);
    QVERIFY(!o.value(u"po_prefix"_s).toString().isEmpty());
    QVERIFY(!o.contains(u"allow_negative_stock"_s));
    QVERIFY(!o.contains(u"receipt_tolerance_percent"_s));
    // The other organisation sees its own, not acme's.
    QVERIFY(as(u"other"_s)->get("/api/v1/settings/documents").json().value(u"company_name"_s).toString()
            != u"Acme Trading GmbH"_s);
    // Back to 0 % for the other tests' figures.
    admin->request("PATCH", "/api/v1/settings",
                   {{"Content-Type", "application/json"}, {"If-Match", changed.header("ETag")}},
                   QJsonDocument(QJsonObject {{u"default_tax_rate"_s, u"0"_s}}).toJson(QJsonDocument::Compact));
}

// A receipt's stock moves carry the order's number, as the ledger shows it.
void TestPurchasingApi::stockMovesNameTheirOrder()
{
    auto buyer = as(u"buyer"_s);
    auto clerk = as(u"clerk"_s);
    const qint64 id = createOrder(*buyer, {QJsonObject {{u"product_id"_s, m_product},
                                                        {u"quantity"_s, u"1"_s},
                                                        {u"unit_price"_s, u"5"_s},
                                                        {u"tax_rate"_s, u"0"_s}}});
    QVERIFY(id > 0);
    const QJsonObject order = action(*buyer, id, "submit").json();
    QCOMPARE(order.value(u"state"_s).toString(), u"approved"_s);
    const QString number = order.value(u"number"_s).toString();
    QVERIFY(number.startsWith(u"PO-"_s));
    const qint64 line = order.value(u"lines"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    QCOMPARE(action(*clerk, id, "receive",
                    {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, line}, {u"quantity"_s, u"1"_s}}}}})
                 .status,
             200);
    const auto moves = clerk->get("/api/v1/stock-moves?reference_type=purchase_order&reference_id="
                                  + QByteArray::number(id));
    QCOMPARE(moves.status, 200);
    const QJsonArray items = moves.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(u"reference_label"_s).toString(), number);
    // A move without a document has no label.
    const auto adjusted = clerk->get("/api/v1/stock-moves?reason=adjustment&limit=1");
    for (const QJsonValue &v : adjusted.json().value(u"items"_s).toArray())
        QVERIFY(v.toObject().value(u"reference_label"_s).isNull());
}

// The list's line_count and the approvals given (list and document) are kept
// on the order (migration 0021): they must follow what was sent through more
// than ten lines (inserted by further statements), a change of lines, an
// approval, a rejection (which voids it), a second round of approvals, a
// revision and removing every line; and every order in the database agrees with a count of its rows.
void TestPurchasingApi::countsFollowLinesAndStandingApprovals()
{
    auto buyer = as(u"buyer"_s);
    auto admin = as(u"admin"_s);
    auto m2 = as(u"manager2"_s);
    auto m3 = as(u"manager3"_s);
    auto lines = [this](int count, const char *price) {
        QJsonArray a;
        for (int i = 0; i < count; ++i)
            a.append(QJsonObject {{u"product_id"_s, m_product},
                                  {u"quantity"_s, u"1"_s},
                                  {u"unit_price"_s, QLatin1String(price)},
                                  {u"tax_rate"_s, u"0"_s}});
        return a;
    };
    // 12 boxes at 1,000.00: 12,000.00 EUR, the band of two approvers, one of
    // them an administrator.
    const qint64 id = createOrder(*buyer, lines(12, "1000"));
    QVERIFY(id > 0);
    const QByteArray path = "/api/v1/purchase-orders/" + QByteArray::number(id);
    const QString number = buyer->get(path).json().value(u"number"_s).toString();
    // (line_count of the list item, approvals_given of the list item and of
    // the document, lines of the document)
    auto seen = [&] {
        const auto list = buyer->get("/api/v1/purchase-orders?q=" + QUrl::toPercentEncoding(number));
        const QJsonArray items = list.json().value(u"items"_s).toArray();
        const QJsonObject item = items.size() == 1 ? items.at(0).toObject() : QJsonObject();
        const QJsonObject doc = buyer->get(path).json();
        return QList<qint64> {item.value(u"line_count"_s).toInteger(-1), item.value(u"approvals_given"_s).toInteger(-1),
                              doc.value(u"approvals_given"_s).toInteger(-1), doc.value(u"lines"_s).toArray().size()};
    };
    QCOMPARE(seen(), (QList<qint64> {12, 0, 0, 12}));

    auto setLines = [&](const QJsonArray &newLines) {
        const auto changed = buyer->request(
            "PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", buyer->get(path).header("ETag")}},
            QJsonDocument(QJsonObject {{u"lines"_s, newLines}}).toJson(QJsonDocument::Compact));
        if (changed.status != 200)
            qWarning() << changed.status << changed.body;
        return changed.status;
    };
    QCOMPARE(setLines(lines(3, "5000")), 200);
    QCOMPARE(seen(), (QList<qint64> {3, 0, 0, 3}));

    QCOMPARE(action(*buyer, id, "submit").json().value(u"approvals_needed"_s).toInt(), 2);
    auto approved = action(*m2, id, "approve");
    QVERIFY2(approved.status == 200, approved.body.constData());
    QCOMPARE(approved.json().value(u"state"_s).toString(), u"submitted"_s);
    QCOMPARE(approved.json().value(u"approvals_given"_s).toInt(), 1);
    QCOMPARE(seen(), (QList<qint64> {3, 1, 1, 3}));

    const auto rejected = action(*m3, id, "reject", {{u"comment"_s, u"Split it up"_s}});
    QVERIFY2(rejected.status == 200, rejected.body.constData());
    QCOMPARE(seen(), (QList<qint64> {3, 0, 0, 3}));

    QCOMPARE(action(*buyer, id, "submit").status, 200);
    QCOMPARE(action(*m2, id, "approve").status, 200);
    approved = action(*admin, id, "approve");
    QVERIFY2(approved.status == 200, approved.body.constData());
    QCOMPARE(approved.json().value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(seen(), (QList<qint64> {3, 2, 2, 3}));

    QCOMPARE(action(*buyer, id, "revise").json().value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(seen(), (QList<qint64> {3, 0, 0, 3}));
    // Lines removed and none added (the recount on delete alone).
    QCOMPARE(setLines({}), 200);
    QCOMPARE(seen(), (QList<qint64> {0, 0, 0, 0}));

    // Every order this test run made, by every route above and before.
    QVERIFY(sql(u"SELECT count(*) FROM purchase_orders"_s).toInt() > 10);
    QCOMPARE(sql(u"SELECT count(*) FROM purchase_orders po WHERE po.line_count <> (SELECT count(*) FROM "
                 "purchase_order_lines l WHERE l.purchase_order_id = po.id) OR po.approvals_given <> (SELECT count(*) "
                 "FROM purchase_order_approvals a WHERE a.purchase_order_id = po.id AND a.decision = 'approved' AND "
                 "a.voided_at IS NULL)"_s)
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestPurchasingApi)
#include "tst_purchasingapi.moc"
