#include "client/core/TrustStore.h"

#include "client/core/ClientLog.h"
#include "client/core/ManagedConfiguration.h"

#include <QFile>
#include <QSettings>

namespace erp::client {

namespace {

const QString PinsGroup = QStringLiteral("trust/pins");

// Errors that only say "I do not know who vouches for this certificate":
// what trusting an exact, user-approved certificate answers. Expiry,
// revocation, bad signatures and the like are never in this list.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString keyPart(QString host)
{
    host = host.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

} // namespace

TrustStore::TrustStore(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    loadUserPins();
}

TrustStore::TrustStore(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    loadUserPins();
}

TrustStore::~TrustStore() = default;

QString TrustStore::serverKey(const QUrl &url)
{
    return serverKey(url.host(), quint16(url.port(443)));
}

QString TrustStore::serverKey(const QString &host, quint16 port)
{
    return keyPart(host) + QLatin1Char(':') + QString::number(port);
}

void TrustStore::loadUserPins()
{
    m_userPins.clear();
    m_settings->beginGroup(PinsGroup);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        const QString fingerprint =
            ServerCertificateInfo::normaliseFingerprint(m_settings->value(key).toString());
        if (fingerprint.isEmpty())
            qCWarning(lcTls) << "ignoring malformed pin for" << key;
        else
            m_userPins.insert(key, fingerprint);
    }
    m_settings->endGroup();
}

QSslConfiguration TrustStore::sslConfiguration() const
{
    if (m_sslConfigurationValid)
        return m_sslConfiguration;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty()) {
        // Setting CA certificates turns off the on-demand loading of the
        // system store: add the system CAs explicitly so both are trusted.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCas);
    }
    m_sslConfiguration = configuration;
    m_sslConfigurationValid = true;
    return configuration;
}

bool TrustStore::isPinned(const QString &serverKey) const
{
    return !pinnedFingerprint(serverKey).isEmpty();
}

QString TrustStore::pinnedFingerprint(const QString &serverKey) const
{
    // IT's pin wins over whatever the user accepted.
    const QString managed = m_managedPins.value(serverKey);
    return managed.isEmpty() ? m_userPins.value(serverKey) : managed;
}

bool TrustStore::isManagedPin(const QString &serverKey) const
{
    return m_managedPins.contains(serverKey);
}

void TrustStore::pinCertificate(const ServerCertificateInfo &info)
{
    QString key = info.serverKey;
    if (key.isEmpty())
        key = serverKey(info.host, info.port);
    const QString fingerprint = info.sha256Fingerprint.isEmpty()
        ? ServerCertificateInfo::fingerprintOf(info.certificate)
        : ServerCertificateInfo::normaliseFingerprint(info.sha256Fingerprint);
    pinFingerprint(key, fingerprint);
}

void TrustStore::pinFingerprint(const QString &serverKey, const QString &sha256Fingerprint)
{
    const QString fingerprint = ServerCertificateInfo::normaliseFingerprint(sha256Fingerprint);
    if (serverKey.isEmpty() || fingerprint.isEmpty()) {
        qCWarning(lcTls) << "refusing to pin a malformed fingerprint for" << serverKey;
        return;
    }
    qCInfo(lcTls) << "pinning" << serverKey << fingerprint;
    m_userPins.insert(serverKey, fingerprint);
    m_settings->beginGroup(PinsGroup);
    m_settings->setValue(serverKey, fingerprint);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT pinsChanged();
}

bool TrustStore::removePin(const QString &serverKey)
{
    if (!m_userPins.remove(serverKey))
        return false;
    m_settings->beginGroup(PinsGroup);
    m_settings->remove(serverKey);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT pinsChanged();
    return true;
}

QHash<QString, QString> TrustStore::pins() const
{
    QHash<QString, QString> all = m_userPins;
    for (auto it = m_managedPins.cbegin(); it != m_managedPins.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

bool TrustStore::addCaCertificatesFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("no certificate in CA file %1").arg(path);
        return false;
    }
    qCInfo(lcTls) << "trusting" << certificates.size() << "CA certificate(s) from" << path;
    addCaCertificates(certificates);
    return true;
}

