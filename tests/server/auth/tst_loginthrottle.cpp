#include "AuthTestSupport.h"

#include "server/auth/LoginThrottle.h"
#include "server/db/Database.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace erp::server;
using authtest::inTransaction;

class tst_LoginThrottle : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_config;
    std::unique_ptr<authtest::SuperuserSql> m_sql;
    LoginThrottleLimits
        m_limits; // defaults: 5 free then 1 min doubling per account and source, 30 / 15 min per address
    int m_counter = 0;

    QByteArray freshAccount() { return LoginThrottle::accountKey(QStringLiteral("org"), QStringLiteral("u%1@x.test").arg(++m_counter)); }
    QByteArray freshAddress()
    {
        const int n = ++m_counter;
        return LoginThrottle::addressKey(QHostAddress(QStringLiteral("10.1.%1.%2").arg(n / 200).arg(n % 200 + 1)));
    }

    int retryAfter(const LoginThrottleLimits &limits, const QByteArray &account, const QByteArray &address)
    {
        return inTransaction([&](Transaction &) { return LoginThrottle(limits).retryAfterSeconds(account, address); });
    }
    void fail(const LoginThrottleLimits &limits, const QByteArray &account, const QByteArray &address, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            inTransaction([&](Transaction &) { LoginThrottle(limits).recordFailure(account, address); });
    }
    int storedFailures(const QByteArray &account, const QByteArray &address)
    {
        return storedFailures(QStringLiteral("account_source"), LoginThrottle::accountSourceKey(account, address));
    }
    int storedFailures(const QString &scope, const QByteArray &key)
    {
        return m_sql->value(QStringLiteral("SELECT failures FROM login_throttle WHERE scope = ? AND key_hash = ?"),
                            {scope, key}).toInt();
    }

