// The stock ledger against the real database: every move changes the
// balances in the same transaction, balance = Σ moves in − Σ moves out after
// every scenario (checked as superuser over the whole organisation), no
// negative stock unless allowed, counts book their difference, the ledger is
// append-only for the application role, and concurrent withdrawals on real
// threads with their own connections never oversell.
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/inventory/InsufficientStock.h"
#include "server/inventory/InvalidStockMove.h"
#include "server/inventory/StockLedger.h"
#include "shared/UnitConversion.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <functional>
#include <type_traits>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace {

const QString Superuser = u"stockledger-superuser"_s;

Decimal d(QStringView text)
{
    return *Decimal::parse(text);
}

} // namespace

class tst_StockLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void receiptTransferShipmentKeepBalances();
    void goingBelowZeroIsRefusedWithWhatIsThere();
    void negativeStockWhenTheOrganisationAllowsIt();
    void countBooksTheDifference();
    void invalidMovesAreRefused_data();
    void invalidMovesAreRefused();
    void anotherOrganisationsProductIsUnknown();
    void purchaseUnitsConvertExactlyBeforeStock();
    void belowReorderPointIsAnEventOnceWhenCrossed();
    void ledgerIsAppendOnlyForTheApplication_data();
    void ledgerIsAppendOnlyForTheApplication();
    void fiftyConcurrentWithdrawalsOfOneFromTenSucceedTenTimes();
    void oppositeTransfersAtOnceNeitherDeadlockNorDrift();

private:
    template<typename F> auto inTenant(F &&f, const ProcurementTenant *tenant = nullptr);
    StockMove move(qint64 product, qint64 from, qint64 to, const QString &qty, StockMoveReason reason) const;
    Decimal balance(qint64 product, qint64 location);
    int moveCount();
    void verifyLedgerMatchesBalances();

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    ProcurementTenant m_other;
};

void tst_StockLedger::initTestCase()
{
    m_config = TestDatabase::create(u"stockledger"_s);
    // Fifty transactions queue on one balance row under a loaded test run:
    // the lock wait must not be what decides the outcome.
    m_config.lockTimeoutMs = 120'000;
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"ledger-a"_s);
    m_other = createProcurementTenant(m_su, u"ledger-b"_s);
    QVERIFY(m_t.receivingId > 0 && m_t.storageId > 0 && m_t.pieceUnit > 0);
    QVERIFY(m_t.receivingId != m_other.receivingId);
}

void tst_StockLedger::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

void tst_StockLedger::cleanup()
{
    // The identity holds after every scenario, whatever it did.
    verifyLedgerMatchesBalances();
}

template<typename F> auto tst_StockLedger::inTenant(F &&f, const ProcurementTenant *tenant)
{
    const ProcurementTenant &t = tenant ? *tenant : m_t;
    Transaction tx(Database::connection());
    tx.setTenant(t.tenantId, t.userId);
    StockLedger ledger(t.tenantId, t.userId);
    if constexpr (std::is_void_v<decltype(f(ledger))>) {
        f(ledger);
        tx.commit();
    } else {
        auto result = f(ledger);
        tx.commit();
        return result;
    }
}

StockMove tst_StockLedger::move(qint64 product, qint64 from, qint64 to, const QString &qty,
                                StockMoveReason reason) const
{
    StockMove m;
    m.productId = product;
    m.fromLocationId = from;
    m.toLocationId = to;
    m.quantity = d(qty);
    m.reason = reason;
    return m;
}

Decimal tst_StockLedger::balance(qint64 product, qint64 location)
{
    const QVariant v
        = suScalar(m_su, u"SELECT on_hand::text FROM stock_balances WHERE product_id = ? AND location_id = ?"_s,
                   {product, location});
    return v.isNull() ? Decimal() : d(v.toString());
}

int tst_StockLedger::moveCount()
{
    return suScalar(m_su, u"SELECT count(*) FROM stock_moves"_s).toInt();
}

