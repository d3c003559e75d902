#include "client/ui/inventory/LocationForm.h"

#include "client/core/ApiReply.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace erp::client {

LocationForm::LocationForm(ApiClient *api, qint64 warehouseId, QWidget *parent)
    : RecordForm(api, u"/locations"_s, parent)
    , m_warehouseId(warehouseId)
{
    setObjectName(u"locationForm"_s);
    m_code = new QLineEdit;
    m_code->setObjectName(u"codeEdit"_s);
    m_code->setMaxLength(32);
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(200);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItem(QString(), u"storage"_s);
    m_kind->addItem(QString(), u"receiving"_s);
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
    m_codeLabel = row(m_code);
    m_nameLabel = row(m_name);
    m_kindLabel = row(m_kind);
    form->addRow(QString(), m_active);
    registerField(u"code"_s, m_code, m_codeLabel);
    registerField(u"name"_s, m_name, m_nameLabel);
    registerField(u"kind"_s, m_kind, m_kindLabel);
    registerField(u"is_active"_s, m_active, nullptr);
    for (QLineEdit *e : {m_code, m_name})
        connect(e, &QLineEdit::textEdited, this, &LocationForm::markEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LocationForm::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &LocationForm::markEdited);
    retranslate();
    resize(420, 220);
}

QString LocationForm::kindText(const QString &kind)
{
    if (kind == u"receiving"_s)
        return tr("Receiving");
    if (kind == u"storage"_s)
        return tr("Storage");
    return kind;
}

QJsonObject LocationForm::values() const
{
    return {{u"code"_s, m_code->text().trimmed()},
            {u"name"_s, m_name->text().trimmed()},
            {u"kind"_s, m_kind->currentData().toString()},
            {u"is_active"_s, m_active->isChecked()}};
}

QJsonObject LocationForm::createBody(const QJsonObject &values) const
{
    QJsonObject body = values;
    body.insert(u"warehouse_id"_s, double(m_warehouseId));
    return body;
}

void LocationForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_kind), b(m_active);
    m_code->setText(record.value(u"code"_s).toString());
    m_name->setText(record.value(u"name"_s).toString());
    const int index = m_kind->findData(record.value(u"kind"_s).toString(u"storage"_s));
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
    m_active->setChecked(record.value(u"is_active"_s).toBool(true));
}

QList<FieldError> LocationForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"code"_s).toString().isEmpty())
        problems.append({u"code"_s, u"required"_s, tr("Enter a short code, for example A-01.")});
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the location's name.")});
    return problems;
}

QString LocationForm::recordName() const
{
    const QString code = record().value(u"code"_s).toString();
    return isNew() || code.isEmpty() ? tr("New location") : tr("Location “%1”").arg(code);
}

QString LocationForm::titleForNew() const
{
    return tr("New Location");
}

QString LocationForm::titleForEdit() const
{
    return tr("Location: %1").arg(record().value(u"code"_s).toString());
}

QString LocationForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"kind"_s)
        return kindText(value.toString());
    return RecordForm::displayValue(field, value);
}

void LocationForm::retranslate()
{
    m_codeLabel->setText(tr("&Code:"));
    m_nameLabel->setText(tr("&Name:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, kindText(u"storage"_s));
    m_kind->setItemText(1, kindText(u"receiving"_s));
    m_active->setText(tr("Acti&ve"));
}

void LocationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

} // namespace erp::client
