// The dispatcher's request queue is bounded: with every worker busy and the
// queue full, a further request is answered 503 with Retry-After at once, and
// the queued ones are still served once the workers are free.
#include "server/platform/ApiDispatcher.h"
#include "server/http/Router.h"

#include <QMutex>
#include <QSemaphore>
#include <QtTest>

using namespace erp::server;

class TestApiDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void queueIsBoundedAndAnswers503BeyondIt();
};

void TestApiDispatcher::queueIsBoundedAndAnswers503BeyondIt()
{
    QSemaphore started;
    QSemaphore release;
    Router router;
    router
        .add("GET", QStringLiteral("/block"), RouteAccess::publicRoute(),
             [&](RequestContext &) {
                 started.release();
                 release.acquire();
                 return HttpResponse::json(200, QJsonObject {{QStringLiteral("route"), QStringLiteral("block")}});
             })
        .transactional
        = false;
    router
        .add("GET", QStringLiteral("/fast"), RouteAccess::publicRoute(),
             [](RequestContext &) {
                 return HttpResponse::json(200, QJsonObject {{QStringLiteral("route"), QStringLiteral("fast")}});
             })
        .transactional
        = false;

    QMutex mutex;
    QMap<int, HttpResponse> responses;
    auto request = [](const QByteArray &path, int n) {
        HttpRequest r;
        r.method = "GET";
        r.target = path;
        r.path = path;
        r.requestId = "req-" + QByteArray::number(n);
        return r;
    };
    auto collect = [&](int n) {
        return [&, n](HttpResponse response) {
            QMutexLocker lock(&mutex);
            responses.insert(n, std::move(response));
        };
    };

    constexpr int maxQueued = 3;
    {
        ApiDispatcher dispatcher(router, 2, maxQueued);
        // Both workers busy.
        dispatcher.handle(request("/block", 0), collect(0));
        dispatcher.handle(request("/block", 1), collect(1));
        QVERIFY(started.tryAcquire(2, 10'000));
        // The queue fills up to its bound...
        for (int n = 2; n < 2 + maxQueued; ++n)
            dispatcher.handle(request("/fast", n), collect(n));
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(responses.size(), 0);
        }
        // ...and the next ones are answered at once, before any worker is free.
        dispatcher.handle(request("/fast", 10), collect(10));
        dispatcher.handle(request("/block", 11), collect(11));
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(responses.size(), 2);
            for (int n : {10, 11}) {
                const HttpResponse &r = responses.value(n);
                QCOMPARE(r.status, 503);
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
                QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("code")).toString(),
                         QStringLiteral("overloaded"));
            }
        }
        release.release(2);
        QVERIFY(dispatcher.waitForIdle(10'000));
        // Room again: a new request is queued and served normally.
        dispatcher.handle(request("/fast", 12), collect(12));
        QVERIFY(dispatcher.waitForIdle(10'000));
    }
    QMutexLocker lock(&mutex);
    for (int n : {0, 1, 2, 3, 4, 12})
        QVERIFY2(responses.value(n).status == 200, qPrintable(QString::number(n)));
    QCOMPARE(responses.size(), 2 + maxQueued + 2 + 1);
}

QTEST_GUILESS_MAIN(TestApiDispatcher)
#include "tst_apidispatcher.moc"
