#pragma once

#include "server/auth/AuthConfig.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace erp::server {

struct AccessClaims
{
    qint64 userId = 0;      // sub
    qint64 tenantId = 0;    // tid
    qint64 sessionId = 0;   // sid
    qint64 issuedAt = 0;    // iat, seconds since the epoch
    qint64 expiresAt = 0;   // exp
    QString tokenId;        // jti
};

struct AccessTokenCheck
{
    bool valid = false;
    AccessClaims claims;
    // Why it was refused, for the 401 detail and logs: "token_missing",
    // "token_malformed", "token_algorithm", "token_signature",
    // "token_expired", "token_not_yet_valid", "token_claims".
    QString error;
};

struct RefreshToken
{
    QString token;          // handed to the client once, never stored
    QByteArray hash;        // SHA-256 of the token: the only thing the database sees
};

// Issues and verifies access tokens (HS256 JWTs, 15 minutes) and mints opaque
// refresh tokens. One process-wide instance, configured at start-up, so the
// static Authenticator and the auth routes share the key and settings.
class TokenService
{
public:
    // Loads the key from config.keyFile, creating it on first start. Throws
    // std::runtime_error when the file cannot be read or created.
    explicit TokenService(AuthConfig config);
    // With an explicit key (tests).
    TokenService(AuthConfig config, QByteArray key);

    // Call once at start-up before serving (not thread-safe against
    // concurrent instance() users).
    static void configure(const AuthConfig &config);
    static void configure(const AuthConfig &config, const QByteArray &key);
    static bool isConfigured();
    static TokenService &instance();       // throws std::logic_error when not configured

    const AuthConfig &config() const { return m_config; }

    QString issueAccessToken(qint64 userId, qint64 tenantId, qint64 sessionId) const;
    AccessTokenCheck verifyAccessToken(const QByteArray &token) const;

    // "<tenantId>.<base64url of 32 random bytes>": the prefix lets the refresh
    // route set the tenant before looking the hash up under row-level security.
    static RefreshToken newRefreshToken(qint64 tenantId);
    // Splits a presented refresh token; false when it is not of our shape.
    static bool parseRefreshToken(const QString &token, qint64 *tenantId, QByteArray *hash);

    // A key for another purpose (e.g. "idempotency request hash"), derived
    // from the server key: every process sharing the key file derives the
    // same one, and no purpose can recompute another's.
    QByteArray derivedKey(const QByteArray &purpose) const;

    // Reads the key file, or creates it (O_CREAT|O_EXCL, mode 0600) with 32
    // random bytes when it does not exist. Safe when two processes start at once.
    static QByteArray loadOrCreateKey(const QString &path);

private:
    AuthConfig m_config;
    QByteArray m_key;
    quint64 m_instance;   // which instance verified a token this thread remembers
};

} // namespace erp::server
