#include "shared/ReceiptTolerance.h"

namespace erp::shared {

std::optional<Decimal> ReceiptTolerance::maximumReceivable(const Decimal &ordered, const Decimal &tolerancePercent)
{
    const Decimal hundred = Decimal::fromInteger(100);
    const auto twoDecimals = tolerancePercent.rescaled(2);
    if (ordered <= Decimal() || tolerancePercent.isNegative() || tolerancePercent > hundred || !twoDecimals
        || *twoDecimals != tolerancePercent)
        return std::nullopt;
    const auto factor = hundred.added(tolerancePercent);
    if (!factor)
        return std::nullopt;
    // At most 3 + 2 decimals over 100: exact at 7 decimals.
    const auto exact = Decimal::mulDiv(ordered, *factor, hundred, 7);
    if (!exact)
        return std::nullopt;
    auto limit = exact->rescaled(QuantityScale);
    if (!limit)
        return std::nullopt;
    // rescaled() rounds half away from zero; a limit must round down.
    if (*limit > *exact)
        limit = limit->subtracted(Decimal::fromUnits(1, QuantityScale));
    return limit;
}

std::optional<Decimal> ReceiptTolerance::remaining(const Decimal &ordered, const Decimal &received,
                                                   const Decimal &tolerancePercent)
{
    const auto limit = maximumReceivable(ordered, tolerancePercent);
    if (!limit || received.isNegative())
        return std::nullopt;
    const auto left = limit->subtracted(received);
    if (!left)
        return std::nullopt;
    return left->isNegative() ? Decimal::fromUnits(0, QuantityScale) : *left;
}

} // namespace erp::shared
