#pragma once

#include "server/http/Router.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/RecordEntity.h"

#include <functional>

namespace erp::server {

// The four routes of a plain master-data record (list, read, create with
// Idempotency-Key, PATCH with If-Match) over one declared entity, so that
// modules do not copy them. `extraOnCreate` adds server-decided values
// (created_by, values derived from other fields) to a create.
struct RecordRoutes
{
    QString path; // "/api/v1/suppliers"
    const RecordEntity *entity = nullptr;
    std::function<ListSpec()> listSpec;
    QString noun; // "supplier", for the summaries
    QString listSummary;
    std::function<RecordValues(const RecordValues &, const RequestContext &)> extraOnCreate;
    QStringList createOnlyFields; // refused by PATCH (e.g. a product's stock unit)

    void addTo(Router &router, const RouteAccess &view, const RouteAccess &edit, const QString &tag) const;
};

} // namespace erp::server
