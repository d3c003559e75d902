#pragma once

#include "server/http/Principal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace erp::server {

// Business rules for users of one tenant, independent of HTTP: creation with
// an initial password, changes, deactivation (which revokes sessions at
// once), role assignment. Nobody grants a permission they do not hold, nobody
// takes over a user stronger than themselves (password, email, active flag,
// roles or sessions of a user holding a permission the caller lacks), and the
// tenant always keeps at least one active administrator.
// Runs in the caller's transaction with the tenant already set.
class UserAdministration
{
public:
    struct Changes
    {
        std::optional<QString> email;
        std::optional<QString> displayName;
        std::optional<bool> isActive;
        std::optional<QList<qint64>> roleIds;
        std::optional<QString> password;
    };

    UserAdministration(const Principal &actor, QByteArray requestId);

    // The user as JSON (with role ids and names and version), or nothing.
    std::optional<QJsonObject> find(qint64 userId) const;
    qint64 create(const QString &email, const QString &displayName, const QString &password,
                  const QList<qint64> &roleIds, bool isActive);
    // Applies the changes if `expectedVersion` is current (412 otherwise).
    void update(qint64 userId, int expectedVersion, const Changes &changes);

    // JSON expression for one user row aliased `u` (lists and reads share it).
    static QString userJsonSql();

    // Throws 403 target_more_privileged unless `actor` holds every permission
    // user `targetUserId` holds (always true for oneself). Guards everything
    // that would let the actor act as the target: password, email, active
    // flag, roles and sessions.
    static void checkMayActOn(const Principal &actor, qint64 targetUserId);

private:
    void checkRolesGrantable(const QList<qint64> &roleIds) const;
    void lockAdministrators() const;
    void checkAdministratorRemains() const;

    Principal m_actor;
    QByteArray m_requestId;
};

} // namespace erp::server
