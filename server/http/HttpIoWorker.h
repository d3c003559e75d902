#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace erp::server {

class HttpConnection;
struct HttpServerContext;
class HttpIoWorker;

// The only way other threads reach a connection: they post a function with
// the connection's id. The pointer to the worker is cleared under the mutex
// when the worker dies, so a response that arrives after the server (or the
// connection) is gone is dropped instead of touching freed memory.
class HttpWorkerMailbox
{
public:
    void post(quint64 connectionId, std::function<void(HttpConnection *)> fn);

private:
    friend class HttpIoWorker;
    QMutex m_mutex;
    HttpIoWorker *m_worker = nullptr;
};

// Lives in one I/O thread and owns that thread's connections.
class HttpIoWorker : public QObject
{
    Q_OBJECT
public:
    explicit HttpIoWorker(std::shared_ptr<HttpServerContext> context);
    ~HttpIoWorker() override;

    const std::shared_ptr<HttpWorkerMailbox> &mailbox() const { return m_mailbox; }
    HttpConnection *connection(quint64 id) const { return m_connections.value(id); }

    // Slots run in the worker's thread (queued from the acceptor / server).
    void adoptSocket(qintptr socketDescriptor);
    void beginDrain();
    void closeAll();
    void refreshIdleTimeouts();

private:
    void onConnectionDestroyed(quint64 id);

    std::shared_ptr<HttpServerContext> m_context;
    std::shared_ptr<HttpWorkerMailbox> m_mailbox;
    QHash<quint64, HttpConnection *> m_connections;
    quint64 m_nextId = 1;
};

} // namespace erp::server
