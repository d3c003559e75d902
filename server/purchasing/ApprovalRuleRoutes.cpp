#include "server/purchasing/ApprovalRuleRoutes.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordService.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"
#include "shared/Decimal.h"
#include "shared/Permissions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace erp::server {

namespace P = erp::shared::Permission;
using erp::shared::Decimal;

namespace {

const QString Path = QStringLiteral("/api/v1/approval-rules");

// Violations of the exclusion constraint surface at the statement, not at
// commit, for the rest of the request's transaction.
const QString ImmediateOverlapCheckSql = QStringLiteral("SET CONSTRAINTS approval_rules_no_overlap IMMEDIATE");

// The first other band sharing an amount with [from, to) (to NULL: unbounded).
const QString OverlappingBandSql = QStringLiteral(
    "SELECT from_amount::text, to_amount::text FROM approval_rules WHERE id <> ? "
    "AND numrange(from_amount, to_amount, '[)') && numrange(?::numeric, ?::numeric, '[)') "
    "ORDER BY from_amount LIMIT 1");

const QString ExclusionViolation = QStringLiteral("23P01");

QStringList permissionNames()
{
    QStringList names;
    for (const auto &p : erp::shared::allPermissions())
        names << p.name;
    return names;
}

const RecordEntity &approvalRules()
{
    static const RecordReference role {QStringLiteral("roles"),         QStringLiteral("r"), {}, {},
                                       QStringLiteral("unknown_role"), QStringLiteral("No role with this id.")};
    static const RecordEntity e {
        QStringLiteral("approval_rule"),
        QStringLiteral("approval_rules"),
        QStringLiteral("a"),
        QStringLiteral("json_build_object('id', a.id, 'from_amount', a.from_amount::text, "
                       "'to_amount', a.to_amount::text, 'approvers_needed', a.approvers_needed, "
                       "'permission', a.permission, 'role_id', a.role_id, "
                       "'role_name', (SELECT name FROM roles WHERE id = a.role_id), "
                       "'role_approvers_needed', a.role_approvers_needed, "
                       "'created_at', %1, 'updated_at', %2, 'version', a.version)")
            .arg(isoTimestampSql(QStringLiteral("a.created_at")), isoTimestampSql(QStringLiteral("a.updated_at"))),
        // numeric(15, 2): 13 digits before the point.
        {RecordField::decimalOf(QStringLiteral("from_amount"), 2, 13).asRequired(),
         RecordField::decimalOf(QStringLiteral("to_amount"), 2, 13),
         RecordField::integerOf(QStringLiteral("approvers_needed"), 10).asRequired(),
         RecordField::choiceOf(QStringLiteral("permission"), permissionNames())
             .withDefault(QString::fromLatin1(P::PurchasingApprove)),
         RecordField::referenceTo(QStringLiteral("role_id"), role),
         RecordField::integerOf(QStringLiteral("role_approvers_needed"), 10).withDefault(0)},
        [](const Principal &) { return QString(); }};
    return e;
}

std::optional<Decimal> decimalOf(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return Decimal::parse(v.toString());
}

// The band as it will be once `values` are applied to `current` (empty on
// create): its checks concern the whole band, not only what the body sent.
// Fills in the count of approvers with the role when the body names a role
// and leaves the count out (one), or clears the role (none).
void checkBand(const QJsonObject &current, RecordValues &values, qint64 id)
{
    auto now = [&](const QString &name) -> QVariant {
        if (values.contains(name))
            return values.value(name);
        const QJsonValue v = current.value(name);
        return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
    };
    const auto from = decimalOf(now(QStringLiteral("from_amount"))).value_or(Decimal());
    const auto to = decimalOf(now(QStringLiteral("to_amount")));
    const int approvers = now(QStringLiteral("approvers_needed")).toInt();
    const qint64 roleId = now(QStringLiteral("role_id")).toLongLong();
    const QString roleCount = QStringLiteral("role_approvers_needed");
    if (!values.contains(roleCount)) {
        if (values.contains(QStringLiteral("role_id")))
            values.insert(roleCount, roleId > 0 ? qMin(1, approvers) : 0);
    }
    const int withRole = now(roleCount).toInt();

    QList<FieldError> errors;
    if (to && *to <= from)
        errors.append({QStringLiteral("to_amount"), QStringLiteral("must_exceed_from"),
                       QStringLiteral("A band ends above where it starts.")});
    if (withRole > approvers)
        errors.append({roleCount, QStringLiteral("too_many"),
                       QStringLiteral("A band cannot need more approvers with the role than approvers.")});
    else if (roleId > 0 && withRole == 0)
        errors.append({roleCount, QStringLiteral("required"),
                       QStringLiteral("A band that names a role needs at least one approver holding it.")});
    else if (roleId == 0 && withRole > 0)
        errors.append({QStringLiteral("role_id"), QStringLiteral("required"),
                       QStringLiteral("Name the role that approvers must hold.")});
    if (!errors.isEmpty())
        throw ApiError::validation(errors);

    QSqlQuery &q = Database::exec(OverlappingBandSql, {id, from.toString(),
                                                       to ? QVariant(to->toString()) : QVariant(QMetaType::fromType<QString>())});
    if (q.next()) {
        const auto otherFrom = Decimal::parse(q.value(0).toString()).value_or(Decimal());
        const auto otherTo = q.value(1).isNull() ? std::nullopt : Decimal::parse(q.value(1).toString());
        const QString otherText = otherTo ? QStringLiteral("%1 to %2").arg(otherFrom.toString(), otherTo->toString())
                                          : QStringLiteral("%1 upwards").arg(otherFrom.toString());
        q.finish();
        // The end of the band that lies inside the other one.
        const bool startsInside = from >= otherFrom && (!otherTo || from < *otherTo);
        throw ApiError::validation(
            {{startsInside ? QStringLiteral("from_amount") : QStringLiteral("to_amount"), QStringLiteral("overlaps"),
              QStringLiteral("Overlaps the band from %1; bands may not overlap.").arg(otherText)}});
    }
    q.finish();
    // A utility statement: PostgreSQL cannot prepare it, so it is sent as it is.
    QSqlQuery immediate(Database::connection());
    if (!immediate.exec(ImmediateOverlapCheckSql))
        throw DbError(immediate.lastError());
}

// A band written by someone else between the check above and this write.
template<typename Fn> auto overlapAsValidation(Fn &&fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const DbError &e) {
        if (e.sqlState() != ExclusionViolation)
            throw;
        throw ApiError::validation({{QStringLiteral("from_amount"), QStringLiteral("overlaps"),
                                     QStringLiteral("Another band now covers part of this one; bands may not "
                                                    "overlap.")}});
    }
}

