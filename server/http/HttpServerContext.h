#pragma once

#include "server/http/HttpServerConfig.h"

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
    QMutex mutex;
    QWaitCondition allClosed;

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
