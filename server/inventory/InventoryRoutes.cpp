#include "server/inventory/InventoryRoutes.h"

#include "server/http/Router.h"

namespace erp::server {

void registerInventoryRoutes(Router &) { }

} // namespace erp::server
