#pragma once

// Driving the purchase-order editor by keyboard alone, as a buyer does:
// keys go to whatever has the focus, reference pickers are filled by typing
// and picking the server's first match with Down and Enter, and a line is
// typed with Insert and Tab through its cells.
#include "client/ui/ReferencePicker.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "client/ui/purchasing/PurchaseOrderLinesModel.h"
#include "client/ui/purchasing/PurchaseOrderLinesView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace erp::test::keyboard {

inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target) {
        qWarning("nothing has the keyboard focus");
        return false;
    }
    QTest::keyClick(target, key, modifiers);
    return true;
}

inline bool typeInFocusedCell(const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit) {
        qWarning("no cell editor has the focus");
        return false;
    }
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    return true;
}

// Types into the reference picker that has the focus, waits for the
// server's matches and picks the first with Down and Enter.
inline bool pickInFocusedPicker(const QString &text)
{
    auto *picker = qobject_cast<erp::client::ReferencePicker *>(QApplication::focusWidget());
    if (!picker) {
        qWarning("focus is on %s, not a picker",
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing");
        return false;
    }
    QSignalSpy shown(picker, &erp::client::ReferencePicker::resultsShown);
    QSignalSpy picked(picker, &erp::client::ReferencePicker::picked);
    QTest::keyClicks(picker, text);
    if (!shown.wait(15000) && shown.isEmpty())
        return false;
    QWidget *popup = picker->completer()->popup();
    if (!QTest::qWaitFor([popup] { return popup->isVisible(); }, 5000))
        return false;
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    return picked.count() == 1;
}

// Insert, product by SKU, Tab to quantity, unit, price (typed only when
// given), tax (empty: the organisation's default), and on to the read-only
// line total.
inline bool typeLine(erp::client::PurchaseOrderEditor *editor, const QString &sku, const QString &quantity,
                     const QString &price, const QString &tax)
{
    using Lines = erp::client::PurchaseOrderLinesModel;
    Lines *lines = editor->linesModel();
    const int before = lines->rowCount();
    press(Qt::Key_Insert);
    if (lines->rowCount() != before + 1)
        return false;
    const int row = editor->linesView()->currentIndex().row();
    if (!pickInFocusedPicker(sku))
        return false;
    press(Qt::Key_Tab); // description: the product's name by default
    press(Qt::Key_Tab);
    if (editor->linesView()->currentIndex().column() != Lines::Quantity)
        return false;
    typeInFocusedCell(quantity);
    press(Qt::Key_Tab); // unit
    press(Qt::Key_Tab);
    if (editor->linesView()->currentIndex().column() != Lines::UnitPrice)
        return false;
    if (!price.isEmpty())
        typeInFocusedCell(price);
    press(Qt::Key_Tab);
    typeInFocusedCell(tax);
    press(Qt::Key_Return); // Enter commits and moves on, like Tab (queued by Qt's delegate)
    return QTest::qWaitFor(
        [&] {
            return editor->linesView()->currentIndex() == lines->index(row, Lines::LineTotal)
                && QApplication::focusWidget() == editor->linesView(); // no cell editor open
        },
        5000);
}

} // namespace erp::test::keyboard
