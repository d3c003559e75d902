#include "server/admin/AdminRoutes.h"

#include "server/admin/RoleAdministration.h"
#include "server/admin/UserAdministration.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/SessionRevocation.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RequestBody.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"
#include "shared/Permissions.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace erp::server {

namespace P = erp::shared::Permission;

namespace {

// ---- users --------------------------------------------------------------

const ListSpec &userListSpec()
{
    static const ListSpec spec{
        UserAdministration::userJsonSql(),
        QStringLiteral("users u"),
        QStringLiteral("u.id"),
        {{QStringLiteral("id"), QStringLiteral("u.id"), ListField::Integer, true, false},
         {QStringLiteral("email"), QStringLiteral("lower(u.email)"), ListField::Text, true, true},
         {QStringLiteral("display_name"), QStringLiteral("u.display_name"), ListField::Text, true, false},
         {QStringLiteral("is_active"), QStringLiteral("u.is_active"), ListField::Boolean, true, true},
         {QStringLiteral("created_at"), QStringLiteral("u.created_at"), ListField::Timestamp, true, true}},
        {QStringLiteral("u.email"), QStringLiteral("u.display_name")},
        QStringLiteral("email"),
        {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("is_active"),
         QStringLiteral("role_names"), QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return spec;
}

HttpResponse listUsers(RequestContext &ctx)
{
    // role_id and permission are membership filters, not column comparisons.
    QStringList conditions;
    QVariantList values;
    HttpRequest copy = ctx.request;
    const QString roleId = ctx.request.query.queryItemValue(QStringLiteral("role_id"));
    if (!roleId.isEmpty()) {
        bool ok = false;
        const qint64 id = roleId.toLongLong(&ok);
        if (!ok)
            throw ApiError::badRequest(QStringLiteral("bad_query_parameter"), QStringLiteral("role_id must be a whole number."));
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = u.id AND ur.role_id = ?)");
        values << id;
        copy.query.removeAllQueryItems(QStringLiteral("role_id"));
    }
    // Whom a permission reaches ("permission=crm.view": the people an
    // activity can be given to, as the activity's assignee rule checks it).
    // Only users.view is needed, as for the list itself: it tells no more
    // than each user's roles, which the list shows.
    if (ctx.request.query.hasQueryItem(QStringLiteral("permission"))) {
        const QStringList named = ctx.request.query.allQueryItemValues(QStringLiteral("permission"), QUrl::FullyDecoded);
        if (named.size() != 1 || !erp::shared::isKnownPermission(named.first()))
            throw ApiError::badRequest(QStringLiteral("bad_query_parameter"),
                                       QStringLiteral("permission must name one permission (GET /permissions)."));
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp "
                                     "ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
                                     "WHERE ur.user_id = u.id AND rp.permission = ?)");
        values << named.first();
        copy.query.removeAllQueryItems(QStringLiteral("permission"));
    }
    if (conditions.isEmpty())
        return ListEndpoint::respond(ctx, userListSpec());
    RequestContext inner{copy, ctx.params, ctx.principal, ctx.transaction};
    return ListEndpoint::respond(inner, userListSpec(), conditions.join(QStringLiteral(" AND ")), values);
}

const QStringList userFields = {QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("password"),
                                QStringLiteral("role_ids"), QStringLiteral("is_active")};

HttpResponse createUser(RequestContext &ctx)
{
    RequestBody body(ctx.jsonBody(), userFields);
    const auto email = body.text(QStringLiteral("email"), true, 254);
    const auto displayName = body.text(QStringLiteral("display_name"), true);
    const auto password = body.secret(QStringLiteral("password"), true);
    const auto roleIds = body.idList(QStringLiteral("role_ids"), false);
    const auto isActive = body.boolean(QStringLiteral("is_active"), false);
    body.finish();
    UserAdministration users(ctx.principal, ctx.request.requestId);
    const qint64 id = users.create(*email, *displayName, *password, roleIds.value_or(QList<qint64>()),
                                   isActive.value_or(true));
    return createdResponse("/api/v1/users/" + QByteArray::number(id), *users.find(id));
}

HttpResponse getUser(RequestContext &ctx)
{
    UserAdministration users(ctx.principal, ctx.request.requestId);
    const auto user = users.find(ctx.idParam());
    if (!user)
        throw ApiError::notFound();
    return recordResponse(*user);
}

HttpResponse updateUser(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json, userFields);
    UserAdministration::Changes changes;
    changes.email = body.text(QStringLiteral("email"), false, 254);
    changes.displayName = body.text(QStringLiteral("display_name"), false);
    changes.isActive = body.boolean(QStringLiteral("is_active"), false);
    changes.roleIds = body.idList(QStringLiteral("role_ids"), false);
    changes.password = body.secret(QStringLiteral("password"), false);
    for (const QString &f : {QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("is_active"),
                             QStringLiteral("role_ids")})
        if (json.contains(f) && json.value(f).isNull())
            body.addError(f, QStringLiteral("required"), QStringLiteral("This field cannot be emptied."));
    body.finish();
    UserAdministration users(ctx.principal, ctx.request.requestId);
    users.update(ctx.idParam(), expected, changes);
    const QJsonObject user = *users.find(ctx.idParam());
    return recordResponse(user);
}

