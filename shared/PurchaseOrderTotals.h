#pragma once

#include "shared/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace erp::shared {

// The money of a purchase order, computed the same way by the server (which
// stores it) and the client (which shows it live), so both agree to the cent.
// Rules (PROCUREMENT.md): line net = round(quantity × unit price), line tax =
// round(line net × rate / 100), both to the currency's minor unit, half away
// from zero; subtotal = Σ net, tax = Σ line tax (rounded per line, never per
// order), total = subtotal + tax.
class PurchaseOrderTotals
{
public:
    // The column types: quantity NUMERIC(14,3), unit price NUMERIC(14,4), tax
    // rate NUMERIC(5,2) (percent), amounts NUMERIC(15,3) in every currency.
    static constexpr int QuantityScale = 3;
    static constexpr int QuantityIntegerDigits = 11;
    static constexpr int UnitPriceScale = 4;
    static constexpr int UnitPriceIntegerDigits = 10;
    static constexpr int TaxPercentScale = 2;
    static constexpr int BaseAmountScale = 2;
    static constexpr int ExchangeRateScale = 6;
    static constexpr int ExchangeRateIntegerDigits = 12;

    // 999,999,999,999.99: the largest line amount, subtotal, tax or total.
    static Decimal maximumAmount();

    struct Line
    {
        Decimal quantity; // > 0, at most 3 decimals
        Decimal unitPrice; // >= 0, at most 4 decimals
        Decimal taxPercent; // 0 to 100, at most 2 decimals
    };

    struct LineAmounts
    {
        Decimal net;
        Decimal tax;
    };

    enum class Problem {
        None,
        UnknownCurrency,
        QuantityNotPositive,
        QuantityTooPrecise,
        QuantityTooLarge,
        UnitPriceNegative,
        UnitPriceTooPrecise,
        UnitPriceTooLarge,
        TaxPercentOutOfRange,
        TaxPercentTooPrecise,
        LineAmountTooLarge,
        TotalTooLarge,
    };

    // Never throws: an unusable input is reported through problem(), with
    // the line it was found on, and no amounts.
    static PurchaseOrderTotals compute(const QString &currency, const QList<Line> &lines);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    int problemLine() const { return m_problemLine; } // index into lines, -1: the order as a whole
    // Machine-readable code ("line_amount_too_large") and the field it is
    // about ("quantity", "unit_price", "tax_rate", "currency", "lines"), for
    // a 422 problem; an English sentence for its detail (the client words it
    // itself from the code, in the user's language).
    QString problemCode() const;
    QString problemField() const;
    QString problemMessage() const;

    int scale() const { return m_scale; } // the currency's minor unit
    const QList<LineAmounts> &lines() const { return m_lines; }
    Decimal subtotal() const { return m_subtotal; }
    Decimal tax() const { return m_tax; }
    Decimal total() const { return m_total; }

    // The total in the base currency, round(total × rate, 2), for approval
    // bands; rate = base currency per unit of the order currency (> 0, at
    // most 6 decimals). Nothing for an unusable rate or an overflow.
    static std::optional<Decimal> toBaseCurrency(const Decimal &total, const Decimal &rate);

private:
    static PurchaseOrderTotals refused(Problem problem, int line);

    Problem m_problem = Problem::None;
    int m_problemLine = -1;
    int m_scale = 2;
    QList<LineAmounts> m_lines;
    Decimal m_subtotal;
    Decimal m_tax;
    Decimal m_total;
};

} // namespace erp::shared
