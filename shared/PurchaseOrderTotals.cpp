#include "shared/PurchaseOrderTotals.h"

#include "shared/Currency.h"

namespace erp::shared {

namespace {

// True when value has no digits beyond `scale` (7.70 passes for scale 1:
// the value counts, not how it was written).
bool fitsScale(const Decimal &value, int scale)
{
    if (value.scale() <= scale)
        return true;
    const auto shrunk = value.rescaled(scale);
    return shrunk && *shrunk == value;
}

} // namespace

Decimal PurchaseOrderTotals::maximumAmount()
{
    return Decimal::fromUnits(99'999'999'999'999, 2);
}

PurchaseOrderTotals PurchaseOrderTotals::refused(Problem problem, int line)
{
    PurchaseOrderTotals t;
    t.m_problem = problem;
    t.m_problemLine = line;
    return t;
}

PurchaseOrderTotals PurchaseOrderTotals::compute(const QString &currency, const QList<Line> &lines)
{
    const auto minorUnits = Currency::minorUnits(currency);
    if (!minorUnits)
        return refused(Problem::UnknownCurrency, -1);
    const int scale = *minorUnits;
    const Decimal maximum = maximumAmount();
    const Decimal hundred = Decimal::fromInteger(100);

    PurchaseOrderTotals t;
    t.m_scale = scale;
    Decimal subtotal = Decimal::fromUnits(0, scale);
    Decimal tax = Decimal::fromUnits(0, scale);
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.quantity <= Decimal())
            return refused(Problem::QuantityNotPositive, i);
        if (!fitsScale(line.quantity, QuantityScale))
            return refused(Problem::QuantityTooPrecise, i);
        if (line.quantity.integerDigits() > QuantityIntegerDigits)
            return refused(Problem::QuantityTooLarge, i);
        if (line.unitPrice.isNegative())
            return refused(Problem::UnitPriceNegative, i);
        if (!fitsScale(line.unitPrice, UnitPriceScale))
            return refused(Problem::UnitPriceTooPrecise, i);
        if (line.unitPrice.integerDigits() > UnitPriceIntegerDigits)
            return refused(Problem::UnitPriceTooLarge, i);
        if (line.taxPercent.isNegative() || line.taxPercent > hundred)
            return refused(Problem::TaxPercentOutOfRange, i);
        if (!fitsScale(line.taxPercent, TaxPercentScale))
            return refused(Problem::TaxPercentTooPrecise, i);

        // Within the bounds above the exact product has at most 21 integer
        // digits, far inside the 128-bit intermediate: it never overflows,
        // it is only too large for an amount.
        const auto net = line.quantity.multipliedBy(line.unitPrice, scale);
        if (!net || *net > maximum)
            return refused(Problem::LineAmountTooLarge, i);
        const auto lineTax = Decimal::mulDiv(*net, line.taxPercent, hundred, scale);
        if (!lineTax)
            return refused(Problem::LineAmountTooLarge, i);
        t.m_lines.append({*net, *lineTax});
        // Sums of amounts at most 10^12 each cannot overflow a qint64 before
        // the maximum check stops them (at most 2^63 / 10^15 lines needed).
        subtotal = *subtotal.added(*net);
        tax = *tax.added(*lineTax);
        if (subtotal > maximum || tax > maximum)
            return refused(Problem::TotalTooLarge, -1);
    }
    const Decimal total = *subtotal.added(tax);
    if (total > maximum)
        return refused(Problem::TotalTooLarge, -1);
    t.m_subtotal = subtotal;
    t.m_tax = tax;
    t.m_total = total;
    return t;
}

std::optional<Decimal> PurchaseOrderTotals::toBaseCurrency(const Decimal &total, const Decimal &rate)
{
    if (rate <= Decimal() || !fitsScale(rate, ExchangeRateScale) || rate.integerDigits() > ExchangeRateIntegerDigits)
        return std::nullopt;
    return total.multipliedBy(rate, BaseAmountScale);
}

QString PurchaseOrderTotals::problemCode() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::UnknownCurrency:
        return QStringLiteral("unknown_currency");
    case Problem::QuantityNotPositive:
        return QStringLiteral("quantity_not_positive");
    case Problem::QuantityTooPrecise:
        return QStringLiteral("quantity_too_precise");
    case Problem::QuantityTooLarge:
        return QStringLiteral("quantity_too_large");
    case Problem::UnitPriceNegative:
        return QStringLiteral("unit_price_negative");
    case Problem::UnitPriceTooPrecise:
        return QStringLiteral("unit_price_too_precise");
    case Problem::UnitPriceTooLarge:
        return QStringLiteral("unit_price_too_large");
    case Problem::TaxPercentOutOfRange:
        return QStringLiteral("tax_rate_out_of_range");
    case Problem::TaxPercentTooPrecise:
        return QStringLiteral("tax_rate_too_precise");
    case Problem::LineAmountTooLarge:
        return QStringLiteral("line_amount_too_large");
    case Problem::TotalTooLarge:
        return QStringLiteral("total_too_large");
    }
    return {};
}

QString PurchaseOrderTotals::problemField() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::UnknownCurrency:
        return QStringLiteral("currency");
    case Problem::QuantityNotPositive:
    case Problem::QuantityTooPrecise:
    case Problem::QuantityTooLarge:
    case Problem::LineAmountTooLarge:
        return QStringLiteral("quantity");
    case Problem::UnitPriceNegative:
    case Problem::UnitPriceTooPrecise:
    case Problem::UnitPriceTooLarge:
        return QStringLiteral("unit_price");
    case Problem::TaxPercentOutOfRange:
    case Problem::TaxPercentTooPrecise:
        return QStringLiteral("tax_rate");
    case Problem::TotalTooLarge:
        return QStringLiteral("lines");
    }
    return {};
}

QString PurchaseOrderTotals::problemMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::UnknownCurrency:
        return QStringLiteral("The currency is not an ISO 4217 code the product knows.");
    case Problem::QuantityNotPositive:
        return QStringLiteral("The quantity must be greater than zero.");
    case Problem::QuantityTooPrecise:
        return QStringLiteral("A quantity has at most 3 decimals.");
    case Problem::QuantityTooLarge:
        return QStringLiteral("A quantity has at most 11 digits before the decimal point.");
    case Problem::UnitPriceNegative:
        return QStringLiteral("The unit price cannot be negative.");
    case Problem::UnitPriceTooPrecise:
        return QStringLiteral("A unit price has at most 4 decimals.");
    case Problem::UnitPriceTooLarge:
        return QStringLiteral("A unit price has at most 10 digits before the decimal point.");
    case Problem::TaxPercentOutOfRange:
        return QStringLiteral("The tax rate is a percent from 0 to 100.");
    case Problem::TaxPercentTooPrecise:
        return QStringLiteral("A tax rate has at most 2 decimals.");
    case Problem::LineAmountTooLarge:
        return QStringLiteral("The line amount (quantity × unit price) is above 999,999,999,999.99.");
    case Problem::TotalTooLarge:
        return QStringLiteral("The order's total is above 999,999,999,999.99.");
    }
    return {};
}

} // namespace erp::shared
