#include "server/db/Database.h"
#include "server/db/EmbeddedPostgres.h"
#include "server/db/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace erp::server;

namespace {

struct Connected
{
    bool ok = false;
    QString error;
    QString user;
    QString databaseOwner;
    bool superuser = true;
    bool bypassRls = true;
};

// Opens and closes its own connection; ok=false with the error when it cannot.
Connected connectAs(const DatabaseConfig &config, const QString &user, const QString &password)
{
    Connected result;
    const QString name = QStringLiteral("embedded-") + user;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.name);
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT current_user, pg_get_userbyid(d.datdba), r.rolsuper, r.rolbypassrls "
                                  "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user"));
            if (q.next()) {
                result.ok = true;
                result.user = q.value(0).toString();
                result.databaseOwner = q.value(1).toString();
                result.superuser = q.value(2).toBool();
                result.bypassRls = q.value(3).toBool();
            } else {
                result.error = q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class tst_EmbeddedPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsConnectsStopsAndRestarts();
    void mallocTunables_data();
    void mallocTunables();
    void credentialsFileIsPrivate();
    void destructorStopsTheCluster();
    void joinsAClusterWhoseOwnerIsAliveAndHandsItOver();
    void takesOverAClusterWhoseOwnerIsGone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
};

void tst_EmbeddedPostgres::initTestCase()
{
    // Under /tmp: as root the cluster runs as the postgres user, which must
    // be able to reach it (a build tree under /root would not do).
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/erp-embedded-XXXXXX"));
    QVERIFY(m_dir->isValid());
    if (::geteuid() == 0)
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
    if (::geteuid() == 0)
        QVERIFY(QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                     | QFileDevice::ExeGroup | QFileDevice::ExeOther));
}

void tst_EmbeddedPostgres::startsConnectsStopsAndRestarts()
{
    DatabaseConfig first;
    {
        EmbeddedPostgres pg(m_dataDir);
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        first = pg.databaseConfig();
        QCOMPARE(first.host, QStringLiteral("127.0.0.1"));
        QVERIFY(first.port > 0);
        QVERIFY(!first.password.isEmpty());
        QVERIFY(!first.ownerPassword.isEmpty());
        QVERIFY(first.password != first.ownerPassword);

        const Connected app = connectAs(first, first.user, first.password);
        QVERIFY2(app.ok, qPrintable(app.error));
        QCOMPARE(app.user, QStringLiteral("erp_app"));
        QVERIFY(!app.superuser);
        QVERIFY(!app.bypassRls);
        const Connected owner = connectAs(first, first.ownerUser, first.ownerPassword);
        QVERIFY2(owner.ok, qPrintable(owner.error));
        QCOMPARE(owner.user, QStringLiteral("erp_owner"));
        QCOMPARE(owner.databaseOwner, QStringLiteral("erp_owner"));
        QVERIFY(!owner.superuser);

        // The cluster runs with the malloc settings of mallocTunables (the
        // postmaster's environment as it was started; PostgreSQL overwrites
        // the part after the first value with its process title).
        {
            QFile pidFile(QDir(m_dataDir).filePath(QStringLiteral("postgres/postmaster.pid")));
            QVERIFY(pidFile.open(QIODevice::ReadOnly));
            const QByteArray pid = pidFile.readLine().trimmed();
            QFile environ(QStringLiteral("/proc/%1/environ").arg(QString::fromLatin1(pid)));
            QVERIFY2(environ.open(QIODevice::ReadOnly), qPrintable(environ.fileName()));
            QVERIFY(environ.readAll().contains("GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432"));
        }

        // TCP needs the right password.
        QVERIFY(!connectAs(first, first.user, QStringLiteral("wrong")).ok);
        QVERIFY(!connectAs(first, QStringLiteral("postgres"), QString()).ok);

        // The real schema applies, so the cluster is usable as it is.
        {
            QSqlDatabase db = Database::openOwnerConnection(first, QStringLiteral("embedded-migrate"));
            Migrator migrator(db, QStringLiteral(ERP_MIGRATIONS_DIR), first.user);
            QVERIFY(!migrator.migrate().isEmpty());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tenants (slug, name) VALUES ('kept', 'Kept across restarts')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("embedded-migrate"));

        pg.stop();
        QVERIFY(!connectAs(first, first.ownerUser, first.ownerPassword).ok);
    }

    // The same data directory again: reused, not re-initialised.
    EmbeddedPostgres again(m_dataDir);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    const DatabaseConfig second = again.databaseConfig();
    QCOMPARE(second.password, first.password);
    QCOMPARE(second.ownerPassword, first.ownerPassword);
    {
        QSqlDatabase db = Database::openOwnerConnection(second, QStringLiteral("embedded-reuse"));
        Migrator migrator(db, QStringLiteral(ERP_MIGRATIONS_DIR), second.user);
        QVERIFY(migrator.status().isCurrent());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tenants WHERE slug = 'kept'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("embedded-reuse"));
    const Connected app = connectAs(second, second.user, second.password);
    QVERIFY2(app.ok, qPrintable(app.error));
    again.stop();
}

