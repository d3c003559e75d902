// Faults under load, each repeated in a loop:
//
// - the server is killed with SIGKILL in the middle of creates and started
//   again: every create acknowledged before the kill is there exactly once,
//   the clients' retries (same Idempotency-Key) complete the creates that were
//   in flight without doubling them, and nothing half-written is visible
//   (every account has its audit entry and its idempotency record, and every
//   idempotency record its account);
// - PostgreSQL is restarted (fast shutdown, and immediate shutdown = crash
//   recovery, in turns) under load: the same server process recovers on its
//   own and loses no acknowledged write.
//
// PostgreSQL is restarted on a cluster of this test's own (tests/support/
// pg_cluster.sh in a temporary directory, synchronous_commit on as in
// production) so that the test run's shared cluster is never touched.
#include "ServerUnderLoad.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace erp::test;

namespace {

const QString kOrganisation = u"initech"_s;
const QString kAdminEmail = u"bill@initech.test"_s;
const QString kAdminPassword = u"yeah if you could come in on saturday"_s;
constexpr int kIterations = 10;

struct Connection
{
    QString host;
    int port = 0;
    QString superuser;
    QString superuserPassword;
};

QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1).remove(u'\''));
    }
    return env;
}

// What the database holds for one load, checked against what its clients
// were told. Empty when all is well, else what is wrong.
QString checkStored(QSqlDatabase &su, const QString &prefix, const std::vector<CreateLoad::Acknowledged> &acked)
{
    QHash<QString, qint64> expected;
    for (const auto &a : acked)
        expected.insert(a.name, a.id);
    if (expected.size() != qsizetype(acked.size()))
        return u"one name was acknowledged twice"_s;
    QHash<QString, QList<qint64>> stored;
    QSqlQuery q(su);
    if (!q.exec(u"SELECT name, id FROM accounts WHERE name LIKE '%1-%%'"_s.arg(prefix)))
        return q.lastError().text();
    while (q.next())
        stored[q.value(0).toString()] << q.value(1).toLongLong();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (it.value().size() != 1)
            return u"%1 was created %2 times"_s.arg(it.key()).arg(it.value().size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!stored.contains(it.key()))
            return u"acknowledged %1 (id %2) is not in the database"_s.arg(it.key()).arg(it.value());
        if (stored.value(it.key()).first() != it.value())
            return u"%1 has id %2, the client was told %3"_s.arg(it.key())
                .arg(stored.value(it.key()).first())
                .arg(it.value());
    }
    // Every create runs to completion through the retries, so nothing is in
    // the database that was not acknowledged.
    if (stored.size() != expected.size())
        return u"%1 accounts stored, %2 acknowledged"_s.arg(stored.size()).arg(expected.size());

    // Half-written: an account without its audit entry or its idempotency
    // record, or an idempotency record without its account.
    const QString like = u"'%1-%%'"_s.arg(prefix);
    if (!q.exec(u"SELECT count(*) FROM accounts a WHERE a.name LIKE %1 AND NOT EXISTS (SELECT 1 FROM audit_log l "
                "WHERE l.tenant_id = a.tenant_id AND l.entity = 'account' AND l.entity_id = a.id "
                "AND l.action = 'create')"_s.arg(like))
        || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != 0)
        return u"%1 accounts without their audit entry"_s.arg(q.value(0).toInt());
    if (!q.exec(u"SELECT count(*) FROM idempotency_keys k WHERE k.idempotency_key LIKE 'load-%1-%%' AND NOT EXISTS "
                "(SELECT 1 FROM accounts a WHERE a.tenant_id = k.tenant_id AND 'load-' || a.name = k.idempotency_key)"_s
                    .arg(prefix))
        || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != 0)
        return u"%1 idempotency records without their account"_s.arg(q.value(0).toInt());
    if (!q.exec(u"SELECT count(*) FROM accounts a WHERE a.name LIKE %1 AND NOT EXISTS (SELECT 1 FROM idempotency_keys k "
                "WHERE k.tenant_id = a.tenant_id AND k.idempotency_key = 'load-' || a.name AND k.status = 201)"_s
                    .arg(like))
        || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != 0)
        return u"%1 accounts without their idempotency record"_s.arg(q.value(0).toInt());
    return {};
}

