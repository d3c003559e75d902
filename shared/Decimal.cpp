#include "shared/Decimal.h"

#include <limits>

namespace erp::shared {

namespace {

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

std::optional<qint64> scaleUp(qint64 units, int by)
{
    const auto p = powerOfTen(by);
    qint64 out = 0;
    if (!p || __builtin_mul_overflow(units, *p, &out))
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
    int digits = 0;          // significant digits (leading zeros do not count)
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
    // Work on the magnitude as unsigned so that the minimum qint64 is safe.
    quint64 magnitude = m_units < 0 ? quint64(0) - quint64(m_units) : quint64(m_units);
    QString digits = QString::number(magnitude);
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
    if (!a || !b || __builtin_add_overflow(a->m_units, b->m_units, &sum))
        return std::nullopt;
    return fromUnits(sum, scale);
}

std::optional<Decimal> Decimal::subtracted(const Decimal &other) const
{
    const int scale = qMax(m_scale, other.m_scale);
    const auto a = rescaled(scale);
    const auto b = other.rescaled(scale);
    qint64 difference = 0;
    if (!a || !b || __builtin_sub_overflow(a->m_units, b->m_units, &difference))
        return std::nullopt;
    return fromUnits(difference, scale);
}

std::optional<Decimal> Decimal::multipliedBy(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_units, factor, &product))
        return std::nullopt;
    return fromUnits(product, m_scale);
}

int Decimal::compare(const Decimal &other) const
{
    if (m_scale == other.m_scale)
        return m_units < other.m_units ? -1 : (m_units > other.m_units ? 1 : 0);
    // Bring both to the larger scale in 128 bits, so comparing never overflows.
    const int scale = qMax(m_scale, other.m_scale);
    __int128 a = m_units;
    __int128 b = other.m_units;
    for (int i = m_scale; i < scale; ++i)
        a *= 10;
    for (int i = other.m_scale; i < scale; ++i)
        b *= 10;
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace erp::shared
