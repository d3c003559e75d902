#pragma once

#include "server/http/HttpServerConfig.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>

class QThreadPool;

namespace erp::server {

class RequestHandler;

// State the acceptor, the I/O threads and HttpServer share. Counters are
// atomics because the acceptor increments and I/O threads decrement; the
// mutex/condition only exist so shutdown() can block until the count is 0.
struct HttpServerContext
{
    HttpServerConfig config;
    RequestHandler *handler = nullptr;
    QThreadPool *streamPool = nullptr; // pulls streamed response chunks

    std::atomic<int> openConnections {0};
    // Response bytes queued in user space (not yet taken by the kernel), over
    // all connections, and the most any single connection has held at once.
    std::atomic<qint64> unsentBytes {0};
    std::atomic<qint64> peakConnectionUnsent {0};
    std::atomic<bool> draining {false};
    QMutex addressMutex;
    QHash<QByteArray, int> connectionsByAddress;
    QMutex mutex;
    QWaitCondition allClosed;

    // The certificate and key new connections get. Replaced on reload
    // (SIGHUP, renewed certificates); connections already open keep theirs.
    QSslConfiguration sslConfiguration() const
    {
        QMutexLocker lock(&sslMutex);
        return config.ssl;
    }
    void setSslConfiguration(const QSslConfiguration &ssl)
    {
        QMutexLocker lock(&sslMutex);
        config.ssl = ssl;
    }
    mutable QMutex sslMutex;

    // Called by the acceptor before handing a socket on; false means the cap
    // is reached or the server is draining and the socket must be closed.
    bool tryReserveConnection()
    {
        if (draining.load())
            return false;
        if (openConnections.fetch_add(1) >= config.maxConnections) {
            releaseConnection();
            return false;
        }
        return true;
    }

    // What counts as one client for maxConnectionsPerAddress: the IPv4
    // address, or the /64 of an IPv6 one (one host usually has a whole /64).
    static QByteArray addressKey(const QHostAddress &peer)
    {
        bool isV4 = false;
        const quint32 v4 = peer.toIPv4Address(&isV4);
        if (isV4)
            return QByteArray::number(v4);
        const Q_IPV6ADDR v6 = peer.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(v6.c), 8);
    }

    // Called by a connection once it knows its peer; false means that address
    // already holds its share and the connection must be closed.
    bool tryReserveAddress(const QByteArray &key)
    {
        QMutexLocker lock(&addressMutex);
        int &count = connectionsByAddress[key];
        if (count >= config.maxConnectionsPerAddress) {
            if (count == 0)
                connectionsByAddress.remove(key);
            return false;
        }
        ++count;
        return true;
    }

    void releaseAddress(const QByteArray &key)
    {
        QMutexLocker lock(&addressMutex);
        auto it = connectionsByAddress.find(key);
        if (it != connectionsByAddress.end() && --it.value() <= 0)
            connectionsByAddress.erase(it);
    }

    // The idle keep-alive timeout right now: the configured one while at most
    // half the connection slots are taken, then shrinking linearly to the
    // minimum at the cap, so idle connections cannot keep new clients out.
    int idleTimeoutNow() const
    {
        const int cap = qMax(1, config.maxConnections);
        const int open = openConnections.load();
        const int full = config.idleTimeoutMs;
        const int floor = qMin(full, config.minIdleTimeoutMs);
        if (2 * open <= cap)
            return full;
        const double pressure = qMin(1.0, double(2 * open - cap) / double(cap)); // 0 at half, 1 at the cap
        return int(full - (full - floor) * pressure);
    }

    void noteUnsent(qint64 delta, qint64 connectionNow)
    {
        unsentBytes.fetch_add(delta);
        qint64 peak = peakConnectionUnsent.load();
        while (connectionNow > peak && !peakConnectionUnsent.compare_exchange_weak(peak, connectionNow)) { }
    }

    void releaseConnection()
    {
        QMutexLocker lock(&mutex);
        if (openConnections.fetch_sub(1) == 1)
            allClosed.wakeAll();
    }
};

} // namespace erp::server
