#pragma once

#include <QJsonObject>

namespace erp::server {

class Router;

// The OpenAPI 3 document for every route in the table: path parameters with
// their types, the permission each route needs (x-required-permission),
// bearer security on everything that is not public, problem+json errors.
QJsonObject buildOpenApiDocument(const Router &router);

} // namespace erp::server
