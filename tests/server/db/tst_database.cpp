#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <libpq-fe.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace erp::server;

namespace {

const QString Superuser = QStringLiteral("database-superuser");
const QString Owner = QStringLiteral("database-owner");

void run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    const bool ok = values.isEmpty() ? q.exec(sql) : (q.prepare(sql), [&] {
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    }());
    if (!ok)
        throw DbError(q.lastError(), sql);
}

QVariant appScalar(const QString &sql, const QVariantList &values = {})
{
    QSqlQuery &q = Database::exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void eachThreadHasItsOwnConnection();
    void preparedQueriesAreCachedPerSql();
    void numericIsExact_data();
    void numericIsExact();
    void execReportsSqlState_data();
    void execReportsSqlState();
    void transactionRollsBackUnlessCommitted_data();
    void transactionRollsBackUnlessCommitted();
    void failedCommitThrows_data();
    void failedCommitThrows();
    void setTenantIsTransactionLocal();
    void deferredBeginTravelsWithTheTenant();
    void runWithRetryRetriesRetryableErrors_data();
    void runWithRetryRetriesRetryableErrors();
    void runWithRetryRecoversFromRealSerializationFailure();
    void statementTimeoutIsApplied();
    void reconnectsAfterBackendWasKilled_data();
    void reconnectsAfterBackendWasKilled();
    void lastStatementCommitsInTheSameMessage();
    void lastStatementFailingRollsBack();
    void lastStatementIsPreparedAgainAfterReconnect();
    void severalStatementsTravelInOneMessage();
    void severalStatementsStopAtTheFirstFailure();
    void aStatementCanRunOnItsGenericPlan();

private:
    int count();

    DatabaseConfig m_config;
    QSqlDatabase m_su;
};

void tst_Database::initTestCase()
{
    m_config = TestDatabase::create(QStringLiteral("database"), false);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    {
        QSqlDatabase owner = Database::openOwnerConnection(m_config, Owner);
        const QString role = owner.driver()->escapeIdentifier(m_config.user, QSqlDriver::TableName);
        run(owner, QStringLiteral("CREATE TABLE probe (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text NOT NULL)"));
        run(owner, QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY)"));
        run(owner, QStringLiteral("CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)"));
        run(owner, QStringLiteral("CREATE TABLE deferred_unique (v int, CONSTRAINT deferred_unique_v UNIQUE (v) DEFERRABLE INITIALLY DEFERRED)"));
        run(owner, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON probe, parent, child, deferred_unique TO ") + role);
        run(owner, QStringLiteral("GRANT USAGE ON SCHEMA public TO ") + role);
    }
    QSqlDatabase::removeDatabase(Owner);
}

void tst_Database::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

void tst_Database::init()
{
    run(m_su, QStringLiteral("TRUNCATE probe, child, parent, deferred_unique"));
}

int tst_Database::count()
{
    QSqlQuery q(m_su);
    q.exec(QStringLiteral("SELECT count(*) FROM probe"));
    return q.next() ? q.value(0).toInt() : -1;
}

void tst_Database::eachThreadHasItsOwnConnection()
{
    struct Seen
    {
        QString connectionName;
        int backendPid = 0;
        QString user;
        QString error;
    };
    Seen seen[2];
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i].reset(QThread::create([&seen, i] {
            try {
                seen[i].connectionName = Database::connection().connectionName();
                seen[i].backendPid = appScalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
                seen[i].user = appScalar(QStringLiteral("SELECT current_user")).toString();
                // Asking again on the same thread gives the same connection.
                if (Database::connection().connectionName() != seen[i].connectionName)
                    seen[i].error = QStringLiteral("connection changed within a thread");
            } catch (const std::exception &e) {
                seen[i].error = QString::fromUtf8(e.what());
            }
            Database::closeThreadConnection();
        }));
        threads[i]->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(30'000));
    for (const Seen &s : seen) {
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.user, m_config.user);
        QVERIFY(s.backendPid > 0);
    }
    QVERIFY(seen[0].connectionName != seen[1].connectionName);
    QVERIFY(seen[0].backendPid != seen[1].backendPid);
    QVERIFY(Database::connection().connectionName() != seen[0].connectionName);
    // closeThreadConnection() unregistered them.
    QVERIFY(!QSqlDatabase::contains(seen[0].connectionName));
    QVERIFY(!QSqlDatabase::contains(seen[1].connectionName));
}

