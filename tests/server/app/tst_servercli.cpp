// The erp-server executable as operators run it: --help, --version,
// gen-cert, migrate, create-tenant, serve with readiness, refusal to serve an
// unknown newer schema, and a graceful SIGTERM that finishes the request in
// flight and exits 0.
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using erp::test::TestCertificate;
using erp::test::TlsTestClient;

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void genCertWritesPrivateKeyAndFingerprint();
    void migrateThenUpToDate();
    void createTenantReadsPasswordFromStdin();
    void passwordPromptDoesNotEcho();
    void dataDirectoryIsPrivateAndDemoPasswordsStayOutOfLogs();
    void databaseSslModeIsApplied();
    void rootSwitchesToTheRunAsUser();
    void readinessReportsPendingMigrations();
    void refusesUnknownNewerSchema();
    void roleChangeReachesEveryServerProcess();
    void sigtermFinishesInFlightRequestAndExitsZero();

private:
    QProcessEnvironment environmentFor(const erp::server::DatabaseConfig &db) const;
    QString m_binary;
    QTemporaryDir m_dir;
    erp::server::DatabaseConfig m_db;
};

void TestServerCli::initTestCase()
{
    m_binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "ERP_SERVER_BINARY must name the built erp-server");
    m_db = TestDatabase::create(u"server_cli"_s, false);
}

QProcessEnvironment TestServerCli::environmentFor(const erp::server::DatabaseConfig &db) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ERP_SERVER_DATA_DIR"_s, m_dir.path());
    env.insert(u"ERP_DATABASE_HOST"_s, db.host);
    env.insert(u"ERP_DATABASE_PORT"_s, QString::number(db.port));
    env.insert(u"ERP_DATABASE_NAME"_s, db.name);
    env.insert(u"ERP_DATABASE_USER"_s, db.user);
    env.insert(u"ERP_DATABASE_PASSWORD"_s, db.password);
    env.insert(u"ERP_DATABASE_OWNER_USER"_s, db.ownerUser);
    env.insert(u"ERP_DATABASE_OWNER_PASSWORD"_s, db.ownerPassword);
    env.insert(u"ERP_TLS_CERTIFICATE"_s, TestCertificate::instance().certificatePath());
    env.insert(u"ERP_TLS_KEY"_s, TestCertificate::instance().keyPath());
    env.insert(u"ERP_HTTP_PORT"_s, u"0"_s);
    return env;
}

static QString run(const QString &binary, const QStringList &args, const QProcessEnvironment &env, int *exitCode,
                   const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary, args);
    p.waitForStarted();
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestServerCli::helpAndVersion()
{
    int code = -1;
    QString out = run(m_binary, {u"--version"_s}, QProcessEnvironment::systemEnvironment(), &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral(ERP_VERSION)), qPrintable(out));
    out = run(m_binary, {u"--help"_s}, QProcessEnvironment::systemEnvironment(), &code);
    QCOMPARE(code, 0);
    for (const char *word : {"migrate", "create-tenant", "gen-cert", "database/host", "ERP_"})
        QVERIFY2(out.contains(QLatin1String(word)), word);
    out = run(m_binary, {u"frobnicate"_s}, QProcessEnvironment::systemEnvironment(), &code);
    QCOMPARE(code, 2);
}

