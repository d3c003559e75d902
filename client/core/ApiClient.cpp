#include "client/core/ApiClient.h"

#include "client/core/ClientLog.h"
#include "client/core/RefreshTokenStore.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUuid>

namespace erp::client {

namespace {

const QString ApiPrefix = QStringLiteral("/api/v1");
constexpr int MaxAttempts = 5;   // replays after refresh/sign-in, bounded whatever the server does

QByteArray newUuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray methodName(ApiReply::Method method)
{
    switch (method) {
    case ApiReply::Method::Get:
        return "GET";
    case ApiReply::Method::Post:
        return "POST";
    case ApiReply::Method::Patch:
        return "PATCH";
    case ApiReply::Method::Put:
        return "PUT";
    case ApiReply::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ApiClient::ApiClient(TrustStore *trustStore, QObject *parent)
    : QObject(parent),
      m_nam(new QNetworkAccessManager(this)),
      m_session(new Session(this)),
      m_trustStore(trustStore ? trustStore : new TrustStore(this)),
      m_userAgent(QByteArrayLiteral("erp-client/" ERP_VERSION))
{
    // Never follow redirects: an API answer is never a redirect, and a
    // redirect must not carry the Bearer token anywhere else.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

ApiClient::~ApiClient()
{
    // Replies are children: make sure none calls back into a half-destroyed client.
    const QList<ApiReply *> replies = findChildren<ApiReply *>(Qt::FindDirectChildrenOnly);
    for (ApiReply *r : replies)
        r->m_client = nullptr;
}

QUrl ApiClient::normaliseServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setScheme(url.scheme().toLower());
    url.setPath({});
    url.setQuery(QString());
    url.setFragment({});
    url.setUserInfo({});
    return url;
}

void ApiClient::setServerUrl(const QUrl &url)
{
    QUrl u = url;
    if (u.scheme().isEmpty() && !url.toString().isEmpty())
        u = normaliseServerUrl(url.toString());
    else if (u.isValid()) {
        u.setPath({});
        u.setQuery(QString());
        u.setFragment({});
    }
    if (u == m_serverUrl)
        return;
    m_serverUrl = u;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout.count() > 0 ? timeout : std::chrono::milliseconds(30'000);
}

QString ApiClient::resolvePath(const QString &path) const
{
    if (path.startsWith(QLatin1String("/api/")))
        return path;
    if (path.startsWith(QLatin1Char('/')))
        return ApiPrefix + path;
    return ApiPrefix + QLatin1Char('/') + path;
}

ApiReply *ApiClient::newReply(ApiReply::Method method, const QString &path, const QUrlQuery &query)
{
    // A path may carry its own query ("/pipeline-stages/3?move_leads_to=2"),
    // for the calls that take none separately; it goes before `query`.
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    if (mark < 0)
        return new ApiReply(this, method, resolvePath(path), query);
    QUrlQuery merged(path.mid(mark + 1));
    for (const auto &item : query.queryItems())
        merged.addQueryItem(item.first, item.second);
    return new ApiReply(this, method, resolvePath(path.left(mark)), merged);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    ApiReply *r = newReply(ApiReply::Method::Get, path, query);
    send(r);
    return r;
}

void ApiClient::setJsonBody(ApiReply *r, const QJsonObject &body)
{
    r->m_requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r->m_requestContentType = "application/json";
}

ApiReply *ApiClient::create(const QString &path, const QJsonObject &body)
{
    ApiReply *r = newReply(ApiReply::Method::Post, path, {});
    setJsonBody(r, body);
    r->m_idempotencyKey = newUuid();
    send(r);
    return r;
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    ApiReply *r = newReply(ApiReply::Method::Post, path, {});
    setJsonBody(r, body);
    send(r);
    return r;
}

ApiReply *ApiClient::patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    ApiReply *r = newReply(ApiReply::Method::Patch, path, {});
    setJsonBody(r, body);
    r->m_ifMatch = ifMatch;
    send(r);
    return r;
}

ApiReply *ApiClient::postData(const QString &path, const QUrlQuery &query, const QByteArray &body,
                               const QByteArray &contentType, bool create)
{
    ApiReply *r = newReply(ApiReply::Method::Post, path, query);
    r->m_requestBody = body;
    r->m_requestContentType = contentType;
    if (create)
        r->m_idempotencyKey = newUuid();
    send(r);
    return r;
}

ApiReply *ApiClient::remove(const QString &path, const QByteArray &ifMatch)
{
    ApiReply *r = newReply(ApiReply::Method::Delete, path, {});
    r->m_ifMatch = ifMatch;
    send(r);
    return r;
}

ApiReply *ApiClient::download(const QString &path, const QUrlQuery &query, QIODevice *sink, const QByteArray &accept)
{
    ApiReply *r = newReply(ApiReply::Method::Get, path, query);
    r->m_accept = accept;
    r->m_sink = sink;
    if (!sink || !sink->isWritable()) {
        finish(r, ApiError::network(QNetworkReply::UnknownContentError,
                                    QStringLiteral("download target is not open for writing")));
        return r;
    }
    send(r);
    return r;
}

ApiReply *ApiClient::retry(const ApiReply *failed)
{
    ApiReply *r = new ApiReply(this, failed->m_method, failed->m_path, failed->m_query);
    r->m_requestBody = failed->m_requestBody;
    r->m_requestContentType = failed->m_requestContentType;
    r->m_accept = failed->m_accept;
    r->m_ifMatch = failed->m_ifMatch;
    r->m_idempotencyKey = failed->m_idempotencyKey;
    r->m_authenticated = failed->m_authenticated;
    r->m_sink = failed->m_sink;
    r->m_onSuccess = failed->m_onSuccess;
    r->m_bearerOverride = failed->m_bearerOverride;
    send(r);
    return r;
}

void ApiClient::send(ApiReply *r)
{
    if (r->m_finished)
        return;
    if (!m_serverUrl.isValid() || m_serverUrl.host().isEmpty()) {
        finish(r, ApiError::network(QNetworkReply::HostNotFoundError, QStringLiteral("no server configured")));
        return;
    }
    if (m_serverUrl.scheme() != QLatin1String("https")) {
        // Never fall back to plain HTTP, not even for sign-in.
        finish(r, ApiError::tls(ApiError::TlsProblem::HttpsRequired, ServerCertificateInfo(),
                                QStringLiteral("the server address must start with https://")));
        return;
    }
    if (r->m_attempts >= MaxAttempts) {
        finish(r, ApiError::sessionExpired());
        return;
    }
    // While a refresh or a new sign-in is pending, the current token is
    // known to be dead: wait instead of collecting another 401.
    if (r->m_authenticated && r->m_bearerOverride.isEmpty() && (m_awaitingSignIn || m_refreshReply)) {
        r->m_waitingForSession = true;
        if (!m_waiting.contains(r))
            m_waiting.append(r);
        return;
    }

    QUrl url = m_serverUrl;
    url.setPath(r->m_path);
    if (!r->m_query.isEmpty())
        url.setQuery(r->m_query);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_trustStore->sslConfiguration());
    request.setTransferTimeout(int(m_transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r->m_requestId = newUuid();
    request.setRawHeader("X-Request-ID", r->m_requestId);
    request.setRawHeader("Accept", r->m_accept);
    request.setRawHeader("User-Agent", m_userAgent);
    if (!r->m_requestContentType.isEmpty())
        request.setRawHeader("Content-Type", r->m_requestContentType);
    if (!r->m_ifMatch.isEmpty())
        request.setRawHeader("If-Match", r->m_ifMatch);
    if (!r->m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", r->m_idempotencyKey);
    r->m_usedAccessToken.clear();
    if (!r->m_bearerOverride.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + r->m_bearerOverride);
    } else if (r->m_authenticated && !m_session->accessToken().isEmpty()) {
        r->m_usedAccessToken = m_session->accessToken();
        request.setRawHeader("Authorization", "Bearer " + r->m_usedAccessToken);
    }

    // Reset what a previous attempt left.
    r->m_headers.clear();
    r->m_body.clear();
    r->m_status = 0;
    r->m_tlsError = {};
    r->m_timedOut = false;
    r->m_sinkStarted = false;
    r->m_received = 0;
    ++r->m_attempts;

    QNetworkReply *nr = nullptr;
    const QByteArray body = r->m_requestBody.isEmpty() && r->m_method == ApiReply::Method::Post
        ? QByteArrayLiteral("{}")
        : r->m_requestBody;
    if (r->m_method == ApiReply::Method::Post && r->m_requestContentType.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    switch (r->m_method) {
    case ApiReply::Method::Get:
        nr = m_nam->get(request);
        break;
    case ApiReply::Method::Delete:
        nr = m_nam->deleteResource(request);
        break;
    default:
        nr = m_nam->sendCustomRequest(request, methodName(r->m_method), body);
        break;
    }
    r->m_networkReply = nr;
    qCDebug(lcApi).noquote() << methodName(r->m_method) << url.toString(QUrl::RemoveUserInfo)
                             << "request" << r->m_requestId << "attempt" << r->m_attempts;

    connect(nr, &QNetworkReply::sslErrors, this,
            [this, r, nr](const QList<QSslError> &errors) { onSslErrors(r, nr, errors); });
    connect(nr, &QNetworkReply::encrypted, this, [this, r, nr] { onEncrypted(r, nr); });
    connect(nr, &QNetworkReply::finished, this, [this, r, nr] { onNetworkFinished(r, nr); });
    connect(nr, &QNetworkReply::uploadProgress, r, &ApiReply::uploadProgress);
    if (r->m_sink) {
        connect(nr, &QNetworkReply::readyRead, r, [r, nr] {
            const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray chunk = nr->readAll();
            if (!isSuccessStatus(status) || !r->m_sink) {
                r->m_body += chunk;   // an error document: kept for ApiError, never written to the file
                return;
            }
            r->m_sinkStarted = true;
            if (r->m_sink->write(chunk) != chunk.size()) {
                r->m_tlsError = ApiError::network(QNetworkReply::UnknownContentError,
                                                  QStringLiteral("cannot write the download: %1")
                                                      .arg(r->m_sink->errorString()));
                nr->abort();
                return;
            }
            r->m_received += chunk.size();
            const QVariant length = nr->header(QNetworkRequest::ContentLengthHeader);
            Q_EMIT r->downloadProgress(r->m_received, length.isValid() ? length.toLongLong() : -1);
        });
    }

    if (!m_active.contains(r))
        m_active.append(r);
    Q_EMIT activeRequestCountChanged(int(m_active.size()));
}

void ApiClient::onSslErrors(ApiReply *r, QNetworkReply *nr, const QList<QSslError> &errors)
{
    const QUrl url = nr->url();
    const QSslCertificate peer = nr->sslConfiguration().peerCertificate();
    const TrustStore::Decision d = m_trustStore->evaluate(url.host(), quint16(url.port(443)), peer, errors);
    switch (d.verdict) {
    case TrustStore::Decision::Verdict::Accept:
        qCDebug(lcTls) << "accepting pinned certificate for" << d.certificate.serverKey;
        nr->ignoreSslErrors(d.errorsToIgnore);   // exactly these errors, for exactly this certificate
        return;
    case TrustStore::Decision::Verdict::TrustRequired:
        qCInfo(lcTls) << "unknown certificate for" << d.certificate.serverKey << d.certificate.sha256Fingerprint;
        r->m_tlsError = ApiError::tls(ApiError::TlsProblem::UntrustedCertificate, d.certificate, d.reason);
        return;
    case TrustStore::Decision::Verdict::PinMismatch:
        qCWarning(lcTls).noquote() << "certificate of" << d.certificate.serverKey << "does not match its pin:" << d.reason;
        r->m_tlsError = ApiError::tls(ApiError::TlsProblem::PinMismatch, d.certificate, d.reason);
        return;
    case TrustStore::Decision::Verdict::Reject:
        qCWarning(lcTls).noquote() << "certificate of" << d.certificate.serverKey << "refused:" << d.reason;
        r->m_tlsError = ApiError::tls(ApiError::TlsProblem::InvalidCertificate, d.certificate, d.reason);
        return;
    }
}

void ApiClient::onEncrypted(ApiReply *r, QNetworkReply *nr)
{
    // Runs before the request is written: a pinned server must present its
    // pinned certificate even when another one would verify against a CA.
    const QUrl url = nr->url();
    const TrustStore::Decision d =
        m_trustStore->checkPeer(url.host(), quint16(url.port(443)), nr->sslConfiguration().peerCertificate());
    if (d.verdict == TrustStore::Decision::Verdict::Accept)
        return;
    qCWarning(lcTls).noquote() << "certificate of" << d.certificate.serverKey << "does not match its pin:" << d.reason;
    r->m_tlsError = ApiError::tls(ApiError::TlsProblem::PinMismatch, d.certificate, d.reason);
    nr->abort();
}

void ApiClient::onNetworkFinished(ApiReply *r, QNetworkReply *nr)
{
    nr->disconnect(this);
    nr->disconnect(r);
    nr->deleteLater();
    if (r->m_networkReply == nr)
        r->m_networkReply = nullptr;
    m_active.removeAll(r);
    m_active.removeAll(nullptr);
    Q_EMIT activeRequestCountChanged(int(m_active.size()));

    r->m_status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto pairs = nr->rawHeaderPairs();
    for (const auto &pair : pairs)
        r->m_headers.insert(pair.first.toLower(), pair.second);
    if (!nr->isOpen()) {
        // aborted: nothing to read
    } else if (!r->m_sink || !isSuccessStatus(r->m_status)) {
        r->m_body += nr->readAll();
    } else {
        const QByteArray rest = nr->readAll();
        if (!rest.isEmpty()) {
            r->m_sink->write(rest);
            r->m_received += rest.size();
        }
    }

    if (r->m_cancelled) {
        finish(r, ApiError::cancelled());
        return;
    }
    if (!r->m_tlsError.isNone()) {
        const ApiError e = r->m_tlsError;
        finish(r, e);
        if (e.needsCertificateTrust())
            Q_EMIT certificateTrustRequired(e.certificate());
        else if (e.isPinMismatch())
            Q_EMIT certificatePinMismatch(e.certificate());
        return;
    }
    if (r->m_status == 0) {
        const QNetworkReply::NetworkError error = nr->error();
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            qCInfo(lcApi) << "request" << r->m_requestId << "timed out";
            finish(r, ApiError::timeout(int(m_transferTimeout.count())));
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            const QUrl url = nr->url();
            finish(r, ApiError::tls(ApiError::TlsProblem::HandshakeFailed,
                                    ServerCertificateInfo::fromCertificate(nr->sslConfiguration().peerCertificate(),
                                                                           url.host(), quint16(url.port(443))),
                                    nr->errorString()));
        } else {
            qCInfo(lcApi) << "request" << r->m_requestId << "failed:" << nr->errorString();
            finish(r, ApiError::network(error == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : error,
                                        nr->errorString()));
        }
        return;
    }
    if (isSuccessStatus(r->m_status)) {
        finishSuccess(r);
        return;
    }
    if (r->m_status == 401 && r->m_authenticated && r->m_bearerOverride.isEmpty()) {
        // The token we got from a refresh or a new sign-in was refused too:
        // the session is gone (revoked meanwhile). Keep the request for after sign-in.
        if (r->m_replayed && r->m_usedAccessToken == m_session->accessToken() && !m_awaitingSignIn
            && !m_refreshReply) {
            r->m_waitingForSession = true;
            if (!m_waiting.contains(r))
                m_waiting.append(r);
            requireSignIn();
            return;
        }
        // A newer token than the one this attempt carried exists: just replay.
        if (!m_session->accessToken().isEmpty() && r->m_usedAccessToken != m_session->accessToken()
            && !m_awaitingSignIn && !m_refreshReply) {
            send(r);
            return;
        }
        waitForRefresh(r);
        return;
    }
    ApiError e = ApiError::http(r->m_status, r->m_body, r->rawHeader("content-type"));
    bool ok = false;
    const int retryAfter = r->rawHeader("retry-after").toInt(&ok);
    if (ok)
        e.setRetryAfterSeconds(retryAfter);
    finish(r, e);
}

void ApiClient::finishSuccess(ApiReply *r)
{
    if (r->m_onSuccess) {
        const ApiError e = r->m_onSuccess(r);
        if (!e.isNone()) {
            finish(r, e);
            return;
        }
    }
    finish(r, ApiError());
}

void ApiClient::finish(ApiReply *r, const ApiError &error)
{
    if (r->m_finished)
        return;
    r->m_finished = true;
    r->m_waitingForSession = false;
    r->m_error = error;
    if (!error.isNone() && error.requestId().isEmpty())
        r->m_error.setRequestId(r->m_requestId);
    m_waiting.removeAll(r);
    m_active.removeAll(r);
    if (r->m_networkReply) {
        QNetworkReply *nr = r->m_networkReply;
        r->m_networkReply = nullptr;
        nr->disconnect(this);
        nr->disconnect(r);
        nr->abort();
        nr->deleteLater();
        Q_EMIT activeRequestCountChanged(int(m_active.size()));
    }
    if (!error.isNone() && error.kind() != ApiError::Kind::Cancelled)
        qCDebug(lcApi).noquote() << r->m_path << r->m_error.debugString();
    // Always from the event loop, never from inside the call that caused it,
    // so a caller can connect after get()/post() even when it fails at once.
    QMetaObject::invokeMethod(
        r,
        [r] {
            Q_EMIT r->finished();
            if (r->m_autoDelete)
                r->deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiClient::replyDestroyed(ApiReply *reply)
{
    m_waiting.removeAll(reply);
    m_waiting.removeAll(nullptr);
    if (m_active.removeAll(reply) > 0)
        Q_EMIT activeRequestCountChanged(int(m_active.size()));
    m_active.removeAll(nullptr);
}

// --- token refresh ---

void ApiClient::waitForRefresh(ApiReply *r)
{
    if (!m_awaitingSignIn && !m_refreshReply && !m_session->hasRefreshToken() && !m_session->user().isValid()) {
        // Nobody was signed in: there is no interrupted work to keep.
        finish(r, ApiError::http(r->m_status, r->m_body, r->rawHeader("content-type")));
        return;
    }
    r->m_waitingForSession = true;
    if (!m_waiting.contains(r))
        m_waiting.append(r);
    if (m_awaitingSignIn || m_refreshReply)
        return;
    if (!m_session->hasRefreshToken()) {
        requireSignIn();
        return;
    }
    startRefresh();
}

void ApiClient::startRefresh()
{
    qCInfo(lcApi) << "access token refused; refreshing";
    ApiReply *rr = newReply(ApiReply::Method::Post, QStringLiteral("/auth/refresh"), {});
    setJsonBody(rr, QJsonObject{{QStringLiteral("refresh_token"), m_session->refreshToken()}});
    rr->m_authenticated = false;
    m_refreshReply = rr;
    connect(rr, &ApiReply::finished, this, [this, rr] { onRefreshFinished(rr); });
    send(rr);
}

void ApiClient::onRefreshFinished(ApiReply *rr)
{
    if (m_refreshReply == rr)
        m_refreshReply = nullptr;
    if (rr->isSuccess()) {
        const QJsonObject o = rr->json();
        const QByteArray access = o.value(QLatin1String("access_token")).toString().toUtf8();
        const QString refresh = o.value(QLatin1String("refresh_token")).toString();
        if (!access.isEmpty() && !refresh.isEmpty()) {
            m_session->updateTokens(access, refresh, o.value(QLatin1String("expires_in")).toInt(900));
            storeRefreshToken();
            qCInfo(lcApi) << "tokens refreshed; replaying" << m_waiting.size() << "request(s)";
            Q_EMIT tokensRefreshed();
            replayWaiting();
            return;
        }
    }
    const ApiError &e = rr->error();
    if (e.kind() == ApiError::Kind::Http && e.httpStatus() >= 400 && e.httpStatus() < 500
        && e.httpStatus() != 429) {
        // The server refused the refresh token (rotated elsewhere, session
        // revoked or expired): only a new sign-in helps. Keep the requests.
        qCInfo(lcApi) << "refresh refused:" << e.code() << e.detail();
        forgetStoredRefreshToken();
        requireSignIn();
        return;
    }
    if (rr->isSuccess()) {   // 2xx without tokens: treat as refused
        forgetStoredRefreshToken();
        requireSignIn();
        return;
    }
    // Server unreachable, timeout, 5xx: the session may be fine; the waiting
    // requests fail with that reason and the user can try again.
    qCInfo(lcApi).noquote() << "refresh failed:" << e.debugString();
    const QList<QPointer<ApiReply>> waiting = m_waiting;
    m_waiting.clear();
    for (const QPointer<ApiReply> &r : waiting)
        if (r)
            finish(r, e);   // e.g. 503 "temporarily unavailable", or the network error
}

void ApiClient::requireSignIn()
{
    if (m_awaitingSignIn)
        return;
    m_awaitingSignIn = true;
    if (m_session->user().isValid()) {
        m_expiredUserId = m_session->user().id;
        m_expiredTenantId = m_session->user().tenantId;
    }
    m_session->expire();
    qCInfo(lcApi) << "sign-in required;" << m_waiting.size() << "request(s) kept";
    Q_EMIT loginRequired();
}

void ApiClient::replayWaiting()
{
    const QList<QPointer<ApiReply>> waiting = m_waiting;
    m_waiting.clear();
    for (const QPointer<ApiReply> &r : waiting) {
        if (!r || r->m_finished)
            continue;
        r->m_waitingForSession = false;
        r->m_replayed = true;
        send(r);
    }
}

int ApiClient::requestsAwaitingSignIn() const
{
    if (!m_awaitingSignIn)
        return 0;
    int n = 0;
    for (const QPointer<ApiReply> &r : m_waiting)
        if (r)
            ++n;
    return n;
}

void ApiClient::abandonRequestsAwaitingSignIn()
{
    m_awaitingSignIn = false;
    const QList<QPointer<ApiReply>> waiting = m_waiting;
    m_waiting.clear();
    for (const QPointer<ApiReply> &r : waiting)
        if (r)
            finish(r, ApiError::sessionExpired());
}

// --- session ---

QString ApiClient::tokenAccount() const
{
    return RefreshTokenStore::accountKey(TrustStore::serverKey(m_serverUrl), m_organisation,
                                         m_session->user().email);
}

void ApiClient::storeRefreshToken()
{
    if (m_tokenStore && m_tokenStore->isAvailable() && m_session->hasRefreshToken())
        m_tokenStore->store(tokenAccount(), m_session->refreshToken());
}

void ApiClient::forgetStoredRefreshToken()
{
    if (m_tokenStore && m_tokenStore->isAvailable() && m_session->user().isValid())
        m_tokenStore->remove(tokenAccount());
}

static ApiError malformedTokens()
{
    return ApiError::network(QNetworkReply::ProtocolFailure, QStringLiteral("the server's token response is incomplete"));
}

void ApiClient::adoptSignIn(ApiReply *reply, const QString &organisation)
{
    Q_UNUSED(reply);
    m_organisation = organisation;
    storeRefreshToken();
    const SessionUser &user = m_session->user();
    if (m_awaitingSignIn) {
        m_awaitingSignIn = false;
        if (user.id == m_expiredUserId && user.tenantId == m_expiredTenantId) {
            qCInfo(lcApi) << "signed in again; replaying" << m_waiting.size() << "kept request(s)";
            replayWaiting();
        } else {
            // Someone else signed in: the kept work was the other user's.
            abandonRequestsAwaitingSignIn();
        }
    }
    m_expiredUserId = user.id;
    m_expiredTenantId = user.tenantId;
    Q_EMIT signedIn();
}

ApiReply *ApiClient::signIn(const QString &organisation, const QString &email, const QString &password,
                            const QString &newPassword)
{
    ApiReply *r = newReply(ApiReply::Method::Post, QStringLiteral("/auth/login"), {});
    QJsonObject body {{QStringLiteral("organisation"), organisation},
                      {QStringLiteral("email"), email},
                      {QStringLiteral("password"), password}};
    if (!newPassword.isEmpty())
        body.insert(QStringLiteral("new_password"), newPassword);
    setJsonBody(r, body);
    r->m_authenticated = false;
    r->m_onSuccess = [this, organisation](ApiReply *reply) -> ApiError {
        const QJsonObject o = reply->json();
        const QByteArray access = o.value(QLatin1String("access_token")).toString().toUtf8();
        const QString refresh = o.value(QLatin1String("refresh_token")).toString();
        const SessionUser user = SessionUser::fromJson(o.value(QLatin1String("user")).toObject());
        if (access.isEmpty() || !user.isValid())
            return malformedTokens();
        m_session->start(m_serverUrl, user, access, refresh, o.value(QLatin1String("expires_in")).toInt(900));
        adoptSignIn(reply, organisation);
        return {};
    };
    send(r);
    // The password must not linger in the reply (sign-in is never replayed).
    r->m_requestBody.clear();
    return r;
}

ApiReply *ApiClient::signOut()
{
    ApiReply *r = newReply(ApiReply::Method::Post, QStringLiteral("/auth/logout"), {});
    // The refresh token identifies the session even when the access token
    // has expired while the client sat idle: the server ends it either way.
    QJsonObject body;
    if (m_session->hasRefreshToken())
        body.insert(QStringLiteral("refresh_token"), m_session->refreshToken());
    setJsonBody(r, body);
    auto forget = [this] {
        forgetStoredRefreshToken();
        m_awaitingSignIn = false;
        const QList<QPointer<ApiReply>> waiting = m_waiting;
        m_waiting.clear();
        for (const QPointer<ApiReply> &w : waiting)
            if (w)
                finish(w, ApiError::sessionExpired());
        m_expiredUserId = 0;
        m_expiredTenantId = 0;
        m_session->clear();
        Q_EMIT signedOut();
    };
    if (!m_session->isSignedIn()) {
        forget();
        finish(r, ApiError());
        return r;
    }
    // Revoke on the server with the current token, but never refresh or
    // wait for a sign-in just to sign out.
    r->m_bearerOverride = m_session->accessToken();
    connect(r, &ApiReply::finished, this, forget);
    send(r);
    r->m_requestBody.clear();
    return r;
}

ApiReply *ApiClient::resumeSession(const QString &organisation, const QString &email)
{
    // A reply that is not itself sent: it finishes when the keychain read,
    // the refresh and GET /auth/me are done.
    ApiReply *r = newReply(ApiReply::Method::Post, QStringLiteral("/auth/refresh"), {});
    r->m_authenticated = false;
    if (!m_tokenStore || !m_tokenStore->isAvailable()) {
        finish(r, ApiError::sessionExpired());
        return r;
    }
    const QString account =
        RefreshTokenStore::accountKey(TrustStore::serverKey(m_serverUrl), organisation, email);
    QPointer<ApiReply> guard(r);
    m_tokenStore->load(account, [this, guard, organisation, account](bool ok, const QString &token, const QString &) {
        if (!guard)
            return;
        if (!ok || token.isEmpty()) {
            finish(guard, ApiError::sessionExpired());
            return;
        }
        ApiReply *refresh = newReply(ApiReply::Method::Post, QStringLiteral("/auth/refresh"), {});
        setJsonBody(refresh, QJsonObject{{QStringLiteral("refresh_token"), token}});
        refresh->m_authenticated = false;
        connect(refresh, &ApiReply::finished, this, [this, guard, refresh, organisation, account] {
            if (!guard)
                return;
            guard->m_requestId = refresh->m_requestId;
            if (!refresh->isSuccess()) {
                if (refresh->error().kind() == ApiError::Kind::Http) {
                    m_tokenStore->remove(account);
                    finish(guard, ApiError::sessionExpired());
                } else {
                    finish(guard, refresh->error());
                }
                return;
            }
            const QJsonObject tokens = refresh->json();
            const QByteArray access = tokens.value(QLatin1String("access_token")).toString().toUtf8();
            const QString newRefresh = tokens.value(QLatin1String("refresh_token")).toString();
            const int expiresIn = tokens.value(QLatin1String("expires_in")).toInt(900);
            // The old token is spent: keep the rotated one whatever happens next.
            m_tokenStore->store(account, newRefresh);
            ApiReply *me = newReply(ApiReply::Method::Get, QStringLiteral("/auth/me"), {});
            me->m_bearerOverride = access;
            connect(me, &ApiReply::finished, this, [this, guard, me, access, newRefresh, expiresIn, organisation] {
                if (!guard)
                    return;
                guard->m_requestId = me->m_requestId;
                if (!me->isSuccess()) {
                    finish(guard, me->error());
                    return;
                }
                const SessionUser user = SessionUser::fromJson(me->json());
                if (!user.isValid()) {
                    finish(guard, malformedTokens());
                    return;
                }
                m_session->start(m_serverUrl, user, access, newRefresh, expiresIn);
                guard->m_status = me->m_status;
                guard->m_body = me->m_body;
                guard->m_headers = me->m_headers;
                adoptSignIn(guard, organisation);
                finish(guard, ApiError());
            });
            send(me);
        });
        send(refresh);
    });
    return r;
}

ApiReply *ApiClient::changePassword(const QString &currentPassword, const QString &newPassword)
{
    ApiReply *r = newReply(ApiReply::Method::Post, QStringLiteral("/auth/password"), {});
    setJsonBody(r, QJsonObject{{QStringLiteral("current_password"), currentPassword},
                               {QStringLiteral("new_password"), newPassword}});
    send(r);
    return r;
}

ApiReply *ApiClient::reloadCurrentUser()
{
    ApiReply *r = newReply(ApiReply::Method::Get, QStringLiteral("/auth/me"), {});
    r->m_onSuccess = [this](ApiReply *reply) -> ApiError {
        const SessionUser user = SessionUser::fromJson(reply->json());
        if (user.isValid())
            m_session->updateUser(user);
        return {};
    };
    send(r);
    return r;
}

} // namespace erp::client
