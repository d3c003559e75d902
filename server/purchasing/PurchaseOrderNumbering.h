#pragma once

#include <QString>
#include <QVariantList>

namespace erp::server {

// Purchase-order numbers per organisation and year from the organisation's
// prefix: PO-2026-00042. Gap-free: the counter row is updated in the
// transaction that inserts the order and stays locked until it ends, so
// concurrent orders queue for the next number and an order that rolls back
// gives its number back. Works on this thread's connection inside the
// caller's transaction (app.tenant_id set to tenantId).
class PurchaseOrderNumbering
{
public:
    // Takes the next number of `year` and returns it formatted.
    static QString next(qint64 tenantId, int year);

    // Takes the next number of `year` and sets it on the order `orderId`, in
    // one statement; returns it. The same format as format().
    static QString assign(qint64 tenantId, int year, qint64 orderId);

    // assign() as the start of a larger statement: "c AS (...), n AS (...)"
    // to follow WITH; n has the column `number`. Its placeholders take
    // assignValues(). For a statement that writes more with the number and
    // commits with it, so that the counter row is locked for one round trip.
    static QString assignCtes();
    static QVariantList assignValues(qint64 tenantId, int year, qint64 orderId);

    // "PO", 2026, 42 -> "PO-2026-00042" (at least five digits).
    static QString format(const QString &prefix, int year, int number);
};

} // namespace erp::server
