// Reading and showing numbers and dates in the user's language
// (LocaleFormat): per language, what is accepted and what it means, what is
// refused and why. Every expected value is written out by hand.
#include "client/core/LocaleFormat.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::client::LocaleFormat;
using Problem = erp::client::LocaleFormat::Problem;

Q_DECLARE_METATYPE(erp::client::LocaleFormat::Problem)

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void parseDecimal_data();
    void parseDecimal();
    void refusalsShowTheExpectedForm_data();
    void refusalsShowTheExpectedForm();
    void amountsFollowTheCurrency();
    void countsAndPercentages();
    void format_data();
    void format();
    void dates_data();
    void dates();
    void dateTimes();
    void everyFormattedAmountReadsBack();
};

namespace {
const QString NNBSP = QString(QChar(0x202F));
const QString NBSP = QString(QChar(0x00A0));
} // namespace

void TestLocaleFormat::parseDecimal_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxScale");
    QTest::addColumn<QString>("expected"); // API form; empty when refused
    QTest::addColumn<Problem>("problem");

    auto ok = [](const char *name, const QString &locale, const QString &input, const QString &expected,
                 int scale = 2) { QTest::newRow(name) << locale << input << scale << expected << Problem::None; };
    auto no = [](const char *name, const QString &locale, const QString &input, Problem problem, int scale = 2) {
        QTest::newRow(name) << locale << input << scale << QString() << problem;
    };

    // English: ',' groups, '.' is the decimal mark.
    ok("en plain", u"en"_s, u"1250.50"_s, u"1250.50"_s);
    ok("en grouped", u"en"_s, u"1,250.50"_s, u"1250.50"_s);
    ok("en millions", u"en"_s, u"1,234,567.8"_s, u"1234567.8"_s);
    ok("en whole", u"en"_s, u"1,250"_s, u"1250"_s);
    ok("en spaces around", u"en"_s, u"  42  "_s, u"42"_s);
    ok("en negative", u"en"_s, u"-3.5"_s, u"-3.5"_s);
    ok("en zero", u"en"_s, u"0.00"_s, u"0.00"_s);
    no("en german comma is refused", u"en"_s, u"1250,50"_s, Problem::MisplacedSeparator);
    no("en german grouping", u"en"_s, u"1.250,50"_s, Problem::MisplacedSeparator);
    no("en two points", u"en"_s, u"12.5.3"_s, Problem::SeveralDecimalMarks);
    no("en three decimals", u"en"_s, u"1.234"_s, Problem::TooManyDecimals);
    no("en group of two", u"en"_s, u"1,25"_s, Problem::MisplacedSeparator);
    no("en group of four", u"en"_s, u"12,5000"_s, Problem::MisplacedSeparator);
    no("en first group of four", u"en"_s, u"1250,500"_s, Problem::MisplacedSeparator);
    no("en double separator", u"en"_s, u"1,,250"_s, Problem::MisplacedSeparator);
    no("en group after point", u"en"_s, u"1.250,5"_s, Problem::MisplacedSeparator);
    no("en letters", u"en"_s, u"12a"_s, Problem::InvalidCharacter);
    no("en currency sign", u"en"_s, u"$12"_s, Problem::InvalidCharacter);
    no("en exponent", u"en"_s, u"1e5"_s, Problem::InvalidCharacter);
    no("en space as group", u"en"_s, u"1 250"_s, Problem::ForeignSeparator);
    no("en lone point", u"en"_s, u".5"_s, Problem::Malformed);
    no("en trailing point", u"en"_s, u"5."_s, Problem::Malformed);
    no("en only minus", u"en"_s, u"-"_s, Problem::Malformed);
    no("en empty", u"en"_s, u"   "_s, Problem::Empty);
    no("en too large", u"en"_s, u"1234567890123456789"_s, Problem::TooLarge);
    no("en whole numbers only", u"en"_s, u"3.5"_s, Problem::TooManyDecimals, 0);

    // German: '.' groups, ',' is the decimal mark.
    ok("de plain", u"de"_s, u"1250,50"_s, u"1250.50"_s);
    ok("de grouped", u"de"_s, u"1.250,50"_s, u"1250.50"_s);
    ok("de millions", u"de"_s, u"1.234.567,8"_s, u"1234567.8"_s);
    ok("de whole grouped", u"de"_s, u"1.250"_s, u"1250"_s);
    ok("de negative", u"de"_s, u"-0,5"_s, u"-0.5"_s);
    no("de english point is a misplaced group", u"de"_s, u"1250.50"_s, Problem::MisplacedSeparator);
    no("de english grouping", u"de"_s, u"1,250.50"_s, Problem::MisplacedSeparator);
    no("de two commas", u"de"_s, u"1,2,3"_s, Problem::SeveralDecimalMarks);
    no("de short group", u"de"_s, u"1.25"_s, Problem::MisplacedSeparator);
    no("de three decimals", u"de"_s, u"1,234"_s, Problem::TooManyDecimals);
    no("de letters", u"de"_s, u"zwölf"_s, Problem::InvalidCharacter);
    no("de euro sign", u"de"_s, u"12 €"_s, Problem::ForeignSeparator);
    no("de trailing comma", u"de"_s, u"12,"_s, Problem::Malformed);

    // French: a (narrow) no-break space groups; a typed space counts as one.
    ok("fr plain", u"fr"_s, u"1250,50"_s, u"1250.50"_s);
    ok("fr narrow no-break space", u"fr"_s, u"1" + NNBSP + u"250,50", u"1250.50"_s);
    ok("fr typed space", u"fr"_s, u"1 250,50"_s, u"1250.50"_s);
    ok("fr no-break space", u"fr"_s, u"1" + NBSP + u"234" + NBSP + u"567", u"1234567"_s);
    no("fr point", u"fr"_s, u"1250.50"_s, Problem::ForeignSeparator);
    no("fr point grouping", u"fr"_s, u"1.250,50"_s, Problem::ForeignSeparator);
    no("fr short group", u"fr"_s, u"12 50"_s, Problem::MisplacedSeparator);
    no("fr two commas", u"fr"_s, u"1,5,0"_s, Problem::SeveralDecimalMarks);

    // Spanish: '.' groups (not written for four digits, read either way), ',' decimal.
    ok("es plain", u"es"_s, u"1250,50"_s, u"1250.50"_s);
    ok("es grouped four digits", u"es"_s, u"1.250,50"_s, u"1250.50"_s);
    ok("es grouped five digits", u"es"_s, u"12.500"_s, u"12500"_s);
    ok("es millions", u"es"_s, u"1.234.567,89"_s, u"1234567.89"_s);
    no("es point decimal", u"es"_s, u"12.50"_s, Problem::MisplacedSeparator);
    no("es letters", u"es"_s, u"doce"_s, Problem::InvalidCharacter);
    no("es three decimals", u"es"_s, u"0,125"_s, Problem::TooManyDecimals);
}

