#pragma once

#include <QStyledItemDelegate>

namespace erp::client {

class ApiClient;

// Cell editors of the purchase-order lines: a ReferencePicker over
// /products (SKU, barcode or name) for the product, a unit choice among the
// product's purchase and stock unit, and line edits with a NumberValidator
// for quantity, price and tax. Values are handed to the model as typed; the
// model reads them with LocaleFormat and keeps what does not read.
class PurchaseOrderLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PurchaseOrderLineDelegate(ApiClient *api, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ApiClient *m_api;
};

} // namespace erp::client