void TrustStore::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    for (const QSslCertificate &c : certificates) {
        if (!c.isNull() && !m_extraCas.contains(c)) {
            m_extraCas.append(c);
            m_sslConfigurationValid = false;
        }
    }
}

bool TrustStore::applyManagedConfiguration(const ManagedConfiguration &configuration, QString *error)
{
    QStringList problems;
    if (!configuration.caFile().isEmpty()) {
        QString message;
        if (!addCaCertificatesFromFile(configuration.caFile(), &message))
            problems.append(message);
    }
    const QList<ServerProfile> servers = configuration.servers();
    for (const ServerProfile &server : servers) {
        if (server.pinSha256.isEmpty())
            continue;
        const QString fingerprint = ServerCertificateInfo::normaliseFingerprint(server.pinSha256);
        if (fingerprint.isEmpty() || !server.url.isValid() || server.url.host().isEmpty()) {
            problems.append(QStringLiteral("invalid pin for server %1").arg(server.name));
            continue;
        }
        m_managedPins.insert(serverKey(server.url), fingerprint);
    }
    if (!configuration.servers().isEmpty())
        Q_EMIT pinsChanged();
    if (error)
        *error = problems.join(QLatin1String("; "));
    return problems.isEmpty();
}

TrustStore::Decision TrustStore::evaluate(const QString &host, quint16 port, const QList<QSslError> &errors) const
{
    QSslCertificate peer;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull()) {
            peer = e.certificate();
            break;
        }
    }
    return evaluate(host, port, peer, errors);
}

TrustStore::Decision TrustStore::evaluate(const QString &host, quint16 port, const QSslCertificate &peer,
                                          const QList<QSslError> &errors) const
{
    Decision d;
    d.certificate = ServerCertificateInfo::fromCertificate(peer, host, port, errors);
    const QString key = d.certificate.serverKey;
    const QString pinned = pinnedFingerprint(key);

    bool onlyTrustAndName = true;   // every error is a trust or host name error
    bool anyTrust = false;
    for (const QSslError &e : errors) {
        if (isTrustError(e.error()))
            anyTrust = true;
        else if (e.error() != QSslError::HostNameMismatch)
            onlyTrustAndName = false;
    }

    if (!pinned.isEmpty()) {
        if (peer.isNull() || d.certificate.sha256Fingerprint != pinned) {
            d.verdict = Decision::Verdict::PinMismatch;
            d.certificate.expectedSha256Fingerprint = pinned;
            d.reason = QStringLiteral("pinned certificate %1, server presented %2").arg(pinned, d.certificate.sha256Fingerprint);
            return d;
        }
        if (!onlyTrustAndName) {
            d.verdict = Decision::Verdict::Reject;
            d.reason = d.certificate.verificationErrors.join(QLatin1String("; "));
            return d;
        }
        // Exactly the pinned certificate: its "unknown issuer" and host name
        // errors are what the pin answers (the user approved this very
        // certificate for this host:port). Ignore exactly these errors.
        d.verdict = Decision::Verdict::Accept;
        d.errorsToIgnore = errors;
        d.reason = QStringLiteral("pinned certificate");
        return d;
    }

    if (onlyTrustAndName && anyTrust && !peer.isNull()) {
        d.verdict = Decision::Verdict::TrustRequired;
        d.reason = QStringLiteral("unknown certificate");
        return d;
    }
    d.verdict = Decision::Verdict::Reject;
    d.reason = d.certificate.verificationErrors.join(QLatin1String("; "));
    return d;
}

TrustStore::Decision TrustStore::checkPeer(const QString &host, quint16 port, const QSslCertificate &peer) const
{
    Decision d;
    d.certificate = ServerCertificateInfo::fromCertificate(peer, host, port);
    const QString pinned = pinnedFingerprint(d.certificate.serverKey);
    if (pinned.isEmpty() || d.certificate.sha256Fingerprint == pinned) {
        d.verdict = Decision::Verdict::Accept;
        return d;
    }
    d.verdict = Decision::Verdict::PinMismatch;
    d.certificate.expectedSha256Fingerprint = pinned;
    d.reason = QStringLiteral("pinned certificate %1, server presented %2").arg(pinned, d.certificate.sha256Fingerprint);
    return d;
}

} // namespace erp::client
