#include "server/db/Transaction.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/DbLog.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <stdexcept>

namespace erp::server {

namespace {

bool begin(QSqlDatabase &db)
{
    return db.isOpen() && db.transaction();
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
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
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback())
        qCWarning(lcDb) << "rollback failed:" << m_db.lastError().text();
}

void Transaction::commit()
{
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

void Transaction::setTenant(qint64 tenantId, qint64 userId)
{
    if (!m_active)
        throw std::logic_error("Transaction::setTenant: no active transaction");
    // Non-positive ids become '' which app_current_tenant() maps to NULL:
    // such a transaction sees no tenant rows at all.
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

void Transaction::runWithRetry(QSqlDatabase db, const std::function<void(Transaction &)> &fn,
                               int maxAttempts)
{
    maxAttempts = qMax(1, maxAttempts);
    for (int attempt = 1;; ++attempt) {
        try {
            Transaction tx(db);
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
