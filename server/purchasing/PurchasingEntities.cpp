#include "server/purchasing/PurchasingEntities.h"

#include "server/platform/SqlFragments.h"
#include "shared/Currency.h"

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

// The header as JSON pairs (without the braces), shared by one order and the list.
QString headerPairs()
{
    return QStringLiteral("'id', po.id, 'number', po.number, 'state', po.state, 'supplier_id', po.supplier_id, "
                          "'supplier_name', (SELECT name FROM suppliers WHERE id = po.supplier_id), "
                          "'currency', po.currency, 'order_date', %1, 'expected_date', %2, "
                          "'warehouse_id', po.warehouse_id, "
                          "'warehouse_name', (SELECT name FROM warehouses WHERE id = po.warehouse_id), "
                          "'notes', po.notes, 'subtotal', %3, 'tax_total', %4, 'total', %5, "
                          "'exchange_rate', po.exchange_rate::text, 'base_total', po.base_total::text, "
                          "'approvals_needed', po.approvals_needed, "
                          "'approvals_given', (SELECT count(*) FROM purchase_order_approvals a WHERE "
                          "a.purchase_order_id = po.id AND a.decision = 'approved' AND a.voided_at IS NULL), "
                          "'cancel_reason', po.cancel_reason, 'created_by', po.created_by, "
                          "'created_by_name', (SELECT display_name FROM users WHERE id = po.created_by), "
                          "'submitted_at', %6, 'approved_at', %7, 'ordered_at', %8, 'closed_at', %9, "
                          "'created_at', %10, 'updated_at', %11, 'version', po.version")
        .arg(day(QStringLiteral("po.order_date")), day(QStringLiteral("po.expected_date")),
             PurchasingEntities::amountSql(QStringLiteral("po.subtotal")),
             PurchasingEntities::amountSql(QStringLiteral("po.tax_total")),
             PurchasingEntities::amountSql(QStringLiteral("po.total")), ts(QStringLiteral("po.submitted_at")),
             ts(QStringLiteral("po.approved_at")), ts(QStringLiteral("po.ordered_at")),
             ts(QStringLiteral("po.closed_at")), ts(QStringLiteral("po.created_at")),
             ts(QStringLiteral("po.updated_at")));
}

QString linesSql()
{
    return QStringLiteral(
               "(SELECT coalesce(json_agg(json_build_object('id', l.id, 'position', l.position, "
               "'product_id', l.product_id, 'product_sku', p.sku, 'product_name', p.name, "
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

QString PurchasingEntities::amountSql(const QString &column, const QString &currencyColumn)
{
    // The minor units of every currency that does not have two, from the
    // shared table, so SQL and the shared totals never disagree.
    static const QString scale = [] {
        QString cases;
        for (const QString &code : erp::shared::Currency::knownCodes()) {
            const int units = erp::shared::Currency::minorUnits(code).value_or(2);
            if (units != 2)
                cases += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(units);
        }
        return cases;
    }();
    return QStringLiteral("round(%1, CASE %2%3 ELSE 2 END)::text").arg(column, currencyColumn, scale);
}

QString PurchasingEntities::orderListJsonSql()
{
    return QStringLiteral("json_build_object(%1, 'line_count', "
                          "(SELECT count(*) FROM purchase_order_lines l WHERE l.purchase_order_id = po.id))")
        .arg(headerPairs());
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
        QStringLiteral("json_build_object(%1, 'approval_band', po.approval_band, 'lines', %2, 'approvals', %3)")
            .arg(headerPairs(), linesSql(), approvalsSql()),
        {RecordField::of(QStringLiteral("order_date"), RecordField::Date).asRequired(),
         RecordField::of(QStringLiteral("expected_date"), RecordField::Date),
         RecordField::referenceTo(QStringLiteral("warehouse_id"), warehouse).asRequired(),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
        // Every member with purchasing.view sees every order of the organisation.
        [](const Principal &) { return QString(); }};
    return e;
}

} // namespace erp::server