void tst_Database::preparedQueriesAreCachedPerSql()
{
    const QString sql = QStringLiteral("SELECT ?::int * 2");
    QSqlQuery *first = &Database::prepared(sql);
    QSqlQuery *again = &Database::prepared(sql);
    QCOMPARE(again, first);
    QVERIFY(first->isForwardOnly());
    QCOMPARE(first->numericalPrecisionPolicy(), QSql::HighPrecision);
    QVERIFY(&Database::prepared(QStringLiteral("SELECT ?::int * 3")) != first);

    // The cached statement runs again with new values.
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(appScalar(sql, {i}).toInt(), i * 2);
    QCOMPARE(&Database::exec(sql, {5}), first);

    // One server-side prepared statement for it, not one per use.
    QSqlQuery &statements = Database::exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                                           {QStringLiteral("%$1::int * 2%")});
    QVERIFY(statements.next());
    QCOMPARE(statements.value(0).toInt(), 1);
}

void tst_Database::numericIsExact_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("money") << QStringLiteral("12345678901234.5678");
    QTest::newRow("beyond double") << QStringLiteral("1234567890123456789.01");
    QTest::newRow("negative") << QStringLiteral("-98765432109876543210.12");
    QTest::newRow("tiny") << QStringLiteral("0.0000000001");
    QTest::newRow("trailing zeros kept") << QStringLiteral("1.50");
}

void tst_Database::numericIsExact()
{
    QFETCH(QString, value);
    // Bound as text and as a literal cast: both must come back digit for digit.
    const QVariant bound = appScalar(QStringLiteral("SELECT ?::numeric"), {value});
    QCOMPARE(bound.toString(), value);
    QVERIFY2(bound.typeId() != QMetaType::Double, "NUMERIC came back as double");
    QCOMPARE(appScalar(QStringLiteral("SELECT '12345678901234.5678'::numeric")).toString(),
             QStringLiteral("12345678901234.5678"));
    QCOMPARE(appScalar(QStringLiteral("SELECT ?::numeric + 0.0001"), {value}).toString(),
             appScalar(QStringLiteral("SELECT (?::numeric + 0.0001)::text"), {value}).toString());
}

void tst_Database::execReportsSqlState_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlState");
    QTest::newRow("division by zero") << QStringLiteral("SELECT 1 / 0") << QStringLiteral("22012");
    QTest::newRow("undefined table") << QStringLiteral("SELECT * FROM no_such_table") << QStringLiteral("42P01");
    QTest::newRow("not null") << QStringLiteral("INSERT INTO probe (v) VALUES (NULL)") << QStringLiteral("23502");
    QTest::newRow("no privilege") << QStringLiteral("SELECT * FROM pg_authid") << QStringLiteral("42501");
}

void tst_Database::execReportsSqlState()
{
    QFETCH(QString, sql);
    QFETCH(QString, sqlState);
    try {
        Database::exec(sql);
        QFAIL("no DbError");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), sqlState);
        QVERIFY(!e.isConnectionLost());
        QVERIFY(!e.isRetryable());
    }
    // The connection is fine afterwards.
    QCOMPARE(appScalar(QStringLiteral("SELECT 1")).toInt(), 1);
}

void tst_Database::transactionRollsBackUnlessCommitted_data()
{
    QTest::addColumn<int>("how");   // 0: commit, 1: leave scope, 2: explicit rollback, 3: exception
    QTest::addColumn<int>("rows");
    QTest::newRow("committed") << 0 << 1;
    QTest::newRow("destroyed") << 1 << 0;
    QTest::newRow("rolled back") << 2 << 0;
    QTest::newRow("exception") << 3 << 0;
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    QFETCH(int, how);
    QFETCH(int, rows);
    try {
        Transaction tx(Database::connection());
        QVERIFY(tx.isActive());
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES (?)"), {QStringLiteral("row")});
        // Not visible to others before commit.
        QCOMPARE(count(), 0);
        if (how == 0)
            tx.commit();
        else if (how == 2)
            tx.rollback();
        else if (how == 3)
            throw std::runtime_error("handler failed");
        QVERIFY(!tx.isActive() || how == 1);
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(count(), rows);
    // The thread connection is back in autocommit mode.
    Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('autocommit')"));
    QCOMPARE(count(), rows + 1);
}

void tst_Database::failedCommitThrows_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("sqlState");
    QTest::newRow("deferred foreign key") << QStringLiteral("INSERT INTO child VALUES (42)") << QStringLiteral("23503");
    QTest::newRow("deferred unique") << QStringLiteral("INSERT INTO deferred_unique VALUES (1), (1)") << QStringLiteral("23505");
    // An error swallowed by the caller: COMMIT silently becomes ROLLBACK.
    QTest::newRow("earlier statement failed") << QStringLiteral("SELECT 1 / 0") << QStringLiteral("25P02");
}

