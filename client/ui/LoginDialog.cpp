#include "client/ui/LoginDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientSettings.h"
#include "client/core/ErrorText.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"
#include "client/ui/CertificateTrustDialog.h"
#include "client/ui/FieldErrorStyle.h"
#include "shared/PasswordPolicy.h"
#include "shared/Validation.h"
#include "ui_LoginDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
constexpr int ProfileUrlRole = Qt::UserRole + 1;
constexpr int ProfileOrganisationRole = Qt::UserRole + 2;
} // namespace

LoginDialog::LoginDialog(ApiClient *api, ClientSettings *settings, const QList<ServerProfile> &managedProfiles,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_api(api)
    , m_settings(settings)
    , m_managed(managedProfiles)
{
    m_ui->setupUi(this);
    setObjectName(u"loginDialog"_s);
    // The dialog is as tall as what it shows: an error or the progress line
    // grows it, nothing leaves an empty gap.
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->serverCombo->lineEdit()->setPlaceholderText(tr("https://erp.example.com:8443"));
    m_ui->emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_ui->organisationEdit->setInputMethodHints(Qt::ImhLowercaseOnly | Qt::ImhNoAutoUppercase);
    FieldErrorStyle::applyTo(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->statusLabel->hide();
    m_ui->busyIndicator->stop();

    // Asked for only when the server wants a new password (hidden until then).
    m_newPasswordLabel = new QLabel(this);
    m_newPasswordEdit = new QLineEdit(this);
    m_newPasswordEdit->setObjectName(u"newPasswordEdit"_s);
    m_newPasswordEdit->setEchoMode(QLineEdit::Password);
    m_newPasswordLabel->setBuddy(m_newPasswordEdit);
    m_confirmPasswordLabel = new QLabel(this);
    m_confirmPasswordEdit = new QLineEdit(this);
    m_confirmPasswordEdit->setObjectName(u"confirmPasswordEdit"_s);
    m_confirmPasswordEdit->setEchoMode(QLineEdit::Password);
    m_confirmPasswordLabel->setBuddy(m_confirmPasswordEdit);
    m_ui->formLayout->addRow(m_newPasswordLabel, m_newPasswordEdit);
    m_ui->formLayout->addRow(m_confirmPasswordLabel, m_confirmPasswordEdit);
    for (QWidget *w : {static_cast<QWidget *>(m_newPasswordLabel), static_cast<QWidget *>(m_newPasswordEdit),
                       static_cast<QWidget *>(m_confirmPasswordLabel), static_cast<QWidget *>(m_confirmPasswordEdit)})
        w->hide();
    setTabOrder(m_ui->passwordEdit, m_newPasswordEdit);
    setTabOrder(m_newPasswordEdit, m_confirmPasswordEdit);

    fillServers();
    const QUrl last = m_settings->lastServerUrl();
    if (last.isValid()) {
        const int index = m_ui->serverCombo->findData(last, ProfileUrlRole);
        if (index >= 0)
            m_ui->serverCombo->setCurrentIndex(index);
        else
            m_ui->serverCombo->setEditText(last.toString());
    } else if (m_ui->serverCombo->count() > 0) {
        m_ui->serverCombo->setCurrentIndex(0);
    } else {
        m_ui->serverCombo->setEditText(QString());
    }
    if (!m_settings->lastOrganisation().isEmpty())
        m_ui->organisationEdit->setText(m_settings->lastOrganisation());
    else if (m_ui->serverCombo->currentIndex() >= 0)
        m_ui->organisationEdit->setText(m_ui->serverCombo->currentData(ProfileOrganisationRole).toString());
    m_ui->emailEdit->setText(m_settings->lastEmail());

    connect(m_ui->serverCombo, &QComboBox::activated, this, &LoginDialog::serverChosen);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &LoginDialog::settingsRequested);
    connect(m_settings, &ClientSettings::serverProfilesChanged, this, [this] {
        const QString text = m_ui->serverCombo->currentText();
        fillServers();
        m_ui->serverCombo->setEditText(text);
        const int index = m_ui->serverCombo->findText(text);
        if (index >= 0)
            m_ui->serverCombo->setCurrentIndex(index);
    });
    m_throttleTimer.setInterval(1000);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        --m_throttleSecondsLeft;
        updateThrottleText();
    });
    retranslate();
}

