// Procurement master data over real TLS against a real database: barcodes
// (EAN-8, UPC-A, EAN-13 with their check digits, unique per organisation)
// and purchase units (of the stock unit's category) as product fields with
// 422s naming the field; DELETE of suppliers, products, units, warehouses,
// locations and supplier prices with If-Match, audited, and refused with a
// 409 naming what still refers to the record; the CSV import of products
// and suppliers (dry run, all or nothing, the caps) and their CSV export.
#include "tests/server/inventory/ProcurementApiFixture.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestMasterDataApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void barcodes_data();
    void barcodes();
    void barcodeUniqueAndChangeable();
    void purchaseUnitOfTheStockUnitsCategory();
    void deleteNeedsIfMatchAndIsAudited();
    void deleteRefusedNamesWhatRefers();
    void deleteWarehousesAndLocations();
    void importProductsDryRunAndAllOrNothing();
    void importSuppliersAndExport();
    void importCaps();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    TlsTestClient::Response createProduct(const QJsonObject &fields);
    TlsTestClient::Response patch(const QString &who, const QByteArray &path, const QByteArray &body);
    TlsTestClient::Response remove(const QString &who, const QByteArray &path);
    TlsTestClient::Response upload(const QString &who, const QByteArray &path, const QByteArray &csv);
    static QStringList fieldsOf(const TlsTestClient::Response &r);

    erp::test::ProcurementApiFixture m_f;
    qint64 m_piece = 0;
    qint64 m_box = 0;
    qint64 m_kilogram = 0;
    qint64 m_warehouse = 0;
    int m_skus = 0;
};

