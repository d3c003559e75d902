#pragma once

#include "shared/Decimal.h"

#include <QList>
#include <QString>

namespace erp::server {

enum class StockMoveReason { Receipt, Shipment, Adjustment, Transfer };

struct StockMove
{
    qint64 productId = 0;
    qint64 fromLocationId = 0; // 0: from outside (supplier, a count's surplus)
    qint64 toLocationId = 0; // 0: to outside (customer, a count's shortfall)
    erp::shared::Decimal quantity; // > 0, in the product's stock unit, at most 3 decimals
    StockMoveReason reason = StockMoveReason::Transfer;
    QString referenceType; // "purchase_order", ...; empty: none
    qint64 referenceId = 0;
    QString note;
};

// The stock ledger of one organisation: every change of stock is a move
// appended to stock_moves (which the application role cannot update or
// delete) and, in the same transaction, the balances of the locations it
// touches. The balance rows are locked (in location order, so two opposite
// transfers cannot deadlock) before the move is judged, so concurrent
// withdrawals queue and each sees what the previous one left.
//
// Works inside the caller's transaction on this thread's connection, which
// must have app.tenant_id set to tenantId (Transaction::setTenant). Knows
// nothing of HTTP: refusals are typed exceptions the routes translate.
class StockLedger
{
public:
    StockLedger(qint64 tenantId, qint64 userId);

    static QString reasonName(StockMoveReason reason); // "receipt", ...

    // Posts the move and returns its id. Throws InvalidStockMove for a move
    // that cannot be posted as given, InsufficientStock when the source
    // location would go below zero and the organisation does not allow it
    // (nothing is written then), DbError for database failures.
    qint64 post(const StockMove &move);

    // Posts several receipts (moves from outside into a location) in one
    // statement and returns their ids in the given order: the moves are
    // appended and the balances they raise are created or raised, their rows
    // locked in (product, location) order, so two receipts that share
    // products cannot deadlock whatever the order of their lines. Receipts
    // only add stock, so no balance is judged. Throws InvalidStockMove like
    // post() (an unknown product or location: nothing is kept, the caller
    // rolls back), DbError for database failures.
    QList<qint64> postReceipts(const QList<StockMove> &moves);

    // A count: books the difference between `counted` and what is on hand as
    // an adjustment move (in or out). Returns the move's id, or 0 when the
    // count matches.
    qint64 adjust(qint64 productId, qint64 locationId, const erp::shared::Decimal &counted, const QString &note);

    // Moves quantity from one location to another.
    qint64 transfer(qint64 productId, qint64 fromLocationId, qint64 toLocationId, const erp::shared::Decimal &quantity,
                    const QString &note);

    // What the balance says (0 without a balance row); no lock.
    erp::shared::Decimal onHand(qint64 productId, qint64 locationId) const;

private:
    void validate(const StockMove &move) const;
    erp::shared::Decimal lockBalance(qint64 productId, qint64 locationId) const;
    void changeBalance(qint64 productId, qint64 locationId, const erp::shared::Decimal &delta) const;
    bool negativeStockAllowed() const;
    void noteReorderPoint(qint64 productId, const erp::shared::Decimal &withdrawn,
                          const erp::shared::Decimal &reorderPoint) const;

    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
