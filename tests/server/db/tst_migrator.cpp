#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace erp::server;

namespace {

const QString AppRole = QStringLiteral("erp_app");

QStringList realMigrationVersions()
{
    QStringList versions;
    const QStringList files = QDir(QStringLiteral(ERP_MIGRATIONS_DIR)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        versions.append(f.left(4));
    return versions;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(contents) == contents.size();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw DbError(q.lastError(), sql);
    return q.next() ? q.value(0) : QVariant();
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QVariant(QStringLiteral("public.") + table)}).toBool();
}

} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshApplyOfRealMigrations();
    void rerunIsNoOp();
    void appRolePlaceholderIsReplaced();
    void changedAppliedMigrationIsAnError();
    void unknownNewerVersionIsReported();
    void failingMigrationIsRolledBack_data();
    void failingMigrationIsRolledBack();
    void misnamedFileIsAnError();
    void quotedSemicolonsDoNotSplitStatements();
    void concurrentStartsApplyEachMigrationOnce();

private:
    // A fresh, unmigrated database per test function and an owner connection to it.
    QSqlDatabase freshDatabase(const QString &name);
    QString migrationDir(const QMap<QString, QByteArray> &files);

    DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
};

void tst_Migrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Migrator::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_dir.reset();
}

QSqlDatabase tst_Migrator::freshDatabase(const QString &name)
{
    m_config = TestDatabase::create(QStringLiteral("migrator_") + name, false);
    const QString connectionName = QStringLiteral("owner-") + name;
    m_connections.append(connectionName);
    return Database::openOwnerConnection(m_config, connectionName);
}

QString tst_Migrator::migrationDir(const QMap<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(m_dir->filePath(it.key()), it.value());
    return m_dir->path();
}

void tst_Migrator::freshApplyOfRealMigrations()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("fresh"));
    const QStringList versions = realMigrationVersions();
    QVERIFY(!versions.isEmpty());

    Migrator migrator(db, QStringLiteral(ERP_MIGRATIONS_DIR), AppRole);
    Migrator::Status before = migrator.status();
    QCOMPARE(before.applied, QStringList());
    QCOMPARE(before.pending, versions);
    QVERIFY(!before.isCurrent());

    QCOMPARE(migrator.migrate(), versions);

    Migrator::Status after = migrator.status();
    QVERIFY(after.isCurrent());
    QCOMPARE(after.applied, versions);
    QVERIFY(tableExists(db, QStringLiteral("users")));
    QVERIFY(tableExists(db, QStringLiteral("audit_log")));

    // The recorded checksum is the SHA-256 of the file as written.
    QFile first(QDir(QStringLiteral(ERP_MIGRATIONS_DIR)).filePath(
        QDir(QStringLiteral(ERP_MIGRATIONS_DIR)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name).first()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(first.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(scalar(db, QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = ?"), {versions.first()}).toString(),
             expected);
}

void tst_Migrator::rerunIsNoOp()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("rerun"));
    const QString dir = migrationDir({{QStringLiteral("0001_first.sql"), "CREATE TABLE first_table (id int);"},
                                      {QStringLiteral("0002_second.sql"), "INSERT INTO first_table VALUES (1);"}});
    Migrator migrator(db, dir, AppRole);
    QCOMPARE(migrator.migrate(), (QStringList{QStringLiteral("0001"), QStringLiteral("0002")}));
    const QString appliedAt = scalar(db, QStringLiteral("SELECT max(applied_at)::text FROM schema_migrations")).toString();

    QCOMPARE(migrator.migrate(), QStringList());
    QCOMPARE(Migrator(db, dir, AppRole).migrate(), QStringList());
    // Not applied again: the insert ran once, the records are untouched.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM first_table")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT max(applied_at)::text FROM schema_migrations")).toString(), appliedAt);
    QVERIFY(migrator.status().isCurrent());
}

void tst_Migrator::appRolePlaceholderIsReplaced()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("placeholder"));
    const QByteArray sql = "CREATE TABLE granted (id int);\nGRANT SELECT ON granted TO :app_role;\n";
    const QString dir = migrationDir({{QStringLiteral("0001_grant.sql"), sql}});
    Migrator(db, dir, AppRole).migrate();
    QVERIFY(scalar(db, QStringLiteral("SELECT has_table_privilege(?, 'public.granted', 'SELECT')"), {AppRole}).toBool());
    QVERIFY(!scalar(db, QStringLiteral("SELECT has_table_privilege(?, 'public.granted', 'INSERT')"), {AppRole}).toBool());
    // Checksum of the file as written, placeholder and all.
    QCOMPARE(scalar(db, QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = '0001'")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex()));
}

void tst_Migrator::changedAppliedMigrationIsAnError()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("changed"));
    const QString dir = migrationDir({{QStringLiteral("0001_first.sql"), "CREATE TABLE first_table (id int);"}});
    Migrator migrator(db, dir, AppRole);
    migrator.migrate();

    // Someone edits an applied migration and adds a new one.
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("0001_first.sql")), "CREATE TABLE first_table (id bigint);"));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("0002_second.sql")), "CREATE TABLE second_table (id int);"));

    const Migrator::Status st = migrator.status();
    QCOMPARE(st.changed, QStringList{QStringLiteral("0001")});
    QCOMPARE(st.pending, QStringList{QStringLiteral("0002")});
    QVERIFY(!st.isCurrent());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, migrator.migrate());
    // Nothing further was applied on a schema we cannot vouch for.
    QVERIFY(!tableExists(db, QStringLiteral("second_table")));
}

