#pragma once

#include "client/core/ManagedConfiguration.h"
#include "client/core/ServerCertificateInfo.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace erp::client {

class ApiClient;
class ClientSettings;
class LanguageManager;
class RefreshTokenStore;
class TrustStore;

// The desktop client's life: settings, IT's configuration, trust store and
// API client; the login dialog, then the main window; the login dialog again
// when the session expires (over the main window, keeping the user's work)
// or after signing out; the certificate warnings; the settings dialog.
// clientMain() runs it; tests construct it with their own settings file.
class ClientApplication : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString configFile; // IT's configuration; empty: ManagedConfiguration::defaultPath()
        QString settingsFile; // user settings and pins in this INI file; empty: the platform default
        bool useKeychain = true; // keep the refresh token in the OS keychain
        QString language; // overrides the saved choice ("de"); empty: saved or system
    };

    explicit ClientApplication(const Options &options, QObject *parent = nullptr);
    ~ClientApplication() override;

    // Shows the login dialog (and resumes a session kept in the keychain).
    void start();

    ApiClient *api() const { return m_api; }
    ClientSettings *settings() const { return m_settings; }
    TrustStore *trustStore() const { return m_trustStore; }
    LanguageManager *languages() const { return m_languages; }
    const ManagedConfiguration &configuration() const { return m_configuration; }
    LoginDialog *loginDialog() const { return m_login; }
    MainWindow *mainWindow() const { return m_mainWindow; }

    void showSettings(QWidget *parent);

Q_SIGNALS:
    // The login dialog was painted for the first time (start-up benchmark).
    void loginDialogDisplayed();
    void mainWindowShown();
    // The user closed the login dialog or the main window: the process ends.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLogin(LoginDialog::Mode mode);
    void loginAccepted(LoginDialog::Mode mode);
    void loginRejected(LoginDialog::Mode mode);
    void requestSignOut();
    void signedOut();
    void loginRequired();
    void warnPinMismatch(const ServerCertificateInfo &info);

    Options m_options;
    ManagedConfiguration m_configuration;
    ClientSettings *m_settings = nullptr;
    TrustStore *m_trustStore = nullptr;
    RefreshTokenStore *m_tokenStore = nullptr;
    ApiClient *m_api = nullptr;
    LanguageManager *m_languages = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QWidget> m_pinWarning;
    bool m_loginDisplayed = false;
    bool m_signingOut = false;
};

} // namespace erp::client
