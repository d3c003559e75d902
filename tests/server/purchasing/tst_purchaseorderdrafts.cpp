// Creating draft orders: defaults filled in (currency and lead time from the
// supplier, purchase unit, best listed price for the quantity, the
// organisation's tax rate, standard cost in the base currency), quantities
// converted exactly to the stock unit, amounts computed by the shared rules
// (PROCUREMENT.md figures typed in), the next number taken in the same
// transaction (a refused draft uses none), refusals naming the field, and
// lines replaced only while the order is a draft.
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/InvalidPurchaseOrder.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderDrafts.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace {

const QString Superuser = u"drafts-superuser"_s;

Decimal d(QStringView text)
{
    return *Decimal::parse(text);
}

DraftLine line(qint64 product, const QString &quantity, std::optional<QString> price = {},
               std::optional<QString> tax = {}, qint64 unit = 0)
{
    DraftLine l;
    l.productId = product;
    l.unitId = unit;
    l.quantity = d(quantity);
    if (price)
        l.unitPrice = d(*price);
    if (tax)
        l.taxRate = d(*tax);
    return l;
}

} // namespace

class tst_PurchaseOrderDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void defaultsComeFromSupplierPriceListAndSettings();
    void documentFiguresAreStored();
    void standardCostInTheBaseCurrency();
    void refusalsNameTheField_data();
    void refusalsNameTheField();
    void aRefusedDraftUsesNoNumber();
    void linesChangeOnlyInDraft();

private:
    PurchaseOrderDrafts::Created create(const DraftHeader &header, const QList<DraftLine> &lines);
    QString refusal(const DraftHeader &header, const QList<DraftLine> &lines);
    DraftHeader header(qint64 supplier = 0) const;

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_usd = 0; // supplier in USD, 14 days lead time
    qint64 m_eur = 0; // supplier in EUR
    qint64 m_cups = 0; // pieces, bought in boxes of 12, listed by m_usd
    qint64 m_pens = 0; // pieces, standard cost 0.35, not listed
    qint64 m_boxed = 0; // kept in boxes
};

void tst_PurchaseOrderDrafts::initTestCase()
{
    m_config = TestDatabase::create(u"drafts"_s);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"drafting"_s);
    m_usd = createSupplier(m_su, m_t, u"USD1"_s, u"USD"_s);
    suScalar(m_su, u"UPDATE suppliers SET lead_time_days = 14 WHERE id = ?"_s, {m_usd});
    m_eur = createSupplier(m_su, m_t, u"EUR1"_s, u"EUR"_s);
    suScalar(m_su, u"UPDATE organisation_settings SET default_tax_rate = 19 WHERE tenant_id = ?"_s, {m_t.tenantId});
    m_cups = createProduct(m_su, m_t, u"CUP"_s, m_t.pieceUnit, m_t.boxUnit);
    m_pens = createProduct(m_su, m_t, u"PEN"_s);
    suScalar(m_su, u"UPDATE products SET standard_cost = 0.35 WHERE id = ?"_s, {m_pens});
    m_boxed = suId(m_su,
                   u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id) "
                   "VALUES (?, 'BOXED', 'Boxed', ?, ?) RETURNING id"_s,
                   {m_t.tenantId, m_t.countCategory, m_t.boxUnit});
    for (const auto &[minimum, price] : {std::pair {"1", "10.00"}, std::pair {"10", "9.50"}, std::pair {"50", "9.75"}})
        suScalar(m_su,
                 u"INSERT INTO supplier_prices (tenant_id, supplier_id, product_id, unit_id, currency, min_quantity, "
                 "unit_price) VALUES (?, ?, ?, ?, 'USD', ?::numeric, ?::numeric)"_s,
                 {m_t.tenantId, m_usd, m_cups, m_t.boxUnit, QLatin1String(minimum), QLatin1String(price)});
}

void tst_PurchaseOrderDrafts::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

DraftHeader tst_PurchaseOrderDrafts::header(qint64 supplier) const
{
    DraftHeader h;
    h.supplierId = supplier ? supplier : m_usd;
    h.warehouseId = m_t.warehouseId;
    h.orderDate = QDate(2026, 6, 1);
    return h;
}

PurchaseOrderDrafts::Created tst_PurchaseOrderDrafts::create(const DraftHeader &header, const QList<DraftLine> &lines)
{
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, m_t.userId);
    const auto created = PurchaseOrderDrafts(m_t.tenantId, m_t.userId).create(header, lines);
    tx.commit();
    return created;
}

