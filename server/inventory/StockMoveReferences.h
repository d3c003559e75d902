#pragma once

#include <QString>

namespace erp::server {

// The words a person knows a stock move's reference document by
// ("PO-2026-00042" rather than purchase order 7). Inventory lists moves but
// does not know the documents behind them: the module that books moves for a
// kind of document (purchasing: "purchase_order") tells it once at start-up,
// as an SQL expression over the reference id. Without one, a move has no
// label. Inventory thus never names another module's tables (tst_moduleseam).
class StockMoveReferences
{
public:
    // `labelSql` is a scalar SQL text expression with "%1" standing for the
    // reference id column; it runs under the caller's row-level security like
    // the rest of the query. Set during start-up, before requests are served.
    static void setLabelSource(const QString &referenceType, const QString &labelSql);
    // One text expression for the label of a move, NULL where no module
    // labels its reference type.
    static QString labelSqlFor(const QString &typeColumn, const QString &idColumn);
};

} // namespace erp::server
