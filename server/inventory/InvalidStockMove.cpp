#include "server/inventory/InvalidStockMove.h"

namespace erp::server {

InvalidStockMove::InvalidStockMove(QString code, QString field, QString message)
    : m_code(std::move(code))
    , m_field(std::move(field))
    , m_message(std::move(message))
    , m_what(m_message.toUtf8())
{
}

} // namespace erp::server
