#pragma once

#include "client/ui/RecordForm.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace erp::client {

// One approval band: orders whose total in the base currency lies from
// "from" up to (not including) "to" need this many distinct approvers holding
// the permission, of whom some may have to hold a role. The server refuses
// a band that overlaps another and says which end.
class ApprovalRuleForm : public RecordForm
{
    Q_OBJECT

public:
    ApprovalRuleForm(ApiClient *api, const QString &baseCurrency, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool rolesLoaded() const { return m_rolesLoaded; }

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadRoles();
    void selectRole(qint64 id, const QString &name);
    void updateRoleCount();

    ApiClient *m_api;
    QString m_baseCurrency;
    bool m_readOnly = false;
    bool m_rolesLoaded = false;
    QLabel *m_fromLabel, *m_toLabel, *m_approversLabel, *m_permissionLabel, *m_roleLabel, *m_roleCountLabel, *m_hint,
        *m_fromCurrency, *m_toCurrency;
    QLineEdit *m_from, *m_to;
    QSpinBox *m_approvers, *m_roleCount;
    QComboBox *m_permission, *m_role;
};

} // namespace erp::client
