#pragma once

#include "shared/Decimal.h"

#include <optional>

namespace erp::shared {

// How much of an order line may be received: ordered × (1 + tolerance / 100),
// rounded down to the 3 decimals of a quantity so that the limit is never
// exceeded, not even by rounding. The receive dialog shows what is left by
// the same rule the server enforces under the order's row lock.
class ReceiptTolerance
{
public:
    static constexpr int QuantityScale = 3;

    // Nothing for a quantity that is not positive or a tolerance outside
    // 0 to 100 percent (at most 2 decimals).
    static std::optional<Decimal> maximumReceivable(const Decimal &ordered, const Decimal &tolerancePercent);

    // What may still be received (never below zero), or nothing as above.
    static std::optional<Decimal> remaining(const Decimal &ordered, const Decimal &received,
                                            const Decimal &tolerancePercent);
};

} // namespace erp::shared
