#include "tests/support/Simultaneous.h"

#include <QSemaphore>
#include <QThread>

namespace erp::test {

QList<TlsTestClient::Response> simultaneously(const QList<TlsTestClient *> &clients,
                                              const std::function<TlsTestClient::Response(TlsTestClient &, int)> &call)
{
    QList<TlsTestClient::Response> results(clients.size());
    QSemaphore ready;
    QSemaphore gate;
    QList<QThread *> threads;
    QThread *home = QThread::currentThread();
    for (int i = 0; i < clients.size(); ++i) {
        TlsTestClient *client = clients[i];
        threads << QThread::create([&, client, i] {
            ready.release();
            gate.acquire();
            results[i] = call(*client, i);
            client->socket().moveToThread(home);
        });
        client->socket().setParent(nullptr);
        client->socket().moveToThread(threads.last());
        threads.last()->start();
    }
    ready.acquire(int(clients.size()));
    gate.release(int(clients.size()));
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    return results;
}

} // namespace erp::test