void TestMasterDataApi::initTestCase()
{
    QVERIFY(m_f.start(u"masterdata_api"_s, {{u"buyer"_s, u"purchaser"_s}, {u"clerk"_s, u"warehouse_clerk"_s}}));
    const auto unit = [&](const char *symbol) {
        return sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = ?"_s, {m_f.acme.id, QLatin1String(symbol)})
            .toLongLong();
    };
    m_piece = unit("pc");
    m_box = unit("box12");
    m_kilogram = unit("kg");
    m_warehouse = sql(u"SELECT id FROM warehouses WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong();
    QVERIFY(m_piece > 0 && m_box > 0 && m_kilogram > 0 && m_warehouse > 0);
}

std::unique_ptr<TlsTestClient> TestMasterDataApi::as(const QString &who)
{
    return m_f.as(who);
}

QVariant TestMasterDataApi::sql(const QString &statement, const QVariantList &values)
{
    return m_f.sql(statement, values);
}

TlsTestClient::Response TestMasterDataApi::createProduct(const QJsonObject &fields)
{
    QJsonObject body {{u"sku"_s, u"SKU-%1"_s.arg(++m_skus)}, {u"name"_s, u"Thing"_s}, {u"stock_unit_id"_s, m_piece}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return as(u"clerk"_s)->postJson("/api/v1/products", body);
}

TlsTestClient::Response TestMasterDataApi::patch(const QString &who, const QByteArray &path, const QByteArray &body)
{
    auto c = as(who);
    const QByteArray etag = c->get(path).header("ETag");
    return c->request("PATCH", path, {{"Content-Type", "application/json"}, {"If-Match", etag}}, body);
}

TlsTestClient::Response TestMasterDataApi::remove(const QString &who, const QByteArray &path)
{
    auto c = as(who);
    const QByteArray etag = c->get(path).header("ETag");
    return c->request("DELETE", path, {{"If-Match", etag}});
}

TlsTestClient::Response TestMasterDataApi::upload(const QString &who, const QByteArray &path, const QByteArray &csv)
{
    return as(who)->post(path, csv, {{"Content-Type", "text/csv"}});
}

QStringList TestMasterDataApi::fieldsOf(const TlsTestClient::Response &r)
{
    QStringList out;
    for (const auto &e : r.json().value(u"errors"_s).toArray())
        out << e.toObject().value(u"field"_s).toString() + u':' + e.toObject().value(u"code"_s).toString();
    return out;
}

void TestMasterDataApi::barcodes_data()
{
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<bool>("valid");
    // Check digits worked by hand from the GS1 rule (weights 3,1 from the right).
    QTest::newRow("EAN-13") << u"4006381333931"_s << true;
    QTest::newRow("EAN-13, wrong check digit") << u"4006381333932"_s << false;
    QTest::newRow("EAN-8") << u"73513537"_s << true;
    QTest::newRow("EAN-8, wrong check digit") << u"73513530"_s << false;
    QTest::newRow("UPC-A") << u"036000291452"_s << true;
    QTest::newRow("UPC-A, wrong check digit") << u"036000291453"_s << false;
    QTest::newRow("GTIN-14") << u"10012345678902"_s << true;
    QTest::newRow("9 digits") << u"123456789"_s << false;
    QTest::newRow("letters") << u"40063813339A1"_s << false;
    QTest::newRow("spaces inside") << u"4006 381333931"_s << false;
    QTest::newRow("too long") << u"400638133393100"_s << false;
}

void TestMasterDataApi::barcodes()
{
    QFETCH(QString, barcode);
    QFETCH(bool, valid);
    // Another organisation's products never collide with these.
    sql(u"DELETE FROM products WHERE tenant_id = ? AND barcode = ?"_s, {m_f.acme.id, barcode});
    const auto r = createProduct({{u"barcode"_s, barcode}});
    if (valid) {
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json().value(u"barcode"_s).toString(), barcode);
        // Found by the search like the SKU and name.
        const auto found = as(u"buyer"_s)->get("/api/v1/products?q=" + barcode.toUtf8());
        QCOMPARE(found.json().value(u"items"_s).toArray().size(), 1);
    } else {
        QCOMPARE(r.status, 422);
        QVERIFY2(fieldsOf(r).size() == 1 && fieldsOf(r).first().startsWith(u"barcode:"_s), r.body.constData());
    }
}

void TestMasterDataApi::barcodeUniqueAndChangeable()
{
    const auto first = createProduct({{u"barcode"_s, u"5901234123457"_s}});
    QVERIFY2(first.status == 201, first.body.constData());
    const QString firstSku = first.json().value(u"sku"_s).toString();
    // The same barcode on another product: 422 on barcode naming the product that has it.
    auto r = createProduct({{u"barcode"_s, u"5901234123457"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"barcode:already_used"_s});
    QVERIFY2(r.body.contains(firstSku.toUtf8()), r.body.constData());
    // ... also by PATCH; while a product keeps its own barcode freely.
    const auto second = createProduct({});
    const QByteArray secondPath = "/api/v1/products/" + QByteArray::number(second.json().value(u"id"_s).toInteger());
    r = patch(u"clerk"_s, secondPath, R"({"barcode":"5901234123457"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"barcode:already_used"_s});
    const QByteArray firstPath = "/api/v1/products/" + QByteArray::number(first.json().value(u"id"_s).toInteger());
    r = patch(u"clerk"_s, firstPath, R"({"barcode":"5901234123457","name":"Renamed"})");
    QVERIFY2(r.status == 200, r.body.constData());
    // Cleared, it is free for the other one.
    QCOMPARE(patch(u"clerk"_s, firstPath, R"({"barcode":null})").status, 200);
    r = patch(u"clerk"_s, secondPath, R"({"barcode":"5901234123457"})");
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"barcode"_s).toString(), u"5901234123457"_s);
    // Another organisation may use it.
    const qint64 otherPiece
        = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'pc'"_s, {m_f.other.id}).toLongLong();
    r = as(u"other"_s)->postJson("/api/v1/products", {{u"sku"_s, u"X"_s},
                                                      {u"name"_s, u"X"_s},
                                                      {u"stock_unit_id"_s, otherPiece},
                                                      {u"barcode"_s, u"5901234123457"_s}});
    QCOMPARE(r.status, 201);
    // A SKU taken (in any case) is named the same way.
    r = as(u"clerk"_s)->postJson("/api/v1/products", {{u"sku"_s, firstSku.toLower()},
                                                      {u"name"_s, u"Twin"_s},
                                                      {u"stock_unit_id"_s, m_piece}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"sku:already_used"_s});
}

void TestMasterDataApi::purchaseUnitOfTheStockUnitsCategory()
{
    auto r = createProduct({{u"purchase_unit_id"_s, m_box}});
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"purchase_unit_id"_s).toInteger(), m_box);
    QCOMPARE(r.json().value(u"purchase_unit_symbol"_s).toString(), u"box12"_s);
    const QByteArray path = "/api/v1/products/" + QByteArray::number(r.json().value(u"id"_s).toInteger());
    // Kilograms do not count pieces.
    r = createProduct({{u"purchase_unit_id"_s, m_kilogram}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"purchase_unit_id:wrong_unit_category"_s});
    r = patch(u"clerk"_s, path, "{\"purchase_unit_id\":" + QByteArray::number(m_kilogram) + '}');
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"purchase_unit_id:wrong_unit_category"_s});
    // Nor is another organisation's unit any unit at all.
    const qint64 otherBox
        = sql(u"SELECT id FROM units WHERE tenant_id = ? AND symbol = 'box12'"_s, {m_f.other.id}).toLongLong();
    r = patch(u"clerk"_s, path, "{\"purchase_unit_id\":" + QByteArray::number(otherBox) + '}');
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r), QStringList {u"purchase_unit_id:unknown_unit"_s});
    // Several problems at once are all named.
    r = createProduct({{u"purchase_unit_id"_s, m_kilogram}, {u"barcode"_s, u"123"_s}, {u"standard_cost"_s, u"-1"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldsOf(r).size(), 3);
    // Cleared, the product is bought in its stock unit.
    r = patch(u"clerk"_s, path, R"({"purchase_unit_id":null})");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.json().value(u"purchase_unit_id"_s).isNull());
}

