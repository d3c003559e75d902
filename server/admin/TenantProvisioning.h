#pragma once

#include <QString>

namespace erp::server {

struct NewTenant
{
    QString slug;               // organisation identifier used at sign-in, e.g. "acme"
    QString name;
    QString adminEmail;
    QString adminDisplayName;
    QString adminPassword;
};

struct CreatedTenant
{
    qint64 tenantId = 0;
    qint64 adminUserId = 0;
};

// Creates an organisation with the built-in roles (admin, manager, sales_rep,
// purchaser, warehouse_clerk) and its first admin, in one transaction on this
// thread's database connection. There are no default accounts: this is the
// only way a tenant and its first user come to exist.
class TenantProvisioning
{
public:
    // Throws ApiError 422 for invalid input (slug shape, weak password, email)
    // and 409 when the slug is taken; DbError for database failures.
    static CreatedTenant createTenant(const NewTenant &tenant);

    // Adds a user with the given built-in or custom role names (tests, demo data).
    static qint64 createUser(qint64 tenantId, const QString &email, const QString &displayName,
                             const QString &password, const QStringList &roleNames);
};

} // namespace erp::server
