// My sessions and the audit log against the real server: this device is
// marked, another device's session is revoked (and that device must sign in
// again), revoking this device signs out; a sales rep sees only their own
// sessions. The audit log filters by record kind, user and date range, and
// the detail pane shows before/after values with the changes highlighted.
#include "client/core/PagedListModel.h"
#include "client/ui/admin/AuditDetailView.h"
#include "client/ui/admin/AuditLogPage.h"
#include "client/ui/admin/SessionsPage.h"
#include "client/ui/LanguageManager.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QTableView>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestAdminPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionsMarkThisDeviceAndRevokeAnother();
    void revokingThisDeviceSignsOut();
    void salesRepSeesOnlyOwnSessions();
    void auditLogFiltersAndShowsChanges();
    void auditLogNamesRecordsFieldsAndActionsInWords();
    void sessionsShowAReadableDevice_data();
    void sessionsShowAReadableDevice();

private:
    void confirm(QMessageBox *box);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
};

void TestAdminPages::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_adminpages"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"traveller@acme.test"_s, {u"manager"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestAdminPages::confirm(QMessageBox *box)
{
    QVERIFY(box && box->isVisible());
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
}

void TestAdminPages::sessionsMarkThisDeviceAndRevokeAnother()
{
    erp::test::SignedInClient laptop;
    erp::test::SignedInClient phone;
    QVERIFY(laptop.signIn(*m_server, m_acme.slug, u"traveller@acme.test"_s, TestServer::userPassword()));
    QVERIFY(phone.signIn(*m_server, m_acme.slug, u"traveller@acme.test"_s, TestServer::userPassword()));

    SessionsPage page(laptop.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.title(), u"My Sessions"_s);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QCOMPARE(page.model()->rowCount(), 2);
    // Without sessions.manage there is no user column: they are all mine.
    QCOMPARE(page.model()->columnForKey(u"user_email"_s), -1);
    const int device = page.model()->columnForKey(u"user_agent"_s);
    int mine = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        const QModelIndex index = page.model()->index(r, device);
        if (index.data().toString().endsWith(u"(this device)"_s)) {
            QVERIFY(mine < 0);
            mine = r;
            QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        }
    }
    QVERIFY(mine >= 0);
    QCOMPARE(page.model()->idAt(mine), page.thisSessionId());

    // Revoke the other one.
    const int other = mine == 0 ? 1 : 0;
    page.view()->selectRow(other);
    QVERIFY(page.revokeAction()->isEnabled());
    page.revokeAction()->trigger();
    QCOMPARE(page.lastMessage()->objectName(), u"revokePrompt"_s);
    QVERIFY(page.lastMessage()->informativeText().contains(u"That device"_s));
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    confirm(page.lastMessage());
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 15000);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), page.thisSessionId());

    // The revoked device is asked to sign in again on its next request.
    QSignalSpy loginRequired(phone.api.get(), &ApiClient::loginRequired);
    ApiReply *kept = phone.api->get(u"/sessions"_s);
    QSignalSpy keptFinished(kept, &ApiReply::finished);
    QVERIFY(loginRequired.wait(15000));
    phone.api->abandonRequestsAwaitingSignIn();
    QVERIFY(keptFinished.count() == 1 || keptFinished.wait(5000));

    // The ended session is listed under "Ended sessions" with its reason.
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(u"false"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QCOMPARE(page.model()->rowCount(), 1);
    const QString status = page.model()->index(0, page.model()->columnForKey(u"is_active"_s)).data().toString();
    QVERIFY2(status.contains(u"revoked"_s), qPrintable(status));
    page.view()->selectRow(0);
    QVERIFY(!page.revokeAction()->isEnabled());
}

