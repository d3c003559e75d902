#include "server/inventory/StockLedger.h"

#include "server/db/Database.h"
#include "server/inventory/InsufficientStock.h"
#include "server/inventory/InvalidStockMove.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <utility>

namespace erp::server {

using erp::shared::Decimal;

namespace {

constexpr int QuantityScale = 3;
constexpr int QuantityIntegerDigits = 11; // NUMERIC(14,3)

// Numerics travel as exact text both ways (bound as text, cast to numeric).
const QString LockBalanceSql
    = QStringLiteral("SELECT on_hand::text FROM stock_balances WHERE product_id = ? AND location_id = ? FOR UPDATE");
const QString CreateBalanceSql = QStringLiteral(
    "INSERT INTO stock_balances (tenant_id, product_id, location_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
const QString ReadBalanceSql
    = QStringLiteral("SELECT on_hand::text FROM stock_balances WHERE product_id = ? AND location_id = ?");
const QString ChangeBalanceSql = QStringLiteral("UPDATE stock_balances SET on_hand = on_hand + ?::numeric, "
                                                "updated_at = now() WHERE product_id = ? AND location_id = ?");
const QString InsertMoveSql = QStringLiteral(
    "INSERT INTO stock_moves (tenant_id, product_id, from_location_id, to_location_id, quantity, reason, "
    "reference_type, reference_id, note, created_by) "
    "VALUES (?, ?, ?, ?, ?::numeric, ?, ?, ?, ?, ?) RETURNING id");
const QString ProductExistsSql = QStringLiteral("SELECT reorder_point::text FROM products WHERE id = ?");
const QString LocationExistsSql = QStringLiteral("SELECT 1 FROM locations WHERE id = ?");
const QString NegativeAllowedSql = QStringLiteral("SELECT allow_negative_stock FROM organisation_settings");
const QString TotalOnHandSql
    = QStringLiteral("SELECT coalesce(sum(on_hand), 0)::text FROM stock_balances WHERE product_id = ?");
const QString InsertEventSql
    = QStringLiteral("INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, ?, ?::jsonb)");
// Receipts in one statement. The balance upsert runs over the rows sorted by
// (product, location), so its row locks are taken in that order in every
// transaction; several moves of one product into one location add up into
// one balance row (ON CONFLICT may touch a row only once per statement).
// Unknown products or locations (also another organisation's: row-level
// security hides them) drop out of the joins; the caller compares counts.
const QString PostReceiptsSql = QStringLiteral(
    "WITH v AS (SELECT v.n, v.product_id, v.location_id, v.quantity "
    "FROM unnest(?::bigint[], ?::bigint[], ?::numeric[]) WITH ORDINALITY AS v(product_id, location_id, quantity, n) "
    "JOIN products p ON p.id = v.product_id JOIN locations l ON l.id = v.location_id), "
    "b AS (INSERT INTO stock_balances AS b (tenant_id, product_id, location_id, on_hand) "
    "SELECT ?, product_id, location_id, sum(quantity) FROM v GROUP BY product_id, location_id "
    "ORDER BY product_id, location_id "
    "ON CONFLICT (tenant_id, product_id, location_id) DO UPDATE SET on_hand = b.on_hand + EXCLUDED.on_hand, "
    "updated_at = now() RETURNING 1), "
    "m AS (INSERT INTO stock_moves (tenant_id, product_id, to_location_id, quantity, reason, reference_type, "
    "reference_id, note, created_by) "
    "SELECT ?, product_id, location_id, quantity, 'receipt', ?, ?, ?, ? FROM v ORDER BY n RETURNING id) "
    "SELECT (SELECT count(*) FROM b), coalesce((SELECT string_agg(id::text, ',' ORDER BY id) FROM m), ''), "
    "NOT EXISTS (SELECT 1 FROM unnest(?::bigint[]) AS x(id) WHERE NOT EXISTS "
    "(SELECT 1 FROM products p WHERE p.id = x.id))");

Decimal parseNumeric(const QVariant &value)
{
    // The database hands NUMERIC back as text (HighPrecision); a value that
    // does not parse would be a schema bug, not user input.
    return Decimal::parse(value.toString()).value_or(Decimal());
}

QString idArray(const QList<qint64> &ids)
{
    QStringList items;
    for (const qint64 id : ids)
        items << QString::number(id);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool fitsQuantity(const Decimal &quantity)
{
    const auto rounded = quantity.rescaled(QuantityScale);
    return rounded && *rounded == quantity && quantity.integerDigits() <= QuantityIntegerDigits;
}

} // namespace

StockLedger::StockLedger(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

QString StockLedger::reasonName(StockMoveReason reason)
{
    switch (reason) {
    case StockMoveReason::Receipt:
        return QStringLiteral("receipt");
    case StockMoveReason::Shipment:
        return QStringLiteral("shipment");
    case StockMoveReason::Adjustment:
        return QStringLiteral("adjustment");
    case StockMoveReason::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

void StockLedger::validate(const StockMove &move) const
{
    if (move.quantity <= Decimal())
        throw InvalidStockMove(QStringLiteral("quantity_not_positive"), QStringLiteral("quantity"),
                               QStringLiteral("The quantity of a stock move must be greater than zero."));
    if (!fitsQuantity(move.quantity))
        throw InvalidStockMove(QStringLiteral("quantity_out_of_range"), QStringLiteral("quantity"),
                               QStringLiteral("A stock quantity has at most 11 digits and 3 decimals."));
    const bool from = move.fromLocationId > 0;
    const bool to = move.toLocationId > 0;
    bool fits = false;
    switch (move.reason) {
    case StockMoveReason::Receipt:
        fits = !from && to;
        break;
    case StockMoveReason::Shipment:
        fits = from && !to;
        break;
    case StockMoveReason::Transfer:
        fits = from && to && move.fromLocationId != move.toLocationId;
        break;
    case StockMoveReason::Adjustment:
        fits = from != to;
        break;
    }
    if (!fits)
        throw InvalidStockMove(QStringLiteral("direction_does_not_fit_reason"), QStringLiteral("location"),
                               QStringLiteral("A receipt goes into one location, a shipment out of one, a transfer "
                                              "between two different ones, an adjustment into or out of one."));
    if ((move.referenceId > 0) != !move.referenceType.isEmpty())
        throw InvalidStockMove(QStringLiteral("incomplete_reference"), QStringLiteral("reference"),
                               QStringLiteral("A reference names both the kind of document and its id."));
}

Decimal StockLedger::lockBalance(qint64 productId, qint64 locationId) const
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery &lock = Database::exec(LockBalanceSql, {productId, locationId});
        if (lock.next()) {
            const Decimal onHand = parseNumeric(lock.value(0));
            lock.finish();
            return onHand;
        }
        // First stock of this product here: create the row (a concurrent
        // creator wins harmlessly), then lock it like any other.
        Database::exec(CreateBalanceSql, {m_tenantId, productId, locationId}).finish();
    }
    // Created above and visible to this tenant: only a broken schema gets here.
    Q_UNREACHABLE();
    return Decimal();
}

void StockLedger::changeBalance(qint64 productId, qint64 locationId, const Decimal &delta) const
{
    Database::exec(ChangeBalanceSql, {delta.toString(), productId, locationId}).finish();
}

bool StockLedger::negativeStockAllowed() const
{
    QSqlQuery &q = Database::exec(NegativeAllowedSql);
    const bool allowed = q.next() && q.value(0).toBool();
    q.finish();
    return allowed;
}

qint64 StockLedger::post(const StockMove &move)
{
    validate(move);

    QSqlQuery &product = Database::exec(ProductExistsSql, {move.productId});
    if (!product.next())
        throw InvalidStockMove(QStringLiteral("unknown_product"), QStringLiteral("product_id"),
                               QStringLiteral("There is no such product."));
    const Decimal reorderPoint = parseNumeric(product.value(0));
    product.finish();
    for (const qint64 location : {move.fromLocationId, move.toLocationId}) {
        if (location <= 0)
            continue;
        QSqlQuery &q = Database::exec(LocationExistsSql, {location});
        const bool exists = q.next();
        q.finish();
        if (!exists)
            throw InvalidStockMove(QStringLiteral("unknown_location"), QStringLiteral("location_id"),
                                   QStringLiteral("There is no such location."));
    }

    // Lock in ascending location order: two transfers in opposite directions
    // take the same locks in the same order and cannot deadlock.
    qint64 first = move.fromLocationId;
    qint64 second = move.toLocationId;
    if (first > 0 && second > 0 && second < first)
        std::swap(first, second);
    Decimal fromOnHand;
    for (const qint64 location : {first, second}) {
        if (location <= 0)
            continue;
        const Decimal onHand = lockBalance(move.productId, location);
        if (location == move.fromLocationId)
            fromOnHand = onHand;
    }
    if (move.fromLocationId > 0) {
        const auto after = fromOnHand.subtracted(move.quantity);
        if (!after || (after->isNegative() && !negativeStockAllowed()))
            throw InsufficientStock(move.productId, move.fromLocationId, fromOnHand, move.quantity);
    }

    QSqlQuery &insert
        = Database::exec(InsertMoveSql,
                         {m_tenantId, move.productId, nullableId(move.fromLocationId), nullableId(move.toLocationId),
                          move.quantity.toString(), reasonName(move.reason), nullableText(move.referenceType),
                          nullableId(move.referenceId), nullableText(move.note), m_userId});
    insert.next();
    const qint64 moveId = insert.value(0).toLongLong();
    insert.finish();

    if (move.fromLocationId > 0)
        changeBalance(move.productId, move.fromLocationId, *Decimal().subtracted(move.quantity));
    if (move.toLocationId > 0)
        changeBalance(move.productId, move.toLocationId, move.quantity);
    if (move.fromLocationId > 0 && move.toLocationId <= 0 && reorderPoint > Decimal())
        noteReorderPoint(move.productId, move.quantity, reorderPoint);
    return moveId;
}

QList<qint64> StockLedger::postReceipts(const QList<StockMove> &moves)
{
    if (moves.isEmpty())
        return {};
    QList<qint64> products;
    QList<qint64> locations;
    QStringList quantities;
    const StockMove &first = moves.first();
    for (const StockMove &move : moves) {
        validate(move);
        if (move.reason != StockMoveReason::Receipt || move.referenceType != first.referenceType
            || move.referenceId != first.referenceId || move.note != first.note)
            throw InvalidStockMove(QStringLiteral("direction_does_not_fit_reason"), QStringLiteral("reason"),
                                   QStringLiteral("Receipts posted together are receipts of one document."));
        products << move.productId;
        locations << move.toLocationId;
        quantities << move.quantity.toString();
    }
    QSqlQuery &q = Database::exec(PostReceiptsSql,
                                  {idArray(products), idArray(locations),
                                   QString(QLatin1Char('{') + quantities.join(QLatin1Char(',')) + QLatin1Char('}')),
                                   m_tenantId, m_tenantId, nullableText(first.referenceType),
                                   nullableId(first.referenceId), nullableText(first.note), m_userId,
                                   idArray(products)});
    q.next();
    const QStringList ids = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool productsKnown = q.value(2).toBool();
    q.finish();
    if (ids.size() != moves.size()) {
        // Something was written for the known ones; the refusal rolls the
        // caller's transaction back.
        if (!productsKnown)
            throw InvalidStockMove(QStringLiteral("unknown_product"), QStringLiteral("product_id"),
                                   QStringLiteral("There is no such product."));
        throw InvalidStockMove(QStringLiteral("unknown_location"), QStringLiteral("location_id"),
                               QStringLiteral("There is no such location."));
    }
    QList<qint64> result;
    for (const QString &id : ids)
        result << id.toLongLong();
    return result;
}

void StockLedger::noteReorderPoint(qint64 productId, const Decimal &withdrawn, const Decimal &reorderPoint) const
{
    // Report the crossing only (from at or above the reorder point to below),
    // not every withdrawal while below it.
    QSqlQuery &q = Database::exec(TotalOnHandSql, {productId});
    q.next();
    const Decimal total = parseNumeric(q.value(0));
    q.finish();
    const auto before = total.added(withdrawn);
    if (!before || total >= reorderPoint || *before < reorderPoint)
        return;
    const QJsonObject payload {{QStringLiteral("product_id"), productId},
                               {QStringLiteral("on_hand"), total.toString()},
                               {QStringLiteral("reorder_point"), reorderPoint.toString()}};
    Database::exec(InsertEventSql,
                   {m_tenantId, QStringLiteral("product.below_reorder_point"),
                    QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
        .finish();
}

qint64 StockLedger::adjust(qint64 productId, qint64 locationId, const Decimal &counted, const QString &note)
{
    if (counted.isNegative() || !fitsQuantity(counted))
        throw InvalidStockMove(QStringLiteral("counted_out_of_range"), QStringLiteral("counted"),
                               QStringLiteral("A counted quantity is zero or more, with at most 3 decimals."));
    QSqlQuery &product = Database::exec(ProductExistsSql, {productId});
    const bool productExists = product.next();
    product.finish();
    if (!productExists)
        throw InvalidStockMove(QStringLiteral("unknown_product"), QStringLiteral("product_id"),
                               QStringLiteral("There is no such product."));
    QSqlQuery &location = Database::exec(LocationExistsSql, {locationId});
    const bool locationExists = location.next();
    location.finish();
    if (!locationExists)
        throw InvalidStockMove(QStringLiteral("unknown_location"), QStringLiteral("location_id"),
                               QStringLiteral("There is no such location."));
    // The difference is taken against the locked balance, so a move posted
    // meanwhile by someone else is not overwritten by the count.
    const Decimal onHand = lockBalance(productId, locationId);
    const auto difference = counted.subtracted(onHand);
    if (!difference)
        throw InvalidStockMove(QStringLiteral("counted_out_of_range"), QStringLiteral("counted"),
                               QStringLiteral("The difference to the balance is out of range."));
    if (difference->isZero())
        return 0;
    StockMove move;
    move.productId = productId;
    move.reason = StockMoveReason::Adjustment;
    move.note = note;
    if (difference->isNegative()) {
        move.fromLocationId = locationId;
        move.quantity = *Decimal().subtracted(*difference);
    } else {
        move.toLocationId = locationId;
        move.quantity = *difference;
    }
    return post(move);
}

qint64 StockLedger::transfer(qint64 productId, qint64 fromLocationId, qint64 toLocationId, const Decimal &quantity,
                             const QString &note)
{
    StockMove move;
    move.productId = productId;
    move.fromLocationId = fromLocationId;
    move.toLocationId = toLocationId;
    move.quantity = quantity;
    move.reason = StockMoveReason::Transfer;
    move.note = note;
    return post(move);
}

Decimal StockLedger::onHand(qint64 productId, qint64 locationId) const
{
    QSqlQuery &q = Database::exec(ReadBalanceSql, {productId, locationId});
    const Decimal value = q.next() ? parseNumeric(q.value(0)) : Decimal::fromUnits(0, QuantityScale);
    q.finish();
    return value;
}

} // namespace erp::server