void TestLocaleFormat::parseDecimal()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    QFETCH(int, maxScale);
    QFETCH(QString, expected);
    QFETCH(Problem, problem);
    const auto n = LocaleFormat::parseDecimal(input, maxScale, true, QLocale(locale));
    QCOMPARE(n.problem, problem);
    QCOMPARE(n.decimal, expected);
    QCOMPARE(n.message.isEmpty(), problem == Problem::None);
}

void TestLocaleFormat::refusalsShowTheExpectedForm_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("de misplaced") << u"de"_s << u"1250.50"_s
                                  << u"In this language “.” separates groups of three digits and “,” is the decimal "
                                     u"mark. Enter the number like 1.234,56 or 1234,56."_s;
    QTest::newRow("de group after mark") << u"de"_s << u"1,250.50"_s
                                         << u"In this language “.” separates groups of three digits and “,” is the "
                                            u"decimal mark. Enter the number like 1.234,56 or 1234,56."_s;
    QTest::newRow("en misplaced") << u"en"_s << u"1250,50"_s
                                  << u"In this language “,” separates groups of three digits and “.” is the decimal "
                                     u"mark. Enter the number like 1,234.56 or 1234.56."_s;
    QTest::newRow("fr misplaced") << u"fr"_s << u"12 50"_s
                                  << u"In this language a space separates groups of three digits and “,” is the "
                                     u"decimal mark. Enter the number like 1"
            + NNBSP + u"234,56 or 1234,56.";
    QTest::newRow("en two marks") << u"en"_s << u"12.5.3"_s
                                  << u"Use only one decimal mark (.). Enter the number like 1,234.56 or 1234.56."_s;
    QTest::newRow("fr point") << u"fr"_s << u"1250.50"_s
                              << u"“.” is not used in numbers in this language. Enter the number like 1" + NNBSP
            + u"234,56 or 1234,56.";
    QTest::newRow("es letters") << u"es"_s << u"12x"_s
                                << u"“x” cannot be part of a number. Enter the number like 1234,56."_s;
    QTest::newRow("de decimals") << u"de"_s << u"1,234"_s
                                 << u"At most 2 decimal(s). Enter the number like 1.234,56 or 1234,56."_s;
}