void tst_Database::failedCommitThrows()
{
    QFETCH(QString, statement);
    QFETCH(QString, sqlState);
    {
        Transaction tx(Database::connection());
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('lost')"));
        QSqlQuery q(Database::connection());
        q.exec(statement);   // succeeds for the deferred cases, fails for the last one
        try {
            tx.commit();
            QFAIL("commit() did not throw");
        } catch (const DbError &e) {
            QCOMPARE(e.sqlState(), sqlState);
            QVERIFY(e.sqlState().startsWith(QLatin1String("23")) || e.sqlState() == QLatin1String("25P02"));
        }
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(count(), 0);
    QCOMPARE(appScalar(QStringLiteral("SELECT 1")).toInt(), 1);
}

void tst_Database::setTenantIsTransactionLocal()
{
    {
        Transaction tx(Database::connection());
        tx.setTenant(17, 4);
        QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('app.tenant_id', true)")).toString(), QStringLiteral("17"));
        QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('app.user_id', true)")).toString(), QStringLiteral("4"));
        tx.commit();
    }
    // set_config(..., true): gone with the transaction, never leaks into the
    // next request on this connection.
    const QString after = appScalar(QStringLiteral("SELECT coalesce(current_setting('app.tenant_id', true), '')")).toString();
    QCOMPARE(after, QString(QLatin1String("")));
}

void tst_Database::deferredBeginTravelsWithTheTenant()
{
    const QString probe = QStringLiteral("SELECT current_setting('app.tenant_id', true), "
                                         "current_setting('app.user_id', true), $1::bigint + $2::bigint");
    {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        QSqlQuery q = tx.setTenantAndExecute(17, 4, QStringLiteral("erp_test_probe"), probe, {40, 2});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("17"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("4"));
        QCOMPARE(q.value(2).toLongLong(), 42);
        // Later statements run in the same transaction block: the
        // transaction-local tenant is still set, and a write is undone with it.
        QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('app.tenant_id', true)")).toString(),
                 QStringLiteral("17"));
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('rolled back')")).finish();
    }
    QCOMPARE(count(), 0);
    QCOMPARE(appScalar(QStringLiteral("SELECT coalesce(current_setting('app.tenant_id', true), '')")).toString(),
             QString(QLatin1String("")));
    // Again on the same connection: the statement is prepared once and reused.
    {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        QSqlQuery q = tx.setTenantAndExecute(18, 0, QStringLiteral("erp_test_probe"), probe, {1, 2});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("18"));
        QCOMPARE(q.value(1).toString(), QString(QLatin1String("")));
        QCOMPARE(q.value(2).toLongLong(), 3);
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('committed')")).finish();
        tx.commit();
    }
    QCOMPARE(count(), 1);
    // A deferred transaction that never set its tenant sent nothing.
    {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.commit();
    }
    // setTenant alone begins a deferred transaction too.
    {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(19, 5);
        QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('app.user_id', true)")).toString(),
                 QStringLiteral("5"));
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('rolled back')")).finish();
    }
    QCOMPARE(count(), 1);
}

void tst_Database::runWithRetryRetriesRetryableErrors_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<int>("failures");      // attempts that fail before one succeeds
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("attempts");      // expected calls of fn
    QTest::addColumn<bool>("throws");
    QTest::newRow("serialization failure once") << QStringLiteral("40001") << 1 << 5 << 2 << false;
    QTest::newRow("deadlock twice") << QStringLiteral("40P01") << 2 << 5 << 3 << false;
    QTest::newRow("gives up after max attempts") << QStringLiteral("40001") << 100 << 3 << 3 << true;
    QTest::newRow("not retryable") << QStringLiteral("23505") << 1 << 5 << 1 << true;
}

