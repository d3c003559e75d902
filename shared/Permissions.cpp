#include "shared/Permissions.h"

namespace erp::shared {

const QList<PermissionInfo> &allPermissions()
{
    static const QList<PermissionInfo> list = {
        {QLatin1String(Permission::UsersView), QStringLiteral("admin"), QStringLiteral("See users")},
        {QLatin1String(Permission::UsersManage), QStringLiteral("admin"), QStringLiteral("Create, edit and deactivate users and assign roles")},
        {QLatin1String(Permission::RolesView), QStringLiteral("admin"), QStringLiteral("See roles and their permissions")},
        {QLatin1String(Permission::RolesManage), QStringLiteral("admin"), QStringLiteral("Create, rename, change and delete roles")},
        {QLatin1String(Permission::SessionsManage), QStringLiteral("admin"), QStringLiteral("See and revoke other users' sessions")},
        {QLatin1String(Permission::AuditView), QStringLiteral("admin"), QStringLiteral("Read the audit log")},
        {QLatin1String(Permission::SettingsManage), QStringLiteral("admin"), QStringLiteral("Change the organisation's settings, exchange rates and approval rules")},
        {QLatin1String(Permission::CrmView), QStringLiteral("crm"), QStringLiteral("See leads, contacts, accounts and activities")},
        {QLatin1String(Permission::CrmEdit), QStringLiteral("crm"), QStringLiteral("Create and change CRM records")},
        {QLatin1String(Permission::CrmViewAll), QStringLiteral("crm"), QStringLiteral("See every user's CRM records, not only one's own")},
        {QLatin1String(Permission::CrmConfigure), QStringLiteral("crm"), QStringLiteral("Change the sales pipeline's stages")},
        {QLatin1String(Permission::PurchasingView), QStringLiteral("purchasing"), QStringLiteral("See suppliers, products and purchase orders")},
        {QLatin1String(Permission::PurchasingEdit), QStringLiteral("purchasing"), QStringLiteral("Create and change purchase orders")},
        {QLatin1String(Permission::PurchasingApprove), QStringLiteral("purchasing"), QStringLiteral("Approve or reject purchase orders")},
        {QLatin1String(Permission::InventoryView), QStringLiteral("inventory"), QStringLiteral("See stock and stock moves")},
        {QLatin1String(Permission::InventoryEdit), QStringLiteral("inventory"), QStringLiteral("Receive goods and transfer stock between locations")},
        {QLatin1String(Permission::InventoryAdjust), QStringLiteral("inventory"), QStringLiteral("Correct stock after a count")},
        {QLatin1String(Permission::ShipmentsView), QStringLiteral("shipments"), QStringLiteral("See shipments and carriers")},
        {QLatin1String(Permission::ShipmentsEdit), QStringLiteral("shipments"), QStringLiteral("Create and update shipments")},
    };
    return list;
}

bool isKnownPermission(const QString &name)
{
    for (const auto &p : allPermissions())
        if (p.name == name)
            return true;
    return false;
}

const QList<BuiltInRole> &builtInRoles()
{
    static const QList<BuiltInRole> roles = [] {
        QStringList all;
        for (const auto &p : allPermissions())
            all << p.name;
        auto names = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *n : list)
                out << QLatin1String(n);
            return out;
        };
        using namespace Permission;
        return QList<BuiltInRole>{
            {QStringLiteral("admin"), all},
            {QStringLiteral("manager"),
             names({UsersView, RolesView, AuditView, CrmView, CrmEdit, CrmViewAll, CrmConfigure, PurchasingView,
                    PurchasingEdit, PurchasingApprove, InventoryView, InventoryEdit, ShipmentsView,
                    ShipmentsEdit})},
            {QStringLiteral("sales_rep"), names({CrmView, CrmEdit, InventoryView, ShipmentsView})},
            {QStringLiteral("purchaser"),
             names({PurchasingView, PurchasingEdit, InventoryView, ShipmentsView})},
            {QStringLiteral("warehouse_clerk"),
             names({InventoryView, InventoryEdit, InventoryAdjust, PurchasingView, ShipmentsView, ShipmentsEdit})},
        };
    }();
    return roles;
}

} // namespace erp::shared
