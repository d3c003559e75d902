#include "client/ui/KeyboardNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace erp::client {

namespace {
QPointer<KeyboardNavigation> g_filter;
constexpr char TabInsideProperty[] = "erpKeepsTabInside";
} // namespace

void KeyboardNavigation::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (g_filter || !app)
        return;
    g_filter = new KeyboardNavigation(app);
    app->installEventFilter(g_filter);
}

void KeyboardNavigation::keepTabInside(QAbstractItemView *view)
{
    view->setProperty(TabInsideProperty, true);
    view->setTabKeyNavigation(true);
}

void KeyboardNavigation::apply(QObject *object)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(object)) {
        if (!view->property(TabInsideProperty).toBool())
            view->setTabKeyNavigation(false);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(object)) {
        plain->setTabChangesFocus(true);
    } else if (auto *rich = qobject_cast<QTextEdit *>(object)) {
        rich->setTabChangesFocus(true);
    } else if (auto *button = qobject_cast<QToolButton *>(object)) {
        // QToolBar makes its buttons NoFocus; tool buttons elsewhere keep theirs.
        if (qobject_cast<QToolBar *>(button->parentWidget()) && button->focusPolicy() == Qt::NoFocus)
            button->setFocusPolicy(Qt::TabFocus);
    }
}

namespace {

// The next (previous) widget that Tab would give the focus to, outside `from`.
QWidget *neighbourInFocusChain(QWidget *from, bool next)
{
    for (QWidget *w = next ? from->nextInFocusChain() : from->previousInFocusChain(); w && w != from;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (w->window() == from->window() && !from->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            return w;
    }
    return nullptr;
}

} // namespace

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    // Tab in a date field walks its day, month and year (and, showing "any
    // date", never gets out): it goes to the next field instead; the arrow
    // keys move between the parts.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            if (auto *date = qobject_cast<QDateTimeEdit *>(watched)) {
                const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
                if (QWidget *target = neighbourInFocusChain(date, forward)) {
                    target->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    return true;
                }
            }
    }
    // Polish comes once per widget, before it is first shown (after its
    // constructor and the tool bar's own settings).
    if (event->type() == QEvent::Polish)
        apply(watched);
    return QObject::eventFilter(watched, event);
}

} // namespace erp::client

// As soon as the application object exists, before any window is built.
static void installKeyboardNavigation()
{
    erp::client::KeyboardNavigation::install();
}
Q_COREAPP_STARTUP_FUNCTION(installKeyboardNavigation)
