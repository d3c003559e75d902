#pragma once

#include "server/db/SqlStatement.h"
#include "shared/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

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

    // receive() in two steps, for a caller that sends the last write with its
    // own statements: the order locked, with its receiving location, the
    // tolerance and its lines, read in one message (nothing: no such order);
    // then the receipt, booked through the stock ledger, whose last write
    // (the lines' received quantities, the order's state, the event) goes to
    // `write` instead of being run.
    struct OrderReading
    {
        QString state;
        QString number;
        qint64 receivingLocationId = 0; // 0: none active
        erp::shared::Decimal tolerance; // percent
        struct Line
        {
            qint64 id = 0;
            erp::shared::Decimal ordered;
            erp::shared::Decimal already;
            bool closedShort = false;
            qint64 productId = 0;
            erp::shared::Decimal lineFactor;
            erp::shared::Decimal stockFactor;
        };
        QList<Line> lines;
    };
    std::optional<OrderReading> readForReceipt(qint64 orderId) const;
    Result receive(qint64 orderId, const OrderReading &order, const QList<ReceiptLine> &lines, const QString &note,
                   SqlStatement *write);

private:
    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
