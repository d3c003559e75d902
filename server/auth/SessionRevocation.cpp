#include "server/auth/SessionRevocation.h"

#include "server/auth/AuthLog.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace erp::server {

namespace {

// The acting user comes from the transaction's app.user_id (set from the
// principal by the dispatcher, or by the auth routes themselves).
const QString RevokeUserSessions = QStringLiteral(
    "UPDATE sessions SET revoked_at = now(), revoked_reason = ? "
    " WHERE tenant_id = ? AND user_id = ? AND id <> ? AND revoked_at IS NULL "
    "RETURNING id, NULLIF(current_setting('app.user_id', true), '')::bigint");

const QString RevokeSession = QStringLiteral(
    "UPDATE sessions SET revoked_at = now(), revoked_reason = ? "
    " WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL "
    "RETURNING user_id, NULLIF(current_setting('app.user_id', true), '')::bigint");

void audit(qint64 tenantId, qint64 actorId, qint64 sessionId, qint64 userId, const QString &reason,
           const QByteArray &requestId)
{
    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.userId = actorId;
    entry.entity = QStringLiteral("session");
    entry.entityId = sessionId;
    entry.action = QStringLiteral("revoke");
    entry.after = QJsonObject{{QStringLiteral("user_id"), userId},
                              {QStringLiteral("reason"), reason}};
    entry.requestId = requestId;
    AuditLog::record(entry);
}

} // namespace

int SessionRevocation::revokeUserSessions(qint64 tenantId, qint64 userId, const QString &reason,
                                          qint64 exceptSessionId, const QByteArray &requestId)
{
    QSqlQuery &q = Database::exec(RevokeUserSessions, {reason, tenantId, userId, exceptSessionId});
    QList<QPair<qint64, qint64>> revoked;   // session id, actor id
    while (q.next())
        revoked.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    for (const auto &r : revoked)
        audit(tenantId, r.second, r.first, userId, reason, requestId);
    if (!revoked.isEmpty())
        qCInfo(lcAuth) << "revoked" << revoked.size() << "sessions of user" << userId << "in tenant"
                       << tenantId << "reason" << reason;
    return int(revoked.size());
}

bool SessionRevocation::revokeSession(qint64 tenantId, qint64 sessionId, const QString &reason,
                                      const QByteArray &requestId)
{
    QSqlQuery &q = Database::exec(RevokeSession, {reason, tenantId, sessionId});
    if (!q.next()) {
        q.finish();
        return false;
    }
    const qint64 userId = q.value(0).toLongLong();
    const qint64 actorId = q.value(1).toLongLong();
    q.finish();
    audit(tenantId, actorId, sessionId, userId, reason, requestId);
    qCInfo(lcAuth) << "revoked session" << sessionId << "of user" << userId << "in tenant" << tenantId
                   << "reason" << reason;
    return true;
}

} // namespace erp::server
