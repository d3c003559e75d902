// The login dialog against the real server over TLS: typed input, plain-words
// errors (wrong password, throttling, unreachable server, checks before
// sending), progress and cancel, success remembering server, organisation
// and email, and the certificate trust dialog (trust pins, cancel does not,
// a changed certificate is refused without a way through).
#include "client/ui/CertificateTrustDialog.h"
#include "client/ui/ClientApplication.h"
#include "client/ui/LoginDialog.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::test::serverKey;
using erp::test::serverUrl;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksFieldsBeforeSending_data();
    void checksFieldsBeforeSending();
    void wrongPasswordIsExplainedInPlainWords();
    void successAcceptsAndRemembersTheUser();
    void passwordSetByAdministratorMustBeReplaced();
    void unknownCertificateAsksAndTrustPins();
    void declinedCertificateIsNotPinned();
    void changedCertificateIsRefusedWithoutClickThrough();
    void unreachableServerIsExplained();
    void progressDisablesInputsAndCancelStops();
    void throttlingShowsTheWait();
    void managedConfigurationPreselectsAndPins();
    void unprotectedManagedConfigurationIsRefusedAndExplained();

private:
    void fill(LoginDialog &dialog, const QString &server, const QString &organisation, const QString &email,
              const QString &password);
    QPushButton *signInButton(LoginDialog &dialog);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ApiClient> m_api;
};

void TestLoginDialog::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_login"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
}

void TestLoginDialog::init()
{
    // A fresh client per test: no pins, nothing remembered.
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(u"settings.ini"_s);
    m_settings = std::make_unique<ClientSettings>(file);
    m_trust = std::make_unique<TrustStore>(file);
    m_api = std::make_unique<ApiClient>(m_trust.get());
}

void TestLoginDialog::cleanup()
{
    m_api.reset();
    m_trust.reset();
    m_settings.reset();
}

void TestLoginDialog::fill(LoginDialog &dialog, const QString &server, const QString &organisation,
                           const QString &email, const QString &password)
{
    auto *serverCombo = dialog.findChild<QComboBox *>(u"serverCombo"_s);
    auto *org = dialog.findChild<QLineEdit *>(u"organisationEdit"_s);
    auto *mail = dialog.findChild<QLineEdit *>(u"emailEdit"_s);
    auto *pass = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    QVERIFY(serverCombo && org && mail && pass);
    serverCombo->lineEdit()->clear();
    QTest::keyClicks(serverCombo->lineEdit(), server);
    org->clear();
    QTest::keyClicks(org, organisation);
    mail->clear();
    QTest::keyClicks(mail, email);
    pass->clear();
    QTest::keyClicks(pass, password);
}

QPushButton *TestLoginDialog::signInButton(LoginDialog &dialog)
{
    return dialog.findChild<QPushButton *>(u"signInButton"_s);
}

void TestLoginDialog::checksFieldsBeforeSending_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("focus");
    const QString url = u"https://localhost:1"_s;
    QTest::newRow("no server") << QString() << u"acme"_s << u"a@b.test"_s << u"pw"_s << u"server address"_s
                               << u"serverCombo"_s;
    QTest::newRow("plain http") << u"http://localhost:1"_s << u"acme"_s << u"a@b.test"_s << u"pw"_s << u"https://"_s
                                << u"serverCombo"_s;
    QTest::newRow("bad organisation") << url << u"Acme Corp!"_s << u"a@b.test"_s << u"pw"_s
                                      << u"organisation's short name"_s << u"organisationEdit"_s;
    QTest::newRow("bad email") << url << u"acme"_s << u"not-an-email"_s << u"pw"_s << u"email address"_s
                               << u"emailEdit"_s;
    QTest::newRow("no password") << url << u"acme"_s << u"a@b.test"_s << QString() << u"Enter your password"_s
                                 << u"passwordEdit"_s;
}

void TestLoginDialog::checksFieldsBeforeSending()
{
    QFETCH(QString, server);
    QFETCH(QString, organisation);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    QFETCH(QString, focus);
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, server, organisation, email, password);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY2(!dialog.isBusy(), "nothing may be sent with an invalid form");
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(focused->objectName() == focus || focused->parentWidget()->objectName() == focus,
             qPrintable(focused->objectName()));
}

