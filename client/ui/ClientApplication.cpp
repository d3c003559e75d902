#include "client/ui/ClientApplication.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientLog.h"
#include "client/core/ClientSettings.h"
#include "client/core/ErrorText.h"
#include "client/core/RefreshTokenStore.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"
#include "client/ui/CertificateTrustDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/PlainTextLabels.h"
#include "client/ui/ColorScheme.h"
#include "client/ui/SettingsDialog.h"

#include <QEvent>
#include <QMessageBox>
#include <QStatusBar>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace erp::client {

ClientApplication::ClientApplication(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    const QString configPath = options.configFile.isEmpty() ? ManagedConfiguration::defaultPath() : options.configFile;
    if (!configPath.isEmpty() && !m_configuration.load(configPath))
        qCWarning(lcSettings).noquote() << "configuration" << configPath << ":"
                                        << m_configuration.errors().join(u"; "_s);

    if (options.settingsFile.isEmpty()) {
        m_settings = new ClientSettings(this);
        m_trustStore = new TrustStore(this);
    } else {
        m_settings = new ClientSettings(options.settingsFile, this);
        m_trustStore = new TrustStore(options.settingsFile, this);
    }
    QString trustError;
    if (!m_trustStore->applyManagedConfiguration(m_configuration, &trustError))
        qCWarning(lcTls).noquote() << "managed trust settings:" << trustError;

    m_api = new ApiClient(m_trustStore, this);
    m_api->setUserAgent(
        u"erp-client/%1 (%2)"_s.arg(QStringLiteral(ERP_VERSION), QSysInfo::prettyProductName()).toUtf8());
    const int timeout = m_settings->transferTimeoutSeconds() > 0 ? m_settings->transferTimeoutSeconds()
                                                                 : m_configuration.transferTimeoutSeconds();
    if (timeout > 0)
        m_api->setTransferTimeout(std::chrono::seconds(timeout));
    m_tokenStore = new RefreshTokenStore(u"erp-client"_s, this);
    m_tokenStore->setEnabled(options.useKeychain);
    m_api->setRefreshTokenStore(m_tokenStore);

    PlainTextLabels::install();
    // The user's colour scheme (Settings); Standard brings the system's
    // palette to WCAG AA contrast.
    ColorScheme::apply(ColorScheme::fromId(m_settings->colorScheme()));
    m_languages = new LanguageManager(this);
    m_languages->apply(
        LanguageManager::resolve(options.language.isEmpty() ? m_settings->language() : options.language));

    connect(m_api, &ApiClient::loginRequired, this, &ClientApplication::loginRequired);
    connect(m_api, &ApiClient::signedOut, this, &ClientApplication::signedOut);
    connect(m_api, &ApiClient::certificatePinMismatch, this, &ClientApplication::warnPinMismatch);
}

ClientApplication::~ClientApplication()
{
    delete m_login;
    delete m_mainWindow;
}

