// Approval bands over real TLS against a real database: the bands every new
// organisation starts with (PROCUREMENT.md), only settings.manage may read or
// change them, If-Match on change and delete, overlapping bands refused with
// 422 naming the field (also when two overlapping bands are written at the
// same moment, where the database's constraint decides), hostile and
// malformed bodies refused with nothing stored, and a changed band changing
// who may approve the orders submitted after the change (and not those
// submitted before).
#include "tests/support/Simultaneous.h"
#include "tests/server/inventory/ProcurementApiFixture.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestApprovalRulesApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newOrganisationStartsWithProcurementMdBands();
    void onlySettingsManageReadsOrChanges();
    void overlappingBandIsRefusedNamingTheField_data();
    void overlappingBandIsRefusedNamingTheField();
    void inconsistentBandsAreRefused_data();
    void inconsistentBandsAreRefused();
    void hostileAndMalformedBodies_data();
    void hostileAndMalformedBodies();
    void changeNeedsTheCurrentVersion();
    void simultaneousOverlappingBandsGiveOneBand();
    void changedBandChangesWhoMayApprove();
    void deletedBandLeavesAGapNoOrderCanBeSubmittedIn();

private:
    std::unique_ptr<TlsTestClient> as(const QString &who);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    int bandCount();
    QJsonObject bandFrom(const QString &from);
    TlsTestClient::Response patch(TlsTestClient &c, qint64 id, const QJsonObject &body, const QByteArray &ifMatch);
    TlsTestClient::Response patchBand(const QString &from, const QJsonObject &body);
    qint64 submittedOrder(const QString &total);
    TlsTestClient::Response approve(const QString &who, qint64 order);

    erp::test::ProcurementApiFixture m_f;
    qint64 m_supplier = 0;
    qint64 m_warehouse = 0;
    qint64 m_product = 0;
};

void TestApprovalRulesApi::initTestCase()
{
    QVERIFY(m_f.start(u"approval_rules_api"_s,
                      {{u"buyer"_s, u"purchaser"_s},
                       {u"manager1"_s, u"manager"_s},
                       {u"manager2"_s, u"manager"_s}}));
    m_warehouse = sql(u"SELECT id FROM warehouses WHERE tenant_id = ?"_s, {m_f.acme.id}).toLongLong();
    m_supplier = sql(u"INSERT INTO suppliers (tenant_id, code, name, currency) VALUES (?, 'S', 'Supplier', 'EUR') "
                     "RETURNING id"_s,
                     {m_f.acme.id})
                     .toLongLong();
    m_product = sql(u"INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, standard_cost) "
                    "SELECT ?, 'P', 'Product', category_id, id, 1 FROM units WHERE tenant_id = ? AND symbol = 'pc' "
                    "RETURNING id"_s,
                    {m_f.acme.id, m_f.acme.id})
                    .toLongLong();
    QVERIFY(m_warehouse > 0 && m_supplier > 0 && m_product > 0);
}

std::unique_ptr<TlsTestClient> TestApprovalRulesApi::as(const QString &who)
{
    return m_f.as(who);
}

QVariant TestApprovalRulesApi::sql(const QString &statement, const QVariantList &values)
{
    return m_f.sql(statement, values);
}

int TestApprovalRulesApi::bandCount()
{
    return sql(u"SELECT count(*) FROM approval_rules WHERE tenant_id = ?"_s, {m_f.acme.id}).toInt();
}

// The acme band starting at `from`, as the API shows it (with its version).
QJsonObject TestApprovalRulesApi::bandFrom(const QString &from)
{
    const auto list = as(u"admin"_s)->get("/api/v1/approval-rules");
    for (const auto &v : list.json().value(u"items"_s).toArray())
        if (v.toObject().value(u"from_amount"_s).toString() == from)
            return v.toObject();
    return {};
}

