#pragma once

#include "client/ui/RecordForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace erp::client {

// Create or edit one location of a warehouse: code, name and kind (goods
// arrive in a receiving location; storage holds them). Opened from the
// warehouse form.
class LocationForm : public RecordForm
{
    Q_OBJECT

public:
    LocationForm(ApiClient *api, qint64 warehouseId, QWidget *parent = nullptr);

    static QString kindText(const QString &kind);

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

    qint64 m_warehouseId;
    QLabel *m_codeLabel, *m_nameLabel, *m_kindLabel;
    QLineEdit *m_code, *m_name;
    QComboBox *m_kind;
    QCheckBox *m_active;
};

} // namespace erp::client