private slots:
    void initTestCase()
    {
        m_config = TestDatabase::create(QStringLiteral("auth_throttle"));
        Database::configure(m_config);
        m_sql = std::make_unique<authtest::SuperuserSql>(m_config.name, QStringLiteral("throttle-su"));
    }

    void cleanupTestCase()
    {
        m_sql.reset();
        Database::closeThreadConnection();
    }

    void keys()
    {
        // Case and surrounding blanks do not make a new account.
        QCOMPARE(LoginThrottle::accountKey(QStringLiteral(" ACME "), QStringLiteral("Bob@Example.com")),
                 LoginThrottle::accountKey(QStringLiteral("acme"), QStringLiteral("bob@example.com")));
        QVERIFY(LoginThrottle::accountKey(QStringLiteral("acme"), QStringLiteral("bob@example.com"))
                != LoginThrottle::accountKey(QStringLiteral("acme2"), QStringLiteral("bob@example.com")));
        // The separator keeps ("a", "b\nc") and ("a\nb", "c") apart.
        QVERIFY(LoginThrottle::accountKey(QStringLiteral("ab"), QStringLiteral("c"))
                != LoginThrottle::accountKey(QStringLiteral("a"), QStringLiteral("bc")));
        QCOMPARE(LoginThrottle::accountKey(QStringLiteral("a"), QStringLiteral("b")).size(), 32);

        const auto addr = [](const char *a) { return LoginThrottle::addressKey(QHostAddress(QLatin1String(a))); };
        QCOMPARE(addr("::ffff:10.0.0.1"), addr("10.0.0.1"));
        QVERIFY(addr("10.0.0.1") != addr("10.0.0.2"));
        // One IPv6 client usually owns a whole /64.
        QCOMPARE(addr("2001:db8:1:2::1"), addr("2001:db8:1:2:ffff::9"));
        QVERIFY(addr("2001:db8:1:2::1") != addr("2001:db8:1:3::1"));
    }

    void locksAccountFromThatSourceOnly()
    {
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        fail(m_limits, account, address, m_limits.accountMaxFailures - 1);
        QCOMPARE(retryAfter(m_limits, account, address), 0);
        fail(m_limits, account, address);
        const int wait = retryAfter(m_limits, account, address);
        QVERIFY2(wait > m_limits.accountLockSeconds - 10 && wait <= m_limits.accountLockSeconds,
                 qPrintable(QString::number(wait)));
        // The lock is the account's from that source: the same account from
        // elsewhere is not locked (its owner is not held hostage), nor is
        // another account from this address.
        QCOMPARE(retryAfter(m_limits, account, freshAddress()), 0);
        QCOMPARE(retryAfter(m_limits, freshAccount(), address), 0);
    }

    void lockGrowsWithEveryFurtherFailure()
    {
        LoginThrottleLimits quick;
        quick.accountMaxFailures = 2;
        quick.accountLockSeconds = 1;
        quick.accountMaxLockSeconds = 3;
        quick.accountWindowSeconds = 600;
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        fail(quick, account, address, 2);
        QCOMPARE(retryAfter(quick, account, address), 1);
        QThread::msleep(1100);
        QCOMPARE(retryAfter(quick, account, address), 0);
        // The lock ran out but the count goes on: the next failure locks for
        // twice as long, not a fresh allowance.
        fail(quick, account, address);
        QCOMPARE(storedFailures(account, address), 3);
        QCOMPARE(retryAfter(quick, account, address), 2);
        QThread::msleep(2100);
        // ... then the ceiling (3 s, not 4 s).
        fail(quick, account, address);
        QCOMPARE(retryAfter(quick, account, address), 3);
    }

    void successClearsAccountCounter()
    {
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        fail(m_limits, account, address, m_limits.accountMaxFailures - 1);
        inTransaction([&](Transaction &) { LoginThrottle(m_limits).recordSuccess(account, address); });
        QCOMPARE(storedFailures(account, address), 0);
        fail(m_limits, account, address, m_limits.accountMaxFailures - 1);
        QCOMPARE(retryAfter(m_limits, account, address), 0);
        // ... but not the address counter.
        QCOMPARE(storedFailures(QStringLiteral("address"), address), 2 * (m_limits.accountMaxFailures - 1));
    }

    void unlockLiftsEverySourceOfOneAccount()
    {
        const QByteArray account = freshAccount();
        const QByteArray other = freshAccount();
        const QByteArray first = freshAddress();
        const QByteArray second = freshAddress();
        fail(m_limits, account, first, m_limits.accountMaxFailures);
        fail(m_limits, account, second, m_limits.accountMaxFailures);
        fail(m_limits, other, first, m_limits.accountMaxFailures);
        QVERIFY(retryAfter(m_limits, account, first) > 0);
        QVERIFY(retryAfter(m_limits, account, second) > 0);
        QCOMPARE(inTransaction([&](Transaction &) { return LoginThrottle::unlockAccount(account); }), 2);
        QCOMPARE(retryAfter(m_limits, account, first), 0);
        QCOMPARE(retryAfter(m_limits, account, second), 0);
        QCOMPARE(storedFailures(account, first), 0);
        // Other accounts keep their locks.
        QVERIFY(retryAfter(m_limits, other, first) > 0);
    }

    void accountWideLimitSlowsASpreadGuessButNotTheOwner()
    {
        LoginThrottleLimits limits; // per source and address: the defaults
        limits.accountWideMaxFailures = 8;
        const QByteArray account = freshAccount();
        const QByteArray owner = freshAddress();
        // The owner signed in from their usual address.
        inTransaction([&](Transaction &) { LoginThrottle(limits).recordSuccess(account, owner); });
        // A guess spread over many addresses, one attempt each: far below
        // every per-source limit, so only the account-wide count can stop it.
        for (int i = 0; i < limits.accountWideMaxFailures - 1; ++i)
            fail(limits, account, freshAddress());
        QCOMPARE(retryAfter(limits, account, freshAddress()), 0);
        fail(limits, account, freshAddress());
        QCOMPARE(storedFailures(QStringLiteral("account"), account), limits.accountWideMaxFailures);
        const int wait = retryAfter(limits, account, freshAddress());
        QVERIFY2(wait > limits.accountWideLockSeconds - 10 && wait <= limits.accountWideLockSeconds,
                 qPrintable(QString::number(wait)));
        // The owner's usual address is spared, and other accounts are untouched.
        QCOMPARE(retryAfter(limits, account, owner), 0);
        QCOMPARE(retryAfter(limits, freshAccount(), freshAddress()), 0);
        // The owner's own typos count, but do not lock them out either.
        fail(limits, account, owner, 2);
        QCOMPARE(retryAfter(limits, account, owner), 0);
        QVERIFY(retryAfter(limits, account, freshAddress()) > 0);
        // An administrator's unlock lifts it; the known source stays known.
        inTransaction([&](Transaction &) { return LoginThrottle::unlockAccount(account); });
        QCOMPARE(retryAfter(limits, account, freshAddress()), 0);
        QCOMPARE(storedFailures(QStringLiteral("account"), account), 0);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM login_throttle WHERE scope = 'known_source' "
                                             "AND key_hash = ?"),
                              {LoginThrottle::accountSourceKey(account, owner)})
                     .toInt(),
                 1);
    }

    void knownSourceIsForgottenAfterItsDays()
    {
        LoginThrottleLimits limits;
        limits.accountWideMaxFailures = 3;
        const QByteArray account = freshAccount();
        const QByteArray owner = freshAddress();
        inTransaction([&](Transaction &) { LoginThrottle(limits).recordSuccess(account, owner); });
        // Last signed in from there longer ago than knownSourceDays.
        m_sql->exec(QStringLiteral("UPDATE login_throttle SET window_start = now() - make_interval(days => ?) "
                                   "WHERE scope = 'known_source' AND key_hash = ?"),
                    {limits.knownSourceDays + 1, LoginThrottle::accountSourceKey(account, owner)});
        for (int i = 0; i < limits.accountWideMaxFailures; ++i)
            fail(limits, account, freshAddress());
        QVERIFY(retryAfter(limits, account, owner) > 0);
        // ... and pruning removes the stale row, never a recent one.
        const QByteArray recent = freshAccount();
        inTransaction([&](Transaction &) { LoginThrottle(limits).recordSuccess(recent, owner); });
        inTransaction([&](Transaction &) { LoginThrottle(limits).pruneExpired(); });
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM login_throttle WHERE scope = 'known_source' "
                                             "AND key_hash IN (?, ?)"),
                              {LoginThrottle::accountSourceKey(account, owner),
                               LoginThrottle::accountSourceKey(recent, owner)})
                     .toInt(),
                 1);
    }

    void locksAddressAcrossAccounts()
    {
        const QByteArray address = freshAddress();
        for (int i = 0; i < m_limits.addressMaxFailures; ++i)
            fail(m_limits, freshAccount(), address);
        // A never-seen account from that address is refused too.
        QVERIFY(retryAfter(m_limits, freshAccount(), address) > 0);
        QCOMPARE(retryAfter(m_limits, freshAccount(), freshAddress()), 0);
    }

    void windowExpires()
    {
        LoginThrottleLimits quick;
        quick.accountMaxFailures = 3;
        quick.accountWindowSeconds = 1;
        quick.accountLockSeconds = 1;
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        fail(quick, account, address, 2);
        QThread::msleep(1300);
        // The window after the last failure ended: counting starts again, no lock.
        fail(quick, account, address);
        QCOMPARE(storedFailures(account, address), 1);
        fail(quick, account, address, 2);
        QVERIFY(retryAfter(quick, account, address) > 0);
        // A quiet window after the lock ended: a full new allowance.
        QThread::msleep(2300);
        QCOMPARE(retryAfter(quick, account, address), 0);
        fail(quick, account, address);
        QCOMPARE(storedFailures(account, address), 1);
        QCOMPARE(retryAfter(quick, account, address), 0);
    }

    void pruneKeepsTableBounded()
    {
        const QByteArray oldKey = freshAccount();
        const QByteArray lockedKey = freshAccount();
        const QByteArray address = freshAddress();
        fail(m_limits, oldKey, address);
        fail(m_limits, lockedKey, address, m_limits.accountMaxFailures);
        const QByteArray oldRow = LoginThrottle::accountSourceKey(oldKey, address);
        const QByteArray lockedRow = LoginThrottle::accountSourceKey(lockedKey, address);
        m_sql->exec(QStringLiteral("UPDATE login_throttle SET window_start = now() - interval '2 hours', "
                                   "last_failure_at = now() - interval '2 hours' WHERE key_hash IN (?, ?)"),
                    {oldRow, lockedRow});
        m_sql->exec(QStringLiteral("UPDATE login_throttle SET locked_until = now() + interval '1 hour' "
                                   "WHERE key_hash = ?"),
                    {lockedRow});
        inTransaction([&](Transaction &) { LoginThrottle(m_limits).pruneExpired(); });
        QCOMPARE(
            m_sql->value(QStringLiteral("SELECT count(*) FROM login_throttle WHERE key_hash = ?"), {oldRow}).toInt(),
            0);
        // A lock that is still running is kept even though its window is old.
        QCOMPARE(
            m_sql->value(QStringLiteral("SELECT count(*) FROM login_throttle WHERE key_hash = ?"), {lockedRow}).toInt(),
            1);
        QCOMPARE(m_sql
                     ->value(QStringLiteral("SELECT count(*) FROM login_throttle WHERE COALESCE(last_failure_at, "
                                            "window_start) < now() - interval '1 hour' "
                                            "AND (locked_until IS NULL OR locked_until < now() - interval '1 hour')"))
                     .toInt(),
                 0);
    }

    void holdsAcrossConnections()
    {
        // Failures counted on one connection (standing in for another server
        // process) lock the account for every other connection.
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        QThread *other = QThread::create([&] {
            fail(m_limits, account, address, m_limits.accountMaxFailures);
            Database::closeThreadConnection();
        });
        other->start();
        QVERIFY(other->wait(60000));
        delete other;
        QVERIFY(retryAfter(m_limits, account, address) > 0);
    }

    void concurrentFailuresAllCounted()
    {
        LoginThrottleLimits high = m_limits;
        high.accountMaxFailures = 1000;
        high.addressMaxFailures = 1000;
        const QByteArray account = freshAccount();
        const QByteArray address = freshAddress();
        constexpr int PerThread = 15;
        QList<QThread *> threads;
        for (int t = 0; t < 3; ++t) {
            threads.append(QThread::create([&] {
                fail(high, account, address, PerThread);
                Database::closeThreadConnection();
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(storedFailures(account, address), 3 * PerThread);
        QCOMPARE(storedFailures(QStringLiteral("address"), address), 3 * PerThread);
    }
};

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"
