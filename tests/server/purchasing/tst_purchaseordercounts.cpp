// What migration 0021 keeps on a purchase order, checked in the database
// itself (the API's view of it is tst_purchasingapi
// countsFollowLinesAndStandingApprovals): the amount scale says what the
// shared currency table says for every code, and the counts stay right when
// two transactions write one order's rows at the same moment without the
// order's lock that the services take: the second waits for the first and
// counts what it committed.
#include "shared/Currency.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/TestDatabase.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {
const QString Superuser = u"counts-superuser"_s;
const QString Second = u"counts-second"_s;
} // namespace

class tst_PurchaseOrderCounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void amountScaleIsTheCurrencysMinorUnit();
    void amountScaleFollowsTheCurrency();
    void simultaneousWritesAreAllCounted_data();
    void simultaneousWritesAreAllCounted();

private:
    qint64 newOrder(const QString &currency);
    QString lineInsert(qint64 order, int position) const;
    QString approvalInsert(qint64 order, qint64 approver) const;
    bool waitUntilABackendWaitsForALock();

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_supplier = 0;
    qint64 m_product = 0;
    qint64 m_approver = 0;
    int m_orders = 0;
};

void tst_PurchaseOrderCounts::initTestCase()
{
    m_config = TestDatabase::create(u"po_counts"_s);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"counts"_s);
    m_supplier = createSupplier(m_su, m_t, u"SUP"_s);
    m_product = createProduct(m_su, m_t, u"ITEM"_s);
    m_approver = createProcurementUser(m_su, m_t.tenantId, u"approver@counts.test"_s, u"manager"_s);
}

void tst_PurchaseOrderCounts::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

qint64 tst_PurchaseOrderCounts::newOrder(const QString &currency)
{
    return suId(m_su,
                u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, warehouse_id, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                {m_t.tenantId, u"C-%1"_s.arg(++m_orders), m_supplier, currency, m_t.warehouseId, m_t.userId});
}

QString tst_PurchaseOrderCounts::lineInsert(qint64 order, int position) const
{
    return u"INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, quantity, unit_id, "
           "stock_quantity, unit_price, tax_rate, line_net, line_tax) VALUES (%1, %2, %3, %4, 1, %5, 1, 1, 0, 1, 0)"_s
        .arg(m_t.tenantId)
        .arg(order)
        .arg(position)
        .arg(m_product)
        .arg(m_t.pieceUnit);
}

QString tst_PurchaseOrderCounts::approvalInsert(qint64 order, qint64 approver) const
{
    return u"INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, decision) "
           "VALUES (%1, %2, %3, 'approved')"_s
        .arg(m_t.tenantId)
        .arg(order)
        .arg(approver);
}

bool tst_PurchaseOrderCounts::waitUntilABackendWaitsForALock()
{
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        // Inside transaction A: statistics are read once per transaction
        // unless the snapshot is cleared.
        suScalar(m_su, u"SELECT pg_stat_clear_snapshot()"_s);
        if (suScalar(m_su,
                     u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     "AND wait_event_type = 'Lock'"_s)
                .toInt()
            > 0)
            return true;
        QThread::msleep(10);
    }
    return false;
}

// The expected exponents come from the shared table (ISO 4217), not from SQL.
void tst_PurchaseOrderCounts::amountScaleIsTheCurrencysMinorUnit()
{
    QStringList wrong;
    for (const QString &code : erp::shared::Currency::knownCodes()) {
        const int expected = erp::shared::Currency::minorUnits(code).value_or(-1);
        const int stored = suScalar(m_su, u"SELECT currency_minor_units(?)"_s, {code}).toInt();
        if (stored != expected)
            wrong << u"%1: %2 instead of %3"_s.arg(code).arg(stored).arg(expected);
    }
    QVERIFY(erp::shared::Currency::knownCodes().size() > 100);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
}

