#include "server/auth/TokenService.h"

#include "server/auth/AuthLog.h"
#include "server/auth/Sodium.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <jwt.h>
#include <sodium.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace erp::server {

namespace {

constexpr int KeyBytes = 32;
constexpr int RefreshSecretBytes = 32;
constexpr int RefreshSecretChars = 43;          // base64url of 32 bytes, no padding
constexpr qsizetype MaxTokenBytes = 4096;       // ours are ~350 bytes; refuse big junk early

// Each TokenService gets its own number, never reused: a token one instance
// (one key, one configuration) verified is never taken as verified by another.
std::atomic<quint64> nextInstanceNumber {1};

// The tokens this thread has verified, with what verification found. A
// token's signature and claims cannot change, so a token presented again
// only has its times checked again (the signature check is about a tenth of
// the server's own work on a list page). Cleared when full.
struct VerifiedToken
{
    quint64 instance = 0;
    AccessClaims claims;
    qint64 notBefore = 0;
};
constexpr qsizetype MaxVerifiedTokens = 1024;

QHash<QByteArray, VerifiedToken> &verifiedTokens()
{
    thread_local QHash<QByteArray, VerifiedToken> tokens;
    return tokens;
}

std::unique_ptr<TokenService> &globalInstance()
{
    static std::unique_ptr<TokenService> instance;
    return instance;
}

std::runtime_error systemError(const char *what, const QString &path)
{
    return std::runtime_error(QStringLiteral("%1 %2: %3")
                                  .arg(QLatin1String(what), path,
                                       QString::fromLocal8Bit(std::strerror(errno)))
                                  .toStdString());
}

bool isBase64UrlSegment(const QByteArray &segment)
{
    if (segment.isEmpty())
        return false;
    for (char c : segment) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool decodeJsonSegment(const QByteArray &segment, QJsonObject *out)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

// JSON numbers arrive as doubles; accept only exact integers in the range a
// double represents exactly.
bool integerClaim(const QJsonObject &claims, const char *name, qint64 *out)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::trunc(d) || std::fabs(d) > 9007199254740992.0)
        return false;
    *out = qint64(d);
    return true;
}

bool stringClaim(const QJsonObject &claims, const char *name, QString *out)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

// sub is a string per RFC 7519; ours is a positive decimal user id.
bool positiveIdFromString(const QString &text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 18 || text.startsWith(QLatin1Char('0')))
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    *out = text.toLongLong();
    return *out > 0;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return digest;
}

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray encoded =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw.data(), size_t(raw.size()));
    return encoded;
}

// Reads an existing key file. Returns false when it does not exist.
bool readKeyFile(const QString &path, QByteArray *key)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return false;
        throw systemError("cannot open JWT key file", path);
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw std::runtime_error(QStringLiteral("JWT key file %1 is not a regular file")
                                     .arg(path).toStdString());
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO))
        qCWarning(lcAuth, "JWT key file %s is accessible to other users; it should be mode 0600",
                  native.constData());
    QByteArray data(KeyBytes + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < data.size()) {
        const ssize_t n = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            throw systemError("cannot read JWT key file", path);
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);
    // A short file is most likely another process still writing it; but we
    // publish the key with link() only after it is complete, so a wrong size
    // means the file is not ours.
    if (total != KeyBytes)
        throw std::runtime_error(QStringLiteral("JWT key file %1 must hold exactly %2 bytes")
                                     .arg(path).arg(KeyBytes).toStdString());
    data.truncate(KeyBytes);
    *key = data;
    return true;
}

// Writes a fresh key to a private temporary file and publishes it with link(),
// which fails if the name exists: two processes starting at once agree on one
// key and no reader ever sees a half-written file. Returns false when another
// process won the race.
bool createKeyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw std::runtime_error(QStringLiteral("cannot create directory %1 for the JWT key")
                                     .arg(info.absolutePath()).toStdString());
    const QString tmpPath = path + QStringLiteral(".tmp.%1.%2")
                                       .arg(::getpid())
                                       .arg(QString::fromLatin1(randomBase64Url(6)));
    const QByteArray nativeTmp = QFile::encodeName(tmpPath);
    const QByteArray native = QFile::encodeName(path);
    // The mode is set at creation so the key is never readable by others, not
    // even for the moment between creating and a later chmod.
    const int fd = ::open(nativeTmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw systemError("cannot create JWT key file", tmpPath);
    unsigned char key[KeyBytes];
    randombytes_buf(key, sizeof key);
    size_t written = 0;
    bool ok = true;
    while (written < sizeof key) {
        const ssize_t n = ::write(fd, key + written, sizeof key - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        written += size_t(n);
    }
    sodium_memzero(key, sizeof key);
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(nativeTmp.constData());
        throw systemError("cannot write JWT key file", tmpPath);
    }
    const int linked = ::link(nativeTmp.constData(), native.constData());
    const int linkErrno = errno;
    ::unlink(nativeTmp.constData());
    if (linked == 0) {
        qCInfo(lcAuth, "created a new JWT signing key in %s", native.constData());
        return true;
    }
    if (linkErrno == EEXIST)
        return false;
    errno = linkErrno;
    throw systemError("cannot publish JWT key file", path);
}

} // namespace

