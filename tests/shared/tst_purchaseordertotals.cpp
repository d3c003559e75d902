// Purchase-order money: every case of the PROCUREMENT.md table to the cent
// (expected figures typed from the document, not computed), the limits of
// quantities, prices and tax rates, the refusal of amounts above
// 999,999,999,999.99, and the base-currency conversion for approval bands.
#include "shared/Currency.h"
#include "shared/PurchaseOrderTotals.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;
using Problem = PurchaseOrderTotals::Problem;

namespace {

Decimal d(QStringView text)
{
    const auto v = Decimal::parse(text);
    if (!v)
        qFatal("bad decimal in test: %s", qPrintable(text.toString()));
    return *v;
}

// "3 × 0.10 @ 0" → one line; lines separated by ';'.
QList<PurchaseOrderTotals::Line> lines(const QString &spec)
{
    QList<PurchaseOrderTotals::Line> out;
    for (const QString &part : spec.split(u';')) {
        const QStringList f = part.simplified().split(u' ');
        Q_ASSERT(f.size() == 5 && f.at(1) == u"×"_s && f.at(3) == u"@"_s);
        out.append({d(f.at(0)), d(f.at(2)), d(f.at(4))});
    }
    return out;
}

} // namespace

class TestPurchaseOrderTotals : public QObject
{
    Q_OBJECT

private slots:
    void documentCases_data();
    void documentCases();
    void lineAmountsAreRoundedPerLine();
    void lineAboveTheMaximumIsRefused();
    void totalAboveTheMaximumIsRefused();
    void inputLimits_data();
    void inputLimits();
    void scaleIsJudgedByValue();
    void emptyOrderIsZero();
    void minorUnits_data();
    void minorUnits();
    void baseCurrency_data();
    void baseCurrency();
};

void TestPurchaseOrderTotals::documentCases_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("total");
    // PROCUREMENT.md, "Test cases the server and the client's live totals
    // must both get right".
    QTest::newRow("3 × 0.10 @ 0") << u"3 × 0.10 @ 0"_s << u"EUR"_s << u"0.30"_s << u"0.00"_s << u"0.30"_s;
    QTest::newRow("0.333 × 3.0000 @ 0") << u"0.333 × 3.0000 @ 0"_s << u"EUR"_s << u"1.00"_s << u"0.00"_s << u"1.00"_s;
    QTest::newRow("1.5 × 0.0050 @ 0") << u"1.5 × 0.0050 @ 0"_s << u"EUR"_s << u"0.01"_s << u"0.00"_s << u"0.01"_s;
    QTest::newRow("1 × 0.05 @ 10, three lines")
        << u"1 × 0.05 @ 10; 1 × 0.05 @ 10; 1 × 0.05 @ 10"_s << u"EUR"_s << u"0.15"_s << u"0.03"_s << u"0.18"_s;
    QTest::newRow("1 × 0.05 @ 19") << u"1 × 0.05 @ 19"_s << u"EUR"_s << u"0.05"_s << u"0.01"_s << u"0.06"_s;
    QTest::newRow("3 × 33.3333 @ 10 JPY") << u"3 × 33.3333 @ 10"_s << u"JPY"_s << u"100"_s << u"10"_s << u"110"_s;
    QTest::newRow("7 × 0.1429 @ 7.7 CHF") << u"7 × 0.1429 @ 7.7"_s << u"CHF"_s << u"1.00"_s << u"0.08"_s << u"1.08"_s;
    QTest::newRow("2.5 × 1.234 @ 8 KWD") << u"2.5 × 1.234 @ 8"_s << u"KWD"_s << u"3.085"_s << u"0.247"_s << u"3.332"_s;
}

void TestPurchaseOrderTotals::documentCases()
{
    QFETCH(QString, spec);
    QFETCH(QString, currency);
    QFETCH(QString, subtotal);
    QFETCH(QString, tax);
    QFETCH(QString, total);
    const PurchaseOrderTotals t = PurchaseOrderTotals::compute(currency, lines(spec));
    QVERIFY2(t.isValid(), qPrintable(t.problemMessage()));
    // Compared as text: the scale is the currency's minor unit ("100" for
    // yen, "3.085" for dinars), exactly as the server stores and sends it.
    QCOMPARE(t.subtotal().toString(), subtotal);
    QCOMPARE(t.tax().toString(), tax);
    QCOMPARE(t.total().toString(), total);
}

