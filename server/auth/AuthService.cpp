#include "server/auth/AuthService.h"

#include "server/auth/AuthLog.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SessionRevocation.h"
#include "server/auth/TokenService.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "shared/PasswordPolicy.h"

#include <QSqlQuery>
#include <QUuid>

namespace erp::server {

namespace {

const QString FindTenant = QStringLiteral(
    "SELECT id, is_active FROM tenants WHERE slug = ?");

const QString FindUserByEmail = QStringLiteral("SELECT id, password_hash, is_active, must_change_password FROM users "
                                               " WHERE tenant_id = ? AND lower(email) = lower(?)");

const QString ReplacePasswordAtSignIn = QStringLiteral(
    "UPDATE users SET password_hash = ?, must_change_password = false, updated_at = now(), version = version + 1 "
    " WHERE tenant_id = ? AND id = ?");

const QString UpdatePasswordHash = QStringLiteral(
    "UPDATE users SET password_hash = ?, updated_at = now() WHERE tenant_id = ? AND id = ?");

const QString InsertSession = QStringLiteral(
    "INSERT INTO sessions (tenant_id, user_id, expires_at, user_agent, client_address) "
    "VALUES (?, ?, now() + make_interval(secs => ?), ?, ?) RETURNING id");

const QString InsertRefreshToken = QStringLiteral(
    "INSERT INTO refresh_tokens (tenant_id, session_id, token_hash) VALUES (?, ?, ?)");

const QString SelectPermissions = QStringLiteral(
    "SELECT DISTINCT rp.permission FROM user_roles ur "
    "  JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    " WHERE ur.tenant_id = ? AND ur.user_id = ? ORDER BY 1");

const QString SelectUser = QStringLiteral(
    "SELECT u.email, u.display_name, t.slug, t.name FROM users u JOIN tenants t ON t.id = u.tenant_id "
    " WHERE u.tenant_id = ? AND u.id = ?");

// Locks the token row (and its session) so two refreshes with one token are
// serialised: the second sees used_at set and is treated as reuse.
const QString FindRefreshToken = QStringLiteral(
    "SELECT rt.id, rt.session_id, rt.used_at IS NOT NULL, s.user_id, s.revoked_at IS NOT NULL, "
    "       s.expires_at <= now(), u.is_active, t.is_active "
    "  FROM refresh_tokens rt "
    "  JOIN sessions s ON s.tenant_id = rt.tenant_id AND s.id = rt.session_id "
    "  JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
    "  JOIN tenants t ON t.id = rt.tenant_id "
    " WHERE rt.tenant_id = ? AND rt.token_hash = ? "
    "   FOR UPDATE OF rt, s");

const QString MarkRefreshTokenUsed = QStringLiteral(
    "UPDATE refresh_tokens SET used_at = now() WHERE tenant_id = ? AND id = ?");

const QString TouchSession = QStringLiteral(
    "UPDATE sessions SET last_used_at = now() WHERE tenant_id = ? AND id = ?");

const QString SelectUserForPasswordChange = QStringLiteral(
    "SELECT u.email, u.password_hash, t.slug, t.name FROM users u JOIN tenants t ON t.id = u.tenant_id "
    " WHERE u.tenant_id = ? AND u.id = ? FOR UPDATE OF u");

const QString UpdatePassword = QStringLiteral(
    "UPDATE users SET password_hash = ?, must_change_password = false, updated_at = now(), version = version + 1 "
    " WHERE tenant_id = ? AND id = ?");

constexpr int MaxUserAgentLength = 512;

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A hash to verify against when the account does not exist, so that an
// unknown organisation or email costs one argon2id run like a wrong password
// and response times do not reveal which accounts exist.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QUuid::createUuid().toString());
    return hash;
}

} // namespace

AuthService::AuthService(Transaction &transaction, QByteArray requestId)
    : m_transaction(transaction),
      m_requestId(std::move(requestId)),
      m_throttle(TokenService::instance().config().throttle)
{
}

QStringList AuthService::loadPermissions(qint64 tenantId, qint64 userId)
{
    QStringList permissions;
    QSqlQuery &q = Database::exec(SelectPermissions, {tenantId, userId});
    while (q.next())
        permissions.append(q.value(0).toString());
    q.finish();
    return permissions;
}

AuthUser AuthService::loadUser(qint64 tenantId, qint64 userId)
{
    AuthUser user;
    QSqlQuery &q = Database::exec(SelectUser, {tenantId, userId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound();
    }
    user.id = userId;
    user.tenantId = tenantId;
    user.email = q.value(0).toString();
    user.displayName = q.value(1).toString();
    user.organisationSlug = q.value(2).toString();
    user.organisationName = q.value(3).toString();
    q.finish();
    return user;
}

void AuthService::auditFailedSignIn(qint64 tenantId, qint64 userId, const QString &reason)
{
    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    entry.action = QStringLiteral("login_failed");
    entry.after = QJsonObject{{QStringLiteral("reason"), reason}};
    entry.requestId = m_requestId;
    AuditLog::record(entry);
}

IssuedTokens AuthService::startSession(qint64 tenantId, qint64 userId, const LoginRequest &request)
{
    const AuthConfig &config = TokenService::instance().config();
    IssuedTokens tokens;
    QSqlQuery &q = Database::exec(
        InsertSession,
        {tenantId, userId, config.sessionTtlSeconds, textOrNull(request.userAgent.left(MaxUserAgentLength)),
         textOrNull(request.clientAddress.isNull() ? QString() : request.clientAddress.toString())});
    q.next();
    tokens.sessionId = q.value(0).toLongLong();
    q.finish();
    const RefreshToken refresh = TokenService::newRefreshToken(tenantId);
    Database::exec(InsertRefreshToken, {tenantId, tokens.sessionId, refresh.hash}).finish();
    tokens.refreshToken = refresh.token;
    tokens.accessToken = TokenService::instance().issueAccessToken(userId, tenantId, tokens.sessionId);
    tokens.expiresIn = config.accessTokenTtlSeconds;
    return tokens;
}

void AuthService::replacePasswordAtSignIn(qint64 tenantId, qint64 userId, const QString &email,
                                          const LoginRequest &request)
{
    const AuthUser user = loadUser(tenantId, userId);
    QList<FieldError> errors;
    const auto problems
        = shared::PasswordPolicy::check(request.newPassword, {email, user.organisationSlug, user.organisationName});
    for (const auto &p : problems)
        errors.append({QStringLiteral("new_password"), p.code, p.message});
    if (problems.isEmpty() && request.newPassword == request.password)
        errors.append({QStringLiteral("new_password"), QStringLiteral("same_as_current"),
                       QStringLiteral("The new password must differ from the current one.")});
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    Database::exec(ReplacePasswordAtSignIn, {PasswordHasher::hash(request.newPassword), tenantId, userId}).finish();
    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.userId = userId;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    entry.action = QStringLiteral("password_change");
    entry.after = QJsonObject {{QStringLiteral("at_sign_in"), true}};
    entry.requestId = m_requestId;
    AuditLog::record(entry);
    qCInfo(lcAuth) << "password replaced at sign-in for user" << userId << "tenant" << tenantId;
}

LoginOutcome AuthService::login(const LoginRequest &request)
{
    LoginOutcome outcome;
    const QString organisation = request.organisation.trimmed().toLower();
    const QString email = request.email.trimmed();
    const QByteArray accountKey = LoginThrottle::accountKey(organisation, email);
    const QByteArray addressKey = LoginThrottle::addressKey(request.clientAddress);

    // Before anything about the account is looked at, and keyed on what the
    // caller typed, so a locked answer says nothing about whether it exists.
    const int wait = m_throttle.retryAfterSeconds(accountKey, addressKey);
    if (wait > 0) {
        qCInfo(lcAuth) << "sign-in refused while locked, request" << m_requestId;
        outcome.result = LoginOutcome::Throttled;
        outcome.retryAfterSeconds = wait;
        return outcome;
    }

    qint64 tenantId = 0;
    {
        QSqlQuery &q = Database::exec(FindTenant, {organisation});
        if (q.next() && q.value(1).toBool())
            tenantId = q.value(0).toLongLong();
        q.finish();
    }
    qint64 userId = 0;
    QString storedHash;
    bool userActive = false;
    bool mustChangePassword = false;
    if (tenantId) {
        m_transaction.setTenant(tenantId);
        QSqlQuery &q = Database::exec(FindUserByEmail, {tenantId, email});
        if (q.next()) {
            userId = q.value(0).toLongLong();
            storedHash = q.value(1).toString();
            userActive = q.value(2).toBool();
            mustChangePassword = q.value(3).toBool();
        }
        q.finish();
    }

    // Exactly one argon2id verification on every path.
    const bool passwordMatches = PasswordHasher::verify(userId ? storedHash : dummyHash(), request.password);
    if (!userId || !userActive || !passwordMatches) {
        m_throttle.recordFailure(accountKey, addressKey);
        if (userId)
            auditFailedSignIn(tenantId, userId,
                              passwordMatches ? QStringLiteral("user_inactive")
                                              : QStringLiteral("wrong_password"));
        qCInfo(lcAuth) << "sign-in failed, request" << m_requestId;
        outcome.result = LoginOutcome::InvalidCredentials;
        return outcome;
    }

    m_transaction.setTenant(tenantId, userId);
    m_throttle.recordSuccess(accountKey, addressKey);
    if (!request.newPassword.isEmpty()) {
        replacePasswordAtSignIn(tenantId, userId, email, request);
    } else if (mustChangePassword) {
        // The password is right but someone else chose it: the account is
        // only usable once its owner has replaced it.
        qCInfo(lcAuth) << "sign-in of user" << userId << "needs a new password, request" << m_requestId;
        outcome.result = LoginOutcome::PasswordChangeRequired;
        return outcome;
    } else if (PasswordHasher::needsRehash(storedHash)) {
        Database::exec(UpdatePasswordHash, {PasswordHasher::hash(request.password), tenantId, userId})
            .finish();
    }

    outcome.tokens = startSession(tenantId, userId, request);
    outcome.user = loadUser(tenantId, userId);
    outcome.user.permissions = loadPermissions(tenantId, userId);

    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.userId = userId;
    entry.entity = QStringLiteral("session");
    entry.entityId = outcome.tokens.sessionId;
    entry.action = QStringLiteral("login");
    entry.after = QJsonObject{{QStringLiteral("user_id"), userId},
                              {QStringLiteral("client_address"),
                               request.clientAddress.isNull() ? QString()
                                                              : request.clientAddress.toString()}};
    entry.requestId = m_requestId;
    AuditLog::record(entry);
    qCInfo(lcAuth) << "signed in user" << userId << "tenant" << tenantId << "session"
                   << outcome.tokens.sessionId;
    outcome.result = LoginOutcome::Success;
    return outcome;
}

RefreshOutcome AuthService::refresh(const QString &refreshToken)
{
    RefreshOutcome outcome;
    qint64 tenantId = 0;
    QByteArray hash;
    if (!TokenService::parseRefreshToken(refreshToken, &tenantId, &hash)) {
        outcome.reason = QStringLiteral("refresh_token_malformed");
        return outcome;
    }
    m_transaction.setTenant(tenantId);
    QSqlQuery &q = Database::exec(FindRefreshToken, {tenantId, hash});
    if (!q.next()) {
        q.finish();
        outcome.reason = QStringLiteral("refresh_token_unknown");
        return outcome;
    }
    const qint64 tokenId = q.value(0).toLongLong();
    const qint64 sessionId = q.value(1).toLongLong();
    const bool used = q.value(2).toBool();
    const qint64 userId = q.value(3).toLongLong();
    const bool revoked = q.value(4).toBool();
    const bool expired = q.value(5).toBool();
    const bool userActive = q.value(6).toBool();
    const bool tenantActive = q.value(7).toBool();
    q.finish();

    m_transaction.setTenant(tenantId, userId);
    if (used) {
        // A rotated token came back: either the client or a thief holds a
        // copy. We cannot tell which, so the whole session ends for both.
        SessionRevocation::revokeSession(tenantId, sessionId, QStringLiteral("refresh_token_reuse"),
                                         m_requestId);
        qCWarning(lcAuth) << "refresh token reuse: session" << sessionId << "of user" << userId
                          << "tenant" << tenantId << "revoked, request" << m_requestId;
        outcome.result = RefreshOutcome::Reused;
        outcome.reason = QStringLiteral("refresh_token_reuse");
        return outcome;
    }
    if (revoked || expired || !userActive || !tenantActive) {
        outcome.reason = revoked   ? QStringLiteral("session_revoked")
                         : expired ? QStringLiteral("session_expired")
                         : !userActive ? QStringLiteral("user_inactive")
                                       : QStringLiteral("organisation_inactive");
        return outcome;
    }

    Database::exec(MarkRefreshTokenUsed, {tenantId, tokenId}).finish();
    const RefreshToken next = TokenService::newRefreshToken(tenantId);
    Database::exec(InsertRefreshToken, {tenantId, sessionId, next.hash}).finish();
    Database::exec(TouchSession, {tenantId, sessionId}).finish();

    const TokenService &tokens = TokenService::instance();
    outcome.tokens.sessionId = sessionId;
    outcome.tokens.refreshToken = next.token;
    outcome.tokens.accessToken = tokens.issueAccessToken(userId, tenantId, sessionId);
    outcome.tokens.expiresIn = tokens.config().accessTokenTtlSeconds;

    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.userId = userId;
    entry.entity = QStringLiteral("session");
    entry.entityId = sessionId;
    entry.action = QStringLiteral("refresh");
    entry.requestId = m_requestId;
    AuditLog::record(entry);
    outcome.result = RefreshOutcome::Success;
    return outcome;
}

void AuthService::logout(const Principal &principal)
{
    SessionRevocation::revokeSession(principal.tenantId, principal.sessionId, QStringLiteral("logout"),
                                     m_requestId);
}

bool AuthService::logoutByRefreshToken(const QString &refreshToken)
{
    qint64 tenantId = 0;
    QByteArray hash;
    if (!TokenService::parseRefreshToken(refreshToken, &tenantId, &hash))
        return false;
    m_transaction.setTenant(tenantId);
    QSqlQuery &q
        = Database::exec(QStringLiteral("SELECT rt.session_id, s.user_id FROM refresh_tokens rt "
                                        "JOIN sessions s ON s.tenant_id = rt.tenant_id AND s.id = rt.session_id "
                                        "WHERE rt.tenant_id = ? AND rt.token_hash = ?"),
                         {tenantId, hash});
    if (!q.next()) {
        q.finish();
        return false;
    }
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 userId = q.value(1).toLongLong();
    q.finish();
    m_transaction.setTenant(tenantId, userId);
    // Already ended (revoked or signed out before) is fine: it is ended.
    SessionRevocation::revokeSession(tenantId, sessionId, QStringLiteral("logout"), m_requestId);
    return true;
}

AuthUser AuthService::currentUser(const Principal &principal)
{
    AuthUser user = loadUser(principal.tenantId, principal.userId);
    // The Authenticator loaded them for this very request.
    user.permissions = QStringList(principal.permissions.cbegin(), principal.permissions.cend());
    user.permissions.sort();
    return user;
}

PasswordChangeOutcome AuthService::changePassword(const Principal &principal,
                                                  const QString &currentPassword,
                                                  const QString &newPassword,
                                                  const QHostAddress &clientAddress)
{
    PasswordChangeOutcome outcome;
    const qint64 tenantId = principal.tenantId;
    const qint64 userId = principal.userId;
    QSqlQuery &q = Database::exec(SelectUserForPasswordChange, {tenantId, userId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound();
    }
    const QString email = q.value(0).toString();
    const QString storedHash = q.value(1).toString();
    const QString slug = q.value(2).toString();
    const QString organisationName = q.value(3).toString();
    q.finish();

    // A stolen access token must not become an oracle for the password, so
    // wrong current passwords count against the same limits as sign-in.
    const QByteArray accountKey = LoginThrottle::accountKey(slug, email);
    const QByteArray addressKey = LoginThrottle::addressKey(clientAddress);
    const int wait = m_throttle.retryAfterSeconds(accountKey, addressKey);
    if (wait > 0) {
        outcome.result = PasswordChangeOutcome::Throttled;
        outcome.retryAfterSeconds = wait;
        return outcome;
    }
    if (!PasswordHasher::verify(storedHash, currentPassword)) {
        m_throttle.recordFailure(accountKey, addressKey);
        AuditEntry entry;
        entry.tenantId = tenantId;
        entry.userId = userId;
        entry.entity = QStringLiteral("user");
        entry.entityId = userId;
        entry.action = QStringLiteral("password_change_failed");
        entry.requestId = m_requestId;
        AuditLog::record(entry);
        outcome.result = PasswordChangeOutcome::WrongCurrentPassword;
        return outcome;
    }

    QList<FieldError> errors;
    const auto problems = shared::PasswordPolicy::check(newPassword, {email, slug, organisationName});
    for (const auto &p : problems)
        errors.append({QStringLiteral("new_password"), p.code, p.message});
    if (problems.isEmpty() && newPassword == currentPassword)
        errors.append({QStringLiteral("new_password"), QStringLiteral("same_as_current"),
                       QStringLiteral("The new password must differ from the current one.")});
    if (!errors.isEmpty())
        throw ApiError::validation(errors);

    Database::exec(UpdatePassword, {PasswordHasher::hash(newPassword), tenantId, userId}).finish();
    m_throttle.recordSuccess(accountKey, addressKey);
    // Whoever else holds a session (perhaps the reason for the change) is out
    // at once; the session that made the change stays signed in.
    outcome.otherSessionsRevoked = SessionRevocation::revokeUserSessions(
        tenantId, userId, QStringLiteral("password_changed"), principal.sessionId, m_requestId);

    AuditEntry entry;
    entry.tenantId = tenantId;
    entry.userId = userId;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    entry.action = QStringLiteral("password_change");
    entry.after = QJsonObject{{QStringLiteral("sessions_revoked"), outcome.otherSessionsRevoked}};
    entry.requestId = m_requestId;
    AuditLog::record(entry);
    qCInfo(lcAuth) << "password changed for user" << userId << "tenant" << tenantId;
    outcome.result = PasswordChangeOutcome::Success;
    return outcome;
}

} // namespace erp::server
