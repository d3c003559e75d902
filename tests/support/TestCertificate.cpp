#include "tests/support/TestCertificate.h"

#include "server/http/SelfSignedCertificate.h"

#include <QFile>
#include <QTemporaryDir>

namespace erp::test {

namespace {
QTemporaryDir &certificateDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

const TestCertificate &TestCertificate::instance()
{
    static const TestCertificate certificate;
    return certificate;
}

TestCertificate::TestCertificate()
{
    QTemporaryDir &dir = certificateDir();
    if (!dir.isValid())
        qFatal("TestCertificate: cannot create a temporary directory");
    m_certificatePath = dir.filePath(QStringLiteral("server.crt"));
    m_keyPath = dir.filePath(QStringLiteral("server.key"));
    QString error;
    if (!erp::server::SelfSignedCertificate::generate(m_certificatePath, m_keyPath, QStringLiteral("localhost"),
                                                      &m_fingerprint, &error))
        qFatal("TestCertificate: %s", qPrintable(error));

    QFile certFile(m_certificatePath);
    QFile keyFile(m_keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        qFatal("TestCertificate: cannot read the generated files");
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (m_certificate.isNull() || m_key.isNull())
        qFatal("TestCertificate: Qt cannot load the generated certificate or key");
}

QSslConfiguration TestCertificate::serverConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(m_certificate);
    ssl.setPrivateKey(m_key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

} // namespace erp::test
