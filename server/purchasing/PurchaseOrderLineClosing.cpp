#include "server/purchasing/PurchaseOrderLineClosing.h"

#include "server/db/Database.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QSqlQuery>

namespace erp::server {

using erp::shared::PurchaseOrderWorkflow;

namespace {

const QString LockOrderSql = QStringLiteral("SELECT state FROM purchase_orders WHERE id = ? FOR UPDATE");
const QString LineSql = QStringLiteral("SELECT received_quantity < quantity AND closed_short_at IS NULL "
                                       "FROM purchase_order_lines WHERE id = ? AND purchase_order_id = ? FOR UPDATE");
// What the order looks like once this line is ended: any other line still
// open, and anything received at all.
const QString OthersSql = QStringLiteral(
    "SELECT coalesce(bool_or(id <> ? AND received_quantity < quantity AND closed_short_at IS NULL), false), "
    "coalesce(bool_or(received_quantity > 0), false) FROM purchase_order_lines WHERE purchase_order_id = ?");
const QString CloseLineSql = QStringLiteral(
    "UPDATE purchase_order_lines SET closed_short_reason = ?, closed_short_at = now() WHERE id = ?");
const QString TouchOrderSql
    = QStringLiteral("UPDATE purchase_orders SET state = ?, updated_at = now(), version = version + 1 WHERE id = ?");
const QString InsertEventSql
    = QStringLiteral("INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, ?, ?::jsonb)");

} // namespace

PurchaseOrderLineClosing::PurchaseOrderLineClosing(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

QString PurchaseOrderLineClosing::closeLineShort(qint64 orderId, qint64 lineId, const QString &reason)
{
    QSqlQuery &order = Database::exec(LockOrderSql, {orderId});
    if (!order.next())
        throw PurchaseOrderRefused(QStringLiteral("unknown_order"), QStringLiteral("There is no such purchase order."));
    const QString state = order.value(0).toString();
    order.finish();
    // A line can be ended short wherever goods can be received for it.
    const auto current = PurchaseOrderWorkflow::stateFromName(state);
    if (!current || !PurchaseOrderWorkflow::isAllowed(PurchaseOrderWorkflow::Action::Receive, *current))
        throw PurchaseOrderConflict(QStringLiteral("close_short"), state);

    QSqlQuery &line = Database::exec(LineSql, {lineId, orderId});
    if (!line.next())
        throw PurchaseOrderRefused(QStringLiteral("unknown_line"),
                                   QStringLiteral("This purchase order has no such line."));
    const bool open = line.value(0).toBool();
    line.finish();
    if (!open)
        throw PurchaseOrderRefused(QStringLiteral("line_not_open"),
                                   QStringLiteral("This line is already fully received or closed short."));
    const QString text = reason.trimmed().left(1000);
    if (text.isEmpty())
        throw PurchaseOrderRefused(QStringLiteral("reason_required"),
                                   QStringLiteral("Say why the rest of this line will not come."));

    QSqlQuery &others = Database::exec(OthersSql, {lineId, orderId});
    others.next();
    const bool othersOpen = others.value(0).toBool();
    const bool anythingReceived = others.value(1).toBool();
    others.finish();
    if (!othersOpen && !anythingReceived)
        throw PurchaseOrderRefused(QStringLiteral("nothing_received"),
                                   QStringLiteral("Nothing has been received on this order; cancel it instead of "
                                                  "closing its last open line short."));

    Database::exec(CloseLineSql, {text, lineId}).finish();
    const QString after = othersOpen ? state : QStringLiteral("received");
    Database::exec(TouchOrderSql, {after, orderId}).finish();
    Database::exec(InsertEventSql,
                   {m_tenantId, QStringLiteral("purchase_order.line_closed_short"),
                    QStringLiteral("{\"purchase_order_id\": %1, \"line_id\": %2, \"by\": %3}")
                        .arg(orderId)
                        .arg(lineId)
                        .arg(m_userId)})
        .finish();
    return after;
}

} // namespace erp::server
