#pragma once

#include "client/core/ServerCertificateInfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <memory>

class QSettings;

namespace erp::client {

class ManagedConfiguration;

// Which servers' certificates we trust beyond the system CAs.
//
// - System CAs are always used; IT may add CA certificates from a file
//   (ManagedConfiguration::caFile, or addCaCertificatesFromFile()).
// - A server whose certificate does not verify (self-signed, unknown CA) is
//   trusted only after the user accepted its SHA-256 fingerprint
//   (pinCertificate()) or IT pre-seeded the fingerprint. A pin is per
//   "host:port" and accepts exactly that certificate: the expected TLS errors
//   for exactly that certificate are ignored by list, never blanket.
// - A pinned server presenting any other certificate is refused
//   (PinMismatch), even when that other certificate would verify.
// - TLS 1.2 or later only.
//
// User pins are stored in QSettings under "trust/pins/<host:port>"; pins from
// the managed configuration are kept in memory and cannot be removed by the user.
class TrustStore : public QObject
{
    Q_OBJECT

public:
    // Pins in the application's default QSettings (organisation/application
    // names set by the app).
    explicit TrustStore(QObject *parent = nullptr);
    // Pins in a dedicated INI file (tests, portable installs).
    explicit TrustStore(const QString &settingsFile, QObject *parent = nullptr);
    ~TrustStore() override;

    // "host:port" (host lower-case, IPv6 without brackets, port defaulting to 443).
    static QString serverKey(const QUrl &url);
    static QString serverKey(const QString &host, quint16 port);

    // The configuration every request uses: TLS 1.2+, system CAs plus the
    // extra CA certificates. Pinned certificates are enforced per reply by
    // ApiClient through evaluate()/checkPeer().
    QSslConfiguration sslConfiguration() const;

    // --- pins ---
    bool isPinned(const QString &serverKey) const;
    // The canonical "AB:CD:.." fingerprint pinned for the server (user or IT), or empty.
    QString pinnedFingerprint(const QString &serverKey) const;
    bool isManagedPin(const QString &serverKey) const;
    // The user accepted this certificate for info.serverKey: store it.
    void pinCertificate(const ServerCertificateInfo &info);
    void pinFingerprint(const QString &serverKey, const QString &sha256Fingerprint);
    // Removes a user pin (IT pins stay). Returns false when there was none.
    bool removePin(const QString &serverKey);
    // serverKey -> fingerprint, user and managed pins.
    QHash<QString, QString> pins() const;

    // --- extra CAs ---
    bool addCaCertificatesFromFile(const QString &path, QString *error = nullptr);
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

    // Pins and the CA file from IT's configuration. Returns false (with a
    // message) when the CA file cannot be read or a pin is malformed; what
    // could be applied is applied.
    bool applyManagedConfiguration(const ManagedConfiguration &configuration, QString *error = nullptr);

    // --- decisions (used by ApiClient) ---
    struct Decision
    {
        enum class Verdict {
            Accept,          // ignore exactly errorsToIgnore (may be empty)
            TrustRequired,   // unknown certificate: ask the user
            PinMismatch,     // pinned server, other certificate: refuse
            Reject,          // other verification failure: refuse
        };
        Verdict verdict = Verdict::Reject;
        QList<QSslError> errorsToIgnore;
        ServerCertificateInfo certificate;
        QString reason;      // English, for logs
    };
    // Called with the TLS errors of a handshake (QNetworkReply::sslErrors).
    Decision evaluate(const QString &host, quint16 port, const QSslCertificate &peer,
                      const QList<QSslError> &errors) const;
    // The same, taking the peer certificate from the errors.
    Decision evaluate(const QString &host, quint16 port, const QList<QSslError> &errors) const;
    // Called when the connection is encrypted, before the request is sent:
    // for a pinned server the peer certificate must be the pinned one even
    // when it verified against a CA. Returns Accept or PinMismatch.
    Decision checkPeer(const QString &host, quint16 port, const QSslCertificate &peer) const;

Q_SIGNALS:
    void pinsChanged();

private:
    void loadUserPins();

    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QString> m_userPins;     // serverKey -> fingerprint
    QHash<QString, QString> m_managedPins;
    QList<QSslCertificate> m_extraCas;
    // Built once: reading the system CA store on every request would block the UI thread.
    mutable QSslConfiguration m_sslConfiguration;
    mutable bool m_sslConfigurationValid = false;
};

} // namespace erp::client
