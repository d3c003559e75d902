#include "server/purchasing/PurchaseOrderReceiving.h"

#include "server/db/Database.h"
#include "server/inventory/StockLedger.h"
#include "server/purchasing/InvalidReceipt.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "shared/PurchaseOrderWorkflow.h"
#include "shared/ReceiptTolerance.h"
#include "shared/UnitConversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderWorkflow;

namespace {

// Every path that changes an order or its lines locks the order row first.
const QString LockOrderSql
    = QStringLiteral("SELECT state, warehouse_id, number FROM purchase_orders WHERE id = ? FOR UPDATE");
const QString ReceivingLocationSql = QStringLiteral(
    "SELECT id FROM locations WHERE warehouse_id = ? AND kind = 'receiving' AND is_active ORDER BY id LIMIT 1");
const QString ToleranceSql = QStringLiteral("SELECT receipt_tolerance_percent::text FROM organisation_settings");
const QString LineSql
    = QStringLiteral("SELECT l.quantity::text, l.received_quantity::text, l.closed_short_at IS NOT NULL, l.product_id, "
                     "u.factor::text, su.factor::text "
                     "FROM purchase_order_lines l JOIN units u ON u.id = l.unit_id "
                     "JOIN products p ON p.id = l.product_id JOIN units su ON su.id = p.stock_unit_id "
                     "WHERE l.id = ? AND l.purchase_order_id = ?");
const QString AddReceivedSql
    = QStringLiteral("UPDATE purchase_order_lines SET received_quantity = received_quantity + ?::numeric WHERE id = ?");
const QString AllReceivedSql
    = QStringLiteral("SELECT bool_and(received_quantity >= quantity OR closed_short_at IS NOT NULL) "
                     "FROM purchase_order_lines WHERE purchase_order_id = ?");
const QString SetStateSql
    = QStringLiteral("UPDATE purchase_orders SET state = ?, updated_at = now(), version = version + 1 WHERE id = ?");
const QString InsertEventSql
    = QStringLiteral("INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, ?, ?::jsonb)");

Decimal numeric(const QVariant &v)
{
    return Decimal::parse(v.toString()).value_or(Decimal());
}

} // namespace

PurchaseOrderReceiving::PurchaseOrderReceiving(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

PurchaseOrderReceiving::Result PurchaseOrderReceiving::receive(qint64 orderId, const QList<ReceiptLine> &lines,
                                                               const QString &note)
{
    QSqlQuery &order = Database::exec(LockOrderSql, {orderId});
    if (!order.next())
        throw InvalidReceipt(QStringLiteral("unknown_order"), 0, QStringLiteral("There is no such purchase order."));
    const QString stateName = order.value(0).toString();
    const qint64 warehouseId = order.value(1).toLongLong();
    const QString number = order.value(2).toString();
    order.finish();
    const auto state = PurchaseOrderWorkflow::stateFromName(stateName);
    if (!state || !PurchaseOrderWorkflow::isAllowed(PurchaseOrderWorkflow::Action::Receive, *state))
        throw PurchaseOrderConflict(QStringLiteral("receive"), stateName);

    if (lines.isEmpty())
        throw InvalidReceipt(QStringLiteral("no_lines"), 0, QStringLiteral("A receipt names at least one line."));
    QSet<qint64> seen;
    for (const ReceiptLine &line : lines) {
        if (seen.contains(line.lineId))
            throw InvalidReceipt(QStringLiteral("duplicate_line"), line.lineId,
                                 QStringLiteral("Each line appears once in a receipt."));
        seen.insert(line.lineId);
    }

    QSqlQuery &location = Database::exec(ReceivingLocationSql, {warehouseId});
    if (!location.next())
        throw InvalidReceipt(QStringLiteral("no_receiving_location"), 0,
                             QStringLiteral("The order's warehouse has no active receiving location."));
    const qint64 receivingId = location.value(0).toLongLong();
    location.finish();
    QSqlQuery &settings = Database::exec(ToleranceSql);
    const Decimal tolerance = settings.next() ? numeric(settings.value(0)) : Decimal();
    settings.finish();

    StockLedger ledger(m_tenantId, m_userId);
    Result result;
    QJsonArray received;
    for (const ReceiptLine &line : lines) {
        const auto thousandths = line.quantity.rescaled(3);
        if (line.quantity <= Decimal() || !thousandths || *thousandths != line.quantity)
            throw InvalidReceipt(QStringLiteral("quantity_out_of_range"), line.lineId,
                                 QStringLiteral("A received quantity is greater than zero, with at most 3 decimals."));
        QSqlQuery &q = Database::exec(LineSql, {line.lineId, orderId});
        if (!q.next())
            throw InvalidReceipt(QStringLiteral("unknown_line"), line.lineId,
                                 QStringLiteral("The order has no such line."));
        const Decimal ordered = numeric(q.value(0));
        const Decimal already = numeric(q.value(1));
        const bool closedShort = q.value(2).toBool();
        const qint64 productId = q.value(3).toLongLong();
        const Decimal lineFactor = numeric(q.value(4));
        const Decimal stockFactor = numeric(q.value(5));
        q.finish();
        if (closedShort)
            throw InvalidReceipt(QStringLiteral("line_closed"), line.lineId,
                                 QStringLiteral("The line was closed short and receives nothing more."));
        const Decimal left = erp::shared::ReceiptTolerance::remaining(ordered, already, tolerance).value_or(Decimal());
        if (line.quantity > left)
            throw InvalidReceipt(QStringLiteral("exceeds_ordered"), line.lineId,
                                 QStringLiteral("More than the line may still receive (%1).").arg(left.toString()),
                                 left);
        const auto stockQuantity = erp::shared::UnitConversion::convert(line.quantity, lineFactor, stockFactor);
        if (!stockQuantity)
            throw InvalidReceipt(QStringLiteral("inexact_unit_conversion"), line.lineId,
                                 QStringLiteral("The quantity is no exact amount of the product's stock unit."));

        StockMove move;
        move.productId = productId;
        move.toLocationId = receivingId;
        move.quantity = *stockQuantity;
        move.reason = StockMoveReason::Receipt;
        move.referenceType = QStringLiteral("purchase_order");
        move.referenceId = orderId;
        move.note = note.left(1000);
        result.moveIds.append(ledger.post(move));
        Database::exec(AddReceivedSql, {line.quantity.toString(), line.lineId}).finish();
        received.append(QJsonObject {{QStringLiteral("line_id"), line.lineId},
                                     {QStringLiteral("quantity"), line.quantity.toString()},
                                     {QStringLiteral("stock_quantity"), stockQuantity->toString()}});
    }

    QSqlQuery &all = Database::exec(AllReceivedSql, {orderId});
    const bool complete = all.next() && all.value(0).toBool();
    all.finish();
    result.state = PurchaseOrderWorkflow::stateName(complete ? PurchaseOrderWorkflow::State::Received
                                                             : PurchaseOrderWorkflow::State::PartiallyReceived);
    Database::exec(SetStateSql, {result.state, orderId}).finish();
    const QJsonObject payload {{QStringLiteral("purchase_order_id"), orderId},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("state"), result.state},
                               {QStringLiteral("received_by"), m_userId},
                               {QStringLiteral("lines"), received}};
    Database::exec(InsertEventSql,
                   {m_tenantId, QStringLiteral("purchase_order.received"),
                    QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
        .finish();
    return result;
}

} // namespace erp::server
