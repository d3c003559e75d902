#include "server/purchasing/PurchasingModule.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/inventory/IncomingStock.h"
#include "server/inventory/StockMoveReferences.h"
#include "server/inventory/StockLedger.h"
#include "server/purchasing/ApprovalRuleRoutes.h"
#include "server/purchasing/PurchaseOrderApproval.h"
#include "server/purchasing/PurchaseOrderDrafts.h"
#include "server/purchasing/PurchaseOrderLifecycle.h"
#include "server/purchasing/PurchaseOrderReceiving.h"
#include "server/purchasing/PurchasingRoutes.h"

#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;

namespace {

qint64 idOf(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = Database::exec(sql, values);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

QString PurchasingModule::name() const
{
    return QStringLiteral("purchasing");
}

void PurchasingModule::registerRoutes(Router &router) const
{
    registerPurchasingRoutes(router);
    // What inventory shows as incoming: per product, over every warehouse,
    // the part of approved or ordered lines not yet received and not closed
    // short, converted to the stock unit by the line's own exact ratio
    // (stock_quantity / quantity). Per product rather than per receiving
    // location, because the reorder point is per product and an order's
    // goods may be put away anywhere after receipt.
    IncomingStock::setSource(QStringLiteral(
        "(SELECT coalesce(sum(round((ol.quantity - ol.received_quantity) * ol.stock_quantity / ol.quantity, 3)), 0) "
        "FROM purchase_order_lines ol JOIN purchase_orders o ON o.id = ol.purchase_order_id "
        "WHERE ol.product_id = %1 AND o.state IN ('approved', 'ordered', 'partially_received') "
        "AND ol.closed_short_at IS NULL AND ol.received_quantity < ol.quantity)"));
    // Receipts are booked with reference "purchase_order": the stock ledger
    // shows the order's number.
    StockMoveReferences::setLabelSource(QStringLiteral("purchase_order"),
                                        QStringLiteral("(SELECT number FROM purchase_orders WHERE id = %1)"));
    registerApprovalRuleRoutes(router);
}

void PurchasingModule::provisionTenant(qint64 tenantId, Transaction &) const
{
    // Settings, units, the main warehouse with its receiving and storage
    // locations and the approval bands of PROCUREMENT.md, in SQL (migration
    // 0011) so that the migration gives existing organisations the same.
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT procurement_provision_tenant(?)"), {tenantId});
    q.finish();
}

// Three suppliers, five products with stock, and one order in each of the
// states a buyer meets first (draft, submitted, approved, ordered, partially
// received). Orders go through the same services as the API, so their totals,
// numbers, approvals and stock moves are what real use would give.
void PurchasingModule::seedDemoData(const DemoTenant &demo, Transaction &) const
{
    const qint64 buyer = demo.userIdByRole.value(QStringLiteral("purchaser"), demo.adminId);
    const qint64 manager = demo.userIdByRole.value(QStringLiteral("manager"), demo.adminId);
    const qint64 clerk = demo.userIdByRole.value(QStringLiteral("warehouse_clerk"), demo.adminId);
    const qint64 t = demo.tenantId;

    Database::exec(QStringLiteral("UPDATE organisation_settings SET default_tax_rate = 19, "
                                  "address = 'Harbour Road 1, Hamburg', tax_id = 'DE123456789'"))
        .finish();
    Database::exec(
        QStringLiteral(
            "INSERT INTO suppliers (tenant_id, code, name, contact_person, email, phone, currency, payment_terms, "
            "lead_time_days, created_by) SELECT ?, s.code, s.name, s.contact, s.email, s.phone, 'EUR', s.terms, "
            "s.lead, ? FROM (VALUES "
            "('ACME', 'Acme Industrial Supply GmbH', 'Lena Vogt', 'orders@acme-supply.example', '+49 30 555 0100', "
            "'30 days net', 5), "
            "('PACK', 'Packwell Verpackungen KG', 'Tom Richter', 'sales@packwell.example', '+49 40 555 0120', "
            "'14 days 2 %, 30 days net', 3), "
            "('OFFI', 'Officia Bürobedarf', 'Ines Kurz', 'service@officia.example', '+49 89 555 0130', "
            "'Prepayment', 2)) AS s(code, name, contact, email, phone, terms, lead)"),
        {t, demo.adminId})
        .finish();
    Database::exec(
        QStringLiteral(
            "INSERT INTO products (tenant_id, sku, barcode, name, category, unit_category_id, stock_unit_id, "
            "purchase_unit_id, standard_cost, reorder_point, reorder_quantity, preferred_supplier_id, created_by) "
            "SELECT ?, p.sku, p.barcode, p.name, p.category, u.category_id, u.id, "
            "(SELECT id FROM units WHERE symbol = p.purchase_unit), p.cost::numeric, p.reorder::numeric, "
            "p.reorder_qty::numeric, (SELECT id FROM suppliers WHERE code = p.supplier), ? FROM (VALUES "
            "('BOLT-M8', '4006381333931', 'Hex bolt M8 x 40', 'Fasteners', 'pc', 'box12', '0.4500', '200', '600', "
            "'ACME'), "
            "('GLOVE-L', '4012345678901', 'Work gloves, size L', 'Safety', 'pc', NULL, '3.9000', '20', '50', "
            "'ACME'), "
            "('BOX-40', '4098765432109', 'Shipping carton 40 x 30 x 20', 'Packaging', 'pc', NULL, '0.8500', '100', "
            "'500', 'PACK'), "
            "('TAPE-50', '4011111111112', 'Packing tape 50 mm', 'Packaging', 'pc', 'box12', '2.1000', '24', '72', "
            "'PACK'), "
            "('PAPER-A4', '4022222222223', 'Copy paper A4, 500 sheets', 'Office', 'pc', NULL, '4.2000', '10', '40', "
            "'OFFI')) AS p(sku, barcode, name, category, stock_unit, purchase_unit, cost, reorder, reorder_qty, "
            "supplier) JOIN units u ON u.symbol = p.stock_unit"),
        {t, demo.adminId})
        .finish();
    Database::exec(
        QStringLiteral("INSERT INTO supplier_prices (tenant_id, supplier_id, product_id, unit_id, currency, "
                       "min_quantity, unit_price) SELECT ?, s.id, p.id, u.id, 'EUR', sp.min_qty::numeric, "
                       "sp.price::numeric FROM (VALUES "
                       "('ACME', 'BOLT-M8', 'box12', '1', '5.2000'), ('ACME', 'BOLT-M8', 'box12', '50', '4.8000'), "
                       "('ACME', 'GLOVE-L', 'pc', '1', '3.7500'), ('PACK', 'BOX-40', 'pc', '1', '0.8200'), "
                       "('PACK', 'TAPE-50', 'box12', '1', '24.0000'), ('OFFI', 'PAPER-A4', 'pc', '1', '4.1000')) "
                       "AS sp(supplier, sku, unit, min_qty, price) JOIN suppliers s ON s.code = sp.supplier "
                       "JOIN products p ON p.sku = sp.sku JOIN units u ON u.symbol = sp.unit"),
        {t})
        .finish();

    // Opening stock, counted into the storage location.
    const qint64 warehouse = idOf(QStringLiteral("SELECT id FROM warehouses WHERE code = 'MAIN'"), {});
    const qint64 storage = idOf(
        QStringLiteral("SELECT id FROM locations WHERE warehouse_id = ? AND kind = 'storage' ORDER BY id LIMIT 1"),
        {warehouse});
    auto product = [](const char *sku) {
        return idOf(QStringLiteral("SELECT id FROM products WHERE sku = ?"), {QLatin1String(sku)});
    };
    auto supplier = [](const char *code) {
        return idOf(QStringLiteral("SELECT id FROM suppliers WHERE code = ?"), {QLatin1String(code)});
    };
    StockLedger ledger(t, clerk);
    const struct
    {
        const char *sku;
        const char *quantity;
    } opening[] = {{"BOLT-M8", "480"}, {"GLOVE-L", "12"}, {"BOX-40", "350"}, {"TAPE-50", "60"}, {"PAPER-A4", "25"}};
    for (const auto &o : opening)
        ledger.adjust(product(o.sku), storage, dec(o.quantity), QStringLiteral("Opening stock"));

    auto draft = [&](const char *supplierCode, const QList<QPair<const char *, const char *>> &lines) {
        DraftHeader header;
        header.supplierId = supplier(supplierCode);
        header.warehouseId = warehouse;
        QList<DraftLine> draftLines;
        for (const auto &l : lines) {
            DraftLine line;
            line.productId = product(l.first);
            line.quantity = dec(l.second);
            draftLines << line;
        }
        return PurchaseOrderDrafts(t, buyer).create(header, draftLines).id;
    };
    // Draft: still being put together.
    draft("OFFI", {{"PAPER-A4", "40"}});
    // Submitted, waiting for a manager (above the first band's edge).
    const qint64 waiting = draft("ACME", {{"BOLT-M8", "150"}, {"GLOVE-L", "100"}});
    PurchaseOrderApproval(t, buyer).submit(waiting);
    // Approved by a manager, not yet sent.
    const qint64 approved = draft("PACK", {{"BOX-40", "1000"}, {"TAPE-50", "10"}});
    PurchaseOrderApproval(t, buyer).submit(approved);
    PurchaseOrderApproval(t, manager).approve(approved, QStringLiteral("Fine, we are low on cartons."));
    // Ordered (small enough to be approved by rule).
    const qint64 ordered = draft("ACME", {{"GLOVE-L", "50"}});
    PurchaseOrderApproval(t, buyer).submit(ordered);
    PurchaseOrderLifecycle(t, buyer).order(ordered);
    // Partially received.
    const qint64 partly = draft("PACK", {{"TAPE-50", "6"}});
    PurchaseOrderApproval(t, buyer).submit(partly);
    PurchaseOrderLifecycle(t, buyer).order(partly);
    const qint64 line
        = idOf(QStringLiteral("SELECT id FROM purchase_order_lines WHERE purchase_order_id = ?"), {partly});
    PurchaseOrderReceiving(t, clerk).receive(partly, {{line, dec("2")}}, QStringLiteral("First delivery"));

    AuditLog::record({t,
                      demo.adminId,
                      QStringLiteral("tenant"),
                      t,
                      QStringLiteral("demo_data"),
                      {},
                      QJsonObject {{QStringLiteral("suppliers"), 3},
                                   {QStringLiteral("products"), 5},
                                   {QStringLiteral("purchase_orders"), 5}},
                      {}});
}

} // namespace erp::server
