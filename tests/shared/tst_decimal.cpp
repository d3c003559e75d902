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

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
