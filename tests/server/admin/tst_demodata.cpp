// The quick start's demo organisation: one working login per built-in role,
// sample CRM data the sales rep sees, the same logins shown again on the next
// start, and the stored passwords readable by the owner only.
#include "server/admin/DemoData.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void demoOrganisationWorksAndIsStable();
};

void TestDemoData::demoOrganisationWorksAndIsStable()
{
    TestServer server(u"demo_data"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dataDir;
    const auto logins = erp::server::DemoData::ensure(dataDir.path());
    QCOMPARE(logins.organisation, u"demo"_s);
    QCOMPARE(logins.users.size(), 5);
    for (const auto &login : logins.users)
        QVERIFY2(!server.login(logins.organisation, login.email, login.password).isEmpty(), qPrintable(login.email));

    QString salesEmail;
    QString salesPassword;
    for (const auto &login : logins.users)
        if (login.role == u"sales_rep") {
            salesEmail = login.email;
            salesPassword = login.password;
        }
    auto c = server.client();
    c->setBearerToken(server.login(logins.organisation, salesEmail, salesPassword));
    QVERIFY(c->get("/api/v1/leads").json().value(u"items"_s).toArray().size() >= 5);
    QVERIFY(!c->get("/api/v1/activities/mine").json().value(u"items"_s).toArray().isEmpty());
    QCOMPARE(c->get("/api/v1/users").status, 403);

    const auto again = erp::server::DemoData::ensure(dataDir.path());
    QCOMPARE(again.users.size(), logins.users.size());
    for (int i = 0; i < logins.users.size(); ++i)
        QCOMPARE(again.users[i].password, logins.users[i].password);
    const QFileDevice::Permissions perms = QFile(dataDir.filePath(u"demo-logins.ini"_s)).permissions();
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
