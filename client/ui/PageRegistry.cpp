#include "client/ui/PageRegistry.h"

#include "client/core/Session.h"
#include "client/ui/admin/AuditLogPage.h"
#include "client/ui/admin/RolesPage.h"
#include "client/ui/admin/SessionsPage.h"
#include "client/ui/admin/UsersPage.h"
#include "client/ui/crm/AccountsPage.h"
#include "client/ui/crm/ContactsPage.h"
#include "client/ui/crm/LeadsPage.h"
#include "client/ui/crm/MyActivitiesPage.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/inventory/ProductsPage.h"
#include "client/ui/inventory/StockMovesPage.h"
#include "client/ui/inventory/StockPage.h"
#include "client/ui/inventory/UnitsPage.h"
#include "client/ui/inventory/WarehousesPage.h"
#include "client/ui/purchasing/ApprovalInboxPage.h"
#include "client/ui/purchasing/ApprovalRulesPage.h"
#include "client/ui/purchasing/ExchangeRatesPage.h"
#include "client/ui/purchasing/OrganisationSettingsPage.h"
#include "client/ui/purchasing/PurchaseOrdersPage.h"
#include "client/ui/purchasing/SuppliersPage.h"
#include "shared/Permissions.h"

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

const QList<PageRegistry::Module> &PageRegistry::modules()
{
    static const QList<Module> modules {
        {u"crm"_s, [] { return tr("CRM"); }},
        {u"purchasing"_s, [] { return tr("Purchasing"); }},
        {u"inventory"_s, [] { return tr("Inventory"); }},
        {u"shipments"_s, [] { return tr("Shipments"); }},
        {u"admin"_s, [] { return tr("Administration"); }},
    };
    return modules;
}

