#pragma once

#include "client/ui/RecordListPage.h"

class QComboBox;

namespace erp::client {

// Administration > Exchange Rates: rates per currency and date, newest
// first, filtered by currency; opens them in ExchangeRateForm.
class ExchangeRatesPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ExchangeRatesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;

private:
    QComboBox *m_currencyFilter;
};

} // namespace erp::client
