#include "server/http/JsonSchema.h"

#include <QJsonArray>

namespace erp::server::ApiSchema {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }

} // namespace

QJsonObject text(int maxLength)
{
    return {{s("type"), s("string")}, {s("maxLength"), maxLength}};
}

QJsonObject email()
{
    return {{s("type"), s("string")}, {s("format"), s("email")}, {s("maxLength"), 254}};
}

QJsonObject integer(qint64 minimum, qint64 maximum)
{
    QJsonObject o{{s("type"), s("integer")}, {s("minimum"), double(minimum)}};
    if (maximum >= minimum)
        o.insert(s("maximum"), double(maximum));
    return o;
}

QJsonObject id(const QString &what)
{
    QJsonObject o{{s("type"), s("integer")}, {s("format"), s("int64")}, {s("minimum"), 1}};
    if (!what.isEmpty())
        o.insert(s("description"), what);
    return o;
}

QJsonObject boolean()
{
    return {{s("type"), s("boolean")}};
}

QJsonObject decimal(int scale, int integerDigits)
{
    const QString pattern = scale > 0 ? QStringLiteral("^[0-9]{1,%1}(\\.[0-9]{1,%2})?$").arg(integerDigits).arg(scale)
                                      : QStringLiteral("^[0-9]{1,%1}$").arg(integerDigits);
    return {{s("type"), s("string")},
            {s("format"), s("decimal")},
            {s("pattern"), pattern},
            {s("x-scale"), scale},
            {s("description"),
             QStringLiteral("Exact decimal as a string, not negative: at most %1 digits before the point and %2 "
                            "decimals.")
                 .arg(integerDigits)
                 .arg(scale)}};
}

QJsonObject date()
{
    return {{s("type"), s("string")}, {s("format"), s("date")}};
}

QJsonObject timestamp()
{
    return {{s("type"), s("string")}, {s("format"), s("date-time")}};
}

QJsonObject currency()
{
    return {{s("type"), s("string")},
            {s("pattern"), s("^[A-Z]{3}$")},
            {s("description"), s("ISO 4217 currency code")}};
}

QJsonObject choice(const QStringList &values)
{
    return {{s("type"), s("string")}, {s("enum"), QJsonArray::fromStringList(values)}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{s("type"), s("array")}, {s("items"), items}};
}

QJsonObject object(const Properties &properties, const QStringList &required)
{
    QJsonObject props;
    for (const auto &[name, schema] : properties)
        props.insert(name, schema);
    QJsonObject o{{s("type"), s("object")}, {s("properties"), props}, {s("additionalProperties"), false}};
    if (!required.isEmpty())
        o.insert(s("required"), QJsonArray::fromStringList(required));
    return o;
}

QJsonObject nullable(QJsonObject schema)
{
    schema.insert(s("nullable"), true);
    return schema;
}

QJsonObject described(QJsonObject schema, const QString &description)
{
    schema.insert(s("description"), description);
    return schema;
}

QJsonObject any(const QString &description)
{
    return {{s("description"), description}};
}

QJsonObject queryParameter(const QString &name, const QJsonObject &schema, const QString &description, bool required)
{
    QJsonObject o{{s("name"), name}, {s("in"), s("query")}, {s("required"), required}, {s("schema"), schema}};
    if (!description.isEmpty())
        o.insert(s("description"), description);
    return o;
}

} // namespace erp::server::ApiSchema
