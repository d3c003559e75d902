#pragma once

#include "client/ui/RecordForm.h"

#include <memory>

namespace Ui {
class ContactForm;
}

namespace erp::client {

class CrmLookups;

// Create or edit a contact person, optionally at an account.
class ContactForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ContactForm(ApiClient *api, QWidget *parent = nullptr);
    ~ContactForm() override;

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

    std::unique_ptr<Ui::ContactForm> m_ui;
    ApiClient *m_api;
    CrmLookups *m_lookups;
    qint64 m_ownerId = 0;
    qint64 m_accountId = 0;
};

} // namespace erp::client
