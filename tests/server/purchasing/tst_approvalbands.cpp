// Approval bands: the defaults every organisation starts with (typed from
// PROCUREMENT.md), which band a base-currency total falls in (half-open
// intervals), conversion at the rate of the order date, no rate = no
// decision, the snapshot stored with an order, who still counts towards a
// band, and the database refusing overlapping bands.
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/purchasing/ApprovalBands.h"
#include "server/purchasing/ExchangeRates.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QtTest>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;
using erp::shared::Decimal;
using Problem = ApprovalBands::Problem;

Q_DECLARE_METATYPE(erp::server::ApprovalBand)

namespace {

const QString Superuser = u"approvalbands-superuser"_s;

Decimal d(QStringView text)
{
    return *Decimal::parse(text);
}

ApprovalBand band(const QString &from, const QString &to, int needed, qint64 roleId = 0, int roleNeeded = 0)
{
    ApprovalBand b;
    b.from = d(from);
    if (!to.isEmpty())
        b.to = d(to);
    b.approversNeeded = needed;
    b.roleId = roleId;
    b.roleName = roleId ? u"admin"_s : QString();
    b.roleApproversNeeded = roleNeeded;
    return b;
}

} // namespace

class tst_ApprovalBands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void newOrganisationsStartWithTheDocumentsBands();
    void bandsAreHalfOpen_data();
    void bandsAreHalfOpen();
    void decidesInTheBaseCurrencyAtTheRateOfTheOrderDate_data();
    void decidesInTheBaseCurrencyAtTheRateOfTheOrderDate();
    void snapshotSurvivesTheRoundTrip();
    void whoStillCounts();
    void unusableBandSetsAreNamed_data();
    void unusableBandSetsAreNamed();
    void databaseRefusesOverlappingBands();

private:
    template<typename F> auto inTenant(F &&f);

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_adminRole = 0;
};

void tst_ApprovalBands::initTestCase()
{
    m_config = TestDatabase::create(u"approvalbands"_s);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"bands"_s);
    m_adminRole = suId(m_su, u"SELECT id FROM roles WHERE tenant_id = ? AND name = 'admin'"_s, {m_t.tenantId});
    // Base currency EUR (the default); rates for USD from two dates, JPY from one.
    for (const auto &[currency, day, rate] :
         {std::tuple {"USD", "2026-01-01", "0.900000"}, std::tuple {"USD", "2026-03-01", "0.950000"},
          std::tuple {"JPY", "2026-01-01", "0.006123"}})
        suScalar(
            m_su,
            u"INSERT INTO exchange_rates (tenant_id, currency, valid_on, rate) VALUES (?, ?, ?::date, ?::numeric)"_s,
            {m_t.tenantId, QLatin1String(currency), QLatin1String(day), QLatin1String(rate)});
}

void tst_ApprovalBands::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

template<typename F> auto tst_ApprovalBands::inTenant(F &&f)
{
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, m_t.userId);
    auto result = f();
    tx.commit();
    return result;
}

void tst_ApprovalBands::newOrganisationsStartWithTheDocumentsBands()
{
    // PROCUREMENT.md: below 1,000 none; 1,000 to 10,000 one approver; 10,000
    // and above two, one of whom holds the admin role.
    const QList<ApprovalBand> bands = inTenant([] { return ApprovalBands::load(); });
    QCOMPARE(bands.size(), 3);
    QCOMPARE(bands.at(0).from, d(u"0"));
    QCOMPARE(bands.at(0).to.value_or(Decimal()), d(u"1000"));
    QCOMPARE(bands.at(0).approversNeeded, 0);
    QCOMPARE(bands.at(1).from, d(u"1000"));
    QCOMPARE(bands.at(1).to.value_or(Decimal()), d(u"10000"));
    QCOMPARE(bands.at(1).approversNeeded, 1);
    QCOMPARE(bands.at(1).roleApproversNeeded, 0);
    QCOMPARE(bands.at(2).from, d(u"10000"));
    QVERIFY(!bands.at(2).to.has_value());
    QCOMPARE(bands.at(2).approversNeeded, 2);
    QCOMPARE(bands.at(2).roleName, u"admin"_s);
    QCOMPARE(bands.at(2).roleId, m_adminRole);
    QCOMPARE(bands.at(2).roleApproversNeeded, 1);
    for (const ApprovalBand &b : bands)
        QCOMPARE(b.permission, u"purchasing.approve"_s);
    QCOMPARE(ApprovalBands::problemWith(bands), QString());
    QCOMPARE(inTenant([] { return ExchangeRates::baseCurrency(); }), u"EUR"_s);
}

void tst_ApprovalBands::bandsAreHalfOpen_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("band");
    QTest::newRow("0") << u"0.00"_s << 0;
    QTest::newRow("999.99") << u"999.99"_s << 0;
    QTest::newRow("1000.00") << u"1000.00"_s << 1;
    QTest::newRow("9999.99") << u"9999.99"_s << 1;
    QTest::newRow("10000.00") << u"10000.00"_s << 2;
    QTest::newRow("huge") << u"999999999999.99"_s << 2;
    QTest::newRow("negative") << u"-0.01"_s << -1;
}

