#include "server/http/ServerMetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QMutex>

#include <array>
#include <tuple>
#include <utility>

namespace erp::server {

namespace {

// Seconds; the usual Prometheus defaults, good for 1 ms .. 10 s requests.
constexpr std::array<double, 12> Buckets{0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

struct Histogram
{
    std::array<quint64, Buckets.size()> counts{};   // per bucket (not cumulative)
    quint64 count = 0;
    double sum = 0;
};

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

struct ServerMetrics::Private
{
    mutable QMutex mutex;
    // (method, route, status) -> count; (method, route) -> latency.
    QMap<std::tuple<QByteArray, QString, int>, quint64> requests;
    QMap<std::pair<QByteArray, QString>, Histogram> latency;
    QMap<QString, quint64> loginFailures;
    Gauges gauges;
    qint64 startedAt = QDateTime::currentSecsSinceEpoch();
};

ServerMetrics::ServerMetrics() : d(new Private) {}

ServerMetrics &ServerMetrics::instance()
{
    static ServerMetrics metrics;
    return metrics;
}

void ServerMetrics::recordRequest(const QByteArray &method, const QString &routePattern, int status,
                                  qint64 nanoseconds)
{
    const double seconds = double(nanoseconds) / 1e9;
    const QString route = routePattern.isEmpty() ? QStringLiteral("unmatched") : routePattern;
    size_t bucket = 0;
    while (bucket < Buckets.size() && seconds > Buckets[bucket])
        ++bucket;
    QMutexLocker lock(&d->mutex);
    ++d->requests[std::make_tuple(method, route, status)];
    Histogram &h = d->latency[std::make_pair(method, route)];
    if (bucket < Buckets.size())
        ++h.counts[bucket];
    ++h.count;
    h.sum += seconds;
}

void ServerMetrics::recordLoginFailure(const QString &reason)
{
    QMutexLocker lock(&d->mutex);
    ++d->loginFailures[reason];
}

void ServerMetrics::setGauges(Gauges gauges)
{
    QMutexLocker lock(&d->mutex);
    d->gauges = std::move(gauges);
}

QByteArray ServerMetrics::prometheusText() const
{
    QByteArray out;
    out.reserve(16 * 1024);
    QMutexLocker lock(&d->mutex);

    out += "# HELP erp_build_info Version of this erp-server build.\n# TYPE erp_build_info gauge\n";
    out += "erp_build_info{version=\"" + escapeLabel(QStringLiteral(ERP_VERSION)) + "\",qt=\""
           + escapeLabel(QString::fromLatin1(qVersion())) + "\"} 1\n";
    out += "# HELP erp_process_start_time_seconds Start time of the process since the epoch.\n"
           "# TYPE erp_process_start_time_seconds gauge\n";
    out += "erp_process_start_time_seconds " + QByteArray::number(d->startedAt) + "\n";

    out += "# HELP erp_http_requests_total HTTP requests answered, by method, route pattern and status.\n"
           "# TYPE erp_http_requests_total counter\n";
    for (auto it = d->requests.cbegin(); it != d->requests.cend(); ++it) {
        const auto &[method, route, status] = it.key();
        out += "erp_http_requests_total{method=\"" + escapeLabel(QString::fromLatin1(method)) + "\",route=\""
               + escapeLabel(route) + "\",status=\"" + QByteArray::number(status) + "\"} "
               + QByteArray::number(it.value()) + "\n";
    }

    out += "# HELP erp_http_request_duration_seconds Time from a request reaching a database worker to its "
           "response, by method and route pattern.\n# TYPE erp_http_request_duration_seconds histogram\n";
    for (auto it = d->latency.cbegin(); it != d->latency.cend(); ++it) {
        const QByteArray labels = "method=\"" + escapeLabel(QString::fromLatin1(it.key().first)) + "\",route=\""
                                  + escapeLabel(it.key().second) + "\"";
        quint64 cumulative = 0;
        for (size_t i = 0; i < Buckets.size(); ++i) {
            cumulative += it.value().counts[i];
            out += "erp_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(Buckets[i]) + "\"} "
                   + QByteArray::number(cumulative) + "\n";
        }
        out += "erp_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} "
               + QByteArray::number(it.value().count) + "\n";
        out += "erp_http_request_duration_seconds_sum{" + labels + "} " + number(it.value().sum) + "\n";
        out += "erp_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(it.value().count)
               + "\n";
    }

    out += "# HELP erp_login_failures_total Failed sign-ins, by reason.\n# TYPE erp_login_failures_total counter\n";
    for (const QString reason : {QStringLiteral("invalid_credentials"), QStringLiteral("throttled")})
        if (!d->loginFailures.contains(reason))
            out += "erp_login_failures_total{reason=\"" + escapeLabel(reason) + "\"} 0\n";
    for (auto it = d->loginFailures.cbegin(); it != d->loginFailures.cend(); ++it)
        out += "erp_login_failures_total{reason=\"" + escapeLabel(it.key()) + "\"} " + QByteArray::number(it.value())
               + "\n";

    const Gauges &g = d->gauges;
    auto gauge = [&](const char *name, const char *help, qint64 value) {
        appendMetric(out, name, "gauge", help, value);
    };
    gauge("erp_http_open_connections", "Client connections open now.", g.openConnections ? g.openConnections() : 0);
    gauge("erp_db_queue_length", "Requests waiting for a database worker.", g.queuedRequests ? g.queuedRequests() : 0);
    gauge("erp_db_workers", "Database workers (one connection each).", g.workers);
    gauge("erp_db_workers_busy", "Database workers running a request now.", g.busyWorkers ? g.busyWorkers() : 0);
    return out;
}

void ServerMetrics::appendMetric(QByteArray &out, const char *name, const char *type, const char *help, qint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
        + QByteArray::number(value) + '\n';
}

} // namespace erp::server
