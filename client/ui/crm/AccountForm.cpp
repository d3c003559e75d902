#include "client/ui/crm/AccountForm.h"

#include "client/ui/crm/ActivitiesPanel.h"

#include "client/core/ApiClient.h"
#include "client/core/Session.h"
#include "client/ui/crm/CrmLookups.h"
#include "ui_AccountForm.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

AccountForm::AccountForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/accounts"_s, parent)
    , m_ui(std::make_unique<Ui::AccountForm>())
    , m_api(api)
    , m_lookups(new CrmLookups(api, this))
{
    setObjectName(u"accountForm"_s);
    m_ui->setupUi(contentWidget());
    registerField(u"name"_s, m_ui->nameEdit, m_ui->nameLabel);
    registerField(u"industry"_s, m_ui->industryEdit, m_ui->industryLabel);
    registerField(u"website"_s, m_ui->websiteEdit, m_ui->websiteLabel);
    registerField(u"phone"_s, m_ui->phoneEdit, m_ui->phoneLabel);
    registerField(u"address"_s, m_ui->addressEdit, m_ui->addressLabel);
    registerField(u"owner_id"_s, m_ui->ownerEdit, m_ui->ownerLabel);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->industryEdit, m_ui->websiteEdit, m_ui->phoneEdit})
        connect(e, &QLineEdit::textEdited, this, &AccountForm::markEdited);
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, &AccountForm::markEdited);
    connect(m_ui->ownerEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_ownerId = CrmLookups::selectedId(m_ui->ownerEdit);
        markEdited();
    });
    connect(m_lookups, &CrmLookups::ownersChanged, this, &AccountForm::fillChoices);
    m_lookups->loadOwners();
    // Its activities: create, open, complete and delete them here.
    ActivitiesPanel::attachTo(this, api, u"account_id"_s,
                              [](const QJsonObject &r) { return r.value(u"name"_s).toString(); });
    resize(560, 580);
}

AccountForm::~AccountForm() = default;

void AccountForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->industryEdit, m_ui->websiteEdit, m_ui->phoneEdit})
        e->setReadOnly(readOnly);
    m_ui->addressEdit->setReadOnly(readOnly);
    m_ui->ownerEdit->setEnabled(!readOnly);
}

void AccountForm::fillChoices()
{
    const QSignalBlocker block(m_ui->ownerEdit);
    CrmLookups::fill(m_ui->ownerEdit, m_lookups->owners(), tr("(nobody)"), m_ownerId);
}

QJsonObject AccountForm::values() const
{
    QJsonObject v {{u"name"_s, m_ui->nameEdit->text().trimmed()}};
    const auto optional = [&v](const QString &key, const QString &text) {
        v.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    };
    optional(u"industry"_s, m_ui->industryEdit->text().trimmed());
    optional(u"website"_s, m_ui->websiteEdit->text().trimmed());
    optional(u"phone"_s, m_ui->phoneEdit->text().trimmed());
    optional(u"address"_s, m_ui->addressEdit->toPlainText().trimmed());
    v.insert(u"owner_id"_s, m_ownerId > 0 ? QJsonValue(double(m_ownerId)) : QJsonValue(QJsonValue::Null));
    return v;
}

void AccountForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker block(m_ui->addressEdit);
    m_ui->nameEdit->setText(record.value(u"name"_s).toString());
    m_ui->industryEdit->setText(record.value(u"industry"_s).toString());
    m_ui->websiteEdit->setText(record.value(u"website"_s).toString());
    m_ui->phoneEdit->setText(record.value(u"phone"_s).toString());
    m_ui->addressEdit->setPlainText(record.value(u"address"_s).toString());
    m_ownerId = record.isEmpty() ? m_api->session()->user().id : qint64(record.value(u"owner_id"_s).toDouble());
    const QSignalBlocker blockOwner(m_ui->ownerEdit);
    CrmLookups::select(m_ui->ownerEdit, m_ownerId,
                       record.isEmpty() ? m_api->session()->user().displayName : record.value(u"owner_name"_s).toString());
}

QList<FieldError> AccountForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the company's name.")});
    return problems;
}

QString AccountForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New account") : tr("Account “%1”").arg(name);
}

QString AccountForm::titleForNew() const
{
    return tr("New Account");
}

QString AccountForm::titleForEdit() const
{
    const QString name = record().value(u"name"_s).toString();
    return name.isEmpty() ? tr("Edit Account") : tr("Account: %1").arg(name);
}

QString AccountForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"owner_id"_s) {
        for (const CrmLookups::Choice &c : m_lookups->owners())
            if (c.id == qint64(value.toDouble()))
                return c.name;
    }
    return RecordForm::displayValue(field, value);
}

void AccountForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(contentWidget());
    RecordForm::changeEvent(event);
}

} // namespace erp::client
