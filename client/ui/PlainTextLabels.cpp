#include "client/ui/PlainTextLabels.h"

#include "client/ui/MnemonicLabels.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>

namespace erp::client {

namespace {
QPointer<PlainTextLabels> g_filter;
}

void PlainTextLabels::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (g_filter || !app)
        return;
    g_filter = new PlainTextLabels(app);
    app->installEventFilter(g_filter);
}

void PlainTextLabels::apply(QLabel *label)
{
    if (label && label->textFormat() != Qt::PlainText)
        label->setTextFormat(Qt::PlainText);
}

bool PlainTextLabels::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once per widget, before it is first shown. The other
    // rule every label follows (unkerned shortcut labels) rides along, so
    // that one application-wide filter looks at every event, not two.
    if (event->type() == QEvent::Polish)
        if (auto *label = qobject_cast<QLabel *>(watched)) {
            apply(label);
            MnemonicLabels::apply(label);
        }
    return QObject::eventFilter(watched, event);
}

} // namespace erp::client

// As soon as the application object exists, before any window is built.
static void installPlainTextLabels()
{
    erp::client::PlainTextLabels::install();
}
Q_COREAPP_STARTUP_FUNCTION(installPlainTextLabels)
