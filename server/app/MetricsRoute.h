#pragma once

#include <QString>

namespace erp::server {

class Router;

// GET /metrics in Prometheus text format (see ServerMetrics). Served to
// loopback clients; from elsewhere only with `Authorization: Bearer <token>`
// when a metrics token is configured (metrics/token), else 403.
void registerMetricsRoute(Router &router, const QString &token);

} // namespace erp::server
