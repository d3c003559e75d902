#pragma once

#include <QList>
#include <QTcpServer>

#include <memory>

namespace erp::server {

struct HttpServerContext;
class HttpIoWorker;

// Accepts in its own thread and only hands socket descriptors on, so a burst
// of TLS handshakes never delays accepting, and the creating thread may block.
class HttpAcceptor : public QTcpServer
{
    Q_OBJECT
public:
    HttpAcceptor(std::shared_ptr<HttpServerContext> context, QList<HttpIoWorker *> workers);

    static void closeDescriptor(qintptr socketDescriptor);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::shared_ptr<HttpServerContext> m_context;
    QList<HttpIoWorker *> m_workers;
    qsizetype m_next = 0;
    int m_idleTimeoutSent = 0; // the idle timeout the I/O threads last applied
};

} // namespace erp::server
