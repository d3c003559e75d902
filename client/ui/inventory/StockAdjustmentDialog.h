#pragma once

#include "client/ui/inventory/StockMoveDialog.h"

namespace erp::client {

// Books a count: the product, the location, what was counted and why. The
// server makes the difference to what is on hand an adjustment move; the
// dialog shows what is on hand now so the clerk sees the change coming.
class StockAdjustmentDialog : public StockMoveDialog
{
    Q_OBJECT

public:
    explicit StockAdjustmentDialog(ApiClient *api, QWidget *parent = nullptr);

    // Prefills product and location (the stock page's current row).
    void setProductAndLocation(qint64 productId, const QString &productName, qint64 locationId,
                               const QString &locationName);

    ReferencePicker *productPicker() const { return m_product; }
    ReferencePicker *locationPicker() const { return m_location; }
    QLineEdit *countedEdit() const { return m_counted; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *onHandLabel() const { return m_onHand; }

    void submit() override;

Q_SIGNALS:
    // The server's answer: {move_id, product_id, on_hand: {location: quantity}}.
    void adjusted(const QJsonObject &result);

private:
    void showOnHand();

    ReferencePicker *m_product;
    ReferencePicker *m_location;
    QLabel *m_onHand;
    QLineEdit *m_counted;
    QLineEdit *m_reason;
    QPointer<ApiReply> m_onHandReply;
};

} // namespace erp::client
