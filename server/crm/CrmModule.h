#pragma once

#include "server/platform/Module.h"

namespace erp::server {

// CRM: accounts, contacts, leads and their pipeline, activities. A new
// tenant gets the default pipeline; the demo organisation a few companies,
// people, leads across the pipeline and open activities.
class CrmModule : public Module
{
public:
    QString name() const override;
    void registerRoutes(Router &router) const override;
    void provisionTenant(qint64 tenantId, Transaction &tx) const override;
    void seedDemoData(const DemoTenant &demo, Transaction &tx) const override;
};

} // namespace erp::server
