// Submit, approve, reject and withdraw on the real database, with the
// default bands of PROCUREMENT.md: small orders are approved by rule, the
// creator never approves, one person counts once, the top band keeps a place
// for an admin, a rejection needs a comment and voids the approvals, the band
// decided at submit stays with the order when the rules change, and
// simultaneous approvals of an order that needs one give exactly one
// approval (run on real threads, several times).
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/PurchaseOrderApproval.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/Simultaneous.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtTest>

#include <atomic>
#include <functional>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {
const QString Superuser = u"approval-superuser"_s;
}

class tst_PurchaseOrderApproval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void belowOneThousandIsApprovedByRule();
    void oneApproverBandAndWhoMayNotApprove();
    void topBandNeedsTwoOneOfThemAdmin();
    void rejectNeedsACommentAndVoidsApprovals();
    void withdrawIsForTheCreatorOrABuyer();
    void submitChecks();
    void totalsAreRecomputedAndConvertedAtSubmit();
    void theBandStaysWithTheOrderWhenRulesChange();
    void wrongStatesAnswerWithTheState();
    void simultaneousApprovalsGiveExactlyOne();
    void eventsNameWhomToTell();

private:
    qint64 createDraft(qint64 creator, const QString &quantity, const QString &unitPrice,
                       const QString &currency = u"EUR"_s, const QString &taxRate = u"0"_s);
    PurchaseOrderApproval::Outcome act(qint64 user,
                                       const std::function<PurchaseOrderApproval::Outcome(PurchaseOrderApproval &)> &f);
    QString refusal(qint64 user, const std::function<PurchaseOrderApproval::Outcome(PurchaseOrderApproval &)> &f);
    QString stateOf(qint64 order);
    int standingApprovals(qint64 order);

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    ProcurementTenant m_t;
    qint64 m_supplier = 0;
    qint64 m_product = 0;
    qint64 m_buyer = 0;
    qint64 m_buyer2 = 0;
    qint64 m_clerk = 0;
    QList<qint64> m_managers;
    int m_orders = 0;
};

void tst_PurchaseOrderApproval::initTestCase()
{
    m_config = TestDatabase::create(u"approval"_s);
    m_config.lockTimeoutMs = 120'000; // simultaneous approvals queue on the order row by design
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);
    m_t = createProcurementTenant(m_su, u"approving"_s);
    m_supplier = createSupplier(m_su, m_t, u"SUP"_s);
    m_product = createProduct(m_su, m_t, u"PAPER"_s);
    m_buyer = createProcurementUser(m_su, m_t.tenantId, u"buyer@example.com"_s, u"purchaser"_s);
    m_buyer2 = createProcurementUser(m_su, m_t.tenantId, u"buyer2@example.com"_s, u"purchaser"_s);
    m_clerk = createProcurementUser(m_su, m_t.tenantId, u"clerk@example.com"_s, u"warehouse_clerk"_s);
    for (int i = 0; i < 8; ++i)
        m_managers << createProcurementUser(m_su, m_t.tenantId, u"manager%1@example.com"_s.arg(i), u"manager"_s);
    suScalar(m_su,
             u"INSERT INTO exchange_rates (tenant_id, currency, valid_on, rate) VALUES (?, 'USD', '2026-01-01', 0.9)"_s,
             {m_t.tenantId});
}

void tst_PurchaseOrderApproval::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

qint64 tst_PurchaseOrderApproval::createDraft(qint64 creator, const QString &quantity, const QString &unitPrice,
                                              const QString &currency, const QString &taxRate)
{
    const qint64 order
        = suId(m_su,
               u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, order_date, warehouse_id, "
               "created_by) VALUES (?, ?, ?, ?, '2026-06-01', ?, ?) RETURNING id"_s,
               {m_t.tenantId, u"A-%1"_s.arg(++m_orders), m_supplier, currency, m_t.warehouseId, creator});
    // Line amounts deliberately wrong: submit must recompute them.
    suScalar(
        m_su,
        u"INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, quantity, unit_id, "
        "stock_quantity, unit_price, tax_rate, line_net, line_tax) "
        "VALUES (?, ?, 1, ?, ?::numeric, ?, ?::numeric, ?::numeric, ?::numeric, 1, 1)"_s,
        {m_t.tenantId, order, m_product, quantity, m_t.pieceUnit, quantity, unitPrice, taxRate});
    return order;
}

