#pragma once

#include "server/db/DatabaseConfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace erp::test {

// Fresh databases on the test run's PostgreSQL cluster (tests/support/pg_cluster.sh,
// the CTest fixture `postgres`). Test executables run in parallel, so each
// uses its own database, named after the test.
class TestDatabase
{
public:
    // Drops and recreates erp_test_<name> (owned by erp_owner, CONNECT granted
    // to erp_app) and, when migrate is true, applies migrations/ as the owner.
    // name: [a-z0-9_]+. Throws std::runtime_error (or DbError) on failure.
    static erp::server::DatabaseConfig create(const QString &name, bool migrate = true);
    // erp_test_<name> as it is, when it exists (a benchmark's data set kept
    // from an earlier run); nullopt otherwise.
    static std::optional<erp::server::DatabaseConfig> existing(const QString &name);

    // A superuser connection to dbName for catalog checks and for things the
    // roles under test must not be able to do. Remove it with
    // QSqlDatabase::removeDatabase(connectionName) when done.
    static QSqlDatabase superuserConnection(const QString &dbName, const QString &connectionName);

    // KEY=VALUE pairs from connection.env (PG_HOST, PG_PORT, PG_SUPERUSER, ...).
    static QHash<QString, QString> connectionEnv();

    static QString databaseName(const QString &name) { return QLatin1String("erp_test_") + name; }
};

} // namespace erp::test

// Tests refer to it unqualified.
using erp::test::TestDatabase;
