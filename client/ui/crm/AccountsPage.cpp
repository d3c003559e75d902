#include "client/ui/crm/AccountsPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

AccountsPage::AccountsPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/accounts"_s, parent)
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editAccount(id);
    });
    addPageAction(m_edit);
    setDefaultSort(u"name"_s);
    setExportBaseName(u"accounts"_s);
    retranslate();
    setCreateEnabled(m_canEdit);
    setDeleteEnabled(m_canEdit);
    connect(this, &ListPage::createRequested, this, &AccountsPage::newAccount);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &item) { editAccount(jsonId(item.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, [this] { m_edit->setEnabled(currentId() > 0); });
    m_edit->setEnabled(false);
}

QString AccountsPage::title() const
{
    return tr("Accounts");
}

void AccountsPage::retranslate()
{
    setColumns({ListColumn::text(u"name"_s, tr("Name"), u"name"_s),
                ListColumn::text(u"industry"_s, tr("Industry"), u"industry"_s),
                ListColumn::text(u"phone"_s, tr("Phone"), u"phone"_s),
                ListColumn::text(u"website"_s, tr("Website"), u"website"_s),
                ListColumn::text(u"owner_name"_s, tr("Owner"), u"owner"_s)});
    setSearchPlaceholder(tr("Search by name"));
    setEmptyTexts(tr("No accounts yet. Accounts are created here or when a lead is converted."),
                  tr("No accounts match the search."));
    setCreateText(m_canEdit ? tr("New Account") : QString());
    m_edit->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
}

AccountForm *AccountsPage::makeForm()
{
    auto *form = new AccountForm(api(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!m_canEdit);
    m_form = form;
    return form;
}

AccountForm *AccountsPage::newAccount()
{
    if (!m_canEdit)
        return nullptr;
    AccountForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit statusMessage(tr("Account “%1” created.").arg(item.value(u"name"_s).toString()), 5000);
        refreshAndSelect(jsonId(item.value(u"id"_s)));
    });
    form->startCreate();
    form->open();
    return form;
}

AccountForm *AccountsPage::editAccount(qint64 id)
{
    AccountForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        model()->updateItem(item);
        selectId(jsonId(item.value(u"id"_s)));
        emit statusMessage(tr("Changes to “%1” saved.").arg(item.value(u"name"_s).toString()), 5000);
    });
    form->startEdit(id);
    form->open();
    return form;
}

QString AccountsPage::deleteNote(const QJsonObject &) const
{
    return tr("Its activities are deleted with it.");
}

} // namespace erp::client
