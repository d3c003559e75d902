#include "client/ui/MnemonicLabels.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>

namespace erp::client {

namespace {
QPointer<MnemonicLabels> g_filter;
} // namespace

void MnemonicLabels::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (g_filter || !app)
        return;
    g_filter = new MnemonicLabels(app);
    app->installEventFilter(g_filter);
}

void MnemonicLabels::apply(QLabel *label)
{
    if (!label || !label->buddy() || !label->font().kerning())
        return;
    // A font of its own (a bold heading) is kept; otherwise only kerning is
    // set and the rest still follows the parent and the application.
    QFont unkerned = label->testAttribute(Qt::WA_SetFont) ? label->font() : QFont();
    unkerned.setKerning(false);
    label->setFont(unkerned);
}

bool MnemonicLabels::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once per widget, before it is first shown.
    if (event->type() == QEvent::Polish)
        if (auto *label = qobject_cast<QLabel *>(watched))
            apply(label);
    return QObject::eventFilter(watched, event);
}

} // namespace erp::client