void tst_Database::runWithRetryRetriesRetryableErrors()
{
    QFETCH(QString, sqlState);
    QFETCH(int, failures);
    QFETCH(int, maxAttempts);
    QFETCH(int, attempts);
    QFETCH(bool, throws);

    int calls = 0;
    QString thrown;
    try {
        Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
            ++calls;
            Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES (?)"), {QStringLiteral("attempt %1").arg(calls)});
            if (calls <= failures) {
                // The code cannot be bound into RAISE, and it is a test constant.
                QSqlQuery q(Database::connection());
                if (!q.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'provoked' USING ERRCODE = '%1'; END $$").arg(sqlState)))
                    throw DbError(q.lastError());
            }
            tx.commit();
        }, maxAttempts);
    } catch (const DbError &e) {
        thrown = e.sqlState();
    }
    QCOMPARE(calls, attempts);
    QCOMPARE(thrown, throws ? sqlState : QString());
    // Only the successful attempt left a row.
    QCOMPARE(count(), throws ? 0 : 1);
}

void tst_Database::runWithRetryRecoversFromRealSerializationFailure()
{
    // Write skew between two SERIALIZABLE transactions: both read the table,
    // both insert; the second to commit fails with 40001 and is retried.
    const QString other = QStringLiteral("database-other");
    QSqlDatabase second = Database::openOwnerConnection(m_config, other);
    int calls = 0;
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        ++calls;
        // Utility statements cannot go through PREPARE.
        run(Database::connection(), QStringLiteral("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
        const int seen = appScalar(QStringLiteral("SELECT count(*) FROM probe")).toInt();
        if (calls == 1) {
            Transaction concurrent(second);
            run(second, QStringLiteral("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
            run(second, QStringLiteral("SELECT count(*) FROM probe"));
            run(second, QStringLiteral("INSERT INTO probe (v) VALUES ('concurrent')"));
            concurrent.commit();
        }
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES (?)"), {QStringLiteral("saw %1").arg(seen)});
        tx.commit();
    });
    second = QSqlDatabase();
    QSqlDatabase::removeDatabase(other);
    QCOMPARE(calls, 2);
    QCOMPARE(count(), 2);
    QSqlQuery q(m_su);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe WHERE v = 'saw 1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);   // the retry saw the concurrent row
}

void tst_Database::statementTimeoutIsApplied()
{
    DatabaseConfig quick = m_config;
    quick.statementTimeoutMs = 200;
    quick.lockTimeoutMs = 150;
    Database::configure(quick);
    auto restore = qScopeGuard([this] { Database::configure(m_config); });

    QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString(), QStringLiteral("200ms"));
    QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('lock_timeout')")).toString(), QStringLiteral("150ms"));
    QElapsedTimer timer;
    timer.start();
    try {
        Database::exec(QStringLiteral("SELECT pg_sleep(5)"));
        QFAIL("pg_sleep(5) was not cancelled");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("57014"));   // query_canceled
        QVERIFY(!e.isConnectionLost());
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

    // The defaults come back with the configuration.
    restore.dismiss();
    Database::configure(m_config);
    QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString(),
             QStringLiteral("%1s").arg(m_config.statementTimeoutMs / 1000));
}

void tst_Database::reconnectsAfterBackendWasKilled_data()
{
    QTest::addColumn<int>("via");
    // A plain statement that hits the dead session fails once (it cannot be
    // retried blindly: it might have run); the next call reconnects.
    QTest::newRow("statement") << 0;
    // BEGIN has no effects, so a transaction reconnects transparently.
    QTest::newRow("transaction") << 1;
    // The same for BEGIN deferred to travel with the tenant and a statement
    // prepared by name, which the new session is given again.
    QTest::newRow("deferred transaction") << 2;
}

