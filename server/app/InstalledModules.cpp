// The list of modules this server is made of: the one place that names them
// (see docs/decisions/0009-module-seam.md). Compiled into every program that
// links the server, so that tenant provisioning and the demo data reach
// every module even where no ServerApplication runs (command-line tools,
// tests).
#include "server/admin/AdminModule.h"
#include "server/crm/CrmModule.h"
#include "server/platform/Module.h"

namespace erp::server {

const std::vector<const Module *> &installedModules()
{
    static const AdminModule admin;
    static const CrmModule crm;
    static const std::vector<const Module *> modules {&admin, &crm};
    return modules;
}

} // namespace erp::server
