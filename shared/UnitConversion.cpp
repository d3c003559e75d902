#include "shared/UnitConversion.h"

namespace erp::shared {

std::optional<Decimal> UnitConversion::convert(const Decimal &quantity, const Decimal &fromFactor,
                                               const Decimal &toFactor, Problem *problem)
{
    auto fail = [problem](Problem p) -> std::optional<Decimal> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (fromFactor <= Decimal() || toFactor <= Decimal())
        return fail(Problem::FactorNotPositive);
    bool exact = false;
    const auto converted = Decimal::mulDiv(quantity, fromFactor, toFactor, QuantityScale, &exact);
    if (!converted || converted->integerDigits() > QuantityIntegerDigits)
        return fail(Problem::TooLarge);
    if (!exact)
        return fail(Problem::Inexact);
    if (problem)
        *problem = Problem::None;
    return converted;
}

} // namespace erp::shared
