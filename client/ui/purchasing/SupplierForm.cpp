#include "client/ui/purchasing/SupplierForm.h"

#include "client/core/ApiReply.h"
#include "shared/Currency.h"
#include "shared/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
const QString DefaultCurrency = u"EUR"_s;

QLineEdit *lineEdit(const QString &name, int maxLength)
{
    auto *e = new QLineEdit;
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    return e;
}
} // namespace

// Built in code rather than Designer: two columns of plain fields, and the
// labels are retranslated in retranslate().
SupplierForm::SupplierForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/suppliers"_s, parent)
{
    setObjectName(u"supplierForm"_s);
    m_code = lineEdit(u"codeEdit"_s, 32);
    m_name = lineEdit(u"nameEdit"_s, 200);
    m_contact = lineEdit(u"contactEdit"_s, 200);
    m_email = lineEdit(u"emailEdit"_s, 254);
    m_phone = lineEdit(u"phoneEdit"_s, 50);
    m_terms = lineEdit(u"termsEdit"_s, 200);
    m_address = new QPlainTextEdit;
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItems(erp::shared::Currency::knownCodes());
    m_currency->setMaxVisibleItems(15);
    m_leadTime = new QSpinBox;
    m_leadTime->setObjectName(u"leadTimeSpin"_s);
    m_leadTime->setRange(0, 3650);
    m_active = new QCheckBox;
    m_active->setObjectName(u"activeCheck"_s);

    // The left column's texts need room as much as the right column's.
    for (QWidget *w : std::initializer_list<QWidget *> {m_code, m_name, m_contact, m_email, m_phone, m_address})
        w->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto *columns = new QHBoxLayout(contentWidget());
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *f : {left, right}) {
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    auto label = [](QWidget *buddy) {
        auto *l = new QLabel;
        l->setBuddy(buddy);
        return l;
    };
    m_codeLabel = label(m_code);
    m_nameLabel = label(m_name);
    m_contactLabel = label(m_contact);
    m_emailLabel = label(m_email);
    m_phoneLabel = label(m_phone);
    m_addressLabel = label(m_address);
    m_currencyLabel = label(m_currency);
    m_termsLabel = label(m_terms);
    m_leadTimeLabel = label(m_leadTime);
    m_notesLabel = label(m_notes);
    left->addRow(m_codeLabel, m_code);
    left->addRow(m_nameLabel, m_name);
    left->addRow(m_contactLabel, m_contact);
    left->addRow(m_emailLabel, m_email);
    left->addRow(m_phoneLabel, m_phone);
    left->addRow(m_addressLabel, m_address);
    right->addRow(m_currencyLabel, m_currency);
    right->addRow(m_termsLabel, m_terms);
    right->addRow(m_leadTimeLabel, m_leadTime);
    right->addRow(QString(), m_active);
    right->addRow(m_notesLabel, m_notes);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    columns->setAlignment(left, Qt::AlignTop);

    registerField(u"code"_s, m_code, m_codeLabel);
    registerField(u"name"_s, m_name, m_nameLabel);
    registerField(u"contact_person"_s, m_contact, m_contactLabel);
    registerField(u"email"_s, m_email, m_emailLabel);
    registerField(u"phone"_s, m_phone, m_phoneLabel);
    registerField(u"address"_s, m_address, m_addressLabel);
    registerField(u"currency"_s, m_currency, m_currencyLabel);
    registerField(u"payment_terms"_s, m_terms, m_termsLabel);
    registerField(u"lead_time_days"_s, m_leadTime, m_leadTimeLabel);
    registerField(u"is_active"_s, m_active, nullptr);
    registerField(u"notes"_s, m_notes, m_notesLabel);

    for (QLineEdit *e : {m_code, m_name, m_contact, m_email, m_phone, m_terms})
        connect(e, &QLineEdit::textEdited, this, &SupplierForm::markEdited);
    for (QPlainTextEdit *e : {m_address, m_notes})
        connect(e, &QPlainTextEdit::textChanged, this, &SupplierForm::markEdited);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SupplierForm::markEdited);
    connect(m_leadTime, &QSpinBox::valueChanged, this, &SupplierForm::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &SupplierForm::markEdited);
    retranslate();
    resize(900, 440);
}

void SupplierForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    for (QLineEdit *e : {m_code, m_name, m_contact, m_email, m_phone, m_terms})
        e->setReadOnly(readOnly);
    m_address->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_currency, m_leadTime, m_active})
        w->setEnabled(!readOnly);
}

QJsonObject SupplierForm::values() const
{
    QJsonObject v {{u"code"_s, m_code->text().trimmed()},
                   {u"name"_s, m_name->text().trimmed()},
                   {u"currency"_s, m_currency->currentText()},
                   {u"lead_time_days"_s, m_leadTime->value()},
                   {u"is_active"_s, m_active->isChecked()}};
    const auto optional = [&v](const QString &key, const QString &text) {
        v.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    };
    optional(u"contact_person"_s, m_contact->text().trimmed());
    optional(u"email"_s, m_email->text().trimmed());
    optional(u"phone"_s, m_phone->text().trimmed());
    optional(u"payment_terms"_s, m_terms->text().trimmed());
    optional(u"address"_s, m_address->toPlainText().trimmed());
    optional(u"notes"_s, m_notes->toPlainText().trimmed());
    return v;
}

void SupplierForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_address), b(m_notes), c(m_currency), d(m_leadTime), e(m_active);
    m_code->setText(record.value(u"code"_s).toString());
    m_name->setText(record.value(u"name"_s).toString());
    m_contact->setText(record.value(u"contact_person"_s).toString());
    m_email->setText(record.value(u"email"_s).toString());
    m_phone->setText(record.value(u"phone"_s).toString());
    m_terms->setText(record.value(u"payment_terms"_s).toString());
    m_address->setPlainText(record.value(u"address"_s).toString());
    m_notes->setPlainText(record.value(u"notes"_s).toString());
    const QString currency = record.value(u"currency"_s).toString(DefaultCurrency);
    if (m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    m_leadTime->setValue(record.value(u"lead_time_days"_s).toInt(0));
    m_active->setChecked(record.value(u"is_active"_s).toBool(true));
}

QList<FieldError> SupplierForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"code"_s).toString().isEmpty())
        problems.append({u"code"_s, u"required"_s, tr("Enter a short code for the supplier, for example ACME.")});
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the supplier's name.")});
    const QString email = v.value(u"email"_s).toString();
    if (!email.isEmpty() && !erp::shared::Validation::isEmail(email))
        problems.append(
            {u"email"_s, u"invalid_email"_s, tr("Enter a valid email address, for example name@example.com.")});
    return problems;
}

QString SupplierForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New supplier") : tr("Supplier “%1”").arg(name);
}

QString SupplierForm::titleForNew() const
{
    return tr("New Supplier");
}

QString SupplierForm::titleForEdit() const
{
    const QString name = record().value(u"name"_s).toString();
    return name.isEmpty() ? tr("Edit Supplier") : tr("Supplier: %1").arg(name);
}

void SupplierForm::retranslate()
{
    m_codeLabel->setText(tr("&Code:"));
    m_nameLabel->setText(tr("&Name:"));
    m_contactLabel->setText(tr("Contact &person:"));
    m_emailLabel->setText(tr("&Email:"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_addressLabel->setText(tr("&Address:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_termsLabel->setText(tr("Payment &terms:"));
    m_leadTimeLabel->setText(tr("&Lead time:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_code->setPlaceholderText(tr("e.g. ACME"));
    m_terms->setPlaceholderText(tr("e.g. 30 days net"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_leadTime->setSuffix(tr(" days"));
    m_active->setText(tr("Acti&ve (new orders may go to this supplier)"));
}

void SupplierForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

} // namespace erp::client
