#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace erp::shared {

// Permission names, defined once for server and client. The server checks
// them on every route; the client only uses them to decide what to show.
namespace Permission {
inline constexpr char UsersView[] = "users.view";
inline constexpr char UsersManage[] = "users.manage";
inline constexpr char RolesView[] = "roles.view";
inline constexpr char RolesManage[] = "roles.manage";
inline constexpr char SessionsManage[] = "sessions.manage";   // revoke anyone's session
inline constexpr char AuditView[] = "audit.view";
inline constexpr char CrmView[] = "crm.view";
inline constexpr char CrmEdit[] = "crm.edit";
inline constexpr char CrmViewAll[] = "crm.view_all";          // beyond own records
inline constexpr char CrmConfigure[] = "crm.configure";       // pipeline stages
inline constexpr char PurchasingView[] = "purchasing.view";
inline constexpr char PurchasingEdit[] = "purchasing.edit";
inline constexpr char PurchasingApprove[] = "purchasing.approve";
inline constexpr char InventoryView[] = "inventory.view";
inline constexpr char InventoryEdit[] = "inventory.edit";      // receive goods, transfer stock
inline constexpr char InventoryAdjust[] = "inventory.adjust";  // correct stock after a count
inline constexpr char SettingsManage[] = "settings.manage";    // organisation settings, exchange rates, approval rules
inline constexpr char ShipmentsView[] = "shipments.view";
inline constexpr char ShipmentsEdit[] = "shipments.edit";
} // namespace Permission

struct PermissionInfo
{
    QString name;
    QString module;       // "admin", "crm", "purchasing", "inventory", "shipments"
    QString description;  // English; the client translates by name
};

// Every permission the product knows, grouped by module.
const QList<PermissionInfo> &allPermissions();
bool isKnownPermission(const QString &name);

// The built-in roles every tenant starts with, and what they hold.
struct BuiltInRole
{
    QString name;
    QStringList permissions;
};
const QList<BuiltInRole> &builtInRoles();

} // namespace erp::shared