void TestServerCli::genCertWritesPrivateKeyAndFingerprint()
{
    const QString cert = m_dir.filePath(u"gen.crt"_s);
    const QString key = m_dir.filePath(u"gen.key"_s);
    int code = -1;
    const QString out = run(m_binary, {u"gen-cert"_s, u"--cert"_s, cert, u"--key"_s, key},
                            QProcessEnvironment::systemEnvironment(), &code);
    QCOMPARE(code, 0);
    QCOMPARE(QFile(key).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                         | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile f(cert);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QSslCertificate c(&f, QSsl::Pem);
    QVERIFY(!c.isNull());
    const QString expected = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(out.contains(expected), qPrintable(out));
    // Refuses to overwrite a key without --force.
    run(m_binary, {u"gen-cert"_s, u"--cert"_s, cert, u"--key"_s, key}, QProcessEnvironment::systemEnvironment(), &code);
    QCOMPARE(code, 1);
}

void TestServerCli::migrateThenUpToDate()
{
    int code = -1;
    QString out = run(m_binary, {u"migrate"_s}, environmentFor(m_db), &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Applied: 0001"_s), qPrintable(out));
    out = run(m_binary, {u"migrate"_s}, environmentFor(m_db), &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"up to date"_s), qPrintable(out));
}

void TestServerCli::createTenantReadsPasswordFromStdin()
{
    const QStringList args{u"create-tenant"_s, u"--slug"_s, u"initech"_s, u"--name"_s, u"Initech"_s,
                           u"--admin-email"_s, u"boss@initech.test"_s};
    int code = -1;
    QString out = run(m_binary, args, environmentFor(m_db), &code, "password\n");
    QCOMPARE(code, 1);   // a common password is refused
    QVERIFY2(out.contains(u"too_common"_s), qPrintable(out));
    out = run(m_binary, args, environmentFor(m_db), &code, "tps reports on friday\n");
    QVERIFY2(code == 0, qPrintable(out));
    out = run(m_binary, args, environmentFor(m_db), &code, "tps reports on friday\n");
    QCOMPARE(code, 1);   // the slug is taken
}

static QProcess *startServer(const QString &binary, const QProcessEnvironment &env, quint16 *port, QString *output,
                             const QStringList &args = {u"serve"_s})
{
    auto *p = new QProcess;
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(binary, args);
    QDeadlineTimer deadline(30'000);
    static const QRegularExpression listening(u"listening on https://[^:]+:(\\d+)"_s);
    while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(200);
        *output += QString::fromUtf8(p->readAll());
        const auto m = listening.match(*output);
        if (m.hasMatch()) {
            *port = quint16(m.captured(1).toUInt());
            return p;
        }
    }
    p->waitForFinished(5'000);
    *output += QString::fromUtf8(p->readAll());
    *port = 0;
    return p;
}

void TestServerCli::passwordPromptDoesNotEcho()
{
    // At a terminal (script(1) gives the command one), what is typed for the
    // password is not echoed back.
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QSKIP("script(1) is not installed");
    QStringList command {m_binary,    u"create-tenant"_s, u"--slug"_s,        u"echotest"_s,
                         u"--name"_s, u"Echo Test"_s,     u"--admin-email"_s, u"boss@echotest.test"_s};
    for (QString &word : command)
        word = u"'"_s + word + u"'"_s;
    QProcess p;
    p.setProcessEnvironment(environmentFor(m_db));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"script"_s, {u"-q"_s, u"-e"_s, u"-c"_s, command.join(u' '), u"/dev/null"_s});
    QVERIFY(p.waitForStarted());
    // Type only once the prompt is there, as a person would.
    QString out;
    QDeadlineTimer deadline(30'000);
    while (!out.contains(u"Password for"_s) && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        out += QString::fromUtf8(p.readAll());
    }
    p.write("never shown on screen\n");
    QVERIFY(p.waitForFinished(60'000));
    out += QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Password for boss@echotest.test"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"never shown on screen"_s), qPrintable(out));
}

void TestServerCli::dataDirectoryIsPrivateAndDemoPasswordsStayOutOfLogs()
{
    // Under umask 000 the data directory is still the owner's alone; with
    // standard output going to a file (a log), the demo passwords are not in
    // it, only where to find them (an owner-only file).
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(u"erp/data"_s);
    const auto db = TestDatabase::create(u"server_cli_demo"_s, false);
    QProcessEnvironment env = environmentFor(db);
    env.insert(u"ERP_SERVER_DATA_DIR"_s, dataDir);
    env.remove(u"ERP_TLS_CERTIFICATE"_s);
    env.remove(u"ERP_TLS_KEY"_s);
    const mode_t previous = ::umask(0);
    quint16 port = 0;
    QString output;
    std::unique_ptr<QProcess> p(startServer(m_binary, env, &port, &output, {u"serve"_s, u"--demo"_s}));
    ::umask(previous);
    QVERIFY2(port, qPrintable(output));
    QDeadlineTimer deadline(60'000);
    while (!output.contains(u"Press Ctrl+C"_s) && !deadline.hasExpired() && p->state() == QProcess::Running) {
        p->waitForReadyRead(200);
        output += QString::fromUtf8(p->readAll());
    }
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(15'000));

    QVERIFY2(output.contains(u"admin@demo.example"_s), qPrintable(output));
    QVERIFY2(!output.contains(u"password:"_s), qPrintable(output));
    const QString logins = dataDir + u"/demo-logins.ini"_s;
    QVERIFY2(output.contains(logins), qPrintable(output));
    QSettings stored(logins, QSettings::IniFormat);
    stored.beginReadArray(u"users"_s);
    stored.setArrayIndex(0);
    const QString password = stored.value(u"password"_s).toString();
    stored.endArray();
    QVERIFY(password.size() >= 8);
    QVERIFY(!output.contains(password));

    const auto mode = [](const QString &path) {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    QCOMPARE(mode(dataDir), 0700);
    QCOMPARE(mode(logins), 0600);
}

void TestServerCli::databaseSslModeIsApplied()
{
    // The test cluster offers no TLS. Once a CA is configured the default is
    // verify-full, so the server refuses to talk to it in the clear.
    QProcessEnvironment env = environmentFor(m_db);
    env.insert(u"ERP_DATABASE_SSL_ROOT_CERT"_s, TestCertificate::instance().certificatePath());
    int code = -1;
    QString out = run(m_binary, {u"migrate"_s}, env, &code);
    QVERIFY2(code != 0, qPrintable(out));
    QVERIFY2(out.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(out));
    // An explicit sslmode wins (here: the cluster really has no TLS).
    env.insert(u"ERP_DATABASE_SSLMODE"_s, u"disable"_s);
    out = run(m_binary, {u"migrate"_s}, env, &code);
    QVERIFY2(code == 0, qPrintable(out));
    env.insert(u"ERP_DATABASE_SSLMODE"_s, u"require"_s);
    out = run(m_binary, {u"migrate"_s}, env, &code);
    QVERIFY2(code != 0 && out.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(out));
    env.insert(u"ERP_DATABASE_SSLMODE"_s, u"sometimes"_s);
    out = run(m_binary, {u"migrate"_s}, env, &code);
    QVERIFY2(code != 0 && out.contains(u"database/sslmode"_s), qPrintable(out));
}

void TestServerCli::rootSwitchesToTheRunAsUser()
{
    if (::geteuid() != 0)
        QSKIP("only a server started as root switches user");
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("no user \"nobody\" here");
    const uint nobodyUid = nobody->pw_uid;
    QProcessEnvironment env = environmentFor(m_db);
    env.insert(u"ERP_SERVER_RUN_AS"_s, u"nobody"_s);
    quint16 port = 0;
    QString output;
    std::unique_ptr<QProcess> p(startServer(m_binary, env, &port, &output));
    QVERIFY2(port, qPrintable(output));
    QDeadlineTimer deadline(30'000);
    while (!output.contains(u"Press Ctrl+C"_s) && !deadline.hasExpired() && p->state() == QProcess::Running) {
        p->waitForReadyRead(200);
        output += QString::fromUtf8(p->readAll());
    }
    QVERIFY2(output.contains(u"Running as user nobody"_s), qPrintable(output));
    // Every thread, real, effective and saved IDs: nobody.
    QDir tasks(u"/proc/%1/task"_s.arg(p->processId()));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(threads.size() > 1);
    for (const QString &thread : threads) {
        QFile status(tasks.filePath(thread + u"/status"_s));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(status.readAll());
        const QRegularExpressionMatch uid
            = QRegularExpression(u"^Uid:\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                  .match(text);
        QVERIFY2(uid.hasMatch(), qPrintable(text));
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(uid.captured(i).toUInt(), nobodyUid);
    }
    // Still serving, database included.
    TlsTestClient c(TestCertificate::instance().certificate());
    QVERIFY(c.connectToServer(port));
    QCOMPARE(c.get("/readyz").status, 200);
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(15'000));
    QCOMPARE(p->exitCode(), 0);

    // A user that does not exist is an error, not a silent root server.
    env.insert(u"ERP_SERVER_RUN_AS"_s, u"no-such-user-here"_s);
    std::unique_ptr<QProcess> q(startServer(m_binary, env, &port, &output));
    QVERIFY(q->waitForFinished(30'000));
    output += QString::fromUtf8(q->readAll());
    QCOMPARE(q->exitCode(), 1);
    QVERIFY2(output.contains(u"server/run_as"_s), qPrintable(output));
}

void TestServerCli::readinessReportsPendingMigrations()
{
    const auto fresh = TestDatabase::create(u"server_cli_pending"_s, false);
    QProcessEnvironment env = environmentFor(fresh);
    env.insert(u"ERP_DATABASE_MIGRATE_ON_START"_s, u"false"_s);
    quint16 port = 0;
    QString output;
    std::unique_ptr<QProcess> p(startServer(m_binary, env, &port, &output));
    QVERIFY2(port, qPrintable(output));
    TlsTestClient c(TestCertificate::instance().certificate());
    QVERIFY(c.connectToServer(port));
    QCOMPARE(c.get("/healthz").status, 200);
    const auto ready = c.get("/readyz");
    QCOMPARE(ready.status, 503);
    QCOMPARE(ready.json().value(u"code"_s).toString(), u"migrations_pending"_s);
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(15'000));
    QCOMPARE(p->exitCode(), 0);
}

void TestServerCli::refusesUnknownNewerSchema()
{
    const auto db = TestDatabase::create(u"server_cli_newer"_s, true);
    {
        QSqlDatabase su = TestDatabase::superuserConnection(db.name, u"newer"_s);
        QSqlQuery q(su);
        QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, name, checksum) "
                       "SELECT '9999', 'from_the_future', checksum FROM schema_migrations LIMIT 1"_s));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    quint16 port = 0;
    QString output;
    std::unique_ptr<QProcess> p(startServer(m_binary, environmentFor(db), &port, &output));
    QCOMPARE(port, quint16(0));
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(output.contains(u"newer"_s), qPrintable(output));
}

void TestServerCli::roleChangeReachesEveryServerProcess()
{
    // Two server processes on one database (sharing the data directory and
    // so the token key), as behind a TCP load balancer.
    quint16 portA = 0;
    quint16 portB = 0;
    QString outA;
    QString outB;
    std::unique_ptr<QProcess> a(startServer(m_binary, environmentFor(m_db), &portA, &outA));
    std::unique_ptr<QProcess> b(startServer(m_binary, environmentFor(m_db), &portB, &outB));
    QVERIFY2(portA && portB, qPrintable(outA + outB));
    TlsTestClient onA(TestCertificate::instance().certificate());
    TlsTestClient onB(TestCertificate::instance().certificate());
    QVERIFY(onA.connectToServer(portA));
    QVERIFY(onB.connectToServer(portB));
    auto login = [](TlsTestClient &c, const QString &email, const QString &password) {
        const auto r = c.postJson("/api/v1/auth/login", {{u"organisation"_s, u"initech"_s},
                                                         {u"email"_s, email},
                                                         {u"password"_s, password}});
        return r.json().value(u"access_token"_s).toString().toUtf8();
    };
    onA.setBearerToken(login(onA, u"boss@initech.test"_s, u"tps reports on friday"_s));
    qint64 salesRole = 0;
    qint64 managerRole = 0;
    for (const auto &v : onA.get("/api/v1/roles").json().value(u"items"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"sales_rep")
            salesRole = v.toObject().value(u"id"_s).toInteger();
        if (v.toObject().value(u"name"_s).toString() == u"manager")
            managerRole = v.toObject().value(u"id"_s).toInteger();
    }
    const auto created = onA.postJson("/api/v1/users", {{u"email"_s, u"milton@initech.test"_s},
                                                        {u"display_name"_s, u"Milton"_s},
                                                        {u"password"_s, u"red stapler forever"_s},
                                                        {u"role_ids"_s, QJsonArray{salesRole}}});
    QCOMPARE(created.status, 201);
    onB.setBearerToken(login(onB, u"milton@initech.test"_s, u"red stapler forever"_s));
    QCOMPARE(onB.get("/api/v1/users").status, 403);
    QCOMPARE(onA.request("PATCH", created.header("Location"),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}},
                         "{\"role_ids\":[" + QByteArray::number(managerRole) + "]}")
                 .status,
             200);
    QCOMPARE(onB.get("/api/v1/users").status, 200);
    // Deactivation on A ends the session on B at once.
    QCOMPARE(onA.request("PATCH", created.header("Location"),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"2\""}}, R"({"is_active":false})")
                 .status,
             200);
    QCOMPARE(onB.get("/api/v1/auth/me").status, 401);
    for (QProcess *p : {a.get(), b.get()}) {
        ::kill(pid_t(p->processId()), SIGTERM);
        QVERIFY(p->waitForFinished(15'000));
        QCOMPARE(p->exitCode(), 0);
    }
}

void TestServerCli::sigtermFinishesInFlightRequestAndExitsZero()
{
    quint16 port = 0;
    QString output;
    std::unique_ptr<QProcess> p(startServer(m_binary, environmentFor(m_db), &port, &output));
    QVERIFY2(port, qPrintable(output));
    TlsTestClient c(TestCertificate::instance().certificate(), 20'000);
    QVERIFY(c.connectToServer(port));
    QCOMPARE(c.get("/readyz").status, 200);
    // A sign-in spends a noticeable time hashing: signal while it runs.
    const QByteArray body = R"({"organisation":"initech","email":"boss@initech.test","password":"tps reports on friday"})";
    QVERIFY(c.sendRaw(c.buildRequest("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}}, body)));
    QTest::qWait(30);
    ::kill(pid_t(p->processId()), SIGTERM);
    const auto r = c.readResponse();
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"access_token"_s).toString().isEmpty());
    QVERIFY(p->waitForFinished(15'000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    // Nobody is listening any more.
    TlsTestClient after(TestCertificate::instance().certificate(), 2'000);
    QVERIFY(!after.connectToServer(port));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
