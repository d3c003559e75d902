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

// The account-wide lock spares the sources the account signed in from
// successfully (known_source rows, keyed like account_source).
const QString RetryAfterQuery
    = QStringLiteral("SELECT COALESCE(MAX(CEIL(EXTRACT(EPOCH FROM (locked_until - now())))), 0)::integer "
                     "  FROM login_throttle "
                     " WHERE ((scope = 'account_source' AND key_hash = ?) OR (scope = 'address' AND key_hash = ?) "
                     "        OR (scope = 'account' AND key_hash = ? AND NOT EXISTS ( "
                     "              SELECT 1 FROM login_throttle k "
                     "               WHERE k.scope = 'known_source' AND k.key_hash = ? "
                     "                 AND k.window_start > now() - make_interval(days => ?)))) "
                     "   AND locked_until > now()");

// Per account from every source: a fixed window from its first failure.
// Reaching the limit locks; within the same window every further failure
// (only known sources get to make one while locked) locks again.
const QString CountAccountFailure = QStringLiteral(
    "INSERT INTO login_throttle AS t (scope, key_hash, account_hash, failures, window_start, locked_until) "
    "VALUES ('account', ?, ?, 1, now(), CASE WHEN 1 >= ? THEN now() + make_interval(secs => ?) END) "
    "ON CONFLICT (scope, key_hash) DO UPDATE SET "
    "  failures = CASE WHEN t.window_start < now() - make_interval(secs => ?) THEN 1 ELSE t.failures + 1 END, "
    "  window_start = CASE WHEN t.window_start < now() - make_interval(secs => ?) THEN now() ELSE t.window_start END, "
    "  locked_until = CASE "
    "      WHEN t.window_start < now() - make_interval(secs => ?) "
    "           THEN CASE WHEN 1 >= ? THEN now() + make_interval(secs => ?) END "
    "      WHEN t.failures + 1 >= ? THEN GREATEST(t.locked_until, now() + make_interval(secs => ?)) "
    "      ELSE t.locked_until END "
    "RETURNING failures, locked_until IS NOT NULL AND locked_until > now()");

const QString RememberKnownSource = QStringLiteral(
    "INSERT INTO login_throttle AS t (scope, key_hash, account_hash, window_start) "
    "VALUES ('known_source', ?, ?, now()) "
    "ON CONFLICT (scope, key_hash) DO UPDATE SET window_start = now()");