QString tst_PurchaseOrderDrafts::refusal(const DraftHeader &header, const QList<DraftLine> &lines)
{
    try {
        create(header, lines);
    } catch (const InvalidPurchaseOrder &e) {
        return e.field() + u' ' + e.code();
    }
    return u"accepted"_s;
}

void tst_PurchaseOrderDrafts::defaultsComeFromSupplierPriceListAndSettings()
{
    // 12 boxes reach the 10-box tier (9.50; the 50-box tier is dearer and
    // not reached anyway): 114.00 + 19 % = 21.66 tax, 135.66.
    const auto created = create(header(), {line(m_cups, u"12"_s), line(m_cups, u"5"_s)});
    QCOMPARE(created.number, u"PO-2026-00001"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT currency || ' ' || expected_date::text || ' ' || subtotal::text || ' ' || "
                      "tax_total::text || ' ' || total::text || ' ' || state FROM purchase_orders WHERE id = ?"_s,
                      {created.id})
                 .toString(),
             u"USD 2026-06-15 164.000 31.160 195.160 draft"_s);
    QCOMPARE(created.total, d(u"195.16"));
    QSqlQuery q(m_su);
    QVERIFY(
        q.exec(u"SELECT l.position, u.symbol, l.quantity::text, l.stock_quantity::text, l.unit_price::text, "
               "l.tax_rate::text, l.line_net::text, l.line_tax::text, l.description FROM purchase_order_lines l "
               "JOIN units u ON u.id = l.unit_id WHERE l.purchase_order_id = %1 ORDER BY position"_s.arg(created.id)));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u' ');
    }
    // 5 boxes: the 1-box tier, 10.00: 50.00 + 9.50 tax.
    QCOMPARE(rows,
             (QStringList {u"1 box12 12.000 144.000 9.5000 19.00 114.000 21.660 CUP product"_s,
                           u"2 box12 5.000 60.000 10.0000 19.00 50.000 9.500 CUP product"_s}));
}

void tst_PurchaseOrderDrafts::documentFiguresAreStored()
{
    // PROCUREMENT.md: 1 × 0.05 @ 10, three such lines: 0.15, 0.03, 0.18.
    DraftHeader h = header(m_eur);
    const auto created = create(h,
                                {line(m_pens, u"1"_s, u"0.05"_s, u"10"_s), line(m_pens, u"1"_s, u"0.05"_s, u"10"_s),
                                 line(m_pens, u"1"_s, u"0.05"_s, u"10"_s)});
    QCOMPARE(suScalar(m_su,
                      u"SELECT subtotal::text || ' ' || tax_total::text || ' ' || total::text "
                      "FROM purchase_orders WHERE id = ?"_s,
                      {created.id})
                 .toString(),
             u"0.150 0.030 0.180"_s);
    // And the yen case: 3 × 33.3333 @ 10 = 100 + 10 = 110.
    h.currency = u"JPY"_s;
    const auto yen = create(h, {line(m_pens, u"3"_s, u"33.3333"_s, u"10"_s)});
    QCOMPARE(yen.total, d(u"110"));
}

void tst_PurchaseOrderDrafts::standardCostInTheBaseCurrency()
{
    // EUR is the base currency; pens are kept and ordered in pieces.
    const auto created = create(header(m_eur), {line(m_pens, u"10"_s)});
    QCOMPARE(
        suScalar(m_su, u"SELECT unit_price::text FROM purchase_order_lines WHERE purchase_order_id = ?"_s, {created.id})
            .toString(),
        u"0.3500"_s);
    QCOMPARE(created.total, d(u"4.17")); // 3.50 + 0.665 -> 0.67
}

void tst_PurchaseOrderDrafts::refusalsNameTheField_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown supplier") << 0 << u"supplier_id unknown_supplier"_s;
    QTest::newRow("inactive supplier") << 1 << u"supplier_id inactive_supplier"_s;
    QTest::newRow("unknown warehouse") << 2 << u"warehouse_id unknown_warehouse"_s;
    QTest::newRow("expected before ordered") << 3 << u"expected_date before_order_date"_s;
    QTest::newRow("unknown currency") << 4 << u"currency unknown_currency"_s;
    QTest::newRow("unknown product") << 5 << u"lines[0].product_id unknown_product"_s;
    QTest::newRow("unit of another category") << 6 << u"lines[1].unit_id unit_not_of_product"_s;
    QTest::newRow("no listed price in USD") << 7 << u"lines[0].unit_price unit_price_required"_s;
    QTest::newRow("a twelfth of a box") << 8 << u"lines[0].quantity not_exact_in_stock_unit"_s;
    QTest::newRow("zero quantity") << 9 << u"lines[0].quantity quantity_not_positive"_s;
    QTest::newRow("line above the maximum") << 10 << u"lines[0].quantity line_amount_too_large"_s;
    QTest::newRow("negative price") << 11 << u"lines[0].unit_price unit_price_negative"_s;
    QTest::newRow("tax above 100") << 12 << u"lines[0].tax_rate tax_rate_out_of_range"_s;
}

