#include "client/ui/crm/ConvertLeadDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/PlainTextLabels.h"
#include "client/ui/ReferencePicker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

ConvertLeadDialog::ConvertLeadDialog(ApiClient *api, const QJsonObject &lead, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_lead(lead)
{
    setObjectName(u"convertLeadDialog"_s);
    PlainTextLabels::install();
    m_intro = new QLabel(this);
    // Shows the lead's title, which any user may have typed.
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_accountBox = new QGroupBox(this);
    m_newAccount = new QRadioButton(m_accountBox);
    m_newAccount->setObjectName(u"newAccountOption"_s);
    m_accountName = new QLineEdit(m_accountBox);
    m_accountName->setObjectName(u"accountNameEdit"_s);
    m_accountName->setText(lead.value(u"company"_s).toString());
    m_existingAccount = new QRadioButton(m_accountBox);
    m_existingAccount->setObjectName(u"existingAccountOption"_s);
    m_accountPicker = new ReferencePicker(m_accountBox);
    m_accountPicker->setObjectName(u"accountPicker"_s);
    m_accountPicker->setSource(api, u"/accounts"_s);
    auto *accountLayout = new QGridLayout(m_accountBox);
    accountLayout->addWidget(m_newAccount, 0, 0);
    accountLayout->addWidget(m_accountName, 0, 1);
    accountLayout->addWidget(m_existingAccount, 1, 0);
    accountLayout->addWidget(m_accountPicker, 1, 1);
    accountLayout->setColumnStretch(1, 1);

    m_contactBox = new QGroupBox(this);
    m_newContact = new QRadioButton(m_contactBox);
    m_newContact->setObjectName(u"newContactOption"_s);
    m_contactName = new QLineEdit(m_contactBox);
    m_contactName->setObjectName(u"contactNameEdit"_s);
    m_contactName->setText(lead.value(u"contact_name"_s).toString());
    m_contactTitleLabel = new QLabel(m_contactBox);
    m_contactTitle = new QLineEdit(m_contactBox);
    m_contactTitle->setObjectName(u"contactTitleEdit"_s);
    m_contactTitleLabel->setBuddy(m_contactTitle);
    m_existingContact = new QRadioButton(m_contactBox);
    m_existingContact->setObjectName(u"existingContactOption"_s);
    m_contactPicker = new ReferencePicker(m_contactBox);
    m_contactPicker->setObjectName(u"contactPicker"_s);
    m_contactPicker->setSource(api, u"/contacts"_s);
    auto *contactLayout = new QGridLayout(m_contactBox);
    contactLayout->addWidget(m_newContact, 0, 0);
    contactLayout->addWidget(m_contactName, 0, 1);
    contactLayout->addWidget(m_contactTitleLabel, 1, 0, Qt::AlignRight);
    contactLayout->addWidget(m_contactTitle, 1, 1);
    contactLayout->addWidget(m_existingContact, 2, 0);
    contactLayout->addWidget(m_contactPicker, 2, 1);
    contactLayout->setColumnStretch(1, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"convertError"_s);
    m_error->setWordWrap(true);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();

    m_busy = new BusyIndicator(this);
    m_buttons = new QDialogButtonBox(this);
    m_convert = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_convert->setObjectName(u"convertButton"_s);
    m_convert->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_convert, &QPushButton::clicked, this, &ConvertLeadDialog::convert);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_accountBox);
    layout->addWidget(m_contactBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(bottom);

    m_newAccount->setChecked(true);
    m_newContact->setChecked(true);
    for (QRadioButton *r : {m_newAccount, m_existingAccount, m_newContact, m_existingContact})
        connect(r, &QRadioButton::toggled, this, &ConvertLeadDialog::updateState);
    // Picking an existing record selects its option, so typing and Enter is enough.
    connect(m_accountPicker, &ReferencePicker::idChanged, this, [this](qint64 id) {
        if (id > 0)
            m_existingAccount->setChecked(true);
        updateState();
    });
    connect(m_contactPicker, &ReferencePicker::idChanged, this, [this](qint64 id) {
        if (id > 0)
            m_existingContact->setChecked(true);
        updateState();
    });
    suggestExistingAccount();
    retranslate();
    updateState();
    resize(560, sizeHint().height());
}

