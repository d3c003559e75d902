#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace erp::test {

// A self-signed certificate made once per test process (in a temporary
// directory removed at exit) with the same code `erp-server gen-cert` uses.
// Servers get serverConfiguration(); clients trust exactly certificate().
class TestCertificate
{
public:
    static const TestCertificate &instance();

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    // Certificate and key, TLS 1.2 or later: ready for HttpServerConfig::ssl.
    QSslConfiguration serverConfiguration() const;
    QString certificatePath() const { return m_certificatePath; }
    QString keyPath() const { return m_keyPath; }
    QString fingerprint() const { return m_fingerprint; }

private:
    TestCertificate();

    QString m_certificatePath;
    QString m_keyPath;
    QString m_fingerprint;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace erp::test
