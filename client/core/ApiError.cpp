#include "client/core/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace erp::client {

ApiError ApiError::network(QNetworkReply::NetworkError error, const QString &errorString)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_networkError = error;
    e.m_errorString = errorString;
    return e;
}

ApiError ApiError::tls(TlsProblem problem, const ServerCertificateInfo &certificate, const QString &errorString)
{
    ApiError e;
    e.m_kind = Kind::Tls;
    e.m_tlsProblem = problem;
    e.m_certificate = certificate;
    e.m_errorString = errorString;
    return e;
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_timeoutMs = timeoutMs;
    e.m_networkError = QNetworkReply::TimeoutError;
    return e;
}

ApiError ApiError::http(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    // problem+json (or plain JSON carrying the same members); anything else
    // (a proxy's HTML page) leaves code empty and ErrorText goes by status.
    Q_UNUSED(contentType);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        e.m_code = o.value(QLatin1String("code")).toString();
        e.m_title = o.value(QLatin1String("title")).toString();
        e.m_detail = o.value(QLatin1String("detail")).toString();
        const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
        for (const QJsonValue &v : errors) {
            const QJsonObject fe = v.toObject();
            e.m_fieldErrors.append({fe.value(QLatin1String("field")).toString(),
                                    fe.value(QLatin1String("code")).toString(),
                                    fe.value(QLatin1String("message")).toString()});
        }
    }
    return e;
}

ApiError ApiError::sessionExpired()
{
    ApiError e;
    e.m_kind = Kind::SessionExpired;
    e.m_httpStatus = 401;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    return e;
}

QList<FieldError> ApiError::fieldErrorsFor(const QString &field) const
{
    QList<FieldError> result;
    for (const FieldError &e : m_fieldErrors)
        if (e.field == field)
            result.append(e);
    return result;
}

QString ApiError::debugString() const
{
    QString s;
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("no error");
    case Kind::Network:
        s = QStringLiteral("Network error %1: %2").arg(int(m_networkError)).arg(m_errorString);
        break;
    case Kind::Tls:
        s = QStringLiteral("TLS problem %1 (%2) %3")
                .arg(int(m_tlsProblem))
                .arg(m_certificate.sha256Fingerprint, m_errorString);
        break;
    case Kind::Timeout:
        s = QStringLiteral("Timeout after %1 ms").arg(m_timeoutMs);
        break;
    case Kind::Http:
        s = QStringLiteral("HTTP %1 %2 %3").arg(m_httpStatus).arg(m_code, m_detail);
        for (const FieldError &f : m_fieldErrors)
            s += QStringLiteral(" [%1: %2]").arg(f.field, f.code);
        break;
    case Kind::SessionExpired:
        s = QStringLiteral("Session expired");
        break;
    case Kind::Cancelled:
        s = QStringLiteral("Cancelled");
        break;
    }
    if (!m_requestId.isEmpty())
        s += QStringLiteral(" (request %1)").arg(QString::fromLatin1(m_requestId));
    return s;
}

} // namespace erp::client
