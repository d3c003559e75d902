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
        // Loopback, or a Bearer metrics token (not a user session): checked in the route.
        pub("GET", "/metrics"),
        pub("GET", "/api/v1/openapi.json"),
        pub("GET", "/api/docs"), // the API reference page and its script
        pub("GET", "/api/docs/redoc.standalone.js"),
        // Sign-in and one's own session
        pub("POST", "/api/v1/auth/login"),
        pub("POST", "/api/v1/auth/refresh"),
        // Ends the session of the refresh token in the body, so it works after
        // the access token expired; the handler checks the token itself.
        E {"POST", QStringLiteral("/api/v1/auth/logout"), Public, {}, {}, true},
        auth("GET", "/api/v1/auth/me"),
        auth("POST", "/api/v1/auth/password"),
        // Administration
        perm("GET", "/api/v1/users", "users.view"),
        perm("POST", "/api/v1/users", "users.manage"),
        perm("GET", "/api/v1/users/{id:int}", "users.view"),
        perm("PATCH", "/api/v1/users/{id:int}", "users.manage"),
        perm("POST", "/api/v1/users/{id:int}/unlock-sign-in", "users.manage"),
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
        // Purchasing: buyers create and change drafts and move orders along;
        // approving needs purchasing.approve (the band may narrow it further);
        // withdrawing is for the creator or purchasing.edit, decided by the
        // handler; receiving goods is the warehouse's (inventory.edit).
        perm("GET", "/api/v1/purchase-orders", "purchasing.view"),
        perm("POST", "/api/v1/purchase-orders", "purchasing.edit"),
        perm("GET", "/api/v1/purchase-orders/{id:int}", "purchasing.view"),
        perm("PATCH", "/api/v1/purchase-orders/{id:int}", "purchasing.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/submit", "purchasing.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/withdraw", "purchasing.view"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/approve", "purchasing.approve"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/reject", "purchasing.approve"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/order", "purchasing.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/receive", "inventory.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/close_short", "inventory.edit"),
        // One line ended short: the warehouse's, like receiving.
        perm("POST", "/api/v1/purchase-orders/{id:int}/lines/{line_id:int}/close_short", "inventory.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/revise", "purchasing.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/cancel", "purchasing.edit"),
        perm("POST", "/api/v1/purchase-orders/{id:int}/close", "purchasing.edit"),
        // Master data: read with the module's view permission, kept by its edit
        // permission (suppliers and their prices by buyers, products, units,
        // warehouses and locations by the warehouse).
        perm("GET", "/api/v1/suppliers", "purchasing.view"),
        perm("POST", "/api/v1/suppliers", "purchasing.edit"),
        perm("GET", "/api/v1/suppliers/{id:int}", "purchasing.view"),
        perm("PATCH", "/api/v1/suppliers/{id:int}", "purchasing.edit"),
        perm("GET", "/api/v1/supplier-prices", "purchasing.view"),
        perm("POST", "/api/v1/supplier-prices", "purchasing.edit"),
        perm("GET", "/api/v1/supplier-prices/{id:int}", "purchasing.view"),
        perm("PATCH", "/api/v1/supplier-prices/{id:int}", "purchasing.edit"),
        // Organisation settings and exchange rates: settings.manage, also to
        // read (they are configuration, shown to administrators).
        perm("GET", "/api/v1/settings", "settings.manage"),
        perm("PATCH", "/api/v1/settings", "settings.manage"),
        // What a purchase order's document needs (company header, default tax
        // rate, base currency, number prefix): read-only, for whoever reads orders.
        perm("GET", "/api/v1/settings/documents", "purchasing.view"),
        perm("GET", "/api/v1/exchange-rates", "settings.manage"),
        perm("POST", "/api/v1/exchange-rates", "settings.manage"),
        perm("GET", "/api/v1/exchange-rates/{id:int}", "settings.manage"),
        perm("PATCH", "/api/v1/exchange-rates/{id:int}", "settings.manage"),
        // Approval bands are configuration of the organisation like the settings.
        perm("GET", "/api/v1/approval-rules", "settings.manage"),
        perm("POST", "/api/v1/approval-rules", "settings.manage"),
        perm("GET", "/api/v1/approval-rules/{id:int}", "settings.manage"),
        perm("PATCH", "/api/v1/approval-rules/{id:int}", "settings.manage"),
        perm("DELETE", "/api/v1/approval-rules/{id:int}", "settings.manage"),
        perm("GET", "/api/v1/units", "inventory.view"),
        perm("POST", "/api/v1/units", "inventory.edit"),
        perm("GET", "/api/v1/units/{id:int}", "inventory.view"),
        perm("PATCH", "/api/v1/units/{id:int}", "inventory.edit"),
        perm("GET", "/api/v1/warehouses", "inventory.view"),
        perm("POST", "/api/v1/warehouses", "inventory.edit"),
        perm("GET", "/api/v1/warehouses/{id:int}", "inventory.view"),
        perm("PATCH", "/api/v1/warehouses/{id:int}", "inventory.edit"),
        perm("GET", "/api/v1/locations", "inventory.view"),
        perm("POST", "/api/v1/locations", "inventory.edit"),
        perm("GET", "/api/v1/locations/{id:int}", "inventory.view"),
        perm("PATCH", "/api/v1/locations/{id:int}", "inventory.edit"),
        perm("GET", "/api/v1/products", "inventory.view"),
        perm("POST", "/api/v1/products", "inventory.edit"),
        perm("GET", "/api/v1/products/{id:int}", "inventory.view"),
        perm("PATCH", "/api/v1/products/{id:int}", "inventory.edit"),
        // Stock: reading it is inventory.view; moving it between locations is
        // inventory.edit; correcting it after a count is inventory.adjust.
        perm("GET", "/api/v1/stock", "inventory.view"),
        perm("GET", "/api/v1/stock-moves", "inventory.view"),
        perm("POST", "/api/v1/stock-adjustments", "inventory.adjust"),
        perm("POST", "/api/v1/stock-transfers", "inventory.edit"),
        // Procurement master data: deleting and importing are changes, with
        // the same permission as creating; the reorder list is a read.
        perm("DELETE", "/api/v1/suppliers/{id:int}", "purchasing.edit"),
        perm("DELETE", "/api/v1/supplier-prices/{id:int}", "purchasing.edit"),
        perm("POST", "/api/v1/suppliers/import", "purchasing.edit"),
        perm("DELETE", "/api/v1/units/{id:int}", "inventory.edit"),
        perm("DELETE", "/api/v1/warehouses/{id:int}", "inventory.edit"),
        perm("DELETE", "/api/v1/locations/{id:int}", "inventory.edit"),
        perm("DELETE", "/api/v1/products/{id:int}", "inventory.edit"),
        perm("POST", "/api/v1/products/import", "inventory.edit"),
        perm("GET", "/api/v1/stock/reorder-suggestions", "inventory.view"),
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
