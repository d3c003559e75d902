#include "client/ui/inventory/ProductsPage.h"

#include "client/ui/inventory/DecimalInput.h"
#include "client/core/PagedListModel.h"
#include "client/ui/inventory/ProductForm.h"
#include "shared/Permissions.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

ProductsPage::ProductsPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/products"_s, P::InventoryEdit, parent)
    , m_activeFilter(new QComboBox(this))
{
    m_activeFilter->setObjectName(u"activeFilter"_s);
    m_activeFilter->addItems({QString(), QString(), QString()});
    m_activeFilter->setItemData(1, u"true"_s);
    m_activeFilter->setItemData(2, u"false"_s);
    addFilterWidget(m_activeFilter);
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"is_active"_s, m_activeFilter->currentData().toString()); });
    setDefaultSort(u"name"_s);
    setExportBaseName(u"products"_s);
    retranslate();
}

QString ProductsPage::title() const
{
    return tr("Products");
}

void ProductsPage::retranslate()
{
    RecordListPage::retranslate();
    ListColumn cost = ListColumn::text(u"standard_cost"_s, tr("Standard cost"), u"standard_cost"_s);
    cost.alignment = Qt::AlignRight | Qt::AlignVCenter;
    cost.format = [](const QJsonObject &item) -> QVariant {
        return DecimalInput::forDisplay(item.value(u"standard_cost"_s), 2);
    };
    ListColumn reorder = ListColumn::text(u"reorder_point"_s, tr("Reorder point"), u"reorder_point"_s);
    reorder.alignment = Qt::AlignRight | Qt::AlignVCenter;
    reorder.format = [](const QJsonObject &item) -> QVariant {
        return DecimalInput::forDisplay(item.value(u"reorder_point"_s));
    };
    setColumns({ListColumn::text(u"sku"_s, tr("SKU"), u"sku"_s), ListColumn::text(u"name"_s, tr("Name"), u"name"_s),
                ListColumn::text(u"category"_s, tr("Category"), u"category"_s),
                ListColumn::text(u"barcode"_s, tr("Barcode"), u"barcode"_s),
                ListColumn::text(u"stock_unit_symbol"_s, tr("Unit"), u"stock_unit"_s), cost, reorder,
                ListColumn::text(u"is_active"_s, tr("Active"), u"is_active"_s)});
    m_activeFilter->setItemText(0, tr("All products"));
    m_activeFilter->setItemText(1, tr("Active"));
    m_activeFilter->setItemText(2, tr("Inactive"));
    setSearchPlaceholder(tr("Search by SKU, barcode or name"));
    setEmptyTexts(tr("No products yet."), tr("No products match the search or filter."));
    setCreateText(canEdit() ? tr("New Product") : QString());
}

RecordForm *ProductsPage::createForm(bool readOnly)
{
    auto *form = new ProductForm(api(), this);
    form->setReadOnly(readOnly);
    return form;
}

QString ProductsPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString name = record.value(u"name"_s).toString();
    return created ? tr("Product “%1” created.").arg(name) : tr("Changes to “%1” saved.").arg(name);
}

ProductForm *ProductsPage::newProduct()
{
    return static_cast<ProductForm *>(newRecord());
}

ProductForm *ProductsPage::editProduct(qint64 id)
{
    return static_cast<ProductForm *>(editRecord(id));
}

} // namespace erp::client
