#pragma once

#include "server/platform/Module.h"

namespace erp::server {

// Inventory: products, units, warehouses and locations, stock balances, the
// stock ledger, adjustments and transfers. Knows nothing of purchasing; a
// new organisation's units and warehouse come with the procurement defaults
// (PurchasingModule), which purchasing needs as well.
class InventoryModule : public Module
{
public:
    QString name() const override;
    void registerRoutes(Router &router) const override;
};

} // namespace erp::server
