#include "tests/support/TestDatabase.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Migrator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <stdexcept>

namespace erp::test {

using erp::server::DatabaseConfig;
using erp::server::DbError;

namespace {

std::runtime_error failure(const QString &message)
{
    return std::runtime_error(message.toStdString());
}

void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw DbError(q.lastError(), sql);
}

} // namespace

namespace {

bool databaseExists(const QSqlDatabase &admin, const QString &databaseName)
{
    QSqlQuery exists(admin);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    exists.addBindValue(databaseName);
    if (!exists.exec())
        throw DbError(exists.lastError(), QStringLiteral("pg_database"));
    return exists.next();
}

DatabaseConfig configFor(const QString &name)
{
    const QHash<QString, QString> env = TestDatabase::connectionEnv();
    DatabaseConfig config;
    config.host = env.value(QStringLiteral("PG_HOST"));
    config.port = env.value(QStringLiteral("PG_PORT")).toInt();
    config.name = TestDatabase::databaseName(name);
    config.user = env.value(QStringLiteral("PG_APP_USER"));
    config.password = env.value(QStringLiteral("PG_APP_PASSWORD"));
    config.ownerUser = env.value(QStringLiteral("PG_OWNER_USER"));
    config.ownerPassword = env.value(QStringLiteral("PG_OWNER_PASSWORD"));
    return config;
}

} // namespace

QHash<QString, QString> TestDatabase::connectionEnv()
{
    const QString path = QStringLiteral(ERP_TEST_PG_DIR "/connection.env");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw failure(QStringLiteral("%1 not found: run the test through ctest so that the postgres "
                                     "fixture (tests/support/pg_cluster.sh) starts the cluster")
                          .arg(path));
    QHash<QString, QString> env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

QSqlDatabase TestDatabase::superuserConnection(const QString &dbName, const QString &connectionName)
{
    const QHash<QString, QString> env = connectionEnv();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(env.value(QStringLiteral("PG_HOST")));
    db.setPort(env.value(QStringLiteral("PG_PORT")).toInt());
    db.setDatabaseName(dbName);
    db.setUserName(env.value(QStringLiteral("PG_SUPERUSER")));
    db.setPassword(env.value(QStringLiteral("PG_SUPERUSER_PASSWORD")));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw DbError(error, QStringLiteral("superuser connection to %1").arg(dbName));
    }
    return db;
}

std::optional<DatabaseConfig> TestDatabase::existing(const QString &name)
{
    const DatabaseConfig config = configFor(name);
    const QString adminName = QStringLiteral("erp-test-exists-") + name;
    bool found = false;
    {
        const QSqlDatabase admin = superuserConnection(QStringLiteral("postgres"), adminName);
        found = databaseExists(admin, config.name);
    }
    QSqlDatabase::removeDatabase(adminName);
    if (!found)
        return std::nullopt;
    return config;
}

DatabaseConfig TestDatabase::create(const QString &name, bool migrate)
{
    // The name ends up in DDL, which cannot take bound parameters: allow only
    // characters that need no quoting.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!valid.match(name).hasMatch())
        throw failure(QStringLiteral("invalid test database name '%1'").arg(name));

    DatabaseConfig config = configFor(name);

    const QString adminName = QStringLiteral("erp-test-admin-") + name;
    {
        QSqlDatabase admin = superuserConnection(QStringLiteral("postgres"), adminName);
        // FORCE: a previous crashed run of this test may still hold sessions.
        // Checked first rather than IF EXISTS, whose NOTICE clutters test logs.
        if (databaseExists(admin, config.name))
            run(admin, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(config.name));
        // CREATE DATABASE fails with 55006 while anyone is connected to the
        // template; parallel test executables make that possible, so retry.
        for (int attempt = 1;; ++attempt) {
            QSqlQuery q(admin);
            if (q.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(config.name, config.ownerUser)))
                break;
            const DbError error(q.lastError(), QStringLiteral("CREATE DATABASE"));
            if (error.sqlState() != QLatin1String("55006") || attempt >= 10)
                throw error;
            QThread::msleep(200);
        }
        // As in production: only the two roles may connect.
        run(admin, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(config.name));
        run(admin, QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(config.name, config.user));
        run(admin, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(config.name, config.ownerUser));
    }
    QSqlDatabase::removeDatabase(adminName);

    if (migrate) {
        const QString ownerName = QStringLiteral("erp-test-owner-") + name;
        {
            QSqlDatabase owner = erp::server::Database::openOwnerConnection(config, ownerName);
            erp::server::Migrator migrator(owner, QStringLiteral(ERP_MIGRATIONS_DIR), config.user);
            migrator.migrate();
        }
        QSqlDatabase::removeDatabase(ownerName);
    }
    return config;
}

} // namespace erp::test
