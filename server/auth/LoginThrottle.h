#pragma once

#include "server/auth/AuthConfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace erp::server {

// Counts failed sign-ins per account and per source address in the
// login_throttle table, so the limits hold across every server process that
// shares the database. Runs on this thread's connection inside the caller's
// transaction. Keys are SHA-256 hashes, so the table holds no emails or
// addresses in the clear.
class LoginThrottle
{
public:
    explicit LoginThrottle(LoginThrottleLimits limits);

    static QByteArray accountKey(const QString &organisation, const QString &email);
    // IPv4 (also IPv4-mapped IPv6) per address; other IPv6 per /64, because
    // one client usually holds a whole /64 and could rotate through it.
    static QByteArray addressKey(const QHostAddress &address);

    // Seconds until the account or address may try again; 0 when not locked.
    // Checked before the password is looked at, and the same whether or not
    // the account exists.
    int retryAfterSeconds(const QByteArray &accountKey, const QByteArray &addressKey);

    // Counts one failure for both keys (atomically, INSERT ... ON CONFLICT)
    // and locks whichever reached its limit. Also prunes expired rows.
    void recordFailure(const QByteArray &accountKey, const QByteArray &addressKey);

    // A successful sign-in clears the account's counter (not the address's:
    // one right password must not reset a spraying client's budget).
    void recordSuccess(const QByteArray &accountKey);

    // Deletes rows whose window and lock have both ended; bounded per call.
    void pruneExpired();

private:
    void countFailure(const QString &scope, const QByteArray &key, int maxFailures,
                      int windowSeconds, int lockSeconds);

    LoginThrottleLimits m_limits;
};

} // namespace erp::server
