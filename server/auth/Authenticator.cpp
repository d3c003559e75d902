#include "server/auth/Authenticator.h"

#include "server/auth/AuthLog.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace erp::server {

namespace {

ApiError unauthorized(const QString &detail)
{
    return ApiError(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"), detail);
}

// The session's and the organisation's columns, first in both checks below,
// and the session both look up.
const QString SessionColumns = QStringLiteral(
    "SELECT t.is_active, s.revoked_at IS NOT NULL, s.expires_at <= now(), "
    "       s.last_used_at < now() - interval '1 minute', t.principal_stamp ");
const QString SessionFilter = QStringLiteral(" WHERE s.tenant_id = $1 AND s.id = $2 AND s.user_id = $3");

// Everything a request needs to know about its caller, so revocation,
// deactivation and role changes are seen by the very next request. It travels
// in one round trip with setting the tenant (and with BEGIN when the
// dispatcher deferred it): see Transaction::setTenantAndExecute.
// last_used_at is written at most once a minute to keep reads from turning
// every request into a row update. The permissions are not made DISTINCT in
// SQL (that sorts them on every request): the set below drops repeats of a
// permission granted by two roles. The organisation's principal stamp
// (migration 0024) is read in the same statement, so that it belongs to
// these permissions.
const QString SessionStatement = QStringLiteral("erp_session_check");
const QString SessionQuery = SessionColumns + QStringLiteral(
    "     , u.email, u.is_active, "
    "       COALESCE((SELECT string_agg(rp.permission, ',') "
    "                   FROM user_roles ur "
    "                   JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    "                  WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '') "
    "  FROM sessions s "
    "  JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
    "  JOIN tenants t ON t.id = s.tenant_id ") + SessionFilter;

// The check of a caller whose permissions this thread already has: the
// session and the organisation, without the user, roles and permissions
// (about half of SessionQuery's cost). The stamp changes with anything those
// are made of, e-mail and the user's active flag included; when it differs
// from the one read with the permissions, they are read again.
const QString StampStatement = QStringLiteral("erp_session_stamp");
const QString StampQuery = SessionColumns + QStringLiteral(
    "  FROM sessions s "
    "  JOIN tenants t ON t.id = s.tenant_id ") + SessionFilter;

const QString TouchSession = QStringLiteral(
    "UPDATE sessions SET last_used_at = now() WHERE tenant_id = ? AND id = ?");

// The session and the organisation, as both checks answer them (their first
// five columns).
struct SessionState
{
    bool tenantActive = false;
    bool revoked = false;
    bool expired = false;
    bool stale = false;
    qint64 stamp = 0;
};

// The current row's first five columns.
SessionState sessionStateOf(const QSqlQuery &q)
{
    return {q.value(0).toBool(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toBool(),
            q.value(4).toLongLong()};
}

std::optional<SessionState> readStampRow(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    return sessionStateOf(q);
}

// What the full check answered: the session's state and the user.
struct SessionRow
{
    SessionState session;
    QString email;
    bool userActive = false;
    QSet<QString> permissions;
};

std::optional<SessionRow> readSessionRow(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    SessionRow row;
    row.session = sessionStateOf(q);
    row.email = q.value(5).toString();
    row.userActive = q.value(6).toBool();
    const QString permissions = q.value(7).toString();
    for (const QString &p : permissions.split(QLatin1Char(','), Qt::SkipEmptyParts))
        row.permissions.insert(p);
    return row;
}

// Throws the 401 for a session that may not be used. The stamp check does
// not read the user's active flag: a deactivated user changes the stamp, and
// the full check refuses them.
void refuseUnusable(const SessionState *session, bool userActive = true)
{
    if (!session)
        throw unauthorized(QStringLiteral("session_not_found"));
    if (session->revoked)
        throw unauthorized(QStringLiteral("session_revoked"));
    if (session->expired)
        throw unauthorized(QStringLiteral("session_expired"));
    if (!userActive)
        throw unauthorized(QStringLiteral("user_inactive"));
    if (!session->tenantActive)
        throw unauthorized(QStringLiteral("organisation_inactive"));
}

void refuseUnusable(const std::optional<SessionState> &session)
{
    refuseUnusable(session ? &*session : nullptr);
}

// Whether a known principal still holds by the stamp check's answer.
bool stillHolds(const std::optional<SessionState> &row, qint64 knownStamp)
{
    return row && !row->revoked && !row->expired && row->tenantActive && !row->stale && row->stamp == knownStamp;
}

// The principals this thread's requests were last given by the database, by
// session, with the organisation's principal stamp they were read with. Every
// use is checked against the session row and the stamp of its own
// transaction (authenticate, authenticateRead).
struct SessionKey
{
    qint64 tenantId;
    qint64 sessionId;
    qint64 userId;
    bool operator==(const SessionKey &o) const
    {
        return tenantId == o.tenantId && sessionId == o.sessionId && userId == o.userId;
    }
};

size_t qHash(const SessionKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.tenantId, k.sessionId, k.userId);
}

struct KnownPrincipal
{
    Principal principal;
    qint64 stamp = 0;
};

constexpr qsizetype KnownPrincipalsMax = 4096;

QHash<SessionKey, KnownPrincipal> &knownPrincipals()
{
    thread_local QHash<SessionKey, KnownPrincipal> known;
    return known;
}

void remember(const Principal &principal, qint64 stamp)
{
    QHash<SessionKey, KnownPrincipal> &known = knownPrincipals();
    if (known.size() >= KnownPrincipalsMax)
        known.clear();
    known.insert({principal.tenantId, principal.sessionId, principal.userId}, {principal, stamp});
}

// The token of an Authorization header, verified; throws the 401.
AccessClaims verifiedClaims(const QByteArray &authorizationHeader)
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
    return check.claims;
}

