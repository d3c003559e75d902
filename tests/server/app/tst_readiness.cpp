// Readiness follows the database: /readyz answers 503 while the database
// cannot be reached and recovers by itself when it comes back; API calls get
// a clear 503 meanwhile, never a 500, and the server stays up.
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void readinessFollowsTheDatabase();
};

static void setConnectionsAllowed(const QString &dbName, bool allowed)
{
    {
        QSqlDatabase su = TestDatabase::superuserConnection(u"postgres"_s, u"readiness"_s);
        QSqlQuery q(su);
        QVERIFY(q.exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(dbName, allowed ? u"true"_s : u"false"_s)));
        if (!allowed)
            QVERIFY(q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(dbName)));
    }
    QSqlDatabase::removeDatabase(u"readiness"_s);
}

void TestReadiness::readinessFollowsTheDatabase()
{
    TestServer server(u"readiness"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto acme = server.createTenant(u"acme"_s);
    const QByteArray token = server.login(acme.slug, acme.adminEmail, acme.adminPassword);
    auto c = server.client();
    c->setBearerToken(token);
    QCOMPARE(c->get("/readyz").status, 200);
    QCOMPARE(c->get("/api/v1/users").status, 200);

    const QString dbName = TestDatabase::databaseName(u"readiness"_s);
    setConnectionsAllowed(dbName, false);
    // Every worker's connection is gone; each request finds out and answers 503.
    for (int i = 0; i < 6; ++i) {
        const auto ready = c->get("/readyz");
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json().value(u"code"_s).toString(), u"database_unavailable"_s);
        const auto api = c->get("/api/v1/users");
        QCOMPARE(api.status, 503);
        QCOMPARE(api.json().value(u"code"_s).toString(), u"database_unavailable"_s);
        QVERIFY(!api.header("Retry-After").isEmpty());
    }
    QCOMPARE(c->get("/healthz").status, 200);

    setConnectionsAllowed(dbName, true);
    QCOMPARE(c->get("/readyz").status, 200);
    QCOMPARE(c->get("/api/v1/users").status, 200);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
