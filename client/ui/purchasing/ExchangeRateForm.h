#pragma once

#include "client/ui/RecordForm.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace erp::client {

// One exchange rate: how much of the base currency one unit of a currency
// is worth from a date on (orders use the latest rate on or before their
// order date).
class ExchangeRateForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ExchangeRateForm(ApiClient *api, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);

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

    QLabel *m_currencyLabel, *m_dateLabel, *m_rateLabel, *m_rateHint;
    QComboBox *m_currency;
    QDateEdit *m_date;
    QLineEdit *m_rate;
};

} // namespace erp::client
