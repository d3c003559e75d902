#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace erp::client {

class ApiClient;
class ApiReply;
class ReferencePicker;

// Books a count: the product, the location, what was counted and why. The
// server makes the difference to what is on hand an adjustment move; the
// dialog shows what is on hand now so the clerk sees the change coming.
class StockAdjustmentDialog : public QDialog
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
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

    void submit();

Q_SIGNALS:
    // The server's answer: {move_id, product_id, on_hand: {location: quantity}}.
    void adjusted(const QJsonObject &result);
    void failed(const QString &message);

private:
    void showOnHand();
    void showError(const QString &text);

    ApiClient *m_api;
    ReferencePicker *m_product;
    ReferencePicker *m_location;
    QLabel *m_onHand;
    QLineEdit *m_counted;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_save;
    QPointer<ApiReply> m_reply;
    QPointer<ApiReply> m_onHandReply;
};

} // namespace erp::client
