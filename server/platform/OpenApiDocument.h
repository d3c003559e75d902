#pragma once

#include <QJsonObject>
#include <QStringList>

namespace erp::server {

class Router;

// The OpenAPI 3 document for every route in the table: path parameters with
// their types, the permission each route needs (x-required-permission),
// bearer security on everything that is not public, problem+json errors.
QJsonObject buildOpenApiDocument(const Router &router);

// "METHOD /pattern: what is missing" for every route whose declaration does
// not document it fully: no answer, a success answer (other than 204)
// without a schema, a POST/PUT/PATCH without a request schema (or an
// explicit withoutBody()). Empty when every route is documented.
QStringList undocumentedRoutes(const Router &router);

} // namespace erp::server
