#include "server/db/Transaction.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/DbLog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
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

// The tenant as an EXECUTE with the ids as literals, for the simple query
// protocol (which takes several statements in one message). Integers only,
// so nothing needs quoting. Non-positive ids become '' which
// app_current_tenant() maps to NULL: such a transaction sees no tenant rows.
QString tenantStatement(qint64 tenantId, qint64 userId)
{
    const QString tenant = tenantId > 0 ? QString::number(tenantId) : QString();
    const QString user = userId > 0 ? QString::number(userId) : QString();
    return QStringLiteral("EXECUTE %1('%2', '%3')").arg(TenantStatementName, tenant, user);
}

QString executeStatement(const QString &name, const QList<qint64> &arguments)
{
    QStringList literals;
    for (const qint64 a : arguments)
        literals << QString::number(a);
    return QStringLiteral("EXECUTE %1(%2)").arg(name, literals.join(QLatin1Char(',')));
}

} // namespace

void Transaction::setTenant(qint64 tenantId, qint64 userId)
{
    sendDeferredCheck();
    if (m_beginPending) {
        sendWithTenant(tenantStatement(tenantId, userId), {}, QString(), 0);
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
    return sendWithTenant(tenantStatement(tenantId, userId), {{name, sql}}, executeStatement(name, arguments));
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

// Sends [BEGIN;] tenantSql[; followUp] as one simple query and returns the
// query on the result of followUp's statement number stopAfter (1-based; -1:
// the last of its followUpStatements statements). followUp may EXECUTE the
// statements of prepare, which are prepared first when this connection does
// not have them.
QSqlQuery Transaction::sendWithTenant(const QString &tenantSql, const QList<Prepare> &prepare,
                                      const QString &followUp, int followUpStatements, int stopAfter)
{
    QString text = tenantSql;
    if (!followUp.isEmpty())
        text += QStringLiteral("; ") + followUp;
    if (followUp.isEmpty())
        followUpStatements = 0;
    const int statements = 1 + (stopAfter < 0 ? followUpStatements : stopAfter);

    // Each recovery at most once; only while BEGIN travels with the statements
    // (before it nothing has happened, so trying again is safe).
    bool reconnected = false;
    bool reprepared = false;
    for (;;) {
        const bool withBegin = m_beginPending;
        try {
            prepareNamed(m_db, TenantStatementName, TenantStatementSql);
            for (const Prepare &p : prepare)
                if (!p.name.isEmpty())
                    prepareNamed(m_db, p.name, p.sql);
            // Not forward-only: QPSQL then collects every statement's result at once.
            QSqlQuery q(m_db);
            q.setNumericalPrecisionPolicy(QSql::HighPrecision);
            bool ok = q.exec(withBegin ? QStringLiteral("BEGIN; ") + text : text);
            for (int i = 1; ok && i < statements + (withBegin ? 1 : 0); ++i)
                ok = q.nextResult();
            if (withBegin) {
                // From here on there may be a transaction to roll back.
                m_beginPending = false;
                m_active = true;
            }
            if (!ok)
                throw DbError(q.lastError(),
                              withBegin ? QStringLiteral("BEGIN with tenant") : QStringLiteral("set tenant"));
            return q;
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

// "EXECUTE name(literals)": the values formatted by the driver exactly as
// QPSQL sends those of its own prepared statements (it runs EXECUTE with
// literals).
QString executeCall(const QSqlDatabase &db, const QString &name, const QVariantList &values)
{
    QString text = QStringLiteral("EXECUTE ") + name;
    if (values.isEmpty())
        return text;
    QStringList literals;
    for (const QVariant &v : values) {
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        literals << db.driver()->formatValue(field);
    }
    return text + QLatin1Char('(') + literals.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

void Transaction::executeAndCommit(const QString &sql, const QVariantList &values,
                                   const std::function<void(QSqlQuery &)> &readRows)
{
    executeAndCommit(sql, values, readRows, {}, {});
}

void Transaction::executeAndCommit(const QString &sql, const QVariantList &values,
                                   const std::function<void(QSqlQuery &)> &readRows, const QStringList &followUps,
                                   const std::function<void(int, QSqlQuery &)> &readFollowUp)
{
    if (!m_active && !m_deferred)
        throw std::logic_error("Transaction::executeAndCommit: no active transaction");
    const NamedStatements::Named named = namedFor(namedStatements(m_db), sql);
    const QString &name = named.name;
    // PREPARE inside a transaction is not undone by its rollback; it only
    // fails for a broken statement, which fails the request anyway. With a
    // deferred check, sendWithTenant prepares it (and may reconnect first).
    if (!m_deferred)
        prepareNamed(m_db, name, named.numbered);
    QString text = executeCall(m_db, name, values);
    for (const QString &followUp : followUps)
        text += QStringLiteral("; ") + followUp;
    text += QStringLiteral("; COMMIT");
    // Not forward-only: QPSQL collects every statement's result at once.
    QSqlQuery q(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (m_deferred) {
        // BEGIN, the tenant, the deferred check, this statement, the
        // follow-ups and COMMIT in one message; the check's answer is
        // verified before this statement's rows are looked at. Should verify
        // refuse, the rows are dropped unread (and the destructor's ROLLBACK
        // finds the transaction committed or failed, either way harmless).
        const std::unique_ptr<DeferredCheck> check = std::move(m_deferred);
        if (t_deferring == this)
            t_deferring = nullptr;
        q = sendWithTenant(tenantStatement(check->tenantId, check->userId),
                           {{check->name, check->sql}, {name, named.numbered}},
                           executeStatement(check->name, check->arguments) + QStringLiteral("; ") + text,
                           2 + int(followUps.size()) + 1, 1);
        check->verify(q);
        if (!q.nextResult())
            throw DbError(q.lastError(), QStringLiteral("execute ") + name);   // not committed: rolled back
    } else if (!q.exec(text)) {
        throw DbError(q.lastError(), QStringLiteral("execute ") + name);   // not committed: rolled back
    }
    readRows(q);
    for (int i = 0; i < followUps.size(); ++i) {
        // A failing follow-up aborts the transaction and PostgreSQL skips
        // the rest of the message, COMMIT included: still active, so the
        // destructor rolls back.
        if (!q.nextResult())
            throw DbError(q.lastError(), QStringLiteral("execute ") + name + QStringLiteral(" follow-up"));
        readFollowUp(i, q);
    }
    // Whatever COMMIT did, this transaction is over.
    m_active = false;
    m_committed = true;
    if (!q.nextResult()) {
        QSqlError error = q.lastError();
        if (error.nativeErrorCode().isEmpty() && error.type() != QSqlError::ConnectionError
            && !DbError(error).isConnectionLost()) {
            error = QSqlError(error.driverText(), QStringLiteral("COMMIT did not complete"),
                              QSqlError::TransactionError, QStringLiteral("25P02"));
        }
        throw DbError(error, QStringLiteral("COMMIT"));
    }
    q.finish();
}

namespace {

// "EXECUTE name(literals)" for sql (placeholders ?), preparing it (SQL
// PREPARE, named after its text) on first use on this connection.
QString executeText(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const NamedStatements::Named named = namedFor(namedStatements(db), sql);
    prepareNamed(db, named.name, named.numbered);
    return executeCall(db, named.name, values);
}

// Sends the statements (and `then`, a last statement whose result is not
// read here, when not empty) as one message and reads the statements'
// results in order.
void sendAll(QSqlQuery &q, QSqlDatabase &db, const QList<SqlStatement> &statements, const QString &then,
             const std::function<void(int, QSqlQuery &)> &readRows)
{
    // A statement on its generic plan goes between two settings of
    // plan_cache_mode, whose (empty) results are skipped.
    static const QString GenericPlan = QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan");
    static const QString UsualPlan = QStringLiteral("RESET plan_cache_mode");
    QStringList texts;
    for (const SqlStatement &s : statements) {
        if (s.genericPlan)
            texts << GenericPlan;
        texts << executeText(db, s.sql, s.values);
        if (s.genericPlan)
            texts << UsualPlan;
    }
    if (!then.isEmpty())
        texts << then;
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    bool sent = false;
    const auto nextResult = [&] {
        if (sent)
            return q.nextResult();
        sent = true;
        return q.exec(texts.join(QStringLiteral("; ")));
    };
    for (int i = 0; i < statements.size(); ++i) {
        const SqlStatement &s = statements.at(i);
        // A failure ends the message: the transaction has failed, and is
        // rolled back by the destructor or rollback().
        const auto failed = [&] { return DbError(q.lastError(), QStringLiteral("execute ") + s.sql.left(60)); };
        if (s.genericPlan && !nextResult())   // SET LOCAL plan_cache_mode
            throw failed();
        if (!nextResult())
            throw failed();
        if (readRows)
            readRows(i, q);
        if (s.genericPlan && !nextResult())   // RESET plan_cache_mode
            throw failed();
    }
}

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
    // Not forward-only: QPSQL collects every statement's result at once.
    QSqlQuery q(m_db);
    const QString commit = then == Then::Commit ? QStringLiteral("COMMIT") : QString();
    sendAll(q, m_db, statements, commit, readRows);
    if (then == Then::Continue) {
        q.finish();
        return;
    }
    // Whatever COMMIT did, this transaction is over.
    m_active = false;
    m_committed = true;
    const bool ok = statements.isEmpty() ? q.exec(commit) : q.nextResult();
    if (!ok)
        throw commitError(q);
    q.finish();
}

void Transaction::executeInOne(const QList<Statement> &statements,
                               const std::function<void(int, QSqlQuery &)> &readRows)
{
    if (statements.isEmpty())
        return;
    // connection() sends this thread's deferred check first, if any.
    QSqlDatabase db = Database::connection();
    QSqlQuery q(db);
    sendAll(q, db, statements, QString(), readRows);
    q.finish();
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
