#include "client/ui/inventory/UnitForm.h"

#include "client/core/ApiReply.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/inventory/DecimalInput.h"
#include "client/ui/inventory/UnitChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// units.factor numeric(18, 9).
constexpr int FactorScale = 9;
constexpr int FactorIntegerDigits = 9;
} // namespace

UnitForm::UnitForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/units"_s, parent)
    , m_units(new UnitChoices(api, this))
{
    setObjectName(u"unitForm"_s);
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryCombo"_s);
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(100);
    m_symbol = new QLineEdit;
    m_symbol->setObjectName(u"symbolEdit"_s);
    m_symbol->setMaxLength(16);
    m_factor = new QLineEdit;
    m_factor->setObjectName(u"factorEdit"_s);
    DecimalInput::attach(m_factor, FactorScale);
    m_factorHint = new QLabel;
    m_factorHint->setObjectName(u"factorHint"_s);
    m_factorHint->setWordWrap(true);
    m_active = new QCheckBox;
    m_active->setObjectName(u"activeCheck"_s);

    auto *form = new QFormLayout(contentWidget());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_categoryLabel = row(m_category);
    m_nameLabel = row(m_name);
    m_symbolLabel = row(m_symbol);
    m_factorLabel = row(m_factor);
    form->addRow(QString(), m_factorHint);
    form->addRow(QString(), m_active);
    registerField(u"category_id"_s, m_category, m_categoryLabel);
    registerField(u"name"_s, m_name, m_nameLabel);
    registerField(u"symbol"_s, m_symbol, m_symbolLabel);
    registerField(u"factor"_s, m_factor, m_factorLabel);
    registerField(u"is_active"_s, m_active, nullptr);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_categoryId = m_category->currentData().toLongLong();
        markEdited();
    });
    for (QLineEdit *e : {m_name, m_symbol, m_factor})
        connect(e, &QLineEdit::textEdited, this, &UnitForm::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &UnitForm::markEdited);
    connect(m_units, &UnitChoices::loaded, this, &UnitForm::fillCategories);
    m_units->load();
    retranslate();
    // Room for the factor's hint and an error under the field without clipping.
    resize(540, 380);
}

void UnitForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    for (QLineEdit *e : {m_name, m_symbol, m_factor})
        e->setReadOnly(readOnly);
    m_category->setEnabled(!readOnly);
    m_active->setEnabled(!readOnly);
}

// The categories are those of the existing units (every organisation starts
// with Count and Mass).
void UnitForm::fillCategories()
{
    const QSignalBlocker block(m_category);
    m_category->clear();
    for (const QJsonObject &u : m_units->units()) {
        const qint64 id = jsonId(u.value(u"category_id"_s));
        if (m_category->findData(id) < 0)
            m_category->addItem(u.value(u"category_name"_s).toString(), id);
    }
    const int index = m_category->findData(m_categoryId);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
    m_categoryId = m_category->currentData().toLongLong();
}

QJsonObject UnitForm::values() const
{
    QJsonObject v {{u"name"_s, m_name->text().trimmed()},
                   {u"symbol"_s, m_symbol->text().trimmed()},
                   {u"factor"_s, DecimalInput::value(m_factor, FactorScale)},
                   {u"is_active"_s, m_active->isChecked()}};
    if (m_categoryId > 0)
        v.insert(u"category_id"_s, double(m_categoryId));
    return v;
}

void UnitForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_category), b(m_active);
    m_name->setText(record.value(u"name"_s).toString());
    m_symbol->setText(record.value(u"symbol"_s).toString());
    m_factor->setText(record.isEmpty() ? LocaleFormat::decimalForEditing(u"1"_s)
                                       : DecimalInput::forEditing(record.value(u"factor"_s)));
    m_active->setChecked(record.value(u"is_active"_s).toBool(true));
    m_categoryId = jsonId(record.value(u"category_id"_s));
    if (m_categoryId > 0 && m_category->findData(m_categoryId) < 0)
        m_category->addItem(record.value(u"category_name"_s).toString(), m_categoryId);
    const int index = m_category->findData(m_categoryId);
    if (index >= 0)
        m_category->setCurrentIndex(index);
    m_categoryId = m_category->currentData().toLongLong();
}

QList<FieldError> UnitForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (!v.contains(u"category_id"_s))
        problems.append({u"category_id"_s, u"required"_s, tr("Choose the unit's category.")});
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the unit's name, for example Box of 12.")});
    if (v.value(u"symbol"_s).toString().isEmpty())
        problems.append({u"symbol"_s, u"required"_s, tr("Enter a short symbol, for example box12.")});
    if (auto p = DecimalInput::check(u"factor"_s, m_factor, FactorScale, FactorIntegerDigits, true))
        problems.append(*p);
    return problems;
}

QString UnitForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New unit") : tr("Unit “%1”").arg(name);
}

QString UnitForm::titleForNew() const
{
    return tr("New Unit");
}

QString UnitForm::titleForEdit() const
{
    return tr("Unit: %1").arg(record().value(u"name"_s).toString());
}

QString UnitForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"factor"_s)
        return DecimalInput::forDisplay(value);
    if (field == u"category_id"_s) {
        const int index = m_category->findData(jsonId(value));
        return index >= 0 ? m_category->itemText(index) : QString();
    }
    return RecordForm::displayValue(field, value);
}

void UnitForm::retranslate()
{
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_nameLabel->setText(tr("&Name:"));
    m_symbolLabel->setText(tr("S&ymbol:"));
    m_factorLabel->setText(tr("&Factor:"));
    m_factorHint->setText(tr("How many of the category's base unit one of this unit is, exactly: a box of 12 "
                             "pieces is 12, a gram is 0.001 kilograms."));
    m_active->setText(tr("Acti&ve"));
}

void UnitForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange)
        DecimalInput::relocalise(m_factor);
    RecordForm::changeEvent(event);
}

} // namespace erp::client
