#pragma once

#include "client/ui/RecordForm.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace erp::client {

class ReferencePicker;
class SupplierPriceForm;
class UnitChoices;

// Create or edit a product: SKU, name, category, its stock unit (chosen
// once: every stock quantity is kept in it), standard cost, reorder point
// and quantity, preferred supplier; below, the stock it has per location and
// the prices its suppliers ask (added and changed from here).
class ProductForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ProductForm(ApiClient *api, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    UnitChoices *units() const { return m_units; }
    QTableWidget *stockTable() const { return m_stockTable; }
    QTableWidget *pricesTable() const { return m_pricesTable; }
    // Whether the stock and prices of the record shown have arrived.
    bool detailsLoaded() const { return m_stockLoaded && m_pricesLoaded; }
    SupplierPriceForm *addPrice();
    SupplierPriceForm *editPrice(int row);

Q_SIGNALS:
    void detailsChanged();

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
    void fillUnits();
    void loadDetails();
    void showStock(const QList<QJsonObject> &rows);
    void showPrices(const QList<QJsonObject> &rows);
    SupplierPriceForm *openPriceForm();

    ApiClient *m_api;
    UnitChoices *m_units;
    bool m_readOnly = false;
    qint64 m_stockUnitId = 0;
    QLabel *m_skuLabel, *m_nameLabel, *m_categoryLabel, *m_descriptionLabel, *m_barcodeLabel, *m_unitLabel,
        *m_costLabel, *m_reorderPointLabel, *m_reorderQuantityLabel, *m_supplierLabel;
    QLineEdit *m_sku, *m_name, *m_category, *m_cost, *m_reorderPoint, *m_reorderQuantity;
    QLabel *m_barcode;
    QPlainTextEdit *m_description;
    QComboBox *m_unit;
    ReferencePicker *m_supplier;
    QCheckBox *m_active;
    QTabWidget *m_tabs;
    QTableWidget *m_stockTable;
    QLabel *m_stockNote;
    QTableWidget *m_pricesTable;
    QLabel *m_pricesNote;
    QPushButton *m_addPrice;
    QPushButton *m_editPrice;
    QList<QJsonObject> m_prices;
    bool m_stockLoaded = false;
    bool m_pricesLoaded = false;
    QPointer<SupplierPriceForm> m_priceForm;
};

} // namespace erp::client