void tst_StockLedger::verifyLedgerMatchesBalances()
{
    // Every (product, location) in either the ledger or the balances, across
    // all organisations: balance = Σ in − Σ out.
    QSqlQuery q(m_su);
    QVERIFY(q.exec(uR"SQL(
        WITH ledger AS (
            SELECT tenant_id, product_id, location_id, sum(q) AS q FROM (
                SELECT tenant_id, product_id, to_location_id AS location_id, quantity AS q
                  FROM stock_moves WHERE to_location_id IS NOT NULL
                UNION ALL
                SELECT tenant_id, product_id, from_location_id, -quantity
                  FROM stock_moves WHERE from_location_id IS NOT NULL) m
             GROUP BY 1, 2, 3)
        SELECT coalesce(l.product_id, b.product_id), coalesce(l.location_id, b.location_id),
               coalesce(l.q, 0)::text, coalesce(b.on_hand, 0)::text
          FROM ledger l FULL JOIN stock_balances b USING (tenant_id, product_id, location_id)
         WHERE coalesce(l.q, 0) <> coalesce(b.on_hand, 0))SQL"_s));
    QStringList drift;
    while (q.next())
        drift << u"product %1 at %2: ledger %3, balance %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                                  q.value(2).toString(), q.value(3).toString());
    QVERIFY2(drift.isEmpty(), qPrintable(drift.join(u"; "_s)));
}

void tst_StockLedger::receiptTransferShipmentKeepBalances()
{
    const qint64 product = createProduct(m_su, m_t, u"FLOW-1"_s);
    const qint64 receipt = inTenant(
        [&](StockLedger &l) { return l.post(move(product, 0, m_t.receivingId, u"10"_s, StockMoveReason::Receipt)); });
    QVERIFY(receipt > 0);
    QCOMPARE(balance(product, m_t.receivingId), d(u"10"));
    verifyLedgerMatchesBalances();

    inTenant([&](StockLedger &l) { l.transfer(product, m_t.receivingId, m_t.storageId, d(u"4.25"), u"put away"_s); });
    QCOMPARE(balance(product, m_t.receivingId), d(u"5.75"));
    QCOMPARE(balance(product, m_t.storageId), d(u"4.25"));
    verifyLedgerMatchesBalances();

    inTenant([&](StockLedger &l) {
        StockMove out = move(product, m_t.storageId, 0, u"4.25"_s, StockMoveReason::Shipment);
        out.referenceType = u"shipment"_s;
        out.referenceId = 77;
        l.post(out);
    });
    QCOMPARE(balance(product, m_t.storageId), d(u"0"));
    // The move row says who, what, why and for which document.
    QSqlQuery q(m_su);
    QVERIFY(q.exec(u"SELECT reason, coalesce(reference_type, '-'), coalesce(reference_id::text, '-'), created_by, "
                   "quantity::text FROM stock_moves "
                   "WHERE product_id = %1 ORDER BY id"_s.arg(product)));
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString());
    const QString user = QString::number(m_t.userId);
    QCOMPARE(rows,
             (QStringList {u"receipt - - "_s + user + u" 10.000"_s, u"transfer - - "_s + user + u" 4.250"_s,
                           u"shipment shipment 77 "_s + user + u" 4.250"_s}));

    // Reading without a balance row is zero, not an error.
    QCOMPARE(inTenant([&](StockLedger &l) { return l.onHand(product, m_t.storageId); }), d(u"0"));
    QCOMPARE(inTenant([&](StockLedger &l) { return l.onHand(createProduct(m_su, m_t, u"FLOW-0"_s), m_t.storageId); }),
             d(u"0"));
}

void tst_StockLedger::goingBelowZeroIsRefusedWithWhatIsThere()
{
    const qint64 product = createProduct(m_su, m_t, u"SHORT-1"_s);
    inTenant([&](StockLedger &l) { l.post(move(product, 0, m_t.storageId, u"6"_s, StockMoveReason::Receipt)); });
    const int before = moveCount();
    try {
        inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"7"_s, StockMoveReason::Shipment)); });
        QFAIL("a shipment of 7 from 6 was accepted");
    } catch (const InsufficientStock &e) {
        QCOMPARE(e.productId(), product);
        QCOMPARE(e.locationId(), m_t.storageId);
        QCOMPARE(e.onHand(), d(u"6"));
        QCOMPARE(e.requested(), d(u"7"));
        QVERIFY(QByteArray(e.what()).contains("6.000 on hand"));
    }
    // A transfer is refused the same way, and nothing was written.
    QVERIFY_THROWS_EXCEPTION(InsufficientStock, inTenant([&](StockLedger &l) {
                                 l.transfer(product, m_t.storageId, m_t.receivingId, d(u"6.001"), {});
                             }));
    QCOMPARE(moveCount(), before);
    QCOMPARE(balance(product, m_t.storageId), d(u"6"));
    QCOMPARE(balance(product, m_t.receivingId), d(u"0"));
    // Exactly what is there may go.
    inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"6"_s, StockMoveReason::Shipment)); });
    QCOMPARE(balance(product, m_t.storageId), d(u"0"));
    // Nothing there at all (no balance row yet).
    const qint64 empty = createProduct(m_su, m_t, u"SHORT-2"_s);
    QVERIFY_THROWS_EXCEPTION(InsufficientStock, inTenant([&](StockLedger &l) {
                                 l.post(move(empty, m_t.storageId, 0, u"0.001"_s, StockMoveReason::Shipment));
                             }));
}

