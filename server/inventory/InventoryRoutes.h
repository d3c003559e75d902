#pragma once

namespace erp::server {

class Router;

// Products, units, warehouses, locations, stock and the stock ledger over
// HTTP (see docs/api and PROCUREMENT.md).
void registerInventoryRoutes(Router &router);

} // namespace erp::server
