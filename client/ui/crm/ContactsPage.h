#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/crm/ContactForm.h"

#include <QPointer>

namespace erp::client {

// CRM > Contacts: searchable list; opens, creates and edits contacts in ContactForm.
class ContactsPage : public ListPage
{
    Q_OBJECT

public:
    explicit ContactsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    ContactForm *openForm() const { return m_form; }
    ContactForm *newContact();
    ContactForm *editContact(qint64 id);

protected:
    void retranslate() override;
    QString deleteNote(const QJsonObject &item) const override;

private:
    ContactForm *makeForm();

    QAction *m_edit;
    QPointer<ContactForm> m_form;
    bool m_canEdit;
};

} // namespace erp::client