TlsTestClient::Response TestApprovalRulesApi::patch(TlsTestClient &c, qint64 id, const QJsonObject &body,
                                                    const QByteArray &ifMatch)
{
    TlsTestClient::Headers h {{"Content-Type", "application/json"}};
    if (!ifMatch.isEmpty())
        h.append({"If-Match", ifMatch});
    return c.request("PATCH", "/api/v1/approval-rules/" + QByteArray::number(id), h,
                     QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TlsTestClient::Response TestApprovalRulesApi::patchBand(const QString &from, const QJsonObject &body)
{
    const QJsonObject band = bandFrom(from);
    return patch(*as(u"admin"_s), band.value(u"id"_s).toInteger(), body,
                 '"' + QByteArray::number(band.value(u"version"_s).toInt()) + '"');
}

// An order of `total` EUR (one line, no tax) created and submitted by the buyer.
qint64 TestApprovalRulesApi::submittedOrder(const QString &total)
{
    auto buyer = as(u"buyer"_s);
    const auto created = buyer->postJson(
        "/api/v1/purchase-orders",
        {{u"supplier_id"_s, m_supplier},
         {u"warehouse_id"_s, m_warehouse},
         {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, m_product},
                                               {u"quantity"_s, u"1"_s},
                                               {u"unit_price"_s, total},
                                               {u"tax_rate"_s, u"0"_s}}}}});
    if (created.status != 201) {
        qWarning() << created.body;
        return 0;
    }
    const qint64 id = created.json().value(u"id"_s).toInteger();
    const auto submitted = buyer->postJson("/api/v1/purchase-orders/" + QByteArray::number(id) + "/submit", {});
    if (submitted.status != 200) {
        qWarning() << submitted.body;
        return 0;
    }
    return id;
}

TlsTestClient::Response TestApprovalRulesApi::approve(const QString &who, qint64 order)
{
    return as(who)->postJson("/api/v1/purchase-orders/" + QByteArray::number(order) + "/approve", {});
}

void TestApprovalRulesApi::newOrganisationStartsWithProcurementMdBands()
{
    const auto r = as(u"admin"_s)->get("/api/v1/approval-rules");
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 3);
    // Below 1,000 none; 1,000 to 10,000 one; 10,000 and above two, one an admin.
    const QJsonObject low = items.at(0).toObject(), mid = items.at(1).toObject(), high = items.at(2).toObject();
    QCOMPARE(low.value(u"from_amount"_s).toString(), u"0.00"_s);
    QCOMPARE(low.value(u"to_amount"_s).toString(), u"1000.00"_s);
    QCOMPARE(low.value(u"approvers_needed"_s).toInt(), 0);
    QCOMPARE(mid.value(u"from_amount"_s).toString(), u"1000.00"_s);
    QCOMPARE(mid.value(u"to_amount"_s).toString(), u"10000.00"_s);
    QCOMPARE(mid.value(u"approvers_needed"_s).toInt(), 1);
    QCOMPARE(mid.value(u"permission"_s).toString(), u"purchasing.approve"_s);
    QVERIFY(high.value(u"to_amount"_s).isNull());
    QCOMPARE(high.value(u"approvers_needed"_s).toInt(), 2);
    QCOMPARE(high.value(u"role_name"_s).toString(), u"admin"_s);
    QCOMPARE(high.value(u"role_approvers_needed"_s).toInt(), 1);
    // One band read by id, with its version as ETag.
    const auto one = as(u"admin"_s)->get("/api/v1/approval-rules/" + QByteArray::number(mid.value(u"id"_s).toInteger()));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.header("ETag"), '"' + QByteArray::number(mid.value(u"version"_s).toInt()) + '"');
    // The other organisation has bands of its own, none of acme's.
    const auto other = as(u"other"_s)->get("/api/v1/approval-rules");
    QCOMPARE(other.json().value(u"items"_s).toArray().size(), 3);
    for (const auto &v : other.json().value(u"items"_s).toArray())
        for (const auto &mine : items)
            QVERIFY(v.toObject().value(u"id"_s) != mine.toObject().value(u"id"_s));
}

void TestApprovalRulesApi::onlySettingsManageReadsOrChanges()
{
    const qint64 id = bandFrom(u"1000.00"_s).value(u"id"_s).toInteger();
    for (const QString who : {u"manager1"_s, u"buyer"_s}) {
        auto c = as(who);
        QCOMPARE(c->get("/api/v1/approval-rules").status, 403);
        QCOMPARE(c->postJson("/api/v1/approval-rules", {{u"from_amount"_s, u"50000"_s}, {u"approvers_needed"_s, 1}})
                     .status,
                 403);
        QCOMPARE(patch(*c, id, {{u"approvers_needed"_s, 5}}, "\"1\"").status, 403);
        QCOMPARE(c->request("DELETE", "/api/v1/approval-rules/" + QByteArray::number(id), {{"If-Match", "\"1\""}})
                     .status,
                 403);
    }
    QCOMPARE(bandFrom(u"1000.00"_s).value(u"approvers_needed"_s).toInt(), 1);
    QCOMPARE(bandCount(), 3);
}