void TestLocaleFormat::refusalsShowTheExpectedForm()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    QFETCH(QString, message);
    QCOMPARE(LocaleFormat::parseDecimal(input, 2, true, QLocale(locale)).message, message);
}

void TestLocaleFormat::amountsFollowTheCurrency()
{
    const QLocale de(u"de"_s);
    QCOMPARE(LocaleFormat::parseAmount(u"1.250,50"_s, u"EUR"_s, 2, de).decimal, u"1250.50"_s);
    const auto yen = LocaleFormat::parseAmount(u"1250,50"_s, u"JPY"_s, 2, de);
    QCOMPARE(yen.problem, Problem::TooManyDecimals);
    QCOMPARE(yen.message, u"Amounts in JPY have no decimals. Enter the amount like 1.234 or 1234."_s);
    QCOMPARE(LocaleFormat::parseAmount(u"1.250"_s, u"JPY"_s, 2, de).decimal, u"1250"_s);
    // Kuwaiti dinars have three decimals, but the column keeps two.
    QCOMPARE(LocaleFormat::parseAmount(u"1,125"_s, u"KWD"_s, 2, de).problem, Problem::TooManyDecimals);
    QCOMPARE(LocaleFormat::parseAmount(u"1,125"_s, u"KWD"_s, 3, de).decimal, u"1.125"_s);
    const auto negative = LocaleFormat::parseAmount(u"-5"_s, u"EUR"_s, 2, de);
    QCOMPARE(negative.problem, Problem::Negative);
    QCOMPARE(negative.message, u"The amount cannot be negative."_s);

    QCOMPARE(LocaleFormat::amount(u"1250.5"_s, u"EUR"_s, de), u"1.250,50" + NBSP + u"EUR");
    QCOMPARE(LocaleFormat::amount(u"1250.00"_s, u"JPY"_s, de), u"1.250" + NBSP + u"JPY");
    QCOMPARE(LocaleFormat::amount(u"1250.50"_s, u"JPY"_s, de), u"1.250,50" + NBSP + u"JPY"); // nothing hidden
    QCOMPARE(LocaleFormat::amount(u"1250.5"_s, u"EUR"_s, QLocale(u"en"_s)), u"1,250.50" + NBSP + u"EUR");
    QCOMPARE(LocaleFormat::amount(u"1250.5"_s, u"EUR"_s, QLocale(u"fr"_s)), u"1" + NNBSP + u"250,50" + NBSP + u"EUR");
    QCOMPARE(LocaleFormat::amount(u"1250.5"_s, u"EUR"_s, QLocale(u"es"_s)), u"1250,50" + NBSP + u"EUR");
    QCOMPARE(LocaleFormat::amount(u"12500.5"_s, u"EUR"_s, QLocale(u"es"_s)), u"12.500,50" + NBSP + u"EUR");
    QCOMPARE(LocaleFormat::amount(QString(), u"EUR"_s, de), QString());
}

