#pragma once

#include "server/http/RequestHandler.h"

#include <QObject>

#include <memory>

class QThreadPool;

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
    ApiDispatcher(const Router &router, int workerThreads);
    ~ApiDispatcher() override;

    void handle(HttpRequest request, ResponseCallback respond) override;

    // Waits until every queued and running handler has finished.
    bool waitForIdle(int timeoutMs);

private:
    HttpResponse execute(const HttpRequest &request);

    const Router &m_router;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace erp::server
