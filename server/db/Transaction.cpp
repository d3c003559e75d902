#include "server/db/Transaction.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/DbLog.h"
#include "server/db/PgPipeline.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <stdexcept>

namespace erp::server {

namespace {

bool begin(QSqlDatabase &db)
{
    return db.isOpen() && db.transaction();
}

// The transaction on this thread that holds a deferred check, if any.
thread_local Transaction *t_deferring = nullptr;

} // namespace

struct Transaction::DeferredCheck
{
    qint64 tenantId = 0;
    qint64 userId = 0;
    QString name;
    QString sql;
    QList<qint64> arguments;
    std::function<void(QSqlQuery &)> verify;
};

Transaction::Transaction(QSqlDatabase db, Begin beginMode)
    : m_db(std::move(db))
{
    if (beginMode == Begin::WithTenant) {
        m_beginPending = true;
        return;
    }
    if (begin(m_db)) {
        m_active = true;
        return;
    }
    DbError error(m_db.lastError(), QStringLiteral("BEGIN"));
    // A thread connection whose server session died (database restart, idle
    // kill) is only noticed on first use. BEGIN has no effects, so reopening
    // and beginning again is safe and spares the request a spurious failure.
    if (error.isConnectionLost() && Database::isThreadConnection(m_db)) {
        m_db = Database::connection();
        if (begin(m_db)) {
            m_active = true;
            return;
        }
        throw DbError(m_db.lastError(), QStringLiteral("BEGIN"));
    }
    throw error;
}

Transaction::~Transaction()
{
    // A check that was never sent has nothing to undo.
    if (t_deferring == this)
        t_deferring = nullptr;
    m_beginPending = false;
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback())
        qCWarning(lcDb) << "rollback failed:" << m_db.lastError().text();
}

void Transaction::commit()
{
    if (m_committed)
        return;   // executeAndCommit did
    sendDeferredCheck();   // nothing else touched the database: the caller is still checked
    if (m_beginPending) {
        // Nothing was sent: there is nothing to commit.
        m_beginPending = false;
        return;
    }
    if (!m_active)
        throw std::logic_error("Transaction::commit: no active transaction");
    // Whatever COMMIT does, this transaction is over.
    m_active = false;
    if (m_db.commit())
        return;
    QSqlError error = m_db.lastError();
    // QPSQL returns false both for a failing COMMIT (deferred constraint,
    // serialization failure at commit: SQLSTATE set) and for a COMMIT the
    // server turned into ROLLBACK because an earlier statement failed (no
    // SQLSTATE). Give the latter its proper code so callers can tell.
    if (error.nativeErrorCode().isEmpty() && error.type() != QSqlError::ConnectionError
        && !DbError(error).isConnectionLost()) {
        error = QSqlError(error.driverText(),
                          QStringLiteral("COMMIT rolled back: the transaction had already failed"),
                          QSqlError::TransactionError, QStringLiteral("25P02"));
    }
    throw DbError(error, QStringLiteral("COMMIT"));
}

void Transaction::rollback()
{
    sendDeferredCheck();
    m_beginPending = false;
    if (!m_active)
        return;
    m_active = false;
    if (m_db.rollback())
        return;
    DbError error(m_db.lastError(), QStringLiteral("ROLLBACK"));
    // With the session gone the server has already discarded the transaction.
    if (!error.isConnectionLost())
        throw error;
}

namespace {

// Setting the tenant, prepared once per connection (SQL PREPARE) so that
// each request's message only names it instead of having PostgreSQL parse and
// plan the statement again.
const QString TenantStatementName = QStringLiteral("erp_set_tenant");
const QString TenantStatementSql = QStringLiteral(
    "SELECT set_config('app.tenant_id', $1::text, true), set_config('app.user_id', $2::text, true)");

// The tenant's two values for the prepared statement. Non-positive ids become
// '', which app_current_tenant() maps to NULL: such a transaction sees no
// tenant rows.
QVariantList tenantValues(qint64 tenantId, qint64 userId)
{
    return {tenantId > 0 ? QString::number(tenantId) : QString(QLatin1String("")),
            userId > 0 ? QString::number(userId) : QString(QLatin1String(""))};
}

// The statement `name` with integer arguments, for a pipeline.
PgPipeline::Statement withIntegers(const QString &name, const QList<qint64> &arguments)
{
    QVariantList values;
    values.reserve(arguments.size());
    for (const qint64 a : arguments)
        values << a;
    return PgPipeline::prepared(name, values);
}

} // namespace

