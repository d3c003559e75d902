#pragma once

#include "server/platform/RecordReference.h"

#include <QMap>
#include <QStringList>
#include <QVariant>

namespace erp::server {

// One writable field of a record: its JSON name (also its column), its type
// and its limits. Modules declare their fields once; reading a body,
// validating it (with every problem reported at once, as field errors) and
// writing the row all follow from the declaration (RecordFields).
struct RecordField
{
    enum Type {
        Text, // trimmed; empty means "not set" (NULL) unless required
        LongText, // notes: up to maxLength, default 10,000
        Email, // shared Validation::isEmail
        Date, // "YYYY-MM-DD"
        Timestamp, // RFC 3339 with a zone ("Z" or an offset)
        Money, // decimal string, >= 0, at most 12 integer digits and 2 decimals
        Currency, // ISO 4217 code from shared Currency
        Percent, // whole number 0..100
        Boolean,
        Choice, // one of `choices`
        Reference, // the id of a row `reference` describes
    };
    QString name;
    Type type = Text;
    bool required = false; // on create; on update it may not be cleared
    int maxLength = 200;
    QStringList choices;
    RecordReference reference;
    // A permission: without it the value must be the caller (owners of
    // records: a user cannot create records they could not see).
    QString callerUnless;

    static RecordField of(const QString &name, Type type, int maxLength = 200)
    {
        RecordField f;
        f.name = name;
        f.type = type;
        f.maxLength = maxLength;
        return f;
    }
    static RecordField choiceOf(const QString &name, const QStringList &choices)
    {
        RecordField f = of(name, Choice);
        f.choices = choices;
        return f;
    }
    static RecordField referenceTo(const QString &name, const RecordReference &reference)
    {
        RecordField f = of(name, Reference);
        f.reference = reference;
        return f;
    }
    RecordField asRequired() const
    {
        RecordField f = *this;
        f.required = true;
        return f;
    }
    RecordField callerUnlessPermitted(const char *permission) const
    {
        RecordField f = *this;
        f.callerUnless = QLatin1String(permission);
        return f;
    }
};

// Values read from a body, by field name; a null QVariant of the right type
// clears the column.
using RecordValues = QMap<QString, QVariant>;

} // namespace erp::server
