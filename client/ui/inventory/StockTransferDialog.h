#pragma once

#include "client/ui/inventory/StockMoveDialog.h"

namespace erp::client {

// Moves a quantity of one product from one location to another. Not enough
// stock at the source is the server's 409, shown with what is there.
class StockTransferDialog : public StockMoveDialog
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

    void submit() override;

Q_SIGNALS:
    void transferred(const QJsonObject &result);

private:
    ReferencePicker *m_product;
    ReferencePicker *m_from;
    ReferencePicker *m_to;
    QLineEdit *m_quantity;
    QLineEdit *m_note;
};

} // namespace erp::client
