#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/admin/UserForm.h"

#include <QPointer>

class QComboBox;

namespace erp::client {

class RoleListModel;

// Administration > Users: the organisation's users with search, status and
// role filters; create, edit, deactivate/reactivate and role assignment
// (in the user form), and lifting a sign-in lock (failed attempts).
class UsersPage : public ListPage
{
    Q_OBJECT

public:
    explicit UsersPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override;

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *roleFilter() const { return m_role; }
    QAction *activationAction() const { return m_activation; }
    QAction *unlockAction() const { return m_unlock; }
    // The form opened last (tests).
    UserForm *openForm() const { return m_form; }

    // Opens the form for a new user / the user with that id.
    UserForm *newUser();
    UserForm *editUser(qint64 id);
    // Deactivates or reactivates the current user after a confirmation.
    void toggleActivation();
    // Lifts the sign-in locks that failed attempts put on the current user.
    void unlockSignIn();

protected:
    void retranslate() override;

private:
    UserForm *makeForm();
    void fillRoleFilter();
    void updateActions();
    void setActive(const QJsonObject &user, bool active);

    QComboBox *m_status;
    QComboBox *m_role;
    RoleListModel *m_roles;
    QAction *m_edit;
    QAction *m_activation;
    QAction *m_unlock;
    QPointer<UserForm> m_form;
    bool m_canManage;
};

} // namespace erp::client