void TestPurchaseOrderTotals::lineAmountsAreRoundedPerLine()
{
    // Three lines of 0.05 @ 10 %: each line's 0.005 tax rounds to 0.01, so
    // the order's tax is 0.03, where rounding once per order would give 0.02.
    const PurchaseOrderTotals t
        = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"1 × 0.05 @ 10; 1 × 0.05 @ 10; 1 × 0.05 @ 10"_s));
    QVERIFY(t.isValid());
    QCOMPARE(t.lines().size(), 3);
    for (const auto &line : t.lines()) {
        QCOMPARE(line.net.toString(), u"0.05"_s);
        QCOMPARE(line.tax.toString(), u"0.01"_s);
    }
    // Half away from zero at exactly half a cent, and not below it.
    const PurchaseOrderTotals half = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"1 × 0.005 @ 0; 1 × 0.0049 @ 0"_s));
    QVERIFY(half.isValid());
    QCOMPARE(half.lines().at(0).net.toString(), u"0.01"_s);
    QCOMPARE(half.lines().at(1).net.toString(), u"0.00"_s);
}

void TestPurchaseOrderTotals::lineAboveTheMaximumIsRefused()
{
    // The last row of the document's table: refused with a clear reason.
    const PurchaseOrderTotals t
        = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"1 × 1 @ 0; 99999999999.999 × 9999999999.9999 @ 0"_s));
    QVERIFY(!t.isValid());
    QCOMPARE(t.problem(), Problem::LineAmountTooLarge);
    QCOMPARE(t.problemLine(), 1);
    QCOMPARE(t.problemCode(), u"line_amount_too_large"_s);
    QVERIFY2(t.problemMessage().contains(u"999,999,999,999.99"_s), qPrintable(t.problemMessage()));
    QVERIFY(t.lines().isEmpty());
    QVERIFY(t.total().isZero());

    // Exactly the maximum passes; a cent more (after rounding) does not.
    const PurchaseOrderTotals atMax = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100 × 9999999999.9999 @ 0"_s));
    QVERIFY2(atMax.isValid(), qPrintable(atMax.problemMessage()));
    QCOMPARE(atMax.total().toString(), u"999999999999.99"_s);
    const PurchaseOrderTotals above = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100.001 × 9999999999.9999 @ 0"_s));
    QCOMPARE(above.problem(), Problem::LineAmountTooLarge);
    // The rounded amount is what is judged: 999,999,999,999.9909999 rounds
    // to the maximum, 999,999,999,999.9979998 to a cent above it.
    const PurchaseOrderTotals roundsDown
        = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100.001 × 9999900000.9999 @ 0"_s));
    QVERIFY2(roundsDown.isValid(), qPrintable(roundsDown.problemMessage()));
    QCOMPARE(roundsDown.total().toString(), u"999999999999.99"_s);
    const PurchaseOrderTotals roundsUp
        = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100.002 × 9999800003.9999 @ 0"_s));
    QCOMPARE(roundsUp.problem(), Problem::LineAmountTooLarge);
}

void TestPurchaseOrderTotals::totalAboveTheMaximumIsRefused()
{
    // Each line alone fits; together, or with their tax, they do not.
    const PurchaseOrderTotals sum
        = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100 × 6000000000 @ 0; 100 × 6000000000 @ 0"_s));
    QCOMPARE(sum.problem(), Problem::TotalTooLarge);
    QCOMPARE(sum.problemLine(), -1);
    const PurchaseOrderTotals withTax = PurchaseOrderTotals::compute(u"EUR"_s, lines(u"100 × 9000000000 @ 20"_s));
    QCOMPARE(withTax.problem(), Problem::TotalTooLarge);
}

void TestPurchaseOrderTotals::inputLimits_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero quantity") << u"0 × 1 @ 0"_s << u"EUR"_s << int(Problem::QuantityNotPositive) << u"quantity"_s;
    QTest::newRow("negative quantity") << u"-1 × 1 @ 0"_s << u"EUR"_s << int(Problem::QuantityNotPositive)
                                       << u"quantity"_s;
    QTest::newRow("4 decimals of quantity")
        << u"1.0001 × 1 @ 0"_s << u"EUR"_s << int(Problem::QuantityTooPrecise) << u"quantity"_s;
    QTest::newRow("12 integer digits of quantity")
        << u"100000000000 × 1 @ 0"_s << u"EUR"_s << int(Problem::QuantityTooLarge) << u"quantity"_s;
    QTest::newRow("negative price") << u"1 × -0.01 @ 0"_s << u"EUR"_s << int(Problem::UnitPriceNegative)
                                    << u"unit_price"_s;
    QTest::newRow("5 decimals of price") << u"1 × 0.00001 @ 0"_s << u"EUR"_s << int(Problem::UnitPriceTooPrecise)
                                         << u"unit_price"_s;
    QTest::newRow("11 integer digits of price")
        << u"1 × 10000000000 @ 0"_s << u"EUR"_s << int(Problem::UnitPriceTooLarge) << u"unit_price"_s;
    QTest::newRow("negative tax") << u"1 × 1 @ -1"_s << u"EUR"_s << int(Problem::TaxPercentOutOfRange) << u"tax_rate"_s;
    QTest::newRow("tax above 100 %") << u"1 × 1 @ 100.01"_s << u"EUR"_s << int(Problem::TaxPercentOutOfRange)
                                     << u"tax_rate"_s;
    QTest::newRow("3 decimals of tax") << u"1 × 1 @ 7.125"_s << u"EUR"_s << int(Problem::TaxPercentTooPrecise)
                                       << u"tax_rate"_s;
    QTest::newRow("unknown currency") << u"1 × 1 @ 0"_s << u"EUO"_s << int(Problem::UnknownCurrency) << u"currency"_s;
    QTest::newRow("lower-case currency") << u"1 × 1 @ 0"_s << u"eur"_s << int(Problem::UnknownCurrency)
                                         << u"currency"_s;
}

