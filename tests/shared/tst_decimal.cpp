// Decimal: exact parse and format, refusal of anything ambiguous, scale
// handling with commercial rounding, arithmetic with overflow detection.
#include "shared/Decimal.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndFormatsExactly_data();
    void parsesAndFormatsExactly();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void comparesValuesNotRepresentations();
    void rescaleRoundsHalfAwayFromZero_data();
    void rescaleRoundsHalfAwayFromZero();
    void arithmeticIsExactAndDetectsOverflow();
    void productsRoundHalfAwayFromZero_data();
    void productsRoundHalfAwayFromZero();
    void productsUseA128BitIntermediate();
    void mulDivIsExactOrSaysSo();
    void comparesExtremes();
};

void TestDecimal::parsesAndFormatsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<int>("scale");
    QTest::newRow("money") << u"1250.00"_s << u"1250.00"_s << 2;
    QTest::newRow("integer") << u"3"_s << u"3"_s << 0;
    QTest::newRow("fraction") << u"0.05"_s << u"0.05"_s << 2;
    QTest::newRow("negative") << u"-0.5"_s << u"-0.5"_s << 1;
    QTest::newRow("leading zeros") << u"007.10"_s << u"7.10"_s << 2;
    QTest::newRow("negative zero") << u"-0.00"_s << u"0.00"_s << 2;
    QTest::newRow("18 digits") << u"123456789012345678"_s << u"123456789012345678"_s << 0;
    QTest::newRow("18 digits with scale") << u"1234567890.12345678"_s << u"1234567890.12345678"_s << 8;
}

void TestDecimal::parsesAndFormatsExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QFETCH(int, scale);
    const auto d = Decimal::parse(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), formatted);
    QCOMPARE(d->scale(), scale);
}

void TestDecimal::rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxScale");
    for (const QString &bad : {u""_s, u"-"_s, u"abc"_s, u"1e5"_s, u"1E-2"_s, u"+5"_s, u" 5"_s, u"5 "_s, u"1,000.00"_s,
                               u"1.2.3"_s, u".5"_s, u"5."_s, u"0x10"_s, u"NaN"_s, u"inf"_s, u"--1"_s, u"1-"_s,
                               u"\u0661\u0662"_s /* Arabic-Indic digits */, u"1234567890123456789"_s /* 19 digits */})
        QTest::newRow(qPrintable(u"'"_s + bad + u"'"_s)) << bad << int(Decimal::MaxScale);
    QTest::newRow("too many decimals for money") << u"1.005"_s << 2;
    QTest::newRow("scale beyond the maximum") << u"0.1234567891"_s << int(Decimal::MaxScale);
}

void TestDecimal::rejectsGarbage()
{
    QFETCH(QString, text);
    QFETCH(int, maxScale);
    QVERIFY2(!Decimal::parse(text, maxScale).has_value(), qPrintable(text));
}

void TestDecimal::comparesValuesNotRepresentations()
{
    QCOMPARE(*Decimal::parse(u"1.5"), *Decimal::parse(u"1.50"));
    QVERIFY(*Decimal::parse(u"1.49") < *Decimal::parse(u"1.5"));
    QVERIFY(*Decimal::parse(u"-2") < *Decimal::parse(u"-1.99"));
    QVERIFY(*Decimal::parse(u"0.000000001") > Decimal());
    // Scaling up for the comparison cannot overflow.
    QVERIFY(*Decimal::parse(u"999999999999999999") > *Decimal::parse(u"0.000000001"));
    QCOMPARE(Decimal::parse(u"12345.67")->integerDigits(), 5);
    QCOMPARE(Decimal::parse(u"0.67")->integerDigits(), 1);
    QCOMPARE(Decimal::parse(u"-120.5")->integerDigits(), 3);
}

void TestDecimal::rescaleRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half up") << u"2.345"_s << 2 << u"2.35"_s;
    QTest::newRow("below half") << u"2.344"_s << 2 << u"2.34"_s;
    QTest::newRow("negative half") << u"-2.345"_s << 2 << u"-2.35"_s;
    QTest::newRow("to integer") << u"0.5"_s << 0 << u"1"_s;
    QTest::newRow("grow") << u"7"_s << 2 << u"7.00"_s;
}

