#include "client/ui/purchasing/SuppliersPage.h"

#include "client/core/PagedListModel.h"
#include "client/ui/purchasing/SupplierForm.h"
#include "shared/Permissions.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

SuppliersPage::SuppliersPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/suppliers"_s, P::PurchasingEdit, parent)
    , m_activeFilter(new QComboBox(this))
{
    m_activeFilter->setObjectName(u"activeFilter"_s);
    m_activeFilter->addItems({QString(), QString(), QString()});
    m_activeFilter->setItemData(0, QString());
    m_activeFilter->setItemData(1, u"true"_s);
    m_activeFilter->setItemData(2, u"false"_s);
    addFilterWidget(m_activeFilter);
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"is_active"_s, m_activeFilter->currentData().toString()); });
    setDefaultSort(u"name"_s);
    setExportBaseName(u"suppliers"_s);
    retranslate();
}

QString SuppliersPage::title() const
{
    return tr("Suppliers");
}

void SuppliersPage::retranslate()
{
    RecordListPage::retranslate();
    setColumns({ListColumn::text(u"code"_s, tr("Code"), u"code"_s), ListColumn::text(u"name"_s, tr("Name"), u"name"_s),
                ListColumn::text(u"contact_person"_s, tr("Contact"), u"contact_person"_s),
                ListColumn::text(u"email"_s, tr("Email"), u"email"_s), ListColumn::text(u"phone"_s, tr("Phone"), u"phone"_s),
                ListColumn::text(u"currency"_s, tr("Currency"), u"currency"_s),
                ListColumn::text(u"is_active"_s, tr("Active"), u"is_active"_s)});
    m_activeFilter->setItemText(0, tr("All suppliers"));
    m_activeFilter->setItemText(1, tr("Active"));
    m_activeFilter->setItemText(2, tr("Inactive"));
    setSearchPlaceholder(tr("Search by code, name or email"));
    setEmptyTexts(tr("No suppliers yet."), tr("No suppliers match the search or filter."));
    setCreateText(canEdit() ? tr("New Supplier") : QString());
}

RecordForm *SuppliersPage::createForm(bool readOnly)
{
    auto *form = new SupplierForm(api(), this);
    form->setReadOnly(readOnly);
    return form;
}

QString SuppliersPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString name = record.value(u"name"_s).toString();
    return created ? tr("Supplier “%1” created.").arg(name) : tr("Changes to “%1” saved.").arg(name);
}

SupplierForm *SuppliersPage::newSupplier()
{
    return static_cast<SupplierForm *>(newRecord());
}

SupplierForm *SuppliersPage::editSupplier(qint64 id)
{
    return static_cast<SupplierForm *>(editRecord(id));
}

} // namespace erp::client
