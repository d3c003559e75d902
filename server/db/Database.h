#pragma once

#include "server/db/DatabaseConfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace erp::server {

// Per-thread database connections for the application role. A QtSql connection
// may only be used by the thread that opened it, so each worker thread gets
// its own, opened lazily, with statement_timeout, lock_timeout and
// QSql::HighPrecision numerics. Prepared queries are cached per thread, keyed by
// SQL text, so a statement is prepared once per connection.
class Database
{
public:
    static void configure(const DatabaseConfig &config);
    static DatabaseConfig config();

    // This thread's application-role connection; reopened when it was lost
    // (the prepared-query cache is dropped with it). Throws DbError when the
    // database cannot be reached.
    static QSqlDatabase connection();

    // A cached, forward-only prepared query on this thread's connection. Bind
    // values, then call exec(). Do not keep the reference across another
    // prepared() call with the same SQL.
    static QSqlQuery &prepared(const QString &sql);

    // Convenience: prepare (cached), bind positional values, exec; throws DbError.
    // QPSQL prepares with a server-side PREPARE, so this takes SELECT, INSERT,
    // UPDATE, DELETE and VALUES; utility statements (SET, DDL, DO) go through
    // QSqlQuery::exec(QString) instead.
    static QSqlQuery &exec(const QString &sql, const QVariantList &values = {});

    // Opens a fresh connection as the owner role (for migrations and
    // administrative commands) under the given connection name. Throws DbError.
    static QSqlDatabase openOwnerConnection(const QString &connectionName);
    // The same for an explicit configuration (tests, the embedded cluster).
    static QSqlDatabase openOwnerConnection(const DatabaseConfig &config, const QString &connectionName);

    // True when db is this thread's application-role connection.
    static bool isThreadConnection(const QSqlDatabase &db);

    // Closes and forgets this thread's connection (worker thread shutdown).
    static void closeThreadConnection();
};

} // namespace erp::server
