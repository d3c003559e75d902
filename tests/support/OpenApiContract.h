#pragma once

#include "tests/support/TlsTestClient.h"

#include <QJsonObject>
#include <QStringList>

namespace erp::test {

// Checks live answers against an OpenAPI 3.0 document: the status must be
// documented for the operation, a documented body must come with its media
// type and validate against its schema, and the headers documented on a
// success answer must be there. The schema check is the JSON Schema subset
// the server's documents use: $ref (to #/components/...), type, nullable,
// properties, required, additionalProperties, items, enum, pattern,
// minLength/maxLength, minimum/maximum, minItems/maxItems, format (date,
// date-time, int64). An undocumented field, a missing required one, a
// value of another type or a value the document leaves untyped (a schema
// without "type", at any depth) is a violation. An object's fields beyond
// its properties are undocumented unless additionalProperties allows them.
class OpenApiContract
{
public:
    explicit OpenApiContract(const QJsonObject &document);

    // Violations of the answer to `method` on the documented `pathTemplate`
    // ("/api/v1/leads/{id}"), each naming the place; empty when it conforms.
    QStringList check(const QByteArray &method, const QString &pathTemplate,
                      const TlsTestClient::Response &response) const;
    // Violations of a JSON value against a schema (for bodies sent, too).
    QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &where) const;

    QJsonObject operation(const QByteArray &method, const QString &pathTemplate) const;
    // A JSON object, array or the like reached through $ref when it is one.
    QJsonObject resolve(const QJsonObject &maybeRef) const;

private:
    void validateInto(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                      QStringList *out) const;

    QJsonObject m_document;
};

} // namespace erp::test