void tst_PurchaseOrderCounts::amountScaleFollowsTheCurrency()
{
    const qint64 order = newOrder(u"EUR"_s);
    QCOMPARE(suScalar(m_su, u"SELECT amount_scale FROM purchase_orders WHERE id = ?"_s, {order}).toInt(), 2);
    suScalar(m_su, u"UPDATE purchase_orders SET currency = 'JPY' WHERE id = ?"_s, {order});
    QCOMPARE(suScalar(m_su, u"SELECT amount_scale FROM purchase_orders WHERE id = ?"_s, {order}).toInt(), 0);
    suScalar(m_su, u"UPDATE purchase_orders SET currency = 'KWD' WHERE id = ?"_s, {order});
    QCOMPARE(suScalar(m_su, u"SELECT amount_scale FROM purchase_orders WHERE id = ?"_s, {order}).toInt(), 3);
}

void tst_PurchaseOrderCounts::simultaneousWritesAreAllCounted_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("lines") << u"lines"_s;
    QTest::newRow("approvals") << u"approvals"_s;
    QTest::newRow("voided approvals") << u"voids"_s;
}

// Transaction A writes and holds its transaction open; B writes the same
// order's rows and must wait for A (seen in pg_stat_activity); A commits,
// then B. Both writes are counted. Without the lock in the trigger, B's
// count is taken with a snapshot from before A committed and misses A's row.
void tst_PurchaseOrderCounts::simultaneousWritesAreAllCounted()
{
    QFETCH(QString, what);
    const qint64 order = newOrder(u"EUR"_s);
    const qint64 otherApprover = createProcurementUser(m_su, m_t.tenantId, u"second%1@counts.test"_s.arg(order),
                                                       u"manager"_s);
    QString writeA, writeB, column;
    int expected = 0;
    if (what == u"lines") {
        writeA = lineInsert(order, 1);
        writeB = lineInsert(order, 2);
        column = u"line_count"_s;
        expected = 2;
    } else if (what == u"approvals") {
        writeA = approvalInsert(order, m_approver);
        writeB = approvalInsert(order, otherApprover);
        column = u"approvals_given"_s;
        expected = 2;
    } else {
        suScalar(m_su, approvalInsert(order, m_approver));
        suScalar(m_su, approvalInsert(order, otherApprover));
        writeA = u"UPDATE purchase_order_approvals SET voided_at = now(), void_reason = 'revised' "
                 "WHERE purchase_order_id = %1 AND approver_id = %2"_s.arg(order).arg(m_approver);
        writeB = u"UPDATE purchase_order_approvals SET voided_at = now(), void_reason = 'revised' "
                 "WHERE purchase_order_id = %1 AND approver_id = %2"_s.arg(order).arg(otherApprover);
        column = u"approvals_given"_s;
        expected = 0;
    }

    QVERIFY(m_su.transaction());
    suScalar(m_su, writeA);
    std::atomic<bool> bDone {false};
    QString bError;
    QThread *b = QThread::create([&] {
        {
            QSqlDatabase db = TestDatabase::superuserConnection(m_config.name, Second);
            try {
                if (!db.transaction())
                    throw std::runtime_error("BEGIN failed");
                suScalar(db, writeB);
                if (!db.commit())
                    throw std::runtime_error("COMMIT failed");
            } catch (const std::exception &e) {
                bError = QString::fromUtf8(e.what());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(Second);
        bDone = true;
    });
    b->start();
    const bool waited = waitUntilABackendWaitsForALock();
    const bool finishedEarly = bDone.load();
    QVERIFY(m_su.commit());
    QVERIFY(b->wait(30'000));
    delete b;
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    QVERIFY2(waited && !finishedEarly, "the second transaction did not wait for the first");
    QCOMPARE(suScalar(m_su, u"SELECT %1 FROM purchase_orders WHERE id = ?"_s.arg(column), {order}).toInt(), expected);
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderCounts)
#include "tst_purchaseordercounts.moc"
