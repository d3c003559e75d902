#pragma once

#include "client/ui/RecordForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace erp::client {

// Create or edit a supplier: code and name, whom to talk to, the currency
// and payment terms orders to it use, its usual lead time, and whether new
// orders may still go to it.
class SupplierForm : public RecordForm
{
    Q_OBJECT

public:
    explicit SupplierForm(ApiClient *api, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_codeLabel, *m_nameLabel, *m_contactLabel, *m_emailLabel, *m_phoneLabel, *m_addressLabel,
        *m_currencyLabel, *m_termsLabel, *m_leadTimeLabel, *m_notesLabel;
    QLineEdit *m_code, *m_name, *m_contact, *m_email, *m_phone, *m_terms;
    QPlainTextEdit *m_address, *m_notes;
    QComboBox *m_currency;
    QSpinBox *m_leadTime;
    QCheckBox *m_active;
};

} // namespace erp::client
