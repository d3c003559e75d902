#include "server/http/HttpServer.h"

#include "server/http/HttpAcceptor.h"
#include "server/http/HttpIoWorker.h"
#include "server/http/HttpLogging.h"
#include "server/http/HttpServerContext.h"

#include <QDeadlineTimer>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QThreadPool>

#include <vector>

namespace erp::server {

Q_LOGGING_CATEGORY(lcHttp, "erp.http")

class HttpServer::Private
{
public:
    std::shared_ptr<HttpServerContext> context = std::make_shared<HttpServerContext>();
    QThreadPool streamPool;
    QThread acceptorThread;
    HttpAcceptor *acceptor = nullptr;
    std::vector<std::unique_ptr<QThread>> ioThreads;
    QList<HttpIoWorker *> workers;
    QString errorString;
    quint16 port = 0;
    bool started = false;

    void stopAccepting()
    {
        if (!acceptor)
            return;
        HttpAcceptor *a = acceptor;
        QMetaObject::invokeMethod(
            a, [a] { a->close(); }, Qt::BlockingQueuedConnection);
    }

    void stopThreads()
    {
        stopAccepting();
        if (acceptor) {
            acceptorThread.quit();
            acceptorThread.wait();
            delete acceptor; // its thread has finished, nothing else touches it
            acceptor = nullptr;
        }
        for (qsizetype i = 0; i < workers.size(); ++i) {
            HttpIoWorker *w = workers.at(i);
            // Connections must die in their own thread (their sockets and
            // timers belong to it).
            QMetaObject::invokeMethod(
                w, [w] { w->closeAll(); }, Qt::BlockingQueuedConnection);
            ioThreads.at(size_t(i))->quit();
            ioThreads.at(size_t(i))->wait();
            delete w;
        }
        workers.clear();
        ioThreads.clear();
        // Chunk pulls still running post into mailboxes whose worker is gone:
        // they are dropped. Waiting here keeps the pool from outliving us busy.
        streamPool.waitForDone();
    }
};

HttpServer::HttpServer(HttpServerConfig config, RequestHandler *handler, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->context->config = std::move(config);
    d->context->handler = handler;
    d->context->streamPool = &d->streamPool;
    d->streamPool.setMaxThreadCount(qMax(2, d->context->config.ioThreads));
}

HttpServer::~HttpServer()
{
    if (d->started)
        d->stopThreads();
}

void HttpServer::setSslConfiguration(const QSslConfiguration &ssl)
{
    d->context->setSslConfiguration(ssl);
}

bool HttpServer::start()
{
    if (d->started)
        return true;
    const HttpServerConfig &config = d->context->config;
    if (!QSslSocket::supportsSsl()) {
        d->errorString = QStringLiteral("TLS is not available (OpenSSL missing).");
        return false;
    }
    if (config.ssl.localCertificate().isNull() || config.ssl.privateKey().isNull()) {
        d->errorString = QStringLiteral("No TLS certificate and private key configured.");
        return false;
    }

    // The I/O threads run Qt's own event dispatcher, not GLib's (Qt's
    // default where GLib is installed): under GLib every change of a
    // socket's read or write notifier (a few per request) also wakes the
    // thread's loop through its eventfd, about four system calls per request
    // for nothing (docs/benchmarks.md, "Session 11"). Qt reads QT_NO_GLIB when
    // a thread starts; an environment that sets it either way is left alone.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    const int threads = qMax(1, config.ioThreads);
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("erp-http-io-%1").arg(i));
        auto *worker = new HttpIoWorker(d->context);
        worker->moveToThread(thread.get());
        thread->start();
        d->workers.append(worker);
        d->ioThreads.push_back(std::move(thread));
    }
    d->acceptor = new HttpAcceptor(d->context, d->workers);
    d->acceptor->moveToThread(&d->acceptorThread);
    d->acceptorThread.setObjectName(QStringLiteral("erp-http-accept"));
    d->acceptorThread.start();
    d->started = true;

    // listen() must run in the acceptor's thread so its socket notifier lives there.
    bool listening = false;
    HttpAcceptor *acceptor = d->acceptor;
    const QHostAddress address = config.address;
    const quint16 port = config.port;
    QString error;
    quint16 boundPort = 0;
    QMetaObject::invokeMethod(
        acceptor,
        [&] {
            listening = acceptor->listen(address, port);
            if (listening)
                boundPort = acceptor->serverPort();
            else
                error = acceptor->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        d->errorString = QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error);
        d->stopThreads();
        d->started = false;
        return false;
    }
    d->port = boundPort;
    qCInfo(lcHttp) << "listening on" << address.toString() << boundPort << "with" << threads << "I/O threads";
    return true;
}

QString HttpServer::errorString() const
{
    return d->errorString;
}

quint16 HttpServer::port() const
{
    return d->port;
}

bool HttpServer::shutdown(int timeoutMs)
{
    HttpServerContext &context = *d->context;
    context.draining.store(true);
    if (!d->started)
        return true;
    d->stopAccepting();
    for (HttpIoWorker *w : std::as_const(d->workers))
        QMetaObject::invokeMethod(
            w, [w] { w->beginDrain(); }, Qt::QueuedConnection);

    // Blocks this thread only: all socket work happens in the I/O threads.
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&context.mutex);
    while (context.openConnections.load() > 0) {
        if (!context.allClosed.wait(&context.mutex, deadline))
            break;
    }
    const int left = context.openConnections.load();
    if (left > 0)
        qCWarning(lcHttp) << "shutdown timed out with" << left << "connections open";
    return left == 0;
}

int HttpServer::openConnections() const
{
    return d->context->openConnections.load();
}

qint64 HttpServer::unsentResponseBytes() const
{
    return d->context->unsentBytes.load();
}

qint64 HttpServer::peakUnsentResponseBytes() const
{
    return d->context->peakConnectionUnsent.load();
}

} // namespace erp::server
