#include "client/ui/inventory/UnitsPage.h"

#include "client/ui/inventory/DecimalInput.h"
#include "client/ui/inventory/UnitForm.h"
#include "shared/Permissions.h"

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

UnitsPage::UnitsPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/units"_s, P::InventoryEdit, parent)
{
    setDefaultSort(u"name"_s);
    setExportBaseName(u"units"_s);
    retranslate();
}

QString UnitsPage::title() const
{
    return tr("Units");
}

void UnitsPage::retranslate()
{
    RecordListPage::retranslate();
    ListColumn factor = ListColumn::text(u"factor"_s, tr("Factor"));
    factor.alignment = Qt::AlignRight | Qt::AlignVCenter;
    factor.format = [](const QJsonObject &item) -> QVariant {
        return DecimalInput::forDisplay(item.value(u"factor"_s));
    };
    setColumns({ListColumn::text(u"name"_s, tr("Name"), u"name"_s), ListColumn::text(u"symbol"_s, tr("Symbol")),
                ListColumn::text(u"category_name"_s, tr("Category")), factor,
                ListColumn::text(u"is_active"_s, tr("Active"))});
    setSearchPlaceholder(tr("Search by name or symbol"));
    setEmptyTexts(tr("No units yet."), tr("No units match the search."));
    setCreateText(canEdit() ? tr("New Unit") : QString());
}

RecordForm *UnitsPage::createForm(bool readOnly)
{
    auto *form = new UnitForm(api(), this);
    form->setReadOnly(readOnly);
    return form;
}

QString UnitsPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString name = record.value(u"name"_s).toString();
    return created ? tr("Unit “%1” created.").arg(name) : tr("Changes to “%1” saved.").arg(name);
}

} // namespace erp::client
