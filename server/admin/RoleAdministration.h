#pragma once

#include "server/http/Principal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace erp::server {

// Roles of one tenant: create, rename, set permissions, delete when unused.
// Nobody grants a permission they do not hold; the built-in admin role is
// fixed (it always holds everything), so an organisation cannot lock itself out.
// Runs in the caller's transaction with the tenant already set.
class RoleAdministration
{
public:
    RoleAdministration(const Principal &actor, QByteArray requestId);

    std::optional<QJsonObject> find(qint64 roleId) const;
    qint64 create(const QString &name, const QStringList &permissions);
    void update(qint64 roleId, int expectedVersion, const std::optional<QString> &name,
                const std::optional<QStringList> &permissions);
    void remove(qint64 roleId, int expectedVersion);

    static QString roleJsonSql();   // one role row aliased `r`

private:
    void checkPermissions(const QStringList &permissions) const;
    void checkNameFree(const QString &name, qint64 exceptRoleId) const;
    struct Locked
    {
        int version;
        bool isBuiltinAdmin;
    };
    Locked lock(qint64 roleId, int expectedVersion) const;

    Principal m_actor;
    QByteArray m_requestId;
};

} // namespace erp::server