void tst_Migrator::unknownNewerVersionIsReported()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("unknown"));
    const QString dir = migrationDir({{QStringLiteral("0001_first.sql"), "CREATE TABLE first_table (id int);"}});
    Migrator migrator(db, dir, AppRole);
    migrator.migrate();
    // A newer server migrated this database.
    scalar(db, QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES ('0002', 'from_the_future', 'x') RETURNING 1"));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("0003_third.sql")), "CREATE TABLE third_table (id int);"));

    const Migrator::Status st = migrator.status();
    QCOMPARE(st.unknown, QStringList{QStringLiteral("0002")});
    QCOMPARE(st.applied, (QStringList{QStringLiteral("0001"), QStringLiteral("0002")}));
    QVERIFY(!st.isCurrent());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, migrator.migrate());
    QVERIFY(!tableExists(db, QStringLiteral("third_table")));
}

void tst_Migrator::failingMigrationIsRolledBack_data()
{
    QTest::addColumn<QByteArray>("badStatement");
    QTest::addColumn<QString>("sqlState");

    QTest::newRow("division by zero") << QByteArray("SELECT 1 / 0;") << QStringLiteral("22012");
    QTest::newRow("syntax error") << QByteArray("CREATE TABLEX nonsense;") << QStringLiteral("42601");
    QTest::newRow("duplicate table") << QByteArray("CREATE TABLE first_table (id int);") << QStringLiteral("42P07");
    QTest::newRow("constraint violation") << QByteArray("INSERT INTO second_table VALUES (NULL);") << QStringLiteral("23502");
}

// The migration lock as pg_locks shows it: pg_advisory_lock(bigint) on this
// database, the key split into classid (high 32 bits) and objid (low 32 bits),
// objsubid 1. The key is "ERPMIGR" and a zero byte, as the migrator documents.
static const QString migrationLockCondition = QStringLiteral(
    "locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND classid = x'4552504d'::bigint::oid AND objid = x'49475200'::bigint::oid AND objsubid = 1");

// A migration that fails unless the session running it holds that lock: it
// shows the condition above is the migrator's lock, not one nobody takes.
static const QByteArray holdsMigrationLock
    = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND granted AND "
    + migrationLockCondition.toUtf8() + ") THEN RAISE EXCEPTION 'migration lock not held'; END IF; END $$;";

