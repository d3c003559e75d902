#pragma once

#include <QString>

namespace erp::server {

// The instant SQL takes as "now" where an answer depends on the calendar day
// (the activity buckets overdue / today / upcoming). Normally now(). Tests fix
// it with the environment variable ERP_TEST_NOW, an ISO 8601 instant such as
// 2030-06-15T23:58:30Z, so that "today" does not depend on when they run (see
// docs/testing.md). Read once, before the first request; never set it in
// production.
class SqlClock
{
public:
    // An SQL expression of type timestamptz.
    static QString now();
};

} // namespace erp::server
