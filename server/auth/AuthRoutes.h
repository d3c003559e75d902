#pragma once

namespace erp::server {

class Router;

// POST /api/v1/auth/login, /refresh, /logout, /password and GET /api/v1/auth/me.
// TokenService::configure() must have been called before the first request.
void registerAuthRoutes(Router &router);

} // namespace erp::server
