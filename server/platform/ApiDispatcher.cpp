#include "server/platform/ApiDispatcher.h"

#include "server/auth/Authenticator.h"
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/http/RequestContext.h"
#include "server/http/Router.h"
#include "server/http/ServerMetrics.h"
#include "server/platform/Idempotency.h"
#include "server/platform/RequestBody.h"
#include "server/platform/RequestSchema.h"
#include "server/http/BodySchemaScope.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QDeadlineTimer>
#include <QThread>

Q_LOGGING_CATEGORY(lcAccess, "erp.access")
Q_LOGGING_CATEGORY(lcDispatch, "erp.dispatch")

namespace erp::server {

ApiDispatcher::ApiDispatcher(const Router &router, int workerThreads, int maxQueued)
    : m_router(router)
    , m_maxQueued(size_t(qMax(1, maxQueued)))
{
    for (int i = 0; i < qMax(1, workerThreads); ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this] { workerLoop(); }));
        thread->setObjectName(QStringLiteral("db-worker-%1").arg(i));
        thread->start();
        m_workers.push_back(std::move(thread));
    }
}

ApiDispatcher::~ApiDispatcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_workAvailable.wakeAll();
    }
    for (auto &worker : m_workers)
        worker->wait();
}

void ApiDispatcher::workerLoop()
{
    for (;;) {
        std::function<void()> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_workAvailable.wait(&m_mutex);
            if (m_queue.empty())
                break;   // stopping, and nothing left to do
            job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_busy;
        }
        job();
        QMutexLocker lock(&m_mutex);
        --m_busy;
        if (m_busy == 0 && m_queue.empty())
            m_idle.wakeAll();
    }
    Database::closeThreadConnection();
}

int ApiDispatcher::queueLength() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

int ApiDispatcher::busyWorkers() const
{
    QMutexLocker lock(&m_mutex);
    return m_busy;
}

bool ApiDispatcher::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_busy > 0 || !m_queue.empty())
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    return true;
}

void ApiDispatcher::handle(HttpRequest request, ResponseCallback respond)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.size() >= m_maxQueued) {
        lock.unlock();
        qCWarning(lcDispatch).noquote() << "request queue full; answering 503 to" << request.method << request.path
                                        << "request" << request.requestId;
        HttpResponse response
            = HttpResponse::problem(503, QStringLiteral("overloaded"), QStringLiteral("Service unavailable"),
                                    QStringLiteral("The server is busy. Try again shortly."));
        response.setHeader("Retry-After", "1");
        ServerMetrics::instance().recordRequest(request.method, QString(), response.status, 0);
        respond(std::move(response));
        return;
    }
    m_workAvailable.wakeOne();
    m_queue.push_back([this, request = std::move(request), respond = std::move(respond)]() {
        QElapsedTimer timer;
        timer.start();
        QString routePattern;
        HttpResponse response = execute(request, &routePattern);
        const qint64 elapsed = timer.nsecsElapsed();
        ServerMetrics::instance().recordRequest(request.method, routePattern, response.status, elapsed);
        if (request.method == "HEAD")
            response.body.clear();
        if (lcAccess().isInfoEnabled()) {   // the line is built only when it is written
            QJsonObject line{{QStringLiteral("request_id"), QString::fromLatin1(request.requestId)},
                             {QStringLiteral("method"), QString::fromLatin1(request.method)},
                             {QStringLiteral("path"), QString::fromUtf8(request.path)},
                             {QStringLiteral("status"), response.status},
                             {QStringLiteral("ms"), double(elapsed / 10000) / 100.0},
                             {QStringLiteral("bytes"), qint64(response.body.size())},
                             {QStringLiteral("remote"), request.remoteAddress.toString()}};
            qCInfo(lcAccess).noquote() << QJsonDocument(line).toJson(QJsonDocument::Compact);
        }
        respond(std::move(response));
    });
}

static HttpResponse internalError(const HttpRequest &request)
{
    return HttpResponse::problem(500, QStringLiteral("internal_error"),
                                 QStringLiteral("Internal server error"),
                                 QStringLiteral("Something went wrong on the server. Request id: %1")
                                     .arg(QString::fromLatin1(request.requestId)));
}

