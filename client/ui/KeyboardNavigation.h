#pragma once

#include <QObject>

class QAbstractItemView;

namespace erp::client {

// Keyboard use that every screen of the client gets without asking, from one
// application-wide event filter (installed like PlainTextLabels):
// - Tab and Shift+Tab leave a table or list for the next control; the arrow
//   keys move inside it (Qt's tables otherwise walk their cells with Tab, so
//   a keyboard user could never get past a long list).
// - Tab leaves a multi-line text field too instead of typing a tab, and a
//   date field instead of stepping through its day, month and year.
// - Tool-bar buttons take the focus with Tab, so every tool-bar action can be
//   reached and pressed (Space) without a mouse.
// An editor grid where Tab goes from cell to cell (the purchase-order lines)
// says so with keepTabInside(); it then has to offer its own way out.
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    static void install();
    static void keepTabInside(QAbstractItemView *view);
    // Applies the rules to one widget now (created before install()).
    static void apply(QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace erp::client
