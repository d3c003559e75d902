#include "server/app/MetricsRoute.h"

#include "server/http/Router.h"
#include "server/http/ServerMetrics.h"
#include "server/platform/DocumentCache.h"

#include <QHostAddress>

namespace erp::server {

namespace {

bool isLoopback(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);   // also ::ffff:127.0.0.1
    if (mapped)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

// Compares in time independent of where the first difference is.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

RouteDoc metricsDoc()
{
    RouteDoc d;
    d.responses.append({200, QStringLiteral("Prometheus text exposition format 0.0.4"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}, QStringLiteral("text/plain"),
                        {QStringLiteral("Cache-Control")}, false});
    d.errors << 403; // metrics_forbidden: not loopback and no metrics token
    return d.describe(QStringLiteral("Not a user route: served to loopback, or to a scraper that sends the "
                                     "server's metrics token (metrics/token) as a bearer token."));
}

// The kept documents (DocumentCache), in the same exposition format.
QByteArray documentCacheText()
{
    const DocumentCache::Counters c = DocumentCache::instance().counters();
    QByteArray t;
    const auto counter = [&t](const char *name, const char *help, quint64 value) {
        ServerMetrics::appendMetric(t, name, "counter", help, qint64(value));
    };
    const auto gauge = [&t](const char *name, const char *help, qint64 value) {
        ServerMetrics::appendMetric(t, name, "gauge", help, value);
    };
    counter("erp_document_cache_hits_total", "Reads answered with a kept document the database confirmed current.",
            c.hits);
    counter("erp_document_cache_stale_total", "Reads of a kept document that had changed, read anew.", c.stale);
    counter("erp_document_cache_stored_total", "Documents kept after reading them.", c.stored);
    counter("erp_document_cache_evicted_total", "Kept documents dropped to stay within the bound.", c.evicted);
    gauge("erp_document_cache_bytes", "Bytes held by kept documents.", c.bytes);
    gauge("erp_document_cache_entries", "Documents kept.", c.entries);
    return t;
}

} // namespace

void registerMetricsRoute(Router &router, const QString &token)
{
    const QByteArray expected = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
    router
        .add("GET", QStringLiteral("/metrics"), RouteAccess::publicRoute(),
             [expected](RequestContext &ctx) {
                 const bool tokenOk = !expected.isEmpty() && sameSecret(ctx.request.header("authorization"), expected);
                 if (!tokenOk && !isLoopback(ctx.request.remoteAddress)) {
                     return HttpResponse::problem(
                         403, QStringLiteral("metrics_forbidden"), QStringLiteral("Forbidden"),
                         expected.isEmpty()
                             ? QStringLiteral("Metrics are served to loopback only; set metrics/token to scrape "
                                              "them from elsewhere with Authorization: Bearer <token>.")
                             : QStringLiteral("Metrics need Authorization: Bearer <metrics token> from here."));
                 }
                 HttpResponse r;
                 r.status = 200;
                 r.body = ServerMetrics::instance().prometheusText() + documentCacheText();
                 r.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                 r.setHeader("Cache-Control", "no-store");
                 return r;
             },
             QStringLiteral("Prometheus metrics (loopback, or Bearer metrics token)"), QStringLiteral("system"))
        .documented(metricsDoc())
        .transactional = false;
}

} // namespace erp::server
