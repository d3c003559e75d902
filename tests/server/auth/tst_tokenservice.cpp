#include "server/auth/TokenService.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <jwt.h>
#include <sodium.h>

#include <cstdlib>
#include <sys/stat.h>

using namespace erp::server;

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    crypto_auth_hmacsha256_final(&st, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac);
}

// A token with any header we like, HMAC-SHA256-signed with `key` whatever the
// header claims (the classic algorithm-confusion shapes).
QByteArray handMade(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray signingInput = b64(json(header)) + '.' + b64(json(claims));
    return signingInput + '.' + b64(hmacSha256(key, signingInput));
}

// A token signed by libjwt with the given algorithm (HS256/384/512).
QByteArray libjwtSigned(jwt_alg_t alg, const QJsonObject &claims, const QByteArray &key)
{
    jwt_t *jwt = nullptr;
    jwt_new(&jwt);
    jwt_add_grants_json(jwt, json(claims).constData());
    jwt_set_alg(jwt, alg, reinterpret_cast<const unsigned char *>(key.constData()), int(key.size()));
    char *s = jwt_encode_str(jwt);
    const QByteArray token(s);
    std::free(s);
    jwt_free(jwt);
    return token;
}

} // namespace

class tst_TokenService : public QObject
{
    Q_OBJECT

private:
    QByteArray m_key = QByteArray(32, '\x5a');
    AuthConfig m_config;

