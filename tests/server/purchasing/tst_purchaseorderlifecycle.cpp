// order, revise, cancel, close_short and close through the service, from
// every state (allowed ones against PROCUREMENT.md's table typed again here,
// refused ones answering with the current state), and what each one does
// besides the state: revise voids approvals and forgets the band, cancel
// needs a reason once submitted, close_short ends only the open lines.
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderLifecycle.h"
#include "server/purchasing/PurchaseOrderLineClosing.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

#include <functional>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {
const QString Superuser = u"lifecycle-superuser"_s;
const QStringList States = {u"draft"_s,    u"submitted"_s, u"approved"_s, u"ordered"_s, u"partially_received"_s,
                            u"received"_s, u"closed"_s,    u"cancelled"_s};
} // namespace

class tst_PurchaseOrderLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyActionFromEveryState_data();
    void everyActionFromEveryState();
    void reviseVoidsApprovalsAndForgetsTheBand();
    void cancelNeedsAReasonOnceSubmitted();
    void closeShortEndsOnlyTheOpenLines();
    void closeOneLineShortFromEveryState_data();
    void closeOneLineShortFromEveryState();
    void closeOneLineShortKeepsTheOtherLinesOpen();

private:
    qint64 createOrder(const QString &state);
    QString run(const std::function<QString(PurchaseOrderLifecycle &)> &f);
    QString closeLine(qint64 order, qint64 line, const QString &reason);
    qint64 lineAt(qint64 order, int position);

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_supplier = 0;
    qint64 m_product = 0;
    int m_orders = 0;
};

void tst_PurchaseOrderLifecycle::initTestCase()
{
    m_config = TestDatabase::create(u"lifecycle"_s);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"lifecycle"_s);
    m_supplier = createSupplier(m_su, m_t, u"SUP"_s);
    m_product = createProduct(m_su, m_t, u"ITEM"_s);
}

void tst_PurchaseOrderLifecycle::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

// An order in `state` with two lines of 5: the first fully received, the
// second with 2 received.
qint64 tst_PurchaseOrderLifecycle::createOrder(const QString &state)
{
    const qint64 order
        = suId(m_su,
               u"INSERT INTO purchase_orders (tenant_id, number, state, supplier_id, currency, "
               "warehouse_id, created_by, cancelled_at) VALUES (?, ?, ?, ?, 'EUR', ?, ?, "
               "CASE WHEN ? = 'cancelled' THEN now() END) RETURNING id"_s,
               {m_t.tenantId, u"L-%1"_s.arg(++m_orders), state, m_supplier, m_t.warehouseId, m_t.userId, state});
    for (const auto &[position, received] : {std::pair {1, "5"}, std::pair {2, "2"}})
        suScalar(m_su,
                 u"INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, quantity, "
                 "unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax, received_quantity) "
                 "VALUES (?, ?, ?, ?, 5, ?, 5, 1, 0, 5, 0, ?::numeric)"_s,
                 {m_t.tenantId, order, position, m_product, m_t.pieceUnit, QLatin1String(received)});
    return order;
}

QString tst_PurchaseOrderLifecycle::run(const std::function<QString(PurchaseOrderLifecycle &)> &f)
{
    try {
        Transaction tx(Database::connection());
        tx.setTenant(m_t.tenantId, m_t.userId);
        PurchaseOrderLifecycle lifecycle(m_t.tenantId, m_t.userId);
        const QString state = f(lifecycle);
        tx.commit();
        return state;
    } catch (const PurchaseOrderConflict &e) {
        return u"conflict:"_s + e.currentState();
    } catch (const PurchaseOrderRefused &e) {
        return u"refused:"_s + e.code();
    }
}

void tst_PurchaseOrderLifecycle::everyActionFromEveryState_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("expected");
    // PROCUREMENT.md: action -> from-states -> to-state.
    const QList<std::tuple<QString, QStringList, QString>> table = {
        {u"order"_s, {u"approved"_s}, u"ordered"_s},
        {u"revise"_s, {u"approved"_s, u"ordered"_s}, u"draft"_s},
        {u"cancel"_s, {u"draft"_s, u"submitted"_s, u"approved"_s, u"ordered"_s}, u"cancelled"_s},
        {u"close_short"_s, {u"partially_received"_s}, u"received"_s},
        {u"close"_s, {u"received"_s}, u"closed"_s},
    };
    for (const auto &[action, from, to] : table)
        for (const QString &state : States)
            QTest::newRow(qPrintable(action + u" from "_s + state))
                << action << state << (from.contains(state) ? to : u"conflict:"_s + state);
}

