#include "server/admin/UserAdministration.h"

#include "server/auth/PasswordHasher.h"
#include "server/auth/SessionRevocation.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"
#include "shared/PasswordPolicy.h"
#include "shared/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace erp::server {

UserAdministration::UserAdministration(const Principal &actor, QByteArray requestId)
    : m_actor(actor), m_requestId(std::move(requestId))
{
}

QString UserAdministration::userJsonSql()
{
    return QStringLiteral("json_build_object('id', u.id, 'email', u.email, 'display_name', u.display_name, "
                          "'is_active', u.is_active, 'must_change_password', u.must_change_password, "
                          "'role_ids', COALESCE((SELECT json_agg(r.id ORDER BY r.id) FROM user_roles ur "
                          "JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id "
                          "WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '[]'::json), "
                          "'role_names', COALESCE((SELECT string_agg(r.name, ', ' ORDER BY r.name) FROM user_roles ur "
                          "JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id "
                          "WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), ''), "
                          "'created_at', %1, 'updated_at', %2, 'version', u.version)")
        .arg(isoTimestampSql(QStringLiteral("u.created_at")), isoTimestampSql(QStringLiteral("u.updated_at")));
}

std::optional<QJsonObject> UserAdministration::find(qint64 userId) const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %1::text FROM users u WHERE u.id = ?").arg(userJsonSql()),
                                  {userId});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

void UserAdministration::checkRolesGrantable(const QList<qint64> &roleIds) const
{
    if (roleIds.isEmpty())
        return;
    QStringList placeholders;
    QVariantList values;
    for (qint64 id : roleIds) {
        placeholders << QStringLiteral("?");
        values << id;
    }
    QSqlQuery &found = Database::exec(
        QStringLiteral("SELECT count(*) FROM roles WHERE id IN (%1)").arg(placeholders.join(QLatin1Char(','))), values);
    found.next();
    if (found.value(0).toInt() != roleIds.size()) {
        found.finish();
        throw ApiError::validation({{QStringLiteral("role_ids"), QStringLiteral("unknown_role"),
                                     QStringLiteral("One of the roles does not exist.")}});
    }
    found.finish();
    QSqlQuery &perms = Database::exec(
        QStringLiteral("SELECT DISTINCT permission FROM role_permissions WHERE role_id IN (%1)")
            .arg(placeholders.join(QLatin1Char(','))),
        values);
    QStringList missing;
    while (perms.next()) {
        const QString p = perms.value(0).toString();
        if (!m_actor.has(p))
            missing << p;
    }
    if (!missing.isEmpty())
        throw ApiError(403, QStringLiteral("cannot_grant"), QStringLiteral("Forbidden"),
                       QStringLiteral("You cannot grant permissions you do not hold yourself: %1.")
                           .arg(missing.join(QStringLiteral(", "))));
}

void UserAdministration::lockAdministrators() const
{
    // Every change that could remove an administrator takes this row lock
    // first, so two admins demoting each other at once cannot both succeed.
    Database::exec(QStringLiteral("SELECT id FROM roles WHERE is_builtin AND name = 'admin' FOR UPDATE")).finish();
}

void UserAdministration::checkAdministratorRemains() const
{
    QSqlQuery &q = Database::exec(QStringLiteral(
        "SELECT count(*) FROM users u JOIN user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id "
        "JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id "
        "WHERE r.is_builtin AND r.name = 'admin' AND u.is_active"));
    q.next();
    const int admins = q.value(0).toInt();
    q.finish();
    if (admins < 1)
        throw ApiError::conflict(QStringLiteral("last_admin"),
                                 QStringLiteral("The organisation must keep at least one active administrator."));
}

static void validateIdentity(const std::optional<QString> &email, const std::optional<QString> &displayName,
                             QList<FieldError> *errors)
{
    if (email && !erp::shared::Validation::isEmail(*email))
        errors->append({QStringLiteral("email"), QStringLiteral("invalid_email"),
                        QStringLiteral("Enter a valid email address.")});
    if (displayName && displayName->trimmed().isEmpty())
        errors->append({QStringLiteral("display_name"), QStringLiteral("required"),
                        QStringLiteral("Enter the user's name.")});
}

