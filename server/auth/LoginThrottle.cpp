#include "server/auth/LoginThrottle.h"

#include "server/auth/AuthLog.h"
#include "server/auth/Sodium.h"
#include "server/db/Database.h"

#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

namespace erp::server {

namespace {

QByteArray sha256(const QByteArray &data)
{
    Sodium::ensureInitialised();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return digest;
}

const QString RetryAfterQuery = QStringLiteral(
    "SELECT COALESCE(MAX(CEIL(EXTRACT(EPOCH FROM (locked_until - now())))), 0)::integer "
    "  FROM login_throttle "
    " WHERE ((scope = 'account' AND key_hash = ?) OR (scope = 'address' AND key_hash = ?)) "
    "   AND locked_until > now()");

// A row starts a fresh window when its window has ended or its lock has run
// out: after a lockout the account gets a full new allowance, not one try.
const QString CountFailure = QStringLiteral(
    "INSERT INTO login_throttle AS t (scope, key_hash, failures, window_start, locked_until) "
    "VALUES (?, ?, 1, now(), CASE WHEN 1 >= ? THEN now() + make_interval(secs => ?) END) "
    "ON CONFLICT (scope, key_hash) DO UPDATE SET "
    "  failures = CASE WHEN t.window_start < now() - make_interval(secs => ?) OR t.locked_until <= now() "
    "                  THEN 1 ELSE t.failures + 1 END, "
    "  window_start = CASE WHEN t.window_start < now() - make_interval(secs => ?) OR t.locked_until <= now() "
    "                      THEN now() ELSE t.window_start END, "
    "  locked_until = CASE "
    "      WHEN t.window_start < now() - make_interval(secs => ?) OR t.locked_until <= now() "
    "           THEN CASE WHEN 1 >= ? THEN now() + make_interval(secs => ?) END "
    "      WHEN t.failures + 1 >= ? THEN GREATEST(t.locked_until, now() + make_interval(secs => ?)) "
    "      ELSE t.locked_until END "
    "RETURNING failures, locked_until IS NOT NULL AND locked_until > now()");

const QString ClearAccount = QStringLiteral(
    "DELETE FROM login_throttle WHERE scope = 'account' AND key_hash = ?");

// SKIP LOCKED: rows another sign-in is counting right now are left for a later
// prune, so pruning never waits on or deadlocks with concurrent logins. The
// LIMIT keeps each call's cost bounded.
const QString Prune = QStringLiteral(
    "DELETE FROM login_throttle t USING ( "
    "    SELECT scope, key_hash FROM login_throttle "
    "     WHERE window_start < now() - make_interval(secs => ?) "
    "       AND (locked_until IS NULL OR locked_until < now()) "
    "     LIMIT 500 FOR UPDATE SKIP LOCKED) d "
    " WHERE t.scope = d.scope AND t.key_hash = d.key_hash");

} // namespace

LoginThrottle::LoginThrottle(LoginThrottleLimits limits)
    : m_limits(limits)
{
}

QByteArray LoginThrottle::accountKey(const QString &organisation, const QString &email)
{
    return sha256("account\n" + organisation.trimmed().toLower().toUtf8() + '\n'
                  + email.trimmed().toLower().toUtf8());
}

QByteArray LoginThrottle::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);   // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return sha256("address\n4\n" + QByteArray::number(v4));
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        return sha256("address\n6/64\n"
                      + QByteArray(reinterpret_cast<const char *>(v6.c), 8).toHex());
    }
    // No address (in-process tests, a unix socket): one shared bucket.
    return sha256("address\nunknown");
}

int LoginThrottle::retryAfterSeconds(const QByteArray &accountKey, const QByteArray &addressKey)
{
    QSqlQuery &q = Database::exec(RetryAfterQuery, {accountKey, addressKey});
    const int seconds = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return std::max(seconds, 0);
}

void LoginThrottle::countFailure(const QString &scope, const QByteArray &key, int maxFailures,
                                 int windowSeconds, int lockSeconds)
{
    QSqlQuery &q = Database::exec(CountFailure, {scope, key, maxFailures, lockSeconds,
                                                 windowSeconds, windowSeconds, windowSeconds,
                                                 maxFailures, lockSeconds, maxFailures, lockSeconds});
    if (q.next() && q.value(1).toBool())
        qCInfo(lcAuth) << "sign-in locked for" << scope << "after" << q.value(0).toInt()
                       << "failures";
    q.finish();
}

void LoginThrottle::recordFailure(const QByteArray &accountKey, const QByteArray &addressKey)
{
    pruneExpired();
    // Always account first, then address: every transaction takes the two row
    // locks in the same order, so concurrent failures cannot deadlock.
    countFailure(QStringLiteral("account"), accountKey, m_limits.accountMaxFailures,
                 m_limits.accountWindowSeconds, m_limits.accountLockSeconds);
    countFailure(QStringLiteral("address"), addressKey, m_limits.addressMaxFailures,
                 m_limits.addressWindowSeconds, m_limits.addressLockSeconds);
}

void LoginThrottle::recordSuccess(const QByteArray &accountKey)
{
    Database::exec(ClearAccount, {accountKey}).finish();
}

void LoginThrottle::pruneExpired()
{
    const int horizon = std::max(m_limits.accountWindowSeconds, m_limits.addressWindowSeconds);
    Database::exec(Prune, {horizon}).finish();
}

} // namespace erp::server