void TestMasterDataApi::deleteNeedsIfMatchAndIsAudited()
{
    const auto created = createProduct({});
    const qint64 id = created.json().value(u"id"_s).toInteger();
    const QByteArray path = "/api/v1/products/" + QByteArray::number(id);
    auto clerk = as(u"clerk"_s);
    QCOMPARE(clerk->request("DELETE", path).status, 428);
    QCOMPARE(clerk->request("DELETE", path, {{"If-Match", "\"7\""}}).status, 412);
    // A buyer may not delete products (inventory.edit).
    QCOMPARE(as(u"buyer"_s)->request("DELETE", path, {{"If-Match", "\"1\""}}).status, 403);
    QCOMPARE(clerk->request("DELETE", path, {{"If-Match", "\"1\""}}).status, 204);
    QCOMPARE(clerk->get(path).status, 404);
    QCOMPARE(clerk->request("DELETE", path, {{"If-Match", "\"1\""}}).status, 404);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'product' AND entity_id = ? AND action = 'delete'"_s,
                 {id})
                 .toInt(),
             1);
    // A supplier with only its prices goes with them.
    auto buyer = as(u"buyer"_s);
    const auto supplier = buyer->postJson("/api/v1/suppliers", {{u"code"_s, u"DEL"_s}, {u"name"_s, u"Gone"_s},
                                                                {u"currency"_s, u"EUR"_s}});
    QCOMPARE(supplier.status, 201);
    const qint64 supplierId = supplier.json().value(u"id"_s).toInteger();
    const qint64 product = createProduct({}).json().value(u"id"_s).toInteger();
    const auto price = buyer->postJson("/api/v1/supplier-prices", {{u"supplier_id"_s, supplierId},
                                                                   {u"product_id"_s, product},
                                                                   {u"unit_id"_s, m_piece},
                                                                   {u"currency"_s, u"EUR"_s},
                                                                   {u"unit_price"_s, u"2.50"_s}});
    QVERIFY2(price.status == 201, price.body.constData());
    const QByteArray pricePath = "/api/v1/supplier-prices/" + QByteArray::number(price.json().value(u"id"_s).toInteger());
    QCOMPARE(remove(u"buyer"_s, "/api/v1/suppliers/" + QByteArray::number(supplierId)).status, 204);
    QCOMPARE(buyer->get(pricePath).status, 404);
    // A supplier price on its own.
    const auto second = buyer->postJson("/api/v1/suppliers", {{u"code"_s, u"DEL2"_s}, {u"name"_s, u"Kept"_s},
                                                              {u"currency"_s, u"EUR"_s}});
    const auto price2 = buyer->postJson("/api/v1/supplier-prices",
                                        {{u"supplier_id"_s, second.json().value(u"id"_s).toInteger()},
                                         {u"product_id"_s, product},
                                         {u"unit_id"_s, m_piece},
                                         {u"currency"_s, u"EUR"_s},
                                         {u"unit_price"_s, u"3"_s}});
    const QByteArray price2Path
        = "/api/v1/supplier-prices/" + QByteArray::number(price2.json().value(u"id"_s).toInteger());
    QCOMPARE(remove(u"buyer"_s, price2Path).status, 204);
    QCOMPARE(buyer->get(price2Path).status, 404);
    QCOMPARE(buyer->get("/api/v1/suppliers/" + QByteArray::number(second.json().value(u"id"_s).toInteger())).status,
             200);
}

