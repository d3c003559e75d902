#include "server/admin/TenantProvisioning.h"

#include "server/auth/PasswordHasher.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/platform/Module.h"
#include "shared/PasswordPolicy.h"
#include "shared/Permissions.h"
#include "shared/Validation.h"

#include <QSqlQuery>

namespace erp::server {

using erp::shared::PasswordPolicy;

static void validatePassword(const QString &field, const QString &password, const QStringList &context,
                             QList<FieldError> *errors)
{
    for (const auto &problem : PasswordPolicy::check(password, context))
        errors->append({field, problem.code, problem.message});
}

CreatedTenant TenantProvisioning::createTenant(const NewTenant &t)
{
    QList<FieldError> errors;
    if (!erp::shared::Validation::isOrganisationSlug(t.slug))
        errors.append({QStringLiteral("slug"), QStringLiteral("invalid_slug"),
                       QStringLiteral("Use 2 to 63 lower-case letters, digits or hyphens.")});
    if (t.name.trimmed().isEmpty() || t.name.size() > 200)
        errors.append({QStringLiteral("name"), QStringLiteral("required"),
                       QStringLiteral("Enter the organisation's name (at most 200 characters).")});
    if (!erp::shared::Validation::isEmail(t.adminEmail))
        errors.append({QStringLiteral("admin_email"), QStringLiteral("invalid_email"),
                       QStringLiteral("Enter a valid email address.")});
    validatePassword(QStringLiteral("admin_password"), t.adminPassword,
                     {t.adminEmail, t.slug, t.name}, &errors);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);

    const QString hash = PasswordHasher::hash(t.adminPassword);
    CreatedTenant created;
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        QSqlQuery &exists = Database::exec(QStringLiteral("SELECT 1 FROM tenants WHERE slug = ?"), {t.slug});
        if (exists.next())
            throw ApiError::conflict(QStringLiteral("slug_taken"),
                                     QStringLiteral("An organisation with this identifier already exists."));
        QSqlQuery &insert = Database::exec(
            QStringLiteral("INSERT INTO tenants (slug, name) VALUES (?, ?) RETURNING id"), {t.slug, t.name.trimmed()});
        insert.next();
        created.tenantId = insert.value(0).toLongLong();
        tx.setTenant(created.tenantId);
        for (const auto &role : erp::shared::builtInRoles()) {
            QSqlQuery &r = Database::exec(
                QStringLiteral("INSERT INTO roles (tenant_id, name, is_builtin) VALUES (?, ?, true) RETURNING id"),
                {created.tenantId, role.name});
            r.next();
            const qint64 roleId = r.value(0).toLongLong();
            for (const QString &permission : role.permissions)
                Database::exec(QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) "
                                              "VALUES (?, ?, ?)"),
                               {created.tenantId, roleId, permission});
        }
        QSqlQuery &u = Database::exec(
            QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) "
                           "VALUES (?, ?, ?, ?) RETURNING id"),
            {created.tenantId, t.adminEmail.trimmed(), t.adminDisplayName.trimmed(), hash});
        u.next();
        created.adminUserId = u.value(0).toLongLong();
        Database::exec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                                      "SELECT ?, ?, id FROM roles WHERE tenant_id = ? AND name = 'admin'"),
                       {created.tenantId, created.adminUserId, created.tenantId});
        AuditLog::record({created.tenantId, 0, QStringLiteral("tenant"), created.tenantId, QStringLiteral("create"),
                          {}, QJsonObject{{QStringLiteral("slug"), t.slug}, {QStringLiteral("name"), t.name},
                                          {QStringLiteral("admin_email"), t.adminEmail}}, {}});
        // What each module needs in a new organisation (a sales pipeline, ...).
        for (const Module *module : installedModules())
            module->provisionTenant(created.tenantId, tx);
        tx.commit();
    });
    return created;
}

qint64 TenantProvisioning::createUser(qint64 tenantId, const QString &email, const QString &displayName,
                                      const QString &password, const QStringList &roleNames)
{
    const QString hash = PasswordHasher::hash(password);
    qint64 userId = 0;
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(tenantId);
        QSqlQuery &u = Database::exec(
            QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) "
                           "VALUES (?, ?, ?, ?) RETURNING id"),
            {tenantId, email, displayName, hash});
        u.next();
        userId = u.value(0).toLongLong();
        for (const QString &role : roleNames)
            Database::exec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                                          "SELECT ?, ?, id FROM roles WHERE tenant_id = ? AND lower(name) = lower(?)"),
                           {tenantId, userId, tenantId, role});
        AuditLog::record({tenantId, 0, QStringLiteral("user"), userId, QStringLiteral("create"), {},
                          QJsonObject{{QStringLiteral("email"), email}}, {}});
        tx.commit();
    });
    return userId;
}

} // namespace erp::server
