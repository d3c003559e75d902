#include "server/platform/RequestSchema.h"

#include "server/http/ApiError.h"
#include "server/http/RouteDoc.h"
#include "server/platform/RequestBody.h"

#include <QJsonArray>

namespace erp::server::RequestSchema {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }

struct Findings
{
    FieldError firstUnknown; // empty field: none
    QList<FieldError> errors;
};

QString typeMessage(const QString &type)
{
    if (type == u"string")
        return s("Expected text.");
    if (type == u"integer")
        return s("Expected a whole number.");
    if (type == u"number")
        return s("Expected a number.");
    if (type == u"boolean")
        return s("Expected true or false.");
    if (type == u"array")
        return s("Expected a list.");
    return s("Expected an object.");
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"integer") {
        const double d = value.toDouble(0.5);
        return value.isDouble() && d == double(qint64(d));
    }
    if (type == u"number")
        return value.isDouble();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"array")
        return value.isArray();
    if (type == u"object")
        return value.isObject();
    return true; // no type declared: any JSON value
}

void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path, Findings &found);

void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path, Findings &found)
{
    const QJsonObject properties = schema.value(s("properties")).toObject();
    const QJsonValue additional = schema.value(s("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (properties.contains(it.key())) {
            const QJsonObject property = properties.value(it.key()).toObject();
            if (property.value(s("readOnly")).toBool())
                found.errors.append({at, s("not_changeable"), s("This field is set at creation.")});
            else
                checkValue(it.value(), property, at, found);
        } else if (additional.isObject()) {
            checkValue(it.value(), additional.toObject(), at, found);
        } else if (additional.isBool() && !additional.toBool() && found.firstUnknown.field.isEmpty()) {
            if (RequestBody::serverOwnedFields().contains(it.key()))
                found.firstUnknown = {at, s("read_only_field"), s("This field cannot be set.")};
            else
                found.firstUnknown = {at, s("unknown_field"), s("This field is not known.")};
        }
    }
    // Missing required fields are otherwise left to the handler, which
    // reports them (code "required") together with its own value checks; when
    // this check refuses the body anyway, they come in the same answer, so a
    // clerk sees every problem of a form at once.
    if (found.errors.isEmpty())
        return;
    for (const QJsonValue &name : schema.value(s("required")).toArray()) {
        const QString key = name.toString();
        if (!object.contains(key))
            found.errors.append({path.isEmpty() ? key : path + QLatin1Char('.') + key, s("required"),
                                 s("This field is required.")});
    }
}

void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path, Findings &found)
{
    const QString type = schema.value(s("type")).toString();
    if (value.isNull()) {
        if (!type.isEmpty() && !schema.value(s("nullable")).toBool())
            found.errors.append({path, s("required"), s("This field cannot be empty.")});
        return;
    }
    if (!hasType(value, type)) {
        found.errors.append({path, s("wrong_type"), typeMessage(type)});
        return;
    }
    if (value.isObject()) {
        checkObject(value.toObject(), schema, path, found);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(s("maxItems")) && array.size() > schema.value(s("maxItems")).toInt()) {
            found.errors.append({path, s("too_many_items"),
                                 QStringLiteral("At most %1 items.").arg(schema.value(s("maxItems")).toInt())});
            return;
        }
        const QJsonObject items = schema.value(s("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkValue(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i), found);
    }
}

} // namespace

void check(const QJsonObject &body, const QJsonObject &schema)
{
    Findings found;
    checkObject(body, schema, QString(), found);
    if (!found.firstUnknown.field.isEmpty()) {
        const FieldError &e = found.firstUnknown;
        const QString detail = e.code == u"read_only_field"
            ? QStringLiteral("The field \"%1\" is set by the server and cannot be sent.").arg(e.field)
            : QStringLiteral("Unknown field \"%1\".").arg(e.field);
        throw ApiError(400, e.code, s("Bad request"), detail, {e});
    }
    if (!found.errors.isEmpty())
        throw ApiError::validation(found.errors);
}

const QJsonObject *declared(const RouteDoc &doc)
{
    if (doc.requestSchema.isEmpty() || doc.requestContentType != u"application/json")
        return nullptr;
    return &doc.requestSchema;
}

} // namespace erp::server::RequestSchema
