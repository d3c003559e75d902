#pragma once

#include <QString>

namespace erp::server {

// "Close short" for one line: the buyer or the warehouse knows that the rest
// of a line will not come (discontinued, supplier out of stock) while the
// other lines are still expected. Allowed whenever goods can be received for
// the order (approved, ordered, partially_received), for a line that is still
// open (less received than ordered, not closed yet), with a reason. The
// order's state follows: received once every line is received or closed
// short. Ending the last open line of an order that received nothing is
// refused: that order is cancelled, not received. The order row is locked
// first; the wrong state is a PurchaseOrderConflict, the other refusals
// PurchaseOrderRefused (unknown_line, line_not_open, nothing_received,
// reason_required). Caller's transaction on this thread's connection
// (app.tenant_id set). Returns the order's state afterwards.
class PurchaseOrderLineClosing
{
public:
    PurchaseOrderLineClosing(qint64 tenantId, qint64 userId);

    QString closeLineShort(qint64 orderId, qint64 lineId, const QString &reason);

private:
    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
