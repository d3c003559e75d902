#pragma once

#include <QString>

namespace erp::server {

// What is on its way to stock per product, in the product's stock unit.
// Inventory shows it (GET /stock, the reorder list) but does not know where
// it comes from: the module that orders goods (purchasing: approved and
// ordered lines not yet received) tells it once at start-up, as an SQL
// expression over a product id. Without one, nothing is incoming. Inventory
// thus never names another module's tables (tst_moduleseam).
class IncomingStock
{
public:
    // `perProductSql` is a scalar SQL expression (numeric, never NULL) with
    // "%1" standing for the product id column; it runs under the caller's
    // row-level security like the rest of the query. Set during start-up,
    // before requests are served.
    static void setSource(const QString &perProductSql);
    // The expression for one product id column ("b.product_id"); "0" when
    // no module supplies incoming goods.
    static QString sqlFor(const QString &productIdColumn);
};

} // namespace erp::server
