#pragma once

#include "client/ui/RecordListPage.h"

class QComboBox;

namespace erp::client {

class ProductForm;

// Inventory > Products: searchable by SKU, barcode and name, filtered by
// active or not; opens products (with their stock and supplier prices) in
// ProductForm.
class ProductsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ProductsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    ProductForm *newProduct();
    ProductForm *editProduct(qint64 id);

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;

private:
    QComboBox *m_activeFilter;
};

} // namespace erp::client