void TestPurchaseOrderTotals::inputLimits()
{
    QFETCH(QString, spec);
    QFETCH(QString, currency);
    QFETCH(int, problem);
    QFETCH(QString, field);
    const PurchaseOrderTotals t = PurchaseOrderTotals::compute(currency, lines(spec));
    QVERIFY(!t.isValid());
    QCOMPARE(int(t.problem()), problem);
    QCOMPARE(t.problemField(), field);
    QVERIFY(!t.problemCode().isEmpty());
    QVERIFY(!t.problemMessage().isEmpty());
}

void TestPurchaseOrderTotals::scaleIsJudgedByValue()
{
    // Trailing zeros are not precision: 7.700 % is 7.7 %, 1.50000 is 1.5.
    const PurchaseOrderTotals t = PurchaseOrderTotals::compute(u"CHF"_s, lines(u"7.000 × 0.142900 @ 7.700"_s));
    QVERIFY2(t.isValid(), qPrintable(t.problemMessage()));
    QCOMPARE(t.total().toString(), u"1.08"_s);
    // The largest values the columns hold.
    const PurchaseOrderTotals edge = PurchaseOrderTotals::compute(u"JPY"_s, lines(u"0.001 × 0.0001 @ 100.00"_s));
    QVERIFY(edge.isValid());
    QCOMPARE(edge.total().toString(), u"0"_s);
}

void TestPurchaseOrderTotals::emptyOrderIsZero()
{
    const PurchaseOrderTotals t = PurchaseOrderTotals::compute(u"KWD"_s, {});
    QVERIFY(t.isValid());
    QCOMPARE(t.total().toString(), u"0.000"_s);
    QCOMPARE(t.scale(), 3);
}

void TestPurchaseOrderTotals::minorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("units"); // -1: unknown
    // ISO 4217 list one, exponent column.
    QTest::newRow("EUR") << u"EUR"_s << 2;
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("CHF") << u"CHF"_s << 2;
    QTest::newRow("GBP") << u"GBP"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("ISK") << u"ISK"_s << 0;
    QTest::newRow("CLP") << u"CLP"_s << 0;
    QTest::newRow("VND") << u"VND"_s << 0;
    QTest::newRow("XOF") << u"XOF"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << 3;
    QTest::newRow("OMR") << u"OMR"_s << 3;
    QTest::newRow("JOD") << u"JOD"_s << 3;
    QTest::newRow("TND") << u"TND"_s << 3;
    QTest::newRow("LYD") << u"LYD"_s << 3;
    QTest::newRow("IQD") << u"IQD"_s << 3;
    QTest::newRow("unknown") << u"XXX"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPurchaseOrderTotals::minorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, units);
    QCOMPARE(erp::shared::Currency::minorUnits(code).value_or(-1), units);
}

void TestPurchaseOrderTotals::baseCurrency_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("same currency") << u"1234.56"_s << u"1"_s << u"1234.56"_s;
    QTest::newRow("yen to euro") << u"110"_s << u"0.006123"_s << u"0.67"_s; // 0.67353
    QTest::newRow("half a cent rounds away") << u"1.00"_s << u"0.125"_s << u"0.13"_s;
    QTest::newRow("dinar to euro") << u"3.332"_s << u"2.987654"_s << u"9.95"_s; // 9.954863128
    QTest::newRow("band edge") << u"999.99"_s << u"1.000005"_s << u"999.99"_s; // 999.994999...
    QTest::newRow("band edge up") << u"999.99"_s << u"1.000010"_s << u"1000.00"_s; // 999.9999999
    QTest::newRow("zero rate") << u"10"_s << u"0"_s << QString();
    QTest::newRow("negative rate") << u"10"_s << u"-1.5"_s << QString();
    QTest::newRow("7 decimals of rate") << u"10"_s << u"1.0000001"_s << QString();
}

void TestPurchaseOrderTotals::baseCurrency()
{
    QFETCH(QString, total);
    QFETCH(QString, rate);
    QFETCH(QString, expected);
    const auto base = PurchaseOrderTotals::toBaseCurrency(d(total), d(rate));
    if (expected.isEmpty()) {
        QVERIFY(!base.has_value());
        return;
    }
    QVERIFY(base.has_value());
    QCOMPARE(base->toString(), expected);
}

QTEST_GUILESS_MAIN(TestPurchaseOrderTotals)
#include "tst_purchaseordertotals.moc"