QSqlDatabase openSuperuser(const Connection &c, const QString &database, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(c.host);
    db.setPort(c.port);
    db.setDatabaseName(database);
    db.setUserName(c.superuser);
    db.setPassword(c.superuserPassword);
    db.open();
    return db;
}

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverKilledInTheMiddleOfCreates();
    void postgresRestartedUnderLoad();

private:
    bool createTenant(const QProcessEnvironment &env, QString *output);
    QByteArray signIn(quint16 port);
    bool restartPostgres(bool immediate, QString *output);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_clusterDir; // pg_cluster.sh's directory of the private cluster
    QHash<QString, QString> m_clusterEnv;
};

void TestServerFaults::initTestCase()
{
    m_binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "ERP_SERVER_BINARY must name the built erp-server");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerFaults::cleanupTestCase()
{
    if (!m_clusterDir.isEmpty()) {
        QProcess stop;
        stop.start(u"" ERP_PG_CLUSTER_SCRIPT ""_s, {u"stop"_s, m_clusterDir});
        stop.waitForFinished(60'000);
    }
}

bool TestServerFaults::createTenant(const QProcessEnvironment &env, QString *output)
{
    return runServerCommand(m_binary, env,
                            {u"create-tenant"_s, u"--slug"_s, kOrganisation, u"--name"_s, u"Initech"_s,
                             u"--admin-email"_s, kAdminEmail},
                            kAdminPassword.toUtf8() + '\n', output)
        == 0;
}

QByteArray TestServerFaults::signIn(quint16 port)
{
    TlsTestClient c(TestCertificate::instance().certificate(), 30'000);
    if (!c.connectToServer(port))
        return {};
    const auto r = c.postJson("/api/v1/auth/login", {{u"organisation"_s, kOrganisation},
                                                     {u"email"_s, kAdminEmail},
                                                     {u"password"_s, kAdminPassword}});
    return r.json().value(u"access_token"_s).toString().toUtf8();
}

void TestServerFaults::serverKilledInTheMiddleOfCreates()
{
    const erp::server::DatabaseConfig db = TestDatabase::create(u"server_faults"_s, true);
    const QProcessEnvironment env = serverEnvironment(m_dir->filePath(u"killed"_s), db.host, db.port, db.name,
                                                      db.user, db.password, db.ownerUser, db.ownerPassword);
    ServerProcess server(m_binary, env, freeLoopbackPort());
    QVERIFY2(server.start(), qPrintable(server.output()));
    QString out;
    QVERIFY2(createTenant(env, &out), qPrintable(out));
    const QByteArray token = signIn(server.port());
    QVERIFY(!token.isEmpty());

    QSqlDatabase su = TestDatabase::superuserConnection(db.name, u"faults-kill-check"_s);
    qint64 acknowledged = 0, ackedBeforeKills = 0, requests = 0, retries = 0, replays = 0, failures = 0;
    qint64 longestRetryMs = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < kIterations; ++i) {
        CreateLoad::Settings settings;
        settings.certificate = TestCertificate::instance().certificate();
        settings.port = server.port();
        settings.bearerToken = token;
        settings.prefix = u"kill%1"_s.arg(i);
        settings.threads = 3;
        CreateLoad load(settings);
        load.start();
        // Creates are flowing: some acknowledged, others in flight.
        QVERIFY2(load.waitForAcknowledged(8, 60'000), qPrintable(server.output()));
        server.kill();
        const qint64 beforeKill = load.acknowledgedCount();
        QVERIFY2(server.start(), qPrintable(server.output()));
        // The clients carry on against the new process, with the same token.
        QVERIFY2(load.waitForAcknowledged(load.acknowledgedCount() + 6, 60'000), qPrintable(server.output()));
        load.stop();

        const CreateLoad::Figures f = load.figures();
        QVERIFY2(f.failures == 0, qPrintable(u"iteration %1: %2"_s.arg(i).arg(f.failureDetails.join(u'\n'))));
        const QString wrong = checkStored(su, settings.prefix, load.acknowledged());
        QVERIFY2(wrong.isEmpty(), qPrintable(u"iteration %1: %2"_s.arg(i).arg(wrong)));
        acknowledged += load.acknowledgedCount();
        ackedBeforeKills += beforeKill;
        requests += f.requests;
        retries += f.retries;
        replays += f.replays;
        failures += f.failures;
        longestRetryMs = std::max(longestRetryMs, f.longestRetryMs);
    }
    su = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"faults-kill-check"_s);
    qInfo().noquote() << u"SIGKILL loop: %1 kills in %2 s; %3 creates acknowledged (%4 before a kill), all stored "
                         "exactly once; %5 requests, %6 retries, %7 creates answered by replay, %8 failures; "
                         "longest retrying operation %9 ms"_s.arg(kIterations)
                             .arg(total.elapsed() / 1000)
                             .arg(acknowledged)
                             .arg(ackedBeforeKills)
                             .arg(requests)
                             .arg(retries)
                             .arg(replays)
                             .arg(failures)
                             .arg(longestRetryMs);
    QVERIFY(server.terminate());
}

bool TestServerFaults::restartPostgres(bool immediate, QString *output)
{
    const QString pgCtl = m_clusterEnv.value(u"PG_BINDIR_USED"_s) + u"/pg_ctl"_s;
    const QString data = m_clusterEnv.value(u"CLUSTER_DIR"_s) + u"/data"_s;
    const QString log = m_clusterEnv.value(u"CLUSTER_DIR"_s) + u"/server.log"_s;
    QStringList args{pgCtl, u"-D"_s, data, u"-l"_s, log, u"-m"_s, immediate ? u"immediate"_s : u"fast"_s,
                     u"-w"_s, u"-t"_s, u"120"_s, u"restart"_s};
    QString program = args.takeFirst();
    const QString user = m_clusterEnv.value(u"RUN_USER"_s);
    if (!user.isEmpty()) {
        args = QStringList{u"-u"_s, user, u"--"_s, program} + args;
        program = u"runuser"_s;
    }
    QProcess p;
    p.setWorkingDirectory(u"/"_s);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(180'000);
    *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestServerFaults::postgresRestartedUnderLoad()
{
    // A cluster of our own.
    m_clusterDir = m_dir->filePath(u"pg"_s);
    {
        QProcess start;
        start.setProcessChannelMode(QProcess::MergedChannels);
        start.start(u"" ERP_PG_CLUSTER_SCRIPT ""_s, {u"start"_s, m_clusterDir});
        QVERIFY(start.waitForFinished(180'000));
        QVERIFY2(start.exitCode() == 0, start.readAll().constData());
    }
    m_clusterEnv = readEnvFile(m_clusterDir + u"/cluster.env"_s);
    const QHash<QString, QString> pg = readEnvFile(m_clusterDir + u"/connection.env"_s);
    QVERIFY(!m_clusterEnv.value(u"CLUSTER_DIR"_s).isEmpty() && !pg.value(u"PG_PORT"_s).isEmpty());
    const Connection superuser{pg.value(u"PG_HOST"_s), pg.value(u"PG_PORT"_s).toInt(), pg.value(u"PG_SUPERUSER"_s),
                               pg.value(u"PG_SUPERUSER_PASSWORD"_s)};
    {
        QSqlDatabase admin = openSuperuser(superuser, u"postgres"_s, u"faults-pg-admin"_s);
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        // The fixture script turns synchronous commit off (throwaway data);
        // a commit acknowledged before a crash must survive it, as in production.
        QVERIFY(q.exec(u"ALTER SYSTEM SET synchronous_commit = on"_s));
        QVERIFY(q.exec(u"SELECT pg_reload_conf()"_s));
        QVERIFY(q.exec(u"CREATE DATABASE erp_faults OWNER %1"_s.arg(pg.value(u"PG_OWNER_USER"_s))));
        QVERIFY(q.exec(u"REVOKE ALL ON DATABASE erp_faults FROM PUBLIC"_s));
        QVERIFY(q.exec(u"GRANT CONNECT, TEMPORARY ON DATABASE erp_faults TO %1"_s.arg(pg.value(u"PG_APP_USER"_s))));
        QVERIFY(q.exec(u"GRANT CONNECT ON DATABASE erp_faults TO %1"_s.arg(pg.value(u"PG_OWNER_USER"_s))));
    }
    QSqlDatabase::removeDatabase(u"faults-pg-admin"_s);

    // The server migrates the empty database at its start.
    const QProcessEnvironment env = serverEnvironment(
        m_dir->filePath(u"pgrestart"_s), superuser.host, superuser.port, u"erp_faults"_s, pg.value(u"PG_APP_USER"_s),
        pg.value(u"PG_APP_PASSWORD"_s), pg.value(u"PG_OWNER_USER"_s), pg.value(u"PG_OWNER_PASSWORD"_s));
    ServerProcess server(m_binary, env, freeLoopbackPort());
    QVERIFY2(server.start(), qPrintable(server.output()));
    const qint64 pid = server.pid();
    QString out;
    QVERIFY2(createTenant(env, &out), qPrintable(out));
    const QByteArray token = signIn(server.port());
    QVERIFY(!token.isEmpty());

    CreateLoad::Settings settings;
    settings.certificate = TestCertificate::instance().certificate();
    settings.port = server.port();
    settings.bearerToken = token;
    settings.prefix = u"pg"_s;
    settings.threads = 3;
    CreateLoad load(settings);
    load.start();
    QElapsedTimer total;
    total.start();
    int fastRestarts = 0, immediateRestarts = 0;
    for (int i = 0; i < kIterations; ++i) {
        QVERIFY2(load.waitForAcknowledged(load.acknowledgedCount() + 6, 90'000), qPrintable(server.output()));
        const bool immediate = i % 2 == 1;
        QVERIFY2(restartPostgres(immediate, &out), qPrintable(out));
        (immediate ? immediateRestarts : fastRestarts)++;
        // The same process goes on once its connections are re-established.
        if (!load.waitForAcknowledged(load.acknowledgedCount() + 6, 90'000)) {
            const CreateLoad::Figures f = load.figures();
            QFAIL(qPrintable(u"no creates after restart %1 (%2): %3 requests, %4 retries, %5 failures: %6\n%7"_s
                                 .arg(i)
                                 .arg(immediate ? u"immediate"_s : u"fast"_s)
                                 .arg(f.requests)
                                 .arg(f.retries)
                                 .arg(f.failures)
                                 .arg(f.failureDetails.join(u'\n'), server.output())));
        }
        QVERIFY(server.isRunning());
        QCOMPARE(server.pid(), pid);
    }
    load.stop();
    const CreateLoad::Figures f = load.figures();
    qInfo().noquote() << u"PostgreSQL restart loop: %1 restarts (%2 fast, %3 immediate) in %4 s under load; "
                         "%5 creates acknowledged, all stored exactly once; %6 requests, %7 retries, "
                         "%8 creates answered by replay, %9 failures; longest retrying operation %10 ms"_s
                             .arg(fastRestarts + immediateRestarts)
                             .arg(fastRestarts)
                             .arg(immediateRestarts)
                             .arg(total.elapsed() / 1000)
                             .arg(load.acknowledgedCount())
                             .arg(f.requests)
                             .arg(f.retries)
                             .arg(f.replays)
                             .arg(f.failures)
                             .arg(f.longestRetryMs);
    QVERIFY2(f.failures == 0, qPrintable(f.failureDetails.join(u'\n')));

    {
        QSqlDatabase su = openSuperuser(superuser, u"erp_faults"_s, u"faults-pg-check"_s);
        QVERIFY2(su.isOpen(), qPrintable(su.lastError().text()));
        const QString wrong = checkStored(su, u"pg"_s, load.acknowledged());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
    QSqlDatabase::removeDatabase(u"faults-pg-check"_s);

    TlsTestClient c(TestCertificate::instance().certificate(), 30'000);
    QVERIFY(c.connectToServer(server.port()));
    QCOMPARE(c.get("/readyz").status, 200);
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