void TestApprovalRulesApi::overlappingBandIsRefusedNamingTheField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("starts inside 1,000 to 10,000")
        << QJsonObject {{u"from_amount"_s, u"5000"_s}, {u"to_amount"_s, u"6000"_s}, {u"approvers_needed"_s, 1}}
        << u"from_amount"_s;
    QTest::newRow("starts at an existing band's start")
        << QJsonObject {{u"from_amount"_s, u"1000"_s}, {u"to_amount"_s, u"2000"_s}, {u"approvers_needed"_s, 1}}
        << u"from_amount"_s;
    QTest::newRow("unbounded from 20,000 (inside the top band)")
        << QJsonObject {{u"from_amount"_s, u"20000"_s}, {u"approvers_needed"_s, 3}} << u"from_amount"_s;
}

void TestApprovalRulesApi::overlappingBandIsRefusedNamingTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const auto r = as(u"admin"_s)->postJson("/api/v1/approval-rules", body);
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"field"_s).toString(), field);
    QCOMPARE(error.value(u"code"_s).toString(), u"overlaps"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"Overlaps the band from"_s), r.body.constData());
    QCOMPARE(bandCount(), 3);
}

void TestApprovalRulesApi::inconsistentBandsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    // A patch of the 1,000 to 10,000 band.
    QTest::newRow("ends below its start") << QJsonObject {{u"to_amount"_s, u"500"_s}} << u"to_amount"_s
                                          << u"must_exceed_from"_s;
    QTest::newRow("grows into the next band")
        << QJsonObject {{u"to_amount"_s, u"15000"_s}} << u"to_amount"_s << u"overlaps"_s;
    QTest::newRow("becomes unbounded") << QJsonObject {{u"to_amount"_s, QJsonValue::Null}} << u"to_amount"_s
                                       << u"overlaps"_s;
    QTest::newRow("more role approvers than approvers")
        << QJsonObject {{u"role_id"_s, -1}, {u"role_approvers_needed"_s, 2}} << u"role_approvers_needed"_s
        << u"too_many"_s;
    QTest::newRow("role count without a role")
        << QJsonObject {{u"role_approvers_needed"_s, 1}} << u"role_id"_s << u"required"_s;
    QTest::newRow("too many approvers") << QJsonObject {{u"approvers_needed"_s, 11}} << u"approvers_needed"_s
                                        << QString();
    QTest::newRow("unknown permission") << QJsonObject {{u"permission"_s, u"purchasing.everything"_s}}
                                        << u"permission"_s << QString();
    QTest::newRow("negative start") << QJsonObject {{u"from_amount"_s, u"-1"_s}} << u"from_amount"_s << QString();
    QTest::newRow("three decimals") << QJsonObject {{u"from_amount"_s, u"1000.001"_s}} << u"from_amount"_s
                                    << QString();
}

void TestApprovalRulesApi::inconsistentBandsAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    if (body.value(u"role_id"_s).toInteger() == -1) // the admin role of acme
        body.insert(u"role_id"_s,
                    sql(u"SELECT id FROM roles WHERE tenant_id = ? AND name = 'admin'"_s, {m_f.acme.id}).toLongLong());
    const QJsonObject before = bandFrom(u"1000.00"_s);
    const auto r = patchBand(u"1000.00"_s, body);
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"field"_s).toString(), field);
    if (!code.isEmpty())
        QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(bandFrom(u"1000.00"_s), before); // nothing changed, not even the version
}

void TestApprovalRulesApi::hostileAndMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("NUL in the permission")
        << QByteArray(R"({"from_amount":"90000","approvers_needed":1,"permission":"purchasing.approve\u0000"})") << 422;
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"from_amount":"90000","approvers_needed":1,"permission":"\ud800"})") << 400;
    QTest::newRow("unknown field") << QByteArray(R"({"from_amount":"90000","approvers_needed":1,"band":"x"})") << 400;
    QTest::newRow("server-owned field")
        << QByteArray(R"({"from_amount":"90000","approvers_needed":1,"tenant_id":2})") << 400;
    QTest::newRow("amount as text") << QByteArray(R"({"from_amount":"ninety","approvers_needed":1})") << 422;
    QTest::newRow("count as text") << QByteArray(R"({"from_amount":"90000","approvers_needed":"one"})") << 422;
    QTest::newRow("missing count") << QByteArray(R"({"from_amount":"90000"})") << 422;
    QTest::newRow("not JSON") << QByteArray(R"({"from_amount":)") << 400;
    QTest::newRow("huge amount") << QByteArray(R"({"from_amount":"99999999999999999","approvers_needed":1})") << 422;
}

void TestApprovalRulesApi::hostileAndMalformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto r = as(u"admin"_s)->post("/api/v1/approval-rules", body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(bandCount(), 3);
    // The server is still up and the bands as they were.
    QCOMPARE(as(u"admin"_s)->get("/api/v1/approval-rules").status, 200);
}

