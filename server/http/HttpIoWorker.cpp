#include "server/http/HttpIoWorker.h"

#include "server/http/HttpAcceptor.h"
#include "server/http/HttpConnection.h"
#include "server/http/HttpLogging.h"
#include "server/http/HttpServerContext.h"

namespace erp::server {

void HttpWorkerMailbox::post(quint64 connectionId, std::function<void(HttpConnection *)> fn)
{
    // Holding the mutex while posting keeps the worker alive for the post;
    // the worker's destructor takes the same mutex before it goes away.
    QMutexLocker lock(&m_mutex);
    HttpIoWorker *worker = m_worker;
    if (!worker)
        return;
    QMetaObject::invokeMethod(
        worker,
        [worker, connectionId, fn = std::move(fn)] {
            // Runs in the worker's thread; the lookup fails if the connection
            // closed while the response was being computed.
            if (HttpConnection *connection = worker->connection(connectionId))
                fn(connection);
        },
        Qt::QueuedConnection);
}

HttpIoWorker::HttpIoWorker(std::shared_ptr<HttpServerContext> context)
    : m_context(std::move(context))
    , m_mailbox(std::make_shared<HttpWorkerMailbox>())
{
    m_mailbox->m_worker = this;
}

HttpIoWorker::~HttpIoWorker()
{
    {
        QMutexLocker lock(&m_mailbox->m_mutex);
        m_mailbox->m_worker = nullptr;
    }
    closeAll();
}

void HttpIoWorker::adoptSocket(qintptr socketDescriptor)
{
    if (m_context->draining.load()) {
        HttpAcceptor::closeDescriptor(socketDescriptor);
        m_context->releaseConnection();
        return;
    }
    const quint64 id = m_nextId++;
    auto *connection = new HttpConnection(id, m_context, m_mailbox, this);
    m_connections.insert(id, connection);
    connect(connection, &QObject::destroyed, this, [this, id] { m_connections.remove(id); });
    if (!connection->start(socketDescriptor)) {
        HttpAcceptor::closeDescriptor(socketDescriptor);
        delete connection; // releases its reservation
    }
}

void HttpIoWorker::beginDrain()
{
    // Connections close with deleteLater(), so the copy stays valid here.
    const auto connections = m_connections.values();
    for (HttpConnection *c : connections)
        c->beginDrain();
}

void HttpIoWorker::refreshIdleTimeouts()
{
    const auto connections = m_connections.values();
    for (HttpConnection *c : connections)
        c->refreshIdleTimeout();
}

void HttpIoWorker::closeAll()
{
    const auto connections = m_connections.values();
    m_connections.clear();
    qDeleteAll(connections);
}

} // namespace erp::server
