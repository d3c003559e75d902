#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace erp::server {

// One parsed HTTP/1.1 request as the connection hands it to the dispatcher.
// Header names are stored lower-cased; values as received.
struct HttpRequest
{
    QByteArray method;                                  // "GET", "POST", ...
    QByteArray target;                                  // raw request target, e.g. "/api/v1/users?limit=5"
    QByteArray path;                                    // percent-decoded path without query
    QUrlQuery query;                                    // parsed query string
    QList<QPair<QByteArray, QByteArray>> headers;       // lower-cased names
    QByteArray body;
    QHostAddress remoteAddress;
    QByteArray requestId;                               // X-Request-ID (client's or generated)
    // Whether the client allows the connection to stay open after this
    // request (HTTP/1.1 default, HTTP/1.0 with keep-alive, no Connection: close).
    bool keepAlive = true;

    // First value of a header (name must be lower-case), or an empty array.
    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return true;
        return false;
    }
};

} // namespace erp::server
