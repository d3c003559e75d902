#include "server/purchasing/InvalidPurchaseOrder.h"

namespace erp::server {

InvalidPurchaseOrder::InvalidPurchaseOrder(QString field, QString code, QString message)
    : m_field(std::move(field))
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_what((m_field + QLatin1String(": ") + m_message).toUtf8())
{
}

} // namespace erp::server
