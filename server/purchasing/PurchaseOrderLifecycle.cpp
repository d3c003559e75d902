#include "server/purchasing/PurchaseOrderLifecycle.h"

#include "server/db/Database.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QSqlQuery>

namespace erp::server {

using erp::shared::PurchaseOrderWorkflow;

namespace {

const QString LockSql = QStringLiteral("SELECT state FROM purchase_orders WHERE id = ? FOR UPDATE");
const QString SetStateSql
    = QStringLiteral("UPDATE purchase_orders SET state = ?, updated_at = now(), version = version + 1 WHERE id = ?");
const QString OrderedSql = QStringLiteral("UPDATE purchase_orders SET ordered_at = now() WHERE id = ?");
const QString ClosedSql = QStringLiteral("UPDATE purchase_orders SET closed_at = now() WHERE id = ?");
// One statement: the table checks that cancelled and cancelled_at go together.
const QString CancelSql = QStringLiteral(
    "UPDATE purchase_orders SET state = 'cancelled', cancelled_at = now(), cancel_reason = ?, updated_at = now(), "
    "version = version + 1 WHERE id = ?");
// Revising returns the order to what a fresh draft is: no band, no approvals.
const QString ReviseSql = QStringLiteral(
    "UPDATE purchase_orders SET exchange_rate = NULL, base_total = NULL, approval_band = NULL, "
    "approvals_needed = NULL, submitted_at = NULL, approved_at = NULL, ordered_at = NULL WHERE id = ?");
// A line closed short before anything came is open again in the new draft.
const QString ReopenLinesSql = QStringLiteral(
    "UPDATE purchase_order_lines SET closed_short_reason = NULL, closed_short_at = NULL "
    "WHERE purchase_order_id = ? AND closed_short_at IS NOT NULL");
const QString VoidSql = QStringLiteral("UPDATE purchase_order_approvals SET voided_at = now(), void_reason = ? "
                                       "WHERE purchase_order_id = ? AND voided_at IS NULL");
const QString CloseShortLinesSql
    = QStringLiteral("UPDATE purchase_order_lines SET closed_short_reason = ?, closed_short_at = now() "
                     "WHERE purchase_order_id = ? AND received_quantity < quantity AND closed_short_at IS NULL");
const QString InsertEventSql
    = QStringLiteral("INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, ?, ?::jsonb)");

QString reasonText(const QString &reason)
{
    return reason.trimmed().left(1000);
}

} // namespace

PurchaseOrderLifecycle::PurchaseOrderLifecycle(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

QString PurchaseOrderLifecycle::lock(qint64 orderId, const QString &action) const
{
    QSqlQuery &q = Database::exec(LockSql, {orderId});
    if (!q.next())
        throw PurchaseOrderRefused(QStringLiteral("unknown_order"), QStringLiteral("There is no such purchase order."));
    const QString state = q.value(0).toString();
    q.finish();
    const auto s = PurchaseOrderWorkflow::stateFromName(state);
    const auto a = PurchaseOrderWorkflow::actionFromName(action);
    if (!s || !a || !PurchaseOrderWorkflow::isAllowed(*a, *s))
        throw PurchaseOrderConflict(action, state);
    return state;
}

void PurchaseOrderLifecycle::setState(qint64 orderId, const QString &state) const
{
    Database::exec(SetStateSql, {state, orderId}).finish();
}

QString PurchaseOrderLifecycle::order(qint64 orderId)
{
    lock(orderId, QStringLiteral("order"));
    Database::exec(OrderedSql, {orderId}).finish();
    setState(orderId, QStringLiteral("ordered"));
    return QStringLiteral("ordered");
}

QString PurchaseOrderLifecycle::revise(qint64 orderId)
{
    lock(orderId, QStringLiteral("revise"));
    Database::exec(VoidSql, {QStringLiteral("revised"), orderId}).finish();
    Database::exec(ReviseSql, {orderId}).finish();
    Database::exec(ReopenLinesSql, {orderId}).finish();
    setState(orderId, QStringLiteral("draft"));
    return QStringLiteral("draft");
}

QString PurchaseOrderLifecycle::cancel(qint64 orderId, const QString &reason)
{
    const QString state = lock(orderId, QStringLiteral("cancel"));
    const QString text = reasonText(reason);
    if (text.isEmpty()
        && PurchaseOrderWorkflow::needsReason(PurchaseOrderWorkflow::Action::Cancel,
                                              *PurchaseOrderWorkflow::stateFromName(state)))
        throw PurchaseOrderRefused(QStringLiteral("reason_required"),
                                   QStringLiteral("Say why an order that was submitted is cancelled."));
    Database::exec(VoidSql, {QStringLiteral("cancelled"), orderId}).finish();
    Database::exec(CancelSql, {text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text), orderId})
        .finish();
    return QStringLiteral("cancelled");
}

QString PurchaseOrderLifecycle::closeShort(qint64 orderId, const QString &reason)
{
    lock(orderId, QStringLiteral("close_short"));
    const QString text = reasonText(reason);
    if (text.isEmpty())
        throw PurchaseOrderRefused(QStringLiteral("reason_required"),
                                   QStringLiteral("Say why the open lines are closed short."));
    Database::exec(CloseShortLinesSql, {text, orderId}).finish();
    setState(orderId, QStringLiteral("received"));
    Database::exec(InsertEventSql,
                   {m_tenantId, QStringLiteral("purchase_order.closed_short"),
                    QStringLiteral("{\"purchase_order_id\": %1, \"by\": %2}").arg(orderId).arg(m_userId)})
        .finish();
    return QStringLiteral("received");
}

QString PurchaseOrderLifecycle::close(qint64 orderId)
{
    lock(orderId, QStringLiteral("close"));
    Database::exec(ClosedSql, {orderId}).finish();
    setState(orderId, QStringLiteral("closed"));
    return QStringLiteral("closed");
}

} // namespace erp::server
