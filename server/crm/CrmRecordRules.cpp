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

QString CrmRecordRules::both(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QLatin1Char('(') + a + QStringLiteral(") AND (") + b + QLatin1Char(')');
}

QString CrmRecordRules::orTrue(const QString &predicate)
{
    return predicate.isEmpty() ? QStringLiteral("TRUE") : QLatin1Char('(') + predicate + QLatin1Char(')');
}

} // namespace erp::server
