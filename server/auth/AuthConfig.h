#pragma once

#include <QString>

namespace erp::server {

// Failed sign-in limits. Per account and source address they stop online
// guessing of one user's password without letting anyone who knows an email
// lock its owner out: failures from one address never lock the account for
// another. Past the free attempts each further failure doubles the lock, up
// to a ceiling. Per source address they stop one client spraying many
// accounts.
struct LoginThrottleLimits
{
    int accountMaxFailures = 5;               // free attempts per account and source
    int accountWindowSeconds = 15 * 60;       // quiet time after which counting starts again
    int accountLockSeconds = 60;              // first lock; doubles with every further failure
    int accountMaxLockSeconds = 60 * 60;      // ceiling of the growing lock
    // Per account from every source together, against a guess spread over
    // many addresses (each with its own free attempts above). Past this many
    // failures within the window, sign-in to the account is refused for the
    // lock time (and again after each further failure within the window)
    // from every source except the ones the account signed in from
    // successfully within knownSourceDays: its owner's usual places, which
    // such a lock never shuts out. docs/security.md.
    int accountWideMaxFailures = 50;
    int accountWideWindowSeconds = 60 * 60;
    int accountWideLockSeconds = 15 * 60;
    int knownSourceDays = 90;
    int addressMaxFailures = 30;
    int addressWindowSeconds = 15 * 60;
    int addressLockSeconds = 15 * 60;
};

struct AuthConfig
{
    // HS256 signing key: 32 random bytes, created at first start with mode
    // 0600. Every server process behind one database must share this file.
    QString keyFile = QStringLiteral("jwt.key");
    QString issuer = QStringLiteral("erp-server");
    QString audience = QStringLiteral("erp-client");
    int accessTokenTtlSeconds = 15 * 60;
    // Absolute lifetime of a session and so of its refresh tokens; refreshing
    // rotates the token but does not extend the session.
    int sessionTtlSeconds = 30 * 24 * 60 * 60;
    // Tolerated clock difference between server processes for exp/nbf/iat.
    int clockLeewaySeconds = 30;
    LoginThrottleLimits throttle;
};

} // namespace erp::server
