#include "tests/bench/LoadMeasurement.h"

#include "server/app/ServerConfig.h"
#include "tests/support/TestCertificate.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace erp::test {

void applySettingsFromEnvironment(erp::server::ServerConfig &config)
{
    if (const int workers = qEnvironmentVariableIntValue("ERP_DATABASE_WORKERS"); workers > 0)
        config.databaseWorkers = workers;
    if (const int ioThreads = qEnvironmentVariableIntValue("ERP_HTTP_IO_THREADS"); ioThreads > 0)
        config.http.ioThreads = ioThreads;
    bool set = false;
    if (const int megabytes = qEnvironmentVariableIntValue("ERP_CACHE_DOCUMENT_MEGABYTES", &set); set)
        config.documentCacheMegabytes = qMax(0, megabytes);
}

double LoadResult::percentile(double p) const
{
    if (latenciesMs.isEmpty())
        return 0;
    return latenciesMs.at(qMin(latenciesMs.size() - 1, qsizetype(p * latenciesMs.size())));
}

LoadResult measureLoad(quint16 port, int threads, int seconds, const QByteArray &bearerToken, const LoadCall &call)
{
    return measureLoad(port, threads, seconds, QList<QByteArray> {bearerToken}, call);
}

LoadResult measureLoad(quint16 port, int threads, int seconds, const QList<QByteArray> &bearerTokens,
                       const LoadCall &call)
{
    QList<LoadResult> perThread(threads);
    QList<QThread *> workers;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            TlsTestClient c(TestCertificate::instance().certificate(), 60'000);
            c.connectToServer(port);
            c.setBearerToken(bearerTokens.at(t % bearerTokens.size()));
            QElapsedTimer clock;
            clock.start();
            int i = t * 7919;
            while (clock.elapsed() < seconds * 1000) {
                QElapsedTimer one;
                one.start();
                const auto r = call(c, i++);
                perThread[t].latenciesMs << one.nsecsElapsed() / 1e6;
                ++perThread[t].requests;
                if (r.status < 200 || r.status >= 300)
                    ++perThread[t].errors;
            }
        });
        workers.last()->start();
    }
    return finishLoad(workers, perThread, wall);
}

LoadResult finishLoad(QList<QThread *> &threads, const QList<LoadResult> &perThread, const QElapsedTimer &wall)
{
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    threads.clear();
    LoadResult all;
    all.seconds = wall.elapsed() / 1000.0;
    for (const LoadResult &r : perThread) {
        all.requests += r.requests;
        all.errors += r.errors;
        all.latenciesMs << r.latenciesMs;
    }
    std::sort(all.latenciesMs.begin(), all.latenciesMs.end());
    return all;
}

void printLoad(const QString &name, const LoadResult &r, int nameWidth)
{
    QTextStream(stdout) << QStringLiteral("%1 %2 req/s   p50 %3 ms   p99 %4 ms   (%5 requests, %6 errors)")
                               .arg(name, -nameWidth)
                               .arg(r.requests / r.seconds, 8, 'f', 0)
                               .arg(r.percentile(0.50), 7, 'f', 2)
                               .arg(r.percentile(0.99), 7, 'f', 2)
                               .arg(r.requests)
                               .arg(r.errors)
                        << Qt::endl;
}

} // namespace erp::test
