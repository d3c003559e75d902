#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace erp::shared {

// Fixed-point decimal for money and quantities: an integer count of units of
// 10^-scale, never a double, so "0.10" + "0.20" is exactly "0.30". The text
// form is what JSON carries and what SQL binds (as text cast to numeric):
// optional '-', digits, optionally '.' and digits. No exponent, no '+', no
// spaces or thousands separators: anything a human might mean two ways is
// refused rather than guessed. At most 18 significant digits (the units fit
// a qint64), which covers NUMERIC(18, s) columns. Portable C++17: no compiler
// 128-bit type or overflow builtins, so the client builds with MSVC too.
class Decimal
{
public:
    static constexpr int MaxDigits = 18;
    static constexpr int MaxScale = 9;

    Decimal() = default;
    // units * 10^-scale; scale is clamped to [0, MaxScale].
    static Decimal fromUnits(qint64 units, int scale);
    static Decimal fromInteger(qint64 value) { return fromUnits(value, 0); }

    // Exact parse; nothing for garbage, exponents, more than MaxDigits
    // significant digits or more than maxScale decimals. The scale of the
    // result is the number of decimals written ("1.50" has scale 2).
    static std::optional<Decimal> parse(QStringView text, int maxScale = MaxScale);

    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    // Digits left of the decimal point (0 counts as one digit).
    int integerDigits() const;

    // Exact text with the current scale: "1250.00", "-0.5", "3".
    QString toString() const;

    // The same value with another scale. Growing the scale is exact (nothing
    // when it would overflow); shrinking rounds half away from zero, the
    // commercial rounding people check invoices with.
    std::optional<Decimal> rescaled(int scale) const;

    // Arithmetic keeps the larger scale and reports overflow as nothing.
    std::optional<Decimal> added(const Decimal &other) const;
    std::optional<Decimal> subtracted(const Decimal &other) const;
    std::optional<Decimal> multipliedBy(qint64 factor) const;

    // The exact product a × b, rounded half away from zero to `scale`
    // (quantity × unit price rounded to the currency's minor unit). The
    // intermediate is 128 bits wide, so only a result beyond a qint64 is
    // reported as overflow (nothing).
    std::optional<Decimal> multipliedBy(const Decimal &other, int scale) const;

    // round(a × b / c) to `scale`, half away from zero, through one exact
    // 128-bit intermediate (unit conversions: quantity × factor / factor).
    // Nothing when c is zero or the result or the intermediate a × b × 10^k
    // does not fit. *exact, when given, tells whether no rounding happened.
    static std::optional<Decimal> mulDiv(const Decimal &a, const Decimal &b, const Decimal &c, int scale,
                                         bool *exact = nullptr);

    // Compares values, not representations: 1.5 == 1.50.
    int compare(const Decimal &other) const;
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return a.compare(b) >= 0; }

private:
    qint64 m_units = 0;
    int m_scale = 0;
};

} // namespace erp::shared
