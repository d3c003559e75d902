#pragma once

#include <QTableView>

namespace erp::client {

class PurchaseOrderLinesModel;

// The lines table, made for entry by keyboard alone: Tab and Enter move to
// the next cell and open its editor (Enter on a cell that is not being
// edited starts editing it), Insert adds a line below the current one and
// starts on its product, Delete removes the current line. Tab on the last
// cell, Shift+Tab on the first and Ctrl+Tab anywhere leave the table (it is
// the one table of the client where Tab walks the cells).
class PurchaseOrderLinesView : public QTableView
{
    Q_OBJECT

public:
    explicit PurchaseOrderLinesView(QWidget *parent = nullptr);

    void setLinesModel(PurchaseOrderLinesModel *model);
    // Adds a line after the current one (at the end when none) and edits its product.
    void addLine();
    void removeCurrentLine();
    // Hands what an open cell editor holds to the model and closes it
    // (before saving by shortcut, when the focus does not leave the cell).
    void commitOpenEditor();

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    PurchaseOrderLinesModel *m_lines = nullptr;
};

} // namespace erp::client