void TestLoginDialog::wrongPasswordIsExplainedInPlainWords()
{
    erp::test::trustTestCertificate(m_trust.get(), *m_server);
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, m_acme.adminEmail, u"not the password"_s);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY(dialog.isBusy());
    QVERIFY(attempt.wait(15000));
    QCOMPARE(attempt.first().first().toBool(), false);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), u"The organisation, email address or password is not correct."_s);
    QVERIFY(!m_api->session()->isSignedIn());
    // The password is selected for retyping.
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"passwordEdit"_s));
}

void TestLoginDialog::successAcceptsAndRemembersTheUser()
{
    erp::test::trustTestCertificate(m_trust.get(), *m_server);
    {
        LoginDialog dialog(m_api.get(), m_settings.get(), {});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
        QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
        QVERIFY(accepted.wait(15000));
        QVERIFY(!dialog.isVisible());
        QVERIFY(m_api->session()->isSignedIn());
        QCOMPARE(m_api->session()->user().email, m_acme.adminEmail);
        QVERIFY(m_api->session()->hasPermission("users.manage"));
        QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    }
    QCOMPARE(m_settings->lastServerUrl(), serverUrl(*m_server));
    QCOMPARE(m_settings->lastOrganisation(), m_acme.slug);
    QCOMPARE(m_settings->lastEmail(), m_acme.adminEmail);

    // The next start offers the same server, organisation and email and
    // puts the cursor in the password field.
    LoginDialog again(m_api.get(), m_settings.get(), {});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QComboBox *>(u"serverCombo"_s)->currentText(), serverUrl(*m_server).toString());
    QCOMPARE(again.findChild<QLineEdit *>(u"organisationEdit"_s)->text(), m_acme.slug);
    QCOMPARE(again.findChild<QLineEdit *>(u"emailEdit"_s)->text(), m_acme.adminEmail);
    QCOMPARE(QApplication::focusWidget(), again.findChild<QLineEdit *>(u"passwordEdit"_s));
}

void TestLoginDialog::passwordSetByAdministratorMustBeReplaced()
{
    // The administrator resets a user's password through the API.
    const QString email = u"reset.user@acme.test"_s;
    const qint64 id = m_server->createUser(m_acme, email, {u"sales_rep"_s});
    const QString given = u"a passphrase the admin chose"_s;
    {
        auto admin = m_server->client();
        admin->setBearerToken(m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
        const auto r = admin->request("PATCH", "/api/v1/users/" + QByteArray::number(id),
                                      {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}},
                                      QJsonDocument(QJsonObject {{u"password"_s, given}}).toJson());
        QCOMPARE(r.status, 200);
    }

    erp::test::trustTestCertificate(m_trust.get(), *m_server);
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *newPassword = dialog.findChild<QLineEdit *>(u"newPasswordEdit"_s);
    auto *confirm = dialog.findChild<QLineEdit *>(u"confirmPasswordEdit"_s);
    QVERIFY(newPassword && confirm);
    QVERIFY(!newPassword->isVisible());
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, email, given);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(attempt.wait(15000));
    QCOMPARE(attempt.first().first().toBool(), false);
    QVERIFY(!m_api->session()->isSignedIn());
    QVERIFY(dialog.isChoosingNewPassword());
    QVERIFY(newPassword->isVisible());
    QVERIFY(confirm->isVisible());
    QCOMPARE(newPassword->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QVERIFY2(dialog.errorText().contains(u"set by an administrator"_s), qPrintable(dialog.errorText()));
    QCOMPARE(QApplication::focusWidget(), newPassword);

    // Checked before sending: both fields must agree.
    QTest::keyClicks(newPassword, u"my own secret passphrase"_s);
    QTest::keyClicks(confirm, u"my own secret passphrase!"_s);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.errorText().contains(u"not the same"_s), qPrintable(dialog.errorText()));

    confirm->clear();
    QTest::keyClicks(confirm, u"my own secret passphrase"_s);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(accepted.wait(15000));
    QVERIFY(m_api->session()->isSignedIn());
    QCOMPARE(m_api->session()->user().email, email);
    QVERIFY(newPassword->text().isEmpty());
    // The chosen password is now the password; the given one is gone.
    QVERIFY(!m_server->login(m_acme.slug, email, u"my own secret passphrase"_s).isEmpty());
    QVERIFY(m_server->login(m_acme.slug, email, given).isEmpty());
}

