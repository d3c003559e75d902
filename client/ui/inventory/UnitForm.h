#pragma once

#include "client/ui/RecordForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace erp::client {

class UnitChoices;

// Create or edit a unit of measure: its category (units convert only within
// one), name, symbol and the exact factor to the category's base unit (a box
// of 12 pieces: 12; a gram: 0.001 kg).
class UnitForm : public RecordForm
{
    Q_OBJECT

public:
    explicit UnitForm(ApiClient *api, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    UnitChoices *units() const { return m_units; }

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
    void fillCategories();

    UnitChoices *m_units;
    qint64 m_categoryId = 0;
    QLabel *m_categoryLabel, *m_nameLabel, *m_symbolLabel, *m_factorLabel, *m_factorHint;
    QComboBox *m_category;
    QLineEdit *m_name, *m_symbol, *m_factor;
    QCheckBox *m_active;
};

} // namespace erp::client
