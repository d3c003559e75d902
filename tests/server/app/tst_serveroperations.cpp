// What an operator runs against the erp-server process: /metrics in the
// Prometheus text format (counts checked against the requests this test
// made; loopback only unless a metrics token is configured), a certificate
// renewed on SIGHUP without dropping open connections, and JSON log lines at
// the configured level.
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using erp::test::TestCertificate;
using erp::test::TlsTestClient;

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString output;

    // Reads what the server wrote until `text` appears (or the time is up).
    bool waitForOutput(const QString &text, int timeoutMs = 30'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!output.contains(text) && !deadline.hasExpired() && process->state() == QProcess::Running) {
            process->waitForReadyRead(100);
            output += QString::fromUtf8(process->readAll());
        }
        return output.contains(text);
    }
    bool stop()
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        const bool finished = process->waitForFinished(30'000);
        output += QString::fromUtf8(process->readAll());
        return finished && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }
};

// "name{labels}" -> value, for every sample line; false when a line is not
// in the text format.
bool parseSamples(const QByteArray &text, QHash<QString, double> *samples, QString *badLine)
{
    static const QRegularExpression sample(
        u"^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})?) "
        "(-?[0-9.eE+-]+|\\+Inf|NaN)$"_s);
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u"# HELP "_s) || line.startsWith(u"# TYPE "_s))
            continue;
        const auto m = sample.match(line);
        if (!m.hasMatch()) {
            *badLine = line;
            return false;
        }
        samples->insert(m.captured(1), m.captured(2).toDouble());
    }
    return true;
}

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    return {};
}

} // namespace

class TestServerOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metricsCountWhatHappened();
    void metricsFromElsewhereNeedTheToken();
    void certificateRenewedOnSighupKeepsOpenConnections();
    void logLevelWarningLeavesOutRequests();
    void backupOfAnExternalDatabaseSaysWhatTheOwnerRoleLacks();
    void expiredIdempotencyKeysArePurgedOnSchedule();

private:
    QProcessEnvironment environment() const;
    Running start(const QProcessEnvironment &env) const;
    QString genCert(const QString &name) const;

    QString m_binary;
    QTemporaryDir m_dir;
    erp::server::DatabaseConfig m_db;
};

void TestServerOperations::initTestCase()
{
    m_binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "ERP_SERVER_BINARY must name the built erp-server");
    m_db = TestDatabase::create(u"server_operations"_s, true);
}

