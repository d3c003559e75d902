#include "client/ui/purchasing/SupplierPriceForm.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/inventory/DecimalInput.h"
#include "client/ui/inventory/UnitChoices.h"
#include "shared/Currency.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// supplier_prices: unit_price numeric(14, 4), min_quantity numeric(14, 3).
constexpr int PriceScale = 4;
constexpr int PriceIntegerDigits = 10;
constexpr int QuantityScale = 3;
constexpr int QuantityIntegerDigits = 11;
} // namespace

SupplierPriceForm::SupplierPriceForm(ApiClient *api, qint64 productId, qint64 unitCategoryId, UnitChoices *units,
                                     QWidget *parent)
    : RecordForm(api, u"/supplier-prices"_s, parent)
    , m_api(api)
    , m_productId(productId)
    , m_unitCategoryId(unitCategoryId)
    , m_units(units)
{
    setObjectName(u"supplierPriceForm"_s);
    m_supplier = new ReferencePicker;
    m_supplier->setObjectName(u"supplierPicker"_s);
    m_supplier->setSource(api, u"/suppliers"_s);
    m_unit = new QComboBox;
    m_unit->setObjectName(u"unitCombo"_s);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItems(erp::shared::Currency::knownCodes());
    m_currency->setMaxVisibleItems(15);
    m_minQuantity = new QLineEdit;
    m_minQuantity->setObjectName(u"minQuantityEdit"_s);
    DecimalInput::attach(m_minQuantity, QuantityScale);
    m_price = new QLineEdit;
    m_price->setObjectName(u"priceEdit"_s);
    DecimalInput::attach(m_price, PriceScale);
    m_leadTime = new QSpinBox;
    m_leadTime->setObjectName(u"leadTimeSpin"_s);
    m_leadTime->setRange(-1, 3650);

    auto *form = new QFormLayout(contentWidget());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_supplierLabel = row(m_supplier);
    m_unitLabel = row(m_unit);
    m_currencyLabel = row(m_currency);
    m_minLabel = row(m_minQuantity);
    m_priceLabel = row(m_price);
    m_leadLabel = row(m_leadTime);
    registerField(u"supplier_id"_s, m_supplier, m_supplierLabel);
    registerField(u"unit_id"_s, m_unit, m_unitLabel);
    registerField(u"currency"_s, m_currency, m_currencyLabel);
    registerField(u"min_quantity"_s, m_minQuantity, m_minLabel);
    registerField(u"unit_price"_s, m_price, m_priceLabel);
    registerField(u"lead_time_days"_s, m_leadTime, m_leadLabel);

    connect(m_supplier, &ReferencePicker::idChanged, this, &SupplierPriceForm::supplierChosen);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_unitId = UnitChoices::selectedId(m_unit);
        markEdited();
    });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SupplierPriceForm::markEdited);
    for (QLineEdit *e : {m_minQuantity, m_price})
        connect(e, &QLineEdit::textEdited, this, &SupplierPriceForm::markEdited);
    connect(m_leadTime, &QSpinBox::valueChanged, this, &SupplierPriceForm::markEdited);
    connect(m_units, &UnitChoices::loaded, this, [this] { m_units->fill(m_unit, m_unitId, m_unitCategoryId); });
    m_units->fill(m_unit, m_unitId, m_unitCategoryId);
    retranslate();
    resize(480, 300);
}

void SupplierPriceForm::supplierChosen(qint64 id)
{
    markEdited();
    if (id <= 0 || !isNew())
        return;
    // A new price is in the supplier's currency unless the user says otherwise.
    ApiReply *reply = m_api->get(u"/suppliers/%1"_s.arg(id));
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (reply->isSuccess() && m_supplier->id() == id)
            m_currency->setCurrentText(reply->json().value(u"currency"_s).toString());
    });
}

