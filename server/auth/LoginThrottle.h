#pragma once

#include "server/auth/AuthConfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace erp::server {

// Counts failed sign-ins per account and source address, and per source
// address alone, in the login_throttle table, so the limits hold across every
// server process that shares the database. Runs on this thread's connection
// inside the caller's transaction. Keys are SHA-256 hashes, so the table
// holds no emails or addresses in the clear.
//
// The account lock is keyed on the account AND the source: someone guessing
// from one address is slowed down more and more (each failure past the free
// ones doubles the lock), while the owner signing in from elsewhere is not
// affected. An administrator can lift an account's locks (unlockAccount).
//
// Failures are also counted per account from all sources together, so a
// guess spread over many addresses is slowed too; that lock spares the
// sources the account signed in from successfully (its owner's usual
// places), so it cannot lock the owner out at their desk either.
class LoginThrottle
{
public:
    explicit LoginThrottle(LoginThrottleLimits limits);

    static QByteArray accountKey(const QString &organisation, const QString &email);
    // IPv4 (also IPv4-mapped IPv6) per address; other IPv6 per /64, because
    // one client usually holds a whole /64 and could rotate through it.
    static QByteArray addressKey(const QHostAddress &address);
    // The key of one account from one source.
    static QByteArray accountSourceKey(const QByteArray &accountKey, const QByteArray &addressKey);

    // Seconds until this account may try again from this address (or the
    // address may try at all); 0 when not locked. Checked before the
    // password is looked at, and the same whether or not the account exists.
    int retryAfterSeconds(const QByteArray &accountKey, const QByteArray &addressKey);

    // Counts one failure for the account from this source and for the source
    // (atomically, INSERT ... ON CONFLICT) and locks whichever reached its
    // limit. Also prunes expired rows.
    void recordFailure(const QByteArray &accountKey, const QByteArray &addressKey);

    // A successful sign-in clears the account's counter for this source (not
    // the address's: one right password must not reset a spraying client's
    // budget, nor the account-wide one) and remembers the source as known.
    void recordSuccess(const QByteArray &accountKey, const QByteArray &addressKey);

    // Lifts every lock and count of the account, from every source (and its
    // account-wide count); returns how many per-source locks were lifted.
    // For administrators.
    static int unlockAccount(const QByteArray &accountKey);

    // Deletes rows whose window and lock have both ended; bounded per call.
    void pruneExpired();

private:
    void countAccountSourceFailure(const QByteArray &accountKey, const QByteArray &addressKey);
    void countAccountFailure(const QByteArray &accountKey);
    void countAddressFailure(const QByteArray &addressKey);

    LoginThrottleLimits m_limits;
};

} // namespace erp::server
