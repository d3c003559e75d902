// Receiving against purchase orders on the real database: partial receipts
// move the order to partially_received and then received, purchase units
// convert exactly into stock, nothing beyond ordered × (1 + tolerance) is
// taken (also when receipts run at once on real threads), received
// quantity, balance and ledger change together or not at all, and states
// that do not receive answer with the current state.
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/InvalidReceipt.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderReceiving.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"

#include <QMutex>
#include <QtTest>

#include <atomic>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace {

const QString Superuser = u"receiving-superuser"_s;

Decimal d(QStringView text)
{
    return *Decimal::parse(text);
}

struct LineSpec
{
    qint64 product;
    QString quantity;
    qint64 unit;
    QString stockQuantity;
};

} // namespace

class tst_PurchaseOrderReceiving : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void partialThenCompleteWithUnitConversion();
    void moreThanOrderedIsRefusedAndNothingChanges();
    void toleranceAllowsAlittleMore();
    void statesThatDoNotReceiveAnswerWithTheState_data();
    void statesThatDoNotReceiveAnswerWithTheState();
    void badReceiptsAreRefused();
    void inexactConversionIsRefused();
    void concurrentReceiptsNeverExceedTheLimit();
    void concurrentReceiptsSharingProductsInOppositeOrderDoNotDeadlock();

private:
    qint64 createOrder(const QString &state, const QList<LineSpec> &lines);
    QList<qint64> lineIds(qint64 order);
    QString stateOf(qint64 order);
    QString receivedOf(qint64 line);
    Decimal receivingBalance(qint64 product);
    PurchaseOrderReceiving::Result receive(qint64 order, const QList<ReceiptLine> &lines);
    void verifyLedgerMatchesBalances();

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_supplier = 0;
    int m_orders = 0;
};

void tst_PurchaseOrderReceiving::initTestCase()
{
    m_config = TestDatabase::create(u"receiving"_s);
    m_config.lockTimeoutMs = 120'000; // receipts of one order queue on its row by design
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"receiving"_s);
    m_supplier = createSupplier(m_su, m_t, u"SUP"_s);
}

void tst_PurchaseOrderReceiving::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

void tst_PurchaseOrderReceiving::cleanup()
{
    verifyLedgerMatchesBalances();
    suScalar(m_su, u"UPDATE organisation_settings SET receipt_tolerance_percent = 0"_s);
}

qint64 tst_PurchaseOrderReceiving::createOrder(const QString &state, const QList<LineSpec> &lines)
{
    const qint64 order
        = suId(m_su,
               u"INSERT INTO purchase_orders (tenant_id, number, state, supplier_id, currency, "
               "warehouse_id, created_by, cancelled_at) VALUES (?, ?, ?, ?, 'EUR', ?, ?, "
               "CASE WHEN ? = 'cancelled' THEN now() END) RETURNING id"_s,
               {m_t.tenantId, u"T-%1"_s.arg(++m_orders), state, m_supplier, m_t.warehouseId, m_t.userId, state});
    int position = 0;
    for (const LineSpec &line : lines)
        suScalar(m_su,
                 u"INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, quantity, "
                 "unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax) "
                 "VALUES (?, ?, ?, ?, ?::numeric, ?, ?::numeric, 0, 0, 0, 0)"_s,
                 {m_t.tenantId, order, ++position, line.product, line.quantity, line.unit, line.stockQuantity});
    return order;
}

QList<qint64> tst_PurchaseOrderReceiving::lineIds(qint64 order)
{
    QSqlQuery q(m_su);
    q.exec(u"SELECT id FROM purchase_order_lines WHERE purchase_order_id = %1 ORDER BY position"_s.arg(order));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QString tst_PurchaseOrderReceiving::stateOf(qint64 order)
{
    return suScalar(m_su, u"SELECT state FROM purchase_orders WHERE id = ?"_s, {order}).toString();
}

QString tst_PurchaseOrderReceiving::receivedOf(qint64 line)
{
    return suScalar(m_su, u"SELECT received_quantity::text FROM purchase_order_lines WHERE id = ?"_s, {line})
        .toString();
}

Decimal tst_PurchaseOrderReceiving::receivingBalance(qint64 product)
{
    const QVariant v
        = suScalar(m_su, u"SELECT on_hand::text FROM stock_balances WHERE product_id = ? AND location_id = ?"_s,
                   {product, m_t.receivingId});
    return v.isNull() ? Decimal() : d(v.toString());
}

PurchaseOrderReceiving::Result tst_PurchaseOrderReceiving::receive(qint64 order, const QList<ReceiptLine> &lines)
{
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, m_t.userId);
    const auto result = PurchaseOrderReceiving(m_t.tenantId, m_t.userId).receive(order, lines, u"dock 3"_s);
    tx.commit();
    return result;
}

