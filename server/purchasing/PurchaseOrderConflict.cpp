#include "server/purchasing/PurchaseOrderConflict.h"

namespace erp::server {

PurchaseOrderConflict::PurchaseOrderConflict(QString action, QString currentState)
    : m_action(std::move(action))
    , m_currentState(std::move(currentState))
{
    m_what = QStringLiteral("cannot %1 a purchase order that is %2").arg(m_action, m_currentState).toUtf8();
}

} // namespace erp::server
