#include "server/purchasing/PurchaseOrderReceiving.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/inventory/StockLedger.h"
#include "server/purchasing/InvalidReceipt.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "shared/PurchaseOrderWorkflow.h"
#include "shared/ReceiptTolerance.h"
#include "shared/UnitConversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <utility>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderWorkflow;

namespace {

// Every path that changes an order or its lines locks the order row first;
// the receiving location and the tolerance come with the lock.
const QString LockOrderSql = QStringLiteral(
    "SELECT po.state, po.warehouse_id, po.number, "
    "(SELECT id FROM locations WHERE warehouse_id = po.warehouse_id AND kind = 'receiving' AND is_active "
    "ORDER BY id LIMIT 1), "
    "(SELECT receipt_tolerance_percent::text FROM organisation_settings) "
    "FROM purchase_orders po WHERE po.id = ? FOR UPDATE OF po");
// All lines of the order, read after the lock (a statement of its own, sent
// in one message with the lock, so it sees what a receipt that held the lock
// before committed).
const QString LinesSql
    = QStringLiteral("SELECT l.id, l.quantity::text, l.received_quantity::text, l.closed_short_at IS NOT NULL, "
                     "l.product_id, u.factor::text, su.factor::text "
                     "FROM purchase_order_lines l JOIN units u ON u.id = l.unit_id "
                     "JOIN products p ON p.id = l.product_id JOIN units su ON su.id = p.stock_unit_id "
                     "WHERE l.purchase_order_id = ?");
// The received quantities, the order's state and the received event in one
// statement.
const QString BookSql = QStringLiteral(
    "WITH l AS (UPDATE purchase_order_lines pl SET received_quantity = pl.received_quantity + v.quantity "
    "FROM unnest(?::bigint[], ?::numeric[]) AS v(id, quantity) WHERE pl.id = v.id RETURNING 1), "
    "o AS (UPDATE purchase_orders SET state = ?, updated_at = now(), version = version + 1 WHERE id = ? "
    "RETURNING 1), "
    "e AS (INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, 'purchase_order.received', ?::jsonb) "
    "RETURNING 1) "
    "SELECT (SELECT count(*) FROM l), (SELECT count(*) FROM o), (SELECT count(*) FROM e)");

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

std::optional<PurchaseOrderReceiving::OrderReading> PurchaseOrderReceiving::readForReceipt(qint64 orderId) const
{
    std::optional<OrderReading> reading;
    Transaction::executeInOne({{LockOrderSql, {orderId}}, {LinesSql, {orderId}}}, [&](int i, QSqlQuery &q) {
        if (i == 0) {
            if (!q.next())
                return;
            reading.emplace();
            reading->state = q.value(0).toString();
            reading->number = q.value(2).toString();
            reading->receivingLocationId = q.value(3).toLongLong();
            reading->tolerance = q.value(4).isNull() ? Decimal() : numeric(q.value(4));
            return;
        }
        while (reading && q.next())
            reading->lines.append({q.value(0).toLongLong(), numeric(q.value(1)), numeric(q.value(2)),
                                   q.value(3).toBool(), q.value(4).toLongLong(), numeric(q.value(5)),
                                   numeric(q.value(6))});
    });
    return reading;
}

PurchaseOrderReceiving::Result PurchaseOrderReceiving::receive(qint64 orderId, const QList<ReceiptLine> &lines,
                                                               const QString &note)
{
    const auto reading = readForReceipt(orderId);
    if (!reading)
        throw InvalidReceipt(QStringLiteral("unknown_order"), 0, QStringLiteral("There is no such purchase order."));
    SqlStatement write;
    const Result result = receive(orderId, *reading, lines, note, &write);
    Transaction::executeInOne({write});   // as the route sends it (its generic plan included)
    return result;
}

PurchaseOrderReceiving::Result PurchaseOrderReceiving::receive(qint64 orderId, const OrderReading &order,
                                                               const QList<ReceiptLine> &lines, const QString &note,
                                                               SqlStatement *write)
{
    const QString stateName = order.state;
    const QString number = order.number;
    const qint64 receivingId = order.receivingLocationId;
    const Decimal tolerance = order.tolerance;
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

    if (receivingId <= 0)
        throw InvalidReceipt(QStringLiteral("no_receiving_location"), 0,
                             QStringLiteral("The order's warehouse has no active receiving location."));

    using OrderLine = OrderReading::Line;
    QHash<qint64, OrderLine> orderLines;
    for (const OrderLine &line : order.lines)
        orderLines.insert(line.id, line);

    Result result;
    QJsonArray received;
    QList<StockMove> moves;
    QStringList lineIds;
    QStringList quantities;
    for (const ReceiptLine &line : lines) {
        const auto thousandths = line.quantity.rescaled(3);
        if (line.quantity <= Decimal() || !thousandths || *thousandths != line.quantity)
            throw InvalidReceipt(QStringLiteral("quantity_out_of_range"), line.lineId,
                                 QStringLiteral("A received quantity is greater than zero, with at most 3 decimals."));
        const auto found = orderLines.find(line.lineId);
        if (found == orderLines.end())
            throw InvalidReceipt(QStringLiteral("unknown_line"), line.lineId,
                                 QStringLiteral("The order has no such line."));
        OrderLine &ol = *found;
        if (ol.closedShort)
            throw InvalidReceipt(QStringLiteral("line_closed"), line.lineId,
                                 QStringLiteral("The line was closed short and receives nothing more."));
        const Decimal left
            = erp::shared::ReceiptTolerance::remaining(ol.ordered, ol.already, tolerance).value_or(Decimal());
        if (line.quantity > left)
            throw InvalidReceipt(QStringLiteral("exceeds_ordered"), line.lineId,
                                 QStringLiteral("More than the line may still receive (%1).").arg(left.toString()),
                                 left);
        const auto stockQuantity = erp::shared::UnitConversion::convert(line.quantity, ol.lineFactor, ol.stockFactor);
        if (!stockQuantity)
            throw InvalidReceipt(QStringLiteral("inexact_unit_conversion"), line.lineId,
                                 QStringLiteral("The quantity is no exact amount of the product's stock unit."));
        ol.already = ol.already.added(line.quantity).value_or(ol.already);

        StockMove move;
        move.productId = ol.productId;
        move.toLocationId = receivingId;
        move.quantity = *stockQuantity;
        move.reason = StockMoveReason::Receipt;
        move.referenceType = QStringLiteral("purchase_order");
        move.referenceId = orderId;
        move.note = note.left(1000);
        moves << move;
        lineIds << QString::number(line.lineId);
        quantities << line.quantity.toString();
        received.append(QJsonObject {{QStringLiteral("line_id"), line.lineId},
                                     {QStringLiteral("quantity"), line.quantity.toString()},
                                     {QStringLiteral("stock_quantity"), stockQuantity->toString()}});
    }

    // Complete when every line has all it ordered (or was closed short),
    // judged on the lines read under the order's lock plus this receipt.
    bool complete = true;
    for (const OrderLine &ol : std::as_const(orderLines))
        complete = complete && (ol.closedShort || ol.already >= ol.ordered);
    result.state = PurchaseOrderWorkflow::stateName(complete ? PurchaseOrderWorkflow::State::Received
                                                             : PurchaseOrderWorkflow::State::PartiallyReceived);

    result.moveIds = StockLedger(m_tenantId, m_userId).postReceipts(moves);
    const QJsonObject payload {{QStringLiteral("purchase_order_id"), orderId},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("state"), result.state},
                               {QStringLiteral("received_by"), m_userId},
                               {QStringLiteral("lines"), received}};
    const auto array = [](const QStringList &items) -> QString {
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    *write = {BookSql,
              {array(lineIds), array(quantities), result.state, orderId, m_tenantId,
               QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
              true};
    return result;
}

} // namespace erp::server
