#pragma once

#include <QJsonObject>

namespace erp::server {

struct HttpRequest;
struct RouteDoc;

// Holds every JSON request body to the schema its route declares in its
// RouteDoc, the same schema the OpenAPI document publishes, before the
// handler runs. So the document cannot promise less than the server checks
// for a body's shape, nor accept more:
// - a field the schema does not declare (at any depth) is 400 unknown_field,
//   or read_only_field for the fields only the server sets (as RequestBody);
// - a missing required field, or null where the schema is not nullable, is
//   422 "required"; a value of another JSON type is 422 "wrong_type"; a list
//   longer than its maxItems is 422 "too_many_items"; a field documented as
//   readOnly (set at creation) is 422 "not_changeable"; all of them together.
// Value rules with their own codes (lengths, patterns, choices, bounds) stay
// with the handlers, which check them from the same field declarations the
// schema is generated from.
namespace RequestSchema {

// Throws ApiError for a JSON body that does not fit route's declared schema.
// Bodies that are empty or not application/json are left to the handler
// (415, or no body where one is optional).
void check(const HttpRequest &request, const RouteDoc &doc);

// The same for a parsed body (tests, and bodies read another way).
void check(const QJsonObject &body, const QJsonObject &schema);

} // namespace RequestSchema

} // namespace erp::server