LoginDialog::~LoginDialog()
{
    if (m_reply)
        m_reply->cancel();
}

void LoginDialog::fillServers()
{
    const QSignalBlocker block(m_ui->serverCombo);
    m_ui->serverCombo->clear();
    for (const ServerProfile &p : m_settings->allServerProfiles(m_managed)) {
        const QString text = p.name.isEmpty() || p.name == p.url.host()
            ? p.url.toDisplayString()
            : u"%1 — %2"_s.arg(p.name, p.url.toDisplayString());
        m_ui->serverCombo->addItem(text);
        const int i = m_ui->serverCombo->count() - 1;
        m_ui->serverCombo->setItemData(i, p.url, ProfileUrlRole);
        m_ui->serverCombo->setItemData(i, p.organisation, ProfileOrganisationRole);
        if (p.managed)
            m_ui->serverCombo->setItemData(i, tr("Set up by your IT department"), Qt::ToolTipRole);
    }
}

void LoginDialog::setDefaultProfile(const QString &name)
{
    if (m_settings->lastServerUrl().isValid() || name.isEmpty())
        return;
    for (int i = 0; i < m_ui->serverCombo->count(); ++i) {
        if (m_ui->serverCombo->itemText(i).startsWith(name)) {
            m_ui->serverCombo->setCurrentIndex(i);
            serverChosen(i);
            return;
        }
    }
}

void LoginDialog::serverChosen(int index)
{
    const QString organisation = m_ui->serverCombo->itemData(index, ProfileOrganisationRole).toString();
    if (!organisation.isEmpty())
        m_ui->organisationEdit->setText(organisation);
}

void LoginDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool fixed = mode == Mode::Reauthenticate;
    if (fixed && m_api->session()->user().isValid()) {
        const SessionUser &user = m_api->session()->user();
        m_ui->serverCombo->setEditText(m_api->serverUrl().toString());
        m_ui->organisationEdit->setText(user.organisationSlug);
        m_ui->emailEdit->setText(user.email);
    }
    m_ui->serverCombo->setEnabled(!fixed);
    m_ui->organisationEdit->setReadOnly(fixed);
    m_ui->emailEdit->setReadOnly(fixed);
    m_ui->passwordEdit->clear();
    retranslate();
}

QUrl LoginDialog::enteredServerUrl() const
{
    const int index = m_ui->serverCombo->currentIndex();
    if (index >= 0 && m_ui->serverCombo->currentText() == m_ui->serverCombo->itemText(index))
        return m_ui->serverCombo->itemData(index, ProfileUrlRole).toUrl();
    return ApiClient::normaliseServerUrl(m_ui->serverCombo->currentText());
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::showNotice(const QString &text)
{
    showError(text);
}

void LoginDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    const bool fixed = m_mode == Mode::Reauthenticate;
    m_ui->serverCombo->setEnabled(!busy && !fixed);
    m_ui->organisationEdit->setEnabled(!busy);
    m_ui->emailEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_newPasswordEdit->setEnabled(!busy);
    m_confirmPasswordEdit->setEnabled(!busy);
    m_ui->signInButton->setEnabled(!busy && m_throttleSecondsLeft == 0);
    m_ui->settingsButton->setEnabled(!busy);
    if (busy)
        m_ui->busyIndicator->start();
    else
        m_ui->busyIndicator->stop();
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(busy && !status.isEmpty());
}

