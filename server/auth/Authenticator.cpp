#include "server/auth/Authenticator.h"

#include "server/auth/AuthLog.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"

#include <QSqlQuery>

namespace erp::server {

namespace {

ApiError unauthorized(const QString &detail)
{
    return ApiError(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"), detail);
}

// Everything a request needs to know about its caller, so revocation,
// deactivation and role changes are seen by the very next request. It travels
// in one round trip with setting the tenant (and with BEGIN when the
// dispatcher deferred it): see Transaction::setTenantAndExecute.
// last_used_at is written at most once a minute to keep reads from turning
// every request into a row update.
const QString SessionStatement = QStringLiteral("erp_session_check");
const QString SessionQuery = QStringLiteral(
    "SELECT u.email, u.is_active, t.is_active, s.revoked_at IS NOT NULL, s.expires_at <= now(), "
    "       s.last_used_at < now() - interval '1 minute', "
    "       COALESCE((SELECT string_agg(DISTINCT rp.permission, ',') "
    "                   FROM user_roles ur "
    "                   JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    "                  WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '') "
    "  FROM sessions s "
    "  JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
    "  JOIN tenants t ON t.id = s.tenant_id "
    " WHERE s.tenant_id = $1 AND s.id = $2 AND s.user_id = $3");

const QString TouchSession = QStringLiteral(
    "UPDATE sessions SET last_used_at = now() WHERE tenant_id = ? AND id = ?");

} // namespace

Principal Authenticator::authenticate(const QByteArray &authorizationHeader, Transaction &transaction)
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        throw unauthorized(QStringLiteral("token_missing"));
    const qsizetype space = header.indexOf(' ');
    // RFC 7235: the scheme is case-insensitive.
    if (space <= 0 || header.left(space).toLower() != "bearer")
        throw unauthorized(QStringLiteral("token_malformed"));
    const QByteArray token = header.mid(space + 1).trimmed();
    if (token.contains(' ') || token.contains('\t'))
        throw unauthorized(QStringLiteral("token_malformed"));

    const AccessTokenCheck check = TokenService::instance().verifyAccessToken(token);
    if (!check.valid) {
        qCDebug(lcAuth) << "access token refused:" << check.error;
        throw unauthorized(check.error);
    }
    const AccessClaims &claims = check.claims;
    QSqlQuery q = transaction.setTenantAndExecute(claims.tenantId, claims.userId, SessionStatement, SessionQuery,
                                                  {claims.tenantId, claims.sessionId, claims.userId});
    if (!q.next())
        throw unauthorized(QStringLiteral("session_not_found"));
    Principal principal;
    principal.userId = claims.userId;
    principal.tenantId = claims.tenantId;
    principal.sessionId = claims.sessionId;
    principal.email = q.value(0).toString();
    const bool userActive = q.value(1).toBool();
    const bool tenantActive = q.value(2).toBool();
    const bool revoked = q.value(3).toBool();
    const bool expired = q.value(4).toBool();
    const bool stale = q.value(5).toBool();
    const QString permissions = q.value(6).toString();
    q.finish();
    if (revoked)
        throw unauthorized(QStringLiteral("session_revoked"));
    if (expired)
        throw unauthorized(QStringLiteral("session_expired"));
    if (!userActive)
        throw unauthorized(QStringLiteral("user_inactive"));
    if (!tenantActive)
        throw unauthorized(QStringLiteral("organisation_inactive"));
    for (const QString &p : permissions.split(QLatin1Char(','), Qt::SkipEmptyParts))
        principal.permissions.insert(p);

    if (stale)
        Database::exec(TouchSession, {claims.tenantId, claims.sessionId}).finish();
    return principal;
}

} // namespace erp::server