void TestMasterDataApi::deleteRefusedNamesWhatRefers()
{
    auto buyer = as(u"buyer"_s);
    const auto supplier = buyer->postJson("/api/v1/suppliers", {{u"code"_s, u"USED"_s}, {u"name"_s, u"Used"_s},
                                                                {u"currency"_s, u"EUR"_s}});
    const qint64 supplierId = supplier.json().value(u"id"_s).toInteger();
    const qint64 product = createProduct({{u"preferred_supplier_id"_s, supplierId}}).json().value(u"id"_s).toInteger();
    const QByteArray supplierPath = "/api/v1/suppliers/" + QByteArray::number(supplierId);
    const QByteArray productPath = "/api/v1/products/" + QByteArray::number(product);

    // The product names it as preferred supplier.
    auto r = remove(u"buyer"_s, supplierPath);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"in_use"_s);
    QCOMPARE(fieldsOf(r), QStringList {u"products:in_use"_s});

    // An order for the product: the supplier has orders, the product order lines.
    const auto order = buyer->postJson(
        "/api/v1/purchase-orders",
        {{u"supplier_id"_s, supplierId},
         {u"warehouse_id"_s, m_warehouse},
         {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, product}, {u"quantity"_s, u"2"_s},
                                               {u"unit_price"_s, u"1"_s}}}}});
    QVERIFY2(order.status == 201, order.body.constData());
    r = remove(u"buyer"_s, supplierPath);
    QCOMPARE(r.status, 409);
    QStringList fields = fieldsOf(r);
    fields.sort();
    QCOMPARE(fields, (QStringList {u"products:in_use"_s, u"purchase_orders:in_use"_s}));
    QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"purchase orders (1)"_s), r.body.constData());
    r = remove(u"clerk"_s, productPath);
    QCOMPARE(r.status, 409);
    QCOMPARE(fieldsOf(r), QStringList {u"purchase_order_lines:in_use"_s});

    // Stock moves keep a product too.
    const qint64 moved = createProduct({}).json().value(u"id"_s).toInteger();
    const qint64 storage
        = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND kind = 'storage'"_s, {m_f.acme.id}).toLongLong();
    QCOMPARE(as(u"clerk"_s)
                 ->postJson("/api/v1/stock-adjustments", {{u"product_id"_s, moved},
                                                          {u"location_id"_s, storage},
                                                          {u"counted"_s, u"4"_s},
                                                          {u"note"_s, u"count"_s}})
                 .status,
             201);
    r = remove(u"clerk"_s, "/api/v1/products/" + QByteArray::number(moved));
    QCOMPARE(r.status, 409);
    QCOMPARE(fieldsOf(r), QStringList {u"stock_moves:in_use"_s});
    // Units in use by products, order lines or prices.
    r = remove(u"clerk"_s, "/api/v1/units/" + QByteArray::number(m_piece));
    QCOMPARE(r.status, 409);
    QVERIFY2(fieldsOf(r).contains(u"products:in_use"_s), r.body.constData());
    QVERIFY2(fieldsOf(r).contains(u"purchase_order_lines:in_use"_s), r.body.constData());
    // An unused unit may go.
    const qint64 category = sql(u"SELECT category_id FROM units WHERE id = ?"_s, {m_piece}).toLongLong();
    const auto pack = as(u"clerk"_s)->postJson("/api/v1/units", {{u"category_id"_s, category},
                                                                 {u"name"_s, u"Pack of 6"_s},
                                                                 {u"symbol"_s, u"pk6"_s},
                                                                 {u"factor"_s, u"6"_s}});
    QVERIFY2(pack.status == 201, pack.body.constData());
    QCOMPARE(remove(u"clerk"_s, "/api/v1/units/" + QByteArray::number(pack.json().value(u"id"_s).toInteger())).status,
             204);
    // Refused deletes left everything in place.
    QCOMPARE(buyer->get(supplierPath).status, 200);
    QCOMPARE(buyer->get(productPath).status, 200);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'supplier' AND entity_id = ? AND action = 'delete'"_s,
                 {supplierId})
                 .toInt(),
             0);
}

