#include "server/inventory/InsufficientStock.h"

#include <QString>

namespace erp::server {

InsufficientStock::InsufficientStock(qint64 productId, qint64 locationId, erp::shared::Decimal onHand,
                                     erp::shared::Decimal requested)
    : m_productId(productId)
    , m_locationId(locationId)
    , m_onHand(onHand)
    , m_requested(requested)
{
    m_what = QStringLiteral("not enough stock of product %1 at location %2: %3 on hand, %4 requested")
                 .arg(productId)
                 .arg(locationId)
                 .arg(onHand.toString(), requested.toString())
                 .toUtf8();
}

} // namespace erp::server