void TestDecimal::rescaleRoundsHalfAwayFromZero()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const auto r = Decimal::parse(text)->rescaled(scale);
    QVERIFY(r.has_value());
    QCOMPARE(r->toString(), expected);
}

void TestDecimal::arithmeticIsExactAndDetectsOverflow()
{
    // The double classic: 0.1 + 0.2 is exactly 0.3 here.
    QCOMPARE(Decimal::parse(u"0.1")->added(*Decimal::parse(u"0.2"))->toString(), u"0.3"_s);
    QCOMPARE(Decimal::parse(u"1250.00")->added(*Decimal::parse(u"0.5"))->toString(), u"1250.50"_s);
    QCOMPARE(Decimal::parse(u"10")->subtracted(*Decimal::parse(u"10.01"))->toString(), u"-0.01"_s);
    QCOMPARE(Decimal::parse(u"19.99")->multipliedBy(3)->toString(), u"59.97"_s);
    const Decimal big = *Decimal::parse(u"999999999999999999");
    QVERIFY(!big.multipliedBy(100).has_value());
    QVERIFY(!Decimal::fromUnits(std::numeric_limits<qint64>::max(), 0).added(Decimal::fromInteger(1)).has_value());
    QVERIFY(!big.rescaled(9).has_value());
    QCOMPARE(Decimal::fromUnits(std::numeric_limits<qint64>::min(), 2).toString(), u"-92233720368547758.08"_s);
}

void TestDecimal::productsRoundHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << u"3"_s << u"0.10"_s << 2 << u"0.30"_s;
    QTest::newRow("rounds up at half") << u"1.5"_s << u"0.0050"_s << 2 << u"0.01"_s; // 0.0075
    QTest::newRow("rounds down below half") << u"0.333"_s << u"0.0150"_s << 2 << u"0.00"_s; // 0.004995
    QTest::newRow("negative half away from zero") << u"-1.5"_s << u"0.0050"_s << 2 << u"-0.01"_s;
    QTest::newRow("both negative") << u"-2.5"_s << u"-1.234"_s << 3 << u"3.085"_s;
    QTest::newRow("to integer") << u"3"_s << u"33.3333"_s << 0 << u"100"_s; // 99.9999
    QTest::newRow("grows scale") << u"2"_s << u"3"_s << 4 << u"6.0000"_s;
    QTest::newRow("zero") << u"0"_s << u"-5.5"_s << 2 << u"0.00"_s;
    QTest::newRow("tiny rounds to zero") << u"0.000000001"_s << u"0.000000001"_s << 9 << u"0.000000000"_s;
}

void TestDecimal::productsRoundHalfAwayFromZero()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const auto product = Decimal::parse(a)->multipliedBy(*Decimal::parse(b), scale);
    QVERIFY(product.has_value());
    QCOMPARE(product->toString(), expected);
    // Commutative.
    QCOMPARE(Decimal::parse(b)->multipliedBy(*Decimal::parse(a), scale)->toString(), expected);
}

