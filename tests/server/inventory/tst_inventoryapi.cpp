// Stock over real TLS against a real database: a count booked as an
// adjustment, a transfer, a transfer of more than is there refused with 409
// naming product, location and what is there (nothing booked), the stock list
// (on hand, available, value, below_reorder), the ledger filtered by location,
// ledger = balance afterwards, who may do what, and another organisation
// seeing nothing.
#include "tests/server/inventory/ProcurementApiFixture.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestInventoryApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countTransferAndRefusal();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    QVariant sql(const QString &statement, const QVariantList &values = {});

    erp::test::ProcurementApiFixture m_f;
};

void TestInventoryApi::initTestCase()
{
    QVERIFY(m_f.start(u"inventory_api"_s, {{u"buyer"_s, u"purchaser"_s}, {u"clerk"_s, u"warehouse_clerk"_s}}));
}

std::unique_ptr<TlsTestClient> TestInventoryApi::as(const QString &who)
{
    return m_f.as(who);
}

QVariant TestInventoryApi::sql(const QString &statement, const QVariantList &values)
{
    return m_f.sql(statement, values);
}

void TestInventoryApi::countTransferAndRefusal()
{
    auto clerk = as(u"clerk"_s);
    const qint64 piece = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_f.acme.id}).toLongLong();
    const auto product = clerk->postJson("/api/v1/products",
                                         {{u"sku"_s, u"TAPE"_s},
                                          {u"name"_s, u"Tape"_s},
                                          {u"stock_unit_id"_s, piece},
                                          {u"standard_cost"_s, u"2.5000"_s},
                                          {u"reorder_point"_s, u"20"_s}});
    QVERIFY2(product.status == 201, product.body.constData());
    const qint64 id = product.json().value(u"id"_s).toInteger();
    const qint64 stock
        = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'storage'"_s, {m_f.acme.id}).toLongLong();
    const qint64 recv
        = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'receiving'"_s, {m_f.acme.id}).toLongLong();

    // A buyer may look but not count.
    const QJsonObject count {
        {u"product_id"_s, id}, {u"location_id"_s, stock}, {u"counted"_s, u"30"_s}, {u"note"_s, u"Stocktake"_s}};
    QCOMPARE(as(u"buyer"_s)->postJson("/api/v1/stock-adjustments", count).status, 403);
    QCOMPARE(as(u"buyer"_s)->get("/api/v1/stock").status, 200);
    auto r = clerk->postJson("/api/v1/stock-adjustments", count);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"on_hand"_s).toObject().value(QString::number(stock)).toString(), u"30.000"_s);
    // The same count again books nothing.
    QCOMPARE(clerk->postJson("/api/v1/stock-adjustments", count).status, 200);
    // A count needs a note; a quantity needs a string with at most 3 decimals.
    r = clerk->postJson("/api/v1/stock-adjustments",
                        {{u"product_id"_s, id}, {u"location_id"_s, stock}, {u"counted"_s, u"1.2345"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().size(), 2);

    r = clerk->postJson("/api/v1/stock-transfers",
                        {{u"product_id"_s, id},
                         {u"from_location_id"_s, stock},
                         {u"to_location_id"_s, recv},
                         {u"quantity"_s, u"12.5"_s}});
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"on_hand"_s).toObject().value(QString::number(stock)).toString(), u"17.500"_s);
    // More than is there: 409 with product, location and what is there; nothing booked.
    const qint64 moves = sql(u"SELECT count(*) FROM stock_moves WHERE product_id = ?"_s, {id}).toLongLong();
    r = clerk->postJson(
        "/api/v1/stock-transfers",
        {{u"product_id"_s, id}, {u"from_location_id"_s, stock}, {u"to_location_id"_s, recv}, {u"quantity"_s, u"18"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"insufficient_stock"_s);
    const QString detail = r.json().value(u"detail"_s).toString();
    QVERIFY2(detail.contains(QString::number(id)) && detail.contains(QString::number(stock))
                 && detail.contains(u"17.5"_s),
             qPrintable(detail));
    QCOMPARE(sql(u"SELECT count(*) FROM stock_moves WHERE product_id = ?"_s, {id}).toLongLong(), moves);

    // The stock list: 17.5 + 12.5 over two locations, valued at 2.50.
    const auto list = clerk->get("/api/v1/stock?product_id=" + QByteArray::number(id));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        const bool inStock = o.value(u"location_id"_s).toInteger() == stock;
        QCOMPARE(o.value(u"on_hand"_s).toString(), inStock ? u"17.500"_s : u"12.500"_s);
        QCOMPARE(o.value(u"available"_s).toString(), inStock ? u"17.500"_s : u"12.500"_s);
        QCOMPARE(o.value(u"value"_s).toString(), inStock ? u"43.75"_s : u"31.25"_s);
    }
    // 30 in all is not below a reorder point of 20; after raising it to 40 it is.
    auto belowIds = [&] {
        QSet<qint64> s;
        for (const auto &v : clerk->get("/api/v1/stock?below_reorder=true").json().value(u"items"_s).toArray())
            s.insert(v.toObject().value(u"product_id"_s).toInteger());
        return s;
    };
    QVERIFY(!belowIds().contains(id));
    sql(u"UPDATE products SET reorder_point = 40 WHERE id = ?"_s, {id});
    QVERIFY(belowIds().contains(id));
    // The ledger, by location: the count and both sides of the transfer.
    const auto ledger = clerk->get("/api/v1/stock-moves?location_id=" + QByteArray::number(recv));
    QCOMPARE(ledger.status, 200);
    QCOMPARE(ledger.json().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(clerk->get("/api/v1/stock-moves?location_id=x").status, 400);
    // Ledger = balance.
    QCOMPARE(
        sql(u"SELECT count(*) FROM stock_balances b WHERE b.product_id = ? AND b.on_hand <> "
            "coalesce((SELECT sum(quantity) FROM stock_moves WHERE to_location_id = b.location_id AND product_id = "
            "b.product_id), 0) - coalesce((SELECT sum(quantity) FROM stock_moves WHERE from_location_id = "
            "b.location_id AND product_id = b.product_id), 0)"_s,
            {id})
            .toInt(),
        0);
    // Another organisation sees none of it and cannot move it.
    auto other = as(u"other"_s);
    QCOMPARE(other->get("/api/v1/stock").json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(other->get("/api/v1/stock-moves").json().value(u"items"_s).toArray().size(), 0);
    r = other->postJson(
        "/api/v1/stock-transfers",
        {{u"product_id"_s, id}, {u"from_location_id"_s, stock}, {u"to_location_id"_s, recv}, {u"quantity"_s, u"1"_s}});
    QVERIFY2(r.status == 422 || r.status == 404, r.body.constData());
    QCOMPARE(sql(u"SELECT count(*) FROM stock_moves WHERE product_id = ?"_s, {id}).toLongLong(), moves);
}

QTEST_GUILESS_MAIN(TestInventoryApi)
#include "tst_inventoryapi.moc"