void tst_StockLedger::negativeStockWhenTheOrganisationAllowsIt()
{
    const qint64 product = createProduct(m_su, m_t, u"NEG-1"_s);
    suScalar(m_su, u"UPDATE organisation_settings SET allow_negative_stock = true WHERE tenant_id = ?"_s,
             {m_t.tenantId});
    inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"2.5"_s, StockMoveReason::Shipment)); });
    suScalar(m_su, u"UPDATE organisation_settings SET allow_negative_stock = false WHERE tenant_id = ?"_s,
             {m_t.tenantId});
    QCOMPARE(balance(product, m_t.storageId), d(u"-2.5"));
    // Refused again once the setting is off; the other organisation never allowed it.
    QVERIFY_THROWS_EXCEPTION(InsufficientStock, inTenant([&](StockLedger &l) {
                                 l.post(move(product, m_t.storageId, 0, u"1"_s, StockMoveReason::Shipment));
                             }));
    const qint64 otherProduct = createProduct(m_su, m_other, u"NEG-1"_s);
    QVERIFY_THROWS_EXCEPTION(InsufficientStock,
                             inTenant(
                                 [&](StockLedger &l) {
                                     l.post(
                                         move(otherProduct, m_other.storageId, 0, u"1"_s, StockMoveReason::Shipment));
                                 },
                                 &m_other));
}

void tst_StockLedger::countBooksTheDifference()
{
    const qint64 product = createProduct(m_su, m_t, u"COUNT-1"_s);
    inTenant([&](StockLedger &l) { l.post(move(product, 0, m_t.storageId, u"10"_s, StockMoveReason::Receipt)); });
    // Counted fewer: an adjustment out of the location for the difference.
    const qint64 down
        = inTenant([&](StockLedger &l) { return l.adjust(product, m_t.storageId, d(u"8.5"), u"count"_s); });
    QVERIFY(down > 0);
    QCOMPARE(suScalar(m_su,
                      u"SELECT from_location_id = ? AND to_location_id IS NULL AND quantity = 1.5 "
                      "AND reason = 'adjustment' AND note = 'count' FROM stock_moves WHERE id = ?"_s,
                      {m_t.storageId, down})
                 .toBool(),
             true);
    QCOMPARE(balance(product, m_t.storageId), d(u"8.5"));
    // Counted more: into the location.
    const qint64 up = inTenant([&](StockLedger &l) { return l.adjust(product, m_t.storageId, d(u"9"), {}); });
    QCOMPARE(suScalar(m_su,
                      u"SELECT to_location_id = ? AND from_location_id IS NULL AND quantity = 0.5 "
                      "FROM stock_moves WHERE id = ?"_s,
                      {m_t.storageId, up})
                 .toBool(),
             true);
    QCOMPARE(balance(product, m_t.storageId), d(u"9"));
    // The same count again changes nothing and writes nothing.
    const int before = moveCount();
    QCOMPARE(inTenant([&](StockLedger &l) { return l.adjust(product, m_t.storageId, d(u"9.000"), {}); }), 0);
    QCOMPARE(moveCount(), before);
    // Counted zero where nothing was ever booked: nothing to do either.
    QCOMPARE(inTenant([&](StockLedger &l) { return l.adjust(product, m_t.receivingId, d(u"0"), {}); }), 0);
    // A negative count is no count.
    QVERIFY_THROWS_EXCEPTION(InvalidStockMove,
                             inTenant([&](StockLedger &l) { l.adjust(product, m_t.storageId, d(u"-1"), {}); }));
}