void tst_PurchaseOrderReceiving::verifyLedgerMatchesBalances()
{
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
        SELECT count(*) FROM ledger l FULL JOIN stock_balances b USING (tenant_id, product_id, location_id)
         WHERE coalesce(l.q, 0) <> coalesce(b.on_hand, 0))SQL"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // And the received quantities agree with the receipt moves, per line's product.
    QVERIFY(q.exec(uR"SQL(
        SELECT count(*) FROM (
            SELECT o.id, l.product_id,
                   sum(l.received_quantity * u.factor / su.factor) AS expected,
                   (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m
                     WHERE m.reference_type = 'purchase_order' AND m.reference_id = o.id
                       AND m.product_id = l.product_id) AS booked
              FROM purchase_orders o JOIN purchase_order_lines l ON l.purchase_order_id = o.id
              JOIN units u ON u.id = l.unit_id JOIN products p ON p.id = l.product_id
              JOIN units su ON su.id = p.stock_unit_id
             GROUP BY o.id, l.product_id) x
         WHERE expected <> booked)SQL"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_PurchaseOrderReceiving::partialThenCompleteWithUnitConversion()
{
    // Bought in boxes of 12, kept in pieces; and a line in pieces directly.
    const qint64 cups = createProduct(m_su, m_t, u"CUP-1"_s, m_t.pieceUnit, m_t.boxUnit);
    const qint64 plates = createProduct(m_su, m_t, u"PLATE-1"_s);
    const qint64 order
        = createOrder(u"ordered"_s, {{cups, u"2"_s, m_t.boxUnit, u"24"_s}, {plates, u"5"_s, m_t.pieceUnit, u"5"_s}});
    const QList<qint64> lines = lineIds(order);

    const auto first = receive(order, {{lines.at(0), d(u"1")}, {lines.at(1), d(u"2")}});
    QCOMPARE(first.state, u"partially_received"_s);
    QCOMPARE(first.moveIds.size(), 2);
    QCOMPARE(stateOf(order), u"partially_received"_s);
    QCOMPARE(receivedOf(lines.at(0)), u"1.000"_s); // in boxes
    QCOMPARE(receivingBalance(cups), d(u"12")); // in pieces
    QCOMPARE(receivingBalance(plates), d(u"2"));
    QCOMPARE(suScalar(m_su,
                      u"SELECT string_agg(reason || ':' || reference_type || ':' || note, ',') FROM stock_moves "
                      "WHERE reference_id = ?"_s,
                      {order})
                 .toString(),
             u"receipt:purchase_order:dock 3,receipt:purchase_order:dock 3"_s);

    const auto second = receive(order, {{lines.at(0), d(u"1")}, {lines.at(1), d(u"3")}});
    QCOMPARE(second.state, u"received"_s);
    QCOMPARE(stateOf(order), u"received"_s);
    QCOMPARE(receivingBalance(cups), d(u"24"));
    QCOMPARE(receivingBalance(plates), d(u"5"));
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM outbox_events WHERE type = 'purchase_order.received' "
                      "AND (payload->>'purchase_order_id')::bigint = ?"_s,
                      {order})
                 .toInt(),
             2);
    // Received: nothing more comes in.
    QVERIFY_THROWS_EXCEPTION(PurchaseOrderConflict, receive(order, {{lines.at(1), d(u"1")}}));
}

void tst_PurchaseOrderReceiving::moreThanOrderedIsRefusedAndNothingChanges()
{
    const qint64 product = createProduct(m_su, m_t, u"BOLT-1"_s);
    const qint64 other = createProduct(m_su, m_t, u"NUT-1"_s);
    const qint64 order = createOrder(
        u"approved"_s, {{product, u"10"_s, m_t.pieceUnit, u"10"_s}, {other, u"4"_s, m_t.pieceUnit, u"4"_s}});
    const QList<qint64> lines = lineIds(order);
    receive(order, {{lines.at(0), d(u"7")}});
    try {
        // The first line is fine, the second asks for too much: neither is booked.
        receive(order, {{lines.at(1), d(u"1")}, {lines.at(0), d(u"3.001")}});
        QFAIL("received more than ordered");
    } catch (const InvalidReceipt &e) {
        QCOMPARE(e.code(), u"exceeds_ordered"_s);
        QCOMPARE(e.lineId(), lines.at(0));
        QCOMPARE(e.remaining(), d(u"3"));
    }
    QCOMPARE(receivedOf(lines.at(0)), u"7.000"_s);
    QCOMPARE(receivedOf(lines.at(1)), u"0.000"_s);
    QCOMPARE(receivingBalance(product), d(u"7"));
    QCOMPARE(receivingBalance(other), d(u"0"));
    QCOMPARE(stateOf(order), u"partially_received"_s);
    // Exactly what is left is fine.
    QCOMPARE(receive(order, {{lines.at(0), d(u"3")}}).state, u"partially_received"_s);
    QCOMPARE(receive(order, {{lines.at(1), d(u"4")}}).state, u"received"_s);
}