// Lifts the locks failed sign-ins put on the user's account, from every
// source address (the per-address limits stay). Not a takeover: it grants
// nothing and the password is still needed, so users.manage is enough.
HttpResponse unlockSignIn(RequestContext &ctx)
{
    const qint64 id = ctx.idParam();
    QSqlQuery &q = Database::exec(
        QStringLiteral("SELECT u.email, t.slug FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = ?"),
        {id});
    if (!q.next())
        throw ApiError::notFound();
    const QString email = q.value(0).toString();
    const QString slug = q.value(1).toString();
    q.finish();
    const int lifted = LoginThrottle::unlockAccount(LoginThrottle::accountKey(slug, email));
    AuditLog::record({ctx.principal.tenantId,
                      ctx.principal.userId,
                      QStringLiteral("user"),
                      id,
                      QStringLiteral("sign_in_unlocked"),
                      {},
                      QJsonObject {{QStringLiteral("locks_cleared"), lifted}},
                      ctx.request.requestId});
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("locks_cleared"), lifted}});
}

// ---- roles --------------------------------------------------------------

const ListSpec &roleListSpec()
{
    static const ListSpec spec{
        RoleAdministration::roleJsonSql(),
        QStringLiteral("roles r"),
        QStringLiteral("r.id"),
        {{QStringLiteral("id"), QStringLiteral("r.id"), ListField::Integer, true, false},
         {QStringLiteral("name"), QStringLiteral("lower(r.name)"), ListField::Text, true, false},
         {QStringLiteral("is_builtin"), QStringLiteral("r.is_builtin"), ListField::Boolean, false, true},
         {QStringLiteral("created_at"), QStringLiteral("r.created_at"), ListField::Timestamp, true, false}},
        {QStringLiteral("r.name")},
        QStringLiteral("name"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("is_builtin"), QStringLiteral("user_count"),
         QStringLiteral("permissions")}};
    return spec;
}

const QStringList roleFields = {QStringLiteral("name"), QStringLiteral("permissions")};

HttpResponse createRole(RequestContext &ctx)
{
    RequestBody body(ctx.jsonBody(), roleFields);
    const auto name = body.text(QStringLiteral("name"), true, 100);
    const auto permissions = body.textList(QStringLiteral("permissions"), false);
    body.finish();
    RoleAdministration roles(ctx.principal, ctx.request.requestId);
    const qint64 id = roles.create(*name, permissions.value_or(QStringList()));
    return createdResponse("/api/v1/roles/" + QByteArray::number(id), *roles.find(id));
}

HttpResponse getRole(RequestContext &ctx)
{
    RoleAdministration roles(ctx.principal, ctx.request.requestId);
    const auto role = roles.find(ctx.idParam());
    if (!role)
        throw ApiError::notFound();
    return recordResponse(*role);
}

