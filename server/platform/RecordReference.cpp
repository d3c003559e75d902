#include "server/platform/RecordReference.h"

namespace erp::server {

const RecordReference &RecordReference::activeUsers()
{
    static const RecordReference r {
        QStringLiteral("users"),        QStringLiteral("u"),
        QStringLiteral("u.is_active"),  {},
        QStringLiteral("unknown_user"), QStringLiteral("No active user with this id in your organisation.")};
    return r;
}

} // namespace erp::server
