#include "server/http/RequestContext.h"

#include "server/http/ApiError.h"
#include "server/http/BodySchemaScope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace erp::server {

namespace {
thread_local BodySchemaScope::Check t_check = nullptr;
thread_local const QJsonObject *t_schema = nullptr;
} // namespace

BodySchemaScope::BodySchemaScope(Check check, const QJsonObject *schema)
    : m_previousCheck(t_check)
    , m_previousSchema(t_schema)
{
    t_check = check;
    t_schema = schema && !schema->isEmpty() ? schema : nullptr;
}

BodySchemaScope::~BodySchemaScope()
{
    t_check = m_previousCheck;
    t_schema = m_previousSchema;
}

void BodySchemaScope::apply(const QJsonObject &body)
{
    if (t_check && t_schema)
        t_check(body, *t_schema);
}

QJsonObject RequestContext::jsonBody() const
{
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "application/json")
        throw ApiError(415, QStringLiteral("unsupported_media_type"),
                       QStringLiteral("Unsupported media type"),
                       QStringLiteral("Request bodies must be application/json."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(QStringLiteral("malformed_json"),
                                   QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                       .arg(error.errorString())
                                       .arg(error.offset));
    if (!doc.isObject())
        throw ApiError::badRequest(QStringLiteral("malformed_json"),
                                   QStringLiteral("The body must be a JSON object."));
    BodySchemaScope::apply(doc.object());
    return doc.object();
}

} // namespace erp::server