HttpResponse updateRole(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json, roleFields);
    const auto name = body.text(QStringLiteral("name"), false, 100);
    const auto permissions = body.textList(QStringLiteral("permissions"), false);
    if (json.contains(QStringLiteral("name")) && !name && !body.hasErrors())
        body.addError(QStringLiteral("name"), QStringLiteral("required"), QStringLiteral("A role needs a name."));
    body.finish();
    RoleAdministration roles(ctx.principal, ctx.request.requestId);
    roles.update(ctx.idParam(), expected, name, permissions);
    const QJsonObject role = *roles.find(ctx.idParam());
    return recordResponse(role);
}

HttpResponse deleteRole(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    RoleAdministration roles(ctx.principal, ctx.request.requestId);
    roles.remove(ctx.idParam(), expected);
    return HttpResponse::noContent();
}

// ---- permissions, sessions, audit log -----------------------------------

HttpResponse listPermissions(RequestContext &)
{
    QJsonArray items;
    for (const auto &p : erp::shared::allPermissions())
        items.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("module"), p.module},
                                 {QStringLiteral("description"), p.description}});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

const ListSpec &sessionListSpec()
{
    static const ListSpec spec{
        QStringLiteral("json_build_object('id', s.id, 'user_id', s.user_id, 'user_email', "
                       "(SELECT email FROM users WHERE id = s.user_id), 'created_at', %1, 'last_used_at', %2, "
                       "'expires_at', %3, 'revoked_at', %4, 'revoked_reason', s.revoked_reason, "
                       "'user_agent', s.user_agent, 'client_address', s.client_address, "
                       "'is_active', s.revoked_at IS NULL AND s.expires_at > now())")
            .arg(isoTimestampSql(QStringLiteral("s.created_at")), isoTimestampSql(QStringLiteral("s.last_used_at")),
                 isoTimestampSql(QStringLiteral("s.expires_at")), isoTimestampSql(QStringLiteral("s.revoked_at"))),
        QStringLiteral("sessions s"),
        QStringLiteral("s.id"),
        {{QStringLiteral("id"), QStringLiteral("s.id"), ListField::Integer, true, false},
         {QStringLiteral("user_id"), QStringLiteral("s.user_id"), ListField::Integer, false, true},
         {QStringLiteral("created_at"), QStringLiteral("s.created_at"), ListField::Timestamp, true, true},
         {QStringLiteral("last_used_at"), QStringLiteral("s.last_used_at"), ListField::Timestamp, true, false},
         {QStringLiteral("is_active"), QStringLiteral("(s.revoked_at IS NULL AND s.expires_at > now())"),
          ListField::Boolean, false, true}},
        {},
        QStringLiteral("-created_at"),
        {QStringLiteral("id"), QStringLiteral("user_email"), QStringLiteral("created_at"), QStringLiteral("last_used_at"),
         QStringLiteral("expires_at"), QStringLiteral("revoked_at"), QStringLiteral("client_address"),
         QStringLiteral("user_agent")}};
    return spec;
}

HttpResponse listSessions(RequestContext &ctx)
{
    // Everyone sees their own sessions; seeing others' needs sessions.manage.
    if (ctx.principal.has(P::SessionsManage))
        return ListEndpoint::respond(ctx, sessionListSpec());
    return ListEndpoint::respond(ctx, sessionListSpec(), QStringLiteral("s.user_id = ?"), {ctx.principal.userId});
}

HttpResponse revokeSession(RequestContext &ctx)
{
    const qint64 id = ctx.idParam();
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT user_id FROM sessions WHERE id = ?"), {id});
    const bool exists = q.next();
    const qint64 owner = exists ? q.value(0).toLongLong() : 0;
    q.finish();
    // Another user's session is invisible without sessions.manage: 404, not 403.
    if (!exists || (owner != ctx.principal.userId && !ctx.principal.has(P::SessionsManage)))
        throw ApiError::notFound();
    // Ending the sessions of a stronger user is part of taking them over.
    UserAdministration::checkMayActOn(ctx.principal, owner);
    SessionRevocation::revokeSession(ctx.principal.tenantId, id, QStringLiteral("revoked"), ctx.request.requestId);
    return HttpResponse::noContent();
}

