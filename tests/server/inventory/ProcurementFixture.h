#pragma once

// Organisations with procurement defaults for service tests: the tenant,
// a user and the built-in roles are written as superuser; the defaults come
// from procurement_provision_tenant() run as the application role under the
// tenant's row-level security, as tenant creation will run it.
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "shared/Permissions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace erp::test {

struct ProcurementTenant
{
    qint64 tenantId = 0;
    qint64 userId = 0;
    qint64 pieceUnit = 0;
    qint64 boxUnit = 0;
    qint64 kilogramUnit = 0;
    qint64 gramUnit = 0;
    qint64 countCategory = 0;
    qint64 massCategory = 0;
    qint64 warehouseId = 0;
    qint64 receivingId = 0;
    qint64 storageId = 0;
};

inline QVariant suScalar(const QSqlDatabase &su, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(su);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw erp::server::DbError(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw erp::server::DbError(q.lastError(), sql);
    return q.next() ? q.value(0) : QVariant();
}

inline qint64 suId(const QSqlDatabase &su, const QString &sql, const QVariantList &values = {})
{
    return suScalar(su, sql, values).toLongLong();
}

// A user of the tenant holding the given built-in role.
inline qint64 createProcurementUser(const QSqlDatabase &su, qint64 tenantId, const QString &email, const QString &role)
{
    const qint64 userId = suId(su,
                               QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) "
                                              "VALUES (?, ?, ?, 'x') RETURNING id"),
                               {tenantId, email, email});
    suScalar(su,
             QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                            "SELECT tenant_id, ?, id FROM roles WHERE tenant_id = ? AND name = ?"),
             {userId, tenantId, role});
    return userId;
}

inline ProcurementTenant createProcurementTenant(const QSqlDatabase &su, const QString &slug)
{
    using erp::server::Database;
    using erp::server::Transaction;
    ProcurementTenant t;
    t.tenantId = suId(su, QStringLiteral("INSERT INTO tenants (slug, name) VALUES (?, ?) RETURNING id"),
                      {slug, QString(slug + QStringLiteral(" Ltd"))});
    for (const auto &role : erp::shared::builtInRoles()) {
        const qint64 roleId = suId(
            su, QStringLiteral("INSERT INTO roles (tenant_id, name, is_builtin) VALUES (?, ?, true) RETURNING id"),
            {t.tenantId, role.name});
        for (const QString &permission : role.permissions)
            suScalar(su,
                     QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) VALUES (?, ?, ?)"),
                     {t.tenantId, roleId, permission});
    }
    t.userId
        = createProcurementUser(su, t.tenantId, slug + QStringLiteral("-admin@example.com"), QStringLiteral("admin"));
    {
        Transaction tx(Database::connection());
        tx.setTenant(t.tenantId, t.userId);
        Database::exec(QStringLiteral("SELECT procurement_provision_tenant(?)"), {t.tenantId}).finish();
        tx.commit();
    }
    auto unit = [&](const char *symbol) {
        return suId(su, QStringLiteral("SELECT id FROM units WHERE tenant_id = ? AND symbol = ?"),
                    {t.tenantId, QLatin1String(symbol)});
    };
    t.pieceUnit = unit("pc");
    t.boxUnit = unit("box12");
    t.kilogramUnit = unit("kg");
    t.gramUnit = unit("g");
    t.countCategory = suId(su, QStringLiteral("SELECT category_id FROM units WHERE id = ?"), {t.pieceUnit});
    t.massCategory = suId(su, QStringLiteral("SELECT category_id FROM units WHERE id = ?"), {t.kilogramUnit});
    t.warehouseId = suId(su, QStringLiteral("SELECT id FROM warehouses WHERE tenant_id = ?"), {t.tenantId});
    t.receivingId
        = suId(su, QStringLiteral("SELECT id FROM locations WHERE tenant_id = ? AND kind = 'receiving'"), {t.tenantId});
    t.storageId
        = suId(su, QStringLiteral("SELECT id FROM locations WHERE tenant_id = ? AND kind = 'storage'"), {t.tenantId});
    return t;
}

// A product kept in `stockUnit` (of the count category unless given).
inline qint64 createProduct(const QSqlDatabase &su, const ProcurementTenant &t, const QString &sku,
                            qint64 stockUnit = 0, qint64 purchaseUnit = 0,
                            const QString &reorderPoint = QStringLiteral("0"))
{
    const qint64 unit = stockUnit ? stockUnit : t.pieceUnit;
    const qint64 category = suId(su, QStringLiteral("SELECT category_id FROM units WHERE id = ?"), {unit});
    return suId(su,
                QStringLiteral("INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, "
                               "purchase_unit_id, reorder_point) VALUES (?, ?, ?, ?, ?, ?, ?::numeric) RETURNING id"),
                {t.tenantId, sku, QString(sku + QStringLiteral(" product")), category, unit,
                 purchaseUnit ? QVariant(purchaseUnit) : QVariant(QMetaType(QMetaType::LongLong)), reorderPoint});
}

} // namespace erp::test

namespace erp::test {

inline qint64 createSupplier(const QSqlDatabase &su, const ProcurementTenant &t, const QString &code,
                             const QString &currency = QStringLiteral("EUR"))
{
    return suId(
        su, QStringLiteral("INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, ?, ?, ?) RETURNING id"),
        {t.tenantId, code, QString(code + QStringLiteral(" Supplies")), currency});
}

} // namespace erp::test
