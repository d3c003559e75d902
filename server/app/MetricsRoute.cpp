#include "server/app/MetricsRoute.h"

#include "server/http/Router.h"
#include "server/http/ServerMetrics.h"

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
                 r.body = ServerMetrics::instance().prometheusText();
                 r.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                 r.setHeader("Cache-Control", "no-store");
                 return r;
             },
             QStringLiteral("Prometheus metrics (loopback, or Bearer metrics token)"), QStringLiteral("system"))
        .transactional = false;
}

} // namespace erp::server
