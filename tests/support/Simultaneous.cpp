#include "tests/support/Simultaneous.h"

#include "server/db/Database.h"

#include <QSemaphore>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

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

void runTogether(int n, const std::function<void(int)> &body)
{
    std::mutex mutex;
    std::condition_variable cv;
    int ready = 0;
    bool go = false;
    std::vector<std::thread> threads;
    threads.reserve(n);
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            erp::server::Database::connection();
            {
                std::unique_lock<std::mutex> lock(mutex);
                ++ready;
                cv.notify_all();
                cv.wait(lock, [&] { return go; });
            }
            body(i);
            erp::server::Database::closeThreadConnection();
        });
    }
    {
        std::unique_lock<std::mutex> lock(mutex);
        cv.wait(lock, [&] { return ready == n; });
        go = true;
        cv.notify_all();
    }
    for (auto &t : threads)
        t.join();
}

} // namespace erp::test
