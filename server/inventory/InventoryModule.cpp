#include "server/inventory/InventoryModule.h"

#include "server/inventory/InventoryRoutes.h"

namespace erp::server {

QString InventoryModule::name() const
{
    return QStringLiteral("inventory");
}

void InventoryModule::registerRoutes(Router &router) const
{
    registerInventoryRoutes(router);
}

} // namespace erp::server
