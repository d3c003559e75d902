#include "server/http/Router.h"

#include <QUuid>

namespace erp::server {

Route &Router::add(const QByteArray &method, const QString &pattern, RouteAccess access,
                   RouteHandler handler, const QString &summary, const QString &tag)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = std::move(access);
    route.handler = std::move(handler);
    route.summary = summary;
    route.tag = tag;
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Route::Segment seg;
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString inner = part.mid(1, part.size() - 2);
            const int colon = inner.indexOf(QLatin1Char(':'));
            seg.name = colon < 0 ? inner : inner.left(colon);
            seg.type = colon < 0 ? QStringLiteral("string") : inner.mid(colon + 1);
            Q_ASSERT(seg.type == u"int" || seg.type == u"uuid" || seg.type == u"string");
        } else {
            seg.literal = part;
        }
        route.segments.append(seg);
    }
    m_routes.append(std::move(route));
    return m_routes.last();
}

static bool convertParameter(const Route::Segment &seg, const QString &raw, QVariant *out)
{
    if (seg.type == u"int") {
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        if (!ok || v <= 0 || raw.startsWith(QLatin1Char('+')))
            return false;
        *out = v;
        return true;
    }
    if (seg.type == u"uuid") {
        const QUuid uuid = QUuid::fromString(raw);
        if (uuid.isNull())
            return false;
        *out = uuid;
        return true;
    }
    if (raw.isEmpty())
        return false;
    *out = raw;
    return true;
}

RouteMatch Router::match(const QByteArray &method, const QByteArray &path) const
{
    RouteMatch result;
    const QStringList parts = QString::fromUtf8(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QList<QByteArray> allowed;
    bool badParameter = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        // The literal segments first: most routes differ in one, and only a
        // route of the path's shape has its parameters converted.
        bool shapeMatches = true;
        for (qsizetype i = 0; i < parts.size() && shapeMatches; ++i) {
            const Route::Segment &seg = route.segments.at(i);
            shapeMatches = seg.literal.isEmpty() || seg.literal == parts.at(i);
        }
        if (!shapeMatches)
            continue;
        QHash<QString, QVariant> params;
        bool paramsValid = true;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const Route::Segment &seg = route.segments.at(i);
            if (!seg.literal.isEmpty())
                continue;
            QVariant value;
            if (!convertParameter(seg, parts.at(i), &value))
                paramsValid = false;
            params.insert(seg.name, value);
        }
        if (!paramsValid) {
            badParameter = true;
            continue;
        }
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            result.result = RouteMatch::Found;
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
        if (route.method == "GET" && !allowed.contains("HEAD"))
            allowed.append("HEAD");
    }
    if (!allowed.isEmpty()) {
        result.result = RouteMatch::MethodNotAllowed;
        result.allow = allowed.join(", ");
    } else if (badParameter) {
        // A malformed id can never name a resource: answer as for a missing one.
        result.result = RouteMatch::NotFound;
    }
    return result;
}

} // namespace erp::server
