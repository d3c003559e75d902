#pragma once

#include <QCoreApplication>
#include <QString>

namespace erp::client {

// The one place that turns a role's stored name into what people read:
// built-in roles ("sales_rep") get a translated display name ("Sales
// representative"); custom roles are shown by the name their creator gave.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::RoleText)

public:
    static QString displayName(const QString &name, bool isBuiltin);
    // A user's "role_names" as the server sends it ("manager, sales_rep").
    // Built-in names cannot be reused by custom roles (names are unique per
    // organisation, case-insensitively), so a listed built-in name is the
    // built-in role.
    static QString displayList(const QString &commaSeparatedNames);
};

} // namespace erp::client
