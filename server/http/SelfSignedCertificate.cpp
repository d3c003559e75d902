#include "server/http/SelfSignedCertificate.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace erp::server {

Q_LOGGING_CATEGORY(lcHttpCert, "erp.http.cert")

namespace {

// 825 days is the longest validity Apple platforms accept for a TLS server
// certificate; clients on macOS would otherwise reject it outright.
constexpr long ValidityDays = 825;

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QLatin1String(buf));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value, QString *error)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    if (!ext || !X509_add_ext(cert, ext.get(), -1)) {
        *error = openSslError("adding a certificate extension");
        return false;
    }
    return true;
}

// Writes the private key so that it is never readable by others, not even for
// an instant: the temporary file is created 0600 and renamed into place.
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray target = QFile::encodeName(path);
    QByteArray tmpl = target + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data()); // mkstemp creates with mode 0600
    if (fd < 0) {
        *error = QStringLiteral("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // in case a libc ever uses wider bits
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        written += n;
    }
    const bool ok = written == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(tmpl.constData(), target.constData()) != 0) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        ::unlink(tmpl.constData());
        return false;
    }
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
#endif
}

} // namespace

bool SelfSignedCertificate::generate(const QString &certPath, const QString &keyPath, const QString &commonName,
                                     QString *fingerprintOut, QString *errorOut)
{
    QString scratch;
    QString *error = errorOut ? errorOut : &scratch;
    const QString cn = commonName.isEmpty() ? QStringLiteral("localhost") : commonName;

    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = openSslError("EC key generation");
        return false;
    }

    X509Ptr cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), 2 /* v3 */)) {
        *error = openSslError("X509_new");
        return false;
    }
    // A random 127-bit serial: browsers and OpenSSL reject duplicate serials
    // from one issuer, and every generated certificate is its own issuer.
    BnPtr serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        *error = openSslError("serial number");
        return false;
    }
    // Backdated a few minutes for clients whose clocks are slightly behind.
    constexpr long backdate = 5 * 60;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -backdate)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), ValidityDays * 24 * 3600 - backdate)) {
        *error = openSslError("validity");
        return false;
    }
    if (!X509_set_pubkey(cert.get(), key.get())) {
        *error = openSslError("X509_set_pubkey");
        return false;
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cnUtf8 = cn.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cnUtf8.constData()), -1, -1, 0)
        || !X509_set_issuer_name(cert.get(), name)) {
        *error = openSslError("subject name");
        return false;
    }

    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    const QHostAddress cnAddress(cn);
    if (!cnAddress.isNull()) {
        if (cnAddress != QHostAddress(QHostAddress::LocalHost)
            && cnAddress != QHostAddress(QHostAddress::LocalHostIPv6))
            san += ",IP:" + cnAddress.toString().toLatin1();
    } else if (cn != u"localhost") {
        // Only hostname characters may go into the config string, otherwise a
        // comma in the name would inject further entries.
        for (QChar c : cn) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'*') {
                *error = QStringLiteral("The common name %1 is not a host name.").arg(cn);
                return false;
            }
        }
        san += ",DNS:" + cnUtf8;
    }
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE", error)
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature", error)
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth", error)
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash", error)
        || !addExtension(cert.get(), NID_subject_alt_name, san, error))
        return false;

    if (!X509_sign(cert.get(), key.get(), EVP_sha256())) {
        *error = openSslError("X509_sign");
        return false;
    }

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    // The traditional "EC PRIVATE KEY" form, which every Qt TLS backend reads.
    if (!certBio || !keyBio || !PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey_traditional(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        *error = openSslError("PEM encoding");
        return false;
    }
    const QByteArray certPem = bioContents(certBio.get());
    const QByteArray keyPem = bioContents(keyBio.get());

    for (const QString &path : {certPath, keyPath})
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (!writePrivateFile(keyPath, keyPem, error))
        return false;
    QSaveFile certFile(certPath);
    if (!certFile.open(QIODevice::WriteOnly) || certFile.write(certPem) != certPem.size() || !certFile.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(certPath, certFile.errorString());
        return false;
    }

    const QSslCertificate qcert(certPem, QSsl::Pem);
    if (fingerprintOut)
        *fingerprintOut = fingerprint(qcert);
    qCInfo(lcHttpCert) << "generated self-signed certificate for" << cn << fingerprint(qcert);
    return true;
}

QString SelfSignedCertificate::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool SelfSignedCertificate::keyMatchesCertificate(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray certPem = certFile.readAll();
    const QByteArray keyPem = keyFile.readAll();
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *cert = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    const bool matches = cert && key && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    ERR_clear_error();
    return matches;
}

} // namespace erp::server
