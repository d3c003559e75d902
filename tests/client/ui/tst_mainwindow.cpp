// The main window against the real server: navigation shows only what the
// user's permissions allow (admin, manager, sales rep), follows permission
// changes, keyboard shortcuts switch pages and act on the current page, the
// status bar names user, organisation and server, geometry is remembered,
// and signing out returns to the login dialog (ClientApplication).
#include "client/core/PagedListModel.h"
#include "client/ui/ClientApplication.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "client/ui/MainWindow.h"
#include "client/ui/SettingsDialog.h"
#include "client/ui/admin/UserForm.h"
#include "client/ui/admin/UsersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationFollowsPermissions_data();
    void navigationFollowsPermissions();
    void shortcutsSwitchPagesAndActOnThem();
    void statusBarNamesUserOrganisationAndServer();
    void helpMenuLeadsToTheApiReference();
    void windowGeometryIsRemembered();
    void permissionChangeRebuildsNavigation();
    void signOutReturnsToTheLoginDialog();
    void signOutNotConfirmedByTheServerIsReported();

private:
    qint64 roleId(const QString &name);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
};

void TestMainWindow::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_mainwindow"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"boss@acme.test"_s, {u"manager"_s});
    m_server->createUser(m_acme, u"changing@acme.test"_s, {u"manager"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

qint64 TestMainWindow::roleId(const QString &name)
{
    auto reply = erp::test::waitFor(m_admin.api->get(u"/roles"_s));
    for (const QJsonValue &r : reply->json().value(u"items"_s).toArray())
        if (r.toObject().value(u"name"_s).toString() == name)
            return qint64(r.toObject().value(u"id"_s).toDouble());
    return 0;
}

void TestMainWindow::navigationFollowsPermissions_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<bool>("canCreateUsers");
    // Everyone here has crm.view: the CRM module comes first.
    const QStringList crm {u"leads"_s, u"pipeline"_s, u"accounts"_s, u"contacts"_s, u"activities"_s};
    // purchasing.view: orders and suppliers, purchasing.approve: the approval
    // inbox; inventory.view: stock, its moves and the inventory master data;
    // settings.manage: the organisation's configuration.
    const QStringList approving {u"purchase-orders"_s, u"approval-inbox"_s, u"suppliers"_s};
    const QStringList stock {u"stock"_s, u"stock-moves"_s, u"products"_s, u"warehouses"_s, u"units"_s};
    const QStringList configuring {u"organisation"_s, u"exchange-rates"_s, u"approval-rules"_s};
    const QStringList allModules {u"CRM"_s, u"PURCHASING"_s, u"INVENTORY"_s, u"ADMINISTRATION"_s};
    QTest::newRow("admin") << u"admin@acme.test"_s
                           << crm + approving + stock + QStringList {u"users"_s, u"roles"_s, u"sessions"_s, u"audit"_s}
                                  + configuring
                           << allModules
                           << QStringList {u"Users"_s,        u"Roles"_s,          u"Sessions"_s,      u"Audit Log"_s,
                                           u"Organisation"_s, u"Exchange Rates"_s, u"Approval Rules"_s}
                           << true;
    QTest::newRow("manager") << u"boss@acme.test"_s
                             << crm + approving + stock
                                    + QStringList {u"users"_s, u"roles"_s, u"sessions"_s, u"audit"_s}
                             << allModules << QStringList {u"Users"_s, u"Roles"_s, u"My Sessions"_s, u"Audit Log"_s}
                             << false;
    QTest::newRow("sales rep") << u"rep@acme.test"_s << crm + stock + QStringList {u"sessions"_s}
                               << QStringList {u"CRM"_s, u"INVENTORY"_s, u"ADMINISTRATION"_s}
                               << QStringList {u"My Sessions"_s} << false;
}

void TestMainWindow::navigationFollowsPermissions()
{
    QFETCH(QString, email);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, modules);
    QFETCH(QStringList, titles);
    QFETCH(bool, canCreateUsers);
    erp::test::SignedInClient client;
    const QString password = email == m_acme.adminEmail ? m_acme.adminPassword : TestServer::userPassword();
    QVERIFY(client.signIn(*m_server, m_acme.slug, email, password));
    MainWindow window(client.api.get(), client.settings.get());
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.pageIds(), pages);
    // Module headings (CRM, Administration) with the pages under them, titled for the user.
    QTreeWidget *nav = window.navigation();
    QStringList headings;
    for (int i = 0; i < nav->topLevelItemCount(); ++i)
        headings << nav->topLevelItem(i)->text(0);
    QCOMPARE(headings, modules);
    QCOMPARE(nav->topLevelItem(0)->childCount(), 5);
    QTreeWidgetItem *administration = nav->topLevelItem(nav->topLevelItemCount() - 1);
    QStringList shown;
    for (int i = 0; i < administration->childCount(); ++i)
        shown << administration->child(i)->text(0);
    QCOMPARE(shown, titles);
    // Pages the user may not see are not even created.
    for (const QString &id : {u"users"_s, u"roles"_s, u"audit"_s})
        QCOMPARE(window.page(id) != nullptr, pages.contains(id));
    QCOMPARE(window.currentPageId(), pages.first());
    if (auto *users = qobject_cast<UsersPage *>(window.page(u"users"_s))) {
        QCOMPARE(users->canCreate(), canCreateUsers);
        QVERIFY(window.showPage(u"users"_s)); // pages load when first shown
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, 15000);
    }
}

