#include "server/admin/RoleAdministration.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"
#include "shared/Permissions.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace erp::server {

RoleAdministration::RoleAdministration(const Principal &actor, QByteArray requestId)
    : m_actor(actor), m_requestId(std::move(requestId))
{
}

QString RoleAdministration::roleJsonSql()
{
    return QStringLiteral(
               "json_build_object('id', r.id, 'name', r.name, 'is_builtin', r.is_builtin, "
               "'permissions', COALESCE((SELECT json_agg(rp.permission ORDER BY rp.permission) FROM role_permissions rp "
               "WHERE rp.tenant_id = r.tenant_id AND rp.role_id = r.id), '[]'::json), "
               "'user_count', (SELECT count(*) FROM user_roles ur WHERE ur.tenant_id = r.tenant_id AND ur.role_id = r.id), "
               "'created_at', %1, 'updated_at', %2, 'version', r.version)")
        .arg(isoTimestampSql(QStringLiteral("r.created_at")), isoTimestampSql(QStringLiteral("r.updated_at")));
}

std::optional<QJsonObject> RoleAdministration::find(qint64 roleId) const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %1::text FROM roles r WHERE r.id = ?").arg(roleJsonSql()),
                                  {roleId});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

void RoleAdministration::checkPermissions(const QStringList &permissions) const
{
    QList<FieldError> errors;
    QStringList notHeld;
    for (qsizetype i = 0; i < permissions.size(); ++i) {
        if (!erp::shared::isKnownPermission(permissions[i]))
            errors.append({QStringLiteral("permissions[%1]").arg(i), QStringLiteral("unknown_permission"),
                           QStringLiteral("Unknown permission %1.").arg(permissions[i])});
        else if (!m_actor.has(permissions[i]))
            notHeld << permissions[i];
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    if (!notHeld.isEmpty())
        throw ApiError(403, QStringLiteral("cannot_grant"), QStringLiteral("Forbidden"),
                       QStringLiteral("You cannot grant permissions you do not hold yourself: %1.")
                           .arg(notHeld.join(QStringLiteral(", "))));
}

void RoleAdministration::checkNameFree(const QString &name, qint64 exceptRoleId) const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT 1 FROM roles WHERE lower(name) = lower(?) AND id <> ?"),
                                  {name, exceptRoleId});
    const bool taken = q.next();
    q.finish();
    if (taken)
        throw ApiError::validation({{QStringLiteral("name"), QStringLiteral("name_taken"),
                                     QStringLiteral("Another role already has this name.")}});
}

static void setPermissions(qint64 tenantId, qint64 roleId, const QStringList &permissions)
{
    Database::exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
    for (const QString &p : permissions)
        Database::exec(QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) VALUES (?, ?, ?)"),
                       {tenantId, roleId, p});
}

qint64 RoleAdministration::create(const QString &name, const QStringList &permissions)
{
    checkPermissions(permissions);
    checkNameFree(name, 0);
    QSqlQuery &q = Database::exec(QStringLiteral("INSERT INTO roles (tenant_id, name) VALUES (?, ?) RETURNING id"),
                                  {m_actor.tenantId, name});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    setPermissions(m_actor.tenantId, id, permissions);
    AuditLog::record({m_actor.tenantId, m_actor.userId, QStringLiteral("role"), id, QStringLiteral("create"), {},
                      *find(id), m_requestId});
    return id;
}

RoleAdministration::Locked RoleAdministration::lock(qint64 roleId, int expectedVersion) const
{
    QSqlQuery &q = Database::exec(
        QStringLiteral("SELECT version, is_builtin AND name = 'admin' FROM roles WHERE id = ? FOR UPDATE"), {roleId});
    if (!q.next())
        throw ApiError::notFound();
    const Locked locked{q.value(0).toInt(), q.value(1).toBool()};
    q.finish();
    Versioning::check(locked.version, expectedVersion);
    if (locked.isBuiltinAdmin)
        throw ApiError::conflict(QStringLiteral("builtin_admin_role"),
                                 QStringLiteral("The administrator role always holds every permission and cannot be "
                                                "changed or deleted."));
    return locked;
}

void RoleAdministration::update(qint64 roleId, int expectedVersion, const std::optional<QString> &name,
                                const std::optional<QStringList> &permissions)
{
    lock(roleId, expectedVersion);
    const QJsonObject before = *find(roleId);
    if (permissions) {
        checkPermissions(*permissions);
        setPermissions(m_actor.tenantId, roleId, *permissions);
    }
    if (name)
        checkNameFree(*name, roleId);
    Database::exec(QStringLiteral("UPDATE roles SET name = COALESCE(?, name), version = version + 1, "
                                  "updated_at = now() WHERE id = ?"),
                   {name ? QVariant(*name) : QVariant(QMetaType::fromType<QString>()), roleId});
    AuditLog::record({m_actor.tenantId, m_actor.userId, QStringLiteral("role"), roleId, QStringLiteral("update"),
                      before, *find(roleId), m_requestId});
}

void RoleAdministration::remove(qint64 roleId, int expectedVersion)
{
    lock(roleId, expectedVersion);
    const QJsonObject before = *find(roleId);
    if (before.value(QStringLiteral("user_count")).toInt() > 0)
        throw ApiError::conflict(QStringLiteral("role_in_use"),
                                 QStringLiteral("This role is still assigned to users. Remove it from them first."));
    Database::exec(QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId});
    AuditLog::record({m_actor.tenantId, m_actor.userId, QStringLiteral("role"), roleId, QStringLiteral("delete"),
                      before, {}, m_requestId});
}

} // namespace erp::server
