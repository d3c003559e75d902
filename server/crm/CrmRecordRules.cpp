#include "server/crm/CrmRecordRules.h"

#include "shared/Permissions.h"

namespace erp::server {

bool CrmRecordRules::seesWholeTenant(const Principal &caller)
{
    return caller.has(QLatin1String(erp::shared::Permission::CrmViewAll));
}

QString CrmRecordRules::leads(const Principal &caller, const QString &alias)
{
    if (seesWholeTenant(caller))
        return {};
    return QStringLiteral("%1.owner_id = app_current_user()").arg(alias);
}

QString CrmRecordRules::contacts(const Principal &caller, const QString &alias)
{
    if (seesWholeTenant(caller))
        return {};
    return QStringLiteral("%1.owner_id = app_current_user()").arg(alias);
}

QString CrmRecordRules::activities(const Principal &caller, const QString &alias)
{
    if (seesWholeTenant(caller))
        return {};
    return QStringLiteral("(%1.assignee_id = app_current_user() OR %1.created_by = app_current_user())").arg(alias);
}

QString CrmRecordRules::accounts(const Principal &, const QString &)
{
    return {};
}

} // namespace erp::server
