#pragma once

#include "client/core/ServerCertificateInfo.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace erp::client {

// One entry of a problem+json "errors" list: a field the server rejected.
struct FieldError
{
    QString field;    // JSON field name, e.g. "email", "lines[2].quantity"
    QString code;     // stable machine code: "required", "invalid_email", "email_taken", ...
    QString message;  // the server's English text (logs/fallback only; show ErrorText::forFieldError)
};

// Why an ApiReply failed. A value type; kind() says which of the other
// members are meaningful. Show it to a user with ErrorText::forError().
class ApiError
{
public:
    enum class Kind {
        None,            // no error
        Network,         // host not found, connection refused/reset, ... (networkError())
        Tls,             // certificate or handshake problem (tlsProblem(), certificate())
        Timeout,         // nothing received within the transfer timeout
        Http,            // the server answered with a non-2xx status (httpStatus(), code(), fieldErrors())
        SessionExpired,  // the access token could not be refreshed and the user did not sign in again
        Cancelled,       // ApiReply::cancel() or ApiClient::abandonRequestsAwaitingSignIn()
    };

    enum class TlsProblem {
        None,
        UntrustedCertificate,  // unknown/self-signed certificate: ask the user (certificate() filled)
        PinMismatch,           // a pinned server presented a different certificate: refuse, no click-through
        HandshakeFailed,       // protocol/cipher failure, e.g. server below TLS 1.2
        InvalidCertificate,    // expired, revoked, wrong host name, ... for a CA-issued or pinned certificate
        HttpsRequired,         // the server URL is not https://
    };

    ApiError() = default;

    static ApiError network(QNetworkReply::NetworkError error, const QString &errorString);
    static ApiError tls(TlsProblem problem, const ServerCertificateInfo &certificate, const QString &errorString = {});
    static ApiError timeout(int timeoutMs);
    static ApiError http(int status, const QByteArray &body, const QByteArray &contentType);
    static ApiError sessionExpired();
    static ApiError cancelled();

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isHttp() const { return m_kind == Kind::Http; }
    bool isPinMismatch() const { return m_kind == Kind::Tls && m_tlsProblem == TlsProblem::PinMismatch; }
    bool needsCertificateTrust() const
    {
        return m_kind == Kind::Tls && m_tlsProblem == TlsProblem::UntrustedCertificate;
    }

    // Http: status and the problem+json members (empty when the body was not problem+json).
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }      // "validation_failed", "version_mismatch", ...
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    bool hasFieldErrors() const { return !m_fieldErrors.isEmpty(); }
    // Field errors for one field (exact match on FieldError::field).
    QList<FieldError> fieldErrorsFor(const QString &field) const;
    // Retry-After in seconds (429 too_many_attempts, 503); -1 when absent.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // Network: Qt's error and its (English) text for logs and details.
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    QString errorString() const { return m_errorString; }

    // Tls
    TlsProblem tlsProblem() const { return m_tlsProblem; }
    const ServerCertificateInfo &certificate() const { return m_certificate; }

    // Timeout: the configured transfer timeout that elapsed.
    int timeoutMs() const { return m_timeoutMs; }

    // X-Request-ID of the request that failed (what support asks for).
    QByteArray requestId() const { return m_requestId; }
    void setRequestId(const QByteArray &id) { m_requestId = id; }

    // For logs: "Http 422 validation_failed (request 1234-...)".
    QString debugString() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_title;
    QString m_detail;
    QList<FieldError> m_fieldErrors;
    int m_retryAfterSeconds = -1;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_errorString;
    TlsProblem m_tlsProblem = TlsProblem::None;
    ServerCertificateInfo m_certificate;
    int m_timeoutMs = 0;
    QByteArray m_requestId;
};

} // namespace erp::client

Q_DECLARE_METATYPE(erp::client::ApiError)
