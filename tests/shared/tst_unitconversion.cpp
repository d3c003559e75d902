// Unit conversion: purchase-unit quantities become stock-unit quantities by
// exact factors (PROCUREMENT.md: 2 boxes of 12 = 24 pieces); conversions that
// would need rounding at 3 decimals are refused, never rounded silently.
#include "shared/UnitConversion.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;
using erp::shared::UnitConversion;
using Problem = UnitConversion::Problem;

class TestUnitConversion : public QObject
{
    Q_OBJECT

private slots:
    void converts_data();
    void converts();
    void refuses_data();
    void refuses();
};

void TestUnitConversion::converts_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2 boxes of 12 in pieces") << u"2"_s << u"12"_s << u"1"_s << u"24.000"_s;
    QTest::newRow("24 pieces in boxes of 12") << u"24"_s << u"1"_s << u"12"_s << u"2.000"_s;
    QTest::newRow("same unit") << u"7.125"_s << u"1"_s << u"1"_s << u"7.125"_s;
    QTest::newRow("1500 g in kg") << u"1500"_s << u"0.001"_s << u"1"_s << u"1.500"_s;
    QTest::newRow("1 g in kg") << u"1"_s << u"0.001"_s << u"1"_s << u"0.001"_s;
    QTest::newRow("1.25 kg in g") << u"1.25"_s << u"1"_s << u"0.001"_s << u"1250.000"_s;
    QTest::newRow("3 pallets of 40 boxes of 12 in boxes") << u"3"_s << u"480"_s << u"12"_s << u"120.000"_s;
    QTest::newRow("6 pieces in half-dozens") << u"6"_s << u"1"_s << u"6"_s << u"1.000"_s;
    QTest::newRow("1 piece in boxes of 8") << u"1"_s << u"1"_s << u"8"_s << u"0.125"_s;
    QTest::newRow("largest stock quantity") << u"8333333333.333"_s << u"12"_s << u"1"_s << u"99999999999.996"_s;
}

void TestUnitConversion::converts()
{
    QFETCH(QString, quantity);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    Problem problem = Problem::TooLarge;
    const auto converted
        = UnitConversion::convert(*Decimal::parse(quantity), *Decimal::parse(from), *Decimal::parse(to), &problem);
    QVERIFY(converted.has_value());
    QCOMPARE(problem, Problem::None);
    QCOMPARE(converted->toString(), expected);
}

void TestUnitConversion::refuses_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("problem");
    QTest::newRow("1 piece in boxes of 12") << u"1"_s << u"1"_s << u"12"_s << int(Problem::Inexact);
    QTest::newRow("0.1 g in kg") << u"0.1"_s << u"0.001"_s << u"1"_s << int(Problem::Inexact);
    QTest::newRow("zero factor") << u"1"_s << u"0"_s << u"1"_s << int(Problem::FactorNotPositive);
    QTest::newRow("negative factor") << u"1"_s << u"1"_s << u"-12"_s << int(Problem::FactorNotPositive);
    QTest::newRow("12 integer digits") << u"8333333333.334"_s << u"12"_s << u"1"_s << int(Problem::TooLarge);
    QTest::newRow("beyond 64 bits") << u"99999999999.999"_s << u"999999999999999"_s << u"0.000000001"_s
                                    << int(Problem::TooLarge);
}

void TestUnitConversion::refuses()
{
    QFETCH(QString, quantity);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, problem);
    Problem reported = Problem::None;
    QVERIFY(!UnitConversion::convert(*Decimal::parse(quantity), *Decimal::parse(from), *Decimal::parse(to), &reported)
                 .has_value());
    QCOMPARE(int(reported), problem);
}

QTEST_GUILESS_MAIN(TestUnitConversion)
#include "tst_unitconversion.moc"
