#include "shared/Decimal.h"

#include <limits>

namespace erp::shared {

namespace {

constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 Int64Min = std::numeric_limits<qint64>::min();

// 10^n for n in [0, 18]; nothing beyond, where it would not fit.
std::optional<qint64> powerOfTen(int n)
{
    if (n < 0 || n > 18)
        return std::nullopt;
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

quint64 magnitude(qint64 v)
{
    // Unsigned negation, so that the minimum qint64 is safe.
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

// Unsigned 128-bit arithmetic, just what exact products and quotients need.
// Written out in 64-bit halves because MSVC has no __int128.
struct UInt128
{
    quint64 hi = 0;
    quint64 lo = 0;
};

UInt128 multiply64(quint64 a, quint64 b)
{
    const quint64 aLo = a & 0xffffffffu, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffu, bHi = b >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 middle = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    UInt128 r;
    r.lo = (ll & 0xffffffffu) | (middle << 32);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    return r;
}

// x × m; false on overflow.
bool multiplyInPlace(UInt128 &x, quint64 m)
{
    const UInt128 low = multiply64(x.lo, m);
    const UInt128 high = multiply64(x.hi, m);
    if (high.hi != 0)
        return false;
    const quint64 hi = low.hi + high.lo;
    if (hi < low.hi)
        return false;
    x = {hi, low.lo};
    return true;
}

int compare128(const UInt128 &a, const UInt128 &b)
{
    if (a.hi != b.hi)
        return a.hi < b.hi ? -1 : 1;
    return a.lo < b.lo ? -1 : (a.lo > b.lo ? 1 : 0);
}

UInt128 subtract128(const UInt128 &a, const UInt128 &b) // a >= b
{
    UInt128 r;
    r.lo = a.lo - b.lo;
    r.hi = a.hi - b.hi - (a.lo < b.lo ? 1 : 0);
    return r;
}

UInt128 shiftLeft1(const UInt128 &a)
{
    return {(a.hi << 1) | (a.lo >> 63), a.lo << 1};
}

// n / d and n % d for d != 0 below 2^127 (so the shifted remainder fits):
// restoring division, one bit at a time, with a native fast path.
void divide128(const UInt128 &n, const UInt128 &d, UInt128 *quotient, UInt128 *remainder)
{
    if (n.hi == 0 && d.hi == 0) {
        *quotient = {0, n.lo / d.lo};
        *remainder = {0, n.lo % d.lo};
        return;
    }
    UInt128 q, r;
    for (int bit = 127; bit >= 0; --bit) {
        r = shiftLeft1(r);
        const quint64 nBit = bit >= 64 ? (n.hi >> (bit - 64)) & 1u : (n.lo >> bit) & 1u;
        r.lo |= nBit;
        if (compare128(r, d) >= 0) {
            r = subtract128(r, d);
            if (bit >= 64)
                q.hi |= quint64(1) << (bit - 64);
            else
                q.lo |= quint64(1) << bit;
        }
    }
    *quotient = q;
    *remainder = r;
}

// Checked qint64 arithmetic; false on overflow.
bool checkedAdd(qint64 a, qint64 b, qint64 *out)
{
    if ((b > 0 && a > Int64Max - b) || (b < 0 && a < Int64Min - b))
        return false;
    *out = a + b;
    return true;
}

bool checkedSubtract(qint64 a, qint64 b, qint64 *out)
{
    if ((b < 0 && a > Int64Max + b) || (b > 0 && a < Int64Min + b))
        return false;
    *out = a - b;
    return true;
}

bool checkedMultiply(qint64 a, qint64 b, qint64 *out)
{
    const bool negative = (a < 0) != (b < 0);
    const UInt128 product = multiply64(magnitude(a), magnitude(b));
    const quint64 limit = negative ? quint64(Int64Max) + 1 : quint64(Int64Max);
    if (product.hi != 0 || product.lo > limit)
        return false;
    *out = negative ? qint64(quint64(0) - product.lo) : qint64(product.lo);
    return true;
}

std::optional<qint64> scaleUp(qint64 units, int by)
{
    const auto p = powerOfTen(by);
    qint64 out = 0;
    if (!p || !checkedMultiply(units, *p, &out))
        return std::nullopt;
    return out;
}

} // namespace

Decimal Decimal::fromUnits(qint64 units, int scale)
{
    Decimal d;
    d.m_units = units;
    d.m_scale = qBound(0, scale, MaxScale);
    return d;
}

std::optional<Decimal> Decimal::parse(QStringView text, int maxScale)
{
    maxScale = qBound(0, maxScale, MaxScale);
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.at(0) == u'-';
    if (negative)
        ++i;
    qint64 units = 0;
    int digits = 0; // significant digits (leading zeros do not count)
    int integerDigits = 0;
    int scale = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            // One point, with digits on both sides: "5." and ".5" are typos
            // as often as they are numbers.
            if (point || integerDigits == 0)
                return std::nullopt;
            point = true;
            continue;
        }
        // Only ASCII digits: QChar::isDigit() would accept Arabic-Indic ones.
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (point)
            ++scale;
        else
            ++integerDigits;
        if (units != 0 || c != u'0' || point)
            ++digits;
        if (digits > MaxDigits || scale > maxScale)
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
    }
    if (integerDigits == 0 || (point && scale == 0))
        return std::nullopt;
    return fromUnits(negative ? -units : units, scale);
}

int Decimal::integerDigits() const
{
    const auto p = powerOfTen(m_scale);
    qint64 whole = m_units / *p;
    if (whole < 0)
        whole = -whole;
    int n = 1;
    while (whole >= 10) {
        whole /= 10;
        ++n;
    }
    return n;
}

QString Decimal::toString() const
{
    QString digits = QString::number(magnitude(m_units));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_units < 0)
        digits.prepend(u'-');
    return digits;
}

