// The CSV lead import with the largest uploads the body limit allows, over
// real TLS against a real database: a header of tens of thousands of
// columns, a row of hundreds of thousands of separators and a file of
// thousands of bad rows are each answered with one bounded report (a capped
// list of errors and the count of the rest), in time linear in the upload.
// The time bounds are generous (tens of times what a loaded debug build
// needs); before the limits, the header case alone took minutes.
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestLeadImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerWithTooManyColumnsIsOneError();
    void rowWithTooManyValuesIsCountedNotKept();
    void manyBadRowsAreCappedWithACount();
    void dryRunAndImportAgree();
    void duplicateColumnsAreFoundAmongAllowedOnes();
    void dryRunDoesNotTellWhichEmailsAreUsers();

private:
    TlsTestClient::Response dryRun(const QByteArray &csv, qint64 *elapsedMs = nullptr);
    // Just under the server's body limit (the default 1 MiB).
    static constexpr int LargestBody = 1024 * 1024 - 1024;
    static constexpr int GenerousMs = 20'000;

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QByteArray m_token;
};

void TestLeadImportLimits::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"lead_import_limits"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    // Any sales representative may upload.
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    m_token = m_server->login(m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword());
    QVERIFY(!m_token.isEmpty());
}

TlsTestClient::Response TestLeadImportLimits::dryRun(const QByteArray &csv, qint64 *elapsedMs)
{
    auto c = m_server->client();
    c->setBearerToken(m_token);
    QElapsedTimer timer;
    timer.start();
    auto r = c->post("/api/v1/leads/import?dry_run=true", csv, {{"Content-Type", "text/csv"}});
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return r;
}

void TestLeadImportLimits::headerWithTooManyColumnsIsOneError()
{
    QByteArray csv;
    while (csv.size() + 6 < LargestBody)
        csv += "title,";
    csv += "title\n";
    const qsizetype columns = csv.count(',') + 1;
    QVERIFY(columns > 170'000);
    qint64 ms = 0;
    const auto r = dryRun(csv, &ms);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"valid"_s).toBool(), false);
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(u"code"_s).toString(), u"too_many_columns"_s);
    QVERIFY2(errors[0].toObject().value(u"message"_s).toString().contains(QString::number(columns)),
             qPrintable(errors[0].toObject().value(u"message"_s).toString()));
    QCOMPARE(r.json().value(u"error_count"_s).toInt(), 1);
    // One short answer, not megabytes of "appears twice".
    QVERIFY2(r.body.size() < 4096, qPrintable(QString::number(r.body.size())));
    QVERIFY2(ms < GenerousMs, qPrintable(QString::number(ms)));
}

void TestLeadImportLimits::rowWithTooManyValuesIsCountedNotKept()
{
    QByteArray csv = "title,currency\nFirst,EUR\n";
    csv += "Wide," + QByteArray(LargestBody - csv.size() - 10, ',') + "\nLast,EUR\n";
    const qsizetype values = csv.split('\n').at(2).count(',') + 1;
    qint64 ms = 0;
    const auto r = dryRun(csv, &ms);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"rows"_s).toInt(), 3);
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(u"line"_s).toInt(), 3);
    QCOMPARE(errors[0].toObject().value(u"code"_s).toString(), u"wrong_column_count"_s);
    QCOMPARE(errors[0].toObject().value(u"message"_s).toString(), u"Expected 2 values, found %1."_s.arg(values));
    QVERIFY2(ms < GenerousMs, qPrintable(QString::number(ms)));
}

