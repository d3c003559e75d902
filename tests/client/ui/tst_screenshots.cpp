// Produces screenshots: renders the main screens with real data to PNG files
// under <build>/screenshots so a person can look at them, and asserts what
// each picture must show (erp::test::layoutProblems): the fields that belong
// on it present and visible, and no label, button or field cut off by the
// window or squeezed below the size its text needs (German included).
#include "client/core/PagedListModel.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/core/RoleListModel.h"
#include "client/ui/CertificateTrustDialog.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"
#include "client/ui/SettingsDialog.h"
#include "client/ui/admin/AuditLogPage.h"
#include "client/ui/admin/RoleForm.h"
#include "client/ui/admin/RolesPage.h"
#include "client/ui/admin/SessionsPage.h"
#include "client/ui/admin/UserForm.h"
#include "client/ui/admin/UsersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginDialogScreenshot();
    void loginDialogWithErrorScreenshot();
    void certificateTrustDialogScreenshots();
    void mainWindowWithUsersScreenshots();
    void userFormWithFieldErrorScreenshots();
    void roleFormScreenshot();
    void conflictDialogScreenshot();
    void sessionsAndAuditLogScreenshots();
    void settingsDialogScreenshot();
    void germanMainWindowScreenshots();

private:
    void save(QWidget *widget, const QString &name, const QStringList &requiredChildren = {});
    MainWindow *openMainWindow();

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_client;
    std::unique_ptr<MainWindow> m_window;
    QDir m_dir;
    LanguageManager m_languages;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s)); // as the client runs: English with its plural forms
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
    m_server = std::make_unique<TestServer>(u"ui_screenshots"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    const QStringList names {u"anna.berger"_s,   u"ben.okafor"_s,   u"chloe.martin"_s,    u"david.nguyen"_s,
                             u"elena.rossi"_s,   u"farid.haddad"_s, u"greta.lindqvist"_s, u"hiro.tanaka"_s,
                             u"isabel.garcia"_s, u"jonas.weber"_s,  u"kate.obrien"_s,     u"luis.fernandez"_s};
    const QStringList roles {u"sales_rep"_s, u"manager"_s, u"purchaser"_s, u"warehouse_clerk"_s};
    for (int i = 0; i < names.size(); ++i)
        m_server->createUser(m_acme, names[i] + u"@acme.test"_s, {roles[i % roles.size()]});
    QVERIFY(m_client.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestScreenshots::save(QWidget *widget, const QString &name, const QStringList &requiredChildren)
{
    QApplication::processEvents();
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QStringList problems = erp::test::layoutProblems(widget, requiredChildren);
    QVERIFY2(problems.isEmpty(), qPrintable(name + u": "_s + problems.join(u"; "_s)));
}

MainWindow *TestScreenshots::openMainWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_client.api.get(), m_client.settings.get());
        m_window->resize(1180, 720);
        m_window->rebuildPages();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
    }
    return m_window.get();
}

void TestScreenshots::loginDialogScreenshot()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    ServerProfile office;
    office.name = u"Head office"_s;
    office.url = QUrl(u"https://erp.example.com:8443"_s);
    office.organisation = u"acme"_s;
    settings.setServerProfiles({office});
    settings.rememberSignIn(office.url, u"acme"_s, u"anna.berger@acme.test"_s);
    LoginDialog dialog(m_client.api.get(), &settings, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, u"login-dialog"_s, {u"serverCombo"_s, u"organisationEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"signInButton"_s});
}

void TestScreenshots::loginDialogWithErrorScreenshot()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    TrustStore trust(dir.filePath(u"s.ini"_s));
    erp::test::trustTestCertificate(&trust, *m_server);
    ApiClient api(&trust);
    LoginDialog dialog(&api, &settings, {});
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QComboBox *>(u"serverCombo"_s)->setEditText(erp::test::serverUrl(*m_server).toString());
    dialog.findChild<QLineEdit *>(u"organisationEdit"_s)->setText(m_acme.slug);
    dialog.findChild<QLineEdit *>(u"emailEdit"_s)->setText(m_acme.adminEmail);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong password"_s);
    dialog.signIn();
    QVERIFY(attempt.wait(15000));
    QVERIFY(!dialog.errorText().isEmpty());
    save(&dialog, u"login-dialog-error"_s,
         {u"serverCombo"_s, u"organisationEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"errorLabel"_s});
}

void TestScreenshots::certificateTrustDialogScreenshots()
{
    const auto info = ServerCertificateInfo::fromCertificate(erp::test::TestCertificate::instance().certificate(),
                                                             u"erp.example.com"_s, 8443);
    CertificateTrustDialog ask(CertificateTrustDialog::Mode::AskTrust, info);
    ask.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ask));
    save(&ask, u"certificate-trust"_s);
    ServerCertificateInfo changed = info;
    changed.expectedSha256Fingerprint = ServerCertificateInfo::normaliseFingerprint(QString(64, u'a'));
    CertificateTrustDialog warn(CertificateTrustDialog::Mode::PinMismatch, changed);
    warn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&warn));
    save(&warn, u"certificate-changed"_s);
}

