#pragma once

#include "server/http/HttpServerConfig.h"

#include <QObject>

#include <memory>

namespace erp::server {

class RequestHandler;

// HTTPS/1.1 server on QtNetwork: an acceptor thread hands sockets round-robin
// to N I/O threads, each running its own event loop with the QSslSockets it
// owns. http-parser frames requests; complete requests go to the
// RequestHandler; responses go back in request order per connection.
//
// Lives in the thread that creates it but does all socket work in its own
// threads, so the creating thread may block (tests do).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpServerConfig config, RequestHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Starts the threads and listens. Returns false (and sets errorString) on failure.
    bool start();
    QString errorString() const;
    quint16 port() const;

    // Stops accepting new connections; open connections finish the requests
    // they have and close. Returns once all connections are gone or the
    // timeout has passed; true when drained.
    bool shutdown(int timeoutMs = 30'000);

    // New connections use this certificate and key from now on; open ones
    // keep what they negotiated.
    void setSslConfiguration(const QSslConfiguration &ssl);

    int openConnections() const;
    // Response bytes the server holds for clients that have not taken them
    // yet: now, over all connections, and the most one connection has held.
    qint64 unsentResponseBytes() const;
    qint64 peakUnsentResponseBytes() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace erp::server
