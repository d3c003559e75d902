#include "server/platform/ApiSchema.h"

#include "server/platform/ListEndpoint.h"
#include "server/platform/RecordEntity.h"
#include "server/platform/RequestBody.h"

#include <QJsonArray>

namespace erp::server::ApiSchema {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }

} // namespace

QJsonObject field(const RecordField &f)
{
    QJsonObject o;
    switch (f.type) {
    case RecordField::Text: o = text(f.maxLength); break;
    case RecordField::LongText: o = text(f.maxLength == 200 ? 10'000 : f.maxLength); break;
    case RecordField::Email: o = email(); break;
    case RecordField::Date: o = date(); break;
    case RecordField::Timestamp: o = timestamp(); break;
    case RecordField::Money: o = decimal(2, 12); break;
    case RecordField::Decimal: o = decimal(f.scale, f.integerDigits); break;
    case RecordField::Currency: o = currency(); break;
    case RecordField::Percent: o = integer(0, 100); break;
    case RecordField::Boolean: o = boolean(); break;
    case RecordField::Choice: o = choice(f.choices); break;
    case RecordField::Integer: o = integer(0, f.maxValue); break;
    case RecordField::Reference:
        o = id(QStringLiteral("Id of a row of %1 you can see.").arg(f.reference.table));
        o.insert(s("x-references"), f.reference.table);
        break;
    }
    if (f.type == RecordField::Reference && !f.callerUnless.isEmpty())
        o.insert(s("description"),
                 QString(o.value(s("description")).toString()
                         + QStringLiteral(" Without %1 only your own user id.").arg(f.callerUnless)));
    if (f.defaultValue.isValid())
        o.insert(s("default"), QJsonValue::fromVariant(f.defaultValue));
    // Null clears an optional value; flags are always true or false.
    if (!f.required && f.type != RecordField::Boolean)
        o.insert(s("nullable"), true);
    return o;
}

QJsonObject body(const QList<RecordField> &fields, bool creating, const QStringList &leaveOut)
{
    Properties properties;
    QStringList required;
    for (const RecordField &f : fields) {
        if (leaveOut.contains(f.name)) {
            // Set at creation: documented, and refused with its own code (RequestSchema).
            QJsonObject fixed = field(f);
            fixed.insert(s("readOnly"), true);
            fixed.insert(s("description"), s("Set at creation; sending it is 422 not_changeable."));
            properties.append({f.name, fixed});
            continue;
        }
        properties.append({f.name, field(f)});
        if (creating && f.required)
            required << f.name;
    }
    QJsonObject o = object(properties, required);
    if (!creating)
        o.insert(s("minProperties"), 0);
    return o;
}

static QJsonValue exampleValue(const RecordField &f)
{
    switch (f.type) {
    case RecordField::Text: return QStringLiteral("Example %1").arg(f.name).left(f.maxLength);
    case RecordField::LongText: return QStringLiteral("Notes");
    case RecordField::Email: return QStringLiteral("buyer@example.com");
    case RecordField::Date: return QStringLiteral("2026-03-01");
    case RecordField::Timestamp: return QStringLiteral("2026-03-01T09:30:00Z");
    case RecordField::Money: return QStringLiteral("1250.00");
    case RecordField::Decimal: return f.scale > 0 ? QStringLiteral("1.5") : QStringLiteral("2");
    case RecordField::Currency: return QStringLiteral("EUR");
    case RecordField::Percent: return 50;
    case RecordField::Boolean: return true;
    case RecordField::Choice: return f.choices.value(0);
    case RecordField::Integer: return qint64(qMin<qint64>(f.maxValue, 7));
    case RecordField::Reference: return 1;
    }
    return {};
}

QJsonObject example(const QList<RecordField> &fields)
{
    QJsonObject o;
    for (const RecordField &f : fields)
        if (f.required || f.type != RecordField::Reference)
            o.insert(f.name, f.defaultValue.isValid() ? QJsonValue::fromVariant(f.defaultValue) : exampleValue(f));
    return o;
}

// Keys and value expressions of the first json_build_object in the SQL.
static QList<QPair<QString, QString>> jsonSqlEntries(const QString &jsonSql)
{
    QList<QPair<QString, QString>> entries;
    qsizetype start = jsonSql.indexOf(QLatin1String("json_build_object("));
    const qsizetype b = jsonSql.indexOf(QLatin1String("jsonb_build_object("));
    if (start < 0 || (b >= 0 && b < start))
        start = b;
    if (start < 0)
        return entries;
    start = jsonSql.indexOf(QLatin1Char('('), start) + 1;
    int depth = 0;
    bool quoted = false;
    QStringList arguments;
    QString current;
    for (qsizetype i = start; i < jsonSql.size(); ++i) {
        const QChar c = jsonSql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted) {
            if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == u',' && depth == 0) {
                arguments << current.trimmed();
                current.clear();
                continue;
            }
        }
        current += c;
    }
    arguments << current.trimmed();
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        const QString key = arguments.at(i);
        if (key.size() >= 2 && key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\'')))
            entries.append({key.mid(1, key.size() - 2), arguments.at(i + 1)});
    }
    return entries;
}