void tst_ApprovalBands::bandsAreHalfOpen()
{
    QFETCH(QString, total);
    QFETCH(int, band);
    const QList<ApprovalBand> bands
        = {::band(u"0"_s, u"1000"_s, 0), ::band(u"1000"_s, u"10000"_s, 1), ::band(u"10000"_s, {}, 2, 7, 1)};
    const auto found = ApprovalBands::bandFor(bands, d(total));
    if (band < 0) {
        QVERIFY(!found.has_value());
        return;
    }
    QVERIFY(found.has_value());
    QCOMPARE(found->from, bands.at(band).from);
    QCOMPARE(found->approversNeeded, bands.at(band).approversNeeded);
}

void tst_ApprovalBands::decidesInTheBaseCurrencyAtTheRateOfTheOrderDate_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("orderDate");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("baseTotal");
    QTest::addColumn<int>("approvers");
    QTest::newRow("base currency needs no rate")
        << u"EUR"_s << QDate(2020, 1, 1) << u"999.99"_s << int(Problem::None) << u"1"_s << u"999.99"_s << 0;
    QTest::newRow("base currency, one approver")
        << u"EUR"_s << QDate(2026, 5, 1) << u"1000.00"_s << int(Problem::None) << u"1"_s << u"1000.00"_s << 1;
    // 11,000 USD at 0.90 is 9,900 EUR: one approver, not two.
    QTest::newRow("USD at the January rate")
        << u"USD"_s << QDate(2026, 2, 15) << u"11000.00"_s << int(Problem::None) << u"0.900000"_s << u"9900.00"_s << 1;
    // From March 1st the rate is 0.95: 10,450 EUR, two approvers.
    QTest::newRow("USD on the day the rate changes")
        << u"USD"_s << QDate(2026, 3, 1) << u"11000.00"_s << int(Problem::None) << u"0.950000"_s << u"10450.00"_s << 2;
    QTest::newRow("USD below the first band edge")
        << u"USD"_s << QDate(2026, 1, 1) << u"1111.10"_s << int(Problem::None) << u"0.900000"_s << u"999.99"_s << 0;
    // 163,400 yen × 0.006123 = 1000.4982 EUR -> 1000.50: one approver.
    QTest::newRow("JPY") << u"JPY"_s << QDate(2026, 6, 1) << u"163400"_s << int(Problem::None) << u"0.006123"_s
                         << u"1000.50"_s << 1;
    QTest::newRow("no rate before the first one")
        << u"USD"_s << QDate(2025, 12, 31) << u"10.00"_s << int(Problem::NoExchangeRate) << QString() << QString() << 0;
    QTest::newRow("no rate for the currency at all")
        << u"GBP"_s << QDate(2026, 6, 1) << u"10.00"_s << int(Problem::NoExchangeRate) << QString() << QString() << 0;
}

void tst_ApprovalBands::decidesInTheBaseCurrencyAtTheRateOfTheOrderDate()
{
    QFETCH(QString, currency);
    QFETCH(QDate, orderDate);
    QFETCH(QString, total);
    QFETCH(int, problem);
    QFETCH(QString, rate);
    QFETCH(QString, baseTotal);
    QFETCH(int, approvers);
    Problem reported = Problem::OutOfRange;
    const auto decision = inTenant([&] { return ApprovalBands::decide(currency, orderDate, d(total), &reported); });
    QCOMPARE(int(reported), problem);
    if (problem != int(Problem::None)) {
        QVERIFY(!decision.has_value());
        return;
    }
    QVERIFY(decision.has_value());
    QCOMPARE(decision->rate, d(rate));
    QCOMPARE(decision->baseTotal.toString(), baseTotal);
    QCOMPARE(decision->band.approversNeeded, approvers);
}

void tst_ApprovalBands::snapshotSurvivesTheRoundTrip()
{
    const ApprovalBand original = band(u"10000"_s, {}, 2, m_adminRole, 1);
    const QJsonObject json = original.toJson();
    // Stored as jsonb: amounts as exact text, the open end as null.
    QCOMPARE(json.value(u"from"_s).toString(), u"10000"_s);
    QVERIFY(json.value(u"to"_s).isNull());
    QCOMPARE(json.value(u"role"_s).toString(), u"admin"_s);
    const auto back = ApprovalBand::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back.has_value());
    QCOMPARE(back->from, original.from);
    QVERIFY(!back->to.has_value());
    QCOMPARE(back->approversNeeded, 2);
    QCOMPARE(back->roleId, m_adminRole);
    QCOMPARE(back->roleApproversNeeded, 1);
    QCOMPARE(back->permission, u"purchasing.approve"_s);
    const auto bounded = ApprovalBand::fromJson(band(u"1000"_s, u"10000.50"_s, 1).toJson());
    QCOMPARE(bounded->to.value_or(Decimal()), d(u"10000.50"));
    QVERIFY(!ApprovalBand::fromJson(QJsonObject {{u"from"_s, u"abc"_s}}).has_value());
}

