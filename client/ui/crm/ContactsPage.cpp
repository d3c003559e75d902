#include "client/ui/crm/ContactsPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

ContactsPage::ContactsPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/contacts"_s, parent)
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editContact(id);
    });
    addPageAction(m_edit);
    setDefaultSort(u"name"_s);
    setExportBaseName(u"contacts"_s);
    retranslate();
    setCreateEnabled(m_canEdit);
    setDeleteEnabled(m_canEdit);
    connect(this, &ListPage::createRequested, this, &ContactsPage::newContact);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &item) { editContact(jsonId(item.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, [this] { m_edit->setEnabled(currentId() > 0); });
    m_edit->setEnabled(false);
}

QString ContactsPage::title() const
{
    return tr("Contacts");
}

void ContactsPage::retranslate()
{
    setColumns({ListColumn::text(u"name"_s, tr("Name"), u"name"_s),
                ListColumn::text(u"title"_s, tr("Job Title"), u"title"_s),
                ListColumn::text(u"account_name"_s, tr("Account"), u"account"_s),
                ListColumn::text(u"email"_s, tr("Email"), u"email"_s),
                ListColumn::text(u"phone"_s, tr("Phone"), u"phone"_s),
                ListColumn::text(u"owner_name"_s, tr("Owner"), u"owner"_s)});
    setSearchPlaceholder(tr("Search name or email"));
    setEmptyTexts(tr("No contacts yet. Contacts are created here or when a lead is converted."),
                  tr("No contacts match the search."));
    setCreateText(m_canEdit ? tr("New Contact") : QString());
    m_edit->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
}

ContactForm *ContactsPage::makeForm()
{
    auto *form = new ContactForm(api(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!m_canEdit);
    m_form = form;
    return form;
}

ContactForm *ContactsPage::newContact()
{
    if (!m_canEdit)
        return nullptr;
    ContactForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit statusMessage(tr("Contact “%1” created.").arg(item.value(u"name"_s).toString()), 5000);
        refreshAndSelect(jsonId(item.value(u"id"_s)));
    });
    form->startCreate();
    form->open();
    return form;
}

ContactForm *ContactsPage::editContact(qint64 id)
{
    ContactForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        model()->updateItem(item);
        selectId(jsonId(item.value(u"id"_s)));
        emit statusMessage(tr("Changes to “%1” saved.").arg(item.value(u"name"_s).toString()), 5000);
    });
    form->startEdit(id);
    form->open();
    return form;
}

QString ContactsPage::deleteNote(const QJsonObject &) const
{
    return tr("Its activities are deleted with it.");
}

} // namespace erp::client
