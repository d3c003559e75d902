#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/crm/AccountForm.h"

#include <QPointer>

namespace erp::client {

// CRM > Accounts: searchable list; opens, creates and edits accounts in AccountForm.
class AccountsPage : public ListPage
{
    Q_OBJECT

public:
    explicit AccountsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    AccountForm *openForm() const { return m_form; }
    AccountForm *newAccount();
    AccountForm *editAccount(qint64 id);

protected:
    void retranslate() override;
    QString deleteNote(const QJsonObject &item) const override;

private:
    AccountForm *makeForm();

    QAction *m_edit;
    QPointer<AccountForm> m_form;
    bool m_canEdit;
};

} // namespace erp::client