void tst_PurchaseOrderLifecycle::everyActionFromEveryState()
{
    QFETCH(QString, action);
    QFETCH(QString, state);
    QFETCH(QString, expected);
    const qint64 order = createOrder(state);
    const QString outcome = run([&](PurchaseOrderLifecycle &l) {
        if (action == u"order"_s)
            return l.order(order);
        if (action == u"revise"_s)
            return l.revise(order);
        if (action == u"cancel"_s)
            return l.cancel(order, u"supplier went bust"_s);
        if (action == u"close_short"_s)
            return l.closeShort(order, u"rest discontinued"_s);
        return l.close(order);
    });
    QCOMPARE(outcome, expected);
    const QString stored = suScalar(m_su, u"SELECT state FROM purchase_orders WHERE id = ?"_s, {order}).toString();
    QCOMPARE(stored, expected.startsWith(u"conflict:"_s) ? state : expected);
}

void tst_PurchaseOrderLifecycle::reviseVoidsApprovalsAndForgetsTheBand()
{
    const qint64 order = createOrder(u"ordered"_s);
    suScalar(m_su,
             u"UPDATE purchase_orders SET approval_band = '{\"approvers_needed\": 1}', approvals_needed = 1, "
             "base_total = 5, exchange_rate = 1, ordered_at = now() WHERE id = ?"_s,
             {order});
    suScalar(m_su,
             u"INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, decision) "
             "VALUES (?, ?, ?, 'approved')"_s,
             {m_t.tenantId, order, m_t.userId});
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.revise(order); }), u"draft"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT approval_band IS NULL AND approvals_needed IS NULL AND base_total IS NULL "
                      "AND ordered_at IS NULL FROM purchase_orders WHERE id = ?"_s,
                      {order})
                 .toBool(),
             true);
    QCOMPARE(suScalar(m_su, u"SELECT void_reason FROM purchase_order_approvals WHERE purchase_order_id = ?"_s, {order})
                 .toString(),
             u"revised"_s);
}

void tst_PurchaseOrderLifecycle::cancelNeedsAReasonOnceSubmitted()
{
    const qint64 draft = createOrder(u"draft"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.cancel(draft, {}); }), u"cancelled"_s);
    const qint64 submitted = createOrder(u"submitted"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.cancel(submitted, u"  "_s); }),
             u"refused:reason_required"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.cancel(submitted, u" wrong supplier "_s); }),
             u"cancelled"_s);
    QCOMPARE(suScalar(m_su, u"SELECT cancel_reason FROM purchase_orders WHERE id = ?"_s, {submitted}).toString(),
             u"wrong supplier"_s);
}

void tst_PurchaseOrderLifecycle::closeShortEndsOnlyTheOpenLines()
{
    const qint64 order = createOrder(u"partially_received"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.closeShort(order, {}); }), u"refused:reason_required"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.closeShort(order, u"discontinued"_s); }), u"received"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT string_agg(position || ':' || coalesce(closed_short_reason, '-'), ' ' "
                      "ORDER BY position) FROM purchase_order_lines WHERE purchase_order_id = ?"_s,
                      {order})
                 .toString(),
             u"1:- 2:discontinued"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.close(order); }), u"closed"_s);
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.close(999999999); }), u"refused:unknown_order"_s);
}

QString tst_PurchaseOrderLifecycle::closeLine(qint64 order, qint64 line, const QString &reason)
{
    try {
        Transaction tx(Database::connection());
        tx.setTenant(m_t.tenantId, m_t.userId);
        const QString state = PurchaseOrderLineClosing(m_t.tenantId, m_t.userId).closeLineShort(order, line, reason);
        tx.commit();
        return state;
    } catch (const PurchaseOrderConflict &e) {
        return u"conflict:"_s + e.currentState();
    } catch (const PurchaseOrderRefused &e) {
        return u"refused:"_s + e.code();
    }
}