void TestApprovalRulesApi::changeNeedsTheCurrentVersion()
{
    const QJsonObject band = bandFrom(u"1000.00"_s);
    const qint64 id = band.value(u"id"_s).toInteger();
    const int version = band.value(u"version"_s).toInt();
    auto admin = as(u"admin"_s);
    QCOMPARE(patch(*admin, id, {{u"approvers_needed"_s, 2}}, {}).status, 428);
    QCOMPARE(patch(*admin, id, {{u"approvers_needed"_s, 2}}, '"' + QByteArray::number(version + 7) + '"').status, 412);
    QCOMPARE(admin->request("DELETE", "/api/v1/approval-rules/" + QByteArray::number(id)).status, 428);
    QCOMPARE(bandFrom(u"1000.00"_s).value(u"approvers_needed"_s).toInt(), 1);
    // Unknown and the other organisation's ids are 404.
    QCOMPARE(patch(*admin, 999999, {{u"approvers_needed"_s, 2}}, "\"1\"").status, 404);
    const qint64 foreign = sql(u"SELECT min(id) FROM approval_rules WHERE tenant_id = ?"_s, {m_f.other.id}).toLongLong();
    QCOMPARE(patch(*admin, foreign, {{u"approvers_needed"_s, 2}}, "\"1\"").status, 404);
    QCOMPARE(sql(u"SELECT version FROM approval_rules WHERE id = ?"_s, {foreign}).toInt(), 1);
}

void TestApprovalRulesApi::simultaneousOverlappingBandsGiveOneBand()
{
    // Make room: the top band starts at 50,000 instead of 10,000.
    QCOMPARE(patchBand(u"10000.00"_s, {{u"from_amount"_s, u"50000"_s}}).status, 200);
    // Six admins' requests for overlapping bands in the gap, all at once:
    // every one passes the check before writing, the database lets one in.
    const int n = 6;
    std::vector<std::unique_ptr<TlsTestClient>> clients;
    QList<TlsTestClient *> raw;
    for (int i = 0; i < n; ++i) {
        clients.push_back(as(u"admin"_s));
        raw << clients.back().get();
    }
    const auto responses = erp::test::simultaneously(raw, [](TlsTestClient &c, int i) {
        return c.postJson("/api/v1/approval-rules", {{u"from_amount"_s, QString::number(10000 + i * 1000)},
                                                     {u"to_amount"_s, u"50000"_s},
                                                     {u"approvers_needed"_s, 1}});
    });
    int created = 0;
    for (const auto &r : responses) {
        QVERIFY2(r.status == 201 || r.status == 422, r.body.constData());
        if (r.status == 201)
            ++created;
        else
            QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
                     u"overlaps"_s);
    }
    QCOMPARE(created, 1);
    QCOMPARE(bandCount(), 4);
    // Put the bands back as PROCUREMENT.md has them.
    const auto list = as(u"admin"_s)->get("/api/v1/approval-rules").json().value(u"items"_s).toArray();
    const QJsonObject added = list.at(2).toObject();
    QVERIFY(added.value(u"to_amount"_s).toString() == u"50000.00"_s);
    QCOMPARE(as(u"admin"_s)
                 ->request("DELETE", "/api/v1/approval-rules/" + QByteArray::number(added.value(u"id"_s).toInteger()),
                           {{"If-Match", '"' + QByteArray::number(added.value(u"version"_s).toInt()) + '"'}})
                 .status,
             204);
    QCOMPARE(patchBand(u"50000.00"_s, {{u"from_amount"_s, u"10000"_s}}).status, 200);
    QCOMPARE(bandCount(), 3);
}

