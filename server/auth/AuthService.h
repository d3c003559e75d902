#pragma once

#include "server/auth/LoginThrottle.h"
#include "server/http/Principal.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace erp::server {

class Transaction;

struct AuthUser
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString email;
    QString displayName;
    QString organisationSlug;
    QString organisationName;
    QStringList permissions;    // sorted
};

struct IssuedTokens
{
    QString accessToken;
    int expiresIn = 0;          // seconds
    QString refreshToken;
    qint64 sessionId = 0;
};

struct LoginRequest
{
    QString organisation;       // tenant slug
    QString email;
    QString password;
    // Replaces the password as part of this sign-in; required when the
    // password was set by someone else (PasswordChangeRequired otherwise).
    QString newPassword;
    QHostAddress clientAddress;
    QString userAgent;
};

struct LoginOutcome
{
    // PasswordChangeRequired: the password was right but set by an
    // administrator; no session until the user chooses a new one.
    enum Result { Success, InvalidCredentials, Throttled, PasswordChangeRequired };
    Result result = InvalidCredentials;
    int retryAfterSeconds = 0;  // Throttled
    IssuedTokens tokens;        // Success
    AuthUser user;              // Success
};

struct RefreshOutcome
{
    // Reused: a rotated token came back, so the session was revoked (the
    // revocation must be committed, hence an outcome rather than an exception).
    enum Result { Success, Invalid, Reused };
    Result result = Invalid;
    QString reason;             // detail for Invalid/Reused
    IssuedTokens tokens;
};

struct PasswordChangeOutcome
{
    // WrongCurrentPassword and Throttled are outcomes rather than exceptions
    // because the failure they count must be committed.
    enum Result { Success, WrongCurrentPassword, Throttled };
    Result result = WrongCurrentPassword;
    int retryAfterSeconds = 0;
    int otherSessionsRevoked = 0;
};

// Sign-in, token refresh, sign-out and password change: the business rules,
// with no HTTP in them. Works on this thread's connection inside the request's
// transaction; services that must fail visibly but keep their writes (a
// counted failure, a revocation) report an outcome; everything else throws
// ApiError or DbError and is rolled back.
class AuthService
{
public:
    AuthService(Transaction &transaction, QByteArray requestId);

    LoginOutcome login(const LoginRequest &request);
    RefreshOutcome refresh(const QString &refreshToken);
    void logout(const Principal &principal);
    // Ends the session a refresh token (current or already rotated) belongs
    // to; false when the token is unknown. Works when the access token has
    // expired, which is when a client that sat idle signs out.
    bool logoutByRefreshToken(const QString &refreshToken);
    AuthUser currentUser(const Principal &principal);
    // Throws ApiError 422 with field errors on "new_password" when the new
    // password breaks the policy.
    PasswordChangeOutcome changePassword(const Principal &principal, const QString &currentPassword,
                                         const QString &newPassword,
                                         const QHostAddress &clientAddress);

    static QStringList loadPermissions(qint64 tenantId, qint64 userId);

private:
    IssuedTokens startSession(qint64 tenantId, qint64 userId, const LoginRequest &request);
    AuthUser loadUser(qint64 tenantId, qint64 userId);
    // Throws ApiError 422 (field "new_password") when the policy refuses it.
    void replacePasswordAtSignIn(qint64 tenantId, qint64 userId, const QString &email, const LoginRequest &request);
    void auditFailedSignIn(qint64 tenantId, qint64 userId, const QString &reason);

    Transaction &m_transaction;
    QByteArray m_requestId;
    LoginThrottle m_throttle;
};

} // namespace erp::server
