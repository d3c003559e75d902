#pragma once

#include "client/ui/RecordListPage.h"

namespace erp::client {

// Inventory > Units: the units of measure by name with their category and
// factor; opens them in UnitForm.
class UnitsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit UnitsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;
};

} // namespace erp::client
