#pragma once

#include "server/http/Principal.h"

#include <QString>

namespace erp::server {

// Record rules: which CRM rows of the tenant a caller may see and change.
// Without crm.view_all a user sees the leads and contacts they own and the
// activities assigned to them or created by them; with it, the whole tenant.
// Accounts (companies) are shared by the whole tenant: reps link their
// contacts and conversions to the same company records.
//
// Each function returns ONE SQL predicate over the given table alias (or an
// empty string for "every row of the tenant"). Lists, searches, counts, CSV
// exports, reads by id, updates, actions and reference checks all use it, so
// a record is either visible everywhere or nowhere. The predicates compare
// with app_current_user() (set per transaction with the tenant) instead of a
// bound value, so they can sit inside subqueries and be reused by the CSV
// export's own short transactions; RecordRules combines them. See
// docs/decisions/0006-crm-record-rules.md.
class CrmRecordRules
{
public:
    static QString leads(const Principal &caller, const QString &alias = QStringLiteral("l"));
    static QString contacts(const Principal &caller, const QString &alias = QStringLiteral("c"));
    static QString activities(const Principal &caller, const QString &alias = QStringLiteral("a"));
    static QString accounts(const Principal &caller, const QString &alias = QStringLiteral("ac"));

    static bool seesWholeTenant(const Principal &caller);
};

} // namespace erp::server