void TestDecimal::productsUseA128BitIntermediate()
{
    // 123456789.123456789 × 12.3456789 = 1524157876.5432099750190521: the
    // units multiply to about 1.5 × 10^25, beyond 64 bits, yet every
    // rounding of it fits (expected values from Python's decimal module).
    const Decimal a = *Decimal::parse(u"123456789.123456789");
    const Decimal b = *Decimal::parse(u"12.3456789");
    QCOMPARE(a.multipliedBy(b, 0)->toString(), u"1524157877"_s);
    QCOMPARE(a.multipliedBy(b, 2)->toString(), u"1524157876.54"_s);
    QCOMPARE(a.multipliedBy(b, 9)->toString(), u"1524157876.543209975"_s);
    QCOMPARE(Decimal::parse(u"-123456789.123456789")->multipliedBy(b, 2)->toString(), u"-1524157876.54"_s);
    // The document's refused line: (10^14 − 1)² units, about 10^21 even
    // without decimals: overflow, reported, at any scale.
    const Decimal q = *Decimal::parse(u"99999999999.999");
    const Decimal p = *Decimal::parse(u"9999999999.9999");
    QVERIFY(!q.multipliedBy(p, 0).has_value());
    QVERIFY(!q.multipliedBy(p, 2).has_value());
    // The largest magnitudes: (2^63 − 1)² needs 126 bits and is refused
    // cleanly; so is a result of −2^63 (results stay within ±(2^63 − 1)).
    const Decimal max = Decimal::fromUnits(std::numeric_limits<qint64>::max(), 0);
    const Decimal min = Decimal::fromUnits(std::numeric_limits<qint64>::min(), 0);
    QVERIFY(!max.multipliedBy(max, 0).has_value());
    QVERIFY(!min.multipliedBy(min, 0).has_value());
    QVERIFY(!min.multipliedBy(Decimal::fromInteger(-1), 0).has_value());
    QCOMPARE(max.multipliedBy(Decimal::fromInteger(-1), 0)->toString(), u"-9223372036854775807"_s);
    // A huge product divided back down: exact through the intermediate.
    QCOMPARE(Decimal::mulDiv(max, max, max, 0)->toString(), u"9223372036854775807"_s);
    QVERIFY(!Decimal::mulDiv(min, max, max, 0).has_value());
    QCOMPARE(Decimal::mulDiv(min, max, min, 0)->toString(), u"9223372036854775807"_s);
    // Scaling the product up: 10^9 at 9 decimals needs 10^18 units, which fit.
    QCOMPARE(Decimal::fromInteger(1'000'000'000).multipliedBy(Decimal::fromInteger(1), 9)->toString(),
             u"1000000000.000000000"_s);
}

void TestDecimal::mulDivIsExactOrSaysSo()
{
    bool exact = false;
    // 2 boxes of 12 in pieces.
    QCOMPARE(
        Decimal::mulDiv(*Decimal::parse(u"2"), *Decimal::parse(u"12"), *Decimal::parse(u"1"), 3, &exact)->toString(),
        u"24.000"_s);
    QVERIFY(exact);
    // 1 piece in boxes of 12: 0.0833..., rounded and flagged.
    QCOMPARE(
        Decimal::mulDiv(*Decimal::parse(u"1"), *Decimal::parse(u"1"), *Decimal::parse(u"12"), 3, &exact)->toString(),
        u"0.083"_s);
    QVERIFY(!exact);
    // 2/3 rounds up, −2/3 rounds away from zero.
    QCOMPARE(Decimal::mulDiv(*Decimal::parse(u"2"), *Decimal::parse(u"1"), *Decimal::parse(u"3"), 2)->toString(),
             u"0.67"_s);
    QCOMPARE(Decimal::mulDiv(*Decimal::parse(u"2"), *Decimal::parse(u"1"), *Decimal::parse(u"-3"), 2)->toString(),
             u"-0.67"_s);
    // Line tax: 3.085 × 8 / 100 = 0.2468.
    QCOMPARE(Decimal::mulDiv(*Decimal::parse(u"3.085"), *Decimal::parse(u"8"), *Decimal::parse(u"100"), 3)->toString(),
             u"0.247"_s);
    // Division by zero is refused, not a crash.
    QVERIFY(!Decimal::mulDiv(*Decimal::parse(u"1"), *Decimal::parse(u"1"), Decimal(), 2).has_value());
    // A divisor with a large scale moves the power of ten to the divisor side.
    QCOMPARE(Decimal::mulDiv(*Decimal::parse(u"1.5"), *Decimal::parse(u"0.001"), *Decimal::parse(u"0.000000003"), 0)
                 ->toString(),
             u"500000"_s);
}

void TestDecimal::comparesExtremes()
{
    const Decimal max = Decimal::fromUnits(std::numeric_limits<qint64>::max(), 0);
    const Decimal min = Decimal::fromUnits(std::numeric_limits<qint64>::min(), 0);
    const Decimal tinyMax = Decimal::fromUnits(std::numeric_limits<qint64>::max(), 9);
    QVERIFY(min < max);
    QVERIFY(tinyMax < max);
    QVERIFY(Decimal::fromUnits(std::numeric_limits<qint64>::min(), 9) > min);
    QVERIFY(*Decimal::parse(u"-0.5") < Decimal());
    QVERIFY(Decimal::fromUnits(0, 9) == Decimal::fromUnits(0, 0));
    QVERIFY(*Decimal::parse(u"-1.5") < *Decimal::parse(u"-1.49"));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
