#include "server/http/HttpResponse.h"

#include <QJsonDocument>

namespace erp::server {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return rawJson(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::rawJson(int status, const QByteArray &jsonBytes)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = jsonBytes;
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::problem(int status, const QString &code, const QString &title,
                                   const QString &detail, const QList<FieldError> &errors)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("about:blank")},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray arr;
        for (const auto &e : errors)
            arr.append(QJsonObject{{QStringLiteral("field"), e.field},
                                   {QStringLiteral("code"), e.code},
                                   {QStringLiteral("message"), e.message}});
        o.insert(QStringLiteral("errors"), arr);
    }
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/problem+json");
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

} // namespace erp::server