void tst_Database::reconnectsAfterBackendWasKilled()
{
    QFETCH(int, via);
    const QString sql = QStringLiteral("SELECT pg_backend_pid()");
    const QString named = QStringLiteral("SELECT pg_backend_pid() + $1::int");
    const auto deferredPid = [&] {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        QSqlQuery q = tx.setTenantAndExecute(1, 1, QStringLiteral("erp_test_pid"), named, {0});
        const int p = q.next() ? q.value(0).toInt() : 0;
        tx.commit();
        return p;
    };
    const int pid = via == 2 ? deferredPid() : appScalar(sql).toInt();
    QVERIFY(pid > 0);

    QSqlQuery kill(m_su);
    QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?, 5000)")));
    kill.addBindValue(pid);
    QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    QVERIFY(kill.next());
    QVERIFY(kill.value(0).toBool());

    int newPid = 0;
    if (via == 2) {
        newPid = deferredPid();
    } else if (via == 1) {
        Transaction tx(Database::connection());
        newPid = appScalar(sql).toInt();
        tx.commit();
    } else {
        try {
            appScalar(sql);
            QFAIL("a statement on the killed session succeeded");
        } catch (const DbError &e) {
            QVERIFY2(e.isConnectionLost(), e.what());
        }
        newPid = appScalar(sql).toInt();
    }
    QVERIFY(newPid > 0);
    QVERIFY(newPid != pid);
    // Session settings were applied to the new session too.
    QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString(),
             QStringLiteral("%1s").arg(m_config.statementTimeoutMs / 1000));
}

namespace {

// executeAndCommit's reader, collecting the first column of every row.
struct Rows
{
    QStringList values;
    std::function<void(QSqlQuery &)> reader()
    {
        return [this](QSqlQuery &q) {
            while (q.next())
                values << q.value(0).toString();
        };
    }
};

} // namespace

void tst_Database::lastStatementCommitsInTheSameMessage()
{
    // A value with a quote and a question mark: bound, not spliced.
    const QString value = QStringLiteral("it's ? 100%");
    const QString sql = QStringLiteral("INSERT INTO probe (v) VALUES (?) "
                                       "RETURNING v || '|' || current_setting('app.tenant_id', true)");
    for (int round = 0; round < 2; ++round) {   // the second time the prepared statement is reused
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(21, 3);
        Rows rows;
        tx.executeAndCommit(sql, {value}, rows.reader());
        QCOMPARE(rows.values, QStringList{value + QStringLiteral("|21")});
        QVERIFY(tx.isCommitted());
        QVERIFY(!tx.isActive());
        tx.commit();   // nothing left to do
        // Committed: another session sees it at once.
        QCOMPARE(count(), round + 1);
    }
    // The connection is back outside any transaction, the tenant gone with it.
    QCOMPARE(appScalar(QStringLiteral("SELECT coalesce(current_setting('app.tenant_id', true), '')")).toString(),
             QString(QLatin1String("")));
}

void tst_Database::lastStatementFailingRollsBack()
{
    // The statement itself fails: nothing of the transaction stays.
    try {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(21, 3);
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('before')")).finish();
        Rows rows;
        tx.executeAndCommit(QStringLiteral("SELECT 1 / (length(?) - 3)"), {QStringLiteral("abc")}, rows.reader());
        QFAIL("division by zero was not reported");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("22012"));
    }
    QCOMPARE(count(), 0);
    // COMMIT itself fails (a deferred unique check): reported, nothing kept.
    Database::exec(QStringLiteral("INSERT INTO deferred_unique (v) VALUES (1)")).finish();
    try {
        Transaction tx(Database::connection());
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('before')")).finish();
        Rows rows;
        tx.executeAndCommit(QStringLiteral("INSERT INTO deferred_unique (v) VALUES (?) RETURNING v"), {1},
                            rows.reader());
        QFAIL("the failed commit was not reported");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("23505"));
    }
    QCOMPARE(count(), 0);
    // The connection is usable afterwards.
    QCOMPARE(appScalar(QStringLiteral("SELECT 7")).toInt(), 7);
}

void tst_Database::lastStatementIsPreparedAgainAfterReconnect()
{
    const QString sql = QStringLiteral("SELECT pg_backend_pid() + ? - ?");
    const auto pidAndCommit = [&] {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(1, 1);
        Rows rows;
        tx.executeAndCommit(sql, {5, 5}, rows.reader());
        return rows.values.value(0).toInt();
    };
    const int pid = pidAndCommit();
    QVERIFY(pid > 0);
    QCOMPARE(pidAndCommit(), pid);   // same session, statement reused

    QSqlQuery kill(m_su);
    QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?, 5000)")));
    kill.addBindValue(pid);
    QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    QVERIFY(kill.next());
    QVERIFY(kill.value(0).toBool());

    // The deferred BEGIN reconnects; the new session has neither the tenant
    // statement nor this one yet, and gets both again.
    const int newPid = pidAndCommit();
    QVERIFY(newPid > 0);
    QVERIFY(newPid != pid);
    QCOMPARE(pidAndCommit(), newPid);
}

