#pragma once

#include "shared/Decimal.h"

#include <QList>
#include <QString>

namespace erp::server {

struct ReceiptLine
{
    qint64 lineId = 0;
    erp::shared::Decimal quantity; // in the line's unit, > 0, at most 3 decimals
};

// Receiving goods against a purchase order: locks the order row first (so
// concurrent receipts of one order queue), checks that its state allows
// receiving, that no line gets more than ordered × (1 + the organisation's
// tolerance), converts each quantity exactly to the product's stock unit,
// books receipt moves into the ship-to warehouse's receiving location
// through the stock ledger, adds to the lines' received quantities, moves the
// order to partially_received or received and writes a received event: all
// in the caller's transaction, so they happen together or not at all (a
// refusal throws; the caller rolls back).
class PurchaseOrderReceiving
{
public:
    PurchaseOrderReceiving(qint64 tenantId, qint64 userId);

    struct Result
    {
        QString state; // the order's state afterwards
        QList<qint64> moveIds; // one receipt move per line
    };

    // Throws PurchaseOrderConflict when the order's state does not allow
    // receiving, InvalidReceipt for a receipt that cannot be booked,
    // DbError for database failures.
    Result receive(qint64 orderId, const QList<ReceiptLine> &lines, const QString &note = QString());

private:
    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