void tst_StockLedger::invalidMovesAreRefused_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<int>("from"); // 0 outside, 1 receiving, 2 storage, 3 nonexistent
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("code");
    const int receipt = int(StockMoveReason::Receipt), shipment = int(StockMoveReason::Shipment),
              transfer = int(StockMoveReason::Transfer), adjustment = int(StockMoveReason::Adjustment);
    QTest::newRow("zero") << u"0"_s << 0 << 2 << receipt << u"quantity_not_positive"_s;
    QTest::newRow("negative") << u"-1"_s << 0 << 2 << receipt << u"quantity_not_positive"_s;
    QTest::newRow("4 decimals") << u"1.0001"_s << 0 << 2 << receipt << u"quantity_out_of_range"_s;
    QTest::newRow("12 digits") << u"100000000000"_s << 0 << 2 << receipt << u"quantity_out_of_range"_s;
    QTest::newRow("receipt from a location") << u"1"_s << 1 << 2 << receipt << u"direction_does_not_fit_reason"_s;
    QTest::newRow("receipt to nowhere") << u"1"_s << 0 << 0 << receipt << u"direction_does_not_fit_reason"_s;
    QTest::newRow("shipment into a location") << u"1"_s << 0 << 2 << shipment << u"direction_does_not_fit_reason"_s;
    QTest::newRow("transfer to itself") << u"1"_s << 2 << 2 << transfer << u"direction_does_not_fit_reason"_s;
    QTest::newRow("transfer from outside") << u"1"_s << 0 << 2 << transfer << u"direction_does_not_fit_reason"_s;
    QTest::newRow("adjustment between two") << u"1"_s << 1 << 2 << adjustment << u"direction_does_not_fit_reason"_s;
    QTest::newRow("unknown location") << u"1"_s << 0 << 3 << receipt << u"unknown_location"_s;
}

void tst_StockLedger::invalidMovesAreRefused()
{
    QFETCH(QString, quantity);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, reason);
    QFETCH(QString, code);
    const qint64 product = createProduct(m_su, m_t, u"BAD-"_s + QString::fromLatin1(QTest::currentDataTag()));
    auto location = [&](int which) -> qint64 {
        switch (which) {
        case 1:
            return m_t.receivingId;
        case 2:
            return m_t.storageId;
        case 3:
            return 999'999'999;
        }
        return 0;
    };
    const int before = moveCount();
    try {
        inTenant([&](StockLedger &l) {
            l.post(move(product, location(from), location(to), quantity, StockMoveReason(reason)));
        });
        QFAIL("accepted");
    } catch (const InvalidStockMove &e) {
        QCOMPARE(e.code(), code);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(moveCount(), before);
}

void tst_StockLedger::anotherOrganisationsProductIsUnknown()
{
    // Row-level security hides the other organisation's rows: its product
    // and location are "no such", not a foreign-key error or a write.
    const qint64 theirs = createProduct(m_su, m_other, u"THEIRS"_s);
    const qint64 mine = createProduct(m_su, m_t, u"MINE"_s);
    try {
        inTenant([&](StockLedger &l) { l.post(move(theirs, 0, m_t.storageId, u"1"_s, StockMoveReason::Receipt)); });
        QFAIL("accepted another organisation's product");
    } catch (const InvalidStockMove &e) {
        QCOMPARE(e.code(), u"unknown_product"_s);
    }
    try {
        inTenant([&](StockLedger &l) { l.post(move(mine, 0, m_other.storageId, u"1"_s, StockMoveReason::Receipt)); });
        QFAIL("accepted another organisation's location");
    } catch (const InvalidStockMove &e) {
        QCOMPARE(e.code(), u"unknown_location"_s);
    }
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM stock_moves WHERE product_id IN (?, ?)"_s, {theirs, mine}).toInt(),
             0);
}