Principal checkedInDatabase(const AccessClaims &claims, Transaction &transaction)
{
    QSqlQuery q = transaction.setTenantAndExecute(claims.tenantId, claims.userId, SessionStatement, SessionQuery,
                                                  {claims.tenantId, claims.sessionId, claims.userId});
    const std::optional<SessionRow> row = readSessionRow(q);
    q.finish();
    SessionKey key{claims.tenantId, claims.sessionId, claims.userId};
    if (!row || row->session.revoked || row->session.expired || !row->userActive || !row->session.tenantActive)
        knownPrincipals().remove(key);
    if (!row)
        refuseUnusable(nullptr);
    refuseUnusable(&row->session, row->userActive);
    Principal principal;
    principal.userId = claims.userId;
    principal.tenantId = claims.tenantId;
    principal.sessionId = claims.sessionId;
    principal.email = row->email;
    principal.permissions = row->permissions;

    if (row->session.stale)
        Database::exec(TouchSession, {claims.tenantId, claims.sessionId}).finish();
    remember(principal, row->session.stamp);
    return principal;
}

} // namespace

Principal Authenticator::authenticate(const QByteArray &authorizationHeader, Transaction &transaction)
{
    const AccessClaims claims = verifiedClaims(authorizationHeader);
    const SessionKey key{claims.tenantId, claims.sessionId, claims.userId};
    const auto known = knownPrincipals().constFind(key);
    if (known != knownPrincipals().constEnd()) {
        const KnownPrincipal principal = *known;
        QSqlQuery q = transaction.setTenantAndExecute(claims.tenantId, claims.userId, StampStatement, StampQuery,
                                                      {claims.tenantId, claims.sessionId, claims.userId});
        const std::optional<SessionState> row = readStampRow(q);
        q.finish();
        if (stillHolds(row, principal.stamp))
            return principal.principal;
        knownPrincipals().remove(key);
        refuseUnusable(row);
        // Changed permissions, or a session due for its last_used_at update:
        // the full check, in the same transaction.
    }
    return checkedInDatabase(claims, transaction);
}

Principal Authenticator::authenticateRead(const QByteArray &authorizationHeader, Transaction &transaction)
{
    const AccessClaims claims = verifiedClaims(authorizationHeader);
    const SessionKey key{claims.tenantId, claims.sessionId, claims.userId};
    const auto known = knownPrincipals().constFind(key);
    if (known == knownPrincipals().constEnd())
        return checkedInDatabase(claims, transaction);
    const KnownPrincipal principal = *known;
    const qint64 stamp = principal.stamp;
    transaction.deferCheck(claims.tenantId, claims.userId, StampStatement, StampQuery,
                           {claims.tenantId, claims.sessionId, claims.userId}, [stamp, key](QSqlQuery &q) {
                               const std::optional<SessionState> row = readStampRow(q);
                               if (!stillHolds(row, stamp)) {
                                   knownPrincipals().remove(key);
                                   // Refused as authenticate would; anything
                                   // else is answered by running again.
                                   refuseUnusable(row);
                                   throw PrincipalChanged();
                               }
                           });
    return principal.principal;
}

} // namespace erp::server
