#include "client/core/LocaleFormat.h"

#include "shared/Currency.h"
#include "shared/Decimal.h"

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isApostropheLike(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

QChar decimalMark(const QLocale &locale)
{
    const QString p = locale.decimalPoint();
    return p.isEmpty() ? u'.' : p.at(0);
}

QString groupSeparator(const QLocale &locale)
{
    return locale.groupSeparator();
}

// Whether c separates digit groups in this locale. People type a plain
// space for French's narrow no-break space and an apostrophe for Swiss
// German's right single quotation mark: those count as the same separator.
bool isGroupSeparator(QChar c, const QLocale &locale)
{
    const QString g = groupSeparator(locale);
    if (g.isEmpty())
        return false;
    const QChar gc = g.at(0);
    if (c == gc)
        return true;
    if (isSpaceLike(gc) && isSpaceLike(c))
        return true;
    if (isApostropheLike(gc) && isApostropheLike(c))
        return true;
    return false;
}

// CLDR's "minimum grouping digits": Spanish writes 1250 but 12.500. Qt 6.4
// applies it only to the first group (1234.567), so the client groups digits
// itself and only asks Qt whether the language groups four-digit numbers.
int minimumGroupingDigits(const QLocale &locale)
{
    const QString g = groupSeparator(locale);
    if (g.isEmpty())
        return 1;
    return locale.toString(1000).contains(g) ? 1 : 2;
}

QString groupDigits(const QString &digits, const QLocale &locale)
{
    const QString g = groupSeparator(locale);
    if (g.isEmpty() || digits.size() < 3 + minimumGroupingDigits(locale))
        return digits;
    QString out;
    const qsizetype first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out += digits.left(first);
    for (qsizetype i = first; i < digits.size(); i += 3)
        out += g + digits.mid(i, 3);
    return out;
}

// Exact text of a Decimal in the locale: sign, grouped (or not) integer part,
// decimal mark, fraction.
QString localise(const erp::shared::Decimal &value, bool grouped, const QLocale &locale)
{
    const QString plain = value.toString();
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype dot = digits.indexOf(u'.');
    const QString whole = dot < 0 ? digits : digits.left(dot);
    QString text = grouped ? groupDigits(whole, locale) : whole;
    if (dot >= 0)
        text += decimalMark(locale) + digits.mid(dot + 1);
    if (negative && value.units() != 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString withFourDigitYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString decimalsExample(int scale)
{
    // 1234.56, 1234.567: a value whose grouping and decimals are both visible.
    QString s = u"1234"_s;
    if (scale > 0)
        s += u'.' + u"567891234"_s.left(scale);
    return s;
}

} // namespace

bool LocaleFormat::isNumberCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u',' || isSpaceLike(c) || isApostropheLike(c) || isMinus(c);
}

QString LocaleFormat::example(int scale, const QLocale &locale)
{
    const auto value = erp::shared::Decimal::parse(decimalsExample(scale));
    const QString grouped = localise(*value, true, locale);
    const QString plain = localise(*value, false, locale);
    if (grouped == plain)
        return grouped;
    return tr("%1 or %2", "two ways to write a number").arg(grouped, plain);
}

QString LocaleFormat::misplacedSeparator(const QLocale &locale, const QString &like)
{
    // Says which character does what, since the usual cause is the other
    // convention ("1250.50" typed in German, "1250,50" in English).
    const QChar mark = decimalMark(locale);
    const QString group = groupSeparator(locale);
    if (!group.isEmpty() && isSpaceLike(group.at(0)))
        return tr("In this language a space separates groups of three digits and “%1” is the decimal mark. "
                  "Enter the number like %2.")
            .arg(mark)
            .arg(like);
    return tr("In this language “%1” separates groups of three digits and “%2” is the decimal mark. "
              "Enter the number like %3.")
        .arg(group, mark, like);
}

LocaleFormat::Number LocaleFormat::parseDecimal(const QString &input, int maxScale, bool allowNegative,
                                                const QLocale &locale)
{
    Number result;
    auto fail = [&](Problem problem, const QString &message) {
        result.problem = problem;
        result.message = message;
        return result;
    };
    const QString like = example(maxScale, locale);
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Problem::Empty, tr("Enter a number like %1.").arg(like));

    bool negative = false;
    if (isMinus(text.at(0)) || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(isMinus(text.at(0)) ? 1 : locale.negativeSign().size()).trimmed();
    }

    const QChar mark = decimalMark(locale);
    QString whole;
    QString fraction;
    QList<int> groupLengths; // digits between separators of the integer part
    int current = 0;
    bool seenMark = false;
    bool seenGroup = false;
    for (const QChar c : std::as_const(text)) {
        if (c >= u'0' && c <= u'9') {
            (seenMark ? fraction : whole) += c;
            ++current;
        } else if (c == mark) {
            if (seenMark)
                return fail(Problem::SeveralDecimalMarks,
                            tr("Use only one decimal mark (%1). Enter the number like %2.").arg(mark).arg(like));
            seenMark = true;
            groupLengths.append(current);
            current = 0;
        } else if (isGroupSeparator(c, locale)) {
            if (seenMark)
                return fail(Problem::MisplacedSeparator, misplacedSeparator(locale, like));
            seenGroup = true;
            groupLengths.append(current);
            current = 0;
        } else if (isNumberCharacter(c) && !isMinus(c)) {
            // "1250.50" in French, "1.250,50" in English: never guessed.
            if (isSpaceLike(c))
                return fail(Problem::ForeignSeparator,
                            tr("Spaces are not used in numbers in this language. Enter the number like %1.").arg(like));
            return fail(Problem::ForeignSeparator,
                        tr("“%1” is not used in numbers in this language. Enter the number like %2.").arg(c).arg(like));
        } else {
            return fail(Problem::InvalidCharacter,
                        tr("“%1” cannot be part of a number. Enter the number like %2.").arg(c).arg(like));
        }
    }
    if (!seenMark)
        groupLengths.append(current);
    if (whole.isEmpty() || (seenMark && fraction.isEmpty()))
        return fail(Problem::Malformed, tr("Enter the number like %1.").arg(like));
    if (seenGroup) {
        // Groups of three after the first, which has one to three digits.
        bool ok = groupLengths.size() >= 2 && groupLengths.first() >= 1 && groupLengths.first() <= 3;
        for (int i = 1; ok && i < groupLengths.size(); ++i)
            ok = groupLengths.at(i) == 3;
        if (!ok)
            return fail(Problem::MisplacedSeparator, misplacedSeparator(locale, like));
    }
    if (fraction.size() > maxScale) {
        if (maxScale == 0)
            return fail(Problem::TooManyDecimals, tr("Enter a whole number like %1.").arg(like));
        return fail(Problem::TooManyDecimals,
                    tr("At most %n decimal(s). Enter the number like %1.", nullptr, maxScale).arg(like));
    }
    QString plain = whole;
    if (seenMark)
        plain += u'.' + fraction;
    const auto value = erp::shared::Decimal::parse(plain, maxScale);
    if (!value)
        return fail(Problem::TooLarge, tr("This number is too large."));
    if (negative && !value->isZero()) {
        if (!allowNegative)
            return fail(Problem::Negative, tr("The number cannot be negative."));
        result.decimal = u"-"_s + value->toString();
    } else {
        result.decimal = value->toString();
    }
    return result;
}