void TestAdminPages::revokingThisDeviceSignsOut()
{
    erp::test::SignedInClient client;
    QVERIFY(client.signIn(*m_server, m_acme.slug, u"traveller@acme.test"_s, TestServer::userPassword()));
    SessionsPage page(client.api.get());
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(page.selectId(page.thisSessionId()));
    page.revokeAction()->trigger();
    QVERIFY(page.lastMessage()->text().contains(u"this device"_s));
    QSignalSpy signedOut(client.api.get(), &ApiClient::signedOut);
    confirm(page.lastMessage());
    QVERIFY(signedOut.wait(15000));
    QVERIFY(!client.api->session()->isSignedIn());
}

void TestAdminPages::salesRepSeesOnlyOwnSessions()
{
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    SessionsPage repPage(rep.api.get());
    repPage.activate();
    QTRY_VERIFY_WITH_TIMEOUT(repPage.model()->state() == PagedListModel::State::Ready, 15000);
    QCOMPARE(repPage.model()->rowCount(), 1);

    // The administrator (sessions.manage) sees everyone's, with a user column.
    SessionsPage adminPage(m_admin.api.get());
    QCOMPARE(adminPage.title(), u"Sessions"_s);
    adminPage.activate();
    QTRY_VERIFY_WITH_TIMEOUT(adminPage.model()->state() == PagedListModel::State::Ready, 15000);
    const int user = adminPage.model()->columnForKey(u"user_email"_s);
    QVERIFY(user >= 0);
    QStringList users;
    for (int r = 0; r < adminPage.model()->rowCount(); ++r)
        users << adminPage.model()->index(r, user).data().toString();
    QVERIFY(users.contains(u"rep@acme.test"_s));
    QVERIFY(users.contains(m_acme.adminEmail));
}

void TestAdminPages::auditLogFiltersAndShowsChanges()
{
    // Something to audit: a role renamed by the administrator.
    auto created = erp::test::waitFor(
        m_admin.api->create(u"/roles"_s, {{u"name"_s, u"Before"_s}, {u"permissions"_s, QJsonArray {u"crm.view"_s}}}));
    QVERIFY(created->isSuccess());
    const qint64 roleId = qint64(created->json().value(u"id"_s).toDouble());
    auto renamed = erp::test::waitFor(
        m_admin.api->patch(u"/roles/%1"_s.arg(roleId), {{u"name"_s, u"After"_s}}, created->etag()));
    QVERIFY(renamed->isSuccess());

    AuditLogPage page(m_admin.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 600);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(page.model()->rowCount() > 2);
    QVERIFY(page.overlayText().isEmpty());

    // Only roles.
    page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(u"role"_s));
    QCOMPARE(page.model()->filters().value(u"entity"_s), u"role"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 2,
                             15000);
    // Newest first: the rename.
    const QJsonObject update = page.model()->itemAt(0);
    QCOMPARE(update.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(page.model()->index(0, page.model()->columnForKey(u"action"_s)).data().toString(), u"Changed"_s);
    // The record by its name as it was then; the role was called "After".
    QCOMPARE(page.model()->index(0, page.model()->columnForKey(u"entity"_s)).data().toString(),
             u"Role “After”"_s);
    QCOMPARE(page.model()->itemAt(0).value(u"entity_id"_s).toInteger(), roleId);

    // The detail pane: the changed field first and highlighted, readable values.
    page.view()->selectRow(0);
    QTreeWidget *changes = page.detail()->changes();
    QVERIFY(changes->isVisible());
    QTreeWidgetItem *first = changes->topLevelItem(0);
    QVERIFY(first);
    QCOMPARE(first->text(0), u"Name"_s);
    QCOMPARE(first->text(1), u"Before"_s);
    QCOMPARE(first->text(2), u"After"_s);
    QVERIFY(first->font(0).bold());
    bool permissionsShown = false;
    for (int i = 1; i < changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = changes->topLevelItem(i);
        QVERIFY2(!item->font(0).bold() || item->text(0) == u"Version"_s || item->text(0) == u"Last changed"_s,
                 qPrintable(item->text(0)));
        if (item->text(0) == u"Permissions"_s) {
            permissionsShown = true;
            QCOMPARE(item->text(1), u"crm.view"_s); // a list reads as a list, not JSON
        }
    }
    QVERIFY(permissionsShown);

    // By user: the administrator did both; the sales rep nothing.
    QComboBox *user = page.userFilter();
    QTRY_VERIFY_WITH_TIMEOUT(user->findText(u"rep@acme.test"_s) >= 0, 15000);
    user->setCurrentIndex(user->findText(u"rep@acme.test"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Empty, 15000);
    QCOMPARE(page.overlayText(), u"No entries match the filters."_s);
    user->setCurrentIndex(user->findText(m_acme.adminEmail));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 2,
                             15000);

    // Date range: from tomorrow there is nothing; up to today everything.
    page.fromDate()->setDate(QDate::currentDate().addDays(1));
    page.fromCheck()->setChecked(true);
    QVERIFY(page.model()->filters().contains(u"occurred_at_from"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Empty, 15000);
    page.fromCheck()->setChecked(false);
    page.toDate()->setDate(QDate::currentDate());
    page.toCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 2,
                             15000);
}