    QJsonObject goodClaims() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{QStringLiteral("iss"), QStringLiteral("erp-server")},
                {QStringLiteral("aud"), QStringLiteral("erp-client")},
                {QStringLiteral("sub"), QStringLiteral("7")},
                {QStringLiteral("tid"), 3},
                {QStringLiteral("sid"), 11},
                {QStringLiteral("iat"), now},
                {QStringLiteral("nbf"), now},
                {QStringLiteral("exp"), now + 900},
                {QStringLiteral("typ"), QStringLiteral("access")},
                {QStringLiteral("jti"), QStringLiteral("abc")}};
    }
    QJsonObject with(const char *name, const QJsonValue &value) const
    {
        QJsonObject c = goodClaims();
        c.insert(QLatin1String(name), value);
        return c;
    }
    QJsonObject without(const char *name) const
    {
        QJsonObject c = goodClaims();
        c.remove(QLatin1String(name));
        return c;
    }
    static QJsonObject hs256Header()
    {
        return {{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    }

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void issuedTokenVerifies()
    {
        TokenService service(m_config, m_key);
        const QString token = service.issueAccessToken(42, 7, 99);
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        const AccessTokenCheck check = service.verifyAccessToken(token.toLatin1());
        QVERIFY2(check.valid, qPrintable(check.error));
        QCOMPARE(check.claims.userId, 42);
        QCOMPARE(check.claims.tenantId, 7);
        QCOMPARE(check.claims.sessionId, 99);
        QVERIFY(!check.claims.tokenId.isEmpty());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(check.claims.expiresAt - (now + 15 * 60)) <= 2);

        // The claims on the wire are the documented ones.
        const QList<QByteArray> parts = token.toLatin1().split('.');
        const QJsonObject header = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
        const QJsonObject claims = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        for (const char *name : {"sub", "tid", "sid", "iat", "nbf", "exp", "iss", "aud", "typ", "jti"})
            QVERIFY2(claims.contains(QLatin1String(name)), name);
        QCOMPARE(claims.value(QLatin1String("typ")).toString(), QStringLiteral("access"));
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("42"));

        // Two tokens for the same session still differ (jti).
        QVERIFY(service.issueAccessToken(42, 7, 99) != token);
    }

    void bigIdsSurvive()
    {
        TokenService service(m_config, m_key);
        const qint64 big = Q_INT64_C(4503599627370000);   // beyond 32 bits, within 2^53
        const AccessTokenCheck check = service.verifyAccessToken(service.issueAccessToken(big, big + 1, big + 2).toLatin1());
        QVERIFY2(check.valid, qPrintable(check.error));
        QCOMPARE(check.claims.userId, big);
        QCOMPARE(check.claims.tenantId, big + 1);
        QCOMPARE(check.claims.sessionId, big + 2);
    }

    void handMadeGoodTokenVerifies()
    {
        // Guards the negative cases below: the same construction with nothing
        // wrong is accepted, so each rejection is due to the one change.
        TokenService service(m_config, m_key);
        QVERIFY(service.verifyAccessToken(handMade(hs256Header(), goodClaims(), m_key)).valid);
        QVERIFY(service.verifyAccessToken(libjwtSigned(JWT_ALG_HS256, goodClaims(), m_key)).valid);
        // Inside the 30 s leeway.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(service.verifyAccessToken(handMade(hs256Header(), with("exp", now - 10), m_key)).valid);
    }

    void aTokenSeenAgainIsStillCheckedForTimeAndKey()
    {
        // A verified token is remembered per thread; seen again, it must
        // still expire, and no other key or configuration may accept it.
        // No leeway, so that it expires within the test.
        AuthConfig config = m_config;
        config.clockLeewaySeconds = 0;
        TokenService service(config, m_key);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray token = handMade(hs256Header(), with("exp", now + 2), m_key);
        for (int i = 0; i < 2; ++i) {
            const AccessTokenCheck check = service.verifyAccessToken(token);
            QVERIFY2(check.valid, qPrintable(check.error));
            QCOMPARE(check.claims.userId, 7);
            QCOMPARE(check.claims.tenantId, 3);
            QCOMPARE(check.claims.sessionId, 11);
            QCOMPARE(check.claims.expiresAt, now + 2);
            QCOMPARE(check.claims.tokenId, QStringLiteral("abc"));
        }
        TokenService otherKey(config, QByteArray(32, '\x33'));
        QCOMPARE(otherKey.verifyAccessToken(token).error, QStringLiteral("token_signature"));
        AuthConfig otherIssuer = config;
        otherIssuer.issuer = QStringLiteral("someone-else");
        TokenService strict(otherIssuer, m_key);
        QCOMPARE(strict.verifyAccessToken(token).error, QStringLiteral("token_claims"));
        QVERIFY(service.verifyAccessToken(token).valid);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > now + 2, 4000);
        QCOMPARE(service.verifyAccessToken(token).error, QStringLiteral("token_expired"));
        QCOMPARE(service.verifyAccessToken(token).error, QStringLiteral("token_expired"));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("reason");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray otherKey(32, '\x11');
        const QJsonObject claims = goodClaims();
        const QByteArray good = handMade(hs256Header(), claims, m_key);

        const QByteArray noneHeader = b64(json({{QStringLiteral("alg"), QStringLiteral("none")},
                                                {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        QTest::newRow("alg none, unsigned") << noneHeader + '.' + b64(json(claims)) + '.'
                                            << QStringLiteral("token_malformed");
        QTest::newRow("alg none, with signature")
            << handMade({{QStringLiteral("alg"), QStringLiteral("none")}}, claims, m_key)
            << QStringLiteral("token_algorithm");
        QTest::newRow("alg None") << handMade({{QStringLiteral("alg"), QStringLiteral("None")}}, claims, m_key)
                                  << QStringLiteral("token_algorithm");
        QTest::newRow("alg hs256 lower case")
            << handMade({{QStringLiteral("alg"), QStringLiteral("hs256")}}, claims, m_key)
            << QStringLiteral("token_algorithm");
        QTest::newRow("alg missing") << handMade({{QStringLiteral("typ"), QStringLiteral("JWT")}}, claims, m_key)
                                     << QStringLiteral("token_algorithm");
        QTest::newRow("alg HS384, same key") << libjwtSigned(JWT_ALG_HS384, claims, m_key)
                                             << QStringLiteral("token_algorithm");
        QTest::newRow("alg HS512, same key") << libjwtSigned(JWT_ALG_HS512, claims, m_key)
                                             << QStringLiteral("token_algorithm");
        QTest::newRow("alg RS256 header, HMAC signature")
            << handMade({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}},
                        claims, m_key)
            << QStringLiteral("token_algorithm");
        QTest::newRow("alg ES256 header")
            << handMade({{QStringLiteral("alg"), QStringLiteral("ES256")}}, claims, m_key)
            << QStringLiteral("token_algorithm");
        QTest::newRow("crit header")
            << handMade({{QStringLiteral("alg"), QStringLiteral("HS256")},
                         {QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}}, claims, m_key)
            << QStringLiteral("token_malformed");

        QByteArray wrongSignature = good;
        const qsizetype sigStart = good.lastIndexOf('.') + 1;
        wrongSignature[sigStart] = wrongSignature[sigStart] == 'A' ? 'B' : 'A';
        QTest::newRow("wrong signature") << wrongSignature << QStringLiteral("token_signature");
        QTest::newRow("wrong key") << handMade(hs256Header(), claims, otherKey) << QStringLiteral("token_signature");
        QTest::newRow("wrong key, issued by service")
            << TokenService(m_config, otherKey).issueAccessToken(7, 3, 11).toLatin1()
            << QStringLiteral("token_signature");
        {
            // Payload swapped for another user's, signature kept.
            const QList<QByteArray> parts = good.split('.');
            QTest::newRow("tampered payload")
                << parts[0] + '.' + b64(json(with("sub", QStringLiteral("1")))) + '.' + parts[2]
                << QStringLiteral("token_signature");
        }

        QTest::newRow("expired") << handMade(hs256Header(), with("exp", now - 3600), m_key)
                                 << QStringLiteral("token_expired");
        QTest::newRow("expired beyond leeway") << handMade(hs256Header(), with("exp", now - 45), m_key)
                                               << QStringLiteral("token_expired");
        QTest::newRow("nbf in the future") << handMade(hs256Header(), with("nbf", now + 3600), m_key)
                                           << QStringLiteral("token_not_yet_valid");
        QTest::newRow("iat in the future") << handMade(hs256Header(), with("iat", now + 3600), m_key)
                                           << QStringLiteral("token_not_yet_valid");
        QTest::newRow("exp missing") << handMade(hs256Header(), without("exp"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("exp as string") << handMade(hs256Header(), with("exp", QString::number(now + 900)), m_key)
                                       << QStringLiteral("token_claims");
        QTest::newRow("nbf missing") << handMade(hs256Header(), without("nbf"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("wrong iss") << handMade(hs256Header(), with("iss", QStringLiteral("evil")), m_key)
                                   << QStringLiteral("token_claims");
        QTest::newRow("iss missing") << handMade(hs256Header(), without("iss"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("wrong aud") << handMade(hs256Header(), with("aud", QStringLiteral("erp-admin")), m_key)
                                   << QStringLiteral("token_claims");
        QTest::newRow("aud as array") << handMade(hs256Header(), with("aud", QJsonArray{QStringLiteral("erp-client")}), m_key)
                                      << QStringLiteral("token_claims");
        QTest::newRow("typ refresh") << handMade(hs256Header(), with("typ", QStringLiteral("refresh")), m_key)
                                     << QStringLiteral("token_claims");
        QTest::newRow("typ missing") << handMade(hs256Header(), without("typ"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("sub missing") << handMade(hs256Header(), without("sub"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("sub not a number") << handMade(hs256Header(), with("sub", QStringLiteral("admin")), m_key)
                                          << QStringLiteral("token_claims");
        QTest::newRow("sub zero") << handMade(hs256Header(), with("sub", QStringLiteral("0")), m_key)
                                  << QStringLiteral("token_claims");
        QTest::newRow("tid missing") << handMade(hs256Header(), without("tid"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("tid as string") << handMade(hs256Header(), with("tid", QStringLiteral("3")), m_key)
                                       << QStringLiteral("token_claims");
        QTest::newRow("tid fractional") << handMade(hs256Header(), with("tid", 3.5), m_key)
                                        << QStringLiteral("token_claims");
        QTest::newRow("sid missing") << handMade(hs256Header(), without("sid"), m_key) << QStringLiteral("token_claims");
        QTest::newRow("sid zero") << handMade(hs256Header(), with("sid", 0), m_key) << QStringLiteral("token_claims");
        QTest::newRow("jti missing") << handMade(hs256Header(), without("jti"), m_key) << QStringLiteral("token_claims");

        QTest::newRow("empty") << QByteArray() << QStringLiteral("token_missing");
        QTest::newRow("garbage") << QByteArray("garbage") << QStringLiteral("token_malformed");
        QTest::newRow("three dots") << QByteArray("a.b.c.d") << QStringLiteral("token_malformed");
        QTest::newRow("empty segments") << QByteArray("..") << QStringLiteral("token_malformed");
        QTest::newRow("not json") << b64("not json") + '.' + b64(json(claims)) + ".AAAA"
                                  << QStringLiteral("token_malformed");
        QTest::newRow("padding chars") << good + "==" << QStringLiteral("token_malformed");
        QTest::newRow("huge") << QByteArray(10000, 'a') << QStringLiteral("token_malformed");
        QTest::newRow("refresh token") << TokenService::newRefreshToken(3).token.toLatin1()
                                       << QStringLiteral("token_malformed");
    }

    void rejected()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, reason);
        TokenService service(m_config, m_key);
        const AccessTokenCheck check = service.verifyAccessToken(token);
        QVERIFY(!check.valid);
        QCOMPARE(check.error, reason);
    }

    void refreshTokenShape()
    {
        const RefreshToken a = TokenService::newRefreshToken(42);
        const RefreshToken b = TokenService::newRefreshToken(42);
        QVERIFY(QRegularExpression(QStringLiteral("^42\\.[A-Za-z0-9_-]{43}$")).match(a.token).hasMatch());
        QVERIFY(a.token != b.token);
        QCOMPARE(a.hash.size(), 32);
        QVERIFY(a.hash != b.hash);

        qint64 tenant = 0;
        QByteArray hash;
        QVERIFY(TokenService::parseRefreshToken(a.token, &tenant, &hash));
        QCOMPARE(tenant, 42);
        QCOMPARE(hash, a.hash);

        const QString secret = a.token.mid(3);
        for (const QString &bad : QStringList{QString(), QStringLiteral("42."), QStringLiteral("42"), QStringLiteral(".") + secret,
                                   QStringLiteral("0.") + secret, QStringLiteral("-1.") + secret,
                                   QStringLiteral("x.") + secret, QStringLiteral("042.") + secret,
                                   a.token + QLatin1Char('A'), a.token.chopped(1), a.token + QStringLiteral(".x"),
                                   QStringLiteral("42.") + secret.left(42) + QLatin1Char('+')})
            QVERIFY2(!TokenService::parseRefreshToken(bad, &tenant, &hash), qPrintable(bad));
        // The hash covers the tenant prefix: moving a token to another tenant
        // yields a hash that matches nothing.
        QVERIFY(TokenService::parseRefreshToken(QStringLiteral("43.") + secret, &tenant, &hash));
        QVERIFY(hash != a.hash);
    }

    void keyFileCreatedPrivateAndReused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AuthConfig config = m_config;
        config.keyFile = dir.filePath(QStringLiteral("keys/jwt.key"));
        // Even with a permissive umask the file must be born 0600.
        const mode_t oldMask = ::umask(0);
        QString first;
        {
            TokenService service(config);
            first = service.issueAccessToken(1, 2, 3);
        }
        ::umask(oldMask);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(config.keyFile).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
        QCOMPARE(qint64(st.st_size), qint64(32));
        QFile file(config.keyFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray key = file.readAll();
        file.close();
        QCOMPARE(key.size(), 32);
        QVERIFY(key != QByteArray(32, '\0'));

        // "Restart": a new instance reads the same key, so tokens from before
        // the restart still verify, and the file is left as it was.
        TokenService restarted(config);
        QVERIFY(restarted.verifyAccessToken(first.toLatin1()).valid);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key);
        // No temporary files left behind.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("keys"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("jwt.key")});
    }

    void badKeyFileRefused()
    {
        QTemporaryDir dir;
        AuthConfig config = m_config;
        config.keyFile = dir.filePath(QStringLiteral("short.key"));
        QFile file(config.keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("too short");
        file.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, TokenService service(config));
    }

    void globalInstance()
    {
        TokenService::configure(m_config, m_key);
        QVERIFY(TokenService::isConfigured());
        const QString token = TokenService::instance().issueAccessToken(5, 6, 7);
        QVERIFY(TokenService(m_config, m_key).verifyAccessToken(token.toLatin1()).valid);
    }
};

QTEST_GUILESS_MAIN(tst_TokenService)
#include "tst_tokenservice.moc"