ListSpec listSpec()
{
    return {approvalRules().jsonSql,
            QStringLiteral("approval_rules a"),
            QStringLiteral("a.id"),
            {{QStringLiteral("id"), QStringLiteral("a.id"), ListField::Integer, true, false},
             // Cents: an amount sorted as a whole number.
             {QStringLiteral("from_amount"), QStringLiteral("(a.from_amount * 100)::bigint"), ListField::Integer, true,
              false},
             {QStringLiteral("permission"), QStringLiteral("a.permission"), ListField::Text, false, true},
             {QStringLiteral("role_id"), QStringLiteral("a.role_id"), ListField::Integer, false, true}},
            {},
            QStringLiteral("from_amount"),
            {QStringLiteral("id"), QStringLiteral("from_amount"), QStringLiteral("to_amount"),
             QStringLiteral("approvers_needed"), QStringLiteral("permission"), QStringLiteral("role_name"),
             QStringLiteral("role_approvers_needed")}};
}

RecordService rules(const RequestContext &ctx)
{
    return RecordService(approvalRules(), ctx.principal, ctx.request.requestId);
}

HttpResponse createRule(RequestContext &ctx)
{
    RecordValues values = RecordFields::read(ctx.jsonBody(), approvalRules().fields, true, ctx.principal);
    checkBand({}, values, 0);
    RecordService service = rules(ctx);
    const qint64 id = overlapAsValidation([&] { return service.create(values); });
    return createdResponse((Path + QLatin1Char('/') + QString::number(id)).toUtf8(), service.findOrThrow(id));
}

HttpResponse updateRule(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    RecordService service = rules(ctx);
    service.lock(ctx.idParam()); // 404 before validation
    RecordValues values = RecordFields::read(ctx.jsonBody(), approvalRules().fields, false, ctx.principal);
    checkBand(service.findOrThrow(ctx.idParam()), values, ctx.idParam());
    overlapAsValidation([&] { return service.update(ctx.idParam(), expected, values); });
    return recordResponse(service.findOrThrow(ctx.idParam()));
}

HttpResponse deleteRule(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    rules(ctx).remove(ctx.idParam(), expected);
    return HttpResponse::noContent();
}

} // namespace

void registerApprovalRuleRoutes(Router &router)
{
    const RouteAccess manage = RouteAccess::requires(P::SettingsManage);
    const QString tag = QStringLiteral("purchasing");
    router.add(
        "GET", Path, manage, [](RequestContext &ctx) { return ListEndpoint::respond(ctx, listSpec()); },
        QStringLiteral("List the approval bands by amount (base currency; filter: permission, role_id)"), tag)
        .doc = ApiDocs::list(listSpec());
    const QJsonObject record = ApiSchema::record(approvalRules());
    auto &create = router.add("POST", Path, manage, createRule,
             QStringLiteral("Add an approval band [from_amount, to_amount) in the base currency: who approves "
                            "(permission, optionally role_id with role_approvers_needed) and how many distinct "
                            "approvers (approvers_needed); 422 when it overlaps another band"),
             tag);
    create.idempotentCreate = true;
    create.doc = ApiDocs::create(approvalRules().fields, record);
    router.add(
        "GET", Path + QStringLiteral("/{id:int}"), manage,
        [](RequestContext &ctx) { return recordResponse(rules(ctx).findOrThrow(ctx.idParam())); },
        QStringLiteral("Read an approval band"), tag)
        .doc = ApiDocs::read(record);
    router.add("PATCH", Path + QStringLiteral("/{id:int}"), manage, updateRule,
               QStringLiteral("Change an approval band (If-Match required); orders already submitted keep the band "
                              "they were submitted under"),
               tag)
        .doc = ApiDocs::change(approvalRules().fields, record);
    router.add("DELETE", Path + QStringLiteral("/{id:int}"), manage, deleteRule,
               QStringLiteral("Delete an approval band (If-Match required); orders whose total no band covers "
                              "cannot be submitted"),
               tag)
        .doc = ApiDocs::remove();
}

} // namespace erp::server
