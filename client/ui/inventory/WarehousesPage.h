#pragma once

#include "client/ui/RecordListPage.h"

namespace erp::client {

// Inventory > Warehouses: the warehouses by name; opens them with their
// locations in WarehouseForm.
class WarehousesPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit WarehousesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;
};

} // namespace erp::client
