#pragma once

#include "shared/Decimal.h"

#include <QByteArray>

#include <exception>

namespace erp::server {

// A move would take a location below zero and the organisation does not
// allow negative stock. Carries what a 409 must say: which product, where,
// how much is there and how much was asked for.
class InsufficientStock : public std::exception
{
public:
    InsufficientStock(qint64 productId, qint64 locationId, erp::shared::Decimal onHand, erp::shared::Decimal requested);
    const char *what() const noexcept override { return m_what.constData(); }

    qint64 productId() const { return m_productId; }
    qint64 locationId() const { return m_locationId; }
    erp::shared::Decimal onHand() const { return m_onHand; }
    erp::shared::Decimal requested() const { return m_requested; }

private:
    qint64 m_productId;
    qint64 m_locationId;
    erp::shared::Decimal m_onHand;
    erp::shared::Decimal m_requested;
    QByteArray m_what;
};

} // namespace erp::server