void TestApprovalRulesApi::changedBandChangesWhoMayApprove()
{
    // Submitted under the provisioned band: one approver with purchasing.approve.
    const qint64 before = submittedOrder(u"1200"_s);
    QVERIFY(before > 0);

    // Only holders of settings.manage (the admin) approve 1,000 to 10,000 now.
    const auto changed = patchBand(u"1000.00"_s, {{u"permission"_s, u"settings.manage"_s}});
    QVERIFY2(changed.status == 200, changed.body.constData());
    QCOMPARE(changed.json().value(u"permission"_s).toString(), u"settings.manage"_s);
    const qint64 after = submittedOrder(u"1300"_s);
    QVERIFY(after > 0);
    const auto refused = approve(u"manager1"_s, after);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(u"code"_s).toString(), u"not_an_approver"_s);
    const auto byAdmin = approve(u"admin"_s, after);
    QVERIFY2(byAdmin.status == 200, byAdmin.body.constData());
    QCOMPARE(byAdmin.json().value(u"state"_s).toString(), u"approved"_s);
    // The order submitted before the change keeps the band it was submitted under.
    const auto earlier = approve(u"manager1"_s, before);
    QVERIFY2(earlier.status == 200, earlier.body.constData());
    QCOMPARE(earlier.json().value(u"state"_s).toString(), u"approved"_s);

    // Two distinct approvers with purchasing.approve.
    QCOMPARE(patchBand(u"1000.00"_s, {{u"permission"_s, u"purchasing.approve"_s}, {u"approvers_needed"_s, 2}}).status,
             200);
    const qint64 twice = submittedOrder(u"1400"_s);
    QVERIFY(twice > 0);
    const auto first = approve(u"manager1"_s, twice);
    QVERIFY2(first.status == 200, first.body.constData());
    QCOMPARE(first.json().value(u"state"_s).toString(), u"submitted"_s);
    QCOMPARE(first.json().value(u"approvals_needed"_s).toInt(), 2);
    QCOMPARE(approve(u"manager1"_s, twice).status, 409); // one person counts once
    const auto second = approve(u"manager2"_s, twice);
    QVERIFY2(second.status == 200, second.body.constData());
    QCOMPARE(second.json().value(u"state"_s).toString(), u"approved"_s);

    // No approver at all: submit approves at once.
    QCOMPARE(patchBand(u"1000.00"_s, {{u"approvers_needed"_s, 0}}).status, 200);
    const qint64 byRule = submittedOrder(u"1500"_s);
    QVERIFY(byRule > 0);
    QCOMPARE(sql(u"SELECT state FROM purchase_orders WHERE id = ?"_s, {byRule}).toString(), u"approved"_s);
    QCOMPARE(patchBand(u"1000.00"_s, {{u"approvers_needed"_s, 1}}).status, 200);
}

void TestApprovalRulesApi::deletedBandLeavesAGapNoOrderCanBeSubmittedIn()
{
    const QJsonObject band = bandFrom(u"1000.00"_s);
    auto admin = as(u"admin"_s);
    const QByteArray path = "/api/v1/approval-rules/" + QByteArray::number(band.value(u"id"_s).toInteger());
    QCOMPARE(admin->request("DELETE", path, {{"If-Match", "\"999\""}}).status, 412);
    QCOMPARE(admin->request("DELETE", path, {{"If-Match", '"' + QByteArray::number(band.value(u"version"_s).toInt()) + '"'}})
                 .status,
             204);
    QCOMPARE(admin->get(path).status, 404);
    QCOMPARE(bandCount(), 2);
    // The audit log has the band as it was.
    QCOMPARE(sql(u"SELECT before->>'approvers_needed' FROM audit_log WHERE tenant_id = ? AND entity = "
                 "'approval_rule' AND action = 'delete' AND entity_id = ?"_s,
                 {m_f.acme.id, band.value(u"id"_s).toInteger()})
                 .toInt(),
             band.value(u"approvers_needed"_s).toInt());
    // 2,000 EUR falls in the gap: the order cannot be submitted, and says why.
    auto buyer = as(u"buyer"_s);
    const auto created = buyer->postJson(
        "/api/v1/purchase-orders",
        {{u"supplier_id"_s, m_supplier},
         {u"warehouse_id"_s, m_warehouse},
         {u"lines"_s, QJsonArray {QJsonObject {
                          {u"product_id"_s, m_product}, {u"quantity"_s, u"1"_s}, {u"unit_price"_s, u"2000"_s}}}}});
    QCOMPARE(created.status, 201);
    const auto submit = buyer->postJson(
        "/api/v1/purchase-orders/" + QByteArray::number(created.json().value(u"id"_s).toInteger()) + "/submit", {});
    QCOMPARE(submit.status, 409);
    QCOMPARE(submit.json().value(u"code"_s).toString(), u"no_approval_band"_s);
    // Filling the gap again makes it submittable.
    const auto refill = admin->postJson(
        "/api/v1/approval-rules",
        {{u"from_amount"_s, u"1000"_s}, {u"to_amount"_s, u"10000"_s}, {u"approvers_needed"_s, 1}});
    QVERIFY2(refill.status == 201, refill.body.constData());
    QVERIFY(refill.hasHeader("Location"));
    const auto again = buyer->postJson(
        "/api/v1/purchase-orders/" + QByteArray::number(created.json().value(u"id"_s).toInteger()) + "/submit", {});
    QVERIFY2(again.status == 200, again.body.constData());
    QCOMPARE(again.json().value(u"state"_s).toString(), u"submitted"_s);
}

QTEST_GUILESS_MAIN(TestApprovalRulesApi)
#include "tst_approvalrulesapi.moc"
