#include "server/db/Database.h"
#include "server/db/EmbeddedPostgres.h"
#include "server/db/Migrator.h"

#include <QDir>
#include <QFileInfo>
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
    void credentialsFileIsPrivate();
    void destructorStopsTheCluster();
    void takesOverAClusterLeftRunning();

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

void tst_EmbeddedPostgres::takesOverAClusterLeftRunning()
{
    // The first server "crashed": its cluster is still running on a port
    // nobody remembers. The next start must not fail on the data directory.
    EmbeddedPostgres crashed(m_dataDir);
    QVERIFY2(crashed.start(), qPrintable(crashed.errorString()));
    const DatabaseConfig old = crashed.databaseConfig();
    EmbeddedPostgres next(m_dataDir);
    QVERIFY2(next.start(), qPrintable(next.errorString()));
    const DatabaseConfig now = next.databaseConfig();
    QVERIFY(connectAs(now, now.user, now.password).ok);
    if (old.port != now.port)
        QVERIFY(!connectAs(old, old.user, old.password).ok);
    next.stop();
}

QTEST_GUILESS_MAIN(tst_EmbeddedPostgres)
#include "tst_embeddedpostgres.moc"
