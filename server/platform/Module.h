#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace erp::server {

class Router;
class Transaction;

// The demo organisation a module adds sample data to: its tenant, its
// administrator and one user per built-in role.
struct DemoTenant
{
    qint64 tenantId = 0;
    qint64 adminId = 0;
    QHash<QString, qint64> userIdByRole; // "sales_rep" -> id
};

// One business area (admin, CRM, procurement, ...) as the rest of the server
// sees it. The composition root lists the installed modules
// (installedModules()); everything else reaches a module only through this
// interface, so adding one never means editing another.
class Module
{
public:
    virtual ~Module() = default;

    virtual QString name() const = 0;
    // Adds the module's routes, each with its permission.
    virtual void registerRoutes(Router &router) const = 0;
    // Called in the transaction that creates an organisation, after its
    // built-in roles and first administrator exist (tenant set on tx): what
    // a new tenant needs to use the module (a default pipeline, units, ...).
    virtual void provisionTenant(qint64 tenantId, Transaction &tx) const;
    // Sample data for the quick start's demo organisation, in one
    // transaction with the tenant and its administrator set on tx.
    virtual void seedDemoData(const DemoTenant &demo, Transaction &tx) const;
};

// The modules of this program in the order their routes are registered and
// their tenants provisioned. Defined by the composition root (server/app),
// the only place that names them.
const std::vector<const Module *> &installedModules();

} // namespace erp::server
