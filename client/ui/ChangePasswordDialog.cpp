#include "client/ui/ChangePasswordDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/Session.h"
#include "client/ui/FieldErrorStyle.h"
#include "shared/PasswordPolicy.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

ChangePasswordDialog::ChangePasswordDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(u"changePasswordDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_policy = new QLabel(this);
    m_policy->setObjectName(u"passwordPolicy"_s);
    m_policy->setWordWrap(true);
    m_current = new QLineEdit(this);
    m_current->setObjectName(u"currentPassword"_s);
    m_new = new QLineEdit(this);
    m_new->setObjectName(u"newPassword"_s);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmPassword"_s);
    for (QLineEdit *e : {m_current, m_new, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    }
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_current);
    m_newLabel = new QLabel(this);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    m_error = new QLabel(this);
    m_error->setObjectName(u"changePasswordError"_s);
    m_error->setWordWrap(true);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_policy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslate();
    resize(460, sizeHint().height());
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change Password"));
    m_intro->setText(tr("After the change, your other signed-in devices are signed out; this one stays signed in."));
    m_policy->setText(tr("The new password needs at least %1 characters and must not be a common or easily guessed "
                         "one (such as your email address or the organisation's name). A passphrase of several "
                         "words is best.")
                          .arg(erp::shared::PasswordPolicy::MinLength));
    m_currentLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("Confir&m new password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Password"));
}

QString ChangePasswordDialog::problem() const
{
    if (m_current->text().isEmpty())
        return tr("Enter your current password.");
    const QString next = m_new->text();
    if (next.isEmpty())
        return tr("Enter a new password.");
    const Session &session = *m_api->session();
    const auto problems = erp::shared::PasswordPolicy::check(next, {session.user().email, session.user().organisationSlug, session.user().organisationName});
    if (!problems.isEmpty()) {
        if (problems.first().code == u"too_short"_s)
            return tr("The new password needs at least %1 characters.").arg(erp::shared::PasswordPolicy::MinLength);
        return ErrorText::forFieldCode(problems.first().code, problems.first().message);
    }
    if (next == m_current->text())
        return ErrorText::forFieldCode(u"same_as_current"_s);
    if (next != m_confirm->text())
        return tr("The two new passwords are not the same.");
    return {};
}

void ChangePasswordDialog::showError(const QString &text, QLineEdit *field)
{
    m_error->setText(text);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void ChangePasswordDialog::accept()
{
    if (m_reply)
        return;
    if (const QString text = problem(); !text.isEmpty()) {
        QLineEdit *field = m_current->text().isEmpty() ? m_current
                           : text == tr("The two new passwords are not the same.") ? m_confirm
                                                                                    : m_new;
        return showError(text, field);
    }
    m_error->hide();
    m_buttons->setEnabled(false);
    m_reply = m_api->changePassword(m_current->text(), m_new->text());
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data()] {
        m_reply = nullptr;
        m_buttons->setEnabled(true);
        if (reply->isSuccess()) {
            m_current->clear();
            m_new->clear();
            m_confirm->clear();
            emit passwordChanged();
            QDialog::accept();
            return;
        }
        const ApiError error = reply->error();
        if (!error.fieldErrorsFor(u"current_password"_s).isEmpty())
            return showError(tr("The current password is wrong."), m_current);
        if (error.hasFieldErrors())
            return showError(ErrorText::forFieldError(error.fieldErrors().first()), m_new);
        showError(ErrorText::forError(error), nullptr);
    });
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ChangePasswordDialog::isBusy() const
{
    return m_reply != nullptr;
}

} // namespace erp::client
