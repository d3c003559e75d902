#include "tests/support/OpenApiContract.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace erp::test {

OpenApiContract::OpenApiContract(const QJsonObject &document)
    : m_document(document)
{
}

QJsonObject OpenApiContract::resolve(const QJsonObject &maybeRef) const
{
    QJsonObject o = maybeRef;
    for (int depth = 0; depth < 10 && o.contains(QStringLiteral("$ref")); ++depth) {
        const QStringList parts = o.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
        QJsonValue v = m_document;
        for (const QString &part : parts)
            v = v.toObject().value(part);
        o = v.toObject();
    }
    return o;
}

QJsonObject OpenApiContract::operation(const QByteArray &method, const QString &pathTemplate) const
{
    return m_document.value(QStringLiteral("paths"))
        .toObject()
        .value(pathTemplate)
        .toObject()
        .value(QString::fromLatin1(method).toLower())
        .toObject();
}

static QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("integer")
                                                                                  : QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

void OpenApiContract::validateInto(const QJsonValue &value, const QJsonObject &schemaOrRef, const QString &where,
                                   QStringList *out) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    // Every answered value must be typed by the document, however deep.
    if (!schema.contains(QStringLiteral("type"))) {
        out->append(where + QStringLiteral(": no type in the document"));
        return;
    }
    if (value.isNull()) {
        if (!schema.value(QStringLiteral("nullable")).toBool() && schema.contains(QStringLiteral("type")))
            out->append(where + QStringLiteral(": null, but not nullable"));
        return;
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    const QString actual = typeOf(value);
    if (!type.isEmpty() && type != actual && !(type == u"number" && actual == u"integer")) {
        out->append(where + QStringLiteral(": %1 where the document says %2").arg(actual, type));
        return;
    }
    if (schema.contains(QStringLiteral("enum"))
        && !schema.value(QStringLiteral("enum")).toArray().contains(value))
        out->append(where + QStringLiteral(": %1 is not one of the documented values")
                                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(QStringLiteral("maxLength")) && s.size() > schema.value(QStringLiteral("maxLength")).toInt())
            out->append(where + QStringLiteral(": longer than maxLength"));
        if (schema.contains(QStringLiteral("minLength")) && s.size() < schema.value(QStringLiteral("minLength")).toInt())
            out->append(where + QStringLiteral(": shorter than minLength"));
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
            if (!re.match(s).hasMatch())
                out->append(where + QStringLiteral(": \"%1\" does not match %2").arg(s, re.pattern()));
        }
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (format == u"date" && !QDate::fromString(s, Qt::ISODate).isValid())
            out->append(where + QStringLiteral(": \"%1\" is not a date").arg(s));
        if (format == u"date-time" && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            out->append(where + QStringLiteral(": \"%1\" is not a date-time").arg(s));
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(QStringLiteral("minimum")) && d < schema.value(QStringLiteral("minimum")).toDouble())
            out->append(where + QStringLiteral(": below the minimum"));
        if (schema.contains(QStringLiteral("maximum")) && d > schema.value(QStringLiteral("maximum")).toDouble())
            out->append(where + QStringLiteral(": above the maximum"));
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(QStringLiteral("maxItems")) && a.size() > schema.value(QStringLiteral("maxItems")).toInt())
            out->append(where + QStringLiteral(": more items than maxItems"));
        if (schema.contains(QStringLiteral("minItems")) && a.size() < schema.value(QStringLiteral("minItems")).toInt())
            out->append(where + QStringLiteral(": fewer items than minItems"));
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            validateInto(a.at(i), items, where + QStringLiteral("[%1]").arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()))
                out->append(where + QStringLiteral(".%1: required, but missing").arg(r.toString()));
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                validateInto(it.value(), properties.value(it.key()).toObject(), at, out);
            else if (additional.isObject())
                validateInto(it.value(), additional.toObject(), at, out);
            else if (!(additional.isBool() && additional.toBool())) // left out means none are documented
                out->append(at + QStringLiteral(": not documented"));
        }
    }
}

QStringList OpenApiContract::validate(const QJsonValue &value, const QJsonObject &schema, const QString &where) const
{
    QStringList out;
    validateInto(value, schema, where, &out);
    return out;
}

QStringList OpenApiContract::check(const QByteArray &method, const QString &pathTemplate,
                                   const TlsTestClient::Response &response) const
{
    const QString name = QString::fromLatin1(method) + QLatin1Char(' ') + pathTemplate;
    const QJsonObject op = operation(method, pathTemplate);
    if (op.isEmpty())
        return {name + QStringLiteral(": not in the document")};
    if (!response.isValid())
        return {name + QStringLiteral(": no answer")};
    const QString status = QString::number(response.status);
    const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
    if (!responses.contains(status))
        return {name + QStringLiteral(": status %1 is not documented (body %2)")
                           .arg(status, QString::fromUtf8(response.body.left(300)))};
    const QJsonObject documented = resolve(responses.value(status).toObject());
    QStringList out;
    const QJsonObject content = documented.value(QStringLiteral("content")).toObject();
    const QString contentType = QString::fromLatin1(response.header("content-type")).section(QLatin1Char(';'), 0, 0).trimmed();
    if (content.isEmpty()) {
        if (!response.body.isEmpty())
            out << name + QStringLiteral(" %1: a body where none is documented").arg(status);
    } else if (!content.contains(contentType)) {
        out << name + QStringLiteral(" %1: Content-Type %2 is not documented").arg(status, contentType);
    } else if (contentType.endsWith(QLatin1String("json"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            out << name + QStringLiteral(" %1: body is not JSON").arg(status);
        else
            out << validate(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                            content.value(contentType).toObject().value(QStringLiteral("schema")).toObject(),
                            name + QLatin1Char(' ') + status + QStringLiteral(" body"));
    }
    if (response.status < 300) {
        const QJsonObject headers = documented.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            if (!response.hasHeader(it.key().toLatin1()))
                out << name + QStringLiteral(" %1: documented header %2 missing").arg(status, it.key());
    }
    return out;
}

} // namespace erp::test