QString ConvertLeadDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QJsonObject ConvertLeadDialog::requestBody() const
{
    QJsonObject body;
    if (m_existingAccount->isChecked())
        body.insert(u"account_id"_s, double(m_accountPicker->id()));
    else
        body.insert(u"account_name"_s, m_accountName->text().trimmed());
    if (m_existingContact->isChecked()) {
        body.insert(u"contact_id"_s, double(m_contactPicker->id()));
    } else {
        body.insert(u"contact_name"_s, m_contactName->text().trimmed());
        if (!m_contactTitle->text().trimmed().isEmpty())
            body.insert(u"contact_title"_s, m_contactTitle->text().trimmed());
    }
    return body;
}

void ConvertLeadDialog::convert()
{
    if (m_reply)
        return;
    if (m_newAccount->isChecked() && m_accountName->text().trimmed().isEmpty())
        return showError(tr("Enter the name of the new account."));
    if (m_existingAccount->isChecked() && m_accountPicker->id() <= 0)
        return showError(tr("Choose the account to link."));
    if (m_newContact->isChecked() && m_contactName->text().trimmed().isEmpty())
        return showError(tr("Enter the name of the new contact."));
    if (m_existingContact->isChecked() && m_contactPicker->id() <= 0)
        return showError(tr("Choose the contact to link."));
    m_error->hide();
    const qint64 id = qint64(m_lead.value(u"id"_s).toDouble());
    ApiReply *reply = m_api->post(u"/leads/%1/convert"_s.arg(id), requestBody());
    m_reply = reply;
    m_busy->start();
    updateState();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        m_busy->stop();
        updateState();
        if (!reply->isSuccess()) {
            const ApiError &error = reply->error();
            QString text = ErrorText::forError(error);
            if (error.hasFieldErrors())
                text += u'\n' + ErrorText::fieldErrorSummary(error);
            showError(text);
            return;
        }
        emit converted(reply->json());
        accept();
    });
}

void ConvertLeadDialog::suggestExistingAccount()
{
    // A company of that name already exists: suggest linking to it. The
    // server searches, so it is found among any number of accounts.
    const QString company = m_lead.value(u"company"_s).toString().trimmed();
    if (company.isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(u"q"_s, company);
    query.addQueryItem(u"limit"_s, u"50"_s);
    ApiReply *reply = m_api->get(u"/accounts"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply, company] {
        if (!reply->isSuccess() || m_accountPicker->id() > 0)
            return;
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(u"name"_s).toString();
            if (name.compare(company, Qt::CaseInsensitive) == 0) {
                m_accountPicker->setValue(qint64(o.value(u"id"_s).toDouble()), name);
                break;
            }
        }
    });
}

void ConvertLeadDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ConvertLeadDialog::updateState()
{
    const bool idle = m_reply == nullptr;
    m_accountName->setEnabled(idle && m_newAccount->isChecked());
    m_accountPicker->setEnabled(idle);
    m_existingAccount->setEnabled(idle);
    m_contactName->setEnabled(idle && m_newContact->isChecked());
    m_contactTitle->setEnabled(idle && m_newContact->isChecked());
    m_contactPicker->setEnabled(idle);
    m_existingContact->setEnabled(idle);
    m_convert->setEnabled(idle);
}

void ConvertLeadDialog::retranslate()
{
    setWindowTitle(tr("Convert Lead"));
    m_intro->setText(tr("Convert “%1” into an account and a contact. The lead is then marked converted and "
                        "cannot be converted again.")
                         .arg(m_lead.value(u"title"_s).toString()));
    m_accountBox->setTitle(tr("Account"));
    m_newAccount->setText(tr("&New account:"));
    m_existingAccount->setText(tr("E&xisting account:"));
    m_contactBox->setTitle(tr("Contact"));
    m_newContact->setText(tr("New con&tact:"));
    m_contactTitleLabel->setText(tr("&Job title:"));
    m_existingContact->setText(tr("Exi&sting contact:"));
    m_convert->setText(tr("&Convert"));
}

void ConvertLeadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace erp::client
