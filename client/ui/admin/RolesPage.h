#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/admin/RoleForm.h"

#include <QMessageBox>
#include <QPointer>

class QComboBox;

namespace erp::client {

// Administration > Roles: the organisation's roles with their permission
// sets; create, rename and edit permissions (RoleForm), delete unused roles.
class RolesPage : public ListPage
{
    Q_OBJECT

public:
    explicit RolesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

    QComboBox *typeFilter() const { return m_type; }
    QAction *deleteAction() const { return m_delete; }
    RoleForm *openForm() const { return m_form; }
    // The last message box this page opened (confirmation or error; tests).
    QMessageBox *lastMessage() const { return m_message; }

    RoleForm *newRole();
    RoleForm *editRole(qint64 id);
    // Asks, then deletes the current role.
    void deleteCurrentRole();

protected:
    void retranslate() override;

private:
    RoleForm *makeForm();
    void updateActions();
    void deleteRole(const QJsonObject &role);
    void showMessage(QMessageBox *box);

    QComboBox *m_type;
    QAction *m_edit;
    QAction *m_delete;
    QPointer<RoleForm> m_form;
    QPointer<QMessageBox> m_message;
    bool m_canManage;
};

} // namespace erp::client
