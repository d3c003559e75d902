// ApiClient against the real server over real TLS (tests/support/TestServer):
// results and typed errors, request ids, idempotent creates, optimistic
// concurrency, transparent token refresh (shared by concurrent 401s, replay,
// failure kept for a new sign-in), timeouts, certificate trust on first use,
// pin mismatch refusal and TLS 1.2+.
#include "client/core/ApiClient.h"
#include "client/core/ErrorText.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"

#include "server/auth/TokenService.h"
#include "server/http/HttpServer.h"
#include "server/http/RequestHandler.h"
#include "server/http/SelfSignedCertificate.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace erp::client;
using namespace Qt::StringLiterals;

namespace {

const QString DatabaseName = u"client_apiclient"_s;

// Waits for finished() and hands the reply to the caller (no auto-delete).
std::unique_ptr<ApiReply> waitFor(ApiReply *reply, int timeoutMs = 15'000)
{
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owned(reply);
    // finished() is always delivered from the event loop, so it cannot have
    // been emitted before this spy exists.
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!spy.wait(timeoutMs))
        qWarning("reply to %s did not finish within %d ms", qPrintable(reply->path()), timeoutMs);
    return owned;
}

// A bare HTTPS server with its own certificate answering every request with
// 200 {"ok":true}; counts the requests it received.
class CountingHandler : public erp::server::RequestHandler
{
public:
    void handle(erp::server::HttpRequest, erp::server::ResponseCallback respond) override
    {
        ++requests;
        respond(erp::server::HttpResponse::json(200, QJsonObject{{u"items"_s, QJsonArray()}}));
    }
    std::atomic<int> requests{0};
};

struct BareServer
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QString fingerprint;
    CountingHandler handler;
    std::unique_ptr<erp::server::HttpServer> server;