void tst_PurchaseOrderDrafts::refusalsNameTheField()
{
    QFETCH(int, which);
    QFETCH(QString, expected);
    DraftHeader h = header(m_eur);
    QList<DraftLine> lines {line(m_pens, u"1"_s)};
    switch (which) {
    case 0:
        h.supplierId = 999'999'999;
        break;
    case 1: {
        const qint64 dormant = createSupplier(m_su, m_t, u"DORMANT"_s);
        suScalar(m_su, u"UPDATE suppliers SET is_active = false WHERE id = ?"_s, {dormant});
        h.supplierId = dormant;
        break;
    }
    case 2:
        h.warehouseId = 999'999'999;
        break;
    case 3:
        h.expectedDate = h.orderDate.addDays(-1);
        break;
    case 4:
        h.currency = u"EUO"_s;
        break;
    case 5:
        lines = {line(999'999'999, u"1"_s)};
        break;
    case 6:
        lines << line(m_pens, u"1"_s, {}, {}, m_t.kilogramUnit);
        break;
    case 7:
        h = header(m_usd);
        break;
    case 8:
        lines = {line(m_boxed, u"1"_s, u"1"_s, {}, m_t.pieceUnit)};
        break;
    case 9:
        lines = {line(m_pens, u"0"_s)};
        break;
    case 10:
        lines = {line(m_pens, u"99999999999.999"_s, u"9999999999.9999"_s)};
        break;
    case 11:
        lines = {line(m_pens, u"1"_s, u"-1"_s)};
        break;
    case 12:
        lines = {line(m_pens, u"1"_s, u"1"_s, u"100.5"_s)};
        break;
    }
    QCOMPARE(refusal(h, lines), expected);
}

void tst_PurchaseOrderDrafts::aRefusedDraftUsesNoNumber()
{
    DraftHeader h = header(m_eur);
    h.orderDate = QDate(2031, 1, 1);
    QCOMPARE(create(h, {line(m_pens, u"1"_s)}).number, u"PO-2031-00001"_s);
    QCOMPARE(refusal(h, {line(m_pens, u"1"_s, u"-1"_s)}), u"lines[0].unit_price unit_price_negative"_s);
    QCOMPARE(create(h, {line(m_pens, u"1"_s)}).number, u"PO-2031-00002"_s);
}

void tst_PurchaseOrderDrafts::linesChangeOnlyInDraft()
{
    const auto created = create(header(m_eur), {line(m_pens, u"1"_s, u"1"_s, u"0"_s)});
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_t.tenantId, m_t.userId);
        const Decimal total
            = PurchaseOrderDrafts(m_t.tenantId, m_t.userId)
                  .replaceLines(created.id,
                                {line(m_pens, u"2"_s, u"2.5"_s, u"0"_s), line(m_pens, u"1"_s, u"1"_s, u"0"_s)});
        tx.commit();
        QCOMPARE(total, d(u"6"));
    }
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) || ' ' || sum(line_net)::text FROM purchase_order_lines "
                      "WHERE purchase_order_id = ?"_s,
                      {created.id})
                 .toString(),
             u"2 6.000"_s);
    suScalar(m_su, u"UPDATE purchase_orders SET state = 'submitted' WHERE id = ?"_s, {created.id});
    try {
        Transaction tx(Database::connection());
        tx.setTenant(m_t.tenantId, m_t.userId);
        PurchaseOrderDrafts(m_t.tenantId, m_t.userId).replaceLines(created.id, {line(m_pens, u"9"_s, u"1"_s)});
        QFAIL("changed the lines of a submitted order");
    } catch (const PurchaseOrderConflict &e) {
        QCOMPARE(e.currentState(), u"submitted"_s);
    }
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM purchase_order_lines WHERE purchase_order_id = ?"_s, {created.id})
                 .toInt(),
             2);
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderDrafts)
#include "tst_purchaseorderdrafts.moc"