void Transaction::setTenant(qint64 tenantId, qint64 userId)
{
    sendDeferredCheck();
    if (m_beginPending) {
        sendWithTenant(tenantId, userId, {}, {}, 0);
        return;
    }
    if (!m_active)
        throw std::logic_error("Transaction::setTenant: no active transaction");
    const QString tenant = tenantId > 0 ? QString::number(tenantId) : QString(QLatin1String(""));
    const QString user = userId > 0 ? QString::number(userId) : QString(QLatin1String(""));
    static const QString sql = QStringLiteral(
        "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)");
    if (Database::isThreadConnection(m_db)) {
        Database::exec(sql, {tenant, user});
        return;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(tenant);
    query.addBindValue(user);
    if (!query.exec())
        throw DbError(query.lastError(), QStringLiteral("set tenant"));
}

namespace {

// Names of the statements prepared with SQL PREPARE on this thread's
// connection, with the libpq handle they were prepared on: a reopened
// connection has a new handle and needs them again. (Should a new handle
// reuse an old address, the server answers 26000 and the statement is
// prepared again; see sendWithTenant.)
struct NamedStatements
{
    QString connectionName;
    QVariant handle;
    QSet<QString> names;
    // The statements of executeAndCommit and executeAll by SQL text: the
    // name and the text PREPAREd ($n placeholders), made once.
    struct Named
    {
        QString name;
        QString numbered;
    };
    QHash<QString, Named> bySql;
};

NamedStatements &namedStatements(const QSqlDatabase &db)
{
    thread_local NamedStatements state;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const void *now = handle.isValid() ? *static_cast<void *const *>(handle.constData()) : nullptr;
    const void *before = state.handle.isValid() ? *static_cast<void *const *>(state.handle.constData()) : nullptr;
    if (state.connectionName != db.connectionName() || now != before) {
        state.connectionName = db.connectionName();
        state.handle = handle;
        state.names.clear();
        state.bySql.clear();
    }
    return state;
}

void prepareNamed(QSqlDatabase &db, const QString &name, const QString &sql)
{
    NamedStatements &prepared = namedStatements(db);
    if (prepared.names.contains(name))
        return;
    // PREPARE is not transactional: the statement outlives a rollback of the
    // transaction it was prepared in, and lives as long as the connection.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, sql))) {
        const DbError error(q.lastError(), QStringLiteral("prepare ") + name);
        // 42P05: the session has it already (this thread's record was reset
        // by using another connection in between). Statement names are fixed
        // per SQL text, so it is the same statement.
        if (error.sqlState() != QLatin1String("42P05"))
            throw error;
    }
    prepared.names.insert(name);
}

// After the server answered "prepared statement does not exist" (26000): learn
// again which statements this connection really has. Outside a transaction.
void resyncNamed(QSqlDatabase &db)
{
    NamedStatements &prepared = namedStatements(db);
    prepared.names.clear();
    prepared.bySql.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM pg_prepared_statements")))
        throw DbError(q.lastError(), QStringLiteral("list prepared statements"));
    while (q.next())
        prepared.names.insert(q.value(0).toString());
}

} // namespace

QSqlQuery Transaction::setTenantAndExecute(qint64 tenantId, qint64 userId, const QString &name, const QString &sql,
                                           const QList<qint64> &arguments)
{
    sendDeferredCheck();
    if (!m_active && !m_beginPending)
        throw std::logic_error("Transaction::setTenantAndExecute: no active transaction");
    std::vector<QSqlQuery> results
        = sendWithTenant(tenantId, userId, {{name, sql}}, {withIntegers(name, arguments)}, 1);
    return std::move(results.front());
}

