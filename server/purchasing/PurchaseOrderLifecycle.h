#pragma once

#include <QString>

namespace erp::server {

// The transitions of a purchase order outside approval and receiving:
// order (sent to the supplier), revise (back to draft, approvals voided, the
// next submit is judged again), cancel (a reason once submitted), close_short
// (ends the open lines of a partially received order with a reason) and close.
// Like the other actions: the order row is locked first, the state checked
// against PurchaseOrderWorkflow (PurchaseOrderConflict with the current
// state), other refusals are PurchaseOrderRefused. Caller's transaction on
// this thread's connection (app.tenant_id set). Returns the new state.
class PurchaseOrderLifecycle
{
public:
    PurchaseOrderLifecycle(qint64 tenantId, qint64 userId);

    QString order(qint64 orderId);
    QString revise(qint64 orderId);
    QString cancel(qint64 orderId, const QString &reason);
    QString closeShort(qint64 orderId, const QString &reason);
    QString close(qint64 orderId);

private:
    QString lock(qint64 orderId, const QString &action) const;
    void setState(qint64 orderId, const QString &state) const;

    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
