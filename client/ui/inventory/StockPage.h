#pragma once

#include "client/ui/ListPage.h"

#include <QPointer>
#include <QSet>

#include <memory>

class QCheckBox;
class QLabel;

namespace erp::client {

class ReferencePicker;
class StockAdjustmentDialog;
class StockTransferDialog;

// Inventory > Stock: per product and location what is on hand, reserved,
// available, incoming (when the server sends it) and its value; products
// below their reorder point are marked with a warning icon and the words
// "Below reorder point" (not by colour alone). Filters: warehouse,
// location, product search, below reorder only. Adjust (after a count) and
// transfer open their dialogs on the current row.
class StockPage : public ListPage
{
    Q_OBJECT

public:
    explicit StockPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

    ReferencePicker *warehouseFilter() const { return m_warehouse; }
    ReferencePicker *locationFilter() const { return m_location; }
    QCheckBox *belowReorderFilter() const { return m_belowReorder; }
    QAction *adjustAction() const { return m_adjust; }
    QAction *transferAction() const { return m_transfer; }
    bool showsIncoming() const { return m_showIncoming; }
    // Products whose total stock is below the reorder point (server's filter).
    QSet<qint64> productsBelowReorder() const { return *m_belowReorderIds; }

    StockAdjustmentDialog *adjustStock();
    StockTransferDialog *transferStock();

Q_SIGNALS:
    // The reorder marks of the current rows are known.
    void reorderMarksUpdated();

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    // The filters never narrower than their hints ("Alle Lagerplätze" at 200 % text).
    void keepFilterHintsWhole();
    void loadReorderMarks();
    void adoptColumnsFromData();
    void updateActions();

    ReferencePicker *m_warehouse;
    ReferencePicker *m_location;
    QCheckBox *m_belowReorder;
    QLabel *m_warehouseLabel;
    QLabel *m_locationLabel;
    QAction *m_adjust;
    QAction *m_transfer;
    std::shared_ptr<QSet<qint64>> m_belowReorderIds;
    QPointer<ApiReply> m_reorderReply;
    bool m_showIncoming = false;
    bool m_canAdjust;
    bool m_canTransfer;
};

} // namespace erp::client
