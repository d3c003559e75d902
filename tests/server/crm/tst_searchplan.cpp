// Substring search must be able to use the trigram indexes although every
// CRM table is under row-level security (docs/decisions/0007): the plan for
// the exact conditions the list endpoints send, run as the application role
// with a tenant set, uses the index. Fails when the searched text stops being
// a plain column or ILIKE stops being leakproof on the cluster.
#include "server/admin/TenantProvisioning.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/platform/ListEndpoint.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::server::Database;

class TestSearchPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchUsesTrigramIndex_data();
    void searchUsesTrigramIndex();
    void searchedPageOnItsGenericPlanUsesTrigramIndex();

private:
    qint64 m_tenantId = 0;
};

void TestSearchPlan::initTestCase()
{
    const auto config = TestDatabase::create(u"search_plan"_s);
    Database::configure(config);
    {
        // Statistics are taken once, below, and stay as they are: autovacuum
        // re-sampling them while other tests load the cluster would change
        // the estimates from one run to the next.
        QSqlDatabase su = TestDatabase::superuserConnection(TestDatabase::databaseName(u"search_plan"_s), u"setup"_s);
        QSqlQuery q(su);
        for (const QString &table : {u"accounts"_s, u"contacts"_s, u"leads"_s})
            QVERIFY2(q.exec(u"ALTER TABLE %1 SET (autovacuum_enabled = false)"_s.arg(table)),
                     qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"setup"_s);
    const auto tenant = erp::server::TenantProvisioning::createTenant(
        {u"plan"_s, u"Plan Ltd"_s, u"admin@plan.test"_s, u"Admin"_s, u"plan admin passphrase"_s});
    // Enough rows that reading the whole tenant costs more than the trigram
    // index: then the plan shows whether the index is usable under the policy.
    erp::server::Transaction::runWithRetry(Database::connection(), [&](erp::server::Transaction &tx) {
        tx.setTenant(tenant.tenantId, tenant.adminUserId);
        const QVariantList ids{tenant.tenantId, tenant.adminUserId};
        Database::exec(u"INSERT INTO accounts (tenant_id, name, owner_id) "
                       "SELECT ?, 'account ' || md5(g::text), ? FROM generate_series(1, 40000) g"_s, ids);
        Database::exec(u"INSERT INTO contacts (tenant_id, name, email, owner_id) "
                       "SELECT ?, 'contact ' || md5(g::text), md5(g::text) || '@example.com', ? "
                       "FROM generate_series(1, 40000) g"_s, ids);
        Database::exec(u"INSERT INTO leads (tenant_id, title, company, currency, owner_id, stage_id) "
                       "SELECT ?, 'lead ' || md5(g::text), 'company ' || g, 'EUR', ?, "
                       "(SELECT min(id) FROM pipeline_stages) FROM generate_series(1, 40000) g"_s, ids);
        tx.commit();
    });
    {
        QSqlDatabase su = TestDatabase::superuserConnection(TestDatabase::databaseName(u"search_plan"_s), u"analyze"_s);
        QSqlQuery q(su);
        QVERIFY(q.exec(u"ANALYZE accounts, contacts, leads"_s));
    }
    QSqlDatabase::removeDatabase(u"analyze"_s);
    m_tenantId = tenant.tenantId;
}

void TestSearchPlan::searchUsesTrigramIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    // A word no row contains ('q' and 'z' are not hex digits): PostgreSQL
    // estimates ILIKE by trying the pattern on the sampled histogram, and a
    // word found in some rows (it was 'c4ca42', md5('1')) sometimes lands in
    // the sample and sometimes not. Found there, it looked like 1 % of the
    // rows, and the bitmap over the tenant's (tenant_id, account_id) index
    // beat the trigram index: the test failed by the luck of ANALYZE. A word
    // in no row is estimated the same way on every run.
    QTest::newRow("leads") << u"SELECT l.id FROM leads l WHERE l.search_text ILIKE '%qzqzq%'"_s << u"leads_search"_s;
    QTest::newRow("contacts") << u"SELECT c.id FROM contacts c WHERE c.search_text ILIKE '%qzqzq%'"_s
                              << u"contacts_search"_s;
    QTest::newRow("accounts") << u"SELECT ac.id FROM accounts ac WHERE ac.name ILIKE '%qzqzq%'"_s
                              << u"accounts_search"_s;
}

void TestSearchPlan::searchUsesTrigramIndex()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    QSqlDatabase db = Database::connection();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT set_config('app.tenant_id', '%1', true)"_s.arg(m_tenantId)));
    // The question is whether the index CAN be used under the row-level
    // policy, not which plan the cost model prefers today: with sequential
    // scans and parallel workers priced out (for this transaction only), the
    // planner still falls back to a sequential scan when the condition cannot
    // go to the index (a leaky operator, a computed expression), and takes
    // the index otherwise, whatever the sampled statistics say.
    QVERIFY(q.exec(u"SELECT set_config('enable_seqscan', 'off', true), "
                   "set_config('max_parallel_workers_per_gather', '0', true)"_s));
    QVERIFY2(q.exec(u"EXPLAIN "_s + sql), qPrintable(q.lastError().text()));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + u'\n';
    db.rollback();
    QVERIFY2(plan.contains(index), qPrintable(plan));
}

void TestSearchPlan::searchedPageOnItsGenericPlanUsesTrigramIndex()
{
    // A searched list page collects its matches on the statement's generic
    // plan, under the settings ListEndpoint sends with it: the plan made
    // without knowing the word must still go through the trigram index, or
    // every search would read the tenant's whole table. The statement has
    // the shape the list endpoints send.
    QSqlDatabase db = Database::connection();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT set_config('app.tenant_id', '%1', true)"_s.arg(m_tenantId)));
    QVERIFY2(q.exec(u"PREPARE searched_page(text) AS WITH l AS MATERIALIZED (SELECT l.* FROM leads l "
                    "WHERE (l.search_text ILIKE $1) LIMIT 2001) SELECT l.id, l.title, (SELECT count(*) FROM l) "
                    "FROM l ORDER BY l.created_at DESC, l.id DESC LIMIT 51"_s),
             qPrintable(q.lastError().text()));
    for (const QString &setting : erp::server::ListEndpoint::searchSettings())
        QVERIFY2(q.exec(setting), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"EXPLAIN EXECUTE searched_page('%qzqzq%')"_s), qPrintable(q.lastError().text()));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + u'\n';
    QVERIFY(q.exec(u"DEALLOCATE searched_page"_s));
    db.rollback();
    QVERIFY2(plan.contains(u"$1"_s), qPrintable(plan));   // the generic plan, not one for the word
    QVERIFY2(plan.contains(u"leads_search"_s), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestSearchPlan)
#include "tst_searchplan.moc"
