#pragma once

#include <QJsonObject>

namespace erp::server {

struct RouteDoc;

// Holds every JSON request body to the schema its route declares in its
// RouteDoc, the same schema the OpenAPI document publishes. So the document
// cannot promise less than the server checks for a body's shape, nor accept
// more:
// - a field the schema does not declare (at any depth) is 400 unknown_field,
//   or read_only_field for the fields only the server sets (as RequestBody);
// - null where the schema is not nullable is 422 "required" (a missing
//   required field is reported by the handler, with its value checks); a
//   value of another JSON type is 422 "wrong_type"; a list
//   longer than its maxItems is 422 "too_many_items"; a field documented as
//   readOnly (set at creation) is 422 "not_changeable"; all of them together.
// Value rules with their own codes (lengths, patterns, choices, bounds) stay
// with the handlers, which check them from the same field declarations the
// schema is generated from.
namespace RequestSchema {

// The JSON body schema a route declares, or null (none, or not JSON).
const QJsonObject *declared(const RouteDoc &doc);

// Throws ApiError for a body that does not fit the schema. ApiDispatcher
// makes it the check of RequestContext::jsonBody() (BodySchemaScope), so it
// runs where the handler reads the body: after the handler's own 404 and
// permission checks, before it looks at any field.
void check(const QJsonObject &body, const QJsonObject &schema);

} // namespace RequestSchema

} // namespace erp::server
