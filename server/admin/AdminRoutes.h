#pragma once

namespace erp::server {

class Router;

// /users, /roles, /permissions, /sessions, /audit-log.
void registerAdminRoutes(Router &router);

} // namespace erp::server
