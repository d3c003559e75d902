#include "server/platform/RecordResponses.h"

#include "server/platform/Versioning.h"

namespace erp::server {

HttpResponse recordResponse(const QJsonObject &record, int status)
{
    HttpResponse r = HttpResponse::json(status, record);
    r.setHeader("ETag", Versioning::etag(record.value(QStringLiteral("version")).toInt()));
    return r;
}

HttpResponse createdResponse(const QByteArray &location, const QJsonObject &record)
{
    HttpResponse r = recordResponse(record, 201);
    r.setHeader("Location", location);
    return r;
}

} // namespace erp::server