void tst_Database::severalStatementsTravelInOneMessage()
{
    // statement_timestamp() is the time the server received the message: the
    // same for every statement of one message, although the first sleeps.
    // Each statement sees what the ones before it wrote.
    const QString insert = QStringLiteral("INSERT INTO probe (v) VALUES (?) RETURNING v");
    const QString stamp = QStringLiteral("SELECT statement_timestamp()::text, count(*) FROM probe WHERE v <> ?");
    for (int round = 0; round < 2; ++round) {   // the second time the prepared statements are reused
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(21, 3);
        QStringList seen;
        tx.executeAll({{insert, {QStringLiteral("it's ? 1")}},
                       {QStringLiteral("SELECT pg_sleep(0.02)::text, statement_timestamp()::text"), {}},
                       {stamp, {QStringLiteral("-")}}},
                      Transaction::Then::Continue, [&](int i, QSqlQuery &q) {
                          while (q.next())
                              seen << QStringLiteral("%1:%2").arg(i).arg(q.value(i == 0 ? 0 : 1).toString());
                      });
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0), QStringLiteral("0:it's ? 1"));
        const QString sent = seen.at(1).mid(2);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(seen.at(2), QStringLiteral("2:%1").arg(round * 2 + 1));
        QVERIFY(tx.isActive());
        QCOMPARE(count(), round * 2);   // not committed yet
        // The last message commits with its statement.
        QString last;
        tx.executeAll({{insert, {QStringLiteral("second")}}, {stamp, {QStringLiteral("-")}}},
                      Transaction::Then::Commit, [&](int i, QSqlQuery &q) {
                          if (i == 1 && q.next())
                              last = q.value(1).toString();
                      });
        QCOMPARE(last, QString::number(round * 2 + 2));
        QVERIFY(tx.isCommitted());
        QVERIFY(!tx.isActive());
        tx.commit();   // nothing left to do
        QCOMPARE(count(), round * 2 + 2);
    }
    // One round trip: libpq's trace of the connection shows every message of
    // the client (F) sent before the first of the server (B) arrived. The
    // statements are prepared on their first use (a round trip each), so the
    // second run is traced.
    Transaction tx(Database::connection());
    const QList<SqlStatement> statements{{QStringLiteral("SELECT ?::int + 1"), {1}},
                                         {QStringLiteral("SELECT ?::text || 'b'"), {QStringLiteral("a")}},
                                         {QStringLiteral("SELECT 3")}};
    Transaction::executeInOne(statements);
    QTemporaryFile traceFile;
    QVERIFY(traceFile.open());
    const QVariant handle = Database::connection().driver()->handle();
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    FILE *trace = fopen(QFile::encodeName(traceFile.fileName()).constData(), "w");
    QVERIFY(trace);
    PQtrace(connection, trace);
    PQsetTraceFlags(connection, PQTRACE_SUPPRESS_TIMESTAMPS);
    QStringList values;
    Transaction::executeInOne(statements, [&](int, QSqlQuery &q) {
        if (q.next())
            values << q.value(0).toString();
    });
    PQuntrace(connection);
    fclose(trace);
    QCOMPARE(values, (QStringList{QStringLiteral("2"), QStringLiteral("ab"), QStringLiteral("3")}));
    QString directions;   // F or B per message, in order
    for (const QByteArray &line : traceFile.readAll().split('\n'))
        if (line.startsWith('F') || line.startsWith('B'))
            directions += QLatin1Char(line.at(0));
    // Three statements bound and executed and a Sync, then their answers.
    QVERIFY2(directions.startsWith(QStringLiteral("FFFFFFF")), qPrintable(directions));
    QVERIFY2(QRegularExpression(QStringLiteral("^F+B+$")).match(directions).hasMatch(), qPrintable(directions));
    // Two statements sent one after the other are two round trips.
    const QString first = appScalar(QStringLiteral("SELECT statement_timestamp()::text FROM pg_sleep(0.02)")).toString();
    const QString second = appScalar(QStringLiteral("SELECT statement_timestamp()::text")).toString();
    QVERIFY(first != second);
    tx.commit();
}