void TestMainWindow::shortcutsSwitchPagesAndActOnThem()
{
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.showPage(u"users"_s));

    // Each page has its own shortcut: Ctrl+<n> for the everyday pages,
    // Ctrl+G then a letter for the others (the same for every role:
    // tst_keyboard).
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), u"approval-inbox"_s);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), u"stock"_s);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), u"suppliers"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), u"leads"_s);
    QTest::keySequence(&window, QKeySequence(u"Ctrl+G, A"_s));
    QCOMPARE(window.currentPageId(), u"audit"_s);
    QVERIFY(window.showPage(u"users"_s));
    QCOMPARE(window.currentPageId(), u"users"_s);

    auto *users = qobject_cast<UsersPage *>(window.currentPage());
    QVERIFY(users);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->state() == PagedListModel::State::Ready, 15000);

    // Ctrl+F puts the cursor in the search box.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), users->searchEdit());

    // F5 reloads the list from the server.
    QSignalSpy reloaded(users->model(), &PagedListModel::reloaded);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(reloaded.wait(15000));

    // Ctrl+N opens a new user form; Escape on the untouched form closes it.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    UserForm *form = users->openForm();
    QVERIFY(form && form->isVisible());
    QVERIFY(form->isNew());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!users->openForm());
    // (offscreen has no window manager to give the main window focus back)
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+E asks where to save the CSV export.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto *fileDialog = erp::test::findChildDialog<QFileDialog>(users, u"exportFileDialog"_s);
    QVERIFY(fileDialog);
    fileDialog->reject();

    // The sessions page has no "new" and the action says so.
    QVERIFY(window.showPage(u"sessions"_s));
    QVERIFY(!window.newAction()->isEnabled());
    QVERIFY(!window.findAction()->isEnabled());
    QVERIFY(window.refreshAction()->isEnabled());
}