LocaleFormat::Number LocaleFormat::parseAmount(const QString &text, const QString &currency, int maxScale,
                                               const QLocale &locale)
{
    const int scale = qMin(erp::shared::Currency::minorUnits(currency).value_or(2), maxScale);
    Number n = parseDecimal(text, scale, false, locale);
    if (n.problem == Problem::Negative)
        n.message = tr("The amount cannot be negative.");
    else if (n.problem == Problem::TooManyDecimals && scale == 0)
        n.message = tr("Amounts in %1 have no decimals. Enter the amount like %2.").arg(currency, example(0, locale));
    return n;
}

LocaleFormat::Number LocaleFormat::parseQuantity(const QString &text, int scale, const QLocale &locale)
{
    return parseDecimal(text, scale, false, locale);
}

LocaleFormat::Number LocaleFormat::parsePercent(const QString &text, int maxScale, const QLocale &locale)
{
    QString t = text.trimmed();
    const QString sign = locale.percent();
    if (t.endsWith(u'%'))
        t.chop(1);
    else if (!sign.isEmpty() && t.endsWith(sign))
        t.chop(sign.size());
    return parseDecimal(t, maxScale, false, locale);
}

LocaleFormat::Number LocaleFormat::parseCount(const QString &text, const QLocale &locale)
{
    return parseDecimal(text, 0, false, locale);
}

LocaleFormat::Date LocaleFormat::parseDate(const QString &input, const QLocale &locale)
{
    Date result;
    const QString text = input.trimmed();
    QDate d = locale.toDate(text, dateFormat(locale));
    if (!d.isValid()) {
        // Two-digit years are this century's (Qt reads them as 19xx).
        const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
        if (!shortFormat.contains(u"yyyy"_s)) {
            d = locale.toDate(text, shortFormat);
            if (d.isValid() && d.year() < 2000)
                d = d.addYears(100);
        }
    }
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        result.message = tr("Enter a date like %1.").arg(date(QDate(QDate::currentDate().year(), 12, 31), locale));
        return result;
    }
    result.date = d;
    return result;
}