void TestMasterDataApi::deleteWarehousesAndLocations()
{
    auto clerk = as(u"clerk"_s);
    // The main warehouse has orders and moves (earlier cases) or not: either
    // way its only receiving location stays while it exists.
    const qint64 receiving = sql(u"SELECT id FROM locations WHERE tenant_id = ? AND warehouse_id = ? "
                                 "AND kind = 'receiving'"_s,
                                 {m_f.acme.id, m_warehouse})
                                 .toLongLong();
    auto r = remove(u"clerk"_s, "/api/v1/locations/" + QByteArray::number(receiving));
    QCOMPARE(r.status, 409);
    QVERIFY2(r.json().value(u"code"_s).toString() == u"last_receiving_location"_s
                 || r.json().value(u"code"_s).toString() == u"in_use"_s,
             r.body.constData());

    const auto warehouse = clerk->postJson("/api/v1/warehouses", {{u"code"_s, u"W2"_s}, {u"name"_s, u"Second"_s}});
    QCOMPARE(warehouse.status, 201);
    const qint64 w = warehouse.json().value(u"id"_s).toInteger();
    const auto location = [&](const char *code, const char *kind) {
        const auto l = clerk->postJson("/api/v1/locations", {{u"warehouse_id"_s, w},
                                                             {u"code"_s, QLatin1String(code)},
                                                             {u"name"_s, QLatin1String(code)},
                                                             {u"kind"_s, QLatin1String(kind)}});
        return l.json().value(u"id"_s).toInteger();
    };
    const qint64 recv = location("R", "receiving");
    const qint64 shelf = location("S", "storage");
    const qint64 shelf2 = location("S2", "storage");
    QCOMPARE(remove(u"clerk"_s, "/api/v1/locations/" + QByteArray::number(recv)).json().value(u"code"_s).toString(),
             u"last_receiving_location"_s);
    QCOMPARE(remove(u"clerk"_s, "/api/v1/locations/" + QByteArray::number(shelf2)).status, 204);
    // Stock moved through a location keeps it, and its warehouse.
    const qint64 product = createProduct({}).json().value(u"id"_s).toInteger();
    QCOMPARE(clerk->postJson("/api/v1/stock-adjustments", {{u"product_id"_s, product},
                                                           {u"location_id"_s, shelf},
                                                           {u"counted"_s, u"1"_s},
                                                           {u"note"_s, u"count"_s}})
                 .status,
             201);
    r = remove(u"clerk"_s, "/api/v1/locations/" + QByteArray::number(shelf));
    QCOMPARE(r.status, 409);
    QCOMPARE(fieldsOf(r), QStringList {u"stock_moves:in_use"_s});
    r = remove(u"clerk"_s, "/api/v1/warehouses/" + QByteArray::number(w));
    QCOMPARE(r.status, 409);
    QCOMPARE(fieldsOf(r), QStringList {u"stock_moves:in_use"_s});
    // A warehouse nothing ever used goes with its locations.
    const auto empty = clerk->postJson("/api/v1/warehouses", {{u"code"_s, u"W3"_s}, {u"name"_s, u"Empty"_s}});
    const qint64 e = empty.json().value(u"id"_s).toInteger();
    clerk->postJson("/api/v1/locations", {{u"warehouse_id"_s, e}, {u"code"_s, u"R"_s}, {u"name"_s, u"R"_s},
                                          {u"kind"_s, u"receiving"_s}});
    QCOMPARE(sql(u"SELECT count(*) FROM locations WHERE warehouse_id = ?"_s, {e}).toInt(), 1);
    QCOMPARE(remove(u"clerk"_s, "/api/v1/warehouses/" + QByteArray::number(e)).status, 204);
    QCOMPARE(sql(u"SELECT count(*) FROM locations WHERE warehouse_id = ?"_s, {e}).toInt(), 0);
    // The main warehouse has purchase orders.
    r = remove(u"clerk"_s, "/api/v1/warehouses/" + QByteArray::number(m_warehouse));
    QCOMPARE(r.status, 409);
    QVERIFY2(fieldsOf(r).contains(u"purchase_orders:in_use"_s), r.body.constData());
}

