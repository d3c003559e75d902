#pragma once

#include "client/core/ApiReply.h"
#include "client/core/ServerCertificateInfo.h"
#include "client/core/ServerProfile.h"
#include "client/ui/CertificateTrustDialog.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class LoginDialog;
}

namespace erp::client {

class ApiClient;
class ApiError;
class ClientSettings;

// Sign-in: server (a profile or a typed address), organisation, email and
// password. Remembers server, organisation and email; shows progress while
// connecting (inputs disabled, Cancel aborts); explains failures in plain
// words; asks before trusting an unknown certificate and refuses a changed
// one. Accepts (QDialog::accepted) once the ApiClient is signed in.
//
// When the password was set by an administrator the server refuses to open a
// session until the user chooses a new one (403 password_change_required):
// the dialog then asks for a new password twice and signs in with both.
//
// In Reauthenticate mode (the session expired while the user was working)
// server, organisation and email are fixed: the same user must come back so
// the interrupted requests can be replayed. Cancelling then abandons them.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Reauthenticate };

    LoginDialog(ApiClient *api, ClientSettings *settings, const QList<ServerProfile> &managedProfiles,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Preselects a profile by name (ManagedConfiguration::defaultServer) when
    // nothing was remembered.
    void setDefaultProfile(const QString &name);

    bool isBusy() const { return m_reply != nullptr; }
    // True once the server asked for a new password (see above).
    bool isChoosingNewPassword() const { return m_choosingPassword; }
    QString errorText() const;
    // Shows a message in the dialog's message line (e.g. that the last
    // sign-out was not confirmed by the server).
    void showNotice(const QString &text);

    // The open certificate dialog, if any (tests).
    CertificateTrustDialog *certificateDialog() const { return m_certificateDialog; }

    // Shows progress for a session being resumed from the keychain
    // (ApiClient::resumeSession) and accepts when it succeeds; when there is
    // nothing to resume the dialog simply waits for the user.
    void trackResume(ApiReply *reply);

public Q_SLOTS:
    void signIn();
    void reject() override;

Q_SIGNALS:
    void settingsRequested();
    // Emitted when a sign-in attempt ends (successfully or not); for tests.
    void attemptFinished(bool success);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillServers();
    void serverChosen(int index);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &text);
    void signInFinished(ApiReply *reply);
    void askTrust(const ServerCertificateInfo &info);
    void warnPinMismatch(const ServerCertificateInfo &info);
    void askForNewPassword();
    // Empty when the two new-password fields are usable; else what is wrong.
    QString newPasswordProblem(const QString &organisation, const QString &email) const;
    void startThrottleCountdown(int seconds);
    void updateThrottleText();
    QUrl enteredServerUrl() const;
    void retranslate();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    ApiClient *m_api;
    ClientSettings *m_settings;
    QList<ServerProfile> m_managed;
    Mode m_mode = Mode::SignIn;
    QPointer<ApiReply> m_reply;
    QPointer<CertificateTrustDialog> m_certificateDialog;
    QTimer m_throttleTimer;
    int m_throttleSecondsLeft = 0;
    bool m_initialFocusDone = false;
    bool m_resuming = false;
    bool m_choosingPassword = false;
    QLabel *m_newPasswordLabel = nullptr;
    QLineEdit *m_newPasswordEdit = nullptr;
    QLabel *m_confirmPasswordLabel = nullptr;
    QLineEdit *m_confirmPasswordEdit = nullptr;
};

} // namespace erp::client
