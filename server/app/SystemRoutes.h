#pragma once

#include <QString>

namespace erp::server {

class Router;

// /healthz (the process is up), /readyz (503 while the database is unreachable
// or migrations are pending) and /api/v1/openapi.json (generated from the
// route table, so it cannot miss a route).
void registerSystemRoutes(Router &router, const QString &migrationsDir);

} // namespace erp::server