void TestAdminPages::auditLogNamesRecordsFieldsAndActionsInWords()
{
    // The sales rep is called Sam Sales and signs in: a session to name.
    const qint64 repId = [&] {
        QUrlQuery search;
        search.addQueryItem(u"q"_s, u"rep@acme.test"_s);
        auto users = erp::test::waitFor(m_admin.api->get(u"/users"_s, search));
        for (const QJsonValue &u : users->json().value(u"items"_s).toArray())
            if (u.toObject().value(u"email"_s).toString() == u"rep@acme.test"_s)
                return u.toObject().value(u"id"_s).toInteger();
        return qint64(0);
    }();
    QVERIFY(repId > 0);
    auto user = erp::test::waitFor(m_admin.api->get(u"/users/%1"_s.arg(repId)));
    QVERIFY(erp::test::waitFor(m_admin.api->patch(u"/users/%1"_s.arg(repId), {{u"display_name"_s, u"Sam Sales"_s}},
                                                  user->etag()))
                ->isSuccess());
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));

    // A lead converted into an account and a contact.
    const QString longTitle = u"Website relaunch for the whole Nordwin group, including every subsidiary shop"_s;
    auto lead = erp::test::waitFor(m_admin.api->create(u"/leads"_s, {{u"title"_s, longTitle},
                                                                     {u"company"_s, u"Nordwin GmbH"_s},
                                                                     {u"contact_name"_s, u"Nora North"_s},
                                                                     {u"currency"_s, u"EUR"_s}}));
    QVERIFY2(lead->isSuccess(), qPrintable(lead->error().debugString()));
    const qint64 leadId = lead->json().value(u"id"_s).toInteger();
    QVERIFY(erp::test::waitFor(m_admin.api->post(u"/leads/%1/convert"_s.arg(leadId)))->isSuccess());

    AuditLogPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);

    // Every audited kind of record can be chosen, CRM and procurement included.
    for (const QString &entity : {u"lead"_s, u"contact"_s, u"account"_s, u"activity"_s, u"pipeline_stage"_s,
                                  u"purchase_order"_s, u"supplier"_s, u"product"_s, u"warehouse"_s, u"user"_s,
                                  u"role"_s, u"session"_s})
        QVERIFY2(page.entityFilter()->findData(entity) >= 0, qPrintable(entity));
    QCOMPARE(page.entityFilter()->itemText(page.entityFilter()->findData(u"lead"_s)), u"Lead"_s);

    const int record = page.model()->columnForKey(u"entity"_s);
    const int action = page.model()->columnForKey(u"action"_s);
    page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(u"lead"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 2,
                             15000);
    // Newest first: the conversion, named by the lead's title, whole in the tooltip.
    QCOMPARE(page.model()->index(0, record).data().toString(), u"Lead “%1”"_s.arg(longTitle));
    QCOMPARE(page.model()->index(0, record).data(Qt::ToolTipRole).toString(), u"Lead “%1”"_s.arg(longTitle));
    QCOMPARE(page.model()->index(0, action).data().toString(), u"Converted"_s);
    QCOMPARE(page.model()->index(1, action).data().toString(), u"Created"_s);
    page.view()->selectRow(0);
    QTreeWidget *changes = page.detail()->changes();
    QTreeWidgetItem *converted = nullptr;
    for (int i = 0; i < changes->topLevelItemCount(); ++i)
        if (changes->topLevelItem(i)->text(0) == u"Converted to account"_s)
            converted = changes->topLevelItem(i);
    QVERIFY(converted);
    QVERIFY(converted->font(0).bold()); // it changed
    QCOMPARE(converted->toolTip(0), u"converted_account_id"_s);
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = changes->topLevelItem(i);
        QVERIFY2(!item->text(0).contains(u'_'), qPrintable(item->text(0)));
        // Values whole: the tooltip repeats what a narrow column may wrap.
        QCOMPARE(item->toolTip(2), item->text(2));
    }

    // The contact the conversion made, by its name.
    page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(u"contact"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() >= 1,
                             15000);
    QCOMPARE(page.model()->index(0, record).data().toString(), u"Contact “Nora North”"_s);

    // Sessions by whose they are.
    page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(u"session"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QStringList sessions;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        sessions << page.model()->index(r, record).data().toString();
    QVERIFY2(sessions.contains(u"Session of Sam Sales"_s), qPrintable(sessions.join(u" | "_s)));

    // German: the same entry in German words.
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(u"lead"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 2,
                             15000);
    QCOMPARE(page.model()->index(0, action).data().toString(), u"Umgewandelt"_s);
    page.view()->selectRow(0);
    QVERIFY(!erp::test::saveScreenshot(&page, u"auditlog-names-de.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    page.view()->selectRow(0);
    QVERIFY(!erp::test::saveScreenshot(&page, u"auditlog-names-en.png"_s).isEmpty());

    // Records without a name of their own are named by what identifies
    // them: an exchange rate by currency and day, not "Exchange rate 1".
    QVERIFY(erp::test::waitFor(m_admin.api->create(u"/exchange-rates"_s, {{u"currency"_s, u"USD"_s},
                                                                          {u"rate"_s, u"1.0850"_s},
                                                                          {u"valid_on"_s, u"2026-11-02"_s}}))
                ->isSuccess());
    QUrlQuery rates;
    rates.addQueryItem(u"entity"_s, u"exchange_rate"_s);
    const QJsonArray rateEntries
        = erp::test::waitFor(m_admin.api->get(u"/audit-log"_s, rates))->json().value(u"items"_s).toArray();
    QCOMPARE(rateEntries.size(), 1);
    QCOMPARE(AuditDetailView::recordText(rateEntries.first().toObject()),
             u"Exchange rate USD from 11/2/2026"_s);
}

void TestAdminPages::sessionsShowAReadableDevice_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("shown");
    QTest::newRow("this client") << u"erp-client/0.1.0 (Debian GNU/Linux 12 (bookworm))"_s
                                 << u"ERP client 0.1.0 on Debian GNU/Linux 12 (bookworm)"_s;
    QTest::newRow("curl") << u"curl/7.88.1"_s << u"Command-line tool (curl/7.88.1)"_s;
    QTest::newRow("browser") << u"Mozilla/5.0 (X11; Linux x86_64)"_s << u"Web browser"_s;
}

void TestAdminPages::sessionsShowAReadableDevice()
{
    QFETCH(QString, userAgent);
    QFETCH(QString, shown);
    // A session started with that user agent, listed by the real server.
    erp::test::SignedInClient device;
    QVERIFY(device.signIn(*m_server, m_acme.slug, u"traveller@acme.test"_s, TestServer::userPassword(),
                          userAgent.toUtf8()));
    SessionsPage page(device.api.get());
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    const int row = page.model()->rowOfId(page.thisSessionId());
    QVERIFY(row >= 0);
    const QModelIndex index = page.model()->index(row, page.model()->columnForKey(u"user_agent"_s));
    QCOMPARE(index.data().toString(), u"%1 (this device)"_s.arg(shown));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), userAgent); // what was sent, for the curious
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
