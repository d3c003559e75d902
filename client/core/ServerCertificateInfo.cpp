#include "client/core/ServerCertificateInfo.h"

#include <QCryptographicHash>

namespace erp::client {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // toString() of the whole DN is not available in Qt 6.4 for both sides
    // in the same form; build "CN=.., O=.., OU=.., C=.." from the common attributes.
    const QList<QByteArray> attributes = {"CN", "O", "OU", "L", "ST", "C"};
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QString ServerCertificateInfo::formatFingerprint(const QByteArray &sha256Digest)
{
    return QString::fromLatin1(sha256Digest.toHex(':').toUpper());
}

QString ServerCertificateInfo::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

QString ServerCertificateInfo::normaliseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\t'))
            continue;
        if (!isxdigit(c.unicode()) || c.unicode() > 127)
            return {};
        hex.append(char(c.unicode()));
    }
    if (hex.size() != 64)
        return {};
    return formatFingerprint(QByteArray::fromHex(hex));
}

ServerCertificateInfo ServerCertificateInfo::fromCertificate(const QSslCertificate &certificate,
                                                             const QString &host, quint16 port,
                                                             const QList<QSslError> &errors)
{
    ServerCertificateInfo info;
    info.host = host;
    info.port = port;
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    info.serverKey = h + QLatin1Char(':') + QString::number(port);
    info.certificate = certificate;
    info.sha256Fingerprint = fingerprintOf(certificate);
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.effectiveDate = certificate.effectiveDate().toUTC();
    info.expiryDate = certificate.expiryDate().toUTC();
    // QSslCertificate::isSelfSigned() asks OpenSSL whether the certificate
    // could have issued itself, which fails for leaf certificates without
    // the CA key usages; what the user cares about is "nobody vouches for it".
    info.selfSigned = certificate.isSelfSigned() || (!certificate.isNull() && info.subject == info.issuer);
    for (const QSslError &e : errors) {
        info.verificationErrors.append(e.errorString());
        if (e.error() == QSslError::SelfSignedCertificate)
            info.selfSigned = true;
    }
    info.verificationErrors.removeDuplicates();
    return info;
}

} // namespace erp::client