QJsonObject SupplierPriceForm::values() const
{
    QJsonObject v {{u"currency"_s, m_currency->currentText()},
                   {u"min_quantity"_s, DecimalInput::value(m_minQuantity, QuantityScale)},
                   {u"unit_price"_s, DecimalInput::value(m_price, PriceScale)},
                   {u"lead_time_days"_s, m_leadTime->value() < 0 ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(m_leadTime->value())}};
    if (m_supplier->id() > 0)
        v.insert(u"supplier_id"_s, double(m_supplier->id()));
    if (m_unitId > 0)
        v.insert(u"unit_id"_s, double(m_unitId));
    return v;
}

QJsonObject SupplierPriceForm::createBody(const QJsonObject &values) const
{
    QJsonObject body = values;
    body.insert(u"product_id"_s, double(m_productId));
    if (body.value(u"min_quantity"_s).isNull())
        body.remove(u"min_quantity"_s); // the server's default: from 1
    return body;
}

void SupplierPriceForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_supplier), b(m_unit), c(m_currency), d(m_leadTime);
    const qint64 supplier = jsonId(record.value(u"supplier_id"_s));
    if (supplier > 0)
        m_supplier->setValue(supplier, record.value(u"supplier_name"_s).toString());
    else
        m_supplier->clearValue();
    m_unitId = jsonId(record.value(u"unit_id"_s));
    m_units->fill(m_unit, m_unitId, m_unitCategoryId);
    m_unitId = UnitChoices::selectedId(m_unit);
    m_currency->setCurrentText(record.value(u"currency"_s).toString(u"EUR"_s));
    m_minQuantity->setText(record.isEmpty() ? LocaleFormat::decimalForEditing(u"1"_s)
                                            : DecimalInput::forEditing(record.value(u"min_quantity"_s)));
    m_price->setText(DecimalInput::forEditing(record.value(u"unit_price"_s), 2));
    const QJsonValue lead = record.value(u"lead_time_days"_s);
    m_leadTime->setValue(lead.isDouble() ? lead.toInt() : -1);
}

QList<FieldError> SupplierPriceForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (!v.contains(u"supplier_id"_s))
        problems.append({u"supplier_id"_s, u"required"_s, tr("Choose the supplier.")});
    if (!v.contains(u"unit_id"_s))
        problems.append({u"unit_id"_s, u"required"_s, tr("Choose the unit the price is for.")});
    if (auto p = DecimalInput::check(u"min_quantity"_s, m_minQuantity, QuantityScale, QuantityIntegerDigits, false))
        problems.append(*p);
    if (auto p = DecimalInput::check(u"unit_price"_s, m_price, PriceScale, PriceIntegerDigits, true))
        problems.append(*p);
    return problems;
}

QString SupplierPriceForm::recordName() const
{
    const QString supplier = record().value(u"supplier_name"_s).toString();
    return isNew() || supplier.isEmpty() ? tr("New supplier price") : tr("Price of “%1”").arg(supplier);
}

QString SupplierPriceForm::titleForNew() const
{
    return tr("New Supplier Price");
}

QString SupplierPriceForm::titleForEdit() const
{
    return tr("Supplier Price: %1").arg(record().value(u"supplier_name"_s).toString());
}

QString SupplierPriceForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"unit_price"_s || field == u"min_quantity"_s)
        return DecimalInput::forDisplay(value);
    if (field == u"unit_id"_s)
        return UnitChoices::label(m_units->unit(jsonId(value)));
    return RecordForm::displayValue(field, value);
}

void SupplierPriceForm::retranslate()
{
    m_supplierLabel->setText(tr("&Supplier:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_minLabel->setText(tr("From &quantity:"));
    m_priceLabel->setText(tr("Unit &price:"));
    m_leadLabel->setText(tr("&Lead time:"));
    m_supplier->setPlaceholderText(tr("Type to search suppliers"));
    m_leadTime->setSpecialValueText(tr("Supplier's usual"));
    m_leadTime->setSuffix(tr(" days"));
}

void SupplierPriceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        DecimalInput::relocalise(m_minQuantity);
        DecimalInput::relocalise(m_price);
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
