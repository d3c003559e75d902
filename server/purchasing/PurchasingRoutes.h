#pragma once

namespace erp::server {

class Router;

// Purchase orders and their actions, suppliers, supplier prices, settings,
// exchange rates and approval rules over HTTP.
void registerPurchasingRoutes(Router &router);

} // namespace erp::server
