#include "server/platform/RecordRoutes.h"

#include "server/http/ApiError.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordService.h"
#include "server/platform/Versioning.h"

namespace erp::server {

void RecordRoutes::addTo(Router &router, const RouteAccess &view, const RouteAccess &edit, const QString &tag) const
{
    const RecordRoutes r = *this;
    const QJsonObject record = ApiSchema::record(*entity);
    router.add(
        "GET", path, view,
        [r](RequestContext &ctx) {
            return ListEndpoint::respond(ctx, r.listSpec(), r.entity->recordRule(ctx.principal));
        },
        listSummary, tag)
        .doc = ApiDocs::list(listSpec(), record);
    Route &create = router
        .add(
            "POST", path, edit,
            [r](RequestContext &ctx) {
                const RecordValues values = RecordFields::read(ctx.jsonBody(), r.entity->fields, true, ctx.principal);
                RecordService service(*r.entity, ctx.principal, ctx.request.requestId);
                const RecordValues extra = r.extraOnCreate ? r.extraOnCreate(values, ctx) : RecordValues();
                const qint64 id = service.create(values, extra);
                return createdResponse((r.path + QLatin1Char('/') + QString::number(id)).toUtf8(),
                                       service.findOrThrow(id));
            },
            QStringLiteral("Create a %1").arg(noun), tag);
    create.idempotentCreate = true;
    create.doc = ApiDocs::create(entity->fields, record);
    router.add(
        "GET", path + QStringLiteral("/{id:int}"), view,
        [r](RequestContext &ctx) {
            return recordResponse(
                RecordService(*r.entity, ctx.principal, ctx.request.requestId).findOrThrow(ctx.idParam()));
        },
        QStringLiteral("Read a %1").arg(noun), tag)
        .doc = ApiDocs::read(record);
    router.add(
        "PATCH", path + QStringLiteral("/{id:int}"), edit,
        [r](RequestContext &ctx) {
            const int expected = Versioning::requiredIfMatch(ctx);
            RecordService service(*r.entity, ctx.principal, ctx.request.requestId);
            service.lock(ctx.idParam()); // 404 before validation
            const QJsonObject json = ctx.jsonBody();
            for (const QString &f : r.createOnlyFields)
                if (json.contains(f))
                    throw ApiError::validation(
                        {{f, QStringLiteral("not_changeable"), QStringLiteral("This field is set at creation.")}});
            const RecordValues values = RecordFields::read(json, r.entity->fields, false, ctx.principal);
            service.update(ctx.idParam(), expected, values);
            return recordResponse(service.findOrThrow(ctx.idParam()));
        },
        QStringLiteral("Change a %1 (If-Match required)").arg(noun), tag)
        .doc = ApiDocs::change(entity->fields, record, createOnlyFields);
}

} // namespace erp::server
