#pragma once

#include <QString>

class QSslCertificate;

namespace erp::server {

// Creates the self-signed certificate a fresh installation serves until IT
// provides a real one (`erp-server gen-cert`). Clients pin it by the SHA-256
// fingerprint printed here.
class SelfSignedCertificate
{
public:
    // EC P-256 key and an X.509v3 certificate valid for 825 days with
    // subjectAltName localhost, 127.0.0.1, ::1 and commonName. The key file is
    // created with mode 0600. Existing files are replaced atomically.
    static bool generate(const QString &certPath, const QString &keyPath, const QString &commonName,
                         QString *fingerprint, QString *error);

    // Whether the PEM key is the private key of the (first) PEM certificate.
    static bool keyMatchesCertificate(const QString &certPath, const QString &keyPath);

    // SHA-256 of the DER certificate as "AB:CD:...".
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace erp::server
