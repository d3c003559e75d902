#pragma once

#include "server/http/HttpResponse.h"
#include "server/platform/RecordField.h"

#include <QJsonObject>
#include <QList>

namespace erp::server {

class RequestBody;

// Reading, validating and writing declared fields (RecordField).
class RecordFields
{
public:
    // Reads and validates the fields present in `json` (on create, required
    // ones must be present). Unknown and server-owned fields are 400 at once;
    // problems with values are collected and thrown together as 422 after
    // the reference checks, which run in the caller's transaction.
    static RecordValues read(const QJsonObject &json, const QList<RecordField> &fields, bool creating,
                          const Principal &caller, const QStringList &extraAllowed = {},
                          QList<FieldError> *errors = nullptr);

    // Checks one value of the given type as read() does; for CSV import and
    // conversion, which validate text cells. Returns the value to bind, or
    // records an error and returns an invalid QVariant.
    static QVariant checkText(const RecordField &field, const QString &text, const Principal &caller,
                              QList<FieldError> *errors, const QString &errorField);

    // INSERT of every declared field (missing ones NULL) plus tenant_id and the
    // given extra columns; returns the new id.
    static qint64 insert(const QString &table, const QList<RecordField> &fields, const RecordValues &values,
                         qint64 tenantId, const RecordValues &extra = {});
    // UPDATE of the given values plus version + 1 and updated_at.
    static void update(const QString &table, qint64 id, const QList<RecordField> &fields, const RecordValues &values,
                       const RecordValues &extra = {});

    // The SQL cast for a field's bound value ("?::date").
    static QString placeholder(RecordField::Type type);
    static QVariant nullFor(RecordField::Type type);

    // Whether the referenced row exists for the caller (its record rule applied).
    static bool referenceVisible(const RecordReference &reference, qint64 id, const Principal &caller);
};

} // namespace erp::server
