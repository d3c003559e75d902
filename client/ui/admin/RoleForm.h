#pragma once

#include "client/ui/RecordForm.h"

#include <memory>

namespace Ui {
class RoleForm;
}

namespace erp::client {

class PermissionCatalogModel;

// Create, rename or change the permissions of a role: a checklist of every
// permission grouped by module (PermissionCatalogModel). The built-in
// administrator role is shown read-only (the server refuses changes to it).
class RoleForm : public RecordForm
{
    Q_OBJECT

public:
    // The role as people read it: a built-in one by its display name.
    static QString shownName(const QJsonObject &role);
    explicit RoleForm(ApiClient *api, QWidget *parent = nullptr);
    ~RoleForm() override;

    PermissionCatalogModel *permissions() const { return m_permissions; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

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

private:
    void retranslate();
    void applyReadOnly();

    std::unique_ptr<Ui::RoleForm> m_ui;
    PermissionCatalogModel *m_permissions;
    QStringList m_checked; // what the form holds, also before the catalogue has loaded
    bool m_readOnly = false; // no roles.manage
};

} // namespace erp::client
