#pragma once

namespace erp::server {

class Router;

// /api/docs: the human-readable API reference (Redoc, vendored under
// resources/redoc and carried in the server's resources) over
// /api/v1/openapi.json. Public, and loads nothing from outside the server.
void registerApiReferenceRoutes(Router &router);

} // namespace erp::server
