#pragma once

#include "tests/support/TlsTestClient.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

class QThread;

namespace erp::server {
struct ServerConfig;
}

namespace erp::test {

// Drives the server with blocking keep-alive TLS clients, one per thread, for
// a fixed time, and reports throughput and latency percentiles. Shared by the
// server benchmarks so they measure the same way.
struct LoadResult
{
    qint64 requests = 0;
    double seconds = 0;
    QList<double> latenciesMs;   // sorted
    int errors = 0;              // responses outside 2xx

    double percentile(double p) const;
};

using LoadCall = std::function<TlsTestClient::Response(TlsTestClient &, int)>;

// `call` gets the thread's client and a running request number (starting at a
// different offset per thread, so threads do not ask for the same rows).
LoadResult measureLoad(quint16 port, int threads, int seconds, const QByteArray &bearerToken, const LoadCall &call);
// The same with one signed-in user per thread: thread t sends
// bearerTokens[t % size] (e.g. 16 buyers, each signed in once).
LoadResult measureLoad(quint16 port, int threads, int seconds, const QList<QByteArray> &bearerTokens,
                       const LoadCall &call);

// Waits for a load generator's threads, deletes them, and merges what each
// measured (latencies sorted; seconds from `wall`).
LoadResult finishLoad(QList<QThread *> &threads, const QList<LoadResult> &perThread, const QElapsedTimer &wall);

// ERP_DATABASE_WORKERS, ERP_HTTP_IO_THREADS and ERP_CACHE_DOCUMENT_MEGABYTES
// (the server's own variables), when set, replace the server's database
// workers, I/O threads and kept documents' bound: for a sweep of the thread
// counts, or a run without kept documents (0), with an in-process server.
void applySettingsFromEnvironment(erp::server::ServerConfig &config);

// One line: name, req/s, p50, p99, counts.
void printLoad(const QString &name, const LoadResult &result, int nameWidth = 40);

} // namespace erp::test
