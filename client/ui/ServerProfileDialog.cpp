#include "client/ui/ServerProfileDialog.h"

#include "client/core/ApiClient.h"
#include "client/ui/FieldErrorStyle.h"
#include "shared/Validation.h"
#include "ui_ServerProfileDialog.h"

#include <QEvent>
#include <QPushButton>

namespace erp::client {

ServerProfileDialog::ServerProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerProfileDialog>())
{
    m_ui->setupUi(this);
    FieldErrorStyle::applyTo(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerProfileDialog::reject);
}

ServerProfileDialog::~ServerProfileDialog() = default;

void ServerProfileDialog::setProfile(const ServerProfile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.url.toString());
    m_ui->organisationEdit->setText(profile.organisation);
}

ServerProfile ServerProfileDialog::profile() const
{
    const QUrl url = ApiClient::normaliseServerUrl(m_ui->urlEdit->text());
    QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        name = url.host();
    ServerProfile p;
    p.name = name;
    p.url = url;
    p.organisation = m_ui->organisationEdit->text().trimmed().toLower();
    return p;
}

void ServerProfileDialog::accept()
{
    const ServerProfile p = profile();
    QString problem;
    if (!p.url.isValid() || p.url.scheme() != QLatin1String("https") || p.url.host().isEmpty())
        problem = tr("Enter the server's address, for example https://erp.example.com:8443. Only secure "
                     "(https) connections are possible.");
    else if (!p.organisation.isEmpty() && !erp::shared::Validation::isOrganisationSlug(p.organisation))
        problem = tr("The organisation is the short name you sign in with: lower-case letters, digits and "
                     "hyphens.");
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        (p.url.isValid() ? m_ui->organisationEdit : m_ui->urlEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

void ServerProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace erp::client
