#include "client/ui/crm/AccountForm.h"
#include "client/core/JsonId.h"

#include "client/ui/crm/ActivitiesPanel.h"

#include "client/core/ApiClient.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/AddressEditor.h"
#include "client/ui/RelatedRecordsList.h"
#include "client/ui/crm/ContactForm.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/CrmText.h"
#include "client/ui/crm/LeadForm.h"
#include "ui_AccountForm.h"

#include <QDateTime>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>

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
    m_address = new AddressEditor(m_ui->addressGroup);
    m_ui->addressLayout->addWidget(m_address);
    m_ui->addressLayout->addStretch(1);
    m_ui->columnsLayout->setStretch(0, 1);
    m_ui->columnsLayout->setStretch(1, 1);
    m_ui->columnsLayout->setAlignment(m_ui->companyForm, Qt::AlignTop);
    m_ui->ownerEdit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->ownerEdit->setMinimumContentsLength(16);
    // Details and address side by side from about 700 pixels, else stacked.
    addCollapsingColumns(m_ui->columnsLayout, 700);

    // What belongs to a saved account, read-only: double-click opens it.
    m_related = new QTabWidget(contentWidget());
    m_related->setObjectName(u"relatedTabs"_s);
    m_contacts = new RelatedRecordsList(api, u"/contacts"_s, m_related);
    m_contacts->setObjectName(u"relatedContacts"_s);
    m_contacts->setSort(u"name"_s);
    m_leads = new RelatedRecordsList(api, u"/leads"_s, m_related);
    m_leads->setObjectName(u"relatedLeads"_s);
    m_leads->setSort(u"-created_at"_s);
    m_related->addTab(m_contacts, QString());
    m_related->addTab(m_leads, QString());
    m_related->setMinimumHeight(150);
    m_ui->outerLayout->addWidget(m_related, 1);
    m_related->hide();
    for (RelatedRecordsList *list : {m_contacts, m_leads})
        connect(list, &RelatedRecordsList::countChanged, this, &AccountForm::updateTabTitles);
    connect(m_contacts, &RelatedRecordsList::opened, this, [this, api](const QJsonObject &contact) {
        auto *form = new ContactForm(api, this);
        form->setReadOnly(m_readOnly);
        openRelated(form, jsonId(contact.value(u"id"_s)));
        connect(form, &RecordForm::saved, m_contacts, &RelatedRecordsList::reload);
    });
    connect(m_leads, &RelatedRecordsList::opened, this, [this, api](const QJsonObject &lead) {
        auto *form = new LeadForm(api, this);
        form->setReadOnly(m_readOnly);
        openRelated(form, jsonId(lead.value(u"id"_s)));
        connect(form, &RecordForm::saved, m_leads, &RelatedRecordsList::reload);
    });

    registerField(u"name"_s, m_ui->nameEdit, m_ui->nameLabel);
    registerField(u"industry"_s, m_ui->industryEdit, m_ui->industryLabel);
    registerField(u"website"_s, m_ui->websiteEdit, m_ui->websiteLabel);
    registerField(u"phone"_s, m_ui->phoneEdit, m_ui->phoneLabel);
    registerField(u"owner_id"_s, m_ui->ownerEdit, m_ui->ownerLabel);
    for (const QString &field : AddressEditor::fieldNames())
        registerField(field, m_address->fieldWidget(field), m_address->fieldLabel(field));
    setTabOrder(m_ui->ownerEdit, m_address->fieldWidget(u"street"_s));
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->industryEdit, m_ui->websiteEdit, m_ui->phoneEdit})
        connect(e, &QLineEdit::textEdited, this, &AccountForm::markEdited);
    connect(m_address, &AddressEditor::edited, this, &AccountForm::markEdited);
    connect(m_ui->ownerEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_ownerId = CrmLookups::selectedId(m_ui->ownerEdit);
        markEdited();
    });
    connect(m_lookups, &CrmLookups::ownersChanged, this, &AccountForm::fillChoices);
    m_lookups->loadOwners();
    // Its activities, the third tab: create, open, complete and delete them here.
    m_activities = ActivitiesPanel::attachTo(this, api, u"account_id"_s,
                                             [](const QJsonObject &r) { return r.value(u"name"_s).toString(); });
    m_related->addTab(m_activities, QString());
    connect(m_activities, &ActivitiesPanel::loaded, this, &AccountForm::updateTabTitles);
    retranslate();
    resize(760, 560);
}

