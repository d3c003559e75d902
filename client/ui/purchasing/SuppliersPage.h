#pragma once

#include "client/ui/RecordListPage.h"

class QComboBox;

namespace erp::client {

class SupplierForm;

// Purchasing > Suppliers: searchable by code, name and email, filtered by
// active or not; opens, creates and edits suppliers in SupplierForm.
class SuppliersPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit SuppliersPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    SupplierForm *newSupplier();
    SupplierForm *editSupplier(qint64 id);

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;

private:
    QComboBox *m_activeFilter;
};

} // namespace erp::client