QStringList jsonSqlKeys(const QString &jsonSql)
{
    QStringList keys;
    for (const auto &entry : jsonSqlEntries(jsonSql))
        keys << entry.first;
    return keys;
}

// The type of an answered key the entity does not declare as a field,
// by the API's naming rules.
static QJsonObject inferred(const QString &key, const QString &expression)
{
    const QString e = expression.trimmed();
    // Timestamps are written by isoTimestampSql, dates by to_char(..., 'YYYY-MM-DD').
    if (e.startsWith(QLatin1String("to_char(")) && e.contains(QLatin1String("HH24")))
        return key == u"created_at" || key == u"updated_at" ? timestamp() : nullable(timestamp());
    if (e.startsWith(QLatin1String("to_char(")) && e.endsWith(QLatin1String("'YYYY-MM-DD')")))
        return nullable(date());
    if (e.endsWith(QLatin1String("::text")))
        return nullable(QJsonObject{{s("type"), s("string")}});
    // A list of objects built in a subquery: its items are typed the same way.
    if (e.contains(QLatin1String("json_agg(json_build_object(")))
        return arrayOf(recordFromSql(e));
    if (e.startsWith(QLatin1String("(SELECT count(")))
        return integer(0);
    // A setting read beside the record: "(SELECT x::text FROM ...)".
    if (e.startsWith(QLatin1String("(SELECT ")) && e.contains(QLatin1String("::text FROM ")))
        return nullable(QJsonObject{{s("type"), s("string")}});
    if (key == u"id")
        return id();
    if (key == u"version")
        return integer(1);
    if (key == u"created_at" || key == u"updated_at")
        return timestamp();
    if (key.endsWith(QLatin1String("_id")) || key.endsWith(QLatin1String("_by")))
        return nullable(id());
    if (key == u"position")
        return integer(0);
    if (key.endsWith(QLatin1String("_at")))
        return nullable(timestamp());
    if (key.endsWith(QLatin1String("_date")))
        return nullable(date());
    if (key.endsWith(QLatin1String("_ids")))
        return arrayOf(id());
    // Counts, counted in the statement or kept with the record: never null.
    if (key.endsWith(QLatin1String("_count")) || key.endsWith(QLatin1String("_given")))
        return integer(0);
    if (key.endsWith(QLatin1String("_needed")))
        return nullable(integer(0));
    if (key.endsWith(QLatin1String("_currency")))
        return nullable(currency());
    if (key.startsWith(QLatin1String("is_")) || key == u"done" || key == u"by_rule")
        return boolean();
    if (key.endsWith(QLatin1String("_name")) || key.endsWith(QLatin1String("_symbol"))
        || key.endsWith(QLatin1String("_code")) || key.endsWith(QLatin1String("_reason"))
        || key.endsWith(QLatin1String("_sku")) || key.endsWith(QLatin1String("_email"))
        || key.endsWith(QLatin1String("_barcode"))
        || QStringList{s("name"), s("status"), s("state"), s("kind"), s("number"), s("bucket"), s("code"),
                       s("sku"), s("barcode"), s("symbol"), s("currency"), s("notes"), s("description"),
                       s("comment"), s("decision"), s("entity"), s("action"), s("permission")}
               .contains(key))
        return nullable(QJsonObject{{s("type"), s("string")}});
    return any(QStringLiteral("Computed by the server."));
}

QJsonObject recordFromSql(const QString &jsonSql, const QList<RecordField> &fields, const Properties &typed)
{
    Properties properties;
    QStringList required;
    for (const auto &[key, expression] : jsonSqlEntries(jsonSql)) {
        QJsonObject schema;
        for (const RecordField &f : fields)
            if (f.name == key) {
                schema = field(f);
                schema.remove(s("default"));
                // Stored values may predate a field being required.
                if (f.type != RecordField::Boolean)
                    schema.insert(s("nullable"), true);
            }
        for (const auto &[name, given] : typed)
            if (name == key)
                schema = given;
        if (schema.isEmpty())
            schema = inferred(key, expression);
        properties.append({key, schema});
        required << key; // json_build_object always writes every key
    }
    return object(properties, required);
}

