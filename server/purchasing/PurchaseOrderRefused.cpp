#include "server/purchasing/PurchaseOrderRefused.h"

namespace erp::server {

PurchaseOrderRefused::PurchaseOrderRefused(QString code, QString message)
    : m_code(std::move(code))
    , m_message(std::move(message))
    , m_what(m_message.toUtf8())
{
}

bool PurchaseOrderRefused::forbidden() const
{
    return m_code == QLatin1String("creator_cannot_approve") || m_code == QLatin1String("not_an_approver")
        || m_code == QLatin1String("not_allowed");
}

} // namespace erp::server
