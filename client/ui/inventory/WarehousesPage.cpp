#include "client/ui/inventory/WarehousesPage.h"

#include "client/ui/inventory/WarehouseForm.h"
#include "shared/Permissions.h"

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

WarehousesPage::WarehousesPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/warehouses"_s, P::InventoryEdit, parent)
{
    setDefaultSort(u"name"_s);
    setExportBaseName(u"warehouses"_s);
    retranslate();
}

QString WarehousesPage::title() const
{
    return tr("Warehouses");
}

void WarehousesPage::retranslate()
{
    RecordListPage::retranslate();
    setColumns({ListColumn::text(u"code"_s, tr("Code"), u"code"_s), ListColumn::text(u"name"_s, tr("Name"), u"name"_s),
                ListColumn::text(u"address"_s, tr("Address")), ListColumn::text(u"is_active"_s, tr("Active"))});
    setSearchPlaceholder(tr("Search by code or name"));
    setEmptyTexts(tr("No warehouses yet."), tr("No warehouses match the search."));
    setCreateText(canEdit() ? tr("New Warehouse") : QString());
}

RecordForm *WarehousesPage::createForm(bool readOnly)
{
    auto *form = new WarehouseForm(api(), this);
    form->setReadOnly(readOnly);
    return form;
}

QString WarehousesPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString name = record.value(u"name"_s).toString();
    return created ? tr("Warehouse “%1” created.").arg(name) : tr("Changes to “%1” saved.").arg(name);
}

} // namespace erp::client
