// Two erp-server processes on one PostgreSQL database behind HAProxy in TCP
// mode (docs/deployment.md), all on loopback: HAProxy from the distribution,
// run in the foreground with a configuration this test writes, health-checking
// /readyz over TLS.
//
// Client threads create accounts with Idempotency-Keys and read them back
// through HAProxy while one server is stopped with SIGTERM and started again.
// Then: no operation failed that a retry could not complete, no account was
// created twice, every acknowledged create is in the database, and HAProxy
// sends work to the restarted server again. Sign-in, role changes and the
// sign-in throttle hold whichever server answers.
#include "ServerUnderLoad.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace erp::test;

namespace {

const QString kOrganisation = u"globex"_s;
const QString kAdminEmail = u"hank@globex.test"_s;
const QString kAdminPassword = u"hammocks for every employee"_s;
const QString kHaproxySource = u"127.0.0.2"_s;

// HAProxy's view of one server from its stats socket ("show stat"): the
// status column (UP, DOWN, ...) and its counters.
struct BackendServerState
{
    QString status;
    qint64 retries = 0;      // wretr: connection retries
    qint64 redispatches = 0; // wredis
    qint64 connectErrors = 0; // econ
    qint64 sessions = 0;     // stot
};

} // namespace

class TestTwoServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsSurviveAServerRestartBehindHaproxy();
    void signInRolesAndThrottleHoldOnBothServers();

private:
    bool waitForHaproxyStatus(const QString &server, const QString &status, int timeoutMs);
    QHash<QString, BackendServerState> haproxyState();
    QByteArray signIn(quint16 port, const QString &email, const QString &password, int *status = nullptr,
                      const QHostAddress &from = QHostAddress::LocalHost);

    QString m_binary;
    QString m_haproxyBinary;
    std::unique_ptr<QTemporaryDir> m_dir;
    erp::server::DatabaseConfig m_db;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    QProcess m_haproxy;
    quint16 m_frontPort = 0;
    QString m_statsSocket;
};

