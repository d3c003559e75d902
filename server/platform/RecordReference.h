#pragma once

#include "server/http/Principal.h"

#include <QString>

#include <functional>

namespace erp::server {

// What a reference field points at: a row of one tenant table, checked in
// the caller's transaction (row-level security limits it to the tenant, the
// record rule to what the caller may see). Every module declares its
// references with this one type; the field code knows no table by name.
struct RecordReference
{
    QString table; // "accounts"
    QString alias; // "ac": the record rule and the condition are written over it
    QString condition; // an extra predicate ("u.is_active"); empty: none
    std::function<QString(const Principal &)> recordRule; // may be empty: every row of the tenant
    QString errorCode; // "unknown_account"
    QString errorMessage; // "No account with this id."

    // Users of the caller's tenant that are still active: owners, assignees
    // and approvers in every module.
    static const RecordReference &activeUsers();
};

} // namespace erp::server