std::optional<Decimal> Decimal::rescaled(int scale) const
{
    scale = qBound(0, scale, MaxScale);
    if (scale == m_scale)
        return *this;
    if (scale > m_scale) {
        const auto units = scaleUp(m_units, scale - m_scale);
        if (!units)
            return std::nullopt;
        return fromUnits(*units, scale);
    }
    const qint64 divisor = *powerOfTen(m_scale - scale);
    qint64 quotient = m_units / divisor;
    const qint64 remainder = m_units % divisor;
    // Half away from zero: compare twice the remainder with the divisor
    // (remainder < divisor <= 10^9, so doubling cannot overflow).
    if (2 * (remainder < 0 ? -remainder : remainder) >= divisor)
        quotient += m_units < 0 ? -1 : 1;
    return fromUnits(quotient, scale);
}

std::optional<Decimal> Decimal::added(const Decimal &other) const
{
    const int scale = qMax(m_scale, other.m_scale);
    const auto a = rescaled(scale);
    const auto b = other.rescaled(scale);
    qint64 sum = 0;
    if (!a || !b || !checkedAdd(a->m_units, b->m_units, &sum))
        return std::nullopt;
    return fromUnits(sum, scale);
}

std::optional<Decimal> Decimal::subtracted(const Decimal &other) const
{
    const int scale = qMax(m_scale, other.m_scale);
    const auto a = rescaled(scale);
    const auto b = other.rescaled(scale);
    qint64 difference = 0;
    if (!a || !b || !checkedSubtract(a->m_units, b->m_units, &difference))
        return std::nullopt;
    return fromUnits(difference, scale);
}

std::optional<Decimal> Decimal::multipliedBy(qint64 factor) const
{
    qint64 product = 0;
    if (!checkedMultiply(m_units, factor, &product))
        return std::nullopt;
    return fromUnits(product, m_scale);
}

std::optional<Decimal> Decimal::multipliedBy(const Decimal &other, int scale) const
{
    return mulDiv(*this, other, fromInteger(1), scale);
}

std::optional<Decimal> Decimal::mulDiv(const Decimal &a, const Decimal &b, const Decimal &c, int scale, bool *exact)
{
    if (c.m_units == 0)
        return std::nullopt;
    scale = qBound(0, scale, MaxScale);
    const bool negative = ((a.m_units < 0) != (b.m_units < 0)) != (c.m_units < 0);
    // a×b/c at `scale` in integers: units(a)·units(b)·10^e / units(c), where
    // e = scale + scale(c) − scale(a) − scale(b) lies in [−18, 18]; a negative
    // e moves 10^−e to the divisor instead, so nothing is lost to truncation.
    UInt128 numerator = multiply64(magnitude(a.m_units), magnitude(b.m_units));
    UInt128 divisor {0, magnitude(c.m_units)};
    const int e = scale + c.m_scale - a.m_scale - b.m_scale;
    if (e > 0 && !multiplyInPlace(numerator, quint64(*powerOfTen(e))))
        return std::nullopt;
    if (e < 0 && !multiplyInPlace(divisor, quint64(*powerOfTen(-e))))
        return std::nullopt;
    // The divisor is below 2^63 · 10^18 < 2^123, as divide128 needs.
    UInt128 quotient, remainder;
    divide128(numerator, divisor, &quotient, &remainder);
    // Half away from zero on the magnitude: 2·remainder >= divisor (no
    // overflow: the divisor is far below 2^127).
    if (compare128(shiftLeft1(remainder), divisor) >= 0) {
        if (++quotient.lo == 0)
            ++quotient.hi;
    }
    if (quotient.hi != 0 || quotient.lo > quint64(Int64Max))
        return std::nullopt;
    if (exact)
        *exact = remainder.hi == 0 && remainder.lo == 0;
    const qint64 units = negative ? -qint64(quotient.lo) : qint64(quotient.lo);
    return fromUnits(units, scale);
}

int Decimal::compare(const Decimal &other) const
{
    if (m_scale == other.m_scale)
        return m_units < other.m_units ? -1 : (m_units > other.m_units ? 1 : 0);
    // Different signs (or zero) decide without scaling.
    const int signA = m_units < 0 ? -1 : (m_units > 0 ? 1 : 0);
    const int signB = other.m_units < 0 ? -1 : (other.m_units > 0 ? 1 : 0);
    if (signA != signB || signA == 0)
        return signA < signB ? -1 : (signA > signB ? 1 : 0);
    // Same sign: compare magnitudes brought to the larger scale in 128 bits,
    // so comparing never overflows.
    const int scale = qMax(m_scale, other.m_scale);
    const UInt128 a = multiply64(magnitude(m_units), quint64(*powerOfTen(scale - m_scale)));
    const UInt128 b = multiply64(magnitude(other.m_units), quint64(*powerOfTen(scale - other.m_scale)));
    const int byMagnitude = compare128(a, b);
    return signA > 0 ? byMagnitude : -byMagnitude;
}

} // namespace erp::shared