void TestMainWindow::statusBarNamesUserOrganisationAndServer()
{
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    const QString text = window.statusUserText();
    QVERIFY2(text.contains(u"Admin of acme"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Organisation acme"_s), qPrintable(text));
    QVERIFY2(text.contains(u"localhost:%1"_s.arg(m_server->port())), qPrintable(text));
}

// Help > API Reference opens the signed-in server's /api/docs, which the
// server answers without a sign-in (the browser has no token).
void TestMainWindow::helpMenuLeadsToTheApiReference()
{
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    auto *action = window.findChild<QAction *>(u"apiReferenceAction"_s);
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    bool inHelpMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inHelpMenu = menu->menu()->actions().last()->menuRole() == QAction::AboutRole;
    QVERIFY(inHelpMenu);
    const QUrl url = window.apiReferenceUrl();
    QCOMPARE(url.path(), u"/api/docs"_s);
    QCOMPARE(url.port(), int(m_server->port()));
    QCOMPARE(url.scheme(), u"https"_s);
    const auto page = m_server->client()->get(url.path().toUtf8());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("openapi.json"));
}

void TestMainWindow::windowGeometryIsRemembered()
{
    {
        MainWindow window(m_admin.api.get(), m_admin.settings.get());
        window.rebuildPages();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(901, 613);
        window.showPage(u"roles"_s);
        QTRY_COMPARE(window.size(), QSize(901, 613));
        window.close();
    }
    MainWindow again(m_admin.api.get(), m_admin.settings.get());
    QCOMPARE(again.size(), QSize(901, 613));
    again.rebuildPages();
    // ... and it opens on the page the user left.
    QCOMPARE(again.currentPageId(), u"roles"_s);
}

void TestMainWindow::permissionChangeRebuildsNavigation()
{
    erp::test::SignedInClient client;
    QVERIFY(client.signIn(*m_server, m_acme.slug, u"changing@acme.test"_s, TestServer::userPassword()));
    MainWindow window(client.api.get(), client.settings.get());
    window.rebuildPages();
    const QStringList crm {u"leads"_s, u"pipeline"_s, u"accounts"_s, u"contacts"_s, u"activities"_s};
    const QStringList purchasing {u"purchase-orders"_s, u"approval-inbox"_s, u"suppliers"_s};
    const QStringList stock {u"stock"_s, u"stock-moves"_s, u"products"_s, u"warehouses"_s, u"units"_s};
    QCOMPARE(window.pageIds(), (crm + purchasing + stock
                                + QStringList {u"users"_s, u"roles"_s, u"sessions"_s, u"audit"_s}));
    QVERIFY(window.showPage(u"users"_s));

    // An administrator makes them a sales rep.
    const qint64 userId = client.api->session()->user().id;
    auto user = erp::test::waitFor(m_admin.api->get(u"/users/%1"_s.arg(userId)));
    QVERIFY(user->isSuccess());
    auto patched = erp::test::waitFor(m_admin.api->patch(
        u"/users/%1"_s.arg(userId), {{u"role_ids"_s, QJsonArray {double(roleId(u"sales_rep"_s))}}}, user->etag()));
    QVERIFY2(patched->isSuccess(), qPrintable(patched->error().debugString()));

    // The client learns it (GET /auth/me) and the navigation follows.
    auto me = erp::test::waitFor(client.api->reloadCurrentUser());
    QVERIFY(me->isSuccess());
    QCOMPARE(window.pageIds(), crm + stock + QStringList {u"sessions"_s});
    // The page shown is gone: the window moves to one that is left.
    QVERIFY(window.pageIds().contains(window.currentPageId()));
    QVERIFY(!window.page(u"users"_s));
}

void TestMainWindow::signOutReturnsToTheLoginDialog()
{
    QTemporaryDir dir;
    ClientApplication::Options options;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.useKeychain = false;
    options.configFile = dir.filePath(u"none.ini"_s);
    ClientApplication app(options);
    erp::test::trustTestCertificate(app.trustStore(), *m_server);
    QSignalSpy finished(&app, &ClientApplication::finished);
    QSignalSpy shown(&app, &ClientApplication::mainWindowShown);
    app.start();
    LoginDialog *login = app.loginDialog();
    QVERIFY(login && login->isVisible());
    login->findChild<QComboBox *>(u"serverCombo"_s)->setEditText(erp::test::serverUrl(*m_server).toString());
    QTest::keyClicks(login->findChild<QLineEdit *>(u"organisationEdit"_s), m_acme.slug);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"emailEdit"_s), u"rep@acme.test"_s);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"passwordEdit"_s), TestServer::userPassword());
    QTest::keyClick(login->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY(shown.wait(15000));
    MainWindow *window = app.mainWindow();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->pageIds(), (QStringList {u"leads"_s, u"pipeline"_s, u"accounts"_s, u"contacts"_s,
                                              u"activities"_s, u"stock"_s, u"stock-moves"_s, u"products"_s,
                                              u"warehouses"_s, u"units"_s, u"sessions"_s}));
    QVERIFY(!app.loginDialog());

    window->signOutAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog() && app.loginDialog()->isVisible(), 15000);
    QVERIFY(!window->isVisible());
    QVERIFY(window->pageIds().isEmpty());
    QVERIFY(!app.api()->session()->isSignedIn());
    QCOMPARE(finished.count(), 0); // signing out does not end the client
    // The next sign-in starts from the remembered organisation and email.
    QCOMPARE(app.loginDialog()->findChild<QLineEdit *>(u"emailEdit"_s)->text(), u"rep@acme.test"_s);

    // Closing the login dialog ends the client.
    app.loginDialog()->reject();
    QCOMPARE(finished.count(), 1);
}

void TestMainWindow::signOutNotConfirmedByTheServerIsReported()
{
    QTemporaryDir dir;
    ClientApplication::Options options;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.useKeychain = false;
    options.configFile = dir.filePath(u"none.ini"_s);
    ClientApplication app(options);
    erp::test::trustTestCertificate(app.trustStore(), *m_server);
    QSignalSpy shown(&app, &ClientApplication::mainWindowShown);
    app.start();
    LoginDialog *login = app.loginDialog();
    login->findChild<QComboBox *>(u"serverCombo"_s)->setEditText(erp::test::serverUrl(*m_server).toString());
    QTest::keyClicks(login->findChild<QLineEdit *>(u"organisationEdit"_s), m_acme.slug);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"emailEdit"_s), u"rep@acme.test"_s);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"passwordEdit"_s), TestServer::userPassword());
    QTest::keyClick(login->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY(shown.wait(15000));

    // Tokens the server no longer knows (as after it lost its database):
    // the client signs out locally and says the session was not confirmed ended.
    app.api()->session()->updateTokens("not.a.token",
                                       u"%1.CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"_s.arg(m_acme.id), 900);
    app.mainWindow()->signOutAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog() && app.loginDialog()->isVisible(), 15000);
    QVERIFY(!app.api()->session()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog()->errorText().contains(u"did not confirm"_s), 15000);
    app.loginDialog()->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
