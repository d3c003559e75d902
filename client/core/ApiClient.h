#pragma once

#include "client/core/ApiReply.h"
#include "client/core/ServerCertificateInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace erp::client {

class RefreshTokenStore;
class Session;
class TrustStore;

// The client's one connection to the application server: owns the only
// QNetworkAccessManager, the Session (tokens, user) and uses a TrustStore for
// certificate decisions. Every call returns at once with an ApiReply that
// emits finished() exactly once; nothing blocks, no nested event loops.
//
// Every request carries X-Request-ID (a fresh UUID), Accept, the Bearer
// access token (except sign-in/refresh) and a transfer timeout (default 30 s).
//
// Paths: relative to the API base, e.g. "/users" or "/roles/7" (the
// "/api/v1" prefix is added); a path that already starts with "/api/" (a
// Location header) is used as it is. Query parameters go in query.
//
// Token refresh: a request answered 401 while a refresh token is known waits
// for ONE shared POST /auth/refresh (concurrent 401s share it) and is replayed
// once with the new token. When refresh is impossible (no refresh token, or
// the server refused it) loginRequired() is emitted and the waiting requests
// are KEPT: after signIn() as the same user they are replayed; after
// abandonRequestsAwaitingSignIn() (the user cancelled) they finish with
// ApiError::Kind::SessionExpired. Forms therefore keep their content. While
// sign-in is awaited, new authenticated requests wait as well. When nobody
// was ever signed in (no user, no refresh token) a 401 is simply an Http
// error. When the refresh itself fails for another reason (server
// unreachable, timeout, 5xx) the waiting requests fail with that error and
// the session is left as it is.
//
// TLS: see TrustStore. An unknown certificate fails the request with
// ApiError::TlsProblem::UntrustedCertificate and emits
// certificateTrustRequired(); after trustStore()->pinCertificate(info) the
// caller retries (retry() or a new request). A pinned server with another
// certificate fails with TlsProblem::PinMismatch and emits
// certificatePinMismatch(); there is deliberately no API to accept it other
// than the user or IT removing the pin.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // trustStore: not owned (may be shared with the UI); a private one in
    // the default QSettings is created when null.
    explicit ApiClient(TrustStore *trustStore = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    // "https://host:port". Accepts "host:port" and "host" (https:// is
    // added); an http:// URL makes every request fail with
    // TlsProblem::HttpsRequired (we never fall back to plain HTTP).
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    static QUrl normaliseServerUrl(const QString &text);

    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    Session *session() const { return m_session; }
    TrustStore *trustStore() const { return m_trustStore; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Optional: where the refresh token is persisted (not owned). Without
    // it (or without a keychain) a restart means signing in again.
    void setRefreshTokenStore(RefreshTokenStore *store) { m_tokenStore = store; }
    RefreshTokenStore *refreshTokenStore() const { return m_tokenStore; }

    // Sent as User-Agent (shown in the sessions list), e.g. "erp-client/0.1.0 (Linux)".
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // --- JSON requests ---
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    // POST that creates a resource in a collection ("/users"): carries an
    // Idempotency-Key (a fresh UUID, reused by replays and retry()).
    ApiReply *create(const QString &path, const QJsonObject &body);
    // POST of an action or anything that is not a create ("/sessions/5/revoke").
    ApiReply *post(const QString &path, const QJsonObject &body = {});
    // JSON merge patch with If-Match (pass ApiReply::etag() of the read).
    ApiReply *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch);
    ApiReply *remove(const QString &path, const QByteArray &ifMatch);
    // POST of a non-JSON body (a text/csv import). create: carry an
    // Idempotency-Key like create() (the request makes records).
    ApiReply *postData(const QString &path, const QUrlQuery &query, const QByteArray &body,
                       const QByteArray &contentType, bool create = false);

    // Streams the response (e.g. Accept: text/csv export of a list's current
    // filter) into sink as it arrives; the device must be open for writing
    // and outlive the reply. ApiReply::downloadProgress reports bytes. On an
    // HTTP error nothing is written and error() carries the problem.
    ApiReply *download(const QString &path, const QUrlQuery &query, QIODevice *sink,
                       const QByteArray &accept = QByteArrayLiteral("text/csv"));

    // Sends the same request again as a new ApiReply (same body, same
    // If-Match, same Idempotency-Key, so a retried create never duplicates).
    // Not for downloads.
    ApiReply *retry(const ApiReply *failed);

    // --- session ---
    // POST /auth/login. On success the Session is started, the refresh token
    // stored in the keychain (if any), requests awaiting sign-in are replayed
    // when it is the same user (else they finish with SessionExpired).
    // With `newPassword` the password is replaced as part of the sign-in: the
    // server asks for that (403 password_change_required) when the password
    // was set by an administrator.
    ApiReply *signIn(const QString &organisation, const QString &email, const QString &password,
                     const QString &newPassword = {});
    // POST /auth/logout with the refresh token (so the server ends the
    // session even when the access token has expired), then forgets the
    // session and the stored refresh token whatever the server answered. The
    // reply fails when the server did not confirm the session ended: the UI
    // must say so.
    ApiReply *signOut();
    // Signs in again with the refresh token stored in the keychain for this
    // server/organisation/email (then GET /auth/me). Fails with
    // SessionExpired when no token is stored or it is no longer valid.
    ApiReply *resumeSession(const QString &organisation, const QString &email);
    // POST /auth/password {current_password,new_password}.
    ApiReply *changePassword(const QString &currentPassword, const QString &newPassword);
    // GET /auth/me and update the session's user (permissions may have changed).
    ApiReply *reloadCurrentUser();

    // Requests kept after a failed refresh (see loginRequired()).
    bool isAwaitingSignIn() const { return m_awaitingSignIn; }
    int requestsAwaitingSignIn() const;
    // The user gave up signing in: the kept requests finish with SessionExpired.
    void abandonRequestsAwaitingSignIn();

    // Requests in flight (for a busy indicator).
    int activeRequestCount() const { return m_active.size(); }

Q_SIGNALS:
    // The session can no longer be refreshed: show the login dialog. The
    // interrupted requests wait (see class comment).
    void loginRequired();
    void signedIn();
    void signedOut();
    // A refresh replaced the tokens (tests and diagnostics).
    void tokensRefreshed();
    // Emitted for every request that failed on an unknown certificate.
    void certificateTrustRequired(const erp::client::ServerCertificateInfo &certificate);
    // A pinned server presented another certificate: show a warning, no click-through.
    void certificatePinMismatch(const erp::client::ServerCertificateInfo &certificate);
    void activeRequestCountChanged(int count);

private:
    friend class ApiReply;

    static void setJsonBody(ApiReply *reply, const QJsonObject &body);
    ApiReply *newReply(ApiReply::Method method, const QString &path, const QUrlQuery &query);
    QString resolvePath(const QString &path) const;
    void send(ApiReply *reply);
    void onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply);
    void onSslErrors(ApiReply *reply, QNetworkReply *networkReply, const QList<QSslError> &errors);
    void onEncrypted(ApiReply *reply, QNetworkReply *networkReply);
    void finish(ApiReply *reply, const ApiError &error);
    void finishSuccess(ApiReply *reply);
    void waitForRefresh(ApiReply *reply);
    void startRefresh();
    void onRefreshFinished(ApiReply *refreshReply);
    void requireSignIn();
    void replayWaiting();
    void replyDestroyed(ApiReply *reply);
    void storeRefreshToken();
    void forgetStoredRefreshToken();
    QString tokenAccount() const;
    void adoptSignIn(ApiReply *reply, const QString &organisation);

    QNetworkAccessManager *m_nam = nullptr;
    Session *m_session = nullptr;
    TrustStore *m_trustStore = nullptr;
    RefreshTokenStore *m_tokenStore = nullptr;
    QUrl m_serverUrl;
    QByteArray m_userAgent;
    std::chrono::milliseconds m_transferTimeout{30'000};
    QList<QPointer<ApiReply>> m_active;          // attempts on the wire
    QList<QPointer<ApiReply>> m_waiting;          // waiting for refresh or sign-in
    QPointer<ApiReply> m_refreshReply;           // the shared refresh in flight
    bool m_awaitingSignIn = false;
    qint64 m_expiredUserId = 0;                  // who must sign in again for m_waiting to be replayed
    qint64 m_expiredTenantId = 0;
    QString m_organisation;                      // slug used at sign-in (keychain account)
};

} // namespace erp::client