void tst_PurchaseOrderReceiving::toleranceAllowsAlittleMore()
{
    suScalar(m_su, u"UPDATE organisation_settings SET receipt_tolerance_percent = 10 WHERE tenant_id = ?"_s,
             {m_t.tenantId});
    const qint64 product = createProduct(m_su, m_t, u"SAND-1"_s, m_t.kilogramUnit);
    const qint64 order = createOrder(u"ordered"_s, {{product, u"20"_s, m_t.kilogramUnit, u"20"_s}});
    const qint64 line = lineIds(order).at(0);
    QVERIFY_THROWS_EXCEPTION(InvalidReceipt, receive(order, {{line, d(u"22.001")}}));
    QCOMPARE(receive(order, {{line, d(u"22")}}).state, u"received"_s);
    QCOMPARE(receivingBalance(product), d(u"22"));
}

void tst_PurchaseOrderReceiving::statesThatDoNotReceiveAnswerWithTheState_data()
{
    QTest::addColumn<QString>("state");
    for (const char *s : {"draft", "submitted", "received", "closed", "cancelled"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void tst_PurchaseOrderReceiving::statesThatDoNotReceiveAnswerWithTheState()
{
    QFETCH(QString, state);
    const qint64 product = createProduct(m_su, m_t, u"STATE-"_s + state);
    const qint64 order = createOrder(state, {{product, u"1"_s, m_t.pieceUnit, u"1"_s}});
    try {
        receive(order, {{lineIds(order).at(0), d(u"1")}});
        QFAIL("received in a state that does not receive");
    } catch (const PurchaseOrderConflict &e) {
        QCOMPARE(e.currentState(), state);
        QCOMPARE(e.action(), u"receive"_s);
    }
    QCOMPARE(stateOf(order), state);
    QCOMPARE(receivingBalance(product), d(u"0"));
}

void tst_PurchaseOrderReceiving::badReceiptsAreRefused()
{
    const qint64 product = createProduct(m_su, m_t, u"BAD-1"_s);
    const qint64 order = createOrder(u"approved"_s, {{product, u"5"_s, m_t.pieceUnit, u"5"_s}});
    const qint64 otherOrder = createOrder(u"approved"_s, {{product, u"5"_s, m_t.pieceUnit, u"5"_s}});
    const qint64 line = lineIds(order).at(0);
    const qint64 foreignLine = lineIds(otherOrder).at(0);
    auto code = [&](qint64 o, const QList<ReceiptLine> &lines) {
        try {
            receive(o, lines);
        } catch (const InvalidReceipt &e) {
            return e.code();
        }
        return u"accepted"_s;
    };
    QCOMPARE(code(order, {}), u"no_lines"_s);
    QCOMPARE(code(order, {{line, d(u"0")}}), u"quantity_out_of_range"_s);
    QCOMPARE(code(order, {{line, d(u"-1")}}), u"quantity_out_of_range"_s);
    QCOMPARE(code(order, {{line, d(u"0.0001")}}), u"quantity_out_of_range"_s);
    QCOMPARE(code(order, {{line, d(u"1")}, {line, d(u"1")}}), u"duplicate_line"_s);
    QCOMPARE(code(order, {{foreignLine, d(u"1")}}), u"unknown_line"_s);
    QCOMPARE(code(999'999'999, {{line, d(u"1")}}), u"unknown_order"_s);
    // A line closed short takes nothing more.
    suScalar(m_su,
             u"UPDATE purchase_order_lines SET closed_short_reason = 'supplier out of stock', "
             "closed_short_at = now() WHERE id = ?"_s,
             {line});
    QCOMPARE(code(order, {{line, d(u"1")}}), u"line_closed"_s);
    QCOMPARE(stateOf(order), u"approved"_s);
    QCOMPARE(receivingBalance(product), d(u"0"));
}

void tst_PurchaseOrderReceiving::inexactConversionIsRefused()
{
    // Kept in boxes of 12, ordered in pieces: 1 piece is 1/12 box.
    const qint64 product = suId(m_su,
                                u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, "
                                "purchase_unit_id) VALUES (?, 'BOXED-STOCK', 'Boxed', ?, ?, ?) RETURNING id"_s,
                                {m_t.tenantId, m_t.countCategory, m_t.boxUnit, m_t.pieceUnit});
    const qint64 order = createOrder(u"approved"_s, {{product, u"24"_s, m_t.pieceUnit, u"2"_s}});
    const qint64 line = lineIds(order).at(0);
    try {
        receive(order, {{line, d(u"1")}});
        QFAIL("booked a twelfth of a box");
    } catch (const InvalidReceipt &e) {
        QCOMPARE(e.code(), u"inexact_unit_conversion"_s);
    }
    QCOMPARE(receive(order, {{line, d(u"6")}}).state, u"partially_received"_s); // half a box
    QCOMPARE(receivingBalance(product), d(u"0.5"));
}

void tst_PurchaseOrderReceiving::concurrentReceiptsNeverExceedTheLimit()
{
    // 30 receipts of 1 at once against a line of 10 (tolerance 0): exactly
    // 10 are booked, the rest are told how much is left (nothing).
    const qint64 product = createProduct(m_su, m_t, u"RUSH-1"_s);
    const qint64 order = createOrder(u"ordered"_s, {{product, u"10"_s, m_t.pieceUnit, u"10"_s}});
    const qint64 line = lineIds(order).at(0);
    const int n = 30;
    std::atomic<int> booked {0};
    std::atomic<int> refused {0};
    QMutex errorsMutex;
    QStringList errors;
    runTogether(n, [&](int) {
        try {
            receive(order, {{line, d(u"1")}});
            ++booked;
        } catch (const InvalidReceipt &e) {
            if (e.code() == u"exceeds_ordered"_s && e.remaining().isZero())
                ++refused;
            else {
                QMutexLocker lock(&errorsMutex);
                errors << e.code();
            }
        } catch (const PurchaseOrderConflict &e) {
            // Received by then: also a correct refusal.
            if (e.currentState() == u"received"_s)
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
    QCOMPARE(booked.load(), 10);
    QCOMPARE(refused.load(), n - 10);
    QCOMPARE(receivedOf(line), u"10.000"_s);
    QCOMPARE(receivingBalance(product), d(u"10"));
    QCOMPARE(stateOf(order), u"received"_s);
}

void tst_PurchaseOrderReceiving::concurrentReceiptsSharingProductsInOppositeOrderDoNotDeadlock()
{
    // Orders of the same four products, half of them with the lines in the
    // opposite order, all received at once. Balance rows locked in line order
    // would deadlock (PostgreSQL aborts one with 40P01); locked in product
    // order they queue. Two rounds: the first creates the balance rows, the
    // second raises existing ones.
    QList<qint64> products;
    for (int i = 1; i <= 4; ++i)
        products << createProduct(m_su, m_t, u"SHARED-%1"_s.arg(i));
    const int n = 12;
    for (int round = 1; round <= 2; ++round) {
        QList<qint64> orders;
        QList<QList<qint64>> lineProducts;
        for (int i = 0; i < n; ++i) {
            QList<LineSpec> specs;
            QList<qint64> order;
            for (int k = 0; k < products.size(); ++k) {
                const qint64 product = products.at(i % 2 == 0 ? k : products.size() - 1 - k);
                specs << LineSpec {product, u"1"_s, m_t.pieceUnit, u"1"_s};
                order << product;
            }
            orders << createOrder(u"ordered"_s, specs);
            lineProducts << order;
        }
        QList<QList<ReceiptLine>> receipts;
        for (const qint64 order : orders) {
            QList<ReceiptLine> lines;
            for (const qint64 line : lineIds(order))
                lines << ReceiptLine {line, d(u"1")};
            receipts << lines;
        }
        QMutex mutex;
        QStringList errors;
        QList<QList<qint64>> moves(n);
        runTogether(n, [&](int i) {
            try {
                const auto result = receive(orders.at(i), receipts.at(i));
                QMutexLocker lock(&mutex);
                moves[i] = result.moveIds;
            } catch (const std::exception &e) {
                QMutexLocker lock(&mutex);
                errors << QString::fromUtf8(e.what());
            }
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
        for (int i = 0; i < n; ++i) {
            QCOMPARE(stateOf(orders.at(i)), u"received"_s);
            // One move per line, in the order of the receipt's lines.
            QCOMPARE(moves.at(i).size(), products.size());
            for (int k = 0; k < products.size(); ++k)
                QCOMPARE(suScalar(m_su, u"SELECT product_id FROM stock_moves WHERE id = ?"_s, {moves.at(i).at(k)})
                             .toLongLong(),
                         lineProducts.at(i).at(k));
        }
        for (const qint64 product : products)
            QCOMPARE(receivingBalance(product), Decimal::fromInteger(n * round));
    }
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderReceiving)
#include "tst_purchaseorderreceiving.moc"