void LoginDialog::signIn()
{
    if (isBusy() || m_throttleSecondsLeft > 0)
        return;
    const QUrl url = enteredServerUrl();
    const QString organisation = m_ui->organisationEdit->text().trimmed().toLower();
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();

    // Check the form before going to the network, in the order of the fields.
    QWidget *wrong = nullptr;
    QString problem;
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty()) {
        wrong = m_ui->serverCombo;
        problem = m_ui->serverCombo->currentText().trimmed().startsWith(u"http://"_s, Qt::CaseInsensitive)
            ? tr("The client only connects securely: use an address starting with https://.")
            : tr("Enter the server address, for example https://erp.example.com:8443.");
    } else if (!erp::shared::Validation::isOrganisationSlug(organisation)) {
        wrong = m_ui->organisationEdit;
        problem = tr("Enter your organisation's short name (lower-case letters, digits and hyphens).");
    } else if (!erp::shared::Validation::isEmail(email)) {
        wrong = m_ui->emailEdit;
        problem = tr("Enter your email address, for example name@example.com.");
    } else if (password.isEmpty()) {
        wrong = m_ui->passwordEdit;
        problem = m_choosingPassword ? tr("Enter the password you were given.") : tr("Enter your password.");
    } else if (m_choosingPassword) {
        problem = newPasswordProblem(organisation, email);
        if (!problem.isEmpty())
            wrong = m_newPasswordEdit;
    }
    if (wrong) {
        showError(problem);
        wrong->setFocus();
        return;
    }

    showError(QString());
    m_ui->organisationEdit->setText(organisation);
    if (m_mode == Mode::SignIn)
        m_api->setServerUrl(url);
    setBusy(true, tr("Connecting to %1…").arg(url.host()));
    m_reply = m_api->signIn(organisation, email, password, m_choosingPassword ? m_newPasswordEdit->text() : QString());
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { signInFinished(reply); });
}

void LoginDialog::trackResume(ApiReply *reply)
{
    m_reply = reply;
    m_resuming = true;
    setBusy(true, tr("Resuming your session on %1…").arg(m_api->serverUrl().host()));
    connect(reply, &ApiReply::finished, this, [this, reply] { signInFinished(reply); });
}

void LoginDialog::signInFinished(ApiReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    setBusy(false);
    const bool resumed = m_resuming;
    m_resuming = false;
    if (resumed && !reply->isSuccess()
        && (reply->error().kind() == ApiError::Kind::SessionExpired
            || reply->error().kind() == ApiError::Kind::Cancelled)) {
        // Nothing (valid) in the keychain: the user signs in as usual.
        emit attemptFinished(false);
        return;
    }
    if (reply->isSuccess()) {
        m_settings->rememberSignIn(m_api->serverUrl(), m_ui->organisationEdit->text(),
                                   m_ui->emailEdit->text().trimmed());
        m_ui->passwordEdit->clear();
        m_newPasswordEdit->clear();
        m_confirmPasswordEdit->clear();
        emit attemptFinished(true);
        accept();
        return;
    }
    const ApiError &error = reply->error();
    if (error.kind() == ApiError::Kind::Cancelled) {
        showError(tr("Sign-in cancelled."));
    } else if (error.needsCertificateTrust()) {
        showError(QString());
        askTrust(error.certificate());
    } else if (error.isPinMismatch()) {
        showError(tr("Not connected: the server's certificate has changed since you last trusted it."));
        warnPinMismatch(error.certificate());
    } else if (error.isHttp() && error.code() == u"password_change_required"_s) {
        askForNewPassword();
    } else if (error.isHttp() && error.httpStatus() == 422 && !error.fieldErrorsFor(u"new_password"_s).isEmpty()) {
        showError(ErrorText::forFieldError(error.fieldErrorsFor(u"new_password"_s).first()));
        m_newPasswordEdit->selectAll();
        m_newPasswordEdit->setFocus();
    } else if (error.isHttp() && error.httpStatus() == 429) {
        startThrottleCountdown(qMax(1, error.retryAfterSeconds()));
    } else if (error.isHttp() && error.httpStatus() == 401) {
        showError(tr("The organisation, email address or password is not correct."));
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
    } else {
        showError(ErrorText::forError(error));
    }
    emit attemptFinished(false);
}