PurchaseOrderApproval::Outcome
tst_PurchaseOrderApproval::act(qint64 user,
                               const std::function<PurchaseOrderApproval::Outcome(PurchaseOrderApproval &)> &f)
{
    Transaction tx(Database::connection());
    tx.setTenant(m_t.tenantId, user);
    PurchaseOrderApproval approval(m_t.tenantId, user);
    const auto outcome = f(approval);
    tx.commit();
    return outcome;
}

QString
tst_PurchaseOrderApproval::refusal(qint64 user,
                                   const std::function<PurchaseOrderApproval::Outcome(PurchaseOrderApproval &)> &f)
{
    try {
        act(user, f);
    } catch (const PurchaseOrderRefused &e) {
        return e.code();
    } catch (const PurchaseOrderConflict &e) {
        return u"conflict:"_s + e.currentState();
    }
    return u"accepted"_s;
}

QString tst_PurchaseOrderApproval::stateOf(qint64 order)
{
    return suScalar(m_su, u"SELECT state FROM purchase_orders WHERE id = ?"_s, {order}).toString();
}

int tst_PurchaseOrderApproval::standingApprovals(qint64 order)
{
    return suScalar(m_su,
                    u"SELECT count(*) FROM purchase_order_approvals WHERE purchase_order_id = ? "
                    "AND decision = 'approved' AND voided_at IS NULL"_s,
                    {order})
        .toInt();
}

void tst_PurchaseOrderApproval::belowOneThousandIsApprovedByRule()
{
    const qint64 order = createDraft(m_buyer, u"10"_s, u"99.999"_s); // 999.99
    const auto outcome = act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    QCOMPARE(outcome.state, u"approved"_s);
    QCOMPARE(stateOf(order), u"approved"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM purchase_order_approvals WHERE purchase_order_id = ? AND by_rule "
                      "AND approver_id IS NULL AND decision = 'approved'"_s,
                      {order})
                 .toInt(),
             1);
    QCOMPARE(suScalar(m_su,
                      u"SELECT approvals_needed || ' ' || base_total::text || ' ' || (approved_at IS NOT NULL) "
                      "FROM purchase_orders WHERE id = ?"_s,
                      {order})
                 .toString(),
             u"0 999.99 true"_s);
}

void tst_PurchaseOrderApproval::oneApproverBandAndWhoMayNotApprove()
{
    const qint64 order = createDraft(m_buyer, u"10"_s, u"100"_s); // 1,000.00
    QCOMPARE(act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }).state, u"submitted"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM outbox_events WHERE type = 'purchase_order.submitted' "
                      "AND (payload->>'purchase_order_id')::bigint = ?"_s,
                      {order})
                 .toInt(),
             1);
    // The creator, and someone without purchasing.approve, may not.
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }),
             u"creator_cannot_approve"_s);
    QCOMPARE(refusal(m_clerk, [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }), u"not_an_approver"_s);
    QCOMPARE(refusal(m_buyer2, [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }), u"not_an_approver"_s);
    QCOMPARE(standingApprovals(order), 0);
    const auto outcome = act(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(order, u" ok "_s); });
    QCOMPARE(outcome.state, u"approved"_s);
    QCOMPARE(outcome.approvalsGiven, 1);
    QCOMPARE(
        suScalar(m_su,
                 u"SELECT approver_id || ':' || comment FROM purchase_order_approvals WHERE purchase_order_id = ?"_s,
                 {order})
            .toString(),
        u"%1:ok"_s.arg(m_managers.at(0)));
    QCOMPARE(suScalar(m_su,
                      u"SELECT payload->>'created_by' FROM outbox_events WHERE type = 'purchase_order.approved' "
                      "AND (payload->>'purchase_order_id')::bigint = ?"_s,
                      {order})
                 .toString(),
             QString::number(m_buyer));
}