// What people call the record of an audit entry (docs/decisions/0014):
// resolved when the log is read, under the reader's row-level security.
// Sessions and users by the person's current name; every other record by
// the name its own snapshot carries (what it was called then), else by the
// newest snapshot of the same record that names it (a stage move records
// only the stage). The keys are generic so that this knows no module.
QString auditLabelSql()
{
    const QString named = QStringLiteral(
        "COALESCE(%1->>'display_name', %1->>'name', %1->>'title', %1->>'subject', %1->>'number', %1->>'code')");
    const QString own = QStringLiteral("COALESCE(%1, %2)").arg(named.arg(QStringLiteral("a.after")),
                                                                named.arg(QStringLiteral("a.before")));
    const QString latest = QStringLiteral(
        "(SELECT COALESCE(%1, %2) FROM audit_log b WHERE b.tenant_id = a.tenant_id AND b.entity = a.entity "
        "AND b.entity_id = a.entity_id AND COALESCE(%1, %2) IS NOT NULL ORDER BY b.id DESC LIMIT 1)")
                               .arg(named.arg(QStringLiteral("b.after")), named.arg(QStringLiteral("b.before")));
    return QStringLiteral("CASE a.entity "
                          "WHEN 'session' THEN (SELECT u.display_name FROM sessions s JOIN users u ON u.id = s.user_id "
                          "WHERE s.id = a.entity_id) "
                          "WHEN 'user' THEN COALESCE((SELECT display_name FROM users WHERE id = a.entity_id), %1) "
                          "ELSE COALESCE(%1, %2) END")
        .arg(own, latest);
}

const ListSpec &auditListSpec()
{
    static const ListSpec spec{
        QStringLiteral("json_build_object('id', a.id, 'occurred_at', %1, 'user_id', a.user_id, 'user_email', "
                       "(SELECT email FROM users WHERE id = a.user_id), 'user_name', "
                       "(SELECT display_name FROM users WHERE id = a.user_id), 'entity', a.entity, "
                       "'entity_id', a.entity_id, 'entity_label', %2, "
                       "'action', a.action, 'before', a.before, 'after', a.after, 'request_id', a.request_id)")
            .arg(isoTimestampSql(QStringLiteral("a.occurred_at")), auditLabelSql()),
        QStringLiteral("audit_log a"),
        QStringLiteral("a.id"),
        {{QStringLiteral("id"), QStringLiteral("a.id"), ListField::Integer, true, false},
         {QStringLiteral("occurred_at"), QStringLiteral("a.occurred_at"), ListField::Timestamp, true, true},
         {QStringLiteral("entity"), QStringLiteral("a.entity"), ListField::Text, false, true},
         {QStringLiteral("entity_id"), QStringLiteral("a.entity_id"), ListField::Integer, false, true},
         {QStringLiteral("user_id"), QStringLiteral("a.user_id"), ListField::Integer, false, true},
         {QStringLiteral("action"), QStringLiteral("a.action"), ListField::Text, false, true}},
        {},
        QStringLiteral("-id"),
        {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("user_email"), QStringLiteral("entity"),
         QStringLiteral("entity_id"), QStringLiteral("action"), QStringLiteral("before"), QStringLiteral("after")}};
    return spec;
}

// ---- documentation ------------------------------------------------------

using namespace ApiSchema;

