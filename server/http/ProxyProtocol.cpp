#include "server/http/ProxyProtocol.h"

#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace erp::server {

namespace {

const char kV2Signature[12] = {'\r', '\n', '\r', '\n', '\0', '\r', '\n', 'Q', 'U', 'I', 'T', '\n'};
constexpr qsizetype kV1MaxBytes = 107; // the specification's bound, CRLF included

ProxyProtocol::Result parseV1(const QByteArray &data, QHostAddress *source, qsizetype *headerBytes)
{
    const qsizetype end = data.indexOf("\r\n");
    if (end < 0)
        return data.size() >= kV1MaxBytes ? ProxyProtocol::Result::Invalid : ProxyProtocol::Result::NeedMore;
    if (end + 2 > kV1MaxBytes)
        return ProxyProtocol::Result::Invalid;
    const QList<QByteArray> parts = data.left(end).split(' ');
    *headerBytes = end + 2;
    if (parts.size() >= 2 && parts.at(1) == "UNKNOWN")
        return ProxyProtocol::Result::Local;
    if (parts.size() != 6 || (parts.at(1) != "TCP4" && parts.at(1) != "TCP6"))
        return ProxyProtocol::Result::Invalid;
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(parts.at(2))))
        return ProxyProtocol::Result::Invalid;
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (v4 != (parts.at(1) == "TCP4"))
        return ProxyProtocol::Result::Invalid;
    bool portOk = false;
    const uint port = parts.at(4).toUInt(&portOk);
    if (!portOk || port > 65535)
        return ProxyProtocol::Result::Invalid;
    *source = address;
    return ProxyProtocol::Result::Proxied;
}

ProxyProtocol::Result parseV2(const QByteArray &data, QHostAddress *source, qsizetype *headerBytes)
{
    if (data.size() < 16)
        return ProxyProtocol::Result::NeedMore;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const int version = p[12] >> 4;
    const int command = p[12] & 0x0f;
    const int family = p[13] >> 4;
    const int transport = p[13] & 0x0f;
    const qsizetype length = (qsizetype(p[14]) << 8) | p[15];
    if (version != 2 || command > 1 || 16 + length > ProxyProtocol::MaxHeaderBytes)
        return ProxyProtocol::Result::Invalid;
    if (data.size() < 16 + length)
        return ProxyProtocol::Result::NeedMore;
    *headerBytes = 16 + length;
    if (command == 0) // LOCAL
        return ProxyProtocol::Result::Local;
    if (transport != 1 && transport != 2) // STREAM or DGRAM; UNSPEC: keep the connection's address
        return transport == 0 ? ProxyProtocol::Result::Local : ProxyProtocol::Result::Invalid;
    const unsigned char *a = p + 16;
    if (family == 1) { // AF_INET: src, dst, sport, dport
        if (length < 12)
            return ProxyProtocol::Result::Invalid;
        *source = QHostAddress(quint32((quint32(a[0]) << 24) | (quint32(a[1]) << 16) | (quint32(a[2]) << 8) | a[3]));
        return ProxyProtocol::Result::Proxied;
    }
    if (family == 2) { // AF_INET6
        if (length < 36)
            return ProxyProtocol::Result::Invalid;
        Q_IPV6ADDR v6;
        std::memcpy(v6.c, a, 16);
        *source = QHostAddress(v6);
        return ProxyProtocol::Result::Proxied;
    }
    if (family == 0)
        return ProxyProtocol::Result::Local;
    return ProxyProtocol::Result::Invalid; // AF_UNIX or unknown: not a network client
}

} // namespace

ProxyProtocol::Result ProxyProtocol::parse(const QByteArray &data, QHostAddress *source, qsizetype *headerBytes)
{
    const qsizetype compared = qMin<qsizetype>(data.size(), 12);
    if (std::memcmp(data.constData(), kV2Signature, size_t(compared)) == 0)
        return compared < 12 ? Result::NeedMore : parseV2(data, source, headerBytes);
    static const QByteArray v1Prefix("PROXY ");
    const qsizetype prefix = qMin(data.size(), v1Prefix.size());
    if (data.left(prefix) == v1Prefix.left(prefix))
        return prefix < v1Prefix.size() ? Result::NeedMore : parseV1(data, source, headerBytes);
    return Result::Invalid;
}

QHostAddress ProxyProtocol::peerAddress(qintptr descriptor)
{
    sockaddr_storage address = {};
    socklen_t length = sizeof address;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

ProxyProtocol::Result ProxyProtocol::peekHeader(qintptr descriptor, QHostAddress *source, qsizetype *headerBytes,
                                                bool *closed)
{
    char buffer[MaxHeaderBytes];
    *closed = false;
#ifdef Q_OS_WIN
    const int n = ::recv(descriptor, buffer, int(sizeof buffer), MSG_PEEK);
#else
    ssize_t n;
    do {
        n = ::recv(int(descriptor), buffer, sizeof buffer, MSG_PEEK | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
#endif
    if (n == 0) {
        *closed = true;
        return Result::Invalid;
    }
    if (n < 0) {
#ifndef Q_OS_WIN
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return Result::NeedMore;
#endif
        *closed = true;
        return Result::Invalid;
    }
    const Result result = parse(QByteArray(buffer, qsizetype(n)), source, headerBytes);
    // A full buffer that is still not a header never will be.
    if (result == Result::NeedMore && n >= qsizetype(sizeof buffer))
        return Result::Invalid;
    return result;
}

bool ProxyProtocol::consumeHeader(qintptr descriptor, qsizetype headerBytes)
{
    char buffer[MaxHeaderBytes];
    if (headerBytes <= 0 || headerBytes > qsizetype(sizeof buffer))
        return false;
#ifdef Q_OS_WIN
    const int n = ::recv(descriptor, buffer, int(headerBytes), 0);
#else
    ssize_t n;
    do {
        n = ::recv(int(descriptor), buffer, size_t(headerBytes), MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
#endif
    // The bytes were peeked, so they are all there.
    return n == headerBytes;
}

void ProxyProtocol::closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(descriptor);
#else
    ::close(int(descriptor));
#endif
}

bool ProxyProtocol::parseTrusted(const QString &text, QList<QPair<QHostAddress, int>> *subnets, QString *error)
{
    subnets->clear();
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet = entry.contains(QLatin1Char('/'))
                                              ? QHostAddress::parseSubnet(entry)
                                              : qMakePair(QHostAddress(entry), -1);
        if (subnet.first.isNull()) {
            *error = QStringLiteral("not an address or subnet: %1").arg(entry);
            return false;
        }
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        subnets->append(subnet);
    }
    return true;
}

bool ProxyProtocol::isTrusted(const QHostAddress &peer, const QList<QPair<QHostAddress, int>> &subnets)
{
    bool ok = false;
    const quint32 v4 = peer.toIPv4Address(&ok); // IPv4-mapped IPv6 counts as IPv4
    const QHostAddress address = ok ? QHostAddress(v4) : peer;
    for (const auto &subnet : subnets)
        if (address.isInSubnet(subnet))
            return true;
    return false;
}

} // namespace erp::server
