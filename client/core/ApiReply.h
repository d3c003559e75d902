#pragma once

#include "client/core/ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QIODevice;
class QNetworkReply;

namespace erp::client {

class ApiClient;

// One API request, from ApiClient::get()/post()/... It emits finished()
// exactly once, with either a result (isSuccess(), status(), json(), etag())
// or an error (error()). Transparent token refreshes and their replays happen
// inside the same ApiReply: the caller sees only the final outcome.
//
// Ownership: the ApiClient is the QObject parent; by default the reply
// deletes itself (deleteLater) right after finished() was delivered, so
// handle it in a slot connected to finished(). Call setAutoDelete(false) to
// keep it, then delete it yourself. Deleting a reply that has not finished
// aborts the request silently (no finished()).
//
//     auto *reply = api->get(u"/users/42"_s);
//     connect(reply, &ApiReply::finished, this, [this, reply] {
//         if (!reply->isSuccess())
//             return showError(ErrorText::forError(reply->error()));
//         m_etag = reply->etag();
//         fill(reply->json());
//     });
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Patch, Put, Delete };
    Q_ENUM(Method)

    ~ApiReply() override;

    Method method() const { return m_method; }
    // Path relative to the server, e.g. "/api/v1/users/42".
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    QUrl url() const;

    // The X-Request-ID of the latest HTTP attempt (a fresh UUID per attempt,
    // without braces); echoed by the server and quoted in error messages.
    QByteArray requestId() const { return m_requestId; }
    // Idempotency-Key sent with creates (ApiClient::create); empty otherwise.
    // Replays after a token refresh and ApiClient::retry() reuse it.
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && m_error.isNone(); }
    const ApiError &error() const { return m_error; }

    // The final HTTP status (0 when no response arrived).
    int status() const { return m_status; }
    // Response body (empty for downloads written to a device).
    QByteArray body() const { return m_body; }
    QJsonDocument jsonDocument() const;
    QJsonObject json() const;        // the body as a JSON object (empty when it is not one)
    QByteArray rawHeader(const QByteArray &name) const;  // case-insensitive
    // The ETag as sent, e.g. "\"3\"": pass it unchanged as If-Match.
    QByteArray etag() const { return rawHeader("etag"); }
    // Location of a created resource (201), resolved against the server URL.
    QUrl location() const;

    // True while waiting for a shared token refresh or for the user to sign in again.
    bool isWaitingForSession() const { return m_waitingForSession; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Aborts the request; finished() follows with ApiError::Kind::Cancelled
    // (unless it already finished). Safe to call at any time.
    void cancel();

Q_SIGNALS:
    // Exactly once.
    void finished();
    // Downloads (ApiClient::download): bytes written to the device so far and
    // the expected total (-1 when unknown, e.g. a chunked CSV export).
    void downloadProgress(qint64 received, qint64 total);
    // Uploads of large bodies.
    void uploadProgress(qint64 sent, qint64 total);

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, Method method, const QString &path, const QUrlQuery &query);

    QPointer<ApiClient> m_client;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;                    // response body
    QByteArray m_requestBody;             // for replays
    QByteArray m_requestContentType;
    QByteArray m_accept = "application/json";
    QByteArray m_ifMatch;
    QByteArray m_idempotencyKey;
    QByteArray m_requestId;
    QByteArray m_usedAccessToken;         // the token this attempt carried (to detect a refresh in between)
    QHash<QByteArray, QByteArray> m_headers;  // lower-case name -> value
    QPointer<QIODevice> m_sink;           // download target
    QPointer<QNetworkReply> m_networkReply;
    ApiError m_error;
    ApiError m_tlsError;                  // decided during the handshake, reported when the reply ends
    // Runs on a 2xx before finished(); may turn the success into an error
    // (sign-in responses that lack tokens, session adoption).
    std::function<ApiError(ApiReply *)> m_onSuccess;
    QByteArray m_bearerOverride;          // explicit token (resumeSession's /auth/me)
    int m_status = 0;
    int m_attempts = 0;
    bool m_authenticated = true;          // carries the Bearer token and takes part in refresh
    bool m_replayed = false;              // replayed once after a refresh
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_waitingForSession = false;
    bool m_autoDelete = true;
    bool m_sinkStarted = false;
    qint64 m_received = 0;
};

} // namespace erp::client
