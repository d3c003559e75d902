#pragma once

#include "server/db/PgPipeline.h"
#include "server/db/SqlStatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace erp::server {

// RAII transaction: rolls back unless commit() succeeded. commit() checks what
// COMMIT really did (QPSQL reports a rolled-back commit as false) and throws
// DbError on failure.
//
// Begin::WithTenant defers BEGIN until the tenant is set, so BEGIN, the
// tenant and (with setTenantAndExecute) the first statement travel to the
// database in one round trip. Until then nothing has been sent; statements
// must not run on the connection before the tenant is set.
class Transaction
{
public:
    enum class Begin { Now, WithTenant };

    explicit Transaction(QSqlDatabase db, Begin begin = Begin::Now);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

    // Sets app.tenant_id and app.user_id for this transaction only
    // (set_config(..., true)); row-level security reads them.
    void setTenant(qint64 tenantId, qint64 userId = 0);

    // setTenant, then the statement `name` with integer arguments, all in
    // one round trip (with BEGIN too when it was deferred), as one pipeline
    // (PgPipeline). The statement is prepared (SQL PREPARE of sql,
    // placeholders $1, $2, ...) once per connection, and so is setting the
    // tenant. name: [a-z_]+. Returns the query on the statement's result.
    QSqlQuery setTenantAndExecute(qint64 tenantId, qint64 userId, const QString &name, const QString &sql,
                                  const QList<qint64> &arguments);

    // Runs fn in a fresh transaction, retrying on serialization failure or
    // deadlock (SQLSTATE 40001, 40P01) up to maxAttempts times with a short
    // randomized backoff. fn gets the transaction and must commit it itself
    // (or return, in which case it is rolled back).
    // Runs sql (placeholders ?, bound to values) as the LAST statement of this
    // transaction and commits, both in one round trip; readRows gets the
    // query on sql's result before the commit is checked. After it commit()
    // does nothing and no statement may follow. The statement is prepared
    // (SQL PREPARE) once per connection and then only named, as
    // Database::prepared() does. For reads that answer a request with one
    // query: it spares the separate COMMIT message. Throws DbError; on an
    // error in sql the transaction is rolled back as usual.
    void executeAndCommit(const QString &sql, const QVariantList &values,
                          const std::function<void(QSqlQuery &)> &readRows);
    // The same with further read statements between sql and the COMMIT, still
    // in one round trip: followUps are complete SQL texts (values already
    // inlined, e.g. by the driver's formatValue), for a read whose other
    // statements are known before the first one's answer (a list's first page
    // and its size). readFollowUp gets the index in followUps and the query on
    // that statement's result, after readRows.
    // settings: statements without results sent before sql in the same
    // message (e.g. "SET LOCAL plan_cache_mode = force_generic_plan"); they
    // last until the COMMIT.
    void executeAndCommit(const QString &sql, const QVariantList &values,
                          const std::function<void(QSqlQuery &)> &readRows, const QStringList &followUps,
                          const std::function<void(int, QSqlQuery &)> &readFollowUp,
                          const QStringList &settings = {});
    bool isCommitted() const { return m_committed; }

    // One statement of executeAll: sql with ? placeholders bound to values.
    using Statement = SqlStatement;
    enum class Then { Continue, Commit };
    // Runs the statements in ONE message to the database (one round trip),
    // in order, each a statement prepared once per connection and bound to
    // its values (a PgPipeline, as executeAndCommit sends). Each statement takes its own snapshot, so
    // it sees what the ones before it wrote and, after a row lock taken by
    // an earlier one, what the lock's previous holder committed. readRows(i,
    // query) gets each statement's result in order (it may skip reading).
    // With Then::Commit, COMMIT travels in the same message and commit()
    // does nothing afterwards. The first statement that fails ends the
    // message (PostgreSQL skips the rest): DbError, and the transaction is
    // rolled back as usual.
    void executeAll(const QList<Statement> &statements, Then then,
                    const std::function<void(int, QSqlQuery &)> &readRows = {});
    // executeAll(statements, Then::Continue, readRows) for code that works in
    // its caller's transaction on this thread's connection (as Database::exec
    // does) without holding the Transaction.
    static void executeInOne(const QList<Statement> &statements,
                             const std::function<void(int, QSqlQuery &)> &readRows = {});
    // A check of the caller that travels with the request's first statement
    // instead of in a round trip of its own (a read then takes one round trip
    // in all): the statement `name` (SQL PREPARE of sql, integer arguments)
    // runs right after the tenant is set, and verify gets the query on its
    // result before any other result is read; verify throws to refuse the
    // request. Only with Begin::WithTenant before anything was sent. Whatever
    // touches the database first sends it: executeAndCommit in the same
    // message, anything else (setTenant, commit, rollback, and
    // Database::connection() on this thread, which every query goes through)
    // alone beforehand.
    void deferCheck(qint64 tenantId, qint64 userId, const QString &name, const QString &sql,
                    const QList<qint64> &arguments, std::function<void(QSqlQuery &)> verify);
    bool hasDeferredCheck() const { return m_deferred != nullptr; }
    // Sends a deferred check now, alone (with BEGIN and the tenant), and verifies it.
    void sendDeferredCheck();
    // sendDeferredCheck() of the transaction on this thread that has one, if any.
    static void sendDeferredCheckOfThisThread();
    // The driver of this transaction's connection (formatting values as literals).
    const QSqlDriver *driver() const { return m_db.driver(); }

    static void runWithRetry(QSqlDatabase db, const std::function<void(Transaction &)> &fn,
                             int maxAttempts = 5);
    static void runWithRetry(QSqlDatabase db, Begin begin, const std::function<void(Transaction &)> &fn,
                             int maxAttempts = 5);

private:
    struct DeferredCheck;
    struct Prepare
    {
        QString name;
        QString sql;
    };
    std::vector<QSqlQuery> sendWithTenant(qint64 tenantId, qint64 userId, const QList<Prepare> &prepare,
                                          const QList<PgPipeline::Statement> &then, int checked);

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_beginPending = false; // Begin::WithTenant and the tenant not set yet
    bool m_committed = false;    // by executeAndCommit
    std::unique_ptr<DeferredCheck> m_deferred;
};

} // namespace erp::server