QJsonObject record(const RecordEntity &entity)
{
    return recordFromSql(entity.jsonSql, entity.fields);
}

QJsonObject listPage(const QJsonObject &item)
{
    return object({{s("items"), QJsonObject{{s("type"), s("array")}, {s("items"), item}}},
                   {s("next_cursor"), described(nullable(QJsonObject{{s("type"), s("string")}}),
                                                s("Opaque; send as ?cursor= for the next page. Null on the last page."))},
                   {s("total_estimate"), described(integer(0), s("Rows in the whole list (see total_exact)."))},
                   {s("total_exact"), described(boolean(), s("Whether total_estimate is an exact count."))}},
                  {s("items"), s("next_cursor"), s("total_estimate"), s("total_exact")});
}

QList<QJsonObject> listParameters(const ListSpec &spec)
{
    QList<QJsonObject> out;
    out << queryParameter(s("limit"), integer(1),
                          QStringLiteral("Items per page, default %1; more than %2 is answered with %2.")
                              .arg(ListEndpoint::DefaultLimit)
                              .arg(ListEndpoint::MaxLimit));
    out << queryParameter(s("cursor"), QJsonObject{{s("type"), s("string")}},
                          s("next_cursor of the previous page."));
    QStringList sortKeys;
    for (const ListField &f : spec.fields)
        if (f.sortable)
            sortKeys << f.name << QLatin1Char('-') + f.name;
    if (!sortKeys.isEmpty()) {
        QJsonObject sort = choice(sortKeys);
        sort.insert(s("default"), spec.defaultSort);
        out << queryParameter(s("sort"), sort, s("Sort key; a leading '-' sorts descending."));
    }
    if (!spec.searchColumns.isEmpty())
        out << queryParameter(s("q"), text(200), s("Search text (case-insensitive, part of a word)."));
    for (const ListField &f : spec.fields) {
        if (!f.filterable)
            continue;
        switch (f.type) {
        case ListField::Timestamp:
            out << queryParameter(f.name + s("_from"), timestamp(), QStringLiteral("%1 at or after").arg(f.name));
            out << queryParameter(f.name + s("_to"), timestamp(), QStringLiteral("%1 before").arg(f.name));
            break;
        case ListField::Integer:
            out << queryParameter(f.name, QJsonObject{{s("type"), s("integer")}, {s("format"), s("int64")}},
                                  QStringLiteral("Only items with this %1").arg(f.name));
            break;
        case ListField::Boolean:
            out << queryParameter(f.name, boolean(), QStringLiteral("Only items with this %1").arg(f.name));
            break;
        case ListField::Decimal:
            out << queryParameter(f.name, decimal(6, 18), QStringLiteral("Only items with this %1").arg(f.name));
            break;
        case ListField::Text:
            out << queryParameter(f.name, text(500), QStringLiteral("Only items with this %1").arg(f.name));
            break;
        }
    }
    return out;
}

} // namespace erp::server::ApiSchema

namespace erp::server::ApiDocs {

using namespace ApiSchema;

RouteDoc list(const ListSpec &spec, const QJsonObject &item)
{
    RouteDoc d;
    d.queryParameters = listParameters(spec);
    d.responses.append({200, QStringLiteral("One page of the list; with Accept: text/csv the whole list as CSV"),
                        listPage(item), QStringLiteral("application/json"), {}, !spec.csvColumns.isEmpty()});
    return d;
}

RouteDoc list(const ListSpec &spec, const Properties &typed)
{
    return list(spec, recordFromSql(spec.itemJson, {}, typed));
}

RouteDoc read(const QJsonObject &record)
{
    return RouteDoc().returns(200, QStringLiteral("The record; ETag carries its version"), record,
                              {QStringLiteral("ETag")});
}

RouteDoc create(const QList<RecordField> &fields, const QJsonObject &record)
{
    return RouteDoc()
        .body(body(fields, true), example(fields))
        .returns(201, QStringLiteral("Created; Location names the new record"), record,
                 {QStringLiteral("Location"), QStringLiteral("ETag")});
}

RouteDoc change(const QList<RecordField> &fields, const QJsonObject &record, const QStringList &leaveOut)
{
    return RouteDoc()
        .body(body(fields, false, leaveOut))
        .withIfMatch()
        .returns(200, QStringLiteral("The changed record with its new ETag"), record, {QStringLiteral("ETag")});
}

RouteDoc remove()
{
    return RouteDoc().withIfMatch().noContent(QStringLiteral("Deleted"));
}

} // namespace erp::server::ApiDocs
