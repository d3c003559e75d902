#pragma once

#include <QString>

namespace erp::server {

// Combining record rules: each module's rules are SQL predicates over a
// table alias, an empty string meaning "every row of the tenant" (see
// docs/decisions/0006-crm-record-rules.md).
class RecordRules
{
public:
    // "a AND b" where either may be empty (meaning no restriction).
    static QString both(const QString &a, const QString &b);
    // The predicate for a WHERE clause: "TRUE" when unrestricted.
    static QString orTrue(const QString &predicate);
};

} // namespace erp::server
