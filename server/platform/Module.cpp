#include "server/platform/Module.h"

namespace erp::server {

// Most modules need nothing in a new tenant or in the demo organisation.
void Module::provisionTenant(qint64, Transaction &) const { }

void Module::seedDemoData(const DemoTenant &, Transaction &) const { }

} // namespace erp::server