void tst_PurchaseOrderApproval::topBandNeedsTwoOneOfThemAdmin()
{
    const qint64 order = createDraft(m_buyer, u"100"_s, u"100"_s); // 10,000.00
    const auto submitted = act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    QCOMPARE(submitted.state, u"submitted"_s);
    QCOMPARE(submitted.approvalsNeeded, 2);
    const auto first = act(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); });
    QCOMPARE(first.state, u"submitted"_s);
    QCOMPARE(first.approvalsGiven, 1);
    // One person counts once.
    QCOMPARE(refusal(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }),
             u"already_approved"_s);
    // The last place is the admin's.
    QCOMPARE(refusal(m_managers.at(1), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }),
             u"role_required"_s);
    QCOMPARE(stateOf(order), u"submitted"_s);
    QCOMPARE(act(m_t.userId, [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }).state, u"approved"_s);
    QCOMPARE(standingApprovals(order), 2);
    QCOMPARE(suScalar(m_su,
                      u"SELECT count(*) FROM purchase_order_approvals WHERE purchase_order_id = ? "
                      "AND holds_band_role"_s,
                      {order})
                 .toInt(),
             1);
}

void tst_PurchaseOrderApproval::rejectNeedsACommentAndVoidsApprovals()
{
    const qint64 order = createDraft(m_buyer, u"200"_s, u"100"_s); // 20,000.00
    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    act(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); });
    QCOMPARE(refusal(m_managers.at(1), [&](PurchaseOrderApproval &a) { return a.reject(order, u"   "_s); }),
             u"comment_required"_s);
    QCOMPARE(standingApprovals(order), 1);
    QCOMPARE(act(m_managers.at(1), [&](PurchaseOrderApproval &a) { return a.reject(order, u"too expensive"_s); }).state,
             u"draft"_s);
    QCOMPARE(stateOf(order), u"draft"_s);
    QCOMPARE(standingApprovals(order), 0);
    QCOMPARE(suScalar(m_su,
                      u"SELECT string_agg(decision || '/' || coalesce(void_reason, '-') || '/' || "
                      "coalesce(comment, '-'), ',' ORDER BY id) FROM purchase_order_approvals "
                      "WHERE purchase_order_id = ?"_s,
                      {order})
                 .toString(),
             u"approved/rejected/-,rejected/-/too expensive"_s);
    QCOMPARE(suScalar(m_su, u"SELECT approval_band IS NULL FROM purchase_orders WHERE id = ?"_s, {order}).toBool(),
             true);
    // Submitted again: judged again, from no approvals.
    const auto again = act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    QCOMPARE(again.state, u"submitted"_s);
    QCOMPARE(again.approvalsGiven, 0);
    // The earlier approver may approve again: the voided approval does not count.
    QCOMPARE(act(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }).approvalsGiven, 1);
}

void tst_PurchaseOrderApproval::withdrawIsForTheCreatorOrABuyer()
{
    const qint64 order = createDraft(m_buyer, u"10"_s, u"500"_s);
    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    QCOMPARE(refusal(m_clerk, [&](PurchaseOrderApproval &a) { return a.withdraw(order); }), u"not_allowed"_s);
    QCOMPARE(act(m_buyer, [&](PurchaseOrderApproval &a) { return a.withdraw(order); }).state, u"draft"_s);
    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    // Another buyer (purchasing.edit) may withdraw it too.
    QCOMPARE(act(m_buyer2, [&](PurchaseOrderApproval &a) { return a.withdraw(order); }).state, u"draft"_s);
}

