#pragma once

#include "client/ui/ListPage.h"

#include <QMessageBox>
#include <QPointer>

class QComboBox;

namespace erp::client {

// Administration > My sessions: where the user is signed in (device,
// address, times), this device marked; revoke a session. With
// sessions.manage it lists everyone's sessions ("Sessions").
class SessionsPage : public ListPage
{
    Q_OBJECT

public:
    explicit SessionsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

    // The session this client is signed in with (from the access token).
    qint64 thisSessionId() const;
    QComboBox *stateFilter() const { return m_state; }
    QAction *revokeAction() const { return m_revoke; }
    QMessageBox *lastMessage() const { return m_message; }

    // Asks, then revokes the current session.
    void revokeCurrent();

    // "erp-client/0.1.0 (Debian GNU/Linux 12 (bookworm))" -> "ERP client
    // 0.1.0 on Debian GNU/Linux 12 (bookworm)"; "curl/8.1" -> "Command-line
    // tool (curl/8.1)"; anything else as sent.
    static QString deviceText(const QString &userAgent);
    static QString reasonText(const QString &reason);

protected:
    void retranslate() override;

private:
    void updateActions();
    void revoke(const QJsonObject &session);
    void showMessage(QMessageBox *box);

    QComboBox *m_state;
    QAction *m_revoke;
    QPointer<QMessageBox> m_message;
    bool m_everyone;
};

} // namespace erp::client
