// `erp-server backup` of a running server with data, `erp-server restore`
// into a fresh data directory, and a server started there: same certificate
// (clients keep their pin), same organisation, users, records and sessions.
// Restore refuses a data directory that is not empty, and files that are not
// backups, without touching anything.
#include "EmbeddedServerProcess.h"
#include "tests/support/TlsTestClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;
using Server = EmbeddedServerProcess::Server;

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupOfARunningServerRestoresIntoAFreshDirectory();
    void restoreRefusesWhatItMustNotTouch();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    EmbeddedServerProcess m_erp;
    QString m_archive;
};

static QByteArray signIn(TlsTestClient &client, const QString &email, const QString &password, int *status = nullptr)
{
    const auto r = client.postJson("/api/v1/auth/login",
                                   {{u"organisation"_s, u"globex"_s}, {u"email"_s, email}, {u"password"_s, password}});
    if (status)
        *status = r.status;
    return r.json().value(u"access_token"_s).toString().toUtf8();
}

static int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

void TestBackupRestore::initTestCase()
{
    const QString binary = qEnvironmentVariable("ERP_SERVER_BINARY");
    QVERIFY2(QFile::exists(binary), "ERP_SERVER_BINARY must name the built erp-server");
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/erp-backup-test-XXXXXX"_s);
    QVERIFY(m_dir->isValid());
    QString error;
    if (!m_erp.setUp(binary, m_dir->filePath(u"original"_s), &error))
        QSKIP(qPrintable(error));
    m_archive = m_dir->filePath(u"globex.erp-backup"_s);
}

void TestBackupRestore::backupOfARunningServerRestoresIntoAFreshDirectory()
{
    Server original = m_erp.start();
    QVERIFY2(original.port, qPrintable(original.output));
    const QSslCertificate certificate = m_erp.certificate();
    int code = -1;
    QString out = m_erp.run({u"create-tenant"_s, u"--slug"_s, u"globex"_s, u"--name"_s, u"Globex"_s,
                             u"--admin-email"_s, u"hank@globex.test"_s},
                            &code, "hammocks for every employee\n");
    QVERIFY2(code == 0, qPrintable(out));

    // Data: a second user with a role, and a CRM account.
    TlsTestClient a(certificate, 30'000);
    QVERIFY(a.connectToServer(original.port));
    const QByteArray adminToken = signIn(a, u"hank@globex.test"_s, u"hammocks for every employee"_s);
    QVERIFY(!adminToken.isEmpty());
    a.setBearerToken(adminToken);
    qint64 salesRole = 0;
    for (const auto &v : a.get("/api/v1/roles").json().value(u"items"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == u"sales_rep")
            salesRole = v.toObject().value(u"id"_s).toInteger();
    QVERIFY(salesRole > 0);
    QCOMPARE(a.postJson("/api/v1/users", {{u"email"_s, u"scorpio@globex.test"_s},
                                          {u"display_name"_s, u"Scorpio"_s},
                                          {u"password"_s, u"volcano lair upkeep"_s},
                                          {u"role_ids"_s, QJsonArray{salesRole}}})
                 .status,
             201);
    const auto account = a.postJson("/api/v1/accounts", {{u"name"_s, u"Cypress Creek Doomsday Devices"_s}});
    QCOMPARE(account.status, 201);
    const QByteArray accountPath = account.header("Location");
    QVERIFY(!accountPath.isEmpty());

    // Backup beside the running server.
    out = m_erp.run({u"backup"_s, u"--output"_s, m_archive}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Backed up 1 organisation(s)"_s), qPrintable(out));
    QCOMPARE(fileMode(m_archive), 0600);
    QCOMPARE(a.get("/readyz").status, 200);
    // A second backup never overwrites the first.
    out = m_erp.run({u"backup"_s, u"--output"_s, m_archive}, &code);
    QVERIFY2(code == 1 && out.contains(u"exists"_s), qPrintable(out));
    QVERIFY(EmbeddedServerProcess::stop(original));

    // Restore into a directory that does not exist yet.
    const QString restoredDir = m_dir->filePath(u"restored"_s);
    m_erp.setDataDir(restoredDir);
    out = m_erp.run({u"restore"_s, u"--input"_s, m_archive}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Restored 1 organisation(s)"_s), qPrintable(out));
    QVERIFY(!m_erp.clusterRunning());   // restore stops the cluster it started
    QCOMPARE(fileMode(restoredDir + u"/jwt.key"_s), 0600);
    QCOMPARE(fileMode(restoredDir + u"/server.key"_s), 0600);

    Server restored = m_erp.start();
    QVERIFY2(restored.port, qPrintable(restored.output));
    // Same certificate: clients that pinned it connect unchanged.
    QCOMPARE(m_erp.certificate(), certificate);
    TlsTestClient b(certificate, 30'000);
    QVERIFY2(b.connectToServer(restored.port), qPrintable(b.errorString()));
    QCOMPARE(b.get("/readyz").status, 200);
    // The session signed on the original server is still valid (same key, same sessions).
    b.setBearerToken(adminToken);
    QCOMPARE(b.get("/api/v1/auth/me").status, 200);
    int status = 0;
    QVERIFY(!signIn(b, u"hank@globex.test"_s, u"hammocks for every employee"_s, &status).isEmpty());
    QCOMPARE(status, 200);
    const QByteArray repToken = signIn(b, u"scorpio@globex.test"_s, u"volcano lair upkeep"_s, &status);
    QCOMPARE(status, 200);
    signIn(b, u"scorpio@globex.test"_s, u"not the password"_s, &status);
    QCOMPARE(status, 401);
    b.setBearerToken(repToken);
    const auto restoredAccount = b.get(accountPath);
    QCOMPARE(restoredAccount.status, 200);
    QCOMPARE(restoredAccount.json().value(u"name"_s).toString(), u"Cypress Creek Doomsday Devices"_s);
    // And it goes on working: a new record after the restore.
    QCOMPARE(b.postJson("/api/v1/accounts", {{u"name"_s, u"After the restore"_s}}).status, 201);

    // Restoring again over the live, restored directory is refused.
    out = m_erp.run({u"restore"_s, u"--input"_s, m_archive}, &code);
    QVERIFY2(code == 1 && out.contains(u"is not empty"_s), qPrintable(out));
    QCOMPARE(b.get("/readyz").status, 200);
    QCOMPARE(b.get(accountPath).status, 200);
    QVERIFY(EmbeddedServerProcess::stop(restored));
}

void TestBackupRestore::restoreRefusesWhatItMustNotTouch()
{
    // Not a backup: refused before anything is created.
    const QString garbage = m_dir->filePath(u"not-a-backup"_s);
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not an archive\n");
    }
    QFile::setPermissions(garbage, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther
                                       | QFileDevice::WriteOwner);
    const QString fresh = m_dir->filePath(u"fresh"_s);
    m_erp.setDataDir(fresh);
    int code = -1;
    QString out = m_erp.run({u"restore"_s, u"--input"_s, garbage}, &code);
    QVERIFY2(code == 1 && out.contains(u"not an erp-server backup"_s), qPrintable(out));
    QVERIFY(!QFileInfo::exists(fresh));
    out = m_erp.run({u"restore"_s}, &code);
    QVERIFY2(code == 2 && out.contains(u"--input"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