void tst_PurchaseOrderApproval::submitChecks()
{
    const qint64 noLines
        = suId(m_su,
               u"INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, warehouse_id, created_by) "
               "VALUES (?, 'EMPTY', ?, 'EUR', ?, ?) RETURNING id"_s,
               {m_t.tenantId, m_supplier, m_t.warehouseId, m_buyer});
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(noLines); }), u"no_lines"_s);
    // Another currency without a rate on or before the order date.
    const qint64 pounds = createDraft(m_buyer, u"1"_s, u"10"_s, u"GBP"_s);
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(pounds); }), u"no_exchange_rate"_s);
    // Inactive supplier, inactive product.
    const qint64 order = createDraft(m_buyer, u"1"_s, u"10"_s);
    suScalar(m_su, u"UPDATE suppliers SET is_active = false WHERE id = ?"_s, {m_supplier});
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }), u"inactive_supplier"_s);
    suScalar(m_su, u"UPDATE suppliers SET is_active = true WHERE id = ?"_s, {m_supplier});
    suScalar(m_su, u"UPDATE products SET is_active = false WHERE id = ?"_s, {m_product});
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }), u"inactive_product"_s);
    suScalar(m_su, u"UPDATE products SET is_active = true WHERE id = ?"_s, {m_product});
    QCOMPARE(stateOf(order), u"draft"_s);
    QCOMPARE(act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }).state, u"approved"_s);
}

void tst_PurchaseOrderApproval::totalsAreRecomputedAndConvertedAtSubmit()
{
    // 3 × 33.3333 @ 10 in JPY would be 110; here USD: 7 × 0.1429 @ 7.7 is
    // 1.00 + 0.08 = 1.08 (PROCUREMENT.md's CHF case, same minor unit), at
    // 0.9 EUR per USD = 0.97 EUR.
    const qint64 order = createDraft(m_buyer, u"7"_s, u"0.1429"_s, u"USD"_s, u"7.7"_s);
    QCOMPARE(act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }).state, u"approved"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT subtotal::text || ' ' || tax_total::text || ' ' || total::text || ' ' || "
                      "exchange_rate::text || ' ' || base_total::text FROM purchase_orders WHERE id = ?"_s,
                      {order})
                 .toString(),
             u"1.000 0.080 1.080 0.900000 0.97"_s);
    QCOMPARE(suScalar(m_su,
                      u"SELECT line_net::text || ' ' || line_tax::text FROM purchase_order_lines "
                      "WHERE purchase_order_id = ?"_s,
                      {order})
                 .toString(),
             u"1.000 0.080"_s);
}

void tst_PurchaseOrderApproval::theBandStaysWithTheOrderWhenRulesChange()
{
    const qint64 order = createDraft(m_buyer, u"50"_s, u"100"_s); // 5,000.00: one approver
    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    // The rules now ask three approvers for this band.
    suScalar(m_su, u"UPDATE approval_rules SET approvers_needed = 3 WHERE tenant_id = ? AND from_amount = 1000"_s,
             {m_t.tenantId});
    QCOMPARE(act(m_managers.at(2), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }).state,
             u"approved"_s);
    suScalar(m_su, u"UPDATE approval_rules SET approvers_needed = 1 WHERE tenant_id = ? AND from_amount = 1000"_s,
             {m_t.tenantId});
}

void tst_PurchaseOrderApproval::wrongStatesAnswerWithTheState()
{
    const qint64 draft = createDraft(m_buyer, u"10"_s, u"200"_s);
    QCOMPARE(refusal(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(draft, {}); }),
             u"conflict:draft"_s);
    QCOMPARE(refusal(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.reject(draft, u"no"_s); }),
             u"conflict:draft"_s);
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.withdraw(draft); }), u"conflict:draft"_s);
    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(draft); });
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(draft); }), u"conflict:submitted"_s);
    act(m_managers.at(0), [&](PurchaseOrderApproval &a) { return a.approve(draft, {}); });
    QCOMPARE(refusal(m_managers.at(1), [&](PurchaseOrderApproval &a) { return a.approve(draft, {}); }),
             u"conflict:approved"_s);
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.withdraw(draft); }), u"conflict:approved"_s);
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(999'999'999); }), u"unknown_order"_s);
}