void tst_Database::severalStatementsStopAtTheFirstFailure()
{
    try {
        Transaction tx(Database::connection(), Transaction::Begin::WithTenant);
        tx.setTenant(21, 3);
        QList<int> read;
        tx.executeAll({{QStringLiteral("INSERT INTO probe (v) VALUES (?) RETURNING 1"), {QStringLiteral("a")}},
                       {QStringLiteral("SELECT 1 / (length(?) - 3)"), {QStringLiteral("abc")}},
                       {QStringLiteral("INSERT INTO probe (v) VALUES (?) RETURNING 3"), {QStringLiteral("c")}}},
                      Transaction::Then::Commit, [&](int i, QSqlQuery &) { read << i; });
        QFAIL("division by zero was not reported");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("22012"));
    }
    // Neither the statement before the failure nor the one after it stayed.
    QCOMPARE(count(), 0);
    QCOMPARE(appScalar(QStringLiteral("SELECT 7")).toInt(), 7);
    // A failure inside the caller's transaction (executeInOne) fails it.
    try {
        Transaction tx(Database::connection());
        Database::exec(QStringLiteral("INSERT INTO probe (v) VALUES ('before')")).finish();
        Transaction::executeInOne({{QStringLiteral("SELECT count(*) FROM probe"), {}},
                                   {QStringLiteral("INSERT INTO probe (v) VALUES (NULL)"), {}}});
        QFAIL("the not-null violation was not reported");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("23502"));
    }
    QCOMPARE(count(), 0);
}

void tst_Database::aStatementCanRunOnItsGenericPlan()
{
    // A join over an array parameter: a plan made for the values knows the
    // array's length, so PostgreSQL keeps planning it anew. The counts of
    // plans come from PostgreSQL's own view of this connection's statements.
    QSqlQuery setUp(Database::connection());
    for (const char *sql : {"CREATE TEMP TABLE plan_probe AS SELECT i AS id FROM generate_series(1, 10000) i",
                            "ALTER TABLE plan_probe ADD PRIMARY KEY (id)", "ANALYZE plan_probe"})
        QVERIFY2(setUp.exec(QString::fromLatin1(sql)), qPrintable(setUp.lastError().text()));
    const auto join = [](const QString &marker) {
        return QStringLiteral("SELECT count(*), '%1' FROM unnest(?::int[]) AS v(i) "
                              "JOIN plan_probe p ON p.id = v.i").arg(marker);
    };
    const auto plans = [](const QString &marker) {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                                     "WHERE statement LIKE ?"),
                                      {QVariant(QStringLiteral("%'") + marker + QStringLiteral("'%"))});
        const QString seen = q.next() ? QStringLiteral("%1 generic, %2 custom").arg(q.value(0).toInt()).arg(q.value(1).toInt())
                                      : QStringLiteral("not prepared");
        q.finish();
        return seen;
    };
    const QString before = QStringLiteral("SELECT ?::int + 1");
    for (const bool generic : {false, true}) {
        const QString marker = generic ? QStringLiteral("generic") : QStringLiteral("usual");
        for (int round = 1; round <= 7; ++round) {
            Transaction tx(Database::connection());
            QStringList read;
            tx.executeAll({{before, {round}}, {join(marker), {QStringLiteral("{2,3,5,7,10001}")}, generic},
                           {QStringLiteral("SELECT current_setting('plan_cache_mode')"), {}}},
                          Transaction::Then::Commit, [&](int i, QSqlQuery &q) {
                              if (q.next())
                                  read << QStringLiteral("%1:%2").arg(i).arg(q.value(0).toString());
                          });
            // Each statement's answer at its own index; the mode is back
            // to the usual one for the statements after it.
            QCOMPARE(read, QStringList({QStringLiteral("0:%1").arg(round + 1), QStringLiteral("1:4"),
                                        QStringLiteral("2:auto")}));
        }
        QCOMPARE(plans(marker), generic ? QStringLiteral("7 generic, 0 custom") : QStringLiteral("0 generic, 7 custom"));
    }
    // A failure in the statement on its generic plan is reported as such.
    try {
        Transaction tx(Database::connection());
        tx.executeAll({{join(QStringLiteral("generic")), {QStringLiteral("{1,x}")}, true}}, Transaction::Then::Commit);
        QFAIL("the malformed array was not reported");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("22P02"));
    }
    QCOMPARE(appScalar(QStringLiteral("SELECT current_setting('plan_cache_mode')")).toString(), QStringLiteral("auto"));
    QVERIFY2(setUp.exec(QStringLiteral("DROP TABLE plan_probe")), qPrintable(setUp.lastError().text()));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
