#pragma once

#include "server/http/RequestHandler.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace erp::server {

class Router;

// Runs matched routes on the database worker pool: one transaction per request
// (retried on serialization failure and deadlock), authentication and the
// route's declared permission checked before the handler, Idempotency-Key
// replay for creates, errors mapped to problem+json, one access-log line per
// request. The response is handed back to the transport, which drops it if
// the client has gone.
class ApiDispatcher : public RequestHandler
{
public:
    // Requests beyond maxQueued waiting for a worker are answered 503 with
    // Retry-After at once instead of queueing without bound.
    static constexpr int DefaultMaxQueued = 1024;
    ApiDispatcher(const Router &router, int workerThreads, int maxQueued = DefaultMaxQueued);
    ~ApiDispatcher() override;

    void handle(HttpRequest request, ResponseCallback respond) override;

    // Waits until every queued and running handler has finished.
    bool waitForIdle(int timeoutMs);

    // For /metrics: requests waiting for a worker, workers running one, all workers.
    int queueLength() const;
    int busyWorkers() const;
    int workerCount() const { return int(m_workers.size()); }

private:
    // *routePattern: the matched route's pattern, empty when none matched.
    HttpResponse execute(const HttpRequest &request, QString *routePattern);
    void workerLoop();

    const Router &m_router;
    // Own threads rather than a QThreadPool: each worker owns a database
    // connection and must close it on its own thread before it ends, and all
    // of them must be joined before the process unloads the SQL driver.
    std::vector<std::unique_ptr<QThread>> m_workers;
    mutable QMutex m_mutex;
    QWaitCondition m_workAvailable;
    QWaitCondition m_idle;
    std::deque<std::function<void()>> m_queue;
    const size_t m_maxQueued;
    int m_busy = 0;
    bool m_stopping = false;
};

} // namespace erp::server
