#include "server/admin/AdminModule.h"

#include "server/admin/AdminRoutes.h"

namespace erp::server {

QString AdminModule::name() const
{
    return QStringLiteral("admin");
}

void AdminModule::registerRoutes(Router &router) const
{
    registerAdminRoutes(router);
}

} // namespace erp::server