void ClientApplication::start()
{
    showLogin(LoginDialog::Mode::SignIn);
    if (!m_configuration.errors().isEmpty()) {
        const QString text = m_configuration.isRefused()
            ? tr("The settings file from your IT department was ignored because it is not protected: users "
                 "other than administrators could change it, and it decides which servers the client trusts. "
                 "Please tell your IT department:")
            : tr("Some settings provided by your IT department could not be used. Please tell them:");
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Configuration Problem"), text, QMessageBox::Ok, m_login);
        box->setObjectName(u"configurationProblem"_s);
        box->setDetailedText(m_configuration.errors().join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    const QUrl last = m_settings->lastServerUrl();
    if (m_options.useKeychain && m_tokenStore->isAvailable() && last.isValid()
        && !m_settings->lastOrganisation().isEmpty() && !m_settings->lastEmail().isEmpty()) {
        m_api->setServerUrl(last);
        m_login->trackResume(m_api->resumeSession(m_settings->lastOrganisation(), m_settings->lastEmail()));
    }
}

void ClientApplication::showLogin(LoginDialog::Mode mode)
{
    if (m_login) {
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    QWidget *parent = mode == LoginDialog::Mode::Reauthenticate ? m_mainWindow.data() : nullptr;
    auto *login = new LoginDialog(m_api, m_settings, m_configuration.servers(), parent);
    m_login = login;
    login->setDefaultProfile(m_configuration.defaultServer());
    login->setMode(mode);
    login->installEventFilter(this);
    connect(login, &QDialog::accepted, this, [this, mode] { loginAccepted(mode); });
    connect(login, &QDialog::rejected, this, [this, mode] { loginRejected(mode); });
    connect(login, &LoginDialog::settingsRequested, this, [this] { showSettings(m_login); });
    // Over the main window the dialog must block every window, including an
    // open form, so nothing is sent before the user is back.
    login->setWindowModality(mode == LoginDialog::Mode::Reauthenticate ? Qt::ApplicationModal : Qt::NonModal);
    login->show();
    login->raise();
    login->activateWindow();
}

bool ClientApplication::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_login && event->type() == QEvent::Paint && !m_loginDisplayed) {
        m_loginDisplayed = true;
        emit loginDialogDisplayed();
    }
    return QObject::eventFilter(watched, event);
}

void ClientApplication::loginAccepted(LoginDialog::Mode mode)
{
    if (m_login)
        m_login->deleteLater();
    m_login = nullptr;
    if (!m_mainWindow) {
        m_mainWindow = new MainWindow(m_api, m_settings);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, &ClientApplication::requestSignOut);
        connect(m_mainWindow, &MainWindow::settingsRequested, this, [this] { showSettings(m_mainWindow); });
        connect(m_mainWindow, &MainWindow::quitRequested, m_mainWindow, &QWidget::close);
        connect(m_mainWindow, &MainWindow::windowClosed, this, [this] {
            if (!m_signingOut)
                emit finished();
        });
    }
    m_mainWindow->rebuildPages();
    if (mode == LoginDialog::Mode::SignIn) {
        m_mainWindow->show();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
        emit mainWindowShown();
    } else {
        m_mainWindow->statusBar()->showMessage(tr("Signed in again."), 5000);
    }
}

void ClientApplication::loginRejected(LoginDialog::Mode mode)
{
    if (m_login)
        m_login->deleteLater();
    m_login = nullptr;
    if (mode == LoginDialog::Mode::SignIn) {
        emit finished();
        return;
    }
    // The user did not sign in again: what waited has failed with
    // "session expired"; the window and any open form keep their content
    // and the next request asks again.
    if (m_mainWindow)
        m_mainWindow->statusBar()->showMessage(tr("Not signed in. Your unsaved entries are kept; you will be asked "
                                                  "to sign in when you save or reload."),
                                               10000);
}

void ClientApplication::requestSignOut()
{
    ApiReply *reply = m_api->signOut();
    // Signed out here in any case; if the server did not confirm it, the
    // session may live on there, and the user has to know.
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->isSuccess())
            return;
        const QString text = tr("You are signed out on this computer, but the server did not confirm that your "
                                "session has ended (%1). Until it expires, anyone holding a copy of it could go on "
                                "using it: sign in and end it under Sessions, or ask an administrator to.")
                                 .arg(ErrorText::forError(reply->error()));
        if (m_login)
            m_login->showNotice(text);
    });
}

void ClientApplication::signedOut()
{
    if (m_mainWindow) {
        m_signingOut = true;
        m_mainWindow->close();
        m_mainWindow->clearPages();
        m_signingOut = false;
    }
    if (m_login && m_login->mode() == LoginDialog::Mode::Reauthenticate) {
        m_login->deleteLater();
        m_login = nullptr;
    }
    showLogin(LoginDialog::Mode::SignIn);
}

void ClientApplication::loginRequired()
{
    if (!m_mainWindow || !m_mainWindow->isVisible() || m_login)
        return;
    showLogin(LoginDialog::Mode::Reauthenticate);
}

void ClientApplication::warnPinMismatch(const ServerCertificateInfo &info)
{
    // The login dialog explains its own failures; this is for requests the
    // main window makes after the server's certificate changed.
    if (m_login || m_pinWarning || !m_mainWindow || !m_mainWindow->isVisible())
        return;
    auto *dialog = new CertificateTrustDialog(CertificateTrustDialog::Mode::PinMismatch, info, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pinWarning = dialog;
    dialog->open();
}

void ClientApplication::showSettings(QWidget *parent)
{
    auto *dialog = new SettingsDialog(m_languages, m_settings, m_configuration.servers(), parent);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace erp::client
