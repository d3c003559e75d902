#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslConfiguration>

namespace erp::server {

struct HttpServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;                 // 0 picks a free port
    int ioThreads = 2;
    int maxConnections = 1024;           // per process; further connections are closed at once
    int maxConnectionsPerAddress = 128;  // from one client address (IPv6: one /64); more are closed at once
    qint64 maxHeaderBytes = 16 * 1024;   // -> 431
    qint64 maxUrlBytes = 8 * 1024;       // -> 414
    qint64 maxBodyBytes = 1024 * 1024;   // -> 413, the rest is not read
    int handshakeTimeoutMs = 10'000;     // TLS handshake must finish within this
    int headerTimeoutMs = 10'000;        // a request's headers must arrive within this (slow drip)
    int bodyTimeoutMs = 30'000;          // a request's body must arrive within this
    int idleTimeoutMs = 60'000;          // idle keep-alive connection is closed after this, shrinking
    int minIdleTimeoutMs = 1'000;        // towards this as open connections go from half the cap to the cap
    int maxPipelinedRequests = 32;       // requests queued on one connection before reading pauses
    qint64 maxUnsentBytes = 1024 * 1024; // response bytes held for one connection before it stops reading
                                         // requests and writing further responses
    int writeTimeoutMs = 30'000;         // a client that takes none of its pending response bytes for
                                         // this long is disconnected
    // Load balancers in TCP mode (HAProxy send-proxy-v2): connections from
    // these subnets must start with a PROXY protocol header, whose client
    // address then counts (throttles, per-address cap, logs). Empty: none.
    QList<QPair<QHostAddress, int>> proxyProtocolFrom;
    QSslConfiguration ssl;               // certificate, key; protocol forced to TLS 1.2 or later
};

} // namespace erp::server
