#pragma once

namespace erp::server {

class Router;

// /accounts, /contacts, /leads (+ /convert, /win, /lose, /reopen, /board,
// /import), /pipeline-stages, /activities (+ /mine).
void registerCrmRoutes(Router &router);

} // namespace erp::server
