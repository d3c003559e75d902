#include "client/ui/purchasing/ExchangeRatesPage.h"

#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/inventory/DecimalInput.h"
#include "client/ui/purchasing/ExchangeRateForm.h"
#include "shared/Currency.h"
#include "shared/Permissions.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

ExchangeRatesPage::ExchangeRatesPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/exchange-rates"_s, P::SettingsManage, parent)
    , m_currencyFilter(new QComboBox(this))
{
    m_currencyFilter->setObjectName(u"currencyFilter"_s);
    m_currencyFilter->addItem(QString());
    m_currencyFilter->addItems(erp::shared::Currency::knownCodes());
    m_currencyFilter->setMaxVisibleItems(15);
    addFilterWidget(m_currencyFilter);
    connect(m_currencyFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        model()->setFilter(u"currency"_s, index > 0 ? m_currencyFilter->currentText() : QString());
    });
    setSearchEnabled(false);
    setDefaultSort(u"-valid_on"_s);
    setExportBaseName(u"exchange-rates"_s);
    retranslate();
}

QString ExchangeRatesPage::title() const
{
    return tr("Exchange Rates");
}

void ExchangeRatesPage::retranslate()
{
    RecordListPage::retranslate();
    ListColumn validOn = ListColumn::text(u"valid_on"_s, tr("Valid from"), u"valid_on"_s);
    validOn.format = [](const QJsonObject &item) -> QVariant {
        return LocaleFormat::date(item.value(u"valid_on"_s).toString());
    };
    ListColumn rate = ListColumn::text(u"rate"_s, tr("Rate (base currency per unit)"));
    rate.alignment = Qt::AlignRight | Qt::AlignVCenter;
    rate.format = [](const QJsonObject &item) -> QVariant {
        return DecimalInput::forDisplay(item.value(u"rate"_s));
    };
    setColumns({ListColumn::text(u"currency"_s, tr("Currency")), validOn, rate});
    m_currencyFilter->setItemText(0, tr("All currencies"));
    setEmptyTexts(tr("No exchange rates yet. Orders in a currency other than the base currency need one."),
                  tr("No rates for this currency."));
    setCreateText(canEdit() ? tr("New Rate") : QString());
}

RecordForm *ExchangeRatesPage::createForm(bool readOnly)
{
    auto *form = new ExchangeRateForm(api(), this);
    form->setReadOnly(readOnly);
    return form;
}

QString ExchangeRatesPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString what = u"%1 %2"_s.arg(record.value(u"currency"_s).toString(),
                                        LocaleFormat::date(record.value(u"valid_on"_s).toString()));
    return created ? tr("Exchange rate %1 added.").arg(what) : tr("Exchange rate %1 saved.").arg(what);
}

} // namespace erp::client