void Transaction::deferCheck(qint64 tenantId, qint64 userId, const QString &name, const QString &sql,
                             const QList<qint64> &arguments, std::function<void(QSqlQuery &)> verify)
{
    if (!m_beginPending || m_deferred || t_deferring)
        throw std::logic_error("Transaction::deferCheck: only first, with Begin::WithTenant");
    m_deferred.reset(new DeferredCheck{tenantId, userId, name, sql, arguments, std::move(verify)});
    t_deferring = this;
}

void Transaction::sendDeferredCheck()
{
    if (!m_deferred)
        return;
    const std::unique_ptr<DeferredCheck> check = std::move(m_deferred);
    if (t_deferring == this)
        t_deferring = nullptr;
    QSqlQuery q = setTenantAndExecute(check->tenantId, check->userId, check->name, check->sql, check->arguments);
    check->verify(q);
}

void Transaction::sendDeferredCheckOfThisThread()
{
    if (t_deferring)
        t_deferring->sendDeferredCheck();
}

// Sends [BEGIN,] the tenant and the statements `then` in one message, after
// preparing those of `prepare` this connection does not have, and returns
// the results of `then`. A failure of BEGIN, the tenant or the first
// `checked` statements of `then` throws; while BEGIN travels with them (so
// that nothing has happened yet), a lost connection or a statement the
// connection does not know is recovered from once each, by sending again.
std::vector<QSqlQuery> Transaction::sendWithTenant(qint64 tenantId, qint64 userId, const QList<Prepare> &prepare,
                                                   const QList<PgPipeline::Statement> &then, int checked)
{
    bool reconnected = false;
    bool reprepared = false;
    for (;;) {
        const bool withBegin = m_beginPending;
        try {
            prepareNamed(m_db, TenantStatementName, TenantStatementSql);
            for (const Prepare &p : prepare)
                prepareNamed(m_db, p.name, p.sql);
            QList<PgPipeline::Statement> statements;
            if (withBegin)
                statements << PgPipeline::text(QStringLiteral("BEGIN"));
            statements << PgPipeline::prepared(TenantStatementName, tenantValues(tenantId, userId)) << then;
            std::vector<QSqlQuery> results = PgPipeline::run(m_db, statements);
            if (withBegin) {
                // From here on there may be a transaction to roll back.
                m_beginPending = false;
                m_active = true;
            }
            const int before = withBegin ? 2 : 1;
            for (int i = 0; i < before + checked; ++i)
                if (!results[size_t(i)].isActive())
                    throw DbError(results[size_t(i)].lastError(),
                                  withBegin ? QStringLiteral("BEGIN with tenant") : QStringLiteral("set tenant"));
            results.erase(results.begin(), results.begin() + before);
            return results;
        } catch (const DbError &error) {
            if (!withBegin)
                throw;
            if (!reconnected && error.isConnectionLost() && Database::isThreadConnection(m_db)) {
                reconnected = true;
                // As in the constructor: a thread connection whose server
                // session died is only noticed on first use. Nothing has
                // happened yet, so a fresh connection and a second try are safe.
                m_active = false;
                m_db = Database::connection();
            } else if (!reprepared && error.sqlState() == QLatin1String("26000")) {
                // The connection does not know a statement after all (a
                // reopened connection that got the old handle's address).
                reprepared = true;
                rollback();
                resyncNamed(m_db);
            } else {
                throw;
            }
            m_beginPending = true;
        }
    }
}

