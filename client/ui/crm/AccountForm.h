#pragma once

#include "client/ui/RecordForm.h"

#include <memory>

namespace Ui {
class AccountForm;
}

namespace erp::client {

class CrmLookups;

// Create or edit an account (a company, shared by the whole organisation).
class AccountForm : public RecordForm
{
    Q_OBJECT

public:
    explicit AccountForm(ApiClient *api, QWidget *parent = nullptr);
    ~AccountForm() override;

    void setReadOnly(bool readOnly);
    CrmLookups *lookups() const { return m_lookups; }

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
    void fillChoices();

    std::unique_ptr<Ui::AccountForm> m_ui;
    ApiClient *m_api;
    CrmLookups *m_lookups;
    qint64 m_ownerId = 0;
};

} // namespace erp::client