qint64 tst_PurchaseOrderLifecycle::lineAt(qint64 order, int position)
{
    return suId(m_su, u"SELECT id FROM purchase_order_lines WHERE purchase_order_id = ? AND position = ?"_s,
                {order, position});
}

void tst_PurchaseOrderLifecycle::closeOneLineShortFromEveryState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("expected");
    // A line can be ended short wherever goods can still be received
    // (PROCUREMENT.md's receive row: approved, ordered, partially_received);
    // the order's other line is complete, so the order is then received.
    const QStringList receivable = {u"approved"_s, u"ordered"_s, u"partially_received"_s};
    for (const QString &state : States)
        QTest::newRow(qPrintable(state)) << state
                                         << (receivable.contains(state) ? u"received"_s : u"conflict:"_s + state);
}

void tst_PurchaseOrderLifecycle::closeOneLineShortFromEveryState()
{
    QFETCH(QString, state);
    QFETCH(QString, expected);
    const qint64 order = createOrder(state);
    QCOMPARE(closeLine(order, lineAt(order, 2), u"rest discontinued"_s), expected);
    const QString stored = suScalar(m_su, u"SELECT state FROM purchase_orders WHERE id = ?"_s, {order}).toString();
    QCOMPARE(stored, expected.startsWith(u"conflict:"_s) ? state : expected);
    QCOMPARE(suScalar(m_su, u"SELECT closed_short_reason IS NOT NULL FROM purchase_order_lines WHERE id = ?"_s,
                      {lineAt(order, 2)})
                 .toBool(),
             !expected.startsWith(u"conflict:"_s));
}

void tst_PurchaseOrderLifecycle::closeOneLineShortKeepsTheOtherLinesOpen()
{
    // Nothing received yet on a three-line order: lines 1 and 2 of the
    // usual order set back to 0 received, and a third open line.
    const qint64 order = createOrder(u"ordered"_s);
    suScalar(m_su, u"UPDATE purchase_order_lines SET received_quantity = 0 WHERE purchase_order_id = ?"_s, {order});
    const qint64 first = lineAt(order, 1);
    const qint64 second = lineAt(order, 2);
    QCOMPARE(closeLine(order, first, u"  "_s), u"refused:reason_required"_s);
    QCOMPARE(closeLine(order, first, u" discontinued "_s), u"ordered"_s);
    QCOMPARE(suScalar(m_su, u"SELECT closed_short_reason FROM purchase_order_lines WHERE id = ?"_s, {first}).toString(),
             u"discontinued"_s);
    QCOMPARE(suScalar(m_su, u"SELECT closed_short_at IS NULL FROM purchase_order_lines WHERE id = ?"_s, {second})
                 .toBool(),
             true);
    QCOMPARE(closeLine(order, first, u"again"_s), u"refused:line_not_open"_s);
    // The last open line of an order that received nothing: cancel it instead.
    QCOMPARE(closeLine(order, second, u"all gone"_s), u"refused:nothing_received"_s);
    QCOMPARE(suScalar(m_su, u"SELECT closed_short_at IS NULL FROM purchase_order_lines WHERE id = ?"_s, {second})
                 .toBool(),
             true);
    // A line of another order is no line of this one.
    const qint64 other = createOrder(u"ordered"_s);
    QCOMPARE(closeLine(order, lineAt(other, 2), u"x"_s), u"refused:unknown_line"_s);
    QCOMPARE(closeLine(999999999, second, u"x"_s), u"refused:unknown_order"_s);
    // Revising takes the order back to a fresh draft: the closed line is open again.
    QCOMPARE(run([&](PurchaseOrderLifecycle &l) { return l.revise(order); }), u"draft"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM purchase_order_lines WHERE purchase_order_id = ? "
                      "AND closed_short_at IS NOT NULL"_s,
                      {order})
                 .toInt(),
             0);
    // Events for the notification work: one per line closed.
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM outbox_events WHERE type = 'purchase_order.line_closed_short' "
                      "AND (payload->>'purchase_order_id')::bigint = ?"_s,
                      {order})
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderLifecycle)
#include "tst_purchaseorderlifecycle.moc"
