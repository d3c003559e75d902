#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace erp::client {

// What the user (or IT) needs to decide whether to trust a server's
// certificate: shown by the "trust this server?" dialog and by the pin
// mismatch warning.
struct ServerCertificateInfo
{
    QString serverKey;          // "host:port" the certificate was presented for (TrustStore::serverKey)
    QString host;
    quint16 port = 0;
    QSslCertificate certificate;
    QString sha256Fingerprint;  // "AB:CD:..:EF" (32 upper-case hex pairs)
    QString subject;            // e.g. "CN=localhost, O=Example"
    QString issuer;
    QDateTime effectiveDate;    // UTC
    QDateTime expiryDate;       // UTC
    bool selfSigned = false;
    // Why the normal verification failed (QSslError::errorString(), English,
    // for details/logs); empty for a pin mismatch on an otherwise valid chain.
    QStringList verificationErrors;
    // Only for a pin mismatch: the fingerprint that was pinned for serverKey.
    QString expectedSha256Fingerprint;

    bool isNull() const { return certificate.isNull() && sha256Fingerprint.isEmpty(); }

    static ServerCertificateInfo fromCertificate(const QSslCertificate &certificate, const QString &host,
                                                 quint16 port, const QList<QSslError> &errors = {});

    // SHA-256 of the DER encoding as "AB:CD:..".
    static QString formatFingerprint(const QByteArray &sha256Digest);
    static QString fingerprintOf(const QSslCertificate &certificate);
    // Accepts "AB:CD:..", "abcd..", with or without separators (':', ' ', '-');
    // returns the canonical "AB:CD:.." form or an empty string when it is not
    // 32 bytes of hex.
    static QString normaliseFingerprint(const QString &text);
};

} // namespace erp::client

Q_DECLARE_METATYPE(erp::client::ServerCertificateInfo)
