#include "tests/server/app/ExpectedRouteAccess.h"

namespace erp::test {

QStringList ExpectedRouteAccess::allNeeded() const
{
    if (kind != Permission)
        return {};
    return QStringList {permission} + alsoNeeds;
}

bool ExpectedRouteAccess::allows(const QStringList &held) const
{
    for (const QString &p : allNeeded())
        if (!held.contains(p))
            return false;
    return true;
}

const QList<ExpectedRouteAccess> &ExpectedRouteAccess::table()
{
    // Reviewed by hand. Reads need the module's view permission, changes its
    // edit (or manage) permission; the pipeline's stages are configuration
    // (crm.configure) and changing them also needs crm.edit. Signing in,
    // refreshing and the service probes are public; what concerns only the
    // caller (own sessions, own password, the permission catalogue) needs a
    // session but no permission.
    using E = ExpectedRouteAccess;
    auto pub = [](const char *m, const char *p) { return E {m, QLatin1String(p), Public, {}, {}}; };
    auto auth = [](const char *m, const char *p) { return E {m, QLatin1String(p), Authenticated, {}, {}}; };
    auto perm = [](const char *m, const char *p, const char *permission, QStringList also = {}) {
        return E {m, QLatin1String(p), Permission, QLatin1String(permission), also};
    };
    static const QList<ExpectedRouteAccess> rows = {
        // Service
        pub("GET", "/healthz"),
        pub("GET", "/readyz"),
        pub("GET", "/api/v1/openapi.json"),
        // Sign-in and one's own session
        pub("POST", "/api/v1/auth/login"),
        pub("POST", "/api/v1/auth/refresh"),
        auth("POST", "/api/v1/auth/logout"),
        auth("GET", "/api/v1/auth/me"),
        auth("POST", "/api/v1/auth/password"),
        // Administration
        perm("GET", "/api/v1/users", "users.view"),
        perm("POST", "/api/v1/users", "users.manage"),
        perm("GET", "/api/v1/users/{id:int}", "users.view"),
        perm("PATCH", "/api/v1/users/{id:int}", "users.manage"),
        perm("GET", "/api/v1/roles", "roles.view"),
        perm("POST", "/api/v1/roles", "roles.manage"),
        perm("GET", "/api/v1/roles/{id:int}", "roles.view"),
        perm("PATCH", "/api/v1/roles/{id:int}", "roles.manage"),
        perm("DELETE", "/api/v1/roles/{id:int}", "roles.manage"),
        auth("GET", "/api/v1/permissions"),
        auth("GET", "/api/v1/sessions"), // own; everyone's with sessions.manage
        auth("POST", "/api/v1/sessions/{id:int}/revoke"), // own; anyone's with sessions.manage
        perm("GET", "/api/v1/audit-log", "audit.view"),
        // CRM
        perm("GET", "/api/v1/accounts", "crm.view"),
        perm("POST", "/api/v1/accounts", "crm.edit"),
        perm("GET", "/api/v1/accounts/{id:int}", "crm.view"),
        perm("PATCH", "/api/v1/accounts/{id:int}", "crm.edit"),
        perm("DELETE", "/api/v1/accounts/{id:int}", "crm.edit"),
        perm("GET", "/api/v1/contacts", "crm.view"),
        perm("POST", "/api/v1/contacts", "crm.edit"),
        perm("GET", "/api/v1/contacts/{id:int}", "crm.view"),
        perm("PATCH", "/api/v1/contacts/{id:int}", "crm.edit"),
        perm("DELETE", "/api/v1/contacts/{id:int}", "crm.edit"),
        perm("GET", "/api/v1/leads", "crm.view"),
        perm("POST", "/api/v1/leads", "crm.edit"),
        perm("GET", "/api/v1/leads/board", "crm.view"),
        perm("POST", "/api/v1/leads/import", "crm.edit"),
        perm("GET", "/api/v1/leads/{id:int}", "crm.view"),
        perm("PATCH", "/api/v1/leads/{id:int}", "crm.edit"),
        perm("DELETE", "/api/v1/leads/{id:int}", "crm.edit"),
        perm("POST", "/api/v1/leads/{id:int}/convert", "crm.edit"),
        perm("POST", "/api/v1/leads/{id:int}/win", "crm.edit"),
        perm("POST", "/api/v1/leads/{id:int}/lose", "crm.edit"),
        perm("POST", "/api/v1/leads/{id:int}/reopen", "crm.edit"),
        perm("GET", "/api/v1/pipeline-stages", "crm.view"),
        perm("POST", "/api/v1/pipeline-stages", "crm.configure", {QStringLiteral("crm.edit")}),
        perm("GET", "/api/v1/pipeline-stages/{id:int}", "crm.view"),
        perm("PATCH", "/api/v1/pipeline-stages/{id:int}", "crm.configure", {QStringLiteral("crm.edit")}),
        perm("DELETE", "/api/v1/pipeline-stages/{id:int}", "crm.configure", {QStringLiteral("crm.edit")}),
        perm("GET", "/api/v1/activities", "crm.view"),
        perm("GET", "/api/v1/activities/mine", "crm.view"),
        perm("POST", "/api/v1/activities", "crm.edit"),
        perm("GET", "/api/v1/activities/{id:int}", "crm.view"),
        perm("PATCH", "/api/v1/activities/{id:int}", "crm.edit"),
        perm("DELETE", "/api/v1/activities/{id:int}", "crm.edit"),
    };
    return rows;
}

const ExpectedRouteAccess *ExpectedRouteAccess::find(const QByteArray &method, const QString &pattern)
{
    for (const auto &row : table())
        if (row.method == method && row.pattern == pattern)
            return &row;
    return nullptr;
}

} // namespace erp::test
