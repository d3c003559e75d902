#include "client/ui/MnemonicLabels.h"

#include <QLabel>

namespace erp::client {

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

} // namespace erp::client
