#pragma once

#include "client/ui/RecordForm.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace erp::client {

class ReferencePicker;
class UnitChoices;

// What one supplier asks for one product: the price per unit (purchase or
// stock unit of the product's category) in the supplier's currency, from a
// minimum quantity, with an optional lead time. Opened from the product form.
class SupplierPriceForm : public RecordForm
{
    Q_OBJECT

public:
    // units: the product form's (loaded once); unitCategoryId: the product's.
    SupplierPriceForm(ApiClient *api, qint64 productId, qint64 unitCategoryId, UnitChoices *units,
                      QWidget *parent = nullptr);

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QJsonObject createBody(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void supplierChosen(qint64 id);

    ApiClient *m_api;
    qint64 m_productId;
    qint64 m_unitCategoryId;
    UnitChoices *m_units;
    qint64 m_unitId = 0;
    QLabel *m_supplierLabel, *m_unitLabel, *m_currencyLabel, *m_minLabel, *m_priceLabel, *m_leadLabel;
    ReferencePicker *m_supplier;
    QComboBox *m_unit;
    QComboBox *m_currency;
    QLineEdit *m_minQuantity;
    QLineEdit *m_price;
    QSpinBox *m_leadTime;
};

} // namespace erp::client
