#pragma once

// Helpers shared by the auth tests that need a database: tenants, users and
// roles are written directly through a superuser connection (which bypasses
// row-level security), so these tests depend only on the schema, not on the
// admin module.

#include "server/auth/PasswordHasher.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/db/Database.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <stdexcept>
#include <type_traits>

namespace authtest {

class SuperuserSql
{
public:
    SuperuserSql(const QString &dbName, const QString &connectionName)
        : m_name(connectionName), m_db(TestDatabase::superuserConnection(dbName, connectionName))
    {
    }
    ~SuperuserSql()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlQuery exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw erp::server::DbError(q.lastError(), sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            throw erp::server::DbError(q.lastError(), sql);
        return q;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = exec(sql, values);
        return q.next() ? q.value(0) : QVariant();
    }

    qint64 createTenant(const QString &slug, const QString &name = QString())
    {
        return value(QStringLiteral("INSERT INTO tenants (slug, name) VALUES (?, ?) RETURNING id"),
                     {slug, name.isEmpty() ? slug : name})
            .toLongLong();
    }

    // A user with a role of their own holding `permissions`.
    qint64 createUser(qint64 tenantId, const QString &email, const QString &password,
                      const QStringList &permissions = {}, const QString &passwordHash = QString())
    {
        const qint64 userId =
            value(QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"),
                  {tenantId, email, QString(QStringLiteral("User ") + email),
                   passwordHash.isEmpty() ? erp::server::PasswordHasher::hash(password) : passwordHash})
                .toLongLong();
        const qint64 roleId = value(QStringLiteral("INSERT INTO roles (tenant_id, name) VALUES (?, ?) RETURNING id"),
                                    {tenantId, QString(QStringLiteral("role-") + email)})
                                  .toLongLong();
        for (const QString &p : permissions)
            exec(QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) VALUES (?, ?, ?)"),
                 {tenantId, roleId, p});
        exec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES (?, ?, ?)"),
             {tenantId, userId, roleId});
        return userId;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Runs fn in one transaction on this thread's application connection and
// commits when it returns, as the request dispatcher does; an exception rolls
// back and propagates.
template <typename F>
auto inTransaction(F &&fn)
{
    erp::server::Transaction tx(erp::server::Database::connection());
    if constexpr (std::is_void_v<decltype(fn(tx))>) {
        fn(tx);
        tx.commit();
    } else {
        auto result = fn(tx);
        tx.commit();
        return result;
    }
}

} // namespace authtest
