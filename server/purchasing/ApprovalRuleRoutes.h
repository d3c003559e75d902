#pragma once

namespace erp::server {

class Router;

// The organisation's approval bands over HTTP (/api/v1/approval-rules):
// list, read, create, change with If-Match and delete, for settings.manage.
// A band that would overlap another is refused with 422 naming from_amount
// or to_amount; the database's no-overlap constraint (checked at commit in
// migration 0011) is made immediate so that a concurrent overlap is a 422
// too, never a 500 at commit.
void registerApprovalRuleRoutes(Router &router);

} // namespace erp::server
