#pragma once

#include "server/http/JsonSchema.h"
#include "server/http/RouteDoc.h"
#include "server/platform/RecordField.h"


namespace erp::server {

struct ListSpec;
struct RecordEntity;

// JSON schemas (the OpenAPI 3.0 subset) for the route declarations: built
// from the same declarations that validate requests (RecordField,
// RequestBody's limits) and build answers (RecordEntity::jsonSql, ListSpec),
// so the published document follows the code.
namespace ApiSchema {

// The request schema of one declared field (null clears it unless required).
QJsonObject field(const RecordField &f);
// A create (required fields required) or change body over declared fields.
QJsonObject body(const QList<RecordField> &fields, bool creating, const QStringList &leaveOut = {});
// A body that validates: every required field, plus the optional ones
// that are not references (their ids depend on the data).
QJsonObject example(const QList<RecordField> &fields);

// A record as answered: the keys of the entity's json_build_object, typed
// by its declared fields where it has one and by the naming rules of the
// API otherwise (id, version and *_id integers, *_at timestamps, ...).
QJsonObject record(const RecordEntity &entity);
// `typed` gives the schema of keys that are neither fields nor named by the rules.
QJsonObject recordFromSql(const QString &jsonSql, const QList<RecordField> &fields = {},
                          const Properties &typed = {});
// The top-level keys of the first json_build_object in the SQL, in order.
QStringList jsonSqlKeys(const QString &jsonSql);

// The page of a list: items, next_cursor, total_estimate, total_exact.
QJsonObject listPage(const QJsonObject &item);
// limit, cursor, sort (its keys), q when searchable, each declared filter.
QList<QJsonObject> listParameters(const ListSpec &spec);

} // namespace ApiSchema

// Documentation of the usual kinds of route, for the declarations.
namespace ApiDocs {
// GET on a collection answered by ListEndpoint.
RouteDoc list(const ListSpec &spec, const QJsonObject &item);
// The same with the item schema read from the spec's itemJson.
RouteDoc list(const ListSpec &spec, const ApiSchema::Properties &typed = {});
// GET of one record (ETag).
RouteDoc read(const QJsonObject &record);
// POST creating a record from declared fields (201, Location, ETag).
RouteDoc create(const QList<RecordField> &fields, const QJsonObject &record);
// PATCH of declared fields with If-Match.
RouteDoc change(const QList<RecordField> &fields, const QJsonObject &record, const QStringList &leaveOut = {});
// DELETE with If-Match (204).
RouteDoc remove();
} // namespace ApiDocs

} // namespace erp::server
