#include "server/platform/RecordFields.h"

#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordRules.h"
#include "server/platform/RequestBody.h"
#include "shared/Currency.h"
#include "shared/Decimal.h"
#include "shared/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;

namespace {

void addError(QList<FieldError> *errors, const QString &field, const QString &code, const QString &message)
{
    errors->append({field, code, message});
}

bool isDateText(const QString &s, QDate *out)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(s).hasMatch())
        return false;
    *out = QDate::fromString(s, Qt::ISODate);
    return out->isValid();
}

bool isTimestampText(const QString &s, QDateTime *out)
{
    // A zone is required: a bare local time means something else on every
    // client machine.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(s).hasMatch())
        return false;
    *out = QDateTime::fromString(s, Qt::ISODateWithMs);
    return out->isValid();
}

} // namespace

QString RecordFields::placeholder(RecordField::Type type)
{
    switch (type) {
    case RecordField::Date: return QStringLiteral("?::date");
    case RecordField::Timestamp: return QStringLiteral("?::timestamptz");
    case RecordField::Money: return QStringLiteral("?::numeric");
    case RecordField::Percent: return QStringLiteral("?::smallint");
    case RecordField::Boolean: return QStringLiteral("?::boolean");
    case RecordField::Reference: return QStringLiteral("?::bigint");
    default: return QStringLiteral("?::text");
    }
}

QVariant RecordFields::nullFor(RecordField::Type type)
{
    switch (type) {
    case RecordField::Percent: return QVariant(QMetaType::fromType<int>());
    case RecordField::Boolean: return QVariant(QMetaType::fromType<bool>());
    case RecordField::Reference: return QVariant(QMetaType::fromType<qint64>());
    default: return QVariant(QMetaType::fromType<QString>());
    }
}

bool RecordFields::referenceVisible(const RecordReference &reference, qint64 id, const Principal &caller)
{
    // Row-level security limits every lookup to the caller's tenant; the
    // record rule limits it to what the caller may see.
    const QString rule = reference.recordRule ? reference.recordRule(caller) : QString();
    const QString sql = QStringLiteral("SELECT 1 FROM %1 %2 WHERE %2.id = ? AND %3")
                            .arg(reference.table, reference.alias,
                                 RecordRules::orTrue(RecordRules::both(reference.condition, rule)));
    QSqlQuery &q = Database::exec(sql, {id});
    const bool found = q.next();
    q.finish();
    return found;
}

QVariant RecordFields::checkText(const RecordField &f, const QString &raw, const Principal &caller,
                              QList<FieldError> *errors, const QString &field)
{
    const QString s = raw.trimmed();
    if (s.isEmpty()) {
        if (f.required) {
            addError(errors, field, QStringLiteral("required"), QStringLiteral("This field is required."));
            return {};
        }
        return nullFor(f.type);
    }
    const int maxLength = f.type == RecordField::LongText && f.maxLength == 200 ? 10'000 : f.maxLength;
    switch (f.type) {
    case RecordField::Text:
    case RecordField::LongText:
        if (s.size() > maxLength) {
            addError(errors, field, QStringLiteral("too_long"), QStringLiteral("At most %1 characters.").arg(maxLength));
            return {};
        }
        return s;
    case RecordField::Email:
        if (!erp::shared::Validation::isEmail(s)) {
            addError(errors, field, QStringLiteral("invalid_email"), QStringLiteral("Enter a valid email address."));
            return {};
        }
        return s;
    case RecordField::Date: {
        QDate d;
        if (!isDateText(s, &d)) {
            addError(errors, field, QStringLiteral("invalid_date"), QStringLiteral("Enter a date as YYYY-MM-DD."));
            return {};
        }
        return d.toString(Qt::ISODate);
    }
    case RecordField::Timestamp: {
        QDateTime dt;
        if (!isTimestampText(s, &dt)) {
            addError(errors, field, QStringLiteral("invalid_timestamp"),
                     QStringLiteral("Enter an RFC 3339 time with a zone, e.g. 2026-03-01T09:30:00Z."));
            return {};
        }
        return dt.toUTC().toString(Qt::ISODateWithMs);
    }
    case RecordField::Money: {
        const auto value = Decimal::parse(s, 2);
        if (!value) {
            addError(errors, field, QStringLiteral("invalid_decimal"),
                     QStringLiteral("Enter an amount such as 1250.00 (at most 2 decimals, no exponent)."));
            return {};
        }
        if (value->isNegative()) {
            addError(errors, field, QStringLiteral("must_not_be_negative"), QStringLiteral("The amount cannot be negative."));
            return {};
        }
        if (value->integerDigits() > 12) {
            addError(errors, field, QStringLiteral("too_large"), QStringLiteral("At most 12 digits before the decimal point."));
            return {};
        }
        return value->toString();
    }
    case RecordField::Currency:
        if (!erp::shared::Currency::isKnown(s)) {
            addError(errors, field, QStringLiteral("unknown_currency"),
                     QStringLiteral("Use an ISO 4217 currency code such as EUR or USD."));
            return {};
        }
        return s;
    case RecordField::Percent: {
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok || v < 0 || v > 100) {
            addError(errors, field, QStringLiteral("out_of_range"), QStringLiteral("Enter a whole number from 0 to 100."));
            return {};
        }
        return v;
    }
    case RecordField::Boolean:
        if (s == u"true")
            return true;
        if (s == u"false")
            return false;
        addError(errors, field, QStringLiteral("wrong_type"), QStringLiteral("Expected true or false."));
        return {};
    case RecordField::Choice:
        if (!f.choices.contains(s)) {
            addError(errors, field, QStringLiteral("invalid_choice"),
                     QStringLiteral("One of: %1.").arg(f.choices.join(QStringLiteral(", "))));
            return {};
        }
        return s;
    default: {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id < 1) {
            addError(errors, field, QStringLiteral("wrong_type"), QStringLiteral("Expected a positive whole number."));
            return {};
        }
        if (!f.callerUnless.isEmpty() && id != caller.userId && !caller.has(f.callerUnless)) {
            addError(errors, field, QStringLiteral("owner_not_allowed"),
                     QStringLiteral("You can only assign records to yourself."));
            return {};
        }
        if (!referenceVisible(f.reference, id, caller)) {
            addError(errors, field, f.reference.errorCode, f.reference.errorMessage);
            return {};
        }
        return id;
    }
    }
}