void LoginDialog::askForNewPassword()
{
    m_choosingPassword = true;
    for (QWidget *w : {static_cast<QWidget *>(m_newPasswordLabel), static_cast<QWidget *>(m_newPasswordEdit),
                       static_cast<QWidget *>(m_confirmPasswordLabel), static_cast<QWidget *>(m_confirmPasswordEdit)})
        w->show();
    // Who signs in must not change under the new password.
    m_ui->serverCombo->setEnabled(false);
    m_ui->organisationEdit->setReadOnly(true);
    m_ui->emailEdit->setReadOnly(true);
    retranslate();
    showError(tr("Your password was set by an administrator. Choose a new password of your own to continue."));
    m_newPasswordEdit->setFocus();
}

QString LoginDialog::newPasswordProblem(const QString &organisation, const QString &email) const
{
    const QString next = m_newPasswordEdit->text();
    if (next.isEmpty())
        return tr("Enter a new password.");
    const auto problems = erp::shared::PasswordPolicy::check(next, {email, organisation});
    if (!problems.isEmpty())
        return ErrorText::forFieldCode(problems.first().code, problems.first().message);
    if (next == m_ui->passwordEdit->text())
        return ErrorText::forFieldCode(u"same_as_current"_s);
    if (next != m_confirmPasswordEdit->text())
        return tr("The two new passwords are not the same.");
    return {};
}

void LoginDialog::askTrust(const ServerCertificateInfo &info)
{
    auto *dialog = new CertificateTrustDialog(CertificateTrustDialog::Mode::AskTrust, info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, info] {
        m_api->trustStore()->pinCertificate(info);
        signIn();
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { showError(tr("Not connected: you chose not to trust the server's certificate.")); });
    dialog->open();
}

void LoginDialog::warnPinMismatch(const ServerCertificateInfo &info)
{
    auto *dialog = new CertificateTrustDialog(CertificateTrustDialog::Mode::PinMismatch, info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    dialog->open();
}

void LoginDialog::startThrottleCountdown(int seconds)
{
    m_throttleSecondsLeft = seconds;
    m_ui->signInButton->setEnabled(false);
    m_throttleTimer.start();
    updateThrottleText();
}

void LoginDialog::updateThrottleText()
{
    if (m_throttleSecondsLeft <= 0) {
        m_throttleSecondsLeft = 0;
        m_throttleTimer.stop();
        m_ui->signInButton->setEnabled(!isBusy());
        showError(tr("You can try to sign in again now."));
        return;
    }
    showError(tr("Too many unsuccessful sign-in attempts. Please wait %n second(s) before trying again.", nullptr,
                 m_throttleSecondsLeft));
}

void LoginDialog::reject()
{
    if (m_reply) {
        // Cancel stops the connection attempt; the dialog stays.
        m_reply->cancel();
        return;
    }
    if (m_mode == Mode::Reauthenticate)
        m_api->abandonRequestsAwaitingSignIn();
    QDialog::reject();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_initialFocusDone)
        return;
    m_initialFocusDone = true;
    // Put the cursor where typing starts: the first empty field.
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->organisationEdit, m_ui->emailEdit}) {
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    if (m_ui->serverCombo->currentText().isEmpty())
        m_ui->serverCombo->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::retranslate()
{
    m_newPasswordLabel->setText(tr("&New password:"));
    m_confirmPasswordLabel->setText(tr("Confir&m new password:"));
    if (m_choosingPassword) {
        m_ui->headingLabel->setText(tr("Choose a new password"));
        m_ui->introLabel->setText(tr("At least %1 characters; a passphrase of several words is best. Nobody else "
                                     "will know it.")
                                      .arg(erp::shared::PasswordPolicy::MinLength));
        return;
    }
    if (m_mode == Mode::Reauthenticate) {
        setWindowTitle(tr("Session Expired"));
        m_ui->headingLabel->setText(tr("Please sign in again"));
        m_ui->introLabel->setText(tr("Your session has ended. Sign in again to continue; your unsaved work is "
                                     "kept."));
    }
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->serverCombo->lineEdit()->setPlaceholderText(tr("https://erp.example.com:8443"));
        retranslate();
        if (m_throttleSecondsLeft > 0)
            updateThrottleText();
    }
    QDialog::changeEvent(event);
}

} // namespace erp::client
