#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace erp::server {

// Process-wide counters for `/metrics` (Prometheus text format 0.0.4):
// requests by method, route pattern and status, a latency histogram per
// route, login failures by reason, and gauges read when scraped (open
// connections, database worker queue and pool use). Recording takes one
// short mutex; route patterns (not paths) keep the label set small.
class ServerMetrics
{
public:
    struct Gauges
    {
        std::function<int()> openConnections;
        std::function<int()> queuedRequests;
        std::function<int()> busyWorkers;
        int workers = 0;
    };

    static ServerMetrics &instance();

    // routePattern: the matched pattern ("/api/v1/users/{id:int}"), or an
    // empty string for a request no route matched.
    void recordRequest(const QByteArray &method, const QString &routePattern, int status, qint64 nanoseconds);
    // reason: "invalid_credentials", "throttled", ...
    void recordLoginFailure(const QString &reason);
    // Set when the server is up, cleared (default Gauges) when it stops.
    void setGauges(Gauges gauges);

    QByteArray prometheusText() const;
    // Appends one unlabelled metric with its HELP and TYPE lines (type:
    // "counter" or "gauge"), for the metrics of other parts of the server.
    static void appendMetric(QByteArray &out, const char *name, const char *type, const char *help, qint64 value);

private:
    ServerMetrics();
    struct Private;
    Private *d;   // lives as long as the process
};

} // namespace erp::server