void TestLocaleFormat::countsAndPercentages()
{
    QCOMPARE(LocaleFormat::count(1234567, QLocale(u"de"_s)), u"1.234.567"_s);
    QCOMPARE(LocaleFormat::count(1234567, QLocale(u"en"_s)), u"1,234,567"_s);
    QCOMPARE(LocaleFormat::count(1234567, QLocale(u"fr"_s)), u"1" + NNBSP + u"234" + NNBSP + u"567");
    // Qt 6.4 writes "1234.567" here; Spanish groups every three digits from five up.
    QCOMPARE(LocaleFormat::count(1234567, QLocale(u"es"_s)), u"1.234.567"_s);
    QCOMPARE(LocaleFormat::count(1234, QLocale(u"es"_s)), u"1234"_s);
    QCOMPARE(LocaleFormat::count(-1234, QLocale(u"de"_s)), u"-1.234"_s);
    QCOMPARE(LocaleFormat::count(7, QLocale(u"de"_s)), u"7"_s);
    QCOMPARE(LocaleFormat::number(12345.25, QLocale(u"de"_s)), u"12.345,25"_s);
    QCOMPARE(LocaleFormat::number(0.1, QLocale(u"en"_s)), u"0.1"_s);
    QCOMPARE(LocaleFormat::number(-3, QLocale(u"fr"_s)), u"-3"_s);
    QCOMPARE(LocaleFormat::parseCount(u"1.250"_s, QLocale(u"de"_s)).decimal, u"1250"_s);
    QCOMPARE(LocaleFormat::parseCount(u"1,250"_s, QLocale(u"en"_s)).decimal, u"1250"_s);
    QCOMPARE(LocaleFormat::parseCount(u"1,5"_s, QLocale(u"de"_s)).problem, Problem::TooManyDecimals);
    QCOMPARE(LocaleFormat::parseCount(u"-1"_s, QLocale(u"de"_s)).problem, Problem::Negative);
    QCOMPARE(LocaleFormat::parseQuantity(u"2,125"_s, 3, QLocale(u"de"_s)).decimal, u"2.125"_s);
    QCOMPARE(LocaleFormat::parseQuantity(u"2,1255"_s, 3, QLocale(u"de"_s)).problem, Problem::TooManyDecimals);
    QCOMPARE(LocaleFormat::parsePercent(u"12,5 %"_s, 1, QLocale(u"de"_s)).decimal, u"12.5"_s);
    QCOMPARE(LocaleFormat::parsePercent(u"12.5%"_s, 1, QLocale(u"en"_s)).decimal, u"12.5"_s);
    QCOMPARE(LocaleFormat::parsePercent(u"60"_s, 0, QLocale(u"fr"_s)).decimal, u"60"_s);
    // Without a catalogue loaded the English pattern applies.
    QCOMPARE(LocaleFormat::percent(60, QLocale(u"en"_s)), u"60%"_s);
    QCOMPARE(LocaleFormat::percent(u"12.5"_s, QLocale(u"de"_s)), u"12,5%"_s);
}

void TestLocaleFormat::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("editing");
    QTest::newRow("en") << u"en"_s << u"1250.50"_s << u"1,250.50"_s << u"1250.50"_s;
    QTest::newRow("de") << u"de"_s << u"1250.50"_s << u"1.250,50"_s << u"1250,50"_s;
    QTest::newRow("fr") << u"fr"_s << u"1250.50"_s << u"1" + NNBSP + u"250,50" << u"1250,50"_s;
    QTest::newRow("es") << u"es"_s << u"1250.50"_s << u"1250,50"_s << u"1250,50"_s;
    QTest::newRow("de negative") << u"de"_s << u"-98765.4"_s << u"-98.765,4"_s << u"-98765,4"_s;
    QTest::newRow("de small") << u"de"_s << u"0.05"_s << u"0,05"_s << u"0,05"_s;
    QTest::newRow("not a decimal stays as it is") << u"de"_s << u"n/a"_s << u"n/a"_s << u"n/a"_s;
}

void TestLocaleFormat::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, decimal);
    QFETCH(QString, shown);
    QFETCH(QString, editing);
    QCOMPARE(LocaleFormat::decimal(decimal, 0, QLocale(locale)), shown);
    QCOMPARE(LocaleFormat::decimalForEditing(decimal, QLocale(locale)), editing);
}

