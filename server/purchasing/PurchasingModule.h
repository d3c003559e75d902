#pragma once

#include "server/platform/Module.h"

namespace erp::server {

// Procurement: suppliers and their prices, purchase orders with their
// approval workflow and receiving, organisation settings, exchange rates and
// approval rules. A new organisation gets the procurement defaults (settings,
// units, a warehouse with receiving and storage locations, the approval bands
// of PROCUREMENT.md); the demo organisation suppliers, products, stock and
// orders in several states.
class PurchasingModule : public Module
{
public:
    QString name() const override;
    void registerRoutes(Router &router) const override;
    void provisionTenant(qint64 tenantId, Transaction &tx) const override;
    void seedDemoData(const DemoTenant &demo, Transaction &tx) const override;
};

} // namespace erp::server