namespace {

// sql with its ? placeholders (outside quotes) numbered $1, $2, ...
QString numberedPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool quoted = false;
    for (const QChar ch : sql) {
        if (ch == u'\'')
            quoted = !quoted;
        if (ch == u'?' && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += ch;
    }
    return out;
}

// The name and the PREPAREd text of sql on this connection, made on first use.
NamedStatements::Named namedFor(NamedStatements &prepared, const QString &sql)
{
    auto it = prepared.bySql.constFind(sql);
    if (it == prepared.bySql.constEnd()) {
        // Named after the text, so that a name always means one statement.
        const QString name = QStringLiteral("erp_last_")
            + QString::fromLatin1(QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
        it = prepared.bySql.insert(sql, {name, numberedPlaceholders(sql)});
    }
    return it.value();
}

} // namespace

namespace {

// The error of a COMMIT that did not complete, with a SQLSTATE callers can tell.
DbError commitError(const QSqlQuery &q)
{
    QSqlError error = q.lastError();
    if (error.nativeErrorCode().isEmpty() && error.type() != QSqlError::ConnectionError
        && !DbError(error).isConnectionLost()) {
        error = QSqlError(error.driverText(), QStringLiteral("COMMIT did not complete"), QSqlError::TransactionError,
                          QStringLiteral("25P02"));
    }
    return DbError(error, QStringLiteral("COMMIT"));
}

} // namespace

void Transaction::executeAndCommit(const QString &sql, const QVariantList &values,
                                   const std::function<void(QSqlQuery &)> &readRows)
{
    executeAndCommit(sql, values, readRows, {}, {});
}

void Transaction::executeAndCommit(const QString &sql, const QVariantList &values,
                                   const std::function<void(QSqlQuery &)> &readRows, const QStringList &followUps,
                                   const std::function<void(int, QSqlQuery &)> &readFollowUp,
                                   const QStringList &settings)
{
    if (!m_active && !m_deferred)
        throw std::logic_error("Transaction::executeAndCommit: no active transaction");
    const NamedStatements::Named named = namedFor(namedStatements(m_db), sql);
    QList<PgPipeline::Statement> statements;
    for (const QString &setting : settings)
        statements << PgPipeline::text(setting);
    statements << PgPipeline::prepared(named.name, values);
    for (const QString &followUp : followUps)
        statements << PgPipeline::text(followUp);
    statements << PgPipeline::text(QStringLiteral("COMMIT"));
    std::vector<QSqlQuery> results;
    if (m_deferred) {
        // BEGIN, the tenant, the deferred check, this statement, the
        // follow-ups and COMMIT in one message; the check's answer is
        // verified before this statement's rows are looked at. Should verify
        // refuse, the rows are dropped unread.
        const std::unique_ptr<DeferredCheck> check = std::move(m_deferred);
        if (t_deferring == this)
            t_deferring = nullptr;
        statements.prepend(withIntegers(check->name, check->arguments));
        results = sendWithTenant(check->tenantId, check->userId,
                                 {{check->name, check->sql}, {named.name, named.numbered}}, statements, 1);
        // A COMMIT that ran ended the transaction: should verify refuse the
        // caller, nothing is left to roll back. (A statement that failed
        // skipped the COMMIT; the destructor rolls back.)
        if (results.back().isActive()) {
            m_active = false;
            m_committed = true;
        }
        check->verify(results.front());
        results.erase(results.begin());
    } else {
        // PREPARE inside a transaction is not undone by its rollback; it
        // only fails for a broken statement, which fails the request anyway.
        prepareNamed(m_db, named.name, named.numbered);
        results = PgPipeline::run(m_db, statements);
    }
    for (const QString &setting : settings) {
        if (!results.front().isActive())
            throw DbError(results.front().lastError(), setting);
        results.erase(results.begin());
    }
    QSqlQuery &q = results.front();
    if (!q.isActive())
        throw DbError(q.lastError(), QStringLiteral("execute ") + named.name);   // not committed: rolled back
    readRows(q);
    for (int i = 0; i < followUps.size(); ++i) {
        // A failing follow-up aborts the transaction and PostgreSQL skips
        // the rest of the message, COMMIT included: still active, so the
        // destructor rolls back.
        QSqlQuery &f = results[size_t(1 + i)];
        if (!f.isActive())
            throw DbError(f.lastError(), QStringLiteral("execute ") + named.name + QStringLiteral(" follow-up"));
        readFollowUp(i, f);
    }
    // Whatever COMMIT did, this transaction is over.
    m_active = false;
    m_committed = true;
    if (!results.back().isActive())
        throw commitError(results.back());
}

namespace {

// Sends the statements (and `then`, a last statement whose result is not
// read here, when not empty) as one message and reads the statements'
// results in order. Returns all results, `then`'s last.
std::vector<QSqlQuery> sendAll(QSqlDatabase &db, const QList<SqlStatement> &statements, const QString &then,
                               const std::function<void(int, QSqlQuery &)> &readRows)
{
    // A statement on its generic plan goes between two settings of
    // plan_cache_mode, whose (empty) results are skipped.
    static const QString GenericPlan = QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan");
    static const QString UsualPlan = QStringLiteral("RESET plan_cache_mode");
    QList<PgPipeline::Statement> pipeline;
    QList<int> resultOf;   // the statement's result's index in the pipeline
    for (const SqlStatement &s : statements) {
        if (s.genericPlan)
            pipeline << PgPipeline::text(GenericPlan);
        const NamedStatements::Named named = namedFor(namedStatements(db), s.sql);
        prepareNamed(db, named.name, named.numbered);
        resultOf << int(pipeline.size());
        pipeline << PgPipeline::prepared(named.name, s.values);
        if (s.genericPlan)
            pipeline << PgPipeline::text(UsualPlan);
    }
    if (!then.isEmpty())
        pipeline << PgPipeline::text(then);
    std::vector<QSqlQuery> results = PgPipeline::run(db, pipeline);
    for (int i = 0; i < statements.size(); ++i) {
        // A failure ends the message: the transaction has failed, and is
        // rolled back by the destructor or rollback(). The settings around
        // a statement fail before it or are skipped after it.
        const int at = resultOf.at(i);
        for (int before = i == 0 ? 0 : resultOf.at(i - 1) + 1; before <= at; ++before) {
            QSqlQuery &q = results[size_t(before)];
            if (!q.isActive())
                throw DbError(q.lastError(), QStringLiteral("execute ") + statements.at(i).sql.left(60));
        }
        if (readRows)
            readRows(i, results[size_t(at)]);
    }
    return results;
}

} // namespace

void Transaction::executeAll(const QList<Statement> &statements, Then then,
                             const std::function<void(int, QSqlQuery &)> &readRows)
{
    // A deferred check goes first, alone (as for any statement but
    // executeAndCommit's).
    sendDeferredCheck();
    if (!m_active)
        throw std::logic_error("Transaction::executeAll: no active transaction");
    if (statements.isEmpty() && then == Then::Continue)
        return;
    const QString commit = then == Then::Commit ? QStringLiteral("COMMIT") : QString();
    const std::vector<QSqlQuery> results = sendAll(m_db, statements, commit, readRows);
    if (then == Then::Continue)
        return;
    // Whatever COMMIT did, this transaction is over.
    m_active = false;
    m_committed = true;
    if (!results.back().isActive())
        throw commitError(results.back());
}

void Transaction::executeInOne(const QList<Statement> &statements,
                               const std::function<void(int, QSqlQuery &)> &readRows)
{
    if (statements.isEmpty())
        return;
    // connection() sends this thread's deferred check first, if any.
    QSqlDatabase db = Database::connection();
    sendAll(db, statements, QString(), readRows);
}

void Transaction::runWithRetry(QSqlDatabase db, const std::function<void(Transaction &)> &fn,
                               int maxAttempts)
{
    runWithRetry(std::move(db), Begin::Now, fn, maxAttempts);
}

void Transaction::runWithRetry(QSqlDatabase db, Begin begin, const std::function<void(Transaction &)> &fn,
                               int maxAttempts)
{
    maxAttempts = qMax(1, maxAttempts);
    for (int attempt = 1;; ++attempt) {
        try {
            Transaction tx(db, begin);
            fn(tx);
            return;   // not committed: the destructor rolls back
        } catch (const DbError &e) {
            if (!e.isRetryable() || attempt >= maxAttempts)
                throw;
            // Jittered exponential backoff (5, 10, 20 ... up to 200 ms) so
            // the transactions that collided do not collide again in lockstep.
            const int ceiling = qMin(200, 5 << (attempt - 1));
            const int delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
            qCDebug(lcDb) << "retrying after" << e.sqlState() << "attempt" << attempt << "delay" << delay << "ms";
            QThread::msleep(ulong(delay));
        }
    }
}

} // namespace erp::server