void tst_PurchaseOrderApproval::simultaneousApprovalsGiveExactlyOne()
{
    for (int round = 0; round < 5; ++round) {
        const qint64 order = createDraft(m_buyer, u"20"_s, u"100"_s); // 2,000.00: one approver
        act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
        const int n = m_managers.size();
        std::atomic<int> approved {0};
        std::atomic<int> conflicts {0};
        QMutex errorsMutex;
        QStringList errors;
        runTogether(n, [&](int i) {
            try {
                if (act(m_managers.at(i), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }).state
                    == u"approved"_s)
                    ++approved;
            } catch (const PurchaseOrderConflict &e) {
                if (e.currentState() == u"approved"_s)
                    ++conflicts;
            } catch (const std::exception &e) {
                QMutexLocker lock(&errorsMutex);
                errors << QString::fromUtf8(e.what());
            }
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
        QCOMPARE(approved.load(), 1);
        QCOMPARE(conflicts.load(), n - 1);
        QCOMPARE(standingApprovals(order), 1);
        QCOMPARE(stateOf(order), u"approved"_s);
    }
}

// The outbox rows the notification work reads, written with each decision:
// a submitted order names everyone who may approve it (the organisation's
// admin and the managers, by their roles; never the creator, nor buyers or
// clerks), a rejection and an approval name the creator.
void tst_PurchaseOrderApproval::eventsNameWhomToTell()
{
    const auto events = [&](qint64 order, const QString &type) {
        QSqlQuery q(m_su);
        q.prepare(u"SELECT payload::text FROM outbox_events WHERE type = ? "
                  "AND (payload->>'purchase_order_id')::bigint = ? ORDER BY id"_s);
        q.addBindValue(type);
        q.addBindValue(order);
        q.exec();
        QList<QJsonObject> out;
        while (q.next())
            out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return out;
    };
    const auto ids = [](const QJsonObject &payload) {
        QList<qint64> out;
        for (const auto &v : payload.value(u"notify"_s).toArray())
            out << v.toInteger();
        std::sort(out.begin(), out.end());
        return out;
    };
    QList<qint64> approvers = m_managers;
    approvers << m_t.userId; // the organisation's admin holds purchasing.approve
    std::sort(approvers.begin(), approvers.end());

    const qint64 order = createDraft(m_buyer, u"20"_s, u"100"_s); // 2,000.00: one approver
    QCOMPARE(act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); }).state, u"submitted"_s);
    QCOMPARE(events(order, u"purchase_order.submitted"_s).size(), 1);
    const QJsonObject submitted = events(order, u"purchase_order.submitted"_s).first();
    QCOMPARE(ids(submitted), approvers);
    QCOMPARE(submitted.value(u"approval_band"_s).toObject().value(u"approvers_needed"_s).toInt(), 1);
    QCOMPARE(submitted.value(u"created_by"_s).toInteger(), m_buyer);

    // A refused approval writes nothing.
    QCOMPARE(refusal(m_buyer, [&](PurchaseOrderApproval &a) { return a.approve(order, {}); }),
             u"creator_cannot_approve"_s);
    QVERIFY(events(order, u"purchase_order.approved"_s).isEmpty());

    act(m_managers.at(1), [&](PurchaseOrderApproval &a) { return a.reject(order, u"Too many"_s); });
    QCOMPARE(events(order, u"purchase_order.rejected"_s).size(), 1);
    const QJsonObject rejected = events(order, u"purchase_order.rejected"_s).first();
    QCOMPARE(ids(rejected), QList<qint64> {m_buyer});
    QCOMPARE(rejected.value(u"by"_s).toInteger(), m_managers.at(1));
    QCOMPARE(rejected.value(u"state"_s).toString(), u"draft"_s);

    act(m_buyer, [&](PurchaseOrderApproval &a) { return a.submit(order); });
    QCOMPARE(events(order, u"purchase_order.submitted"_s).size(), 2);
    act(m_managers.at(2), [&](PurchaseOrderApproval &a) { return a.approve(order, {}); });
    QCOMPARE(events(order, u"purchase_order.approved"_s).size(), 1);
    QCOMPARE(ids(events(order, u"purchase_order.approved"_s).first()), QList<qint64> {m_buyer});
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderApproval)
#include "tst_purchaseorderapproval.moc"