LocaleFormat::DateTime LocaleFormat::parseDateTime(const QString &input, const QLocale &locale)
{
    DateTime result;
    const QString text = input.trimmed();
    QDateTime at = locale.toDateTime(text, dateTimeFormat(locale));
    if (!at.isValid()) {
        const QString shortFormat = locale.dateTimeFormat(QLocale::ShortFormat);
        if (!shortFormat.contains(u"yyyy"_s)) {
            at = locale.toDateTime(text, shortFormat);
            if (at.isValid() && at.date().year() < 2000)
                at = at.addYears(100);
        }
    }
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDateTime sample(QDate(QDate::currentDate().year(), 12, 31), QTime(16, 30));
        result.message = tr("Enter a date and time like %1.").arg(dateTime(sample, locale));
        return result;
    }
    result.dateTime = at.toLocalTime();
    return result;
}

QString LocaleFormat::decimal(const QString &apiDecimal, int minScale, const QLocale &locale)
{
    const auto value = erp::shared::Decimal::parse(apiDecimal);
    if (!value)
        return apiDecimal;
    const auto scaled = value->scale() < minScale ? value->rescaled(minScale) : value;
    return localise(scaled ? *scaled : *value, true, locale);
}

QString LocaleFormat::decimalForEditing(const QString &apiDecimal, const QLocale &locale)
{
    const auto value = erp::shared::Decimal::parse(apiDecimal);
    return value ? localise(*value, false, locale) : apiDecimal;
}

QString LocaleFormat::amount(const QString &apiDecimal, const QString &currency, const QLocale &locale)
{
    if (apiDecimal.isEmpty())
        return {};
    const auto value = erp::shared::Decimal::parse(apiDecimal);
    if (!value)
        return currency.isEmpty() ? apiDecimal : apiDecimal + QChar(0x00A0) + currency;
    const int minor = currency.isEmpty() ? 2 : erp::shared::Currency::minorUnits(currency).value_or(2);
    // The currency's decimals, unless that would hide a digit the value has.
    auto shown = value->rescaled(minor);
    if (!shown || *shown != *value)
        shown = value;
    const QString text = localise(*shown, true, locale);
    return currency.isEmpty() ? text : text + QChar(0x00A0) + currency;
}

QString LocaleFormat::count(qint64 value, const QLocale &locale)
{
    return localise(erp::shared::Decimal::fromInteger(value), true, locale);
}

QString LocaleFormat::number(double value, const QLocale &locale)
{
    if (value == double(qint64(value)))
        return count(qint64(value), locale);
    QString plain = QString::number(value, 'f', 6);
    while (plain.endsWith(u'0'))
        plain.chop(1);
    if (plain.endsWith(u'.'))
        plain.chop(1);
    return decimal(plain, 0, locale);
}

QString LocaleFormat::percent(qint64 value, const QLocale &locale)
{
    return percent(QString::number(value), locale);
}

QString LocaleFormat::percent(const QString &apiDecimal, const QLocale &locale)
{
    if (apiDecimal.isEmpty())
        return {};
    // Translators: the number, then the percent sign as the language writes
    // it (German, French and Spanish put a no-break space before it).
    return tr("%1%", "percentage").arg(decimal(apiDecimal, 0, locale));
}

QString LocaleFormat::dateFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString LocaleFormat::dateTimeFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString LocaleFormat::date(const QDate &d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, dateFormat(locale)) : QString();
}

QString LocaleFormat::date(const QString &isoDate, const QLocale &locale)
{
    if (isoDate.isEmpty())
        return {};
    // A timestamp where a date is shown: its local date.
    const QDate d = isoDate.size() > 10 ? QDateTime::fromString(isoDate, Qt::ISODateWithMs).toLocalTime().date()
                                        : QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? date(d, locale) : isoDate;
}

QString LocaleFormat::dateTime(const QDateTime &at, const QLocale &locale)
{
    return at.isValid() ? locale.toString(at.toLocalTime(), dateTimeFormat(locale)) : QString();
}

QString LocaleFormat::dateTime(const QString &rfc3339, const QLocale &locale)
{
    if (rfc3339.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return at.isValid() ? dateTime(at, locale) : rfc3339;
}

} // namespace erp::client