void tst_StockLedger::purchaseUnitsConvertExactlyBeforeStock()
{
    // Bought in boxes of 12, kept in pieces: the factors come from the
    // organisation's units as the database stores them (NUMERIC(18,9)).
    const qint64 product = createProduct(m_su, m_t, u"BOXED-1"_s, m_t.pieceUnit, m_t.boxUnit);
    const Decimal box = d(suScalar(m_su, u"SELECT factor::text FROM units WHERE id = ?"_s, {m_t.boxUnit}).toString());
    const Decimal piece
        = d(suScalar(m_su, u"SELECT factor::text FROM units WHERE id = ?"_s, {m_t.pieceUnit}).toString());
    const auto pieces = erp::shared::UnitConversion::convert(d(u"2"), box, piece);
    QVERIFY(pieces.has_value());
    QCOMPARE(pieces->toString(), u"24.000"_s);
    inTenant([&](StockLedger &l) {
        l.post(move(product, 0, m_t.receivingId, pieces->toString(), StockMoveReason::Receipt));
    });
    QCOMPARE(balance(product, m_t.receivingId), d(u"24"));
    // Grams into a kilogram product: 1500 g = 1.5 kg.
    const qint64 flour = createProduct(m_su, m_t, u"FLOUR-1"_s, m_t.kilogramUnit, m_t.gramUnit);
    const Decimal gram = d(suScalar(m_su, u"SELECT factor::text FROM units WHERE id = ?"_s, {m_t.gramUnit}).toString());
    const Decimal kg
        = d(suScalar(m_su, u"SELECT factor::text FROM units WHERE id = ?"_s, {m_t.kilogramUnit}).toString());
    const auto kilos = erp::shared::UnitConversion::convert(d(u"1500"), gram, kg);
    QVERIFY(kilos.has_value());
    inTenant(
        [&](StockLedger &l) { l.post(move(flour, 0, m_t.receivingId, kilos->toString(), StockMoveReason::Receipt)); });
    QCOMPARE(balance(flour, m_t.receivingId), d(u"1.5"));
    // A purchase unit from another category is refused by the database.
    QSqlQuery q(m_su);
    QVERIFY(q.prepare(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, purchase_unit_id) "
                      "VALUES (?, 'MIXED', 'Mixed', ?, ?, ?)"_s));
    q.addBindValue(m_t.tenantId);
    q.addBindValue(m_t.countCategory);
    q.addBindValue(m_t.pieceUnit);
    q.addBindValue(m_t.kilogramUnit);
    QVERIFY(!q.exec());
    QCOMPARE(DbError(q.lastError()).sqlState(), u"23503"_s);
}

void tst_StockLedger::belowReorderPointIsAnEventOnceWhenCrossed()
{
    const qint64 product = createProduct(m_su, m_t, u"REORDER-1"_s, 0, 0, u"5"_s);
    auto events = [&] {
        return suScalar(m_su,
                        u"SELECT count(*) FROM outbox_events WHERE type = 'product.below_reorder_point' "
                        "AND (payload->>'product_id')::bigint = ?"_s,
                        {product})
            .toInt();
    };
    inTenant([&](StockLedger &l) { l.post(move(product, 0, m_t.storageId, u"10"_s, StockMoveReason::Receipt)); });
    inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"5"_s, StockMoveReason::Shipment)); });
    QCOMPARE(events(), 0); // 5 left: at the reorder point, not below
    inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"1"_s, StockMoveReason::Shipment)); });
    QCOMPARE(events(), 1);
    QCOMPARE(suScalar(m_su,
                      u"SELECT payload->>'on_hand' FROM outbox_events WHERE (payload->>'product_id')::bigint = ?"_s,
                      {product})
                 .toString(),
             u"4.000"_s);
    inTenant([&](StockLedger &l) { l.post(move(product, m_t.storageId, 0, u"1"_s, StockMoveReason::Shipment)); });
    QCOMPARE(events(), 1); // still below: no second event
    // An event rolled back with its move does not remain.
    const qint64 other = createProduct(m_su, m_t, u"REORDER-2"_s, 0, 0, u"5"_s);
    inTenant([&](StockLedger &l) { l.post(move(other, 0, m_t.storageId, u"5"_s, StockMoveReason::Receipt)); });
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_t.tenantId, m_t.userId);
        StockLedger(m_t.tenantId, m_t.userId).post(move(other, m_t.storageId, 0, u"1"_s, StockMoveReason::Shipment));
        tx.rollback();
    }
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM outbox_events WHERE (payload->>'product_id')::bigint = ?"_s, {other})
                 .toInt(),
             0);
}

