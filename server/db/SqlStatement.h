#pragma once

#include <QString>
#include <QVariantList>

namespace erp::server {

// One SQL statement with its ? placeholders' values, for sending several in
// one message (Transaction::executeAll) or handing a write to the caller
// that sends it with others.
struct SqlStatement
{
    QString sql;
    QVariantList values;
    // Run on the statement's generic plan (plan_cache_mode for this
    // statement only). For a statement that takes arrays: a plan made for
    // the values knows their lengths and so always looks cheaper than the
    // generic plan, which does not, and PostgreSQL would plan it anew on
    // every call (hundreds of microseconds for a join of a few tables).
    bool genericPlan = false;
};

} // namespace erp::server
