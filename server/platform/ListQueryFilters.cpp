#include "server/platform/ListQueryFilters.h"

#include "server/http/ApiError.h"
#include "server/http/RequestContext.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/RecordRules.h"

#include <QDate>
#include <QRegularExpression>

namespace erp::server {

ListQueryFilters::ListQueryFilters(const HttpRequest &request)
    : m_request(request)
{
}

ApiError ListQueryFilters::badParameter(const QString &parameter, const QString &detail)
{
    return ApiError(400, QStringLiteral("bad_query_parameter"), QStringLiteral("Bad request"), detail,
                    {{parameter, QStringLiteral("invalid"), detail}});
}

std::optional<QString> ListQueryFilters::take(const QString &name)
{
    if (!m_request.query.hasQueryItem(name))
        return std::nullopt;
    const QStringList all = m_request.query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (all.size() > 1)
        throw badParameter(name, QStringLiteral("%1 is given more than once.").arg(name));
    m_request.query.removeAllQueryItems(name);
    return all.first();
}

void ListQueryFilters::date(const QString &name, const QString &condition)
{
    const auto v = take(name);
    if (!v)
        return;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(*v, Qt::ISODate);
    if (!shape.match(*v).hasMatch() || !d.isValid())
        throw badParameter(name, QStringLiteral("%1 must be a date (YYYY-MM-DD).").arg(name));
    add(condition, {d.toString(Qt::ISODate)});
}

void ListQueryFilters::flag(const QString &name, const QString &condition)
{
    const auto v = take(name);
    if (!v)
        return;
    if (*v == u"true")
        add(condition);
    else if (*v != u"false")
        throw badParameter(name, QStringLiteral("%1 must be true or false.").arg(name));
}

void ListQueryFilters::add(const QString &condition, const QVariantList &values)
{
    m_conditions << condition;
    m_values << values;
}

HttpResponse ListQueryFilters::respond(RequestContext &ctx, const ListSpec &spec, const QString &recordRule)
{
    QString scope = recordRule;
    for (const QString &c : std::as_const(m_conditions))
        scope = RecordRules::both(scope, c);
    RequestContext inner {m_request, ctx.params, ctx.principal, ctx.transaction};
    return ListEndpoint::respond(inner, spec, scope, m_values);
}

} // namespace erp::server