// Per source address: a fixed window and lock. A row starts a fresh window
// when its window has ended or its lock has run out.
const QString CountAddressFailure = QStringLiteral(
    "INSERT INTO login_throttle AS t (scope, key_hash, failures, window_start, locked_until) "
    "VALUES ('address', ?, 1, now(), CASE WHEN 1 >= ? THEN now() + make_interval(secs => ?) END) "
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

// Per account and source: the count goes on across locks (that is what makes
// the lock grow) and starts again only after a quiet window following the
// last failure or lock. The failure that reaches the limit locks for
// lockSeconds, each further one for twice as long as the one before, up to
// maxLockSeconds. %1 window, %2 free failures, %3 first lock, %4 ceiling;
// all server configuration (integers), never request data.
QString countAccountSourceFailureSql(const LoginThrottleLimits &l)
{
    const QString stale = QStringLiteral(
        "(GREATEST(COALESCE(t.last_failure_at, t.window_start), COALESCE(t.locked_until, t.window_start)) "
        " < now() - make_interval(secs => %1))");
    const QString next = QStringLiteral("(CASE WHEN %1 THEN 1 ELSE t.failures + 1 END)").arg(stale);
    const auto lockFor = [](const QString &n) {
        return QStringLiteral("CASE WHEN %1 >= %2 THEN now() + make_interval(secs => "
                              "LEAST(%4::double precision, %3::double precision * power(2, LEAST(%1 - %2, 30)))) END")
            .arg(n);
    };
    return QStringLiteral("INSERT INTO login_throttle AS t (scope, key_hash, account_hash, failures, window_start, "
                          "                                 last_failure_at, locked_until) "
                          "VALUES ('account_source', ?, ?, 1, now(), now(), %1) "
                          "ON CONFLICT (scope, key_hash) DO UPDATE SET "
                          "  failures = %2, "
                          "  window_start = CASE WHEN %3 THEN now() ELSE t.window_start END, "
                          "  last_failure_at = now(), "
                          "  locked_until = %4 "
                          "RETURNING failures, locked_until IS NOT NULL AND locked_until > now()")
        .arg(lockFor(QStringLiteral("1")), next, stale, lockFor(next))
        .arg(l.accountWindowSeconds)
        .arg(l.accountMaxFailures)
        .arg(l.accountLockSeconds)
        .arg(l.accountMaxLockSeconds);
}

const QString ClearAccountSource
    = QStringLiteral("DELETE FROM login_throttle WHERE scope = 'account_source' AND key_hash = ?");

const QString UnlockAccount
    = QStringLiteral("DELETE FROM login_throttle WHERE scope = 'account_source' AND account_hash = ?");
// Known sources stay: they are not locks.
const QString UnlockAccountWide
    = QStringLiteral("DELETE FROM login_throttle WHERE scope = 'account' AND key_hash = ?");

// SKIP LOCKED: rows another sign-in is counting right now are left for a later
// prune, so pruning never waits on or deadlocks with concurrent logins. The
// LIMIT keeps each call's cost bounded.
const QString Prune
    = QStringLiteral("DELETE FROM login_throttle t USING ( "
                     "    SELECT scope, key_hash FROM login_throttle "
                     "     WHERE scope <> 'known_source' "
                     "       AND COALESCE(last_failure_at, window_start) < now() - make_interval(secs => ?) "
                     "       AND (locked_until IS NULL OR locked_until < now() - make_interval(secs => ?)) "
                     "     LIMIT 500 FOR UPDATE SKIP LOCKED) d "
                     " WHERE t.scope = d.scope AND t.key_hash = d.key_hash");
const QString PruneKnownSources
    = QStringLiteral("DELETE FROM login_throttle t USING ( "
                     "    SELECT scope, key_hash FROM login_throttle "
                     "     WHERE scope = 'known_source' AND window_start < now() - make_interval(days => ?) "
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

QByteArray LoginThrottle::accountSourceKey(const QByteArray &accountKey, const QByteArray &addressKey)
{
    return sha256("account_source\n" + accountKey + addressKey);
}

int LoginThrottle::retryAfterSeconds(const QByteArray &accountKey, const QByteArray &addressKey)
{
    const QByteArray source = accountSourceKey(accountKey, addressKey);
    QSqlQuery &q = Database::exec(RetryAfterQuery,
                                  {source, addressKey, accountKey, source, m_limits.knownSourceDays});
    const int seconds = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return std::max(seconds, 0);
}

void LoginThrottle::countAccountSourceFailure(const QByteArray &accountKey, const QByteArray &addressKey)
{
    QSqlQuery &q = Database::exec(countAccountSourceFailureSql(m_limits),
                                  {accountSourceKey(accountKey, addressKey), accountKey});
    if (q.next() && q.value(1).toBool())
        qCInfo(lcAuth) << "sign-in locked for an account from one source after" << q.value(0).toInt() << "failures";
    q.finish();
}

void LoginThrottle::countAccountFailure(const QByteArray &accountKey)
{
    const LoginThrottleLimits &l = m_limits;
    QSqlQuery &q = Database::exec(CountAccountFailure,
                                  {accountKey, accountKey, l.accountWideMaxFailures, l.accountWideLockSeconds,
                                   l.accountWideWindowSeconds, l.accountWideWindowSeconds,
                                   l.accountWideWindowSeconds, l.accountWideMaxFailures, l.accountWideLockSeconds,
                                   l.accountWideMaxFailures, l.accountWideLockSeconds});
    if (q.next() && q.value(1).toBool())
        qCWarning(lcAuth) << "sign-in locked for an account from unknown sources after" << q.value(0).toInt()
                          << "failures from all sources";
    q.finish();
}

void LoginThrottle::countAddressFailure(const QByteArray &addressKey)
{
    const LoginThrottleLimits &l = m_limits;
    QSqlQuery &q = Database::exec(CountAddressFailure,
                                  {addressKey, l.addressMaxFailures, l.addressLockSeconds, l.addressWindowSeconds,
                                   l.addressWindowSeconds, l.addressWindowSeconds, l.addressMaxFailures,
                                   l.addressLockSeconds, l.addressMaxFailures, l.addressLockSeconds});
    if (q.next() && q.value(1).toBool())
        qCInfo(lcAuth) << "sign-in locked for a source address after" << q.value(0).toInt() << "failures";
    q.finish();
}

void LoginThrottle::recordFailure(const QByteArray &accountKey, const QByteArray &addressKey)
{
    pruneExpired();
    // Always account first, then address: every transaction takes the two row
    // locks in the same order, so concurrent failures cannot deadlock.
    countAccountSourceFailure(accountKey, addressKey);
    countAccountFailure(accountKey);
    countAddressFailure(addressKey);
}

void LoginThrottle::recordSuccess(const QByteArray &accountKey, const QByteArray &addressKey)
{
    const QByteArray source = accountSourceKey(accountKey, addressKey);
    Database::exec(ClearAccountSource, {source}).finish();
    Database::exec(RememberKnownSource, {source, accountKey}).finish();
}

int LoginThrottle::unlockAccount(const QByteArray &accountKey)
{
    QSqlQuery &q = Database::exec(UnlockAccount, {accountKey});
    const int lifted = q.numRowsAffected();
    q.finish();
    Database::exec(UnlockAccountWide, {accountKey}).finish();
    return lifted;
}

void LoginThrottle::pruneExpired()
{
    const int horizon = std::max({m_limits.accountWindowSeconds, m_limits.addressWindowSeconds,
                                  m_limits.accountWideWindowSeconds});
    Database::exec(Prune, {horizon, horizon}).finish();
    Database::exec(PruneKnownSources, {m_limits.knownSourceDays}).finish();
}

} // namespace erp::server
