#include "client/ui/FormHintLabel.h"

namespace erp::client {

FormHintLabel::FormHintLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // As wide as the fields, not a narrow column beside empty space; the
    // height follows the width.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QSize FormHintLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    size.setHeight(heightForWidth(QWIDGETSIZE_MAX / 2)); // one line per paragraph
    return size;
}

} // namespace erp::client