QProcessEnvironment TestServerOperations::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ERP_SERVER_DATA_DIR"_s, m_dir.path());
    env.insert(u"ERP_DATABASE_HOST"_s, m_db.host);
    env.insert(u"ERP_DATABASE_PORT"_s, QString::number(m_db.port));
    env.insert(u"ERP_DATABASE_NAME"_s, m_db.name);
    env.insert(u"ERP_DATABASE_USER"_s, m_db.user);
    env.insert(u"ERP_DATABASE_PASSWORD"_s, m_db.password);
    env.insert(u"ERP_DATABASE_OWNER_USER"_s, m_db.ownerUser);
    env.insert(u"ERP_DATABASE_OWNER_PASSWORD"_s, m_db.ownerPassword);
    env.insert(u"ERP_TLS_CERTIFICATE"_s, TestCertificate::instance().certificatePath());
    env.insert(u"ERP_TLS_KEY"_s, TestCertificate::instance().keyPath());
    env.insert(u"ERP_HTTP_PORT"_s, u"0"_s);
    env.insert(u"ERP_DATABASE_WORKERS"_s, u"3"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

Running TestServerOperations::start(const QProcessEnvironment &env) const
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->setProcessEnvironment(env);
    r.process->setProcessChannelMode(QProcess::MergedChannels);
    r.process->start(m_binary, {u"serve"_s});
    r.process->waitForStarted();
    static const QRegularExpression listening(u"listening on https://[^:]+:(\\d+)"_s);
    if (r.waitForOutput(u"Press Ctrl+C"_s, 60'000)) {
        const auto m = listening.match(r.output);
        if (m.hasMatch())
            r.port = quint16(m.captured(1).toUInt());
    }
    return r;
}

QString TestServerOperations::genCert(const QString &name) const
{
    QProcess p;
    p.start(m_binary, {u"gen-cert"_s, u"--cert"_s, m_dir.filePath(name + u".crt"_s), u"--key"_s,
                       m_dir.filePath(name + u".key"_s), u"--force"_s});
    p.waitForFinished(30'000);
    return p.exitCode() == 0 ? m_dir.filePath(name) : QString();
}

static QSslCertificate readCertificate(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QSslCertificate(&f, QSsl::Pem) : QSslCertificate();
}

static bool replaceFile(const QString &from, const QString &to)
{
    const QString next = to + u".new"_s;
    QFile::remove(next);
    return QFile::copy(from, next) && (!QFile::exists(to) || QFile::remove(to)) && QFile::rename(next, to);
}

void TestServerOperations::metricsCountWhatHappened()
{
    Running server = start(environment());
    QVERIFY2(server.port, qPrintable(server.output + QString::fromUtf8(server.process->readAll())));
    TlsTestClient c(TestCertificate::instance().certificate());
    QVERIFY(c.connectToServer(server.port));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(c.get("/healthz").status, 200);
    QCOMPARE(c.get("/api/v1/users/4242").status, 401);
    QCOMPARE(c.get("/nowhere/at/all").status, 404);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(c.postJson("/api/v1/auth/login", {{u"organisation"_s, u"nobody-here"_s},
                                                   {u"email"_s, u"who@nowhere.test"_s},
                                                   {u"password"_s, u"not a password at all"_s}})
                     .status,
                 401);

    // A worker may still be finishing the last request after its answer went
    // out (it counts itself idle after sending): scrape until only the
    // scrape itself is busy, which must happen, then read that scrape.
    TlsTestClient::Response r;
    QHash<QString, double> s;
    QString bad;
    int scrapes = 0;
    const QDeadlineTimer deadline(10'000);
    for (;;) {
        r = c.get("/metrics");
        ++scrapes;
        QCOMPARE(r.status, 200);
        s.clear();
        QVERIFY2(parseSamples(r.body, &s, &bad), qPrintable(bad));
        if (s.value(u"erp_db_workers_busy"_s) == 1.0 || deadline.hasExpired())
            break;
        QThread::msleep(20);
    }
    QVERIFY2(r.header("Content-Type").startsWith("text/plain; version=0.0.4"), r.header("Content-Type").constData());

    QCOMPARE(s.value(u"erp_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"_s), 3.0);
    QCOMPARE(s.value(u"erp_http_requests_total{method=\"GET\",route=\"/api/v1/users/{id:int}\",status=\"401\"}"_s),
             1.0);
    QCOMPARE(s.value(u"erp_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"_s), 1.0);
    QCOMPARE(s.value(u"erp_http_requests_total{method=\"POST\",route=\"/api/v1/auth/login\",status=\"401\"}"_s),
             2.0);
    QCOMPARE(s.value(u"erp_login_failures_total{reason=\"invalid_credentials\"}"_s), 2.0);
    QVERIFY(s.contains(u"erp_login_failures_total{reason=\"throttled\"}"_s));

    // The histogram: cumulative buckets ending in +Inf = count = 3.
    const QString labels = u"method=\"GET\",route=\"/healthz\""_s;
    QCOMPARE(s.value(u"erp_http_request_duration_seconds_count{"_s + labels + u"}"_s), 3.0);
    QCOMPARE(s.value(u"erp_http_request_duration_seconds_bucket{"_s + labels + u",le=\"+Inf\"}"_s), 3.0);
    QVERIFY(s.value(u"erp_http_request_duration_seconds_sum{"_s + labels + u"}"_s) > 0);
    double previous = 0;
    int buckets = 0;
    for (const QByteArray &line : r.body.split('\n')) {
        if (!line.startsWith("erp_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\""))
            continue;
        const double v = line.mid(line.lastIndexOf(' ') + 1).toDouble();
        QVERIFY2(v >= previous, line.constData());
        previous = v;
        ++buckets;
    }
    QVERIFY(buckets > 2);

    QVERIFY(s.value(u"erp_http_open_connections"_s) >= 1);
    QCOMPARE(s.value(u"erp_db_workers"_s), 3.0);
    // The scrape itself runs on a worker; nothing else does now.
    QCOMPARE(s.value(u"erp_db_workers_busy"_s), 1.0);
    QCOMPARE(s.value(u"erp_db_queue_length"_s), 0.0);
    QCOMPARE(s.value(u"erp_build_info{version=\""_s + QStringLiteral(ERP_VERSION) + u"\",qt=\""_s
                     + QString::fromLatin1(qVersion()) + u"\"}"_s),
             1.0);

    // Every scrape is counted by the next one.
    QHash<QString, double> again;
    QVERIFY(parseSamples(c.get("/metrics").body, &again, &bad));
    QCOMPARE(again.value(u"erp_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"}"_s),
             double(scrapes));
    QVERIFY2(server.stop(), qPrintable(server.output));
}

void TestServerOperations::metricsFromElsewhereNeedTheToken()
{
    const QHostAddress external = nonLoopbackAddress();
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    QProcessEnvironment env = environment();
    env.insert(u"ERP_HTTP_ADDRESS"_s, u"0.0.0.0"_s);
    {
        Running server = start(env);
        QVERIFY2(server.port, qPrintable(server.output));
        TlsTestClient remote(TestCertificate::instance().certificate());
        QVERIFY(remote.connectToServer(server.port, external));
        QCOMPARE(remote.get("/healthz").status, 200);
        const auto refused = remote.get("/metrics");
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.body.contains("erp_http_requests_total"));
        // Without a token configured, no token opens it.
        QCOMPARE(remote.get("/metrics", {{"Authorization", "Bearer anything"}}).status, 403);
        QVERIFY2(server.stop(), qPrintable(server.output));
    }
    env.insert(u"ERP_METRICS_TOKEN"_s, u"scrape-me-7f3a"_s);
    Running server = start(env);
    QVERIFY2(server.port, qPrintable(server.output));
    TlsTestClient remote(TestCertificate::instance().certificate());
    QVERIFY(remote.connectToServer(server.port, external));
    QCOMPARE(remote.get("/metrics").status, 403);
    QCOMPARE(remote.get("/metrics", {{"Authorization", "Bearer scrape-me-7f3b"}}).status, 403);
    QCOMPARE(remote.get("/metrics", {{"Authorization", "Bearer scrape-me-7f3"}}).status, 403);
    const auto scraped = remote.get("/metrics", {{"Authorization", "Bearer scrape-me-7f3a"}});
    QCOMPARE(scraped.status, 200);
    QVERIFY(scraped.body.contains("erp_build_info"));
    TlsTestClient local(TestCertificate::instance().certificate());
    QVERIFY(local.connectToServer(server.port));
    QCOMPARE(local.get("/metrics").status, 200);
    QVERIFY2(server.stop(), qPrintable(server.output));
}

void TestServerOperations::certificateRenewedOnSighupKeepsOpenConnections()
{
    const QString first = genCert(u"first"_s);
    const QString renewed = genCert(u"renewed"_s);
    QVERIFY(!first.isEmpty() && !renewed.isEmpty());
    const QString liveCert = m_dir.filePath(u"live.crt"_s);
    const QString liveKey = m_dir.filePath(u"live.key"_s);
    QVERIFY(replaceFile(first + u".crt"_s, liveCert));
    QVERIFY(replaceFile(first + u".key"_s, liveKey));
    const QSslCertificate firstCert = readCertificate(first + u".crt"_s);
    const QSslCertificate renewedCert = readCertificate(renewed + u".crt"_s);
    QVERIFY(!firstCert.isNull() && !renewedCert.isNull() && firstCert != renewedCert);

    QProcessEnvironment env = environment();
    env.insert(u"ERP_TLS_CERTIFICATE"_s, liveCert);
    env.insert(u"ERP_TLS_KEY"_s, liveKey);
    env.insert(u"ERP_LOG_FORMAT"_s, u"json"_s);
    env.insert(u"ERP_LOG_LEVEL"_s, u"info"_s);
    Running server = start(env);
    QVERIFY2(server.port, qPrintable(server.output));

    TlsTestClient open(firstCert);
    QVERIFY2(open.connectToServer(server.port), qPrintable(open.errorString()));
    QCOMPARE(open.get("/healthz").status, 200);

    // The renewed pair is put in place, then SIGHUP.
    QVERIFY(replaceFile(renewed + u".crt"_s, liveCert));
    QVERIFY(replaceFile(renewed + u".key"_s, liveKey));
    ::kill(pid_t(server.process->processId()), SIGHUP);
    QVERIFY2(server.waitForOutput(u"Reloaded the TLS certificate"_s), qPrintable(server.output));
    const QString renewedFingerprint
        = QString::fromLatin1(renewedCert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(server.output.contains(renewedFingerprint), qPrintable(server.output));

    // The connection opened before is still the same, still served.
    QVERIFY(open.isConnected());
    QCOMPARE(open.get("/healthz").status, 200);
    QVERIFY(open.isConnected());
    // New connections get the renewed certificate.
    TlsTestClient oldTrust(firstCert, 5'000);
    QVERIFY(!oldTrust.connectToServer(server.port));
    TlsTestClient newTrust(renewedCert);
    QVERIFY2(newTrust.connectToServer(server.port), qPrintable(newTrust.errorString()));
    QCOMPARE(newTrust.get("/healthz").status, 200);

    // A key that does not match is refused; the server keeps what it has.
    QVERIFY(replaceFile(first + u".key"_s, liveKey));
    ::kill(pid_t(server.process->processId()), SIGHUP);
    QVERIFY2(server.waitForOutput(u"certificate not reloaded"_s), qPrintable(server.output));
    TlsTestClient stillRenewed(renewedCert);
    QVERIFY2(stillRenewed.connectToServer(server.port), qPrintable(stillRenewed.errorString()));
    QCOMPARE(stillRenewed.get("/healthz").status, 200);
    QCOMPARE(open.get("/healthz").status, 200);
    QVERIFY2(server.stop(), qPrintable(server.output));

    // Every line is one JSON object with time, level, category, message;
    // request lines carry their fields.
    int requestLines = 0;
    for (const QString &line : server.output.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError && !o.isEmpty(), qPrintable(line));
        for (const char *key : {"time", "level", "category", "message"})
            QVERIFY2(o.contains(QLatin1String(key)), qPrintable(line));
        if (o.value(u"category"_s) == u"erp.access"_s && o.value(u"path"_s) == u"/healthz"_s) {
            QCOMPARE(o.value(u"status"_s).toInt(), 200);
            QCOMPARE(o.value(u"level"_s).toString(), u"info"_s);
            ++requestLines;
        }
    }
    QCOMPARE(requestLines, 5);
}

void TestServerOperations::logLevelWarningLeavesOutRequests()
{
    QProcessEnvironment env = environment();
    env.insert(u"ERP_LOG_FORMAT"_s, u"json"_s);
    env.insert(u"ERP_LOG_LEVEL"_s, u"warning"_s);
    Running server = start(env);
    QVERIFY2(server.port, qPrintable(server.output));
    TlsTestClient c(TestCertificate::instance().certificate());
    QVERIFY(c.connectToServer(server.port));
    QCOMPARE(c.get("/healthz").status, 200);
    QVERIFY2(server.stop(), qPrintable(server.output));
    QVERIFY2(!server.output.contains(u"erp.access"_s), qPrintable(server.output));

    // A level that does not exist is refused at start.
    env.insert(u"ERP_LOG_LEVEL"_s, u"chatty"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_binary, {u"serve"_s});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAll().contains("log/level"));
}

void TestServerOperations::backupOfAnExternalDatabaseSaysWhatTheOwnerRoleLacks()
{
    // The test cluster's owner role has no BYPASSRLS, and the tables force
    // row-level security: pg_dump cannot read them as that role. The command
    // must say so and leave no file (not even a partial one) behind.
    const QString archive = m_dir.filePath(u"external.erp-backup"_s);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_binary, {u"backup"_s, u"--output"_s, archive});
    QVERIFY(p.waitForFinished(120'000));
    const QString out = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(out.contains(u"BYPASSRLS"_s), qPrintable(out));
    QVERIFY(!QFile::exists(archive));
    QVERIFY(!QFile::exists(archive + u".partial"_s));
}

// Expired Idempotency-Keys (older than 24 hours) of every organisation are
// deleted by the server on its own schedule, not only when the same user
// creates again; fresh ones stay.
void TestServerOperations::expiredIdempotencyKeysArePurgedOnSchedule()
{
    QProcessEnvironment env = environment();
    env.insert(u"ERP_DATABASE_PURGE_INTERVAL_MS"_s, u"200"_s);
    Running server = start(env);
    QVERIFY2(server.port, qPrintable(server.output));
    const QString connection = u"operations-purge"_s;
    {
        QSqlDatabase su = TestDatabase::superuserConnection(m_db.name, connection);
        QSqlQuery q(su);
        QList<QPair<qint64, qint64>> users; // (tenant, user) in two organisations
        for (const QString &slug : {u"purge-one"_s, u"purge-two"_s}) {
            QVERIFY(q.prepare(u"INSERT INTO tenants (slug, name) VALUES (?, ?) RETURNING id"_s));
            q.addBindValue(slug);
            q.addBindValue(slug);
            QVERIFY(q.exec() && q.next());
            const qint64 tenant = q.value(0).toLongLong();
            QVERIFY(q.prepare(u"INSERT INTO users (tenant_id, email, display_name, password_hash) "
                              "VALUES (?, ?, 'Purge', 'not a hash') RETURNING id"_s));
            q.addBindValue(tenant);
            q.addBindValue(QString(u"someone@"_s + slug + u".test"_s));
            QVERIFY(q.exec() && q.next());
            users.append({tenant, q.value(0).toLongLong()});
        }
        auto insertKey = [&](qint64 tenant, qint64 user, const QString &key, int ageHours) {
            q.prepare(u"INSERT INTO idempotency_keys (tenant_id, user_id, idempotency_key, request_hash, status, "
                      "response_headers, response_body, created_at) "
                      "VALUES (?, ?, ?, ?, 201, '[]', ?, now() - make_interval(hours => ?))"_s);
            for (const QVariant &v : {QVariant(tenant), QVariant(user), QVariant(key), QVariant(QByteArray("hash")),
                                      QVariant(QByteArray("{}")), QVariant(ageHours)})
                q.addBindValue(v);
            return q.exec();
        };
        auto count = [&](const QString &key) {
            q.prepare(u"SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?"_s);
            q.addBindValue(key);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        auto waitUntilGone = [&](const QString &key) {
            QDeadlineTimer deadline(60'000);
            while (count(key) != 0 && !deadline.hasExpired())
                QThread::msleep(100);
            return count(key) == 0;
        };
        // Twice: the first batch might be caught by the purge at start; the
        // second, written after the first is gone, only by a scheduled run.
        for (const QString &round : {u"first"_s, u"second"_s}) {
            for (const auto &[tenant, user] : users) {
                QVERIFY(insertKey(tenant, user, round + u"-expired"_s, 25));
                QVERIFY(insertKey(tenant, user, round + u"-fresh"_s, 23));
            }
            QVERIFY2(waitUntilGone(round + u"-expired"_s), qPrintable(server.output));
            QCOMPARE(count(round + u"-fresh"_s), 2);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY2(server.stop(), qPrintable(server.output));
}

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_serveroperations.moc"
