#pragma once

#include <QByteArray>
#include <QString>

namespace erp::server {

// Ends sessions so that the next request carrying one of their access tokens
// is refused (the Authenticator checks the session on every request) and their
// refresh tokens stop working. Runs on this thread's connection inside the
// caller's transaction, which must already have app.tenant_id set to
// `tenantId`; the acting user for the audit row is taken from app.user_id.
class SessionRevocation
{
public:
    // Revokes every live session of the user except `exceptSessionId` (0:
    // all of them). Used on password change and user deactivation. Returns
    // the number of sessions revoked.
    static int revokeUserSessions(qint64 tenantId, qint64 userId, const QString &reason,
                                  qint64 exceptSessionId = 0,
                                  const QByteArray &requestId = QByteArray());

    // Revokes one session; false when it was already revoked or does not exist.
    static bool revokeSession(qint64 tenantId, qint64 sessionId, const QString &reason,
                              const QByteArray &requestId = QByteArray());
};

} // namespace erp::server