void tst_Migrator::failingMigrationIsRolledBack()
{
    QFETCH(QByteArray, badStatement);
    QFETCH(QString, sqlState);

    QSqlDatabase db = freshDatabase(QStringLiteral("failing"));
    // The failing statement comes after others that succeeded: all of them
    // must disappear together.
    const QString dir = migrationDir(
        {{QStringLiteral("0001_first.sql"), "CREATE TABLE first_table (id int);"},
         {QStringLiteral("0002_second.sql"), QByteArray("CREATE TABLE second_table (id int NOT NULL);\n"
                                                        "INSERT INTO first_table VALUES (2);\n" + badStatement + "\n")},
         {QStringLiteral("0003_third.sql"), "CREATE TABLE third_table (id int);\n" + holdsMigrationLock}});
    Migrator migrator(db, dir, AppRole);
    try {
        migrator.migrate();
        QFAIL("migrate() should have thrown");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), sqlState);
    }
    QVERIFY(tableExists(db, QStringLiteral("first_table")));
    QVERIFY(!tableExists(db, QStringLiteral("second_table")));
    QVERIFY(!tableExists(db, QStringLiteral("third_table")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM first_table")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(version, ',') FROM schema_migrations")).toString(),
             QStringLiteral("0001"));
    const Migrator::Status st = migrator.status();
    QCOMPARE(st.pending, (QStringList{QStringLiteral("0002"), QStringLiteral("0003")}));

    // The connection is usable afterwards and the lock was released: a fixed
    // file applies on the next run.
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("0002_second.sql")), "CREATE TABLE second_table (id int);"));
    QCOMPARE(migrator.migrate(), (QStringList{QStringLiteral("0002"), QStringLiteral("0003")}));
    // Only this database's migration lock counts: tests running in parallel
    // on the same cluster take advisory locks of their own.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) = 0 FROM pg_locks WHERE ") + migrationLockCondition).toBool());
}

void tst_Migrator::misnamedFileIsAnError()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("misnamed"));
    const QString dir = migrationDir({{QStringLiteral("0001_first.sql"), "CREATE TABLE first_table (id int);"},
                                      {QStringLiteral("2_second.sql"), "CREATE TABLE second_table (id int);"}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Migrator(db, dir, AppRole).migrate());
}

void tst_Migrator::quotedSemicolonsDoNotSplitStatements()
{
    // Migrations run statement by statement; none of these semicolons ends one.
    QSqlDatabase db = freshDatabase(QStringLiteral("splitting"));
    const QByteArray sql = R"SQL(
-- a comment; with a semicolon
/* a block comment; /* nested; */ still comment; */
CREATE TABLE "odd;name" (v text);
INSERT INTO "odd;name" VALUES ('plain;text'), ('it''s;quoted'), (E'back\';slash'), ($$dollar;quoted$$),
    ($tag$ $$ inner; $$ $tag$);
CREATE FUNCTION semicolons() RETURNS int LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM 1; -- ;
    RETURN 42;
END
$body$;
;;
SELECT semicolons()
)SQL";
    const QString dir = migrationDir({{QStringLiteral("0001_tricky.sql"), sql}});
    Migrator(db, dir, AppRole).migrate();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM \"odd;name\"")).toInt(), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(v, '|' ORDER BY v) FROM \"odd;name\"")).toString(),
             QStringLiteral(" $$ inner; $$ |back';slash|dollar;quoted|it's;quoted|plain;text"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT semicolons()")).toInt(), 42);
}

void tst_Migrator::concurrentStartsApplyEachMigrationOnce()
{
    QSqlDatabase db = freshDatabase(QStringLiteral("concurrent"));
    // The real migrations plus a slow one, so the runs overlap for certain.
    QDir real(QStringLiteral(ERP_MIGRATIONS_DIR));
    QMap<QString, QByteArray> files;
    for (const QString &name : real.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(real.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        files.insert(name, f.readAll());
    }
    files.insert(QStringLiteral("9000_slow.sql"), "SELECT pg_sleep(0.5);\nCREATE TABLE slow_marker (id int);");
    const QString dir = migrationDir(files);

    constexpr int Runs = 4;
    std::atomic<int> ready{0};
    QMutex mutex;
    QStringList applied;
    QStringList errors;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Runs; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = QStringLiteral("concurrent-owner-%1").arg(i);
            try {
                {
                    QSqlDatabase own = Database::openOwnerConnection(m_config, name);
                    ready.fetch_add(1);
                    while (ready.load() < Runs)
                        QThread::yieldCurrentThread();
                    const QStringList mine = Migrator(own, dir, AppRole).migrate();
                    QMutexLocker locker(&mutex);
                    applied += mine;
                }
            } catch (const std::exception &e) {
                ready.fetch_add(1);
                QMutexLocker locker(&mutex);
                errors.append(QString::fromUtf8(e.what()));
            }
            QSqlDatabase::removeDatabase(name);
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(120'000));

    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QStringList expected = realMigrationVersions();
    expected.append(QStringLiteral("9000"));
    applied.sort();
    QCOMPARE(applied, expected);   // each version exactly once across all runs
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), expected.size());
    QVERIFY(Migrator(db, dir, AppRole).status().isCurrent());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
