#include "server/http/HttpAcceptor.h"

#include "server/http/HttpIoWorker.h"
#include "server/http/HttpLogging.h"
#include "server/http/HttpServerContext.h"

#include <QTcpSocket>

namespace erp::server {

HttpAcceptor::HttpAcceptor(std::shared_ptr<HttpServerContext> context, QList<HttpIoWorker *> workers)
    : m_context(std::move(context))
    , m_workers(std::move(workers))
{
}

void HttpAcceptor::closeDescriptor(qintptr socketDescriptor)
{
    // Through QTcpSocket rather than ::close() so this stays portable.
    QTcpSocket socket;
    if (socket.setSocketDescriptor(socketDescriptor))
        socket.abort();
}

void HttpAcceptor::incomingConnection(qintptr socketDescriptor)
{
    if (m_workers.isEmpty() || !m_context->tryReserveConnection()) {
        if (!m_context->draining.load())
            qCWarning(lcHttp) << "connection limit reached; closing a new connection";
        closeDescriptor(socketDescriptor);
        return;
    }
    // Near the cap the idle timeout shrinks; connections already idle learn
    // it here, at most once per noticeable step, not on every accept.
    const int idle = m_context->idleTimeoutNow();
    if (m_idleTimeoutSent == 0 || idle > m_idleTimeoutSent) {
        m_idleTimeoutSent = idle;
    } else if (idle < m_idleTimeoutSent - m_idleTimeoutSent / 16) {
        m_idleTimeoutSent = idle;
        for (HttpIoWorker *w : std::as_const(m_workers))
            QMetaObject::invokeMethod(
                w, [w] { w->refreshIdleTimeouts(); }, Qt::QueuedConnection);
    }
    HttpIoWorker *worker = m_workers.at(m_next);
    m_next = (m_next + 1) % m_workers.size();
    QMetaObject::invokeMethod(
        worker, [worker, socketDescriptor] { worker->adoptSocket(socketDescriptor); }, Qt::QueuedConnection);
}

} // namespace erp::server