void TestLoginDialog::unknownCertificateAsksAndTrustPins()
{
    QVERIFY(!m_trust->isPinned(serverKey(*m_server)));
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.certificateDialog() && dialog.certificateDialog()->isVisible(), 15000);
    CertificateTrustDialog *trust = dialog.certificateDialog();
    QCOMPARE(trust->mode(), CertificateTrustDialog::Mode::AskTrust);
    const QString expected = ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate());
    QCOMPARE(trust->certificate().sha256Fingerprint, expected);
    // The fingerprint is shown in two lines of 16 byte pairs.
    QCOMPARE(trust->shownFingerprint(), expected.left(47) + u'\n' + expected.mid(48));
    QCOMPARE(trust->certificate().subject, u"CN=localhost"_s);
    // Trusting is never the default button.
    QVERIFY(!trust->trustButton()->isDefault());
    QVERIFY(!m_api->session()->isSignedIn());

    QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(15000));
    QVERIFY(m_trust->isPinned(serverKey(*m_server)));
    QCOMPARE(m_trust->pinnedFingerprint(serverKey(*m_server)), expected);
    QVERIFY(m_api->session()->isSignedIn());
}

void TestLoginDialog::declinedCertificateIsNotPinned()
{
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.certificateDialog() && dialog.certificateDialog()->isVisible(), 15000);
    dialog.certificateDialog()->reject();
    QTRY_VERIFY(dialog.errorText().contains(u"not to trust"_s));
    QVERIFY(!m_trust->isPinned(serverKey(*m_server)));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!m_api->session()->isSignedIn());
}

void TestLoginDialog::changedCertificateIsRefusedWithoutClickThrough()
{
    // The user trusted another certificate for this server before.
    const QString other = ServerCertificateInfo::normaliseFingerprint(QString(64, u'a'));
    m_trust->pinFingerprint(serverKey(*m_server), other);
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(attempt.wait(15000));

    CertificateTrustDialog *warning = dialog.certificateDialog();
    QVERIFY(warning && warning->isVisible());
    QCOMPARE(warning->mode(), CertificateTrustDialog::Mode::PinMismatch);
    QVERIFY(!warning->trustButton());
    // Only one button, and it closes.
    const auto buttons = warning->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(warning->shownExpectedFingerprint(), other.left(47) + u'\n' + other.mid(48));
    QCOMPARE(warning->shownFingerprint().remove(u'\n'),
             ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate()).remove(47, 1));
    QVERIFY(dialog.errorText().contains(u"changed"_s));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.certificateDialog());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(m_trust->pinnedFingerprint(serverKey(*m_server)), other);
    QVERIFY(!m_api->session()->isSignedIn());
}

void TestLoginDialog::unreachableServerIsExplained()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"https://127.0.0.1:%1"_s.arg(port), m_acme.slug, m_acme.adminEmail, u"whatever"_s);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(attempt.wait(15000));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(!dialog.errorText().contains(u"password"_s, Qt::CaseInsensitive), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(signInButton(dialog)->isEnabled());
}

void TestLoginDialog::progressDisablesInputsAndCancelStops()
{
    // An address in TEST-NET-1 (RFC 5737): the connection attempt hangs.
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"https://192.0.2.1:8443"_s, m_acme.slug, m_acme.adminEmail, u"whatever"_s);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"emailEdit"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->isEnabled());
    QVERIFY(!signInButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"192.0.2.1"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(attempt.wait(5000));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible()); // Cancel stopped the attempt, not the dialog
    QVERIFY(dialog.findChild<QLineEdit *>(u"emailEdit"_s)->isEnabled());
    QCOMPARE(dialog.errorText(), u"Sign-in cancelled."_s);
}

