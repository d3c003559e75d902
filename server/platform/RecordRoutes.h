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
    // Checks that need the database or several fields (a barcode used by
    // another product, a purchase unit of the stock unit's category) on the
    // values a create or PATCH gives; `id` is 0 on create. Its field errors
    // are reported together with those of the declared checks, as one 422.
    std::function<void(const RecordValues &, qint64 id, QList<FieldError> *)> checkValues;
    // DELETE with If-Match: 409 "in_use" naming what still refers to the
    // record (RecordReferrers of the entity's table), else the row goes and
    // the deletion is audited. `beforeDelete` may refuse further (throw) or
    // remove what belongs to the record (a warehouse's unused locations).
    bool deletable = false;
    std::function<void(qint64 id, const RequestContext &)> beforeDelete;

    void addTo(Router &router, const RouteAccess &view, const RouteAccess &edit, const QString &tag) const;
};

} // namespace erp::server
