#pragma once

#include "client/ui/RecordForm.h"

#include <memory>

namespace Ui {
class UserForm;
}

namespace erp::client {

class RoleListModel;

// Create or edit a user: email, name, an initial (or new) password checked
// against the shared password policy, active flag and roles as a checklist.
class UserForm : public RecordForm
{
    Q_OBJECT

public:
    explicit UserForm(ApiClient *api, QWidget *parent = nullptr);
    ~UserForm() override;

    RoleListModel *roles() const { return m_roles; }
    // Without users.manage the form only shows the user.
    void setReadOnly(bool readOnly);
    // The organisation's slug and name, which a password must not repeat.
    void setPasswordContext(const QStringList &context) { m_passwordContext = context; }

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void recordChanged() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::UserForm> m_ui;
    RoleListModel *m_roles;
    QList<qint64> m_roleIds; // what the form holds, also before the roles have loaded
    QStringList m_passwordContext;
};

} // namespace erp::client
