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

// Moves a quantity of one product from one location to another. Not enough
// stock at the source is the server's 409, shown with what is there.
class StockTransferDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StockTransferDialog(ApiClient *api, QWidget *parent = nullptr);

    void setProductAndSource(qint64 productId, const QString &productName, qint64 locationId,
                             const QString &locationName);

    ReferencePicker *productPicker() const { return m_product; }
    ReferencePicker *fromPicker() const { return m_from; }
    ReferencePicker *toPicker() const { return m_to; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

    void submit();

Q_SIGNALS:
    void transferred(const QJsonObject &result);
    void failed(const QString &message);

private:
    void showError(const QString &text);

    ApiClient *m_api;
    ReferencePicker *m_product;
    ReferencePicker *m_from;
    ReferencePicker *m_to;
    QLineEdit *m_quantity;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_save;
    QPointer<ApiReply> m_reply;
};

} // namespace erp::client
