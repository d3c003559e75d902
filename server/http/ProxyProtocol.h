#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace erp::server {

// The PROXY protocol header (versions 1 and 2, as HAProxy's send-proxy and
// send-proxy-v2 write it) that a load balancer in TCP mode puts before the
// client's bytes, so that the server learns the client's address although
// the TLS connection comes from the balancer. Only connections from the
// configured proxies (http/proxy_protocol_from) are read this way.
class ProxyProtocol
{
public:
    enum class Result
    {
        NeedMore, // not enough bytes yet for a decision
        Proxied,  // *source is the client's address
        Local,    // the proxy speaks for itself (its health checks): keep the connection's address
        Invalid,  // not a PROXY header, or a malformed one
    };

    // The longest header accepted; a proxy that sends more is refused.
    static constexpr qsizetype MaxHeaderBytes = 16 + 216;

    // Looks at the first bytes of a connection. For Proxied and Local,
    // *headerBytes is the length of the header (the TLS bytes follow it).
    static Result parse(const QByteArray &data, QHostAddress *source, qsizetype *headerBytes);

    // On a connected socket's descriptor, before anything else reads it:
    // the peer's address; the header looked at without taking it from the
    // socket (*closed when the peer has gone); taking exactly its bytes.
    static QHostAddress peerAddress(qintptr descriptor);
    static Result peekHeader(qintptr descriptor, QHostAddress *source, qsizetype *headerBytes, bool *closed);
    static bool consumeHeader(qintptr descriptor, qsizetype headerBytes);
    static void closeDescriptor(qintptr descriptor);

    // "10.0.0.5, 192.168.1.0/24, ::1" -> subnets; false on a bad entry.
    static bool parseTrusted(const QString &text, QList<QPair<QHostAddress, int>> *subnets, QString *error);
    static bool isTrusted(const QHostAddress &peer, const QList<QPair<QHostAddress, int>> &subnets);
};

} // namespace erp::server