void TestLoginDialog::throttlingShowsTheWait()
{
    erp::test::trustTestCertificate(m_trust.get(), *m_server);
    const QString email = u"throttled@acme.test"_s;
    m_server->createUser(m_acme, email, {u"sales_rep"_s});
    LoginDialog dialog(m_api.get(), m_settings.get(), {});
    QSignalSpy attempt(&dialog, &LoginDialog::attemptFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, serverUrl(*m_server).toString(), m_acme.slug, email, u"wrong"_s);
    bool throttled = false;
    for (int i = 0; i < 10 && !throttled; ++i) {
        QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
        QVERIFY(attempt.wait(15000));
        throttled = dialog.errorText().contains(u"wait"_s);
    }
    QVERIFY2(throttled, qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(u"second"_s), qPrintable(dialog.errorText()));
    // Signing in is blocked until the wait is over.
    QVERIFY(!signInButton(dialog)->isEnabled());
}

void TestLoginDialog::managedConfigurationPreselectsAndPins()
{
    // IT's file: one server, preselected, its certificate pinned.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"erp-client.ini"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"[general]\ndefault_server=Demo\n\n[server.demo]\nname=Demo\nurl=%1\norganisation=%2\n"
               "pin-sha256=%3\n"_s
                   .arg(serverUrl(*m_server).toString(), m_acme.slug,
                        ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate()))
                   .toUtf8());
    file.close();
    ClientApplication::Options options;
    options.configFile = config;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.useKeychain = false;
    ClientApplication app(options);
    QSignalSpy shown(&app, &ClientApplication::mainWindowShown);
    QSignalSpy asked(app.api(), &ApiClient::certificateTrustRequired);
    app.start();
    LoginDialog *dialog = app.loginDialog();
    QVERIFY(dialog);
    auto *servers = dialog->findChild<QComboBox *>(u"serverCombo"_s);
    QCOMPARE(servers->count(), 1);
    QVERIFY(servers->currentText().startsWith(u"Demo"_s));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"organisationEdit"_s)->text(), m_acme.slug);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), m_acme.adminEmail);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), m_acme.adminPassword);
    QTest::mouseClick(signInButton(*dialog), Qt::LeftButton);
    // No question about the certificate: IT vouched for it.
    QVERIFY(shown.wait(15000));
    QCOMPARE(asked.count(), 0);
    QVERIFY(app.trustStore()->isManagedPin(serverKey(*m_server)));
}

void TestLoginDialog::unprotectedManagedConfigurationIsRefusedAndExplained()
{
    // IT's file, but everyone may change it (issue 13): it could plant a
    // server and pin of anyone's choosing. It is not used, and the user is told.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"erp-client.ini"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"[general]\ndefault_server=Planted\n\n[server.planted]\nname=Planted\nurl=%1\norganisation=%2\n"_s
                   .arg(serverUrl(*m_server).toString(), m_acme.slug)
                   .toUtf8());
    file.close();
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                              | QFileDevice::WriteOther));
    ClientApplication::Options options;
    options.configFile = config;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.useKeychain = false;
    options.language = u"en"_s;
    ClientApplication app(options);
    app.start();
    LoginDialog *dialog = app.loginDialog();
    QVERIFY(dialog);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"configurationProblem"_s)) && box->isVisible());
    QVERIFY2(box->text().contains(u"ignored because it is not protected"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"administrators"_s), qPrintable(box->text()));
    // The details name the file and the reason, for IT.
    QVERIFY2(box->detailedText().contains(config), qPrintable(box->detailedText()));
    QVERIFY2(box->detailedText().contains(u"writable"_s), qPrintable(box->detailedText()));
    // Nothing from the file is offered.
    auto *servers = dialog->findChild<QComboBox *>(u"serverCombo"_s);
    for (int i = 0; i < servers->count(); ++i)
        QVERIFY2(!servers->itemText(i).contains(u"Planted"_s), qPrintable(servers->itemText(i)));
    QVERIFY(!servers->currentText().contains(u"Planted"_s));
    const QString shots = QStringLiteral(ERP_SCREENSHOT_DIR);
    QDir().mkpath(shots);
    QVERIFY(box->grab().save(shots + u"/login-configuration-refused.png"_s));
    box->close();
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