RecordValues RecordFields::read(const QJsonObject &json, const QList<RecordField> &fields, bool creating,
                          const Principal &caller, const QStringList &extraAllowed, QList<FieldError> *errorsOut)
{
    QStringList allowed = extraAllowed;
    for (const RecordField &f : fields)
        allowed << f.name;
    RequestBody body(json, allowed);   // unknown and server-owned fields: 400 at once

    QList<FieldError> errors;
    RecordValues values;
    for (const RecordField &f : fields) {
        const QJsonValue v = json.value(f.name);
        if (v.isUndefined()) {
            if (creating && f.required)
                addError(&errors, f.name, QStringLiteral("required"), QStringLiteral("This field is required."));
            continue;
        }
        if (v.isNull()) {
            // Flags are true or false, never unknown.
            if (f.required || f.type == RecordField::Boolean)
                addError(&errors, f.name, QStringLiteral("required"), QStringLiteral("This field cannot be emptied."));
            else
                values.insert(f.name, nullFor(f.type));
            continue;
        }
        // JSON types first, then the same text rules the CSV import uses.
        QString text;
        switch (f.type) {
        case RecordField::Percent:
        case RecordField::Reference: {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != double(qint64(d)) || d < -1e15 || d > 1e15) {
                addError(&errors, f.name, QStringLiteral("wrong_type"), QStringLiteral("Expected a whole number."));
                continue;
            }
            text = QString::number(qint64(d));
            break;
        }
        case RecordField::Boolean:
            if (!v.isBool()) {
                addError(&errors, f.name, QStringLiteral("wrong_type"), QStringLiteral("Expected true or false."));
                continue;
            }
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case RecordField::Money:
            // Decimals travel as strings: a JSON number may already have
            // been rounded through a double by the sender.
            if (!v.isString()) {
                addError(&errors, f.name, QStringLiteral("wrong_type"),
                         QStringLiteral("Send amounts as strings, e.g. \"1250.00\"."));
                continue;
            }
            text = v.toString();
            break;
        default:
            if (!v.isString()) {
                addError(&errors, f.name, QStringLiteral("wrong_type"), QStringLiteral("Expected text."));
                continue;
            }
            text = v.toString();
            break;
        }
        const QVariant value = checkText(f, text, caller, &errors, f.name);
        if (value.isValid())
            values.insert(f.name, value);
    }
    if (errorsOut) {
        errorsOut->append(errors);
        return values;
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    return values;
}

qint64 RecordFields::insert(const QString &table, const QList<RecordField> &fields, const RecordValues &values,
                         qint64 tenantId, const RecordValues &extra)
{
    // Column names come from the declarations, never from the request;
    // every value is bound. All declared columns are always listed so that
    // one entity has one INSERT text (one cached prepared statement).
    QStringList columns{QStringLiteral("tenant_id")};
    QStringList placeholders{QStringLiteral("?")};
    QVariantList bound{tenantId};
    for (const RecordField &f : fields) {
        columns << f.name;
        placeholders << placeholder(f.type);
        bound << values.value(f.name, nullFor(f.type));
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        columns << it.key();
        placeholders << QStringLiteral("?");
        bound << it.value();
    }
    QSqlQuery &q = Database::exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                      .arg(table, columns.join(QStringLiteral(", ")),
                                           placeholders.join(QStringLiteral(", "))),
                                  bound);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void RecordFields::update(const QString &table, qint64 id, const QList<RecordField> &fields, const RecordValues &values,
                       const RecordValues &extra)
{
    QStringList sets;
    QVariantList bound;
    for (const RecordField &f : fields) {
        if (!values.contains(f.name))
            continue;
        sets << f.name + QStringLiteral(" = ") + placeholder(f.type);
        bound << values.value(f.name);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        bound << it.value();
    }
    sets << QStringLiteral("version = version + 1") << QStringLiteral("updated_at = now()");
    bound << id;
    Database::exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), bound)
        .finish();
}

} // namespace erp::server