void TestMasterDataApi::importProductsDryRunAndAllOrNothing()
{
    as(u"buyer"_s)->postJson("/api/v1/suppliers", {{u"code"_s, u"ACME-S"_s}, {u"name"_s, u"Supplier"_s},
                                                   {u"currency"_s, u"EUR"_s}});
    const qint64 before = sql(u"SELECT count(*) FROM products WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong();
    const QByteArray bad = "sku,name,stock_unit,purchase_unit,barcode,standard_cost,preferred_supplier\n"
                           "IMP-1,Good one,pc,box12,96385074,1.50,acme-s\n"        // line 2: fine
                           "IMP-2,Bad digit,pc,,96385075,,\n"                       // 3: check digit
                           "IMP-3,Wrong unit,pc,kg,,,\n"                            // 4: category
                           "imp-1,Twin,pc,,,,\n"                                    // 5: SKU twice in the file
                           "IMP-5,No unit,litre,,,,\n"                              // 6: unknown unit
                           "IMP-6,Nobody,pc,,,,NOPE\n"                              // 7: unknown supplier
                           "IMP-7,,pc,,,,\n";                                       // 8: name required
    auto r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true", bad);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"rows"_s).toInt(), 7);
    QCOMPARE(r.json().value(u"valid"_s).toBool(), false);
    QStringList errors;
    for (const auto &e : r.json().value(u"errors"_s).toArray())
        errors << e.toObject().value(u"field"_s).toString() + u':' + e.toObject().value(u"code"_s).toString();
    QCOMPARE(errors, (QStringList {u"rows[3].barcode:invalid_barcode"_s, u"rows[4].purchase_unit:wrong_unit_category"_s,
                                   u"rows[5].sku:duplicate_in_file"_s, u"rows[6].stock_unit:unknown_unit"_s,
                                   u"rows[7].preferred_supplier:unknown_supplier"_s, u"rows[8].name:required"_s}));
    // Imported for real: 422 with the same errors, nothing written.
    r = upload(u"clerk"_s, "/api/v1/products/import", bad);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray().size(), 6);
    QCOMPARE(sql(u"SELECT count(*) FROM products WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong(), before);

    const QByteArray good = "SKU;Name;Stock_Unit;Purchase_Unit;Barcode;Reorder_Point;Is_Active\r\n"
                            "IMP-1;\"Washer; zinc\";pc;box12;96385074;12.5;true\r\n"
                            "IMP-2;Bolt;pc;;;;false\r\n";
    r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true", good);
    QVERIFY2(r.status == 200 && r.json().value(u"valid"_s).toBool(), r.body.constData());
    r = upload(u"clerk"_s, "/api/v1/products/import", good);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"imported"_s).toInt(), 2);
    const qint64 first = r.json().value(u"ids"_s).toArray().at(0).toInteger();
    const auto read = as(u"buyer"_s)->get("/api/v1/products/" + QByteArray::number(first));
    QCOMPARE(read.json().value(u"name"_s).toString(), u"Washer; zinc"_s);
    QCOMPARE(read.json().value(u"barcode"_s).toString(), u"96385074"_s);
    QCOMPARE(read.json().value(u"purchase_unit_id"_s).toInteger(), m_box);
    QCOMPARE(read.json().value(u"reorder_point"_s).toString(), u"12.500"_s);
    QCOMPARE(read.json().value(u"standard_cost"_s).toString(), u"0.0000"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE entity = 'product' AND action = 'import' AND tenant_id = ?"_s,
                 {m_f.acme.id})
                 .toInt(),
             2);
    // Again: the SKUs and the barcode are taken now.
    r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true", good);
    QCOMPARE(fieldsOf(r), (QStringList {u"rows[2].sku:already_used"_s, u"rows[2].barcode:already_used"_s,
                                        u"rows[3].sku:already_used"_s}));
    // What the import refuses to read.
    QCOMPARE(as(u"clerk"_s)->postJson("/api/v1/products/import", {{u"sku"_s, u"x"_s}}).status, 415);
    QCOMPARE(upload(u"clerk"_s, "/api/v1/products/import?dry_run=maybe", good).status, 400);
    QCOMPARE(upload(u"clerk"_s, "/api/v1/products/import?tenant_id=1", good).status, 400);
    QCOMPARE(upload(u"buyer"_s, "/api/v1/products/import", good).status, 403);
    r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true", "sku,name\nA,B\n");
    QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"missing_column"_s);
    r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true",
               QByteArray("sku,name,stock_unit\nA,") + '\0' + QByteArray("B,pc\n"));
    QVERIFY2(fieldsOf(r) == QStringList {u"rows[2].name:invalid_character"_s}, r.body.constData());
    r = upload(u"clerk"_s, "/api/v1/products/import?dry_run=true", "sku,name,stock_unit\nA,\xff,pc\n");
    QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"invalid_encoding"_s);
}