void TestTwoServers::initTestCase()
{
    m_binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "ERP_SERVER_BINARY must name the built erp-server");
    m_haproxyBinary = QStandardPaths::findExecutable(u"haproxy"_s);
    if (m_haproxyBinary.isEmpty())
        m_haproxyBinary = QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    if (m_haproxyBinary.isEmpty())
        QSKIP("haproxy is not installed (Debian package haproxy, listed in .ci/packages.txt)");

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestDatabase::create(u"two_servers"_s, true);

    // Server A creates the JWT signing key at its first start; B gets a copy
    // of that file, as docs/deployment.md tells an administrator to do.
    const QString dirA = m_dir->filePath(u"a"_s);
    const QString dirB = m_dir->filePath(u"b"_s);
    auto environment = [&](const QString &dir) {
        QProcessEnvironment env = serverEnvironment(dir, m_db.host, m_db.port, m_db.name, m_db.user, m_db.password,
                                                    m_db.ownerUser, m_db.ownerPassword);
        // HAProxy connects from 127.0.0.2 and says who the client is; this
        // test's direct connections come from other loopback addresses.
        env.insert(u"ERP_HTTP_PROXY_PROTOCOL_FROM"_s, kHaproxySource);
        return env;
    };
    const QList<quint16> ports = freeLoopbackPorts(3);
    QCOMPARE(ports.size(), 3);
    const quint16 portA = ports.at(0);
    const quint16 portB = ports.at(1);
    m_frontPort = ports.at(2);
    m_a = std::make_unique<ServerProcess>(m_binary, environment(dirA), portA);
    QVERIFY2(m_a->start(), qPrintable(m_a->output()));
    QVERIFY(QDir().mkpath(dirB));
    QVERIFY(QFile::setPermissions(dirB, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::copy(dirA + u"/jwt.key"_s, dirB + u"/jwt.key"_s));
    m_b = std::make_unique<ServerProcess>(m_binary, environment(dirB), portB);
    QVERIFY2(m_b->start(), qPrintable(m_b->output()));

    QString out;
    const int code = runServerCommand(m_binary, environment(dirA),
                                      {u"create-tenant"_s, u"--slug"_s, kOrganisation, u"--name"_s, u"Globex"_s,
                                       u"--admin-email"_s, kAdminEmail},
                                      kAdminPassword.toUtf8() + '\n', &out);
    QVERIFY2(code == 0, qPrintable(out));

    // The HAProxy configuration of docs/deployment.md, on loopback ports.
    m_statsSocket = m_dir->filePath(u"haproxy.sock"_s);
    const QString config = m_dir->filePath(u"haproxy.cfg"_s);
    QFile cfg(config);
    QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Text));
    cfg.write(uR"(global
    maxconn 1000
    stats socket %1 mode 600 level admin

defaults
    mode tcp
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    timeout check 5s
    retries 3
    option redispatch

frontend erp
    bind 127.0.0.1:%2
    default_backend erp_servers

backend erp_servers
    balance roundrobin
    source %6
    option httpchk
    http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server send-proxy-v2 check check-send-proxy check-ssl verify required ca-file %3 check-sni localhost verifyhost localhost inter 500ms fall 2 rise 2 maxconn 100
    server a 127.0.0.1:%4
    server b 127.0.0.1:%5
)"_s.arg(m_statsSocket, QString::number(m_frontPort), TestCertificate::instance().certificatePath(),
          QString::number(portA), QString::number(portB), kHaproxySource)
                  .toUtf8());
    cfg.close();
    m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
    m_haproxy.start(m_haproxyBinary, {u"-db"_s, u"-f"_s, config});
    QVERIFY2(m_haproxy.waitForStarted(30'000), qPrintable(m_haproxy.errorString()));
    const bool up = waitForHaproxyStatus(u"a"_s, u"UP"_s, 60'000) && waitForHaproxyStatus(u"b"_s, u"UP"_s, 60'000);
    QVERIFY2(up, qPrintable(QString::fromUtf8(m_haproxy.readAll())));
}

void TestTwoServers::cleanupTestCase()
{
    if (m_haproxy.state() != QProcess::NotRunning) {
        m_haproxy.terminate();
        if (!m_haproxy.waitForFinished(10'000))
            m_haproxy.kill();
    }
    if (m_a)
        m_a->terminate();
    if (m_b)
        m_b->terminate();
}

QHash<QString, BackendServerState> TestTwoServers::haproxyState()
{
    QHash<QString, BackendServerState> states;
    QLocalSocket socket;
    socket.connectToServer(m_statsSocket);
    if (!socket.waitForConnected(5'000))
        return states;
    socket.write("show stat\n");
    socket.waitForBytesWritten(5'000);
    QByteArray text;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(5'000))
        text += socket.readAll();
    text += socket.readAll();
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# "))
        return states;
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    auto column = [&](const QList<QByteArray> &fields, const char *name) {
        const qsizetype i = header.indexOf(name);
        return i >= 0 && i < fields.size() ? fields.at(i) : QByteArray();
    };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(',');
        if (column(fields, "pxname") != "erp_servers")
            continue;
        BackendServerState s;
        s.status = QString::fromUtf8(column(fields, "status"));
        s.retries = column(fields, "wretr").toLongLong();
        s.redispatches = column(fields, "wredis").toLongLong();
        s.connectErrors = column(fields, "econ").toLongLong();
        s.sessions = column(fields, "stot").toLongLong();
        states.insert(QString::fromUtf8(column(fields, "svname")), s);
    }
    return states;
}

bool TestTwoServers::waitForHaproxyStatus(const QString &server, const QString &status, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // "UP", or "UP 1/2" while a change is being confirmed: only the settled state counts.
        if (haproxyState().value(server).status == status)
            return true;
        QThread::msleep(100);
    }
    return false;
}

QByteArray TestTwoServers::signIn(quint16 port, const QString &email, const QString &password, int *status,
                                  const QHostAddress &from)
{
    TlsTestClient c(TestCertificate::instance().certificate(), 30'000);
    if (!from.isNull())
        c.setLocalAddress(from);
    if (!c.connectToServer(port)) {
        if (status)
            *status = 0;
        return {};
    }
    const auto r = c.postJson("/api/v1/auth/login",
                              {{u"organisation"_s, kOrganisation}, {u"email"_s, email}, {u"password"_s, password}});
    if (status)
        *status = r.status;
    return r.json().value(u"access_token"_s).toString().toUtf8();
}

static double createsCounted(quint16 port)
{
    TlsTestClient c(TestCertificate::instance().certificate(), 30'000);
    if (!c.connectToServer(port))
        return -1;
    const auto r = c.get("/metrics");
    static const QRegularExpression line(
        uR"(^erp_http_requests_total\{method="POST",route="/api/v1/accounts",status="201"\} (\S+)$)"_s,
        QRegularExpression::MultilineOption);
    const auto m = line.match(QString::fromUtf8(r.body));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

void TestTwoServers::createsSurviveAServerRestartBehindHaproxy()
{
    const QByteArray token = signIn(m_frontPort, kAdminEmail, kAdminPassword);
    QVERIFY(!token.isEmpty());

    CreateLoad::Settings settings;
    settings.certificate = TestCertificate::instance().certificate();
    settings.port = m_frontPort;
    settings.bearerToken = token;
    settings.prefix = u"ha"_s;
    settings.threads = 4;
    settings.reconnectEvery = 5;
    CreateLoad load(settings);
    load.start();
    QVERIFY2(load.waitForAcknowledged(20, 60'000), "no creates got through HAProxy");
    QVERIFY(createsCounted(m_a->port()) > 0 || createsCounted(m_b->port()) > 0);

    // Stop A as the service manager does; it drains and exits 0.
    QElapsedTimer outage;
    outage.start();
    const qint64 beforeStop = load.acknowledgedCount();
    QVERIFY2(m_a->terminate(), qPrintable(m_a->output()));
    const qint64 stoppedAfterMs = outage.elapsed();
    QVERIFY2(waitForHaproxyStatus(u"a"_s, u"DOWN"_s, 30'000), "HAProxy did not notice the stopped server");
    const qint64 markedDownMs = outage.elapsed();
    // B alone carries the load meanwhile.
    QVERIFY2(load.waitForAcknowledged(load.acknowledgedCount() + 20, 60'000),
             "no creates got through while one server was down");

    QVERIFY2(m_a->start(), qPrintable(m_a->output()));
    const qint64 restartedMs = outage.elapsed();
    QVERIFY2(waitForHaproxyStatus(u"a"_s, u"UP"_s, 60'000), "HAProxy did not take the restarted server back");
    const qint64 markedUpMs = outage.elapsed();
    // The restarted process's counters start at zero: creates counted there
    // were sent to it after the restart.
    QDeadlineTimer backInService(60'000);
    while (createsCounted(m_a->port()) <= 0 && !backInService.hasExpired())
        QThread::msleep(100);
    QVERIFY2(createsCounted(m_a->port()) > 0, "HAProxy sent no creates to the restarted server");
    QVERIFY(load.waitForAcknowledged(load.acknowledgedCount() + 10, 60'000));
    load.stop();

    const CreateLoad::Figures f = load.figures();
    const auto haproxy = haproxyState();
    qInfo().noquote() << u"two servers: %1 operations, %2 requests, %3 retries, %4 replayed creates, %5 failures; "
                         "%6 creates acknowledged (%7 before the stop); longest retrying operation %8 ms; "
                         "server A drained and exited after %9 ms, marked down by HAProxy after %10 ms, "
                         "restarted (ready) after %11 ms, marked up after %12 ms; HAProxy connection retries "
                         "%13, redispatches %14"_s.arg(f.operations)
                             .arg(f.requests)
                             .arg(f.retries)
                             .arg(f.replays)
                             .arg(f.failures)
                             .arg(load.acknowledgedCount())
                             .arg(beforeStop)
                             .arg(f.longestRetryMs)
                             .arg(stoppedAfterMs)
                             .arg(markedDownMs)
                             .arg(restartedMs)
                             .arg(markedUpMs)
                             .arg(haproxy.value(u"a"_s).retries + haproxy.value(u"b"_s).retries)
                             .arg(haproxy.value(u"a"_s).redispatches + haproxy.value(u"b"_s).redispatches);
    QVERIFY2(f.failures == 0, qPrintable(f.failureDetails.join(u'\n')));

    // The database: each acknowledged account exactly once, with the id the
    // client was given, and no account the clients were not told about.
    const std::vector<CreateLoad::Acknowledged> acked = load.acknowledged();
    QHash<QString, qint64> expected;
    for (const auto &a : acked)
        expected.insert(a.name, a.id);
    QCOMPARE(qsizetype(expected.size()), qsizetype(acked.size()));
    QHash<QString, QList<qint64>> stored;
    {
        QSqlDatabase su = TestDatabase::superuserConnection(m_db.name, u"two-servers-check"_s);
        QSqlQuery q(su);
        QVERIFY(q.exec(u"SELECT name, id FROM accounts WHERE name LIKE 'ha-%'"_s));
        while (q.next())
            stored[q.value(0).toString()] << q.value(1).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"two-servers-check"_s);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(u"%1 was created %2 times"_s.arg(it.key()).arg(it.value().size())));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(u"acknowledged %1 is not in the database"_s.arg(it.key())));
        QCOMPARE(stored.value(it.key()).first(), it.value());
    }
    QCOMPARE(stored.size(), expected.size());
}

void TestTwoServers::signInRolesAndThrottleHoldOnBothServers()
{
    const quint16 a = m_a->port();
    const quint16 b = m_b->port();
    QVERIFY(m_a->isRunning() && m_b->isRunning());
    const QByteArray adminToken = signIn(a, kAdminEmail, kAdminPassword);
    QVERIFY(!adminToken.isEmpty());

    TlsTestClient admin(TestCertificate::instance().certificate(), 30'000);
    QVERIFY(admin.connectToServer(a));
    admin.setBearerToken(adminToken);
    QHash<QString, qint64> roles;
    for (const auto &v : admin.get("/api/v1/roles").json().value(u"items"_s).toArray())
        roles.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"id"_s).toInteger());
    QVERIFY(roles.value(u"sales_rep"_s) > 0 && roles.value(u"warehouse_clerk"_s) > 0);
    const auto created = admin.postJson("/api/v1/users", {{u"email"_s, u"scorpio@globex.test"_s},
                                                           {u"display_name"_s, u"Scorpio"_s},
                                                           {u"password"_s, u"volcano lair upkeep"_s},
                                                           {u"role_ids"_s, QJsonArray{roles.value(u"sales_rep"_s)}}});
    QCOMPARE(created.status, 201);
    const QByteArray userPath = created.header("Location");

    // Signed in on A, the token works on B (one signing key, one sessions table).
    const QByteArray repToken = signIn(a, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s);
    QVERIFY(!repToken.isEmpty());
    TlsTestClient onB(TestCertificate::instance().certificate(), 30'000);
    QVERIFY(onB.connectToServer(b));
    onB.setBearerToken(repToken);
    QCOMPARE(onB.get("/api/v1/auth/me").status, 200);
    QCOMPARE(onB.postJson("/api/v1/accounts", {{u"name"_s, u"Made on B"_s}}).status, 201);

    // The role changed on A takes effect on B at the next request.
    const auto user = admin.get(userPath);
    QCOMPARE(user.status, 200);
    const auto patched = admin.request(
        "PATCH", userPath, {{"Content-Type", "application/json"}, {"If-Match", user.header("ETag")}},
        QJsonDocument(QJsonObject{{u"role_ids"_s, QJsonArray{roles.value(u"warehouse_clerk"_s)}}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(patched.status == 200, patched.body.constData());
    QCOMPARE(onB.postJson("/api/v1/accounts", {{u"name"_s, u"Not any more"_s}}).status, 403);
    TlsTestClient onA(TestCertificate::instance().certificate(), 30'000);
    QVERIFY(onA.connectToServer(a));
    onA.setBearerToken(repToken);
    QCOMPARE(onA.postJson("/api/v1/accounts", {{u"name"_s, u"Not here either"_s}}).status, 403);

    // Throttle: the free wrong passwords of one account from one address are
    // counted together whichever server gets them (five, AuthConfig's
    // default), then both refuse, even the right password, from that address.
    const QHostAddress guesser(u"127.0.0.31"_s);
    const QHostAddress owner(u"127.0.0.32"_s);
    int status = 0;
    for (int i = 0; i < 5; ++i) {
        signIn(i % 2 ? b : a, u"scorpio@globex.test"_s, u"wrong guess %1"_s.arg(i), &status, guesser);
        QCOMPARE(status, 401);
    }
    signIn(b, u"scorpio@globex.test"_s, u"wrong guess 5"_s, &status, guesser);
    QCOMPARE(status, 429);
    signIn(a, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, guesser);
    QCOMPARE(status, 429);
    signIn(b, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, guesser);
    QCOMPARE(status, 429);
    // The owner from their own address is not locked out, on either server.
    QVERIFY(!signIn(a, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, owner).isEmpty());
    QVERIFY(!signIn(b, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, owner).isEmpty());

    // Through HAProxy the servers see each client's own address (PROXY
    // protocol), not HAProxy's: the guesser stays locked whichever server
    // HAProxy picks, and the owner, from elsewhere, is let in every time.
    for (int i = 0; i < 4; ++i) {
        signIn(m_frontPort, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, guesser);
        QCOMPARE(status, 429);
        QVERIFY(!signIn(m_frontPort, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, owner).isEmpty());
    }
    // A second guesser behind the same HAProxy has its own five attempts.
    const QHostAddress another(u"127.0.0.33"_s);
    for (int i = 0; i < 5; ++i) {
        signIn(m_frontPort, u"scorpio@globex.test"_s, u"other guess %1"_s.arg(i), &status, another);
        QCOMPARE(status, 401);
    }
    signIn(m_frontPort, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status, another);
    QCOMPARE(status, 429);
}

QTEST_GUILESS_MAIN(TestTwoServers)
#include "tst_twoservers.moc"