QJsonObject userRecord()
{
    return recordFromSql(UserAdministration::userJsonSql(), {},
                         {{QStringLiteral("email"), email()},
                          {QStringLiteral("display_name"), text(200)},
                          {QStringLiteral("must_change_password"), boolean()},
                          {QStringLiteral("role_names"), described(text(10'000), QStringLiteral("Comma-separated"))}});
}

QJsonObject userBody(bool creating)
{
    QJsonObject o = object({{QStringLiteral("email"), email()},
                            {QStringLiteral("display_name"), text(200)},
                            {QStringLiteral("password"),
                             described(QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}},
                                       QStringLiteral("Checked against the password policy; kept exactly as sent"))},
                            {QStringLiteral("role_ids"), arrayOf(id())},
                            {QStringLiteral("is_active"), boolean()}},
                           creating ? QStringList{QStringLiteral("email"), QStringLiteral("display_name"),
                                                  QStringLiteral("password")}
                                    : QStringList());
    return o;
}

QJsonObject roleRecord()
{
    return recordFromSql(RoleAdministration::roleJsonSql(), {},
                         {{QStringLiteral("name"), text(100)},
                          {QStringLiteral("is_builtin"), boolean()},
                          {QStringLiteral("permissions"), arrayOf(text(100))}});
}

QJsonObject roleBody(bool creating)
{
    return object({{QStringLiteral("name"), text(100)}, {QStringLiteral("permissions"), arrayOf(text(100))}},
                  creating ? QStringList{QStringLiteral("name")} : QStringList());
}

QJsonObject sessionItem()
{
    return recordFromSql(sessionListSpec().itemJson, {},
                         {{QStringLiteral("user_email"), nullable(email())},
                          {QStringLiteral("revoked_reason"), nullable(text(100))},
                          {QStringLiteral("user_agent"), nullable(text(1000))},
                          {QStringLiteral("client_address"), nullable(text(100))},
                          {QStringLiteral("expires_at"), timestamp()}});
}

// A record as it was stored: an object whose fields are those of its entity.
QJsonObject snapshot(const QString &description)
{
    return described(QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("nullable"), true},
                                 {QStringLiteral("additionalProperties"), true}},
                     description + QStringLiteral("; its fields are the stored columns of the entity"));
}

QJsonObject auditItem()
{
    return recordFromSql(auditListSpec().itemJson, {},
                         {{QStringLiteral("occurred_at"), timestamp()},
                          {QStringLiteral("user_email"), nullable(email())},
                          {QStringLiteral("user_name"), nullable(text(200))},
                          {QStringLiteral("entity"), text(100)},
                          {QStringLiteral("entity_label"),
                           described(nullable(text(10'000)),
                                     QStringLiteral("What people call the record: a lead's title, a contact's "
                                                    "name, for a session its user's name; null when unknown"))},
                          {QStringLiteral("action"), text(100)},
                          {QStringLiteral("request_id"), nullable(text(200))},
                          {QStringLiteral("before"), snapshot(QStringLiteral("The record before the change (null on create)"))},
                          {QStringLiteral("after"), snapshot(QStringLiteral("The record after the change (null on delete)"))}});
}

} // namespace

void registerAdminRoutes(Router &router)
{
    const QString users = QStringLiteral("users");
    router.add("GET", QStringLiteral("/api/v1/users"), RouteAccess::requires(P::UsersView), listUsers,
               QStringLiteral("List users (filter: email, is_active, role_id, permission, created_at_from/_to; q; sort)"),
               users)
        .doc = ApiDocs::list(userListSpec(), userRecord())
                   .query(queryParameter(QStringLiteral("role_id"), id(), QStringLiteral("Only holders of this role")))
                   .query(queryParameter(QStringLiteral("permission"), text(100),
                                         QStringLiteral("Only users holding this permission through one of their "
                                                        "roles (crm.view: whom an activity can be given to)")));
    {
        Route &r = router.add("POST", QStringLiteral("/api/v1/users"), RouteAccess::requires(P::UsersManage),
                              createUser, QStringLiteral("Create a user with an initial password and roles"), users);
        r.idempotentCreate = true;
        r.doc = RouteDoc()
                    .body(userBody(true),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("clerk@example.com")},
                                      {QStringLiteral("display_name"), QStringLiteral("Sam Clerk")},
                                      {QStringLiteral("password"), QStringLiteral("a long passphrase of one's own")},
                                      {QStringLiteral("role_ids"), QJsonArray{}}})
                    .returns(201, QStringLiteral("Created"), userRecord(),
                             {QStringLiteral("Location"), QStringLiteral("ETag")});
    }
    router.add("GET", QStringLiteral("/api/v1/users/{id:int}"), RouteAccess::requires(P::UsersView), getUser,
               QStringLiteral("Read a user"), users)
        .doc = ApiDocs::read(userRecord());
    router.add("PATCH", QStringLiteral("/api/v1/users/{id:int}"), RouteAccess::requires(P::UsersManage), updateUser,
               QStringLiteral("Change, deactivate (is_active false) or assign roles to a user; password, email, "
                              "active flag and roles only of users holding no permission the caller lacks"),
               users)
        .doc = RouteDoc().body(userBody(false)).withIfMatch().returns(200, QStringLiteral("The changed user"),
                                                                     userRecord(), {QStringLiteral("ETag")});

    router.add("POST", QStringLiteral("/api/v1/users/{id:int}/unlock-sign-in"), RouteAccess::requires(P::UsersManage),
               unlockSignIn,
               QStringLiteral("Lift the sign-in locks that failed attempts put on a user's account, from every "
                              "source address"),
               users)
        .doc = RouteDoc().withoutBody().returns(200, QStringLiteral("How many locks were lifted"),
                                  object({{QStringLiteral("locks_cleared"), integer(0)}},
                                         {QStringLiteral("locks_cleared")}));

    const QString roles = QStringLiteral("roles");
    router.add("GET", QStringLiteral("/api/v1/roles"), RouteAccess::requires(P::RolesView),
               [](RequestContext &ctx) { return ListEndpoint::respond(ctx, roleListSpec()); },
               QStringLiteral("List roles with their permissions"), roles)
        .doc = ApiDocs::list(roleListSpec(), roleRecord());
    {
        Route &r = router.add("POST", QStringLiteral("/api/v1/roles"), RouteAccess::requires(P::RolesManage),
                              createRole, QStringLiteral("Create a custom role"), roles);
        r.idempotentCreate = true;
        r.doc = RouteDoc()
                    .body(roleBody(true), QJsonObject{{QStringLiteral("name"), QStringLiteral("Buyer")},
                                                      {QStringLiteral("permissions"),
                                                       QJsonArray{QStringLiteral("crm.view")}}})
                    .returns(201, QStringLiteral("Created"), roleRecord(),
                             {QStringLiteral("Location"), QStringLiteral("ETag")});
    }
    router.add("GET", QStringLiteral("/api/v1/roles/{id:int}"), RouteAccess::requires(P::RolesView), getRole,
               QStringLiteral("Read a role"), roles)
        .doc = ApiDocs::read(roleRecord());
    router.add("PATCH", QStringLiteral("/api/v1/roles/{id:int}"), RouteAccess::requires(P::RolesManage),
               updateRole, QStringLiteral("Rename a role or set its permissions"), roles)
        .doc = RouteDoc().body(roleBody(false)).withIfMatch().returns(200, QStringLiteral("The changed role"),
                                                                     roleRecord(), {QStringLiteral("ETag")});
    router.add("DELETE", QStringLiteral("/api/v1/roles/{id:int}"), RouteAccess::requires(P::RolesManage),
               deleteRole, QStringLiteral("Delete a role that no user holds"), roles)
        .doc = ApiDocs::remove();
    router.add("GET", QStringLiteral("/api/v1/permissions"), RouteAccess::authenticated(), listPermissions,
               QStringLiteral("Every permission, grouped by module"), roles)
        .doc = RouteDoc().returns(
            200, QStringLiteral("Every permission"),
            object({{QStringLiteral("items"),
                     arrayOf(object({{QStringLiteral("name"), text(100)},
                                     {QStringLiteral("module"), text(100)},
                                     {QStringLiteral("description"), text(500)}},
                                    {QStringLiteral("name"), QStringLiteral("module"), QStringLiteral("description")}))}},
                   {QStringLiteral("items")}));

    const QString sessions = QStringLiteral("sessions");
    router.add("GET", QStringLiteral("/api/v1/sessions"), RouteAccess::authenticated(), listSessions,
               QStringLiteral("List own sessions (everyone's with sessions.manage)"), sessions)
        .doc = ApiDocs::list(sessionListSpec(), sessionItem());
    router.add("POST", QStringLiteral("/api/v1/sessions/{id:int}/revoke"), RouteAccess::authenticated(),
               revokeSession, QStringLiteral("Revoke an own session (anyone's with sessions.manage)"), sessions)
        .doc = RouteDoc().withoutBody().noContent(QStringLiteral("Revoked")).error(403);

    router.add("GET", QStringLiteral("/api/v1/audit-log"), RouteAccess::requires(P::AuditView),
               [](RequestContext &ctx) { return ListEndpoint::respond(ctx, auditListSpec()); },
               QStringLiteral("Audit log (filter: entity, entity_id, user_id, action, occurred_at_from/_to)"),
               QStringLiteral("audit"))
        .doc = ApiDocs::list(auditListSpec(), auditItem());
}

} // namespace erp::server
