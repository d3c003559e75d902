#include "server/purchasing/InvalidReceipt.h"

namespace erp::server {

InvalidReceipt::InvalidReceipt(QString code, qint64 lineId, QString message, erp::shared::Decimal remaining)
    : m_code(std::move(code))
    , m_lineId(lineId)
    , m_message(std::move(message))
    , m_remaining(remaining)
    , m_what(m_message.toUtf8())
{
}

} // namespace erp::server