void TestLeadImportLimits::manyBadRowsAreCappedWithACount()
{
    // 10,000 rows (the row limit), each with a bad currency and a bad
    // probability: 20,000 problems.
    QByteArray csv = "title,currency,probability\n";
    for (int i = 0; i < 10'000; ++i)
        csv += "Lead " + QByteArray::number(i) + ",EURO,200\n";
    QVERIFY(csv.size() < LargestBody);
    qint64 ms = 0;
    const auto r = dryRun(csv, &ms);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"rows"_s).toInt(), 10'000);
    QCOMPARE(r.json().value(u"error_count"_s).toInt(), 20'000);
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 200);
    QCOMPARE(r.json().value(u"errors_not_listed"_s).toInt(), 20'000 - 200);
    // The listed ones are the first ones, in file order.
    QCOMPARE(errors.first().toObject().value(u"line"_s).toInt(), 2);
    QCOMPARE(errors.last().toObject().value(u"line"_s).toInt(), 101);
    QVERIFY2(r.body.size() < 100'000, qPrintable(QString::number(r.body.size())));
    QVERIFY2(ms < GenerousMs, qPrintable(QString::number(ms)));
}

void TestLeadImportLimits::dryRunAndImportAgree()
{
    // The real import refuses the same file with the same capped list and
    // says how many problems are not listed.
    QByteArray csv = "title,currency\n";
    for (int i = 0; i < 500; ++i)
        csv += "Lead " + QByteArray::number(i) + ",EURO\n";
    auto c = m_server->client();
    c->setBearerToken(m_token);
    const auto r = c->post("/api/v1/leads/import", csv, {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"import_failed"_s);
    QCOMPARE(r.json().value(u"errors"_s).toArray().size(), 200);
    const QString detail = r.json().value(u"detail"_s).toString();
    QVERIFY2(detail.contains(u"500 problems"_s) && detail.contains(u"300 more"_s), qPrintable(detail));
}

void TestLeadImportLimits::duplicateColumnsAreFoundAmongAllowedOnes()
{
    // Within the column limit every problem of the header is still listed.
    const auto r = dryRun("title,currency,title,notes,notes,currency,shoe_size\nx,EUR,x,n,n,EUR,1\n");
    QCOMPARE(r.status, 200);
    QStringList got;
    for (const auto &e : r.json().value(u"errors"_s).toArray())
        got << e.toObject().value(u"code"_s).toString() + u':' + e.toObject().value(u"column"_s).toString();
    QCOMPARE(got,
             (QStringList {u"duplicate_column:title"_s, u"duplicate_column:notes"_s, u"duplicate_column:currency"_s,
                           u"unknown_column:shoe_size"_s}));
}

void TestLeadImportLimits::dryRunDoesNotTellWhichEmailsAreUsers()
{
    // A sales representative (no crm.view_all) gets one answer for another
    // active user's email and for an email nobody has.
    m_server->createUser(m_acme, u"colleague@acme.test"_s, {u"sales_rep"_s});
    const auto r = dryRun("title,currency,owner_email\n"
                          "A,EUR,colleague@acme.test\n"
                          "B,EUR,nobody.here@acme.test\n"
                          "C,EUR,rep@acme.test\n");
    QCOMPARE(r.status, 200);
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value(u"code"_s).toString(), errors[1].toObject().value(u"code"_s).toString());
    QCOMPARE(errors[0].toObject().value(u"message"_s).toString(), errors[1].toObject().value(u"message"_s).toString());
    QCOMPARE(errors[0].toObject().value(u"code"_s).toString(), u"owner_not_allowed"_s);

    // Whoever may import for anyone (crm.view_all) is told which email is unknown.
    auto admin = m_server->client();
    admin->setBearerToken(m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    const auto full
        = admin->post("/api/v1/leads/import?dry_run=true",
                      "title,currency,owner_email\nA,EUR,colleague@acme.test\nB,EUR,nobody.here@acme.test\n",
                      {{"Content-Type", "text/csv"}});
    const QJsonArray fullErrors = full.json().value(u"errors"_s).toArray();
    QCOMPARE(fullErrors.size(), 1);
    QCOMPARE(fullErrors[0].toObject().value(u"code"_s).toString(), u"unknown_user"_s);
    QCOMPARE(fullErrors[0].toObject().value(u"line"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestLeadImportLimits)
#include "tst_leadimportlimits.moc"