void tst_ApprovalBands::whoStillCounts()
{
    // Two approvers, one of whom holds admin.
    const ApprovalBand top = band(u"10000"_s, {}, 2, m_adminRole, 1);
    QVERIFY(!ApprovalBands::isSatisfied(top, 0, 0));
    QVERIFY(ApprovalBands::wouldCount(top, 0, 0, false));
    QVERIFY(ApprovalBands::wouldCount(top, 0, 0, true));
    // One approver without the role so far: the last place is the admin's.
    QVERIFY(!ApprovalBands::wouldCount(top, 1, 0, false));
    QVERIFY(ApprovalBands::wouldCount(top, 1, 0, true));
    // An admin first: anyone may be second.
    QVERIFY(ApprovalBands::wouldCount(top, 1, 1, false));
    QVERIFY(!ApprovalBands::isSatisfied(top, 1, 1));
    QVERIFY(ApprovalBands::isSatisfied(top, 2, 1));
    QVERIFY(ApprovalBands::isSatisfied(top, 2, 2));
    QVERIFY(!ApprovalBands::isSatisfied(top, 2, 0));
    QVERIFY(!ApprovalBands::wouldCount(top, 2, 1, true)); // nothing left to count for
    // A band that needs nobody is satisfied at once.
    const ApprovalBand none = band(u"0"_s, u"1000"_s, 0);
    QVERIFY(ApprovalBands::isSatisfied(none, 0, 0));
    QVERIFY(!ApprovalBands::wouldCount(none, 0, 0, true));
}

void tst_ApprovalBands::unusableBandSetsAreNamed_data()
{
    QTest::addColumn<QList<ApprovalBand>>("bands");
    QTest::newRow("none") << QList<ApprovalBand> {};
    QTest::newRow("not from 0") << QList<ApprovalBand> {band(u"1"_s, {}, 0)};
    QTest::newRow("gap") << QList<ApprovalBand> {band(u"0"_s, u"1000"_s, 0), band(u"1000.01"_s, {}, 1)};
    QTest::newRow("overlap") << QList<ApprovalBand> {band(u"0"_s, u"1000"_s, 0), band(u"999"_s, {}, 1)};
    QTest::newRow("bounded end") << QList<ApprovalBand> {band(u"0"_s, u"1000"_s, 0)};
    QTest::newRow("unbounded middle") << QList<ApprovalBand> {band(u"0"_s, {}, 0), band(u"1000"_s, {}, 1)};
    QTest::newRow("empty band") << QList<ApprovalBand> {band(u"0"_s, u"0"_s, 0), band(u"0"_s, {}, 1)};
    QTest::newRow("more role approvers than approvers") << QList<ApprovalBand> {band(u"0"_s, {}, 1, 7, 2)};
    QTest::newRow("role without count") << QList<ApprovalBand> {band(u"0"_s, {}, 1, 7, 0)};
    QTest::newRow("too many approvers") << QList<ApprovalBand> {band(u"0"_s, {}, 11)};
}

void tst_ApprovalBands::unusableBandSetsAreNamed()
{
    QFETCH(QList<ApprovalBand>, bands);
    QVERIFY(!ApprovalBands::problemWith(bands).isEmpty());
}

void tst_ApprovalBands::databaseRefusesOverlappingBands()
{
    // The exclusion constraint is checked at commit.
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, m_t.userId);
    Database::exec(u"INSERT INTO approval_rules (tenant_id, from_amount, to_amount, approvers_needed) "
                   "VALUES (?, 500, 2000, 1)"_s,
                   {m_t.tenantId})
        .finish();
    try {
        tx.commit();
        QFAIL("overlapping band committed");
    } catch (const DbError &e) {
        QCOMPARE(e.sqlState(), u"23P01"_s); // exclusion violation
    }
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM approval_rules WHERE tenant_id = ?"_s, {m_t.tenantId}).toInt(), 3);
    // Replacing the set in one transaction is fine: overlap only matters at the end.
    {
        Transaction replace(Database::connection());
        replace.setTenant(m_t.tenantId, m_t.userId);
        Database::exec(u"UPDATE approval_rules SET to_amount = 500 WHERE from_amount = 0"_s).finish();
        Database::exec(u"UPDATE approval_rules SET from_amount = 500 WHERE from_amount = 1000"_s).finish();
        replace.commit();
    }
    const auto decision = inTenant([&] {
        Problem p;
        return ApprovalBands::decide(u"EUR"_s, QDate(2026, 1, 1), d(u"600"), &p);
    });
    QVERIFY(decision.has_value());
    QCOMPARE(decision->band.approversNeeded, 1);
}

QTEST_GUILESS_MAIN(tst_ApprovalBands)
#include "tst_approvalbands.moc"
