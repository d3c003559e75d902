#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace erp::client {

class ApiClient;
class ApiReply;
class BusyIndicator;
class ReferencePicker;

// Converts a lead (POST /leads/{id}/convert): into a new account (named
// after the lead's company unless changed) or an existing one, and a new
// contact (the lead's contact person) or an existing one, in one step on the
// server. Errors stay in the dialog in words (a second conversion: "already
// converted"); on success converted() carries the server's answer
// {lead, account, contact, account_created, contact_created}.
class ConvertLeadDialog : public QDialog
{
    Q_OBJECT

public:
    ConvertLeadDialog(ApiClient *api, const QJsonObject &lead, QWidget *parent = nullptr);

    QRadioButton *newAccountOption() const { return m_newAccount; }
    QRadioButton *existingAccountOption() const { return m_existingAccount; }
    QLineEdit *accountNameEdit() const { return m_accountName; }
    ReferencePicker *accountPicker() const { return m_accountPicker; }
    QRadioButton *newContactOption() const { return m_newContact; }
    QRadioButton *existingContactOption() const { return m_existingContact; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QLineEdit *contactTitleEdit() const { return m_contactTitle; }
    ReferencePicker *contactPicker() const { return m_contactPicker; }
    QPushButton *convertButton() const { return m_convert; }
    QString errorText() const;
    bool isBusy() const { return m_reply != nullptr; }
    // The request body the current choices make.
    QJsonObject requestBody() const;

public Q_SLOTS:
    void convert();

Q_SIGNALS:
    void converted(const QJsonObject &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void suggestExistingAccount();
    void showError(const QString &text);

    ApiClient *m_api;
    QJsonObject m_lead;
    QLabel *m_intro;
    QGroupBox *m_accountBox;
    QRadioButton *m_newAccount;
    QLineEdit *m_accountName;
    QRadioButton *m_existingAccount;
    ReferencePicker *m_accountPicker;
    QGroupBox *m_contactBox;
    QRadioButton *m_newContact;
    QLineEdit *m_contactName;
    QLabel *m_contactTitleLabel;
    QLineEdit *m_contactTitle;
    QRadioButton *m_existingContact;
    ReferencePicker *m_contactPicker;
    QLabel *m_error;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_convert;
    QPointer<ApiReply> m_reply;
};

} // namespace erp::client