void tst_StockLedger::ledgerIsAppendOnlyForTheApplication_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update") << u"UPDATE stock_moves SET quantity = quantity + 1"_s;
    QTest::newRow("delete") << u"DELETE FROM stock_moves"_s;
    QTest::newRow("truncate") << u"TRUNCATE stock_moves"_s;
    QTest::newRow("delete a balance") << u"DELETE FROM stock_balances"_s;
}

void tst_StockLedger::ledgerIsAppendOnlyForTheApplication()
{
    QFETCH(QString, statement);
    const qint64 product = createProduct(m_su, m_t, u"APPEND-"_s + QString::fromLatin1(QTest::currentDataTag()));
    inTenant([&](StockLedger &l) { l.post(move(product, 0, m_t.storageId, u"3"_s, StockMoveReason::Receipt)); });
    const int before = moveCount();
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, m_t.userId);
    QSqlQuery q(Database::connection());
    QVERIFY(!q.exec(statement));
    QCOMPARE(DbError(q.lastError()).sqlState(), u"42501"_s); // insufficient privilege
    tx.rollback();
    QCOMPARE(moveCount(), before);
}

void tst_StockLedger::fiftyConcurrentWithdrawalsOfOneFromTenSucceedTenTimes()
{
    const qint64 product = createProduct(m_su, m_t, u"RUSH-1"_s);
    inTenant([&](StockLedger &l) { l.post(move(product, 0, m_t.storageId, u"10"_s, StockMoveReason::Receipt)); });

    std::atomic<int> succeeded {0};
    std::atomic<int> refused {0};
    QMutex errorsMutex;
    QStringList errors;
    runTogether(50, [&](int) {
        try {
            Transaction tx(Database::connection());
            tx.setTenant(m_t.tenantId, m_t.userId);
            StockLedger(m_t.tenantId, m_t.userId)
                .post(move(product, m_t.storageId, 0, u"1"_s, StockMoveReason::Shipment));
            tx.commit();
            ++succeeded;
        } catch (const InsufficientStock &e) {
            if (e.onHand() == d(u"0") && e.requested() == d(u"1"))
                ++refused;
            else {
                QMutexLocker lock(&errorsMutex);
                errors << QString::fromUtf8(e.what());
            }
        } catch (const std::exception &e) {
            QMutexLocker lock(&errorsMutex);
            errors << QString::fromUtf8(e.what());
        }
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    QCOMPARE(succeeded.load(), 10);
    QCOMPARE(refused.load(), 40);
    QCOMPARE(balance(product, m_t.storageId), d(u"0"));
    QCOMPARE(
        suScalar(m_su, u"SELECT count(*) FROM stock_moves WHERE product_id = ? AND reason = 'shipment'"_s, {product})
            .toInt(),
        10);
}

void tst_StockLedger::oppositeTransfersAtOnceNeitherDeadlockNorDrift()
{
    // Half the threads move A -> B, half B -> A: without a fixed lock order
    // these deadlock (40P01) and fail.
    const qint64 product = createProduct(m_su, m_t, u"SWAP-1"_s);
    inTenant([&](StockLedger &l) {
        l.post(move(product, 0, m_t.receivingId, u"20"_s, StockMoveReason::Receipt));
        l.post(move(product, 0, m_t.storageId, u"20"_s, StockMoveReason::Receipt));
    });
    QMutex errorsMutex;
    QStringList errors;
    runTogether(30, [&](int i) {
        for (int round = 0; round < 5; ++round) {
            try {
                Transaction tx(Database::connection());
                tx.setTenant(m_t.tenantId, m_t.userId);
                const bool forward = (i + round) % 2 == 0;
                StockLedger(m_t.tenantId, m_t.userId)
                    .transfer(product, forward ? m_t.receivingId : m_t.storageId,
                              forward ? m_t.storageId : m_t.receivingId, d(u"1"), {});
                tx.commit();
            } catch (const std::exception &e) {
                QMutexLocker lock(&errorsMutex);
                errors << QString::fromUtf8(e.what());
            }
        }
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    QCOMPARE(
        suScalar(m_su, u"SELECT count(*) FROM stock_moves WHERE product_id = ? AND reason = 'transfer'"_s, {product})
            .toInt(),
        150);
    // Whatever the interleaving, the two balances still add up to 40.
    QCOMPARE(*balance(product, m_t.receivingId).added(balance(product, m_t.storageId)), d(u"40"));
}

QTEST_GUILESS_MAIN(tst_StockLedger)
#include "tst_stockledger.moc"