void TestScreenshots::mainWindowWithUsersScreenshots()
{
    MainWindow *window = openMainWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(u"users"_s));
    auto *users = qobject_cast<UsersPage *>(window->page(u"users"_s));
    QVERIFY(users);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() >= 13, 15000);
    users->view()->selectRow(2);
    save(window, u"main-window-users"_s);
    save(users, u"users-page"_s);
}

void TestScreenshots::userFormWithFieldErrorScreenshots()
{
    MainWindow *window = openMainWindow();
    auto *users = qobject_cast<UsersPage *>(window->page(u"users"_s));
    UserForm *form = users->newUser();
    QVERIFY(form);
    QTRY_VERIFY(form->roles()->isLoaded());
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"anna.berger@acme.test"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"displayNameEdit"_s), u"Anna Berger"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"passwordEdit"_s), u"short"_s);
    form->save();
    QVERIFY(!form->fieldErrorText(u"password"_s).isEmpty());
    save(form, u"user-form-client-error"_s, {u"emailEdit"_s, u"displayNameEdit"_s, u"passwordEdit"_s, u"activeCheck"_s, u"saveButton"_s, u"error_password"_s});
    form->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"a long enough passphrase here"_s);
    QSignalSpy failed(form, &RecordForm::saveFailed);
    form->save();
    QVERIFY(failed.wait(15000));
    QVERIFY(!form->fieldErrorText(u"email"_s).isEmpty());
    save(form, u"user-form-server-error"_s, {u"emailEdit"_s, u"displayNameEdit"_s, u"passwordEdit"_s, u"activeCheck"_s, u"saveButton"_s, u"error_email"_s});
    form->findChild<QLineEdit *>(u"emailEdit"_s)->setText(QString());
    form->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(QString());
    form->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(QString());
    form->done(QDialog::Rejected);
}

void TestScreenshots::roleFormScreenshot()
{
    MainWindow *window = openMainWindow();
    QVERIFY(window->showPage(u"roles"_s));
    auto *roles = qobject_cast<RolesPage *>(window->page(u"roles"_s));
    QTRY_VERIFY_WITH_TIMEOUT(roles->model()->rowCount() >= 5, 15000);
    save(window, u"main-window-roles"_s);
    const int row = [&] {
        for (int r = 0; r < roles->model()->rowCount(); ++r)
            if (roles->model()->itemAt(r).value(u"name"_s).toString() == u"manager"_s)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    RoleForm *form = roles->editRole(roles->model()->idAt(row));
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(form->permissions()->isLoaded());
    save(form, u"role-form"_s);
    form->done(QDialog::Rejected);
}

void TestScreenshots::conflictDialogScreenshot()
{
    ConflictDialog dialog(u"User anna.berger@acme.test"_s,
                          {{u"Email"_s, u"anna.berger@acme.test"_s, u"anna.berger@acme.test"_s},
                           {u"Name"_s, u"Anna Berger-Schmidt"_s, u"Anna Schmidt"_s},
                           {u"Status"_s, u"Active"_s, u"Active"_s},
                           {u"Roles"_s, u"manager, sales_rep"_s, u"sales_rep"_s}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, u"conflict-dialog"_s);
}

void TestScreenshots::sessionsAndAuditLogScreenshots()
{
    MainWindow *window = openMainWindow();
    QVERIFY(window->showPage(u"sessions"_s));
    auto *sessions = qobject_cast<SessionsPage *>(window->page(u"sessions"_s));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->model()->rowCount() >= 1, 15000);
    save(window, u"main-window-sessions"_s);
    QVERIFY(window->showPage(u"audit"_s));
    auto *audit = qobject_cast<AuditLogPage *>(window->page(u"audit"_s));
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() >= 1, 15000);
    // Pick an entry with both before and after if there is one.
    int row = 0;
    for (int r = 0; r < audit->model()->rowCount(); ++r) {
        const QJsonObject e = audit->model()->itemAt(r);
        if (e.value(u"before"_s).isObject() && e.value(u"after"_s).isObject()) {
            row = r;
            break;
        }
    }
    audit->view()->selectRow(row);
    save(window, u"main-window-audit"_s);
}

void TestScreenshots::settingsDialogScreenshot()
{
    ServerProfile office;
    office.name = u"Head office"_s;
    office.url = QUrl(u"https://erp.example.com:8443"_s);
    office.organisation = u"acme"_s;
    office.managed = true;
    SettingsDialog dialog(&m_languages, m_client.settings.get(), {office});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, u"settings-dialog"_s);
}

void TestScreenshots::germanMainWindowScreenshots()
{
    QVERIFY(m_languages.apply(u"de"_s));
    MainWindow *window = openMainWindow();
    QVERIFY(window->showPage(u"users"_s));
    QApplication::processEvents();
    save(window, u"main-window-users-de"_s);
    LoginDialog dialog(m_client.api.get(), m_client.settings.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, u"login-dialog-de"_s, {u"serverCombo"_s, u"organisationEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"signInButton"_s});
    QVERIFY(m_languages.apply(u"en"_s));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
