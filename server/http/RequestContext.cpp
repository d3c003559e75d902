#include "server/http/RequestContext.h"

#include "server/http/ApiError.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace erp::server {

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
    return doc.object();
}

} // namespace erp::server
