// Admin commands beside a running server on the embedded PostgreSQL default,
// as an administrator runs them in a second terminal: each one uses the
// server's cluster (never stops it), says so, and the server stays ready and
// sees the change. A cluster whose server is gone is taken over; one server
// leaving hands the cluster over to another still using it.
//
// As root everything runs as the unprivileged user "nobody", the way the
// packaged service runs as its own user.
#include "EmbeddedServerProcess.h"
#include "tests/support/TlsTestClient.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;
using Server = EmbeddedServerProcess::Server;

class TestSubcommandsBesideServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySubcommandBesideARunningServer();
    void secondServerKeepsTheClusterWhenTheFirstStops();
    void clusterOfAKilledServerIsTakenOver();

private:
    QString run(const QStringList &args, int *exitCode, const QByteArray &stdinData = {}) const
    {
        return m_erp.run(args, exitCode, stdinData);
    }
    Server startServer() const { return m_erp.start(); }
    static bool stopServer(Server &server) { return EmbeddedServerProcess::stop(server); }
    bool clusterRunning() const { return m_erp.clusterRunning(); }
    QSslCertificate serverCertificate() const { return m_erp.certificate(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    EmbeddedServerProcess m_erp;
};

void TestSubcommandsBesideServer::initTestCase()
{
    const QString binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(binary), "ERP_SERVER_BINARY must name the built erp-server");
    // Under /tmp: as root the unprivileged user must reach the directory.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/erp-beside-XXXXXX"_s);
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(u"data"_s);
    QString error;
    if (!m_erp.setUp(binary, m_dataDir, &error))
        QSKIP(qPrintable(error));
}

static int signInStatus(TlsTestClient &client, const QString &organisation, const QString &email,
                        const QString &password)
{
    return client
        .postJson("/api/v1/auth/login",
                  {{u"organisation"_s, organisation}, {u"email"_s, email}, {u"password"_s, password}})
        .status;
}