AccountForm::~AccountForm() = default;

void AccountForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->nameEdit, m_ui->industryEdit, m_ui->websiteEdit,
                                                        m_ui->phoneEdit, m_ui->ownerEdit})
        showReadOnly(w, readOnly);
    m_address->setReadOnly(readOnly);
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
    const QJsonObject address = m_address->address();
    for (auto it = address.begin(); it != address.end(); ++it)
        v.insert(it.key(), it.value());
    v.insert(u"owner_id"_s, m_ownerId > 0 ? QJsonValue(double(m_ownerId)) : QJsonValue(QJsonValue::Null));
    return v;
}

void AccountForm::setValues(const QJsonObject &record)
{
    m_address->setAddress(record);
    m_ui->nameEdit->setText(record.value(u"name"_s).toString());
    m_ui->industryEdit->setText(record.value(u"industry"_s).toString());
    m_ui->websiteEdit->setText(record.value(u"website"_s).toString());
    m_ui->phoneEdit->setText(record.value(u"phone"_s).toString());
    m_ownerId = record.isEmpty() ? m_api->session()->user().id : jsonId(record.value(u"owner_id"_s));
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

void AccountForm::recordChanged()
{
    m_related->setVisible(!isNew());
    if (isNew())
        return;
    m_contacts->showFor(u"account_id"_s, recordId());
    m_leads->showFor(u"converted_account_id"_s, recordId());
}

void AccountForm::openRelated(RecordForm *form, qint64 id)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_relatedForm = form;
    form->startEdit(id);
    form->open();
}

void AccountForm::updateTabTitles()
{
    const auto title = [](const QString &name, RelatedRecordsList *list) {
        const qint64 total = list->model()->totalEstimate();
        return total > 0 ? u"%1 (%2)"_s.arg(name, LocaleFormat::count(total)) : name;
    };
    m_related->setTabText(0, title(tr("Contacts"), m_contacts));
    m_related->setTabText(1, title(tr("Leads"), m_leads));
    const qint64 activities = m_activities->activities().size();
    m_related->setTabText(2, activities > 0 ? u"%1 (%2)"_s.arg(tr("Activities"), LocaleFormat::count(activities))
                                            : tr("Activities"));
}

void AccountForm::retranslate()
{
    m_contacts->setColumns({ListColumn::text(u"name"_s, tr("Name")), ListColumn::text(u"title"_s, tr("Job Title")),
                            ListColumn::text(u"email"_s, tr("Email")), ListColumn::text(u"phone"_s, tr("Phone"))});
    m_contacts->setEmptyText(tr("No contacts at this account yet."));
    auto value = ListColumn::text(u"estimated_value"_s, tr("Value"));
    value.alignment = Qt::AlignRight | Qt::AlignVCenter;
    value.format = [](const QJsonObject &l) -> QVariant {
        return LocaleFormat::amount(l.value(u"estimated_value"_s).toString(), l.value(u"currency"_s).toString());
    };
    auto status = ListColumn::text(u"status"_s, tr("Status"));
    status.format = [](const QJsonObject &l) -> QVariant { return CrmText::leadStatus(l.value(u"status"_s).toString()); };
    m_leads->setColumns({ListColumn::text(u"title"_s, tr("Title")), value, ListColumn::text(u"stage_name"_s, tr("Stage")),
                         status});
    m_leads->setEmptyText(tr("No leads were converted to this account."));
    updateTabTitles();
}

void AccountForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(contentWidget());
        retranslate();
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