static void checkEmailFree(const QString &email, qint64 exceptUserId)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT 1 FROM users WHERE lower(email) = lower(?) AND id <> ?"),
                                  {email, exceptUserId});
    const bool taken = q.next();
    q.finish();
    if (taken)
        throw ApiError::validation({{QStringLiteral("email"), QStringLiteral("email_taken"),
                                     QStringLiteral("Another user already has this email address.")}});
}

static void checkPassword(const QString &password, const QString &email, QList<FieldError> *errors)
{
    for (const auto &problem : erp::shared::PasswordPolicy::check(password, {email}))
        errors->append({QStringLiteral("password"), problem.code, problem.message});
}

static void setRoles(qint64 tenantId, qint64 userId, const QList<qint64> &roleIds)
{
    Database::exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId});
    for (qint64 roleId : roleIds)
        Database::exec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES (?, ?, ?)"),
                       {tenantId, userId, roleId});
}

qint64 UserAdministration::create(const QString &email, const QString &displayName, const QString &password,
                                  const QList<qint64> &roleIds, bool isActive)
{
    QList<FieldError> errors;
    validateIdentity(email, displayName, &errors);
    checkPassword(password, email, &errors);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    checkEmailFree(email, 0);
    checkRolesGrantable(roleIds);

    const QString hash = PasswordHasher::hash(password);
    QSqlQuery &q = Database::exec(
        QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash, is_active) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {m_actor.tenantId, email, displayName, hash, isActive});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    setRoles(m_actor.tenantId, id, roleIds);
    AuditLog::record({m_actor.tenantId, m_actor.userId, QStringLiteral("user"), id, QStringLiteral("create"), {},
                      *find(id), m_requestId});
    return id;
}

void UserAdministration::checkMayActOn(const Principal &actor, qint64 targetUserId)
{
    if (targetUserId == actor.userId)
        return;
    QSqlQuery &q = Database::exec(
        QStringLiteral("SELECT DISTINCT rp.permission FROM user_roles ur "
                       "JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
                       "WHERE ur.user_id = ? ORDER BY 1"),
        {targetUserId});
    QStringList missing;
    while (q.next()) {
        const QString p = q.value(0).toString();
        if (!actor.has(p))
            missing << p;
    }
    q.finish();
    if (!missing.isEmpty())
        throw ApiError(403, QStringLiteral("target_more_privileged"), QStringLiteral("Forbidden"),
                       QStringLiteral("This user holds permissions you do not hold (%1): only someone holding every "
                                      "one of them may change their password, email, active state or roles, or end "
                                      "their sessions.")
                           .arg(missing.join(QStringLiteral(", "))));
}

static QSet<qint64> idSet(const QJsonArray &ids)
{
    QSet<qint64> set;
    for (const QJsonValue &v : ids)
        set.insert(v.toInteger());
    return set;
}

