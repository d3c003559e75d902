#include "server/auth/LoginThrottle.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <cstdlib>
#include <jwt.h>
#include <sodium.h>

using namespace erp::server;

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray hmacSigned(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray input = b64(compact(header)) + '.' + b64(compact(claims));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char *>(input.constData()), quint64(input.size()));
    crypto_auth_hmacsha256_final(&st, mac);
    return input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac));
}

QByteArray libjwtSigned(jwt_alg_t alg, const QJsonObject &claims, const QByteArray &key)
{
    jwt_t *jwt = nullptr;
    jwt_new(&jwt);
    jwt_add_grants_json(jwt, compact(claims).constData());
    jwt_set_alg(jwt, alg, reinterpret_cast<const unsigned char *>(key.constData()), int(key.size()));
    char *s = jwt_encode_str(jwt);
    const QByteArray token(s);
    std::free(s);
    jwt_free(jwt);
    return token;
}

const QJsonObject HS256{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};

} // namespace

// The auth routes end to end: the real server in-process over TLS, the real
// dispatcher, a fresh database.
class tst_AuthApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    TestServer::Tenant m_globex;
    QByteArray m_key;
    int m_counter = 0;

    using Response = erp::test::TlsTestClient::Response;

    QString newUser()
    {
        const QString email = QStringLiteral("user%1@acme.test").arg(++m_counter);
        m_server->createUser(m_acme, email, {QStringLiteral("sales_rep")});
        return email;
    }
    Response login(const QString &org, const QString &email, const QString &password)
    {
        return m_server->client()->postJson("/api/v1/auth/login", {{QStringLiteral("organisation"), org},
                                                                   {QStringLiteral("email"), email},
                                                                   {QStringLiteral("password"), password}});
    }
    Response me(const QByteArray &accessToken)
    {
        return m_server->client()->get("/api/v1/auth/me", {{"Authorization", "Bearer " + accessToken}});
    }
    Response refresh(const QByteArray &refreshToken)
    {
        return m_server->client()->postJson("/api/v1/auth/refresh",
                                            {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
    }
    static QByteArray field(const Response &r, const char *name)
    {
        return r.json().value(QLatin1String(name)).toString().toLatin1();
    }
    void superuserExec(const QString &sql, const QVariantList &values)
    {
        const QString name = QStringLiteral("authapi-su");
        {
            QSqlDatabase db = TestDatabase::superuserConnection(TestDatabase::databaseName(QStringLiteral("auth_api")), name);
            QSqlQuery q(db);
            QVERIFY(q.prepare(sql));
            for (const QVariant &v : values)
                q.addBindValue(v);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(name);
    }
    QJsonObject claimsFor(const QByteArray &accessToken)
    {
        return QJsonDocument::fromJson(QByteArray::fromBase64(accessToken.split('.').value(1),
                                                              QByteArray::Base64UrlEncoding)).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_server = std::make_unique<TestServer>(QStringLiteral("auth_api"));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_acme = m_server->createTenant(QStringLiteral("acme"));
        m_globex = m_server->createTenant(QStringLiteral("globex"));
        QFile keyFile(m_server->config().jwtKeyFile);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_key = keyFile.readAll();
        QCOMPARE(m_key.size(), 32);
    }

    void cleanupTestCase() { m_server.reset(); }

    void loginSucceeds()
    {
        const Response r = login(QStringLiteral("acme"), m_acme.adminEmail, m_acme.adminPassword);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 900);
        QVERIFY(!field(r, "access_token").isEmpty());
        QVERIFY(field(r, "refresh_token").startsWith(QByteArray(QByteArray::number(m_acme.id) + '.')));
        const QJsonObject user = body.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_acme.adminUserId);
        QCOMPARE(user.value(QLatin1String("email")).toString(), m_acme.adminEmail);
        QCOMPARE(user.value(QLatin1String("tenant_id")).toInteger(), m_acme.id);
        QCOMPARE(user.value(QLatin1String("organisation")).toObject().value(QLatin1String("slug")).toString(),
                 QStringLiteral("acme"));
        QVERIFY(user.value(QLatin1String("permissions")).toArray().contains(QStringLiteral("users.manage")));

        const Response who = me(field(r, "access_token"));
        QCOMPARE(who.status, 200);
        QCOMPARE(who.json().value(QLatin1String("email")).toString(), m_acme.adminEmail);
        QCOMPARE(who.json().value(QLatin1String("permissions")).toArray(), user.value(QLatin1String("permissions")).toArray());
    }

    void requestValidation()
    {
        auto client = m_server->client();
        Response r = client->postJson("/api/v1/auth/login", {{QStringLiteral("organisation"), QStringLiteral("acme")},
                                                             {QStringLiteral("email"), m_acme.adminEmail},
                                                             {QStringLiteral("password"), m_acme.adminPassword},
                                                             {QStringLiteral("remember_me"), true}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("unknown_field"));

        r = client->postJson("/api/v1/auth/login", {{QStringLiteral("organisation"), 42},
                                                    {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(r.status, 422);
        const QJsonArray errors = r.json().value(QLatin1String("errors")).toArray();
        QStringList fields;
        for (const QJsonValue &e : errors)
            fields << e.toObject().value(QLatin1String("field")).toString() + QLatin1Char(':')
                          + e.toObject().value(QLatin1String("code")).toString();
        // The body is held to the declared schema first: another JSON type is wrong_type.
        QCOMPARE(fields, (QStringList{QStringLiteral("organisation:wrong_type"), QStringLiteral("email:required")}));

        r = client->post("/api/v1/auth/login", "organisation=acme", {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 415);
    }

    void noEnumeration()
    {
        const QString inactive = newUser();
        superuserExec(QStringLiteral("UPDATE users SET is_active = false WHERE lower(email) = lower(?)"), {inactive});
        const QString wrongPassword = newUser();
        const QList<Response> responses{
            login(QStringLiteral("no-such-org"), m_acme.adminEmail, m_acme.adminPassword),
            login(QStringLiteral("acme"), QStringLiteral("nobody@acme.test"), m_acme.adminPassword),
            login(QStringLiteral("acme"), wrongPassword, QStringLiteral("not the password")),
            login(QStringLiteral("acme"), inactive, TestServer::userPassword()),
            login(QStringLiteral("globex"), wrongPassword, TestServer::userPassword()),
        };
        const QJsonObject first = responses.first().json();
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("invalid_credentials"));
        for (const Response &r : responses) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json(), first);   // byte for byte the same problem document
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        }
    }

    void throttling()
    {
        const QString email = newUser();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(QStringLiteral("acme"), email, QStringLiteral("wrong %1").arg(i)).status, 401);
        const Response locked = login(QStringLiteral("acme"), email, TestServer::userPassword());
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.json().value(QLatin1String("code")).toString(), QStringLiteral("too_many_attempts"));
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, locked.header("Retry-After").constData());
        // An unknown account gets the same answer once it has failed as often.
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("acme"), QStringLiteral("ghost@acme.test"), QStringLiteral("guess"));
        const Response ghost = login(QStringLiteral("acme"), QStringLiteral("ghost@acme.test"), QStringLiteral("guess"));
        QCOMPARE(ghost.status, 429);
        QCOMPARE(ghost.json(), locked.json());

        // The state is in the database: this thread's own connection, which
        // stands in for another server process, sees the lock as well. The
        // lock is the account's from this client's address only.
        Transaction tx(Database::connection());
        const QByteArray account = LoginThrottle::accountKey(QStringLiteral("acme"), email);
        const int seen = LoginThrottle(LoginThrottleLimits())
                             .retryAfterSeconds(account, LoginThrottle::addressKey(QHostAddress::LocalHost));
        const int elsewhere
            = LoginThrottle(LoginThrottleLimits())
                  .retryAfterSeconds(account, LoginThrottle::addressKey(QHostAddress(QStringLiteral("203.0.113.1"))));
        tx.commit();
        QVERIFY(seen > 0);
        QCOMPARE(elsewhere, 0);
    }

    void refreshRotation()
    {
        const QString email = newUser();
        const Response first = login(QStringLiteral("acme"), email, TestServer::userPassword());
        QCOMPARE(first.status, 200);
        const Response second = refresh(field(first, "refresh_token"));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(field(second, "refresh_token") != field(first, "refresh_token"));
        QCOMPARE(me(field(second, "access_token")).status, 200);
        const Response third = refresh(field(second, "refresh_token"));
        QCOMPARE(third.status, 200);

        // Reuse of a rotated token: 401, and the session is dead for everyone.
        const Response reused = refresh(field(first, "refresh_token"));
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.json().value(QLatin1String("code")).toString(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(refresh(field(third, "refresh_token")).status, 401);
        const Response dead = me(field(third, "access_token"));
        QCOMPARE(dead.status, 401);
        QCOMPARE(dead.header("WWW-Authenticate"), QByteArray("Bearer"));

        QCOMPARE(refresh("not-a-token").status, 401);
    }

    void logoutRevokesAtOnce()
    {
        const QString email = newUser();
        const Response r = login(QStringLiteral("acme"), email, TestServer::userPassword());
        const QByteArray access = field(r, "access_token");
        QCOMPARE(me(access).status, 200);
        const Response out = m_server->client()->post("/api/v1/auth/logout", QByteArray(),
                                                      {{"Authorization", "Bearer " + access}});
        QCOMPARE(out.status, 204);
        const Response after = me(access);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(after.json().value(QLatin1String("detail")).toString(), QStringLiteral("session_revoked"));
        QCOMPARE(refresh(field(r, "refresh_token")).status, 401);
    }

    // Reads of a session the server has already seen take the caller's
    // permissions from that first answer and check the session in the same
    // round trip as the read: every change must still count at the very next
    // request, on every worker thread.
    void knownSessionsAreCheckedOnEveryRead()
    {
        const QString email = newUser();
        const Response r = login(QStringLiteral("acme"), email, TestServer::userPassword());
        const QByteArray access = field(r, "access_token");
        const QList<QPair<QByteArray, QByteArray>> bearer{{"Authorization", "Bearer " + access}};
        auto get = [&](const QByteArray &path) { return m_server->client()->get(path, bearer); };
        // Sequential requests may land on any database worker: enough of them
        // that the session is known to the workers that answer the ones after.
        constexpr int Repeats = 24;
        auto everyRead = [&](const QByteArray &path, int status, const QString &detail = QString()) {
            for (int i = 0; i < Repeats; ++i) {
                const Response answer = get(path);
                QCOMPARE(answer.status, status);
                if (!detail.isEmpty())
                    QCOMPARE(answer.json().value(QLatin1String("detail")).toString(), detail);
            }
        };
        // Writes keep the caller's permissions between requests too, and check
        // the session in their first round trip: a lead without a title is
        // refused for its body (422) by one who may create leads, before
        // that (403) by one who may not, and a refused session gets 401.
        auto everyWrite = [&](int status, const QString &detail = QString()) {
            for (int i = 0; i < Repeats; ++i) {
                const Response answer = m_server->client()->postJson("/api/v1/leads", QJsonObject(), bearer);
                QCOMPARE(answer.status, status);
                if (!detail.isEmpty())
                    QCOMPARE(answer.json().value(QLatin1String("detail")).toString(), detail);
            }
        };
        const QString userId = claimsFor(access).value(QLatin1String("sub")).toString();

        everyRead("/api/v1/leads?limit=1", 200);
        everyRead("/api/v1/auth/me", 200);
        everyWrite(422);

        // The sales rep's role taken away: no more leads (crm.view), but still
        // signed in.
        superuserExec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId.toLongLong()});
        everyRead("/api/v1/leads?limit=1", 403);
        everyWrite(403);
        QCOMPARE(get("/api/v1/auth/me").json().value(QLatin1String("permissions")).toArray().size(), 0);
        // ... and given back: at once again.
        superuserExec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                                     "SELECT tenant_id, ?, id FROM roles WHERE tenant_id = ? AND lower(name) = 'sales_rep'"),
                      {userId.toLongLong(), m_acme.id});
        everyRead("/api/v1/leads?limit=1", 200);
        everyWrite(422);

        // What the role grants changes, not who holds it: the same, at once.
        const QString salesRep
            = QStringLiteral("(SELECT id FROM roles WHERE tenant_id = ? AND lower(name) = 'sales_rep')");
        superuserExec(QStringLiteral("DELETE FROM role_permissions WHERE tenant_id = ? AND role_id = %1 "
                                     "AND permission IN ('crm.view', 'crm.edit')")
                          .arg(salesRep),
                      {m_acme.id, m_acme.id});
        everyRead("/api/v1/leads?limit=1", 403);
        everyWrite(403);
        superuserExec(QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) "
                                     "SELECT ?, %1, p FROM unnest(ARRAY['crm.view', 'crm.edit']) AS p")
                          .arg(salesRep),
                      {m_acme.id, m_acme.id});
        everyRead("/api/v1/leads?limit=1", 200);
        everyWrite(422);

        // A deactivated user, and active again.
        superuserExec(QStringLiteral("UPDATE users SET is_active = false WHERE id = ?"), {userId.toLongLong()});
        everyRead("/api/v1/leads?limit=1", 401, QStringLiteral("user_inactive"));
        everyWrite(401, QStringLiteral("user_inactive"));
        superuserExec(QStringLiteral("UPDATE users SET is_active = true WHERE id = ?"), {userId.toLongLong()});
        everyRead("/api/v1/leads?limit=1", 200);
        everyWrite(422);

        // last_used_at is still brought up to date when it is a minute old.
        superuserExec(QStringLiteral("UPDATE sessions SET last_used_at = now() - interval '1 hour' WHERE user_id = ?"),
                      {userId.toLongLong()});
        QCOMPARE(get("/api/v1/leads?limit=1").status, 200);
        {
            const QString name = QStringLiteral("authapi-su-read");
            {
                QSqlDatabase db
                    = TestDatabase::superuserConnection(TestDatabase::databaseName(QStringLiteral("auth_api")), name);
                QSqlQuery q(db);
                QVERIFY(q.prepare(QStringLiteral(
                    "SELECT bool_and(last_used_at > now() - interval '5 minutes') FROM sessions WHERE user_id = ?")));
                q.addBindValue(userId.toLongLong());
                QVERIFY(q.exec() && q.next());
                QVERIFY(q.value(0).toBool());
            }
            QSqlDatabase::removeDatabase(name);
        }

        // Signed out: every read refused, also one that would fail on its own
        // query parameter before reading anything.
        const Response out = m_server->client()->post("/api/v1/auth/logout", QByteArray(), bearer);
        QCOMPARE(out.status, 204);
        everyRead("/api/v1/leads?limit=1", 401, QStringLiteral("session_revoked"));
        everyRead("/api/v1/auth/me", 401, QStringLiteral("session_revoked"));
        everyRead("/api/v1/leads?limit=nonsense", 401, QStringLiteral("session_revoked"));
        everyWrite(401, QStringLiteral("session_revoked"));
    }

    void logoutByRefreshTokenAfterAccessExpired()
    {
        const QString email = newUser();
        const Response r = login(QStringLiteral("acme"), email, TestServer::userPassword());
        const QByteArray access = field(r, "access_token");
        const QByteArray refreshToken = field(r, "refresh_token");
        // An access token that expired while the client sat idle: by itself
        // it can no longer sign out ...
        AuthConfig config = TokenService::instance().config();
        config.accessTokenTtlSeconds = -120;
        const QJsonObject claims = claimsFor(access);
        const QByteArray expired = TokenService(config, m_key)
                                       .issueAccessToken(claims.value(QLatin1String("sub")).toString().toLongLong(),
                                                         claims.value(QLatin1String("tid")).toInteger(),
                                                         claims.value(QLatin1String("sid")).toInteger())
                                       .toLatin1();
        QCOMPARE(m_server->client()
                     ->post("/api/v1/auth/logout", QByteArray(), {{"Authorization", "Bearer " + expired}})
                     .status,
                 401);
        QCOMPARE(me(access).status, 200);
        // ... but with the refresh token the session ends.
        const Response out = m_server->client()->postJson(
            "/api/v1/auth/logout", {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}},
            {{"Authorization", "Bearer " + expired}});
        QCOMPARE(out.status, 204);
        QCOMPARE(refresh(refreshToken).status, 401);
        QCOMPARE(me(access).status, 401);
        // Signing out again with it is no error (the session is ended).
        QCOMPARE(m_server->client()
                     ->postJson("/api/v1/auth/logout",
                                {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}})
                     .status,
                 204);
        // An unknown refresh token and nothing at all are refused.
        const Response unknown = m_server->client()->postJson(
            "/api/v1/auth/logout",
            {{QStringLiteral("refresh_token"),
              QStringLiteral("%1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").arg(m_acme.id)}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json().value(QLatin1String("code")).toString(), QStringLiteral("invalid_refresh_token"));
        const Response nothing = m_server->client()->post("/api/v1/auth/logout", QByteArray());
        QCOMPARE(nothing.status, 401);
        QCOMPARE(nothing.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void passwordChange()
    {
        const QString email = newUser();
        const QByteArray mine = field(login(QStringLiteral("acme"), email, TestServer::userPassword()), "access_token");
        const QByteArray other = field(login(QStringLiteral("acme"), email, TestServer::userPassword()), "access_token");
        auto change = [&](const QString &current, const QString &next) {
            return m_server->client()->postJson("/api/v1/auth/password",
                                                {{QStringLiteral("current_password"), current},
                                                 {QStringLiteral("new_password"), next}},
                                                {{"Authorization", "Bearer " + mine}});
        };
        Response r = change(QStringLiteral("wrong"), QStringLiteral("a perfectly good passphrase"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("current_password"));
        r = change(TestServer::userPassword(), QStringLiteral("iloveyou"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("new_password"));
        QCOMPARE(me(other).status, 200);   // failed attempts revoke nothing

        r = change(TestServer::userPassword(), QStringLiteral("a perfectly good passphrase"));
        QCOMPARE(r.status, 204);
        QCOMPARE(me(mine).status, 200);
        QCOMPARE(me(other).status, 401);
        QCOMPARE(login(QStringLiteral("acme"), email, QStringLiteral("a perfectly good passphrase")).status, 200);
    }

    void jwtAttacksRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        // A real session, so that only the token itself is wrong.
        const Response r = login(QStringLiteral("acme"), m_acme.adminEmail, m_acme.adminPassword);
        QCOMPARE(r.status, 200);
        const QByteArray access = field(r, "access_token");
        const QJsonObject good = claimsFor(access);
        auto with = [&](const char *name, const QJsonValue &v) {
            QJsonObject c = good;
            c.insert(QLatin1String(name), v);
            return c;
        };
        auto without = [&](const char *name) {
            QJsonObject c = good;
            c.remove(QLatin1String(name));
            return c;
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        QTest::newRow("no header") << QByteArray();
        QTest::newRow("basic scheme") << QByteArray("Basic YWRtaW46YWRtaW4=");
        QTest::newRow("alg none") << "Bearer " + b64(R"({"alg":"none","typ":"JWT"})") + '.' + b64(compact(good)) + '.';
        QTest::newRow("alg none signed") << "Bearer " + hmacSigned({{QStringLiteral("alg"), QStringLiteral("none")}}, good, m_key);
        QTest::newRow("HS384 same key") << "Bearer " + libjwtSigned(JWT_ALG_HS384, good, m_key);
        QTest::newRow("HS512 same key") << "Bearer " + libjwtSigned(JWT_ALG_HS512, good, m_key);
        QTest::newRow("RS256 header") << "Bearer " + hmacSigned({{QStringLiteral("alg"), QStringLiteral("RS256")}}, good, m_key);
        QTest::newRow("wrong key") << "Bearer " + hmacSigned(HS256, good, QByteArray(32, 'k'));
        QByteArray badSig = access;
        const qsizetype s = badSig.lastIndexOf('.') + 1;
        badSig[s] = badSig[s] == 'A' ? 'B' : 'A';
        QTest::newRow("wrong signature") << "Bearer " + badSig;
        QTest::newRow("expired") << "Bearer " + hmacSigned(HS256, with("exp", now - 3600), m_key);
        QTest::newRow("nbf future") << "Bearer " + hmacSigned(HS256, with("nbf", now + 3600), m_key);
        QTest::newRow("wrong iss") << "Bearer " + hmacSigned(HS256, with("iss", QStringLiteral("other")), m_key);
        QTest::newRow("wrong aud") << "Bearer " + hmacSigned(HS256, with("aud", QStringLiteral("other")), m_key);
        QTest::newRow("typ refresh") << "Bearer " + hmacSigned(HS256, with("typ", QStringLiteral("refresh")), m_key);
        QTest::newRow("typ missing") << "Bearer " + hmacSigned(HS256, without("typ"), m_key);
        QTest::newRow("sub missing") << "Bearer " + hmacSigned(HS256, without("sub"), m_key);
        QTest::newRow("tid missing") << "Bearer " + hmacSigned(HS256, without("tid"), m_key);
        QTest::newRow("sid missing") << "Bearer " + hmacSigned(HS256, without("sid"), m_key);
        QTest::newRow("other tenant") << "Bearer " + hmacSigned(HS256, with("tid", m_globex.id), m_key);
        QTest::newRow("garbage") << QByteArray("Bearer garbage");
        QTest::newRow("empty token") << QByteArray("Bearer ");
        QTest::newRow("refresh token") << "Bearer " + field(r, "refresh_token");
    }

    void jwtAttacksRefused()
    {
        QFETCH(QByteArray, authorization);
        erp::test::TlsTestClient::Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Response r = m_server->client()->get("/api/v1/auth/me", headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("unauthorized"));
    }

    void handMadeGoodTokenAccepted()
    {
        // The control for the cases above: the same construction, nothing wrong.
        const Response r = login(QStringLiteral("acme"), m_acme.adminEmail, m_acme.adminPassword);
        const QByteArray token = hmacSigned(HS256, claimsFor(field(r, "access_token")), m_key);
        QCOMPARE(me(token).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_AuthApi)
#include "tst_authapi.moc"