void TestMasterDataApi::importSuppliersAndExport()
{
    const QByteArray csv = "code,name,currency,email,lead_time_days,payment_terms\n"
                           "IMP-A,\"Alpha, Ltd\",EUR,alpha@example.com,5,30 days net\n"
                           "IMP-B,Beta,CHF,,,\n";
    auto r = upload(u"buyer"_s, "/api/v1/suppliers/import?dry_run=true", csv);
    QVERIFY2(r.status == 200 && r.json().value(u"valid"_s).toBool(), r.body.constData());
    QCOMPARE(sql(u"SELECT count(*) FROM suppliers WHERE code LIKE 'IMP-%'"_s).toInt(), 0);
    r = upload(u"buyer"_s, "/api/v1/suppliers/import", csv);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"imported"_s).toInt(), 2);
    QCOMPARE(sql(u"SELECT lead_time_days FROM suppliers WHERE code = 'IMP-B'"_s).toInt(), 0);
    // Taken codes, bad currencies and emails, and a clerk, are refused.
    r = upload(u"buyer"_s, "/api/v1/suppliers/import?dry_run=true",
               "code,name,currency,email\nimp-a,Again,EUR,\nIMP-C,C,EURO,\nIMP-D,D,EUR,not-an-email\n");
    QStringList errors;
    for (const auto &e : r.json().value(u"errors"_s).toArray())
        errors << e.toObject().value(u"field"_s).toString() + u':' + e.toObject().value(u"code"_s).toString();
    QCOMPARE(errors, (QStringList {u"rows[2].code:already_used"_s, u"rows[3].currency:unknown_currency"_s,
                                   u"rows[4].email:invalid_email"_s}));
    QCOMPARE(upload(u"clerk"_s, "/api/v1/suppliers/import", csv).status, 403);

    // The export: a header, then one line per supplier, quoted where needed.
    const auto exported = as(u"buyer"_s)->get("/api/v1/suppliers?q=IMP-&sort=code", {{"Accept", "text/csv"}});
    QCOMPARE(exported.status, 200);
    const QList<QByteArray> lines = exported.body.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    // After the byte order mark spreadsheets look for.
    QVERIFY2(lines.at(0).startsWith("\xef\xbb\xbfid,code,name"), lines.at(0).constData());
    QVERIFY2(lines.at(1).contains("IMP-A,\"Alpha, Ltd\""), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("IMP-B,Beta"), lines.at(2).constData());
    const auto products = as(u"buyer"_s)->get("/api/v1/products?q=IMP-&sort=sku", {{"Accept", "text/csv"}});
    QCOMPARE(products.status, 200);
    QVERIFY2(products.body.contains("96385074"), products.body.constData());
    // Another organisation's export has none of them.
    const auto theirs = as(u"other"_s)->get("/api/v1/suppliers", {{"Accept", "text/csv"}});
    QVERIFY(!theirs.body.contains("IMP-A"));
}

