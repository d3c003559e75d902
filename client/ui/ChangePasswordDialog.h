#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace erp::client {

class ApiClient;
class ApiReply;

// Account > Change Password…: the current password, a new one (the shared
// password policy, explained and checked before sending) and its
// confirmation. The server ends the user's other sessions; this one stays.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ApiClient *api, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString errorText() const;
    bool isBusy() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void passwordChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString problem() const;
    void showError(const QString &text, QLineEdit *field);
    void retranslate();

    ApiClient *m_api;
    QPointer<ApiReply> m_reply;
    QLabel *m_intro;
    QLabel *m_policy;
    QLabel *m_currentLabel;
    QLabel *m_newLabel;
    QLabel *m_confirmLabel;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace erp::client
