#include "server/platform/Versioning.h"

#include "server/http/ApiError.h"
#include "server/http/RequestContext.h"

namespace erp::server::Versioning {

QByteArray etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

int requiredIfMatch(const RequestContext &ctx)
{
    QByteArray value = ctx.request.header("if-match").trimmed();
    if (value.isEmpty())
        throw ApiError(428, QStringLiteral("precondition_required"), QStringLiteral("Precondition required"),
                       QStringLiteral("Send If-Match with the ETag you read, so changes made meanwhile are not overwritten."));
    if (value.startsWith("W/"))
        value = value.mid(2);
    bool ok = false;
    const int version = value.size() > 2 && value.startsWith('"') && value.endsWith('"')
                            ? value.mid(1, value.size() - 2).toInt(&ok)
                            : 0;
    if (!ok || version < 1)
        throw ApiError::badRequest(QStringLiteral("invalid_if_match"),
                                   QStringLiteral("If-Match must be an ETag such as \"3\"."));
    return version;
}

void check(int currentVersion, int expectedVersion)
{
    if (currentVersion != expectedVersion)
        throw ApiError(412, QStringLiteral("version_mismatch"), QStringLiteral("Precondition failed"),
                       QStringLiteral("Someone else changed this record (now version %1, you sent %2). "
                                      "Reload it and apply your change again.")
                           .arg(currentVersion)
                           .arg(expectedVersion));
}

} // namespace erp::server::Versioning