void UserAdministration::update(qint64 userId, int expectedVersion, const Changes &c)
{
    const bool mayAffectAdmins = c.isActive.has_value() || c.roleIds.has_value();
    if (mayAffectAdmins)
        lockAdministrators();
    QSqlQuery &lock = Database::exec(QStringLiteral("SELECT version FROM users WHERE id = ? FOR UPDATE"), {userId});
    if (!lock.next())
        throw ApiError::notFound();
    const int version = lock.value(0).toInt();
    lock.finish();
    Versioning::check(version, expectedVersion);
    const QJsonObject before = *find(userId);

    // Clients send the whole form, so only values that really differ count
    // as changes (an unchanged email in a display-name edit is no takeover).
    const QString oldEmail = before.value(QStringLiteral("email")).toString();
    const bool wasActive = before.value(QStringLiteral("is_active")).toBool();
    const bool emailChanged = c.email && *c.email != oldEmail;
    const bool activeChanged = c.isActive && *c.isActive != wasActive;
    QList<qint64> requestedRoles = c.roleIds.value_or(QList<qint64>());
    const bool rolesChanged = c.roleIds
        && QSet<qint64>(requestedRoles.cbegin(), requestedRoles.cend())
            != idSet(before.value(QStringLiteral("role_ids")).toArray());
    const bool passwordSet = c.password.has_value();
    const bool self = userId == m_actor.userId;
    if (passwordSet || emailChanged || activeChanged || rolesChanged)
        checkMayActOn(m_actor, userId);

    QList<FieldError> errors;
    validateIdentity(c.email, c.displayName, &errors);
    if (c.password)
        checkPassword(*c.password, c.email.value_or(oldEmail), &errors);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    if (emailChanged)
        checkEmailFree(*c.email, userId);
    if (c.roleIds) {
        QList<qint64> added;
        const QJsonArray current = before.value(QStringLiteral("role_ids")).toArray();
        for (qint64 id : *c.roleIds)
            if (!current.contains(QJsonValue(double(id))))
                added << id;
        checkRolesGrantable(added);
        setRoles(m_actor.tenantId, userId, *c.roleIds);
    }
    // A password someone else chose is known to them: its owner must replace
    // it at the next sign-in. One's own choice clears any such mark.
    const QVariant mustChange = passwordSet ? QVariant(!self) : QVariant(QMetaType::fromType<bool>());
    Database::exec(
        QStringLiteral("UPDATE users SET email = COALESCE(?, email), display_name = COALESCE(?, display_name), "
                       "is_active = COALESCE(?, is_active), password_hash = COALESCE(?, password_hash), "
                       "must_change_password = COALESCE(?, must_change_password), "
                       "version = version + 1, updated_at = now() WHERE id = ?"),
        {c.email ? QVariant(*c.email) : QVariant(QMetaType::fromType<QString>()),
         c.displayName ? QVariant(*c.displayName) : QVariant(QMetaType::fromType<QString>()),
         c.isActive ? QVariant(*c.isActive) : QVariant(QMetaType::fromType<bool>()),
         c.password ? QVariant(PasswordHasher::hash(*c.password)) : QVariant(QMetaType::fromType<QString>()),
         mustChange, userId});
    if (mayAffectAdmins)
        checkAdministratorRemains();
    const bool deactivated = activeChanged && !*c.isActive;
    int revoked = 0;
    if (deactivated || passwordSet)
        // Whoever knew the old password (or used the account) is out at once;
        // someone resetting their own password keeps the session doing it.
        revoked = SessionRevocation::revokeUserSessions(m_actor.tenantId, userId,
                                                        passwordSet ? QStringLiteral("password_reset")
                                                                    : QStringLiteral("user_deactivated"),
                                                        self && !deactivated ? m_actor.sessionId : 0, m_requestId);
    const QJsonObject after = *find(userId);

    // One audit row per kind of sensitive change, named after it, so the log
    // reads "password reset" rather than an update of updated_at and version.
    auto record = [&](const QString &action, const QJsonObject &was, const QJsonObject &is) {
        AuditLog::record(
            {m_actor.tenantId, m_actor.userId, QStringLiteral("user"), userId, action, was, is, m_requestId});
    };
    bool recorded = false;
    if (passwordSet) {
        record(QStringLiteral("password_reset"), {},
               {{QStringLiteral("must_change_password"), !self}, {QStringLiteral("sessions_revoked"), revoked}});
        recorded = true;
    }
    if (emailChanged) {
        record(QStringLiteral("email_changed"), {{QStringLiteral("email"), oldEmail}},
               {{QStringLiteral("email"), *c.email}});
        recorded = true;
    }
    if (activeChanged) {
        QJsonObject is {{QStringLiteral("is_active"), *c.isActive}};
        if (deactivated)
            is.insert(QStringLiteral("sessions_revoked"), revoked);
        record(deactivated ? QStringLiteral("deactivated") : QStringLiteral("reactivated"),
               {{QStringLiteral("is_active"), wasActive}}, is);
        recorded = true;
    }
    const bool nameChanged = c.displayName && *c.displayName != before.value(QStringLiteral("display_name")).toString();
    if (nameChanged || rolesChanged || !recorded)
        record(QStringLiteral("update"), before, after);
}

} // namespace erp::server
