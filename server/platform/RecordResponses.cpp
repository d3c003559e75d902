#include "server/platform/RecordResponses.h"

#include "server/platform/Versioning.h"

namespace erp::server {

HttpResponse recordResponse(const QJsonObject &record, int status)
{
    HttpResponse r = HttpResponse::json(status, record);
    r.setHeader("ETag", Versioning::etag(record.value(QStringLiteral("version")).toInt()));
    return r;
}

HttpResponse recordResponse(const QByteArray &recordJson, int version, int status)
{
    HttpResponse r = HttpResponse::rawJson(status, recordJson);
    r.setHeader("ETag", Versioning::etag(version));
    return r;
}

HttpResponse createdResponse(const QByteArray &location, const QJsonObject &record)
{
    HttpResponse r = recordResponse(record, 201);
    r.setHeader("Location", location);
    return r;
}

HttpResponse createdResponse(const QByteArray &location, const QByteArray &recordJson, int version)
{
    HttpResponse r = recordResponse(recordJson, version, 201);
    r.setHeader("Location", location);
    return r;
}

} // namespace erp::server
