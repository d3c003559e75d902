#include "server/platform/RecordRoutes.h"

#include "server/http/ApiError.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordReferrers.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordService.h"
#include "server/platform/Versioning.h"

namespace erp::server {

namespace {

RecordValues checkedValues(const RecordRoutes &r, const QJsonObject &json, qint64 id, const Principal &caller)
{
    QList<FieldError> errors;
    const RecordValues values = RecordFields::read(json, r.entity->fields, id == 0, caller, {}, &errors);
    if (r.checkValues)
        r.checkValues(values, id, &errors);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    return values;
}

} // namespace

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
                const RecordValues values = checkedValues(r, ctx.jsonBody(), 0, ctx.principal);
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
            const RecordValues values = checkedValues(r, json, ctx.idParam(), ctx.principal);
            service.update(ctx.idParam(), expected, values);
            return recordResponse(service.findOrThrow(ctx.idParam()));
        },
        QStringLiteral("Change a %1 (If-Match required)").arg(noun), tag)
        .doc = ApiDocs::change(entity->fields, record, createOnlyFields);
    if (!deletable)
        return;
    router.add(
        "DELETE", path + QStringLiteral("/{id:int}"), edit,
        [r](RequestContext &ctx) {
            const int expected = Versioning::requiredIfMatch(ctx);
            const qint64 id = ctx.idParam();
            RecordService service(*r.entity, ctx.principal, ctx.request.requestId);
            service.lock(id, expected); // 404, then 412
            RecordReferrers::refuseIfInUse(r.entity->table, id, r.noun,
                                           QStringLiteral("Deactivate it instead, or remove those first."));
            if (r.beforeDelete)
                r.beforeDelete(id, ctx);
            service.remove(id, expected);
            return HttpResponse::noContent();
        },
        QStringLiteral("Delete a %1 nothing refers to (If-Match required; 409 names what still refers to it)")
            .arg(noun),
        tag)
        .doc = ApiDocs::remove().error(409);
}

} // namespace erp::server
