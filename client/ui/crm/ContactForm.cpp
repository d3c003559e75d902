#include "client/ui/crm/ContactForm.h"
#include "client/core/JsonId.h"

#include "client/ui/crm/ActivitiesPanel.h"

#include "client/core/ApiClient.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/CrmLookups.h"
#include "shared/Validation.h"
#include "ui_ContactForm.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

ContactForm::ContactForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/contacts"_s, parent)
    , m_ui(std::make_unique<Ui::ContactForm>())
    , m_api(api)
    , m_lookups(new CrmLookups(api, this))
{
    setObjectName(u"contactForm"_s);
    m_ui->setupUi(contentWidget());
    registerField(u"name"_s, m_ui->nameEdit, m_ui->nameLabel);
    registerField(u"title"_s, m_ui->titleEdit, m_ui->titleLabel);
    registerField(u"email"_s, m_ui->emailEdit, m_ui->emailLabel);
    registerField(u"phone"_s, m_ui->phoneEdit, m_ui->phoneLabel);
    registerField(u"account_id"_s, m_ui->accountEdit, m_ui->accountLabel);
    registerField(u"owner_id"_s, m_ui->ownerEdit, m_ui->ownerLabel);
    registerField(u"notes"_s, m_ui->notesEdit, m_ui->notesLabel);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->titleEdit, m_ui->emailEdit, m_ui->phoneEdit})
        connect(e, &QLineEdit::textEdited, this, &ContactForm::markEdited);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &ContactForm::markEdited);
    connect(m_ui->ownerEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_ownerId = CrmLookups::selectedId(m_ui->ownerEdit);
        markEdited();
    });
    // Accounts are searched on the server as the user types: any of them can
    // be chosen, however many there are.
    m_ui->accountEdit->setSource(api, u"/accounts"_s);
    connect(m_ui->accountEdit, &ReferencePicker::idChanged, this, [this](qint64 id) {
        m_accountId = id;
        markEdited();
    });
    connect(m_lookups, &CrmLookups::ownersChanged, this, &ContactForm::fillChoices);
    m_lookups->loadOwners();
    // Its activities: create, open, complete and delete them here.
    ActivitiesPanel::attachTo(this, api, u"contact_id"_s,
                              [](const QJsonObject &r) { return r.value(u"name"_s).toString(); });
    resize(560, 580);
    setReadOnly(false);
}

ContactForm::~ContactForm() = default;

void ContactForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->nameEdit, m_ui->titleEdit, m_ui->emailEdit,
                                                        m_ui->phoneEdit, m_ui->notesEdit})
        showReadOnly(w, readOnly);
    m_ui->accountEdit->setReadOnly(readOnly);
    // Without crm.view_all a contact can only be one's own (the server
    // refuses anything else): the owner is shown, not offered.
    const bool canAssign = m_api->session()->hasPermission(erp::shared::Permission::CrmViewAll);
    showReadOnly(m_ui->ownerEdit, readOnly || !canAssign,
                 readOnly || canAssign ? QString() : tr("Your contacts are yours; a manager can give them to someone else."));
}

void ContactForm::fillChoices()
{
    const QSignalBlocker block(m_ui->ownerEdit);
    CrmLookups::fill(m_ui->ownerEdit, m_lookups->owners(), {}, m_ownerId);
}

QJsonObject ContactForm::values() const
{
    QJsonObject v {{u"name"_s, m_ui->nameEdit->text().trimmed()}};
    const auto optional = [&v](const QString &key, const QString &text) {
        v.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    };
    optional(u"title"_s, m_ui->titleEdit->text().trimmed());
    optional(u"email"_s, m_ui->emailEdit->text().trimmed());
    optional(u"phone"_s, m_ui->phoneEdit->text().trimmed());
    optional(u"notes"_s, m_ui->notesEdit->toPlainText().trimmed());
    v.insert(u"account_id"_s, m_accountId > 0 ? QJsonValue(double(m_accountId)) : QJsonValue(QJsonValue::Null));
    if (m_ownerId > 0)
        v.insert(u"owner_id"_s, double(m_ownerId));
    return v;
}

void ContactForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker block(m_ui->notesEdit);
    m_ui->nameEdit->setText(record.value(u"name"_s).toString());
    m_ui->titleEdit->setText(record.value(u"title"_s).toString());
    m_ui->emailEdit->setText(record.value(u"email"_s).toString());
    m_ui->phoneEdit->setText(record.value(u"phone"_s).toString());
    m_ui->notesEdit->setPlainText(record.value(u"notes"_s).toString());
    m_ownerId = record.isEmpty() ? m_api->session()->user().id : jsonId(record.value(u"owner_id"_s));
    m_accountId = jsonId(record.value(u"account_id"_s));
    const QSignalBlocker blockOwner(m_ui->ownerEdit);
    const QSignalBlocker blockAccount(m_ui->accountEdit);
    CrmLookups::select(m_ui->ownerEdit, m_ownerId,
                       record.isEmpty() ? m_api->session()->user().displayName : record.value(u"owner_name"_s).toString());
    m_ui->accountEdit->setValue(m_accountId, record.value(u"account_name"_s).toString());
}

QList<FieldError> ContactForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the contact's name.")});
    const QString email = v.value(u"email"_s).toString();
    if (!email.isEmpty() && !erp::shared::Validation::isEmail(email))
        problems.append(
            {u"email"_s, u"invalid_email"_s, tr("Enter a valid email address, for example name@example.com.")});
    return problems;
}

QString ContactForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New contact") : tr("Contact “%1”").arg(name);
}

QString ContactForm::titleForNew() const
{
    return tr("New Contact");
}

QString ContactForm::titleForEdit() const
{
    const QString name = record().value(u"name"_s).toString();
    return name.isEmpty() ? tr("Edit Contact") : tr("Contact: %1").arg(name);
}

QString ContactForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"account_id"_s) {
        if (value.isNull())
            return tr("(no account)");
        if (qint64(value.toDouble()) == m_ui->accountEdit->id())
            return m_ui->accountEdit->name();
        return record().value(u"account_name"_s).toString();
    }
    if (field == u"owner_id"_s) {
        for (const CrmLookups::Choice &c : m_lookups->owners())
            if (c.id == qint64(value.toDouble()))
                return c.name;
    }
    return RecordForm::displayValue(field, value);
}

void ContactForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(contentWidget());
    RecordForm::changeEvent(event);
}

} // namespace erp::client
