// Purchase-order numbers: per organisation and year from the prefix
// (PO-2026-00042), gap-free when orders are created at once on real threads
// with their own connections, including one that rolls back while the
// others wait for the counter.
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/purchasing/PurchaseOrderNumbering.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"

#include <QMutex>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>


using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {
const QString Superuser = u"numbering-superuser"_s;
}

class tst_PurchaseOrderNumbering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void formats();
    void countsPerOrganisationAndYearFromThePrefix();
    void aRolledBackOrderGivesItsNumberBack();
    void concurrentOrdersGetConsecutiveNumbers();

private:
    QString createOrder(const ProcurementTenant &t, int year, bool commit = true);

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_a;
    ProcurementTenant m_b;
    qint64 m_supplierA = 0;
    qint64 m_supplierB = 0;
};

void tst_PurchaseOrderNumbering::initTestCase()
{
    m_config = TestDatabase::create(u"numbering"_s);
    m_config.lockTimeoutMs = 120'000; // threads queue on the counter row by design
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_a = createProcurementTenant(m_su, u"numbers-a"_s);
    m_b = createProcurementTenant(m_su, u"numbers-b"_s);
    m_supplierA = createSupplier(m_su, m_a, u"S1"_s);
    m_supplierB = createSupplier(m_su, m_b, u"S1"_s);
}

void tst_PurchaseOrderNumbering::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

// Takes a number and inserts the order with it, in one transaction.
QString tst_PurchaseOrderNumbering::createOrder(const ProcurementTenant &t, int year, bool commit)
{
    Transaction tx(Database::connection());
    tx.setTenant(t.tenantId, t.userId);
    const QString number = PurchaseOrderNumbering::next(t.tenantId, year);
    Database::exec(
        u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, order_date, warehouse_id, "
        "created_by) VALUES (?, ?, ?, 'EUR', make_date(?, 6, 1), ?, ?)"_s,
        {t.tenantId, number, t.tenantId == m_a.tenantId ? m_supplierA : m_supplierB, year, t.warehouseId, t.userId})
        .finish();
    if (commit)
        tx.commit();
    return number;
}

void tst_PurchaseOrderNumbering::formats()
{
    QCOMPARE(PurchaseOrderNumbering::format(u"PO"_s, 2026, 42), u"PO-2026-00042"_s);
    QCOMPARE(PurchaseOrderNumbering::format(u"PO"_s, 2026, 1), u"PO-2026-00001"_s);
    QCOMPARE(PurchaseOrderNumbering::format(u"ACME-B"_s, 2027, 99999), u"ACME-B-2027-99999"_s);
    // Beyond five digits the number grows rather than wrapping.
    QCOMPARE(PurchaseOrderNumbering::format(u"PO"_s, 2026, 123456), u"PO-2026-123456"_s);
}

void tst_PurchaseOrderNumbering::countsPerOrganisationAndYearFromThePrefix()
{
    QCOMPARE(createOrder(m_a, 2026), u"PO-2026-00001"_s);
    QCOMPARE(createOrder(m_a, 2026), u"PO-2026-00002"_s);
    // Another year starts again at 1, another organisation has its own count.
    QCOMPARE(createOrder(m_a, 2025), u"PO-2025-00001"_s);
    QCOMPARE(createOrder(m_b, 2026), u"PO-2026-00001"_s);
    // The prefix comes from the organisation's settings.
    suScalar(m_su, u"UPDATE organisation_settings SET po_prefix = 'ACME' WHERE tenant_id = ?"_s, {m_a.tenantId});
    QCOMPARE(createOrder(m_a, 2026), u"ACME-2026-00003"_s);
    suScalar(m_su, u"UPDATE organisation_settings SET po_prefix = 'PO' WHERE tenant_id = ?"_s, {m_a.tenantId});
    // Numbers are unique per organisation: the same number in B is fine, a
    // duplicate in A is refused by the database.
    QVERIFY_THROWS_EXCEPTION(DbError, [&] {
        Transaction tx(Database::connection());
        tx.setTenant(m_a.tenantId, m_a.userId);
        Database::exec(u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, warehouse_id, "
                       "created_by) VALUES (?, 'PO-2026-00001', ?, 'EUR', ?, ?)"_s,
                       {m_a.tenantId, m_supplierA, m_a.warehouseId, m_a.userId});
    }());
}

void tst_PurchaseOrderNumbering::aRolledBackOrderGivesItsNumberBack()
{
    QCOMPARE(createOrder(m_b, 2030), u"PO-2030-00001"_s);
    QCOMPARE(createOrder(m_b, 2030, false), u"PO-2030-00002"_s); // rolled back
    QCOMPARE(createOrder(m_b, 2030), u"PO-2030-00002"_s);
    // Even the first number of a year: the counter row itself is rolled back.
    QCOMPARE(createOrder(m_b, 2031, false), u"PO-2031-00001"_s);
    QCOMPARE(createOrder(m_b, 2031), u"PO-2031-00001"_s);
}

void tst_PurchaseOrderNumbering::concurrentOrdersGetConsecutiveNumbers()
{
    // 24 orders of a fresh year at once; one of them holds its number for a
    // while and then rolls back, so the others queue behind it and one of
    // them must take the number it gave back.
    const int year = 2040;
    const int threads = 24;
    const int rollsBack = 5;
    QMutex resultsMutex;
    QStringList committed;
    QStringList errors;
    runTogether(threads, [&](int i) {
        try {
            Transaction tx(Database::connection());
            tx.setTenant(m_a.tenantId, m_a.userId);
            const QString number = PurchaseOrderNumbering::next(m_a.tenantId, year);
            Database::exec(u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, warehouse_id, "
                           "created_by) VALUES (?, ?, ?, 'EUR', ?, ?)"_s,
                           {m_a.tenantId, number, m_supplierA, m_a.warehouseId, m_a.userId})
                .finish();
            if (i == rollsBack) {
                QThread::msleep(200); // the others are queued on the counter meanwhile
                tx.rollback();
            } else {
                tx.commit();
                QMutexLocker lock(&resultsMutex);
                committed << number;
            }
        } catch (const std::exception &e) {
            QMutexLocker lock(&resultsMutex);
            errors << QString::fromUtf8(e.what());
        }
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    QCOMPARE(committed.size(), threads - 1);
    // What the database holds: exactly 1 .. 23, no gap, no duplicate.
    QSqlQuery q(m_su);
    QVERIFY(q.exec(
        u"SELECT number FROM purchase_orders WHERE tenant_id = %1 AND number LIKE 'PO-2040-%' ORDER BY number"_s.arg(
            m_a.tenantId)));
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString();
    QStringList expected;
    for (int n = 1; n < threads; ++n)
        expected << u"PO-2040-"_s + QString::number(n).rightJustified(5, u'0');
    QCOMPARE(stored, expected);
    committed.sort();
    QCOMPARE(committed, expected);
    QCOMPARE(suScalar(m_su, u"SELECT last_number FROM purchase_order_counters WHERE tenant_id = ? AND year = ?"_s,
                      {m_a.tenantId, year})
                 .toInt(),
             threads - 1);
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderNumbering)
#include "tst_purchaseordernumbering.moc"