void TestMasterDataApi::importCaps()
{
    // 65 columns: one error, naming the known ones.
    QByteArray header = "code,name,currency";
    for (int i = 0; i < 62; ++i)
        header += ",x" + QByteArray::number(i);
    auto r = upload(u"buyer"_s, "/api/v1/suppliers/import?dry_run=true", header + "\n");
    QCOMPARE(r.json().value(u"error_count"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"too_many_columns"_s);
    // 10,001 rows: refused as a whole, at the first row too many.
    QByteArray rows = "code,name,currency\n";
    for (int i = 0; i <= 10'000; ++i)
        rows += "C" + QByteArray::number(i) + ",N,EUR\n";
    r = upload(u"buyer"_s, "/api/v1/suppliers/import?dry_run=true", rows);
    QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"too_many_rows"_s);
    QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"line"_s).toInt(), 10'002);
    // Many bad rows: 200 listed, the rest counted.
    QByteArray bad = "code,name,currency\n";
    for (int i = 0; i < 500; ++i)
        bad += "B" + QByteArray::number(i) + ",N,XXX\n";
    r = upload(u"buyer"_s, "/api/v1/suppliers/import?dry_run=true", bad);
    QCOMPARE(r.json().value(u"error_count"_s).toInt(), 500);
    QCOMPARE(r.json().value(u"errors"_s).toArray().size(), 200);
    QCOMPARE(r.json().value(u"errors_not_listed"_s).toInt(), 300);
    r = upload(u"buyer"_s, "/api/v1/suppliers/import", bad);
    QCOMPARE(r.status, 422);
    QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"300 more"_s), r.body.constData());
    QCOMPARE(sql(u"SELECT count(*) FROM suppliers WHERE code LIKE 'B%' AND tenant_id = ?"_s, {m_f.acme.id}).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMasterDataApi)
#include "tst_masterdataapi.moc"
