#pragma once

#include <QSqlDatabase>

#include <functional>

namespace erp::server {

// RAII transaction: rolls back unless commit() succeeded. commit() checks what
// COMMIT really did (QPSQL reports a rolled-back commit as false) and throws
// DbError on failure.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

    // Sets app.tenant_id and app.user_id for this transaction only
    // (set_config(..., true)); row-level security reads them.
    void setTenant(qint64 tenantId, qint64 userId = 0);

    // Runs fn in a fresh transaction, retrying on serialization failure or
    // deadlock (SQLSTATE 40001, 40P01) up to maxAttempts times with a short
    // randomized backoff. fn gets the transaction and must commit it itself
    // (or return, in which case it is rolled back).
    static void runWithRetry(QSqlDatabase db, const std::function<void(Transaction &)> &fn,
                             int maxAttempts = 5);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace erp::server
