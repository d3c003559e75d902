#pragma once

#include "shared/Decimal.h"

#include <optional>

namespace erp::shared {

// Units of one category carry an exact factor to the category's base unit
// (piece 1, box of 12: 12; kg 1, g 0.001). A quantity moves between two of
// them as quantity × from / to, exactly: stock is kept in the stock unit at
// 3 decimals, and a conversion that would need rounding there is refused
// rather than creating or losing a fraction of a unit unnoticed.
class UnitConversion
{
public:
    static constexpr int QuantityScale = 3; // NUMERIC(14,3)
    static constexpr int QuantityIntegerDigits = 11;

    enum class Problem { None, FactorNotPositive, Inexact, TooLarge };

    // 2 boxes (factor 12) in pieces (factor 1) = 24.000. Nothing, with the
    // reason in *problem, when a factor is not positive, the result is not
    // exact at 3 decimals or has more than 11 integer digits.
    static std::optional<Decimal> convert(const Decimal &quantity, const Decimal &fromFactor, const Decimal &toFactor,
                                          Problem *problem = nullptr);
};

} // namespace erp::shared
