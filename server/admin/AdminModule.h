#pragma once

#include "server/platform/Module.h"

namespace erp::server {

// Administration of an organisation: users, roles, sessions, audit log. Its
// built-in roles and first administrator are created by TenantProvisioning
// itself, before any module provisions the new tenant.
class AdminModule : public Module
{
public:
    QString name() const override;
    void registerRoutes(Router &router) const override;
};

} // namespace erp::server