TokenService::TokenService(AuthConfig config)
    : m_config(std::move(config)), m_instance(nextInstanceNumber++)
{
    Sodium::ensureInitialised();
    m_key = loadOrCreateKey(m_config.keyFile);
}

TokenService::TokenService(AuthConfig config, QByteArray key)
    : m_config(std::move(config)), m_key(std::move(key)), m_instance(nextInstanceNumber++)
{
    Sodium::ensureInitialised();
    if (m_key.size() < KeyBytes)
        throw std::invalid_argument("HS256 key must have at least 32 bytes");
}

void TokenService::configure(const AuthConfig &config)
{
    globalInstance() = std::make_unique<TokenService>(config);
}

void TokenService::configure(const AuthConfig &config, const QByteArray &key)
{
    globalInstance() = std::make_unique<TokenService>(config, key);
}

bool TokenService::isConfigured()
{
    return globalInstance() != nullptr;
}

TokenService &TokenService::instance()
{
    auto &instance = globalInstance();
    if (!instance)
        throw std::logic_error("TokenService::configure() was not called");
    return *instance;
}

QByteArray TokenService::loadOrCreateKey(const QString &path)
{
    Sodium::ensureInitialised();
    for (int attempt = 0; attempt < 3; ++attempt) {
        QByteArray key;
        if (readKeyFile(path, &key))
            return key;
        if (createKeyFile(path) && readKeyFile(path, &key))
            return key;
    }
    throw std::runtime_error(QStringLiteral("cannot load or create JWT key file %1").arg(path).toStdString());
}

QString TokenService::issueAccessToken(qint64 userId, qint64 tenantId, qint64 sessionId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("iss"), m_config.issuer},
        {QStringLiteral("aud"), m_config.audience},
        {QStringLiteral("sub"), QString::number(userId)},
        {QStringLiteral("tid"), tenantId},
        {QStringLiteral("sid"), sessionId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_config.accessTokenTtlSeconds},
        {QStringLiteral("typ"), QStringLiteral("access")},
        {QStringLiteral("jti"), QString::fromLatin1(randomBase64Url(16))},
    };
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        throw std::runtime_error("jwt_new failed");
    std::unique_ptr<jwt_t, void (*)(jwt_t *)> jwt(raw, jwt_free);
    // Added as one JSON document so 64-bit ids never pass through `long`.
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    if (jwt_add_grants_json(jwt.get(), json.constData()) != 0
        || jwt_set_alg(jwt.get(), JWT_ALG_HS256,
                       reinterpret_cast<const unsigned char *>(m_key.constData()),
                       int(m_key.size()))
               != 0)
        throw std::runtime_error("cannot build access token");
    char *encoded = jwt_encode_str(jwt.get());
    if (!encoded)
        throw std::runtime_error("jwt_encode_str failed");
    const QString token = QString::fromLatin1(encoded);
    std::free(encoded);
    return token;
}

