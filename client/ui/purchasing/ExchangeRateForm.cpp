#include "client/ui/purchasing/ExchangeRateForm.h"

#include "client/core/ApiReply.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/inventory/DecimalInput.h"
#include "shared/Currency.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// exchange_rates.rate numeric(18, 6).
constexpr int RateScale = 6;
constexpr int RateIntegerDigits = 12;
} // namespace

ExchangeRateForm::ExchangeRateForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/exchange-rates"_s, parent)
{
    setObjectName(u"exchangeRateForm"_s);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItems(erp::shared::Currency::knownCodes());
    m_currency->setMaxVisibleItems(15);
    m_date = new QDateEdit;
    m_date->setObjectName(u"validOnEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_rate = new QLineEdit;
    m_rate->setObjectName(u"rateEdit"_s);
    DecimalInput::attach(m_rate, RateScale);
    m_rateHint = new QLabel;
    m_rateHint->setWordWrap(true);
    auto *form = new QFormLayout(contentWidget());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_currencyLabel = row(m_currency);
    m_dateLabel = row(m_date);
    m_rateLabel = row(m_rate);
    form->addRow(QString(), m_rateHint);
    registerField(u"currency"_s, m_currency, m_currencyLabel);
    registerField(u"valid_on"_s, m_date, m_dateLabel);
    registerField(u"rate"_s, m_rate, m_rateLabel);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ExchangeRateForm::markEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &ExchangeRateForm::markEdited);
    connect(m_rate, &QLineEdit::textEdited, this, &ExchangeRateForm::markEdited);
    retranslate();
    resize(460, 240);
}

void ExchangeRateForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    m_currency->setEnabled(!readOnly);
    m_date->setReadOnly(readOnly);
    m_rate->setReadOnly(readOnly);
}

QJsonObject ExchangeRateForm::values() const
{
    return {{u"currency"_s, m_currency->currentText()},
            {u"valid_on"_s, m_date->date().toString(Qt::ISODate)},
            {u"rate"_s, DecimalInput::value(m_rate, RateScale)}};
}

void ExchangeRateForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_currency), b(m_date);
    m_currency->setCurrentText(record.value(u"currency"_s).toString(u"USD"_s));
    const QDate date = QDate::fromString(record.value(u"valid_on"_s).toString(), Qt::ISODate);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_rate->setText(DecimalInput::forEditing(record.value(u"rate"_s)));
}

QList<FieldError> ExchangeRateForm::validate(const QJsonObject &) const
{
    QList<FieldError> problems;
    if (auto p = DecimalInput::check(u"rate"_s, m_rate, RateScale, RateIntegerDigits, true))
        problems.append(*p);
    return problems;
}

QString ExchangeRateForm::recordName() const
{
    return isNew() ? tr("New exchange rate")
                   : tr("Rate of %1 from %2")
                         .arg(record().value(u"currency"_s).toString(),
                              LocaleFormat::date(record().value(u"valid_on"_s).toString()));
}

QString ExchangeRateForm::titleForNew() const
{
    return tr("New Exchange Rate");
}

QString ExchangeRateForm::titleForEdit() const
{
    return tr("Exchange Rate: %1").arg(record().value(u"currency"_s).toString());
}

QString ExchangeRateForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"rate"_s)
        return DecimalInput::forDisplay(value);
    if (field == u"valid_on"_s)
        return LocaleFormat::date(value.toString());
    return RecordForm::displayValue(field, value);
}

void ExchangeRateForm::retranslate()
{
    m_currencyLabel->setText(tr("C&urrency:"));
    m_dateLabel->setText(tr("&Valid from:"));
    m_rateLabel->setText(tr("&Rate:"));
    m_rateHint->setText(tr("How much of the base currency one unit of this currency is worth. Orders use the "
                           "latest rate on or before their order date."));
}

void ExchangeRateForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        DecimalInput::relocalise(m_rate);
        m_date->setDisplayFormat(LocaleFormat::dateFormat());
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