const QList<PageRegistry::PageDefinition> &PageRegistry::pages()
{
    static const QList<PageDefinition> pages {
        {u"leads"_s,
         u"crm"_s,
         {QLatin1String(P::CrmView)},
         [](const Session &) { return tr("Leads"); },
         [](ApiClient *api) -> Page * { return new LeadsPage(api); },
         u"flag"_s,
         QKeySequence(u"Ctrl+1"_s, QKeySequence::PortableText)},
        {u"pipeline"_s,
         u"crm"_s,
         {QLatin1String(P::CrmView)},
         [](const Session &) { return tr("Pipeline"); },
         [](ApiClient *api) -> Page * { return new PipelineBoardPage(api); },
         u"view-file-columns"_s,
         QKeySequence(u"Ctrl+2"_s, QKeySequence::PortableText)},
        {u"accounts"_s,
         u"crm"_s,
         {QLatin1String(P::CrmView)},
         [](const Session &) { return tr("Accounts"); },
         [](ApiClient *api) -> Page * { return new AccountsPage(api); },
         u"view-bank"_s,
         QKeySequence(u"Ctrl+3"_s, QKeySequence::PortableText)},
        {u"contacts"_s,
         u"crm"_s,
         {QLatin1String(P::CrmView)},
         [](const Session &) { return tr("Contacts"); },
         [](ApiClient *api) -> Page * { return new ContactsPage(api); },
         u"view-pim-contacts"_s,
         QKeySequence(u"Ctrl+4"_s, QKeySequence::PortableText)},
        {u"activities"_s,
         u"crm"_s,
         {QLatin1String(P::CrmView)},
         [](const Session &) { return tr("My Activities"); },
         [](ApiClient *api) -> Page * { return new MyActivitiesPage(api); },
         u"view-calendar-tasks"_s,
         QKeySequence(u"Ctrl+5"_s, QKeySequence::PortableText)},
        {u"users"_s,
         u"admin"_s,
         {QLatin1String(P::UsersView)},
         [](const Session &) { return tr("Users"); },
         [](ApiClient *api) -> Page * { return new UsersPage(api); },
         u"system-users"_s,
         QKeySequence(u"Ctrl+G, U"_s, QKeySequence::PortableText)},
        {u"roles"_s,
         u"admin"_s,
         {QLatin1String(P::RolesView)},
         [](const Session &) { return tr("Roles"); },
         [](ApiClient *api) -> Page * { return new RolesPage(api); },
         u"user-group-properties"_s,
         QKeySequence(u"Ctrl+G, R"_s, QKeySequence::PortableText)},
        {u"sessions"_s,
         u"admin"_s,
         {},
         [](const Session &s) { return s.hasPermission(P::SessionsManage) ? tr("Sessions") : tr("My Sessions"); },
         [](ApiClient *api) -> Page * { return new SessionsPage(api); },
         u"network-connect"_s,
         QKeySequence(u"Ctrl+G, S"_s, QKeySequence::PortableText)},
        {u"audit"_s,
         u"admin"_s,
         {QLatin1String(P::AuditView)},
         [](const Session &) { return tr("Audit Log"); },
         [](ApiClient *api) -> Page * { return new AuditLogPage(api); },
         u"view-history"_s,
         QKeySequence(u"Ctrl+G, A"_s, QKeySequence::PortableText)},
        {u"purchase-orders"_s,
         u"purchasing"_s,
         {QLatin1String(P::PurchasingView)},
         [](const Session &) { return tr("Purchase Orders"); },
         [](ApiClient *api) -> Page * { return new PurchaseOrdersPage(api); },
         u"amarok_cart_view"_s,
         QKeySequence(u"Ctrl+6"_s, QKeySequence::PortableText)},
        {u"approval-inbox"_s,
         u"purchasing"_s,
         {QLatin1String(P::PurchasingApprove)},
         [](const Session &) { return tr("Approval Inbox"); },
         [](ApiClient *api) -> Page * { return new ApprovalInboxPage(api); },
         u"mail-folder-inbox"_s,
         QKeySequence(u"Ctrl+7"_s, QKeySequence::PortableText)},
        // Procurement master data: read with the module's view permission
        // (forms open read-only without its edit permission).
        {u"suppliers"_s,
         u"purchasing"_s,
         {QLatin1String(P::PurchasingView)},
         [](const Session &) { return tr("Suppliers"); },
         [](ApiClient *api) -> Page * { return new SuppliersPage(api); },
         u"tag-people"_s,
         QKeySequence(u"Ctrl+8"_s, QKeySequence::PortableText)},
        {u"stock"_s,
         u"inventory"_s,
         {QLatin1String(P::InventoryView)},
         [](const Session &) { return tr("Stock"); },
         [](ApiClient *api) -> Page * { return new StockPage(api); },
         u"package"_s,
         QKeySequence(u"Ctrl+9"_s, QKeySequence::PortableText)},
        {u"stock-moves"_s,
         u"inventory"_s,
         {QLatin1String(P::InventoryView)},
         [](const Session &) { return tr("Stock Moves"); },
         [](ApiClient *api) -> Page * { return new StockMovesPage(api); },
         u"view-list-details"_s,
         QKeySequence(u"Ctrl+G, M"_s, QKeySequence::PortableText)},
        {u"products"_s,
         u"inventory"_s,
         {QLatin1String(P::InventoryView)},
         [](const Session &) { return tr("Products"); },
         [](ApiClient *api) -> Page * { return new ProductsPage(api); },
         u"tag"_s,
         QKeySequence(u"Ctrl+G, P"_s, QKeySequence::PortableText)},
        {u"warehouses"_s,
         u"inventory"_s,
         {QLatin1String(P::InventoryView)},
         [](const Session &) { return tr("Warehouses"); },
         [](ApiClient *api) -> Page * { return new WarehousesPage(api); },
         u"view-list-tree"_s,
         QKeySequence(u"Ctrl+G, W"_s, QKeySequence::PortableText)},
        {u"units"_s,
         u"inventory"_s,
         {QLatin1String(P::InventoryView)},
         [](const Session &) { return tr("Units"); },
         [](ApiClient *api) -> Page * { return new UnitsPage(api); },
         u"measure"_s,
         QKeySequence(u"Ctrl+G, N"_s, QKeySequence::PortableText)},
        // Organisation configuration: settings.manage (the server's rule for
        // reading it as well).
        {u"organisation"_s,
         u"admin"_s,
         {QLatin1String(P::SettingsManage)},
         [](const Session &) { return tr("Organisation"); },
         [](ApiClient *api) -> Page * { return new OrganisationSettingsPage(api); },
         u"document-properties"_s,
         QKeySequence(u"Ctrl+G, O"_s, QKeySequence::PortableText)},
        {u"exchange-rates"_s,
         u"admin"_s,
         {QLatin1String(P::SettingsManage)},
         [](const Session &) { return tr("Exchange Rates"); },
         [](ApiClient *api) -> Page * { return new ExchangeRatesPage(api); },
         u"view-currency-list"_s,
         QKeySequence(u"Ctrl+G, X"_s, QKeySequence::PortableText)},
        {u"approval-rules"_s,
         u"admin"_s,
         {QLatin1String(P::SettingsManage)},
         [](const Session &) { return tr("Approval Rules"); },
         [](ApiClient *api) -> Page * { return new ApprovalRulesPage(api); },
         u"view-task"_s,
         QKeySequence(u"Ctrl+G, L"_s, QKeySequence::PortableText)},
    };
    return pages;
}

QList<PageRegistry::PageDefinition> PageRegistry::pagesFor(const Session &session)
{
    QList<PageDefinition> result;
    for (const Module &module : modules()) {
        for (const PageDefinition &page : pages()) {
            if (page.module != module.id)
                continue;
            if (page.anyOf.isEmpty() || session.hasAnyPermission(page.anyOf))
                result.append(page);
        }
    }
    return result;
}

QString PageRegistry::moduleTitle(const QString &moduleId)
{
    for (const Module &module : modules())
        if (module.id == moduleId)
            return module.title();
    return moduleId;
}

} // namespace erp::client
