#pragma once

#include "server/http/HttpResponse.h"
#include "server/http/Principal.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariant>

namespace erp::server {

class RequestBody;

// One writable field of a CRM record: its JSON name (also its column), its
// type and its limits. Services declare their fields once; reading a body,
// validating it (with every problem reported at once, as field errors) and
// writing the row all follow from the declaration.
struct CrmField
{
    enum Type {
        Text,        // trimmed; empty means "not set" (NULL) unless required
        LongText,    // notes: up to maxLength, default 10,000
        Email,       // shared Validation::isEmail
        Date,        // "YYYY-MM-DD"
        Timestamp,   // RFC 3339 with a zone ("Z" or an offset)
        Money,       // decimal string, >= 0, at most 12 integer digits and 2 decimals
        Currency,    // ISO 4217 code from shared Currency
        Percent,     // whole number 0..100
        Boolean,
        Choice,      // one of `choices`
        UserRef,     // an active user of the caller's tenant
        StageRef,    // a pipeline stage of the caller's tenant
        AccountRef,  // an account the caller can see
        ContactRef,  // a contact the caller can see
        LeadRef,     // a lead the caller can see
    };
    QString name;
    Type type = Text;
    bool required = false;       // on create; on update it may not be cleared
    int maxLength = 200;
    QStringList choices;
    // Without crm.view_all the value must be the caller (owners of leads and
    // contacts: a rep cannot create records they could not see).
    bool callerUnlessViewAll = false;
};

// Values read from a body, by field name; a null QVariant of the right type
// clears the column.
using CrmValues = QMap<QString, QVariant>;

class CrmFields
{
public:
    // Reads and validates the fields present in `json` (on create, required
    // ones must be present). Unknown and server-owned fields are 400 at once;
    // problems with values are collected and thrown together as 422 after
    // the reference checks, which run in the caller's transaction.
    static CrmValues read(const QJsonObject &json, const QList<CrmField> &fields, bool creating,
                          const Principal &caller, const QStringList &extraAllowed = {},
                          QList<FieldError> *errors = nullptr);

    // Checks one value of the given type as read() does; for CSV import and
    // conversion, which validate text cells. Returns the value to bind, or
    // records an error and returns an invalid QVariant.
    static QVariant checkText(const CrmField &field, const QString &text, const Principal &caller,
                              QList<FieldError> *errors, const QString &errorField);

    // INSERT of every declared field (missing ones NULL) plus tenant_id and the
    // given extra columns; returns the new id.
    static qint64 insert(const QString &table, const QList<CrmField> &fields, const CrmValues &values,
                         qint64 tenantId, const CrmValues &extra = {});
    // UPDATE of the given values plus version + 1 and updated_at.
    static void update(const QString &table, qint64 id, const QList<CrmField> &fields, const CrmValues &values,
                       const CrmValues &extra = {});

    // The SQL cast for a field's bound value ("?::date").
    static QString placeholder(CrmField::Type type);
    static QVariant nullFor(CrmField::Type type);

    // Whether the record exists for the caller (record rules applied).
    static bool referenceVisible(CrmField::Type type, qint64 id, const Principal &caller);
};

} // namespace erp::server