void tst_EmbeddedPostgres::mallocTunables_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("expected");
    const QString ours = QStringLiteral("glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=33554432:"
                                        "glibc.malloc.top_pad=4194304");
    QTest::newRow("none set") << QString() << ours;
    QTest::newRow("other tunables are kept")
        << QStringLiteral("glibc.pthread.rseq=0") << QStringLiteral("glibc.pthread.rseq=0:") + ours;
    QTest::newRow("the administrator's malloc settings win")
        << QStringLiteral("glibc.malloc.arena_max=2") << QStringLiteral("glibc.malloc.arena_max=2");
}

void tst_EmbeddedPostgres::mallocTunables()
{
    QFETCH(QString, existing);
    QFETCH(QString, expected);
    QCOMPARE(EmbeddedPostgres::mallocTunables(existing), expected);
}

void tst_EmbeddedPostgres::credentialsFileIsPrivate()
{
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("postgres-credentials"));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    // No initdb password file left behind.
    QCOMPARE(QDir(m_dataDir).entryList({QStringLiteral("postgres-initpw*")}, QDir::Files | QDir::Hidden), QStringList());
    // The cluster directory is private to the user it runs as.
    const QString cluster = QDir(m_dataDir).filePath(QStringLiteral("postgres"));
    QCOMPARE(::stat(QFile::encodeName(cluster).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    if (::geteuid() == 0)
        QVERIFY2(st.st_uid != 0, "the cluster must not belong to root");
}

void tst_EmbeddedPostgres::destructorStopsTheCluster()
{
    DatabaseConfig config;
    {
        EmbeddedPostgres pg(m_dataDir);
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        config = pg.databaseConfig();
        QVERIFY(connectAs(config, config.user, config.password).ok);
    }
    QVERIFY(!connectAs(config, config.user, config.password).ok);
    QVERIFY(!QFileInfo::exists(QDir(m_dataDir).filePath(QStringLiteral("postgres/postmaster.pid"))));
}

void tst_EmbeddedPostgres::joinsAClusterWhoseOwnerIsAliveAndHandsItOver()
{
    // A server runs; an admin command beside it must use its cluster and
    // leave it running.
    EmbeddedPostgres server(m_dataDir);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.attachment(), EmbeddedPostgres::Attachment::Started);
    const DatabaseConfig serving = server.databaseConfig();
    {
        EmbeddedPostgres command(m_dataDir);
        QVERIFY2(command.start(), qPrintable(command.errorString()));
        QCOMPARE(command.attachment(), EmbeddedPostgres::Attachment::Joined);
        QCOMPARE(command.ownerPid(), QCoreApplication::applicationPid());
        QCOMPARE(command.databaseConfig().port, serving.port);
        QVERIFY(command.summary().contains(QStringLiteral("running process")));
        QVERIFY(connectAs(command.databaseConfig(), serving.user, serving.password).ok);
    }
    QVERIFY2(connectAs(serving, serving.user, serving.password).ok, "the command stopped the server's cluster");

    // The owner leaves first while another still uses the cluster: handed
    // over, not stopped; the last one out stops it.
    EmbeddedPostgres second(m_dataDir);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.attachment(), EmbeddedPostgres::Attachment::Joined);
    server.stop();
    QVERIFY(connectAs(serving, serving.user, serving.password).ok);
    second.stop();
    QVERIFY(!connectAs(serving, serving.user, serving.password).ok);
}

void tst_EmbeddedPostgres::takesOverAClusterWhoseOwnerIsGone()
{
    // The first server "crashed": its cluster is still running on a port
    // nobody remembers. Its owner is a process that has exited.
    EmbeddedPostgres crashed(m_dataDir);
    QVERIFY2(crashed.start(), qPrintable(crashed.errorString()));
    const DatabaseConfig old = crashed.databaseConfig();
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    gone.kill();
    QVERIFY(gone.waitForFinished());
    {
        QFile owner(QDir(m_dataDir).filePath(QStringLiteral("postgres-owner")));
        QVERIFY(owner.open(QIODevice::WriteOnly | QIODevice::Truncate));
        owner.write("pid=" + QByteArray::number(gonePid) + "\ninstance=crashed-server\n");
    }
    EmbeddedPostgres next(m_dataDir);
    QVERIFY2(next.start(), qPrintable(next.errorString()));
    QCOMPARE(next.attachment(), EmbeddedPostgres::Attachment::TookOver);
    QCOMPARE(next.ownerPid(), gonePid);
    const DatabaseConfig now = next.databaseConfig();
    QCOMPARE(now.port, old.port);
    QVERIFY(connectAs(now, now.user, now.password).ok);
    // The crashed object no longer owns it: its stop leaves it running.
    crashed.stop();
    QVERIFY(connectAs(now, now.user, now.password).ok);
    next.stop();
    QVERIFY(!connectAs(now, now.user, now.password).ok);
}

QTEST_GUILESS_MAIN(tst_EmbeddedPostgres)
#include "tst_embeddedpostgres.moc"