    bool start(quint16 port, QString *error)
    {
        const QString cert = dir.filePath(u"other.crt"_s);
        const QString key = dir.filePath(u"other.key"_s);
        if (!erp::server::SelfSignedCertificate::generate(cert, key, u"localhost"_s, &fingerprint, error))
            return false;
        QFile c(cert), k(key);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
            *error = u"cannot read generated certificate"_s;
            return false;
        }
        certificate = QSslCertificate(c.readAll(), QSsl::Pem);
        erp::server::HttpServerConfig config;
        config.port = port;
        config.ioThreads = 1;
        config.ssl = QSslConfiguration::defaultConfiguration();
        config.ssl.setLocalCertificate(certificate);
        config.ssl.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem));
        server = std::make_unique<erp::server::HttpServer>(config, &handler);
        if (!server->start()) {
            *error = server->errorString();
            return false;
        }
        return true;
    }
    void stop()
    {
        if (server)
            server->shutdown(2000);
        server.reset();
    }
    ~BareServer() { stop(); }
};

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private:
    // A client with its own trust store that already trusts the test server
    // (as after the user accepted it once).
    struct Client
    {
        QTemporaryDir dir;
        std::unique_ptr<TrustStore> trust;
        std::unique_ptr<ApiClient> api;
    };
    std::unique_ptr<Client> newClient(bool trustServer = true) const
    {
        auto c = std::make_unique<Client>();
        c->trust = std::make_unique<TrustStore>(c->dir.filePath(u"trust.ini"_s));
        if (trustServer)
            c->trust->pinFingerprint(TrustStore::serverKey(u"127.0.0.1"_s, m_server->port()),
                                     erp::test::TestCertificate::instance().fingerprint());
        c->api = std::make_unique<ApiClient>(c->trust.get());
        c->api->setServerUrl(serverUrl());
        return c;
    }
    QUrl serverUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())); }
    bool signIn(ApiClient &api, const QString &email, const QString &password) const
    {
        auto r = waitFor(api.signIn(m_tenant.slug, email, password));
        if (!r->isSuccess())
            qWarning() << "sign-in failed:" << r->error().debugString();
        return r->isSuccess();
    }
    // A correctly signed access token for the same session that expired two minutes ago.
    QByteArray expiredTokenFor(const QByteArray &validToken) const
    {
        const auto check = erp::server::TokenService::instance().verifyAccessToken(validToken);
        if (!check.valid)
            return {};
        erp::server::AuthConfig config = erp::server::TokenService::instance().config();
        config.accessTokenTtlSeconds = -120;
        const erp::server::TokenService minted(
            config, erp::server::TokenService::loadOrCreateKey(m_server->config().jwtKeyFile));
        return minted.issueAccessToken(check.claims.userId, check.claims.tenantId, check.claims.sessionId).toUtf8();
    }
    qint64 sessionIdOf(const QByteArray &token) const
    {
        return erp::server::TokenService::instance().verifyAccessToken(token).claims.sessionId;
    }
    // Refresh tokens of the session that were used (one per successful /auth/refresh).
    int usedRefreshTokens(qint64 sessionId) const
    {
        int n = -1;
        {
            QSqlDatabase db = TestDatabase::superuserConnection(TestDatabase::databaseName(DatabaseName), u"su"_s);
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM refresh_tokens WHERE session_id = ? AND used_at IS NOT NULL"_s);
            q.addBindValue(sessionId);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
            else
                qWarning() << q.lastError().text();
        }
        QSqlDatabase::removeDatabase(u"su"_s);
        return n;
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_tenant;
    int m_userCounter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(DatabaseName);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_tenant = m_server->createTenant(u"acme"_s);
    }
    void cleanupTestCase() { m_server.reset(); }

    void signInAndGet()
    {
        auto c = newClient();
        QSignalSpy signedIn(c->api.get(), &ApiClient::signedIn);
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        QCOMPARE(signedIn.size(), 1);
        const Session *s = c->api->session();
        QVERIFY(s->isSignedIn());
        QCOMPARE(s->user().email, m_tenant.adminEmail);
        QCOMPARE(s->user().organisationSlug, m_tenant.slug);
        QVERIFY(s->hasPermission("users.manage"));
        QVERIFY(!s->hasPermission(u"no.such"_s));
        QVERIFY(s->hasRefreshToken());
        QVERIFY(s->accessTokenExpiry() > QDateTime::currentDateTimeUtc());

        auto r = waitFor(c->api->get(u"/users"_s));
        QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
        QCOMPARE(r->status(), 200);
        QVERIFY(!r->json().value(u"items"_s).toArray().isEmpty());
        // A fresh UUID, echoed by the server.
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r->requestId())).isNull());
        QCOMPARE(r->rawHeader("X-Request-ID"), r->requestId());
        QVERIFY(r->idempotencyKey().isEmpty());

        auto r2 = waitFor(c->api->get(u"/users"_s));
        QVERIFY(r2->requestId() != r->requestId());
    }

    void fieldErrorsParsed()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        auto r = waitFor(c->api->create(u"/users"_s, {{u"email"_s, u"not an email"_s},
                                                      {u"display_name"_s, u"X"_s},
                                                      {u"password"_s, u"short"_s},
                                                      {u"role_ids"_s, QJsonArray()},
                                                      {u"is_active"_s, true}}));
        QVERIFY(!r->isSuccess());
        const ApiError &e = r->error();
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QCOMPARE(e.httpStatus(), 422);
        QCOMPARE(e.code(), u"validation_failed"_s);
        QCOMPARE(e.fieldErrorsFor(u"email"_s).size(), 1);
        QCOMPARE(e.fieldErrorsFor(u"email"_s).first().code, u"invalid_email"_s);
        QVERIFY(!e.fieldErrorsFor(u"password"_s).isEmpty());
        QCOMPARE(e.fieldErrorsFor(u"password"_s).first().code, u"too_short"_s);
        QCOMPARE(e.requestId(), r->requestId());
        QCOMPARE(ErrorText::forError(e), ErrorText::tr("Please correct the marked fields."));
        QVERIFY(ErrorText::forFieldError(e.fieldErrorsFor(u"password"_s).first()).contains(u"8"_s));
    }

    void createIsIdempotentOnRetry()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        const QJsonObject body{{u"email"_s, u"idem@acme.test"_s},
                               {u"display_name"_s, u"Idem Potent"_s},
                               {u"password"_s, TestServer::userPassword()},
                               {u"role_ids"_s, QJsonArray()},
                               {u"is_active"_s, true}};
        auto first = waitFor(c->api->create(u"/users"_s, body));
        QVERIFY2(first->isSuccess(), qPrintable(first->error().debugString()));
        QCOMPARE(first->status(), 201);
        QVERIFY(!first->idempotencyKey().isEmpty());
        QCOMPARE(first->etag(), QByteArray("\"1\""));
        QVERIFY(first->location().path().startsWith(u"/api/v1/users/"_s));
        const qint64 id = first->json().value(u"id"_s).toInteger();

        // The same request again (as after a lost answer): the first result, no duplicate.
        auto again = waitFor(c->api->retry(first.get()));
        QVERIFY2(again->isSuccess(), qPrintable(again->error().debugString()));
        QCOMPARE(again->idempotencyKey(), first->idempotencyKey());
        QVERIFY(again->requestId() != first->requestId());
        QCOMPARE(again->json().value(u"id"_s).toInteger(), id);

        // A new create with the same body is a different request: email taken.
        auto other = waitFor(c->api->create(u"/users"_s, body));
        QCOMPARE(other->error().httpStatus(), 422);
        QCOMPARE(other->error().fieldErrorsFor(u"email"_s).value(0).code, u"email_taken"_s);
    }

    void patchWithIfMatch()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        const qint64 id = m_server->createUser(m_tenant, u"patchme@acme.test"_s, {u"sales_rep"_s});
        const QString path = u"/users/%1"_s.arg(id);
        auto read = waitFor(c->api->get(path));
        QVERIFY(read->isSuccess());
        const QByteArray etag = read->etag();
        QVERIFY(!etag.isEmpty());

        auto patched = waitFor(c->api->patch(path, {{u"display_name"_s, u"Patched"_s}}, etag));
        QVERIFY2(patched->isSuccess(), qPrintable(patched->error().debugString()));
        QVERIFY(patched->etag() != etag);

        auto stale = waitFor(c->api->patch(path, {{u"display_name"_s, u"Stale"_s}}, etag));
        QCOMPARE(stale->error().httpStatus(), 412);
        QCOMPARE(stale->error().code(), u"version_mismatch"_s);

        auto missing = waitFor(c->api->patch(path, {{u"display_name"_s, u"None"_s}}, {}));
        QCOMPARE(missing->error().httpStatus(), 428);
    }

    void expiredTokenIsRefreshedAndReplayed()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        const QByteArray valid = s->accessToken();
        const QString refresh = s->refreshToken();
        const QByteArray expired = expiredTokenFor(valid);
        QVERIFY(!expired.isEmpty());
        s->updateTokens(expired, refresh, 900);

        QSignalSpy refreshed(c->api.get(), &ApiClient::tokensRefreshed);
        QSignalSpy loginRequired(c->api.get(), &ApiClient::loginRequired);
        auto r = waitFor(c->api->get(u"/auth/me"_s));
        QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
        QCOMPARE(r->json().value(u"email"_s).toString(), m_tenant.adminEmail);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(loginRequired.size(), 0);
        QVERIFY(s->accessToken() != expired);
        QVERIFY(s->refreshToken() != refresh);   // rotated
        QCOMPARE(usedRefreshTokens(sessionIdOf(s->accessToken())), 1);
    }

    void concurrent401sShareOneRefresh()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        const qint64 sessionId = sessionIdOf(s->accessToken());
        s->updateTokens(expiredTokenFor(s->accessToken()), s->refreshToken(), 900);

        QSignalSpy refreshed(c->api.get(), &ApiClient::tokensRefreshed);
        std::vector<std::unique_ptr<ApiReply>> replies;
        QList<ApiReply *> pending;
        for (int i = 0; i < 6; ++i) {
            ApiReply *r = i % 2 ? c->api->get(u"/users"_s) : c->api->get(u"/auth/me"_s);
            r->setAutoDelete(false);
            replies.emplace_back(r);
            pending.append(r);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(pending.begin(), pending.end(), [](ApiReply *r) { return r->isFinished(); }),
                                 15'000);
        QCoreApplication::processEvents();   // deliver the queued finished() signals
        for (const auto &r : replies)
            QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
        QCOMPARE(refreshed.size(), 1);
        // Server side: exactly one refresh token was spent for this session
        // (two refreshes with the same token would have killed the session).
        QCOMPARE(usedRefreshTokens(sessionId), 1);
    }

    void refreshFailureKeepsRequestUntilSignIn()
    {
        const QString email = u"keeper%1@acme.test"_s.arg(++m_userCounter);
        m_server->createUser(m_tenant, email, {u"manager"_s});
        auto c = newClient();
        QVERIFY(signIn(*c->api, email, TestServer::userPassword()));
        Session *s = c->api->session();

        // Another party spends our refresh token, and then it is reused: the
        // server revokes the whole session (refresh-token reuse detection).
        {
            auto raw = m_server->client();
            const QString stolen = s->refreshToken();
            auto first = raw->postJson("/api/v1/auth/refresh", {{u"refresh_token"_s, stolen}});
            QCOMPARE(first.status, 200);
            auto reuse = raw->postJson("/api/v1/auth/refresh", {{u"refresh_token"_s, stolen}});
            QCOMPARE(reuse.status, 401);
        }

        QSignalSpy loginRequired(c->api.get(), &ApiClient::loginRequired);
        ApiReply *kept = c->api->get(u"/auth/me"_s);
        kept->setAutoDelete(false);
        std::unique_ptr<ApiReply> keptOwner(kept);
        QSignalSpy keptFinished(kept, &ApiReply::finished);
        QVERIFY(loginRequired.wait(15'000));
        QCOMPARE(loginRequired.size(), 1);
        QVERIFY(c->api->isAwaitingSignIn());
        QCOMPARE(c->api->requestsAwaitingSignIn(), 1);
        QVERIFY(kept->isWaitingForSession());
        QVERIFY(!kept->isFinished());
        QVERIFY(!s->isSignedIn());
        QCOMPARE(s->user().email, email);   // kept for the login dialog

        // A request made while sign-in is awaited waits too (form content kept).
        ApiReply *later = c->api->patch(u"/users/%1"_s.arg(s->user().id), {{u"display_name"_s, u"Kept"_s}}, "\"1\"");
        later->setAutoDelete(false);
        std::unique_ptr<ApiReply> laterOwner(later);
        QTest::qWait(100);
        QVERIFY(!kept->isFinished());
        QVERIFY(!later->isFinished());
        QCOMPARE(c->api->requestsAwaitingSignIn(), 2);
        QCOMPARE(loginRequired.size(), 1);

        // Signing in again as the same user replays them.
        QVERIFY(signIn(*c->api, email, TestServer::userPassword()));
        QVERIFY(keptFinished.wait(15'000) || kept->isFinished());
        QTRY_VERIFY(later->isFinished());
        QVERIFY2(kept->isSuccess(), qPrintable(kept->error().debugString()));
        QCOMPARE(kept->json().value(u"email"_s).toString(), email);
        // The PATCH reached the server (a manager may not edit users: 403 proves it was sent).
        QCOMPARE(later->error().httpStatus(), 403);
        QVERIFY(!c->api->isAwaitingSignIn());
    }

    void refreshFailureThenCancelFailsWithSessionExpired()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        // A refresh token the server does not know, and an expired access token.
        s->updateTokens(expiredTokenFor(s->accessToken()), u"%1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s.arg(m_tenant.id), 900);
        QSignalSpy loginRequired(c->api.get(), &ApiClient::loginRequired);
        ApiReply *r = c->api->get(u"/users"_s);
        r->setAutoDelete(false);
        std::unique_ptr<ApiReply> owner(r);
        QVERIFY(loginRequired.wait(15'000));
        QVERIFY(!r->isFinished());
        QSignalSpy finished(r, &ApiReply::finished);
        c->api->abandonRequestsAwaitingSignIn();
        QVERIFY(finished.wait(5000));
        QCOMPARE(r->error().kind(), ApiError::Kind::SessionExpired);
        QVERIFY(!ErrorText::forError(r->error()).isEmpty());
    }

    void otherUserSigningInDoesNotReplay()
    {
        const QString email = u"other%1@acme.test"_s.arg(++m_userCounter);
        m_server->createUser(m_tenant, email, {u"manager"_s});
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        s->updateTokens(expiredTokenFor(s->accessToken()), u"%1.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_s.arg(m_tenant.id), 900);
        QSignalSpy loginRequired(c->api.get(), &ApiClient::loginRequired);
        ApiReply *r = c->api->create(u"/roles"_s, {{u"name"_s, u"admins-only"_s}, {u"permissions"_s, QJsonArray()}});
        r->setAutoDelete(false);
        std::unique_ptr<ApiReply> owner(r);
        QVERIFY(loginRequired.wait(15'000));
        QVERIFY(signIn(*c->api, email, TestServer::userPassword()));
        QTRY_VERIFY(r->isFinished());
        QCOMPARE(r->error().kind(), ApiError::Kind::SessionExpired);
    }

    void signOutForgetsSession()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        const QByteArray token = c->api->session()->accessToken();
        QSignalSpy signedOut(c->api.get(), &ApiClient::signedOut);
        auto r = waitFor(c->api->signOut());
        QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
        QCOMPARE(r->status(), 204);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!c->api->session()->isSignedIn());
        QVERIFY(!c->api->session()->user().isValid());
        // The server revoked the session: the old token is refused.
        auto raw = m_server->client();
        raw->setBearerToken(token);
        QCOMPARE(raw->get("/api/v1/auth/me").status, 401);
    }

    void signOutAfterIdleEndsTheSessionOnTheServer()
    {
        // Idle for longer than the access token lives: sign-out still ends
        // the session, by its refresh token.
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        const QString refreshToken = s->refreshToken();
        const QByteArray valid = s->accessToken();
        s->updateTokens(expiredTokenFor(valid), refreshToken, 900);
        auto r = waitFor(c->api->signOut());
        QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
        QCOMPARE(r->status(), 204);
        auto raw = m_server->client();
        QCOMPARE(raw->postJson("/api/v1/auth/refresh", {{u"refresh_token"_s, refreshToken}}).status, 401);
        raw->setBearerToken(valid);
        QCOMPARE(raw->get("/api/v1/auth/me").status, 401);
    }

    void signOutReportsWhenTheServerDidNotConfirm()
    {
        // Tokens the server does not know: the client forgets the session
        // anyway, and the reply says the server did not end it.
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        Session *s = c->api->session();
        s->updateTokens(expiredTokenFor(s->accessToken()),
                        u"%1.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_s.arg(m_tenant.id), 900);
        QSignalSpy signedOut(c->api.get(), &ApiClient::signedOut);
        auto r = waitFor(c->api->signOut());
        QVERIFY(!r->isSuccess());
        QCOMPARE(r->error().httpStatus(), 401);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!c->api->session()->isSignedIn());
    }

    void wrongPasswordAndThrottling()
    {
        auto c = newClient();
        auto r = waitFor(c->api->signIn(m_tenant.slug, m_tenant.adminEmail, u"wrong password!"_s));
        QCOMPARE(r->error().kind(), ApiError::Kind::Http);
        QCOMPARE(r->error().code(), u"invalid_credentials"_s);
        QVERIFY(!c->api->session()->isSignedIn());

        const QString email = u"throttled%1@acme.test"_s.arg(++m_userCounter);
        m_server->createUser(m_tenant, email, {});
        std::unique_ptr<ApiReply> last;
        for (int i = 0; i < 8; ++i) {
            last = waitFor(c->api->signIn(m_tenant.slug, email, u"wrong password!"_s));
            if (last->error().code() == u"too_many_attempts"_s)
                break;
        }
        QCOMPARE(last->error().code(), u"too_many_attempts"_s);
        QCOMPARE(last->error().httpStatus(), 429);
        QVERIFY(last->error().retryAfterSeconds() > 0);
        QVERIFY(ErrorText::forError(last->error()).contains(QString::number((last->error().retryAfterSeconds() + 59) / 60)));
    }

    void csvDownloadStreamsToDevice()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QUrlQuery q;
        q.addQueryItem(u"sort"_s, u"email"_s);
        ApiReply *r = c->api->download(u"/users"_s, q, &buffer);
        QSignalSpy progress(r, &ApiReply::downloadProgress);
        auto owned = waitFor(r);
        QVERIFY2(owned->isSuccess(), qPrintable(owned->error().debugString()));
        QVERIFY(owned->rawHeader("content-type").startsWith("text/csv"));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.contains(m_tenant.adminEmail.toUtf8()));
        QVERIFY(csv.count('\n') >= 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(csv.size()));
        QVERIFY(owned->body().isEmpty());
    }

    void csvDownloadErrorWritesNothing()
    {
        const QString email = u"nocsv%1@acme.test"_s.arg(++m_userCounter);
        m_server->createUser(m_tenant, email, {u"sales_rep"_s});
        auto c = newClient();
        QVERIFY(signIn(*c->api, email, TestServer::userPassword()));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto r = waitFor(c->api->download(u"/users"_s, {}, &buffer));
        QCOMPARE(r->error().httpStatus(), 403);
        QCOMPARE(r->error().code(), u"forbidden"_s);
        QVERIFY(buffer.data().isEmpty());
    }

    void cancelFinishesOnceWithCancelled()
    {
        auto c = newClient();
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        ApiReply *r = c->api->get(u"/users"_s);
        r->setAutoDelete(false);
        std::unique_ptr<ApiReply> owner(r);
        QSignalSpy finished(r, &ApiReply::finished);
        r->cancel();
        r->cancel();
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(r->error().kind(), ApiError::Kind::Cancelled);
    }

    void timeout()
    {
        // Accepts TCP connections and never says a word (not even TLS).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                accepted.append(s);
        });
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())));
        api.setTransferTimeout(std::chrono::milliseconds(400));
        QCOMPARE(api.transferTimeout(), std::chrono::milliseconds(400));
        QElapsedTimer t;
        t.start();
        auto r = waitFor(api.get(u"/users"_s), 10'000);
        const qint64 elapsed = t.elapsed();
        QVERIFY(r->isFinished());
        QCOMPARE(r->error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(elapsed >= 350 && elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY(!accepted.isEmpty());
        QVERIFY(!ErrorText::forError(r->error()).isEmpty());
    }

    void connectionRefusedIsNetworkError()
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        const quint16 port = s.serverPort();
        s.close();
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        auto r = waitFor(api.get(u"/users"_s));
        QCOMPARE(r->error().kind(), ApiError::Kind::Network);
        QCOMPARE(r->error().networkError(), QNetworkReply::ConnectionRefusedError);
    }

    void plainHttpIsRefused()
    {
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
        QSignalSpy active(&api, &ApiClient::activeRequestCountChanged);
        auto r = waitFor(api.signIn(m_tenant.slug, m_tenant.adminEmail, m_tenant.adminPassword));
        QCOMPARE(r->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(r->error().tlsProblem(), ApiError::TlsProblem::HttpsRequired);
        QCOMPARE(active.size(), 0);   // nothing was sent
        QCOMPARE(ApiClient::normaliseServerUrl(u" erp.example.com:8443 "_s), QUrl(u"https://erp.example.com:8443"_s));
    }

    void trustOnFirstUse()
    {
        auto c = newClient(false);
        QSignalSpy trustRequired(c->api.get(), &ApiClient::certificateTrustRequired);
        auto r = waitFor(c->api->signIn(m_tenant.slug, m_tenant.adminEmail, m_tenant.adminPassword));
        QCOMPARE(r->error().kind(), ApiError::Kind::Tls);
        QVERIFY(r->error().needsCertificateTrust());
        QCOMPARE(trustRequired.size(), 1);
        const auto info = trustRequired.first().first().value<ServerCertificateInfo>();
        const QString expected = erp::test::TestCertificate::instance().fingerprint();
        QCOMPARE(info.sha256Fingerprint, ServerCertificateInfo::normaliseFingerprint(expected));
        QCOMPARE(info.sha256Fingerprint,
                 ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate()));
        QVERIFY(info.sha256Fingerprint.contains(QLatin1Char(':')));
        QCOMPARE(info.sha256Fingerprint.size(), 32 * 3 - 1);
        QCOMPARE(info.serverKey, TrustStore::serverKey(u"127.0.0.1"_s, m_server->port()));
        QVERIFY(info.subject.contains(u"CN=localhost"_s));
        QVERIFY(info.selfSigned);
        QVERIFY(info.expiryDate > QDateTime::currentDateTimeUtc());
        QVERIFY(!c->api->session()->isSignedIn());
        QVERIFY(ErrorText::certificateDetails(info).contains(info.sha256Fingerprint));

        // The user accepts: pinned, persisted, and the sign-in works.
        c->trust->pinCertificate(info);
        QVERIFY(c->trust->isPinned(info.serverKey));
        QVERIFY(signIn(*c->api, m_tenant.adminEmail, m_tenant.adminPassword));
        auto users = waitFor(c->api->get(u"/users"_s));
        QVERIFY(users->isSuccess());
        QCOMPARE(trustRequired.size(), 1);

        TrustStore reopened(c->dir.filePath(u"trust.ini"_s));
        QCOMPARE(reopened.pinnedFingerprint(info.serverKey), info.sha256Fingerprint);
    }

    void changedCertificateIsRefused()
    {
        // A server is trusted on first use, then the same host:port presents
        // another certificate: refused, whatever the user does.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        QSignalSpy trustRequired(&api, &ApiClient::certificateTrustRequired);
        QSignalSpy mismatch(&api, &ApiClient::certificatePinMismatch);

        QString error;
        auto original = std::make_unique<BareServer>();
        QVERIFY2(original->start(port, &error), qPrintable(error));
        auto first = waitFor(api.get(u"/permissions"_s));
        QVERIFY(first->error().needsCertificateTrust());
        trust.pinCertificate(first->error().certificate());
        auto second = waitFor(api.get(u"/permissions"_s));
        QVERIFY2(second->isSuccess(), qPrintable(second->error().debugString()));
        QCOMPARE(original->handler.requests.load(), 1);
        original->stop();

        BareServer impostor;
        QVERIFY2(impostor.start(port, &error), qPrintable(error));
        QVERIFY(impostor.fingerprint != original->fingerprint);
        auto third = waitFor(api.get(u"/permissions"_s));
        QCOMPARE(third->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(third->error().tlsProblem(), ApiError::TlsProblem::PinMismatch);
        QVERIFY(third->error().isPinMismatch());
        QCOMPARE(third->error().certificate().sha256Fingerprint, ServerCertificateInfo::normaliseFingerprint(impostor.fingerprint));
        QCOMPARE(third->error().certificate().expectedSha256Fingerprint,
                 ServerCertificateInfo::normaliseFingerprint(original->fingerprint));
        QCOMPARE(mismatch.size(), 1);
        QCOMPARE(trustRequired.size(), 1);   // no second "trust it?" question
        QCOMPARE(impostor.handler.requests.load(), 0);   // nothing (no token) was sent
        QVERIFY(ErrorText::forError(third->error()).contains(ErrorText::tr("Warning"), Qt::CaseInsensitive)
                || !ErrorText::forError(third->error()).isEmpty());
    }

    void pinnedServerWithCaValidOtherCertificateIsRefused()
    {
        // The other certificate verifies (its issuer is a trusted CA), yet
        // the pin for this host:port names another one: still refused, and
        // before the request (with its Bearer token) is written.
        BareServer other;
        QString error;
        QVERIFY2(other.start(0, &error), qPrintable(error));
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        trust.addCaCertificates({other.certificate});
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"https://localhost:%1"_s.arg(other.server->port())));
        // Verifies without any pin.
        auto ok = waitFor(api.get(u"/permissions"_s));
        QVERIFY2(ok->isSuccess(), qPrintable(ok->error().debugString()));
        QCOMPARE(other.handler.requests.load(), 1);

        ApiClient fresh(&trust);   // a new connection pool
        fresh.setServerUrl(api.serverUrl());
        trust.pinFingerprint(TrustStore::serverKey(fresh.serverUrl()), erp::test::TestCertificate::instance().fingerprint());
        auto refused = waitFor(fresh.get(u"/permissions"_s));
        QVERIFY2(refused->error().isPinMismatch(), qPrintable(refused->error().debugString()));
        QCOMPARE(other.handler.requests.load(), 1);
    }

    void tls12OrLaterOnly()
    {
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(u"trust.ini"_s));
        QCOMPARE(trust.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);

        // A server that speaks only TLS 1.1 with the test certificate, which
        // the client trusts: the handshake must still fail.
        QSslServer server;
        QSslConfiguration config = erp::test::TestCertificate::instance().serverConfiguration();
        config.setProtocol(QSsl::TlsV1_1);
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        trust.pinFingerprint(TrustStore::serverKey(u"127.0.0.1"_s, server.serverPort()),
                             erp::test::TestCertificate::instance().fingerprint());
        ApiClient api(&trust);
        api.setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        api.setTransferTimeout(std::chrono::milliseconds(5000));
        auto r = waitFor(api.get(u"/permissions"_s));
        QCOMPARE(r->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(r->error().tlsProblem(), ApiError::TlsProblem::HandshakeFailed);

        // And the real server negotiates TLS 1.2 or 1.3 with the same client
        // settings; nobody is signed in, so the answer is a plain 401 (no
        // sign-in is requested for work that never had a session).
        auto c = newClient();
        QSignalSpy loginRequired(c->api.get(), &ApiClient::loginRequired);
        auto permissions = waitFor(c->api->get(u"/permissions"_s));
        QCOMPARE(permissions->error().kind(), ApiError::Kind::Http);
        QCOMPARE(permissions->error().httpStatus(), 401);
        QCOMPARE(loginRequired.size(), 0);
    }

    void reloadCurrentUserUpdatesPermissions()
    {
        const QString email = u"promoted%1@acme.test"_s.arg(++m_userCounter);
        const qint64 id = m_server->createUser(m_tenant, email, {u"sales_rep"_s});
        auto user = newClient();
        QVERIFY(signIn(*user->api, email, TestServer::userPassword()));
        QVERIFY(!user->api->session()->hasPermission("users.view"));

        auto admin = newClient();
        QVERIFY(signIn(*admin->api, m_tenant.adminEmail, m_tenant.adminPassword));
        auto roles = waitFor(admin->api->get(u"/roles"_s, QUrlQuery(u"q=manager"_s)));
        qint64 managerId = 0;
        for (const QJsonValue &v : roles->json().value(u"items"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == u"manager"_s)
                managerId = v.toObject().value(u"id"_s).toInteger();
        QVERIFY(managerId > 0);
        auto read = waitFor(admin->api->get(u"/users/%1"_s.arg(id)));
        auto patched = waitFor(admin->api->patch(u"/users/%1"_s.arg(id), {{u"role_ids"_s, QJsonArray{managerId}}},
                                                 read->etag()));
        QVERIFY2(patched->isSuccess(), qPrintable(patched->error().debugString()));

        QSignalSpy permissionsChanged(user->api->session(), &Session::permissionsChanged);
        auto me = waitFor(user->api->reloadCurrentUser());
        QVERIFY(me->isSuccess());
        QCOMPARE(permissionsChanged.size(), 1);
        QVERIFY(user->api->session()->hasPermission("users.view"));
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
