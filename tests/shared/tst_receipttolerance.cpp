// Receiving limits: ordered × (1 + tolerance), rounded down to 3 decimals so
// that no receipt can exceed the limit through rounding.
#include "shared/ReceiptTolerance.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;
using erp::shared::ReceiptTolerance;

class TestReceiptTolerance : public QObject
{
    Q_OBJECT

private slots:
    void maximum_data();
    void maximum();
    void remaining();
};

void TestReceiptTolerance::maximum_data()
{
    QTest::addColumn<QString>("ordered");
    QTest::addColumn<QString>("tolerance");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("no tolerance") << u"10"_s << u"0"_s << u"10.000"_s;
    QTest::newRow("5 %") << u"10"_s << u"5"_s << u"10.500"_s;
    QTest::newRow("2.5 % of 7") << u"7"_s << u"2.5"_s << u"7.175"_s;
    QTest::newRow("rounds down, never up") << u"0.333"_s << u"10"_s << u"0.366"_s; // 0.3663
    QTest::newRow("half a thousandth rounds down") << u"0.005"_s << u"10"_s << u"0.005"_s; // 0.0055
    QTest::newRow("tiny tolerance") << u"1"_s << u"0.01"_s << u"1.000"_s; // 1.0001
    QTest::newRow("100 %") << u"3"_s << u"100"_s << u"6.000"_s;
    QTest::newRow("largest quantity") << u"99999999999.999"_s << u"100"_s << u"199999999999.998"_s;
    QTest::newRow("zero ordered") << u"0"_s << u"5"_s << QString();
    QTest::newRow("negative tolerance") << u"10"_s << u"-1"_s << QString();
    QTest::newRow("above 100 %") << u"10"_s << u"100.01"_s << QString();
    QTest::newRow("3 decimals of tolerance") << u"10"_s << u"1.005"_s << QString();
}

void TestReceiptTolerance::maximum()
{
    QFETCH(QString, ordered);
    QFETCH(QString, tolerance);
    QFETCH(QString, expected);
    const auto limit = ReceiptTolerance::maximumReceivable(*Decimal::parse(ordered), *Decimal::parse(tolerance));
    if (expected.isEmpty()) {
        QVERIFY(!limit.has_value());
        return;
    }
    QVERIFY(limit.has_value());
    QCOMPARE(limit->toString(), expected);
}

void TestReceiptTolerance::remaining()
{
    auto left = [](const char *ordered, const char *received, const char *tolerance) {
        const auto r = ReceiptTolerance::remaining(*Decimal::parse(QString::fromLatin1(ordered)),
                                                   *Decimal::parse(QString::fromLatin1(received)),
                                                   *Decimal::parse(QString::fromLatin1(tolerance)));
        return r ? r->toString() : u"refused"_s;
    };
    QCOMPARE(left("10", "4", "0"), u"6.000"_s);
    QCOMPARE(left("10", "4", "5"), u"6.500"_s);
    QCOMPARE(left("10", "10.5", "5"), u"0.000"_s);
    // Received beyond the limit (the tolerance was lowered since): nothing left, not negative.
    QCOMPARE(left("10", "10.5", "0"), u"0.000"_s);
    QCOMPARE(left("10", "-1", "0"), u"refused"_s);
}

QTEST_GUILESS_MAIN(TestReceiptTolerance)
#include "tst_receipttolerance.moc"