void TestLocaleFormat::dates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected"); // invalid: refused
    QTest::addColumn<QString>("shown"); // how 2031-03-31 is shown
    const QDate d(2031, 3, 31);
    QTest::newRow("en") << u"en"_s << u"3/31/2031"_s << d << u"3/31/2031"_s;
    QTest::newRow("en short year") << u"en"_s << u"3/31/31"_s << d << u"3/31/2031"_s;
    QTest::newRow("en iso") << u"en"_s << u"2031-03-31"_s << d << u"3/31/2031"_s;
    QTest::newRow("en day first refused") << u"en"_s << u"31/3/2031"_s << QDate() << u"3/31/2031"_s;
    QTest::newRow("de") << u"de"_s << u"31.03.2031"_s << d << u"31.03.2031"_s;
    QTest::newRow("de short year") << u"de"_s << u"31.03.31"_s << d << u"31.03.2031"_s;
    QTest::newRow("de no 31 February") << u"de"_s << u"31.02.2031"_s << QDate() << u"31.03.2031"_s;
    QTest::newRow("de words refused") << u"de"_s << u"morgen"_s << QDate() << u"31.03.2031"_s;
    QTest::newRow("fr") << u"fr"_s << u"31/03/2031"_s << d << u"31/03/2031"_s;
    QTest::newRow("fr month first refused") << u"fr"_s << u"03/31/2031"_s << QDate() << u"31/03/2031"_s;
    QTest::newRow("es") << u"es"_s << u"31/3/2031"_s << d << u"31/3/2031"_s;
    QTest::newRow("es short year") << u"es"_s << u"31/3/31"_s << d << u"31/3/2031"_s;
}

void TestLocaleFormat::dates()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    QFETCH(QString, shown);
    const QLocale l(locale);
    const auto parsed = LocaleFormat::parseDate(input, l);
    QCOMPARE(parsed.date, expected);
    QCOMPARE(parsed.message.isEmpty(), expected.isValid());
    QCOMPARE(LocaleFormat::date(QDate(2031, 3, 31), l), shown);
    QCOMPARE(LocaleFormat::date(u"2031-03-31"_s, l), shown);
    if (!expected.isValid()) {
        // The message shows a date in this language's order: 31 December first or last.
        const QString dec31 = LocaleFormat::date(QDate(QDate::currentDate().year(), 12, 31), l);
        QCOMPARE(parsed.message, u"Enter a date like %1."_s.arg(dec31));
    }
}

void TestLocaleFormat::dateTimes()
{
    const QDateTime at(QDate(2031, 3, 31), QTime(16, 5));
    QCOMPARE(LocaleFormat::dateTime(at, QLocale(u"de"_s)), u"31.03.2031 16:05"_s);
    QCOMPARE(LocaleFormat::dateTime(at, QLocale(u"en"_s)), u"3/31/2031 4:05 PM"_s);
    QCOMPARE(LocaleFormat::dateTime(at, QLocale(u"fr"_s)), u"31/03/2031 16:05"_s);
    QCOMPARE(LocaleFormat::dateTime(at, QLocale(u"es"_s)), u"31/3/2031 16:05"_s);
    QCOMPARE(LocaleFormat::parseDateTime(u"31.03.2031 16:05"_s, QLocale(u"de"_s)).dateTime, at);
    QCOMPARE(LocaleFormat::parseDateTime(u"3/31/2031 4:05 PM"_s, QLocale(u"en"_s)).dateTime, at);
    QVERIFY(!LocaleFormat::parseDateTime(u"31.03.2031 25:05"_s, QLocale(u"de"_s)).ok());
    // A server timestamp is shown in the local time zone.
    const QDateTime utc(QDate(2031, 3, 31), QTime(12, 0), Qt::UTC);
    QCOMPARE(LocaleFormat::dateTime(u"2031-03-31T12:00:00.000Z"_s, QLocale(u"de"_s)),
             QLocale(u"de"_s).toString(utc.toLocalTime(), u"dd.MM.yyyy HH:mm"_s));
}

void TestLocaleFormat::everyFormattedAmountReadsBack()
{
    // What the client shows, typed back in the same language, means the same.
    for (const QString &name : {u"en"_s, u"de"_s, u"fr"_s, u"es"_s}) {
        const QLocale l(name);
        for (const QString &value : {u"0.01"_s, u"7.00"_s, u"1250.50"_s, u"12500.00"_s, u"987654321.99"_s}) {
            QCOMPARE(LocaleFormat::parseDecimal(LocaleFormat::decimal(value, 2, l), 2, false, l).decimal, value);
            QCOMPARE(LocaleFormat::parseDecimal(LocaleFormat::decimalForEditing(value, l), 2, false, l).decimal, value);
        }
    }
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