void TestSubcommandsBesideServer::everySubcommandBesideARunningServer()
{
    Server server = startServer();
    QVERIFY2(server.port, qPrintable(server.output));
    QVERIFY2(server.output.contains(u"Started the embedded PostgreSQL cluster"_s), qPrintable(server.output));
    const QString serverPid = QString::number(server.pid());
    const QSslCertificate certificate = serverCertificate();
    QVERIFY(!certificate.isNull());

    // One connection opened before any command and kept: it must survive them all.
    TlsTestClient kept(certificate, 30'000);
    QVERIFY2(kept.connectToServer(server.port), qPrintable(kept.errorString()));
    QCOMPARE(kept.get("/readyz").status, 200);
    auto stillReady = [&] {
        TlsTestClient fresh(certificate, 30'000);
        return fresh.connectToServer(server.port) && fresh.get("/readyz").status == 200
               && kept.get("/readyz").status == 200;
    };
    const QString usedServersCluster = u"Using the embedded PostgreSQL cluster of the running process "_s + serverPid;

    // create-tenant: the new organisation signs in on the running server.
    int code = -1;
    QString out = run({u"create-tenant"_s, u"--slug"_s, u"acme"_s, u"--name"_s, u"Acme"_s, u"--admin-email"_s,
                       u"root@acme.test"_s},
                      &code, "coyote buys rockets daily\n");
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(usedServersCluster), qPrintable(out));
    QVERIFY2(!out.contains(u"stopping"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(stillReady(), qPrintable(out));
    QCOMPARE(signInStatus(kept, u"acme"_s, u"root@acme.test"_s, u"coyote buys rockets daily"_s), 200);
    QCOMPARE(signInStatus(kept, u"acme"_s, u"root@acme.test"_s, u"wrong password here"_s), 401);

    // A failing create-tenant (slug taken) leaves the server alone too.
    out = run({u"create-tenant"_s, u"--slug"_s, u"acme"_s, u"--name"_s, u"Acme again"_s, u"--admin-email"_s,
               u"other@acme.test"_s},
              &code, "coyote buys rockets daily\n");
    QVERIFY2(code == 1, qPrintable(out));
    QVERIFY2(stillReady(), qPrintable(out));

    // migrate: nothing pending, the server's cluster is used.
    out = run({u"migrate"_s}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"up to date"_s), qPrintable(out));
    QVERIFY2(out.contains(usedServersCluster), qPrintable(out));
    QVERIFY2(stillReady(), qPrintable(out));

    // gen-cert: refuses to replace the key in use without --force; writes
    // a new pair elsewhere; the server keeps serving its own certificate.
    out = run({u"gen-cert"_s}, &code);
    QVERIFY2(code == 1, qPrintable(out));
    QCOMPARE(serverCertificate(), certificate);
    out = run({u"gen-cert"_s, u"--cert"_s, m_dataDir + u"/next.crt"_s, u"--key"_s, m_dataDir + u"/next.key"_s},
              &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(stillReady(), qPrintable(out));

    // backup: a consistent dump of the running server's database.
    const QString archive = m_dir->filePath(u"beside.erp-backup"_s);
    out = run({u"backup"_s, u"--output"_s, archive}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(usedServersCluster), qPrintable(out));
    QVERIFY(QFileInfo(archive).size() > 0);
    QVERIFY2(stillReady(), qPrintable(out));

    // restore: refuses the server's (non-empty) data directory and says why.
    out = run({u"restore"_s, u"--input"_s, archive}, &code);
    QVERIFY2(code != 0, qPrintable(out));
    QVERIFY2(out.contains(u"not empty"_s), qPrintable(out));
    QVERIFY2(stillReady(), qPrintable(out));
    QCOMPARE(signInStatus(kept, u"acme"_s, u"root@acme.test"_s, u"coyote buys rockets daily"_s), 200);

    // The server, owner of the cluster and last to use it, stops it on exit.
    QVERIFY(clusterRunning());
    QVERIFY2(stopServer(server), qPrintable(server.output));
    QVERIFY(!clusterRunning());
}

void TestSubcommandsBesideServer::secondServerKeepsTheClusterWhenTheFirstStops()
{
    Server first = startServer();
    QVERIFY2(first.port, qPrintable(first.output));
    Server second = startServer();
    QVERIFY2(second.port, qPrintable(second.output));
    QVERIFY2(second.output.contains(u"Using the embedded PostgreSQL cluster of the running process "_s
                                    + QString::number(first.process->processId())),
             qPrintable(second.output));
    QVERIFY2(stopServer(first), qPrintable(first.output));
    // The cluster was handed over, not stopped.
    QVERIFY(clusterRunning());
    TlsTestClient client(serverCertificate(), 30'000);
    QVERIFY(client.connectToServer(second.port));
    QCOMPARE(client.get("/readyz").status, 200);
    QCOMPARE(signInStatus(client, u"acme"_s, u"root@acme.test"_s, u"coyote buys rockets daily"_s), 200);
    QVERIFY2(stopServer(second), qPrintable(second.output));
    QVERIFY(!clusterRunning());
}

void TestSubcommandsBesideServer::clusterOfAKilledServerIsTakenOver()
{
    Server crashed = startServer();
    QVERIFY2(crashed.port, qPrintable(crashed.output));
    const QString crashedPid = QString::number(crashed.process->processId());
    ::kill(pid_t(crashed.process->processId()), SIGKILL);
    QVERIFY(crashed.process->waitForFinished(30'000));
    QVERIFY(clusterRunning());   // left behind, owner gone

    int code = -1;
    const QString out = run({u"migrate"_s}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Took over the embedded PostgreSQL cluster"_s), qPrintable(out));
    QVERIFY2(out.contains(u"process "_s + crashedPid + u", which is gone"_s), qPrintable(out));
    // Taken over by a command that was the last to use it: stopped after.
    QVERIFY(!clusterRunning());

    Server next = startServer();
    QVERIFY2(next.port, qPrintable(next.output));
    TlsTestClient client(serverCertificate(), 30'000);
    QVERIFY(client.connectToServer(next.port));
    QCOMPARE(signInStatus(client, u"acme"_s, u"root@acme.test"_s, u"coyote buys rockets daily"_s), 200);
    QVERIFY2(stopServer(next), qPrintable(next.output));
}

QTEST_GUILESS_MAIN(TestSubcommandsBesideServer)
#include "tst_subcommandsbesideserver.moc"
