// What every user does for themselves, against the real server: File >
// Change Password (the policy explained, wrong current password and
// mismatched confirmation refused in words, other devices signed out, this
// one kept), and a user whose roles open no module sees a page that says so
// and whom to ask, with their own sessions under "Your Account".
#include "client/ui/ChangePasswordDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAction>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestSelfService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changePasswordExplainsChecksAndEndsOtherSessions();
    void userWithoutModulesIsToldWhomToAsk();

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    LanguageManager m_languages;
};

void TestSelfService::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_selfservice"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"changer@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"newcomer@acme.test"_s, {});
}

void TestSelfService::changePasswordExplainsChecksAndEndsOtherSessions()
{
    erp::test::SignedInClient laptop;
    erp::test::SignedInClient phone;
    QVERIFY(laptop.signIn(*m_server, m_acme.slug, u"changer@acme.test"_s, TestServer::userPassword()));
    QVERIFY(phone.signIn(*m_server, m_acme.slug, u"changer@acme.test"_s, TestServer::userPassword()));

    MainWindow window(laptop.api.get(), laptop.settings.get());
    window.rebuildPages();
    window.show();
    // Every user has it, a sales rep included.
    QVERIFY(window.changePasswordAction()->isEnabled());
    window.changePasswordAction()->trigger();
    ChangePasswordDialog *dialog = window.changePasswordDialog();
    QVERIFY(dialog && dialog->isVisible());
    // The shared policy, explained before anyone types.
    QVERIFY(dialog->findChild<QLabel *>(u"passwordPolicy"_s)->text().contains(u"at least 8 characters"_s));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!erp::test::saveScreenshot(dialog, u"change-password-en.png"_s).isEmpty());

    const QString next = u"a brand new passphrase for my laptop"_s;
    // Confirmation differs: said at once, nothing sent.
    QTest::keyClicks(dialog->currentEdit(), TestServer::userPassword());
    QTest::keyClicks(dialog->newEdit(), next);
    QTest::keyClicks(dialog->confirmEdit(), next + u"!"_s);
    dialog->accept();
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->errorText(), u"The two new passwords are not the same."_s);
    // Too short: the policy's words.
    dialog->newEdit()->setText(u"short"_s);
    dialog->confirmEdit()->setText(u"short"_s);
    dialog->accept();
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->errorText().contains(u"8"_s), qPrintable(dialog->errorText()));
    // The wrong current password: the server's answer, in words, on its field.
    dialog->currentEdit()->setText(u"not my password at all"_s);
    dialog->newEdit()->setText(next);
    dialog->confirmEdit()->setText(next);
    dialog->accept();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(dialog->errorText(), u"The current password is wrong."_s);
    QVERIFY(dialog->isVisible());

    // Right: changed, the dialog closes, the status bar says what happened.
    dialog->currentEdit()->setText(TestServer::userPassword());
    QSignalSpy changed(dialog, &ChangePasswordDialog::passwordChanged);
    dialog->accept();
    QVERIFY(changed.wait(15000));
    QTRY_VERIFY(!window.changePasswordDialog());
    QVERIFY(window.statusBar()->currentMessage().contains(u"other devices were signed out"_s));

    // This device goes on ...
    QVERIFY(erp::test::waitFor(laptop.api->get(u"/auth/me"_s))->isSuccess());
    // ... the other one must sign in again (the server ended its session).
    QSignalSpy loginRequired(phone.api.get(), &ApiClient::loginRequired);
    ApiReply *kept = phone.api->get(u"/auth/me"_s);
    QSignalSpy keptFinished(kept, &ApiReply::finished);
    QVERIFY(loginRequired.wait(15000));
    phone.api->abandonRequestsAwaitingSignIn();
    QVERIFY(keptFinished.count() == 1 || keptFinished.wait(5000));
    // And the new password is the one that signs in.
    erp::test::SignedInClient again;
    QVERIFY(again.signIn(*m_server, m_acme.slug, u"changer@acme.test"_s, next));
}

void TestSelfService::userWithoutModulesIsToldWhomToAsk()
{
    erp::test::SignedInClient newcomer;
    QVERIFY(newcomer.signIn(*m_server, m_acme.slug, u"newcomer@acme.test"_s, TestServer::userPassword()));
    MainWindow window(newcomer.api.get(), newcomer.settings.get());
    window.resize(1100, 700);
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Not an empty window and not a page of someone else's: a page saying so.
    QVERIFY(!window.currentPage());
    const QString text = window.emptyText();
    QVERIFY2(text.contains(u"No module is open to you yet."_s), qPrintable(text));
    QVERIFY2(text.contains(u"administrator"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Administration → Users"_s), qPrintable(text));
    // Their own sessions are theirs, not administration.
    QTreeWidget *nav = window.navigation();
    QCOMPARE(nav->topLevelItemCount(), 1);
    QCOMPARE(nav->topLevelItem(0)->text(0), u"YOUR ACCOUNT"_s);
    QCOMPARE(nav->topLevelItem(0)->child(0)->text(0), u"My Sessions"_s);
    QVERIFY(!erp::test::saveScreenshot(&window, u"no-module-en.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    QVERIFY(!window.emptyText().contains(u"No module is open"_s));
    QVERIFY(!erp::test::saveScreenshot(&window, u"no-module-de.png"_s).isEmpty());
    window.changePasswordAction()->trigger();
    QVERIFY(window.changePasswordDialog());
    QVERIFY(QTest::qWaitForWindowExposed(window.changePasswordDialog()));
    QVERIFY(!erp::test::saveScreenshot(window.changePasswordDialog(), u"change-password-de.png"_s).isEmpty());
    window.changePasswordDialog()->reject();
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    // Their sessions open from the navigation.
    QVERIFY(window.showPage(u"sessions"_s));
    QVERIFY(window.currentPage());
    QVERIFY(window.emptyText().isEmpty());
}

QTEST_MAIN(TestSelfService)
#include "tst_selfservice.moc"
