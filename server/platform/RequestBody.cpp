#include "server/platform/RequestBody.h"

#include "server/http/ApiError.h"

#include <QJsonArray>

namespace erp::server {

const QStringList &RequestBody::serverOwnedFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),         QStringLiteral("tenant_id"),  QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by"),
        QStringLiteral("updated_by"), QStringLiteral("status"),     QStringLiteral("approved_by"),
        QStringLiteral("approved_at")};
    return fields;
}

RequestBody::RequestBody(const QJsonObject &body, const QStringList &allowedFields) : m_body(body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (allowedFields.contains(it.key()))
            continue;
        if (serverOwnedFields().contains(it.key()))
            throw ApiError(400, QStringLiteral("read_only_field"), QStringLiteral("Bad request"),
                           QStringLiteral("The field \"%1\" is set by the server and cannot be sent.").arg(it.key()),
                           {{it.key(), QStringLiteral("read_only_field"), QStringLiteral("This field cannot be set.")}});
        throw ApiError(400, QStringLiteral("unknown_field"), QStringLiteral("Bad request"),
                       QStringLiteral("Unknown field \"%1\".").arg(it.key()),
                       {{it.key(), QStringLiteral("unknown_field"), QStringLiteral("This field is not known.")}});
    }
}

QJsonValue RequestBody::present(const QString &field, bool required)
{
    const QJsonValue v = m_body.value(field);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (required)
        addError(field, QStringLiteral("required"), QStringLiteral("This field is required."));
    return QJsonValue(QJsonValue::Undefined);
}

void RequestBody::addError(const QString &field, const QString &code, const QString &message)
{
    m_errors.append({field, code, message});
}

void RequestBody::finish() const
{
    if (!m_errors.isEmpty())
        throw ApiError::validation(m_errors);
}

std::optional<QString> RequestBody::text(const QString &field, bool required, int maxLength)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected text."));
        return std::nullopt;
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty()) {
        addError(field, QStringLiteral("required"), QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        addError(field, QStringLiteral("too_long"), QStringLiteral("At most %1 characters.").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> RequestBody::secret(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected text."));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> RequestBody::boolean(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected true or false."));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QList<qint64>> RequestBody::idList(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a list of ids."));
        return std::nullopt;
    }
    QList<qint64> ids;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const double d = item.toDouble(-1);
        if (!item.isDouble() || d < 1 || d != double(qint64(d)) || d > 9.0e15) {
            addError(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("Expected a positive whole number."));
            return std::nullopt;
        }
        if (!ids.contains(qint64(d)))
            ids.append(qint64(d));
    }
    return ids;
}

std::optional<QStringList> RequestBody::textList(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a list of text values."));
        return std::nullopt;
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("Expected text."));
            return std::nullopt;
        }
        if (!out.contains(array.at(i).toString()))
            out.append(array.at(i).toString());
    }
    return out;
}

} // namespace erp::server
