#include "client/ui/KeyboardNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
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

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
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
