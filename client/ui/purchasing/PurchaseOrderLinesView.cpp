#include "client/ui/purchasing/PurchaseOrderLinesView.h"

#include "client/ui/KeyboardNavigation.h"
#include "client/ui/purchasing/PurchaseOrderLinesModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace erp::client {

using Lines = PurchaseOrderLinesModel;

PurchaseOrderLinesView::PurchaseOrderLinesView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    // An editor grid: Tab goes from cell to cell (the client's other tables
    // hand Tab on to the next control), and leaves at either end.
    KeyboardNavigation::keepTabInside(this);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
}

void PurchaseOrderLinesView::setLinesModel(PurchaseOrderLinesModel *model)
{
    m_lines = model;
    setModel(model);
}

void PurchaseOrderLinesView::addLine()
{
    if (!m_lines || !m_lines->isEditable())
        return;
    const int row = m_lines->insertLine(currentIndex().isValid() ? currentIndex().row() + 1 : m_lines->lineCount());
    const QModelIndex product = m_lines->index(row, Lines::Product);
    setCurrentIndex(product);
    scrollTo(product);
    edit(product);
}

void PurchaseOrderLinesView::removeCurrentLine()
{
    if (!m_lines || !m_lines->isEditable() || !currentIndex().isValid())
        return;
    const int row = currentIndex().row();
    const int column = currentIndex().column();
    m_lines->removeLine(row);
    if (m_lines->lineCount() > 0)
        setCurrentIndex(m_lines->index(qMin(row, m_lines->lineCount() - 1), column));
}

void PurchaseOrderLinesView::commitOpenEditor()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool PurchaseOrderLinesView::focusNextPrevChild(bool next)
{
    // Tab on the last cell (Shift+Tab on the first) goes on to the next
    // (previous) control instead of wrapping round to the other end.
    const QModelIndex current = currentIndex();
    if (state() != EditingState && model() && current.isValid()) {
        const bool atEnd = next ? current.row() == model()->rowCount() - 1 && current.column() == model()->columnCount() - 1
                                : current.row() == 0 && current.column() == 0;
        if (atEnd)
            return QWidget::focusNextPrevChild(next);
    }
    return QTableView::focusNextPrevChild(next);
}

void PurchaseOrderLinesView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Tab and Ctrl+Shift+Tab leave the grid from any cell.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && (event->modifiers() & Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        event->accept();
        return;
    }
    if (state() != EditingState && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Insert:
            addLine();
            event->accept();
            return;
        case Qt::Key_Delete:
            removeCurrentLine();
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex current = currentIndex();
            if (current.isValid() && (current.flags() & Qt::ItemIsEditable) && edit(current, EditKeyPressed, event)) {
                event->accept();
                return;
            }
            if (current.isValid()) {
                // A read-only cell: Enter moves on like Tab.
                const QModelIndex next = moveCursor(MoveNext, Qt::NoModifier);
                if (next.isValid())
                    setCurrentIndex(next);
                event->accept();
                return;
            }
            break;
        }
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void PurchaseOrderLinesView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor commits and goes on to the next cell, as Tab does.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

} // namespace erp::client