AccessTokenCheck TokenService::verifyAccessToken(const QByteArray &token) const
{
    AccessTokenCheck result;
    auto refuse = [&result](const char *reason) {
        result.valid = false;
        result.error = QLatin1String(reason);
        return result;
    };
    if (token.isEmpty())
        return refuse("token_missing");
    if (token.size() > MaxTokenBytes)
        return refuse("token_malformed");
    QHash<QByteArray, VerifiedToken> &verified = verifiedTokens();
    if (const auto seen = verified.constFind(token); seen != verified.constEnd() && seen->instance == m_instance) {
        // Verified by this instance before: the times as below.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 leeway = m_config.clockLeewaySeconds;
        if (now > seen->claims.expiresAt + leeway) {
            verified.erase(seen);
            return refuse("token_expired");
        }
        if (seen->notBefore > now + leeway || seen->claims.issuedAt > now + leeway)
            return refuse("token_not_yet_valid");
        result.valid = true;
        result.claims = seen->claims;
        return result;
    }
    const QList<QByteArray> parts = token.split('.');
    // Three non-empty base64url segments: this also turns away unsigned
    // "alg: none" tokens (empty signature) and our opaque refresh tokens.
    if (parts.size() != 3)
        return refuse("token_malformed");
    for (const QByteArray &part : parts)
        if (!isBase64UrlSegment(part))
            return refuse("token_malformed");

    // Check the algorithm ourselves before libjwt sees the token: we accept
    // exactly the one we issue, so "none", HS384/512 with our key as secret,
    // RS256 with the key as a "public key" and the like never reach a verifier.
    QJsonObject header;
    if (!decodeJsonSegment(parts.at(0), &header))
        return refuse("token_malformed");
    if (header.value(QLatin1String("alg")) != QJsonValue(QStringLiteral("HS256")))
        return refuse("token_algorithm");
    if (header.contains(QLatin1String("crit")))
        return refuse("token_malformed");   // no extensions are understood, so none may be required

    jwt_t *raw = nullptr;
    const int rc = jwt_decode(&raw, token.constData(),
                              reinterpret_cast<const unsigned char *>(m_key.constData()),
                              int(m_key.size()));
    std::unique_ptr<jwt_t, void (*)(jwt_t *)> jwt(raw, jwt_free);
    if (rc != 0 || !jwt)
        return refuse("token_signature");
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return refuse("token_algorithm");

    // The signature covers the payload segment, so reading it ourselves sees
    // exactly what was signed, with strict types.
    QJsonObject claims;
    if (!decodeJsonSegment(parts.at(1), &claims))
        return refuse("token_malformed");
    QString typ, iss, aud, sub, jti;
    qint64 tid = 0, sid = 0, iat = 0, nbf = 0, exp = 0, userId = 0;
    if (!stringClaim(claims, "typ", &typ) || typ != QLatin1String("access")
        || !stringClaim(claims, "iss", &iss) || iss != m_config.issuer
        || !stringClaim(claims, "aud", &aud) || aud != m_config.audience
        || !stringClaim(claims, "sub", &sub) || !positiveIdFromString(sub, &userId)
        || !integerClaim(claims, "tid", &tid) || tid <= 0
        || !integerClaim(claims, "sid", &sid) || sid <= 0
        || !stringClaim(claims, "jti", &jti) || jti.isEmpty()
        || !integerClaim(claims, "iat", &iat) || !integerClaim(claims, "nbf", &nbf)
        || !integerClaim(claims, "exp", &exp))
        return refuse("token_claims");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 leeway = m_config.clockLeewaySeconds;
    if (now > exp + leeway)
        return refuse("token_expired");
    if (nbf > now + leeway || iat > now + leeway)
        return refuse("token_not_yet_valid");

    result.valid = true;
    result.claims = {userId, tid, sid, iat, exp, jti};
    if (verified.size() >= MaxVerifiedTokens)
        verified.clear();
    verified.insert(token, {m_instance, result.claims, nbf});
    return result;
}

RefreshToken TokenService::newRefreshToken(qint64 tenantId)
{
    Sodium::ensureInitialised();
    RefreshToken t;
    t.token = QString::number(tenantId) + QLatin1Char('.')
              + QString::fromLatin1(randomBase64Url(RefreshSecretBytes));
    t.hash = sha256(t.token.toLatin1());
    return t;
}

QByteArray TokenService::derivedKey(const QByteArray &purpose) const
{
    return QMessageAuthenticationCode::hash("erp derived key\n" + purpose, m_key, QCryptographicHash::Sha256);
}

bool TokenService::parseRefreshToken(const QString &token, qint64 *tenantId, QByteArray *hash)
{
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return false;
    qint64 tid = 0;
    if (!positiveIdFromString(token.left(dot), &tid))
        return false;
    const QByteArray secret = token.mid(dot + 1).toLatin1();
    if (secret.size() != RefreshSecretChars || !isBase64UrlSegment(secret))
        return false;
    Sodium::ensureInitialised();
    *tenantId = tid;
    *hash = sha256(token.toLatin1());
    return true;
}

} // namespace erp::server
