#pragma once

#include "client/core/ServerCertificateInfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace erp::client {

// Asks whether to trust a server whose certificate no known authority vouches
// for (typical for a self-signed company server), showing what the user
// needs to compare with what IT told them: the SHA-256 fingerprint and the
// subject. In PinMismatch mode it is a warning only: the certificate changed
// since the user trusted it, and there is deliberately no button to accept it
// (IT must confirm and remove the old pin in the settings file).
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AskTrust, PinMismatch };

    CertificateTrustDialog(Mode mode, const ServerCertificateInfo &info, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const ServerCertificateInfo &certificate() const { return m_info; }
    // The fingerprint as shown (and, for a mismatch, the trusted one).
    QString shownFingerprint() const;
    QString shownExpectedFingerprint() const;
    // The Trust button; null in PinMismatch mode.
    QPushButton *trustButton() const { return m_trustButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Mode m_mode;
    ServerCertificateInfo m_info;
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_advice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_trustButton = nullptr;
};

} // namespace erp::client
