#include "server/purchasing/PurchasingEntities.h"

#include "server/platform/SqlFragments.h"

namespace erp::server {

namespace {

QString ts(const QString &column)
{
    return isoTimestampSql(column);
}

QString day(const QString &column)
{
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(column);
}

// The header as JSON pairs (without the braces), shared by one order and the
// list. joined: supplier, warehouse and creator names come from the joins of
// orderListJoins() instead of a subquery each.
QString headerPairs(bool joined = false)
{
    const QString supplierName
        = joined ? QStringLiteral("s.name") : QStringLiteral("(SELECT name FROM suppliers WHERE id = po.supplier_id)");
    const QString warehouseName
        = joined ? QStringLiteral("w.name") : QStringLiteral("(SELECT name FROM warehouses WHERE id = po.warehouse_id)");
    const QString creatorName = joined ? QStringLiteral("cu.display_name")
                                       : QStringLiteral("(SELECT display_name FROM users WHERE id = po.created_by)");
    return QStringLiteral("'id', po.id, 'number', po.number, 'state', po.state, 'supplier_id', po.supplier_id, "
                          "'supplier_name', %12, "
                          "'currency', po.currency, 'order_date', %1, 'expected_date', %2, "
                          "'warehouse_id', po.warehouse_id, "
                          "'warehouse_name', %13, "
                          "'notes', po.notes, 'subtotal', %3, 'tax_total', %4, 'total', %5, "
                          "'exchange_rate', po.exchange_rate::text, 'base_total', po.base_total::text, "
                          "'base_currency', (SELECT base_currency FROM organisation_settings), "
                          "'approvals_needed', po.approvals_needed, "
                          "'approvals_given', po.approvals_given, "
                          "'cancel_reason', po.cancel_reason, 'created_by', po.created_by, "
                          "'created_by_name', %14, "
                          "'submitted_at', %6, 'approved_at', %7, 'ordered_at', %8, 'closed_at', %9, "
                          "'created_at', %10, 'updated_at', %11, 'version', po.version")
        .arg(day(QStringLiteral("po.order_date")), day(QStringLiteral("po.expected_date")),
             PurchasingEntities::amountSql(QStringLiteral("po.subtotal")),
             PurchasingEntities::amountSql(QStringLiteral("po.tax_total")),
             PurchasingEntities::amountSql(QStringLiteral("po.total")), ts(QStringLiteral("po.submitted_at")),
             ts(QStringLiteral("po.approved_at")), ts(QStringLiteral("po.ordered_at")),
             ts(QStringLiteral("po.closed_at")), ts(QStringLiteral("po.created_at")),
             ts(QStringLiteral("po.updated_at")))
        .arg(supplierName, warehouseName, creatorName);
}

QString linesSql()
{
    return QStringLiteral(
               "(SELECT coalesce(json_agg(json_build_object('id', l.id, 'position', l.position, "
               "'product_id', l.product_id, 'product_sku', p.sku, 'product_barcode', p.barcode, "
               "'product_name', p.name, "
               "'description', l.description, 'quantity', l.quantity::text, 'unit_id', l.unit_id, "
               "'unit_symbol', u.symbol, 'stock_quantity', l.stock_quantity::text, "
               "'unit_price', l.unit_price::text, 'tax_rate', l.tax_rate::text, 'line_net', %1, 'line_tax', %2, "
               "'received_quantity', l.received_quantity::text, 'closed_short_reason', l.closed_short_reason) "
               "ORDER BY l.position), '[]'::json) FROM purchase_order_lines l JOIN products p ON p.id = l.product_id "
               "JOIN units u ON u.id = l.unit_id WHERE l.purchase_order_id = po.id)")
        .arg(PurchasingEntities::amountSql(QStringLiteral("l.line_net")),
             PurchasingEntities::amountSql(QStringLiteral("l.line_tax")));
}

QString approvalsSql()
{
    return QStringLiteral("(SELECT coalesce(json_agg(json_build_object('id', a.id, 'approver_id', a.approver_id, "
                          "'approver_name', (SELECT display_name FROM users WHERE id = a.approver_id), "
                          "'by_rule', a.by_rule, 'decision', a.decision, 'comment', a.comment, "
                          "'decided_at', %1, 'voided_at', %2, 'void_reason', a.void_reason) ORDER BY a.id), "
                          "'[]'::json) FROM purchase_order_approvals a WHERE a.purchase_order_id = po.id)")
        .arg(ts(QStringLiteral("a.decided_at")), ts(QStringLiteral("a.voided_at")));
}

} // namespace

QString PurchasingEntities::amountSql(const QString &column, const QString &scaleColumn)
{
    // The currency's minor units are stored with the order (migration 0021).
    return QStringLiteral("round(%1, %2)::text").arg(column, scaleColumn);
}

const RecordEntity &PurchasingEntities::suppliers()
{
    static const RecordEntity e {
        QStringLiteral("supplier"),
        QStringLiteral("suppliers"),
        QStringLiteral("s"),
        QStringLiteral("json_build_object('id', s.id, 'code', s.code, 'name', s.name, "
                       "'contact_person', s.contact_person, 'email', s.email, 'phone', s.phone, "
                       "'address', s.address, 'currency', s.currency, 'payment_terms', s.payment_terms, "
                       "'lead_time_days', s.lead_time_days, 'is_active', s.is_active, 'notes', s.notes, "
                       "'created_at', %1, 'updated_at', %2, 'version', s.version)")
            .arg(ts(QStringLiteral("s.created_at")), ts(QStringLiteral("s.updated_at"))),
        {RecordField::of(QStringLiteral("code"), RecordField::Text, 32).asRequired(),
         RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("contact_person"), RecordField::Text, 200),
         RecordField::of(QStringLiteral("email"), RecordField::Email, 254),
         RecordField::of(QStringLiteral("phone"), RecordField::Text, 50),
         RecordField::of(QStringLiteral("address"), RecordField::LongText, 1000),
         RecordField::of(QStringLiteral("currency"), RecordField::Currency).asRequired(),
         RecordField::of(QStringLiteral("payment_terms"), RecordField::Text, 200),
         RecordField::integerOf(QStringLiteral("lead_time_days"), 3650).withDefault(0),
         RecordField::of(QStringLiteral("is_active"), RecordField::Boolean).withDefault(true),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
        [](const Principal &) { return QString(); }};
    return e;
}

const RecordEntity &PurchasingEntities::supplierPrices()
{
    auto reference = [](const char *table, const char *alias, const char *code, const char *message) {
        return RecordReference {QLatin1String(table), QLatin1String(alias),  {}, {},
                                QLatin1String(code),  QLatin1String(message)};
    };
    static const RecordEntity e {
        QStringLiteral("supplier_price"),
        QStringLiteral("supplier_prices"),
        QStringLiteral("sp"),
        QStringLiteral(
            "json_build_object('id', sp.id, 'supplier_id', sp.supplier_id, "
            "'supplier_name', (SELECT name FROM suppliers WHERE id = sp.supplier_id), "
            "'product_id', sp.product_id, 'product_sku', (SELECT sku FROM products WHERE id = sp.product_id), "
            "'unit_id', sp.unit_id, 'currency', sp.currency, 'min_quantity', sp.min_quantity::text, "
            "'unit_price', sp.unit_price::text, 'lead_time_days', sp.lead_time_days, "
            "'created_at', %1, 'updated_at', %2, 'version', sp.version)")
            .arg(ts(QStringLiteral("sp.created_at")), ts(QStringLiteral("sp.updated_at"))),
        {RecordField::referenceTo(QStringLiteral("supplier_id"),
                                  reference("suppliers", "s", "unknown_supplier", "No supplier with this id."))
             .asRequired(),
         RecordField::referenceTo(QStringLiteral("product_id"),
                                  reference("products", "p", "unknown_product", "No product with this id."))
             .asRequired(),
         RecordField::referenceTo(QStringLiteral("unit_id"),
                                  reference("units", "u", "unknown_unit", "No unit with this id."))
             .asRequired(),
         RecordField::of(QStringLiteral("currency"), RecordField::Currency).asRequired(),
         RecordField::decimalOf(QStringLiteral("min_quantity"), 3, 11).withDefault(QStringLiteral("1")),
         RecordField::decimalOf(QStringLiteral("unit_price"), 4, 10).asRequired(),
         RecordField::integerOf(QStringLiteral("lead_time_days"), 3650)},
        [](const Principal &) { return QString(); }};
    return e;
}

QString PurchasingEntities::orderListJsonSql()
{
    // The band travels with the list too: the approval inbox shows which
    // rule applies without reading each order.
    return QStringLiteral("json_build_object(%1, 'approval_band', po.approval_band, 'line_count', po.line_count)")
        .arg(headerPairs(true));
}

QString PurchasingEntities::orderListJoins()
{
    return QStringLiteral("LEFT JOIN suppliers s ON s.id = po.supplier_id "
                          "LEFT JOIN warehouses w ON w.id = po.warehouse_id "
                          "LEFT JOIN users cu ON cu.id = po.created_by");
}

QStringList PurchasingEntities::orderListNames()
{
    return {QStringLiteral("suppliers"), QStringLiteral("warehouses"), QStringLiteral("users"),
            QStringLiteral("organisation_settings")};
}

const RecordEntity &PurchasingEntities::purchaseOrders()
{
    static const RecordReference warehouse {
        QStringLiteral("warehouses"),        QStringLiteral("w"),
        QStringLiteral("w.is_active"),       {},
        QStringLiteral("unknown_warehouse"), QStringLiteral("No active warehouse with this id.")};
    static const RecordEntity e {
        QStringLiteral("purchase_order"),
        QStringLiteral("purchase_orders"),
        QStringLiteral("po"),
        // The receipt tolerance travels with the order so that the receive
        // dialog limits quantities by the rule the server enforces
        // (shared ReceiptTolerance), also for users without settings.manage.
        QStringLiteral("json_build_object(%1, 'approval_band', po.approval_band, 'receipt_tolerance_percent', "
                       "(SELECT receipt_tolerance_percent::text FROM organisation_settings), "
                       "'lines', %2, 'approvals', %3)")
            .arg(headerPairs(), linesSql(), approvalsSql()),
        {RecordField::of(QStringLiteral("order_date"), RecordField::Date).asRequired(),
         RecordField::of(QStringLiteral("expected_date"), RecordField::Date),
         RecordField::referenceTo(QStringLiteral("warehouse_id"), warehouse).asRequired(),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
        // Every member with purchasing.view sees every order of the organisation.
        [](const Principal &) { return QString(); },
        RecordEntity::KeptDocument {{QStringLiteral("purchase_order_lines"), QStringLiteral("purchase_order_approvals")},
                                    {QStringLiteral("suppliers"), QStringLiteral("warehouses"),
                                     QStringLiteral("organisation_settings"), QStringLiteral("users"),
                                     QStringLiteral("products"), QStringLiteral("units")}}};
    return e;
}

} // namespace erp::server
