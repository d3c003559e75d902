#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace erp::server {

class ApiError;
struct ListSpec;
struct RequestContext;

// Query parameters a ListEndpoint does not know (date ranges, "mine",
// buckets): taken off the request here and turned into conditions of the
// scope predicate, which the list, its count and the CSV export all apply.
// Whatever is left in the query goes to ListEndpoint, which refuses what it
// does not know.
class ListQueryFilters
{
public:
    explicit ListQueryFilters(const HttpRequest &request);

    // The parameter's value (removed from the query), or nothing when absent;
    // 400 when it is given more than once.
    std::optional<QString> take(const QString &name);
    // ?name=YYYY-MM-DD adds `condition` with the date bound to its "?".
    void date(const QString &name, const QString &condition);
    // ?name=true adds `condition`; false (or absent) adds nothing.
    void flag(const QString &name, const QString &condition);
    void add(const QString &condition, const QVariantList &values = {});

    HttpResponse respond(RequestContext &ctx, const ListSpec &spec, const QString &recordRule);

    const HttpRequest &request() const { return m_request; }

    static ApiError badParameter(const QString &parameter, const QString &detail);

private:
    HttpRequest m_request;
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace erp::server