HttpResponse ApiDispatcher::execute(const HttpRequest &request, QString *routePattern)
{
    const RouteMatch match = m_router.match(request.method, request.path);
    if (match.route)
        *routePattern = match.route->pattern;
    if (match.result == RouteMatch::MethodNotAllowed) {
        HttpResponse r = HttpResponse::problem(405, QStringLiteral("method_not_allowed"),
                                               QStringLiteral("Method not allowed"));
        r.setHeader("Allow", match.allow);
        return r;
    }
    if (match.result != RouteMatch::Found)
        return ApiError::notFound().toResponse();

    const Route &route = *match.route;
    RequestContext ctx{request, match.params, {}, nullptr};
    HttpResponse response;
    try {
        if (!route.transactional) {
            RequestBody::screen(request);
            const BodySchemaScope bodySchema(&RequestSchema::check, RequestSchema::declared(route.doc));
            response = route.handler(ctx);
        } else {
            // Authenticated routes defer BEGIN: it travels with the tenant
            // and the session check in one round trip.
            const auto begin
                = route.access.kind == RouteAccess::Public ? Transaction::Begin::Now : Transaction::Begin::WithTenant;
            // A read may check its caller in the same round trip as its first
            // statement (Authenticator::authenticateRead); should the caller's
            // session have changed, it runs once more the ordinary way.
            const bool reads = request.method == "GET" || request.method == "HEAD";
            bool deferredAllowed = reads && route.access.kind != RouteAccess::Public;
            const auto run = [&](Transaction &tx) {
                ctx.transaction = &tx;
                ctx.principal = Principal();
                if (route.access.kind != RouteAccess::Public) {
                    ctx.principal = deferredAllowed
                        ? Authenticator::authenticateRead(request.header("authorization"), tx)
                        : Authenticator::authenticate(request.header("authorization"), tx);
                    if (route.access.kind == RouteAccess::Permission
                        && !ctx.principal.has(route.access.permission)) {
                        tx.sendDeferredCheck();   // refused only on the database's word
                        throw ApiError(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                       QStringLiteral("This needs the permission %1.")
                                           .arg(route.access.permission));
                    }
                }
                try {
                    // After the caller is known (so strangers still get
                    // 401/403) and before anything else reads the body.
                    RequestBody::screen(request);
                    // The body the handler reads has the shape the route documents.
                    const BodySchemaScope bodySchema(&RequestSchema::check, RequestSchema::declared(route.doc));
                    if (route.idempotentCreate && ctx.principal.isAuthenticated()) {
                        if (auto replay = Idempotency::begin(request, ctx.principal)) {
                            response = std::move(*replay);
                            tx.commit();
                            return;
                        }
                    }
                    response = route.handler(ctx);
                } catch (const ApiError &) {
                    // An answer without the database's word on the caller
                    // would tell a revoked session about the request.
                    tx.sendDeferredCheck();
                    throw;
                }
                // A handler that committed itself stored its response with
                // its last write (Idempotency::storeSql).
                if (route.idempotentCreate && ctx.principal.isAuthenticated() && !tx.isCommitted())
                    Idempotency::finish(request, ctx.principal, response);
                tx.commit();
            };
            try {
                Transaction::runWithRetry(Database::connection(), begin, run);
            } catch (const Authenticator::PrincipalChanged &) {
                deferredAllowed = false;
                response = HttpResponse();
                Transaction::runWithRetry(Database::connection(), begin, run);
            }
        }
    } catch (const ApiError &e) {
        response = e.toResponse();
        if (e.status() == 401)
            response.setHeader("WWW-Authenticate", "Bearer");
    } catch (const DbError &e) {
        if (e.isConnectionLost()) {
            qCWarning(lcDispatch) << "database unavailable:" << e.message();
            response = HttpResponse::problem(503, QStringLiteral("database_unavailable"),
                                             QStringLiteral("Service unavailable"),
                                             QStringLiteral("The database cannot be reached. Try again shortly."));
            response.setHeader("Retry-After", "5");
        } else if (e.isUniqueViolation()) {
            response = HttpResponse::problem(409, QStringLiteral("already_exists"),
                                             QStringLiteral("Conflict"),
                                             QStringLiteral("A record with these values already exists."));
        } else if (e.isRetryable()) {
            response = HttpResponse::problem(503, QStringLiteral("busy"), QStringLiteral("Busy"),
                                             QStringLiteral("The server is busy. Try again."));
            response.setHeader("Retry-After", "1");
        } else {
            qCWarning(lcDispatch).noquote() << "database error in" << request.method << route.pattern
                                            << "request" << request.requestId << ":" << e.sqlState()
                                            << e.message();
            response = internalError(request);
        }
    } catch (const std::exception &e) {
        qCWarning(lcDispatch).noquote() << "unhandled error in" << request.method << route.pattern
                                        << "request" << request.requestId << ":" << e.what();
        response = internalError(request);
    }
    return response;
}

} // namespace erp::server
