#include "server/crm/CrmRoutes.h"

#include "server/crm/ActivityService.h"
#include "server/crm/CrmEntities.h"
#include "server/crm/CrmRecordRules.h"
#include "server/crm/LeadConversion.h"
#include "server/crm/LeadImport.h"
#include "server/crm/LeadService.h"
#include "server/crm/PipelineStageService.h"
#include "server/db/SqlClock.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/ListQueryFilters.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordImport.h"
#include "server/platform/RecordReferrers.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordRules.h"
#include "server/platform/RecordService.h"
#include "server/platform/RequestBody.h"
#include "server/platform/Versioning.h"
#include "shared/Permissions.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace erp::server {

namespace P = erp::shared::Permission;

namespace {

// If-Match is optional on workflow actions (they check the state under a
// row lock); when sent, it must be current.
int optionalIfMatch(const RequestContext &ctx)
{
    return ctx.request.hasHeader("if-match") ? Versioning::requiredIfMatch(ctx) : 0;
}

// An action body may be absent; when present it must be a JSON object.
QJsonObject optionalBody(const RequestContext &ctx)
{
    return ctx.request.body.trimmed().isEmpty() ? QJsonObject() : ctx.jsonBody();
}

ApiError badParameter(const QString &parameter, const QString &detail)
{
    return ListQueryFilters::badParameter(parameter, detail);
}

// Date ranges, buckets and other parameters ListEndpoint does not know.
using ExtraFilters = ListQueryFilters;

// ---- generic record handlers ----------------------------------------------

HttpResponse getRecord(RequestContext &ctx, const RecordEntity &e)
{
    return recordResponse(RecordService(e, ctx.principal, ctx.request.requestId).findOrThrow(ctx.idParam()));
}

// DELETE with If-Match: 404, 412, then 409 naming what still refers to the
// record (RecordReferrers registered below); its activities go with it.
HttpResponse deleteRecord(RequestContext &ctx, const RecordEntity &e)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    RecordService records(e, ctx.principal, ctx.request.requestId);
    records.lock(ctx.idParam(), expected);
    RecordReferrers::refuseIfInUse(e.table, ctx.idParam(), e.auditName, QStringLiteral("Remove or change those first."));
    records.remove(ctx.idParam(), expected);
    return HttpResponse::noContent();
}

// The owner's display name, for sorting lists by owner.
QString ownerSortSql(const QString &ownerColumn)
{
    return QStringLiteral("coalesce((SELECT lower(display_name) FROM users WHERE id = %1), '')").arg(ownerColumn);
}

// ---- accounts -------------------------------------------------------------

const ListSpec &accountListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {CrmEntities::accounts().jsonSql,
            QStringLiteral("accounts ac"),
            QStringLiteral("ac.id"),
            {{QStringLiteral("id"), QStringLiteral("ac.id"), ListField::Integer, true, false},
             {QStringLiteral("name"), QStringLiteral("lower(ac.name)"), ListField::Text, true, false},
             {QStringLiteral("industry"), QStringLiteral("ac.industry"), ListField::Text, true, true,
              QStringLiteral("lower(coalesce(ac.industry, ''))")},
             {QStringLiteral("owner_id"), QStringLiteral("ac.owner_id"), ListField::Integer, false, true},
             {QStringLiteral("created_at"), QStringLiteral("ac.created_at"), ListField::Timestamp, true, true},
             // Sorts only; coalesce keeps the keyset cursor non-NULL (blanks first).
             {QStringLiteral("phone"), QStringLiteral("coalesce(ac.phone, '')"), ListField::Text, true, false},
             {QStringLiteral("website"), QStringLiteral("lower(coalesce(ac.website, ''))"), ListField::Text, true, false},
             {QStringLiteral("owner"), ownerSortSql(QStringLiteral("ac.owner_id")), ListField::Text, true, false},
             {QStringLiteral("city"), QStringLiteral("ac.city"), ListField::Text, true, true,
              QStringLiteral("lower(coalesce(ac.city, ''))")},
             {QStringLiteral("country"), QStringLiteral("ac.country"), ListField::Text, true, true,
              QStringLiteral("lower(coalesce(ac.country, ''))")}},
            {QStringLiteral("ac.name")},
            QStringLiteral("name"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("website"),
             QStringLiteral("phone"), QStringLiteral("street"), QStringLiteral("postcode"), QStringLiteral("city"),
             QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("owner_name"),
             QStringLiteral("created_at")}};
    return spec;
}

HttpResponse createAccount(RequestContext &ctx)
{
    const RecordEntity &e = CrmEntities::accounts();
    const RecordValues values = RecordFields::read(ctx.jsonBody(), e.fields, true, ctx.principal);
    RecordService accounts(e, ctx.principal, ctx.request.requestId);
    const qint64 id = accounts.create(values, {{QStringLiteral("created_by"), ctx.principal.userId}});
    return createdResponse("/api/v1/accounts/" + QByteArray::number(id), accounts.findOrThrow(id));
}

HttpResponse updateAccount(RequestContext &ctx)
{
    const RecordEntity &e = CrmEntities::accounts();
    const int expected = Versioning::requiredIfMatch(ctx);
    RecordService accounts(e, ctx.principal, ctx.request.requestId);
    accounts.lock(ctx.idParam());   // 404 before validation: hidden records reveal nothing
    const RecordValues values = RecordFields::read(ctx.jsonBody(), e.fields, false, ctx.principal);
    accounts.update(ctx.idParam(), expected, values);
    return recordResponse(accounts.findOrThrow(ctx.idParam()));
}

// ---- contacts -------------------------------------------------------------

const ListSpec &contactListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {CrmEntities::contacts().jsonSql,
            QStringLiteral("contacts c"),
            QStringLiteral("c.id"),
            {{QStringLiteral("id"), QStringLiteral("c.id"), ListField::Integer, true, false},
             {QStringLiteral("name"), QStringLiteral("lower(c.name)"), ListField::Text, true, false},
             {QStringLiteral("account_id"), QStringLiteral("c.account_id"), ListField::Integer, false, true},
             {QStringLiteral("owner_id"), QStringLiteral("c.owner_id"), ListField::Integer, false, true},
             {QStringLiteral("created_at"), QStringLiteral("c.created_at"), ListField::Timestamp, true, true},
             {QStringLiteral("title"), QStringLiteral("lower(coalesce(c.title, ''))"), ListField::Text, true, false},
             {QStringLiteral("email"), QStringLiteral("lower(coalesce(c.email, ''))"), ListField::Text, true, false},
             {QStringLiteral("phone"), QStringLiteral("coalesce(c.phone, '')"), ListField::Text, true, false},
             {QStringLiteral("account"),
              QStringLiteral("coalesce((SELECT lower(name) FROM accounts WHERE id = c.account_id), '')"), ListField::Text,
              true, false},
             {QStringLiteral("owner"), ownerSortSql(QStringLiteral("c.owner_id")), ListField::Text, true, false}},
            // Indexed generated column (migration 0003; see leadSearchSql()).
            {QStringLiteral("c.search_text")},
            QStringLiteral("name"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("email"),
             QStringLiteral("phone"), QStringLiteral("account_name"), QStringLiteral("owner_name"),
             QStringLiteral("created_at")}};
    return spec;
}

HttpResponse createContact(RequestContext &ctx)
{
    const RecordEntity &e = CrmEntities::contacts();
    const RecordValues values = RecordFields::read(ctx.jsonBody(), e.fields, true, ctx.principal);
    RecordService contacts(e, ctx.principal, ctx.request.requestId);
    const qint64 id = contacts.create(values, {{QStringLiteral("created_by"), ctx.principal.userId}});
    return createdResponse("/api/v1/contacts/" + QByteArray::number(id), *RecordService(e, ctx.principal, {}).find(id));
}

HttpResponse updateContact(RequestContext &ctx)
{
    const RecordEntity &e = CrmEntities::contacts();
    const int expected = Versioning::requiredIfMatch(ctx);
    RecordService contacts(e, ctx.principal, ctx.request.requestId);
    contacts.lock(ctx.idParam());   // 404 before validation: hidden records reveal nothing
    const RecordValues values = RecordFields::read(ctx.jsonBody(), e.fields, false, ctx.principal);
    contacts.update(ctx.idParam(), expected, values);
    return recordResponse(contacts.findOrThrow(ctx.idParam()));
}

// ---- leads ----------------------------------------------------------------

const ListSpec &leadListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {CrmEntities::leadListJsonSql(),
            QStringLiteral("leads l"),
            QStringLiteral("l.id"),
            {{QStringLiteral("id"), QStringLiteral("l.id"), ListField::Integer, true, false},
             {QStringLiteral("title"), QStringLiteral("lower(l.title)"), ListField::Text, true, false},
             {QStringLiteral("expected_close_date"), CrmEntities::leadCloseSortSql(), ListField::Integer, true, false},
             {QStringLiteral("created_at"), QStringLiteral("l.created_at"), ListField::Timestamp, true, true},
             {QStringLiteral("updated_at"), QStringLiteral("l.updated_at"), ListField::Timestamp, true, true},
             {QStringLiteral("stage_id"), QStringLiteral("l.stage_id"), ListField::Integer, false, true},
             {QStringLiteral("owner_id"), QStringLiteral("l.owner_id"), ListField::Integer, false, true},
             // Status sorts in its life-cycle order, not alphabetically.
             {QStringLiteral("status"), QStringLiteral("l.status"), ListField::Text, true, true,
              QStringLiteral("(CASE l.status WHEN 'open' THEN 1 WHEN 'won' THEN 2 WHEN 'lost' THEN 3 ELSE 4 END)"),
              ListField::Integer},
             // Numbers sort as numbers; a lead without a value or
             // probability sorts below 0 (coalesce keeps the cursor non-NULL).
             {QStringLiteral("estimated_value"), QStringLiteral("coalesce(l.estimated_value, -1)"), ListField::Decimal,
              true, false},
             {QStringLiteral("probability"), QStringLiteral("coalesce(l.probability, -1)"), ListField::Integer, true,
              false},
             {QStringLiteral("company"), QStringLiteral("lower(coalesce(l.company, ''))"), ListField::Text, true, false},
             {QStringLiteral("contact_name"), QStringLiteral("lower(coalesce(l.contact_name, ''))"), ListField::Text,
              true, false},
             // The stage's place in the pipeline, not its name.
             {QStringLiteral("stage"), QStringLiteral("(SELECT position FROM pipeline_stages WHERE id = l.stage_id)"),
              ListField::Integer, true, false},
             {QStringLiteral("owner"), ownerSortSql(QStringLiteral("l.owner_id")), ListField::Text, true, false},
             // The order of the cards in a board column (PATCH /leads/{id}/board-position).
             {QStringLiteral("board_rank"), QStringLiteral("l.board_rank"), ListField::Decimal, true, false},
             {QStringLiteral("currency"), QStringLiteral("l.currency"), ListField::Text, false, true},
             {QStringLiteral("source"), QStringLiteral("l.source"), ListField::Text, false, true},
             // The leads converted to an account (the account form lists them).
             {QStringLiteral("converted_account_id"), QStringLiteral("l.converted_account_id"), ListField::Integer, false,
              true},
             {QStringLiteral("converted_contact_id"), QStringLiteral("l.converted_contact_id"), ListField::Integer,
              false, true}},
            {CrmEntities::leadSearchSql()},
            QStringLiteral("-created_at"),
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("company"), QStringLiteral("contact_name"),
             QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("source"),
             QStringLiteral("estimated_value"), QStringLiteral("currency"), QStringLiteral("probability"),
             QStringLiteral("expected_close_date"), QStringLiteral("stage_name"), QStringLiteral("status"),
             QStringLiteral("lost_reason"), QStringLiteral("owner_name"), QStringLiteral("created_at")},
            CrmEntities::leadListJoins(),
            true, // leads_search
            ListSpec::KeptItems {CrmEntities::leadListNames()}};
    return spec;
}

HttpResponse listLeads(RequestContext &ctx)
{
    ExtraFilters filters(ctx.request);
    filters.date(QStringLiteral("expected_close_from"), QStringLiteral("l.expected_close_date >= ?::date"));
    filters.date(QStringLiteral("expected_close_to"), QStringLiteral("l.expected_close_date <= ?::date"));
    return filters.respond(ctx, leadListSpec(), CrmRecordRules::leads(ctx.principal));
}

HttpResponse createLead(RequestContext &ctx)
{
    const RecordValues values = RecordFields::read(ctx.jsonBody(), CrmEntities::leads().fields, true, ctx.principal);
    LeadService leads(ctx.principal, ctx.request.requestId);
    const qint64 id = leads.create(values);
    return createdResponse("/api/v1/leads/" + QByteArray::number(id), *leads.find(id));
}

HttpResponse updateLead(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    LeadService leads(ctx.principal, ctx.request.requestId);
    if (!leads.find(ctx.idParam()))
        throw ApiError::notFound();
    const RecordValues values = RecordFields::read(ctx.jsonBody(), CrmEntities::leads().fields, false, ctx.principal);
    leads.update(ctx.idParam(), expected, values);
    return recordResponse(*leads.find(ctx.idParam()));
}

HttpResponse deleteLead(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    // Nothing refers to a lead but its activities, which go with it.
    LeadService(ctx.principal, ctx.request.requestId).remove(ctx.idParam(), expected);
    return HttpResponse::noContent();
}

HttpResponse closeLead(RequestContext &ctx, LeadService::Outcome outcome)
{
    LeadService leads(ctx.principal, ctx.request.requestId);
    // Not visible: 404 before anything about the body is said.
    if (!leads.find(ctx.idParam()))
        throw ApiError::notFound();
    const int expected = optionalIfMatch(ctx);
    QString reason;
    if (outcome == LeadService::Outcome::Lost) {
        RequestBody body(optionalBody(ctx), {QStringLiteral("lost_reason")});
        reason = body.text(QStringLiteral("lost_reason"), true, 500).value_or(QString());
        body.finish();
    } else {
        RequestBody body(optionalBody(ctx), {});
    }
    leads.close(ctx.idParam(), expected, outcome, reason);
    return recordResponse(*leads.find(ctx.idParam()));
}

qint64 optionalId(const QJsonObject &json, const QString &field, RequestBody &body)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9.0e15) {
        body.addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a positive whole number."));
        return 0;
    }
    return qint64(d);
}

HttpResponse convertLead(RequestContext &ctx)
{
    LeadService leads(ctx.principal, ctx.request.requestId);
    if (!leads.find(ctx.idParam()))
        throw ApiError::notFound();
    const int expected = optionalIfMatch(ctx);
    const QJsonObject json = optionalBody(ctx);
    RequestBody body(json, {QStringLiteral("account_id"), QStringLiteral("account_name"), QStringLiteral("contact_id"),
                            QStringLiteral("contact_name"), QStringLiteral("contact_title")});
    LeadConversion::Request request;
    if (const qint64 id = optionalId(json, QStringLiteral("account_id"), body))
        request.accountId = id;
    if (const qint64 id = optionalId(json, QStringLiteral("contact_id"), body))
        request.contactId = id;
    request.accountName = body.text(QStringLiteral("account_name"), false, 200);
    request.contactName = body.text(QStringLiteral("contact_name"), false, 200);
    request.contactTitle = body.text(QStringLiteral("contact_title"), false, 100);
    body.finish();
    const auto result = LeadConversion(ctx.principal, ctx.request.requestId).convert(ctx.idParam(), expected, request);
    const QJsonObject lead = *leads.find(ctx.idParam());
    // The answer carries the converted lead's ETag, for the next change to it.
    HttpResponse r = HttpResponse::json(200, QJsonObject{
        {QStringLiteral("lead"), lead},
        {QStringLiteral("account"), RecordService(CrmEntities::accounts(), ctx.principal, {}).findOrThrow(result.accountId)},
        {QStringLiteral("contact"), RecordService(CrmEntities::contacts(), ctx.principal, {}).find(result.contactId)
                                        .value_or(QJsonObject{{QStringLiteral("id"), result.contactId}})},
        {QStringLiteral("account_created"), result.accountCreated},
        {QStringLiteral("contact_created"), result.contactCreated}});
    r.setHeader("ETag", Versioning::etag(lead.value(QStringLiteral("version")).toInt()));
    return r;
}

// Places a card on the board: in another stage (a stage change, audited as
// by PATCH) and/or above another card of the column, or at its bottom.
HttpResponse moveLeadOnBoard(RequestContext &ctx)
{
    LeadService leads(ctx.principal, ctx.request.requestId);
    if (!leads.find(ctx.idParam()))
        throw ApiError::notFound();
    const int expected = Versioning::requiredIfMatch(ctx);
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json, {QStringLiteral("stage_id"), QStringLiteral("before_id")});
    const qint64 stageId = optionalId(json, QStringLiteral("stage_id"), body);
    const qint64 beforeId = optionalId(json, QStringLiteral("before_id"), body);
    body.finish();
    if (stageId != 0) // a stage of the caller's organisation, or 422
        RecordFields::read(QJsonObject{{QStringLiteral("stage_id"), double(stageId)}}, CrmEntities::leads().fields,
                           false, ctx.principal);
    leads.moveOnBoard(ctx.idParam(), expected, stageId, beforeId);
    return recordResponse(*leads.find(ctx.idParam()));
}

// The board: every stage with the caller's open leads counted and their
// estimated values summed per currency, one row per stage. The record rule
// sits inside the per-stage subquery, so a rep's board shows a rep's totals.
ListSpec boardSpec(const Principal &caller)
{
    const QString json = QStringLiteral(
        "(jsonb_build_object('id', s.id, 'name', s.name, 'position', s.position, 'version', s.version) || "
        "(SELECT jsonb_build_object('open_leads', coalesce(sum(t.n), 0), "
        "'totals', coalesce(jsonb_agg(jsonb_build_object('currency', t.currency, 'total', t.total::text) "
        "ORDER BY t.currency), '[]'::jsonb)) "
        "FROM (SELECT l.currency, count(*) AS n, coalesce(sum(l.estimated_value), 0)::numeric(16, 2) AS total "
        "FROM leads l WHERE l.stage_id = s.id AND l.status = 'open' AND %1 GROUP BY l.currency) t))::json")
                             .arg(RecordRules::orTrue(CrmRecordRules::leads(caller)));
    return {json,
            QStringLiteral("pipeline_stages s"),
            QStringLiteral("s.id"),
            {{QStringLiteral("position"), QStringLiteral("s.position"), ListField::Integer, true, false}},
            {},
            QStringLiteral("position"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("open_leads"),
             QStringLiteral("totals")}};
}

HttpResponse importLeads(RequestContext &ctx)
{
    ExtraFilters params(ctx.request);
    const QString dryRun = params.take(QStringLiteral("dry_run")).value_or(QStringLiteral("false"));
    if (dryRun != u"true" && dryRun != u"false")
        throw badParameter(QStringLiteral("dry_run"), QStringLiteral("dry_run must be true or false."));
    if (!params.request().query.isEmpty())
        throw badParameter(params.request().query.queryItems().first().first, QStringLiteral("Unknown query parameter."));
    const QByteArray contentType = ctx.request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "text/csv")
        throw ApiError(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Unsupported media type"),
                       QStringLiteral("Send the file as text/csv (UTF-8, first line naming the columns: %1). "
                                      "The upload is limited by the server's body limit (1 MiB by default).")
                           .arg(LeadImport::columns().join(QStringLiteral(", "))));
    LeadImport import(ctx.principal, ctx.request.requestId);
    if (dryRun == u"true") {
        const LeadImport::Report report = import.check(ctx.request.body);
        return HttpResponse::json(200,
                                  QJsonObject {{QStringLiteral("dry_run"), true},
                                               {QStringLiteral("rows"), report.rows},
                                               {QStringLiteral("valid"), report.errors.isEmpty()},
                                               {QStringLiteral("error_count"), report.errorCount},
                                               {QStringLiteral("errors_not_listed"), report.unreportedErrors()},
                                               {QStringLiteral("errors"), RecordImport::toJson(report.errors)}});
    }
    const QList<qint64> ids = import.run(ctx.request.body);
    QJsonArray idArray;
    for (qint64 id : ids)
        idArray.append(id);
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("imported"), ids.size()}, {QStringLiteral("ids"), idArray}});
}

// ---- pipeline stages ------------------------------------------------------

const ListSpec &stageListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {PipelineStageService::jsonSql(),
            QStringLiteral("pipeline_stages s"),
            QStringLiteral("s.id"),
            {{QStringLiteral("id"), QStringLiteral("s.id"), ListField::Integer, true, false},
             {QStringLiteral("position"), QStringLiteral("s.position"), ListField::Integer, true, false},
             {QStringLiteral("name"), QStringLiteral("lower(s.name)"), ListField::Text, true, false}},
            {QStringLiteral("s.name")},
            QStringLiteral("position"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("position")}};
    return spec;
}

// Changing the pipeline changes every rep's board: it is declared with
// crm.configure (managers, admins) and additionally needs crm.edit.
void requireEdit(const RequestContext &ctx)
{
    if (!ctx.principal.has(P::CrmEdit))
        throw ApiError(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                       QStringLiteral("This needs the permission %1.").arg(QLatin1String(P::CrmEdit)));
}

std::optional<int> readPosition(const QJsonObject &json, RequestBody &body)
{
    const QJsonValue v = json.value(QStringLiteral("position"));
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 1000 || d != double(int(d))) {
        body.addError(QStringLiteral("position"), QStringLiteral("out_of_range"),
                      QStringLiteral("A position is a whole number from 1."));
        return std::nullopt;
    }
    return int(d);
}

HttpResponse createStage(RequestContext &ctx)
{
    requireEdit(ctx);
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json, {QStringLiteral("name"), QStringLiteral("position")});
    const auto name = body.text(QStringLiteral("name"), true, 100);
    const auto position = readPosition(json, body);
    body.finish();
    PipelineStageService stages(ctx.principal, ctx.request.requestId);
    const qint64 id = stages.create(*name, position);
    return createdResponse("/api/v1/pipeline-stages/" + QByteArray::number(id), *stages.find(id));
}

HttpResponse getStage(RequestContext &ctx)
{
    const auto stage = PipelineStageService(ctx.principal, ctx.request.requestId).find(ctx.idParam());
    if (!stage)
        throw ApiError::notFound();
    return recordResponse(*stage);
}

HttpResponse updateStage(RequestContext &ctx)
{
    requireEdit(ctx);
    const int expected = Versioning::requiredIfMatch(ctx);
    PipelineStageService stages(ctx.principal, ctx.request.requestId);
    if (!stages.find(ctx.idParam()))
        throw ApiError::notFound();
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json, {QStringLiteral("name"), QStringLiteral("position")});
    const auto name = body.text(QStringLiteral("name"), false, 100);
    if (json.contains(QStringLiteral("name")) && (!name || name->isEmpty()) && !body.hasErrors())
        body.addError(QStringLiteral("name"), QStringLiteral("required"), QStringLiteral("A stage needs a name."));
    const auto position = readPosition(json, body);
    body.finish();
    stages.update(ctx.idParam(), expected, name, position);
    return recordResponse(*stages.find(ctx.idParam()));
}

HttpResponse deleteStage(RequestContext &ctx)
{
    requireEdit(ctx);
    const int expected = Versioning::requiredIfMatch(ctx);
    ExtraFilters params(ctx.request);
    qint64 moveTo = 0;
    if (const auto v = params.take(QStringLiteral("move_leads_to"))) {
        bool okNumber = false;
        moveTo = v->toLongLong(&okNumber);
        if (!okNumber || moveTo < 1)
            throw badParameter(QStringLiteral("move_leads_to"), QStringLiteral("move_leads_to must be a stage id."));
    }
    if (!params.request().query.isEmpty())
        throw badParameter(params.request().query.queryItems().first().first, QStringLiteral("Unknown query parameter."));
    PipelineStageService(ctx.principal, ctx.request.requestId).remove(ctx.idParam(), expected, moveTo);
    return HttpResponse::noContent();
}

// ---- activities -----------------------------------------------------------

const ListSpec &activityListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {CrmEntities::activities().jsonSql,
            QStringLiteral("activities a"),
            QStringLiteral("a.id"),
            {{QStringLiteral("id"), QStringLiteral("a.id"), ListField::Integer, true, false},
             {QStringLiteral("due_at"), QStringLiteral("a.due_at"), ListField::Timestamp, true, true},
             {QStringLiteral("created_at"), QStringLiteral("a.created_at"), ListField::Timestamp, true, true},
             {QStringLiteral("kind"), QStringLiteral("a.kind"), ListField::Text, false, true},
             {QStringLiteral("done"), QStringLiteral("a.done"), ListField::Boolean, false, true},
             {QStringLiteral("assignee_id"), QStringLiteral("a.assignee_id"), ListField::Integer, false, true},
             {QStringLiteral("lead_id"), QStringLiteral("a.lead_id"), ListField::Integer, false, true},
             {QStringLiteral("contact_id"), QStringLiteral("a.contact_id"), ListField::Integer, false, true},
             {QStringLiteral("account_id"), QStringLiteral("a.account_id"), ListField::Integer, false, true}},
            {QStringLiteral("a.subject")},
            QStringLiteral("due_at"),
            {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("due_at"),
             QStringLiteral("done"), QStringLiteral("assignee_name"), QStringLiteral("bucket"),
             QStringLiteral("lead_id"), QStringLiteral("contact_id"), QStringLiteral("account_id")}};
    return spec;
}

// "My open activities": assigned to the caller and not done, by due time,
// each with its bucket (overdue, today, upcoming; "today" is the UTC day).
// ?bucket= narrows to one bucket.
HttpResponse myActivities(RequestContext &ctx)
{
    ExtraFilters filters(ctx.request);
    if (const auto bucket = filters.take(QStringLiteral("bucket"))) {
        const QString now = SqlClock::now();
        const QString startOfTomorrow =
            QStringLiteral("(date_trunc('day', %1 AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day')").arg(now);
        if (*bucket == u"overdue")
            filters.add(QStringLiteral("a.due_at < ") + now);
        else if (*bucket == u"today")
            filters.add(QStringLiteral("a.due_at >= %1 AND a.due_at < ").arg(now) + startOfTomorrow);
        else if (*bucket == u"upcoming")
            filters.add(QStringLiteral("a.due_at >= ") + startOfTomorrow);
        else
            throw badParameter(QStringLiteral("bucket"), QStringLiteral("bucket must be overdue, today or upcoming."));
    }
    filters.add(QStringLiteral("a.assignee_id = app_current_user() AND NOT a.done"));
    return filters.respond(ctx, activityListSpec(), CrmRecordRules::activities(ctx.principal));
}

HttpResponse createActivity(RequestContext &ctx)
{
    const RecordValues values = RecordFields::read(ctx.jsonBody(), CrmEntities::activities().fields, true, ctx.principal);
    ActivityService activities(ctx.principal, ctx.request.requestId);
    const qint64 id = activities.create(values);
    return createdResponse("/api/v1/activities/" + QByteArray::number(id), *activities.find(id));
}

HttpResponse updateActivity(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    ActivityService activities(ctx.principal, ctx.request.requestId);
    if (!activities.find(ctx.idParam()))
        throw ApiError::notFound();
    const RecordValues values = RecordFields::read(ctx.jsonBody(), CrmEntities::activities().fields, false, ctx.principal);
    activities.update(ctx.idParam(), expected, values);
    return recordResponse(*activities.find(ctx.idParam()));
}

HttpResponse deleteActivity(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    ActivityService(ctx.principal, ctx.request.requestId).remove(ctx.idParam(), expected);
    return HttpResponse::noContent();
}

// ---- documentation --------------------------------------------------------

using namespace ApiSchema;

QJsonObject stageRecord()
{
    return recordFromSql(PipelineStageService::jsonSql(), {},
                         {{QStringLiteral("name"), text(100)}, {QStringLiteral("position"), integer(1, 1000)}});
}

QJsonObject stageBody(bool creating)
{
    return object({{QStringLiteral("name"), text(100)},
                   {QStringLiteral("position"),
                    described(integer(1, 1000), QStringLiteral("1 is first; by default the end"))}},
                  creating ? QStringList{QStringLiteral("name")} : QStringList());
}

QJsonObject boardItem()
{
    return object({{QStringLiteral("id"), id()},
                   {QStringLiteral("name"), text(100)},
                   {QStringLiteral("position"), integer(1)},
                   {QStringLiteral("version"), integer(1)},
                   {QStringLiteral("open_leads"), integer(0)},
                   {QStringLiteral("totals"),
                    arrayOf(object({{QStringLiteral("currency"), currency()},
                                    {QStringLiteral("total"), decimal(2, 14)}},
                                   {QStringLiteral("currency"), QStringLiteral("total")}))}},
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("version"),
                   QStringLiteral("open_leads"), QStringLiteral("totals")});
}

// A workflow action on a lead: If-Match optional, the changed lead back.
RouteDoc leadAction(const QJsonObject &body)
{
    RouteDoc d;
    d.optionalBody(body);
    if (body.value(QStringLiteral("required")).toArray().size() > 0)
        d.requestOptional = false;
    return d.withIfMatch()
        .returns(200, QStringLiteral("The lead in its new state"), record(CrmEntities::leads()), {QStringLiteral("ETag")})
        .error(409);
}

RouteDoc importDoc()
{
    return RecordImport::documentation(LeadImport::columns());
}

} // namespace

void registerCrmRoutes(Router &router)
{
    const RouteAccess view = RouteAccess::requires(P::CrmView);
    const RouteAccess edit = RouteAccess::requires(P::CrmEdit);
    const RouteAccess configure = RouteAccess::requires(P::CrmConfigure);
    const QString crm = QStringLiteral("crm");

    // What keeps an account or contact from being deleted (DELETE answers
    // 409 naming them); activities are deleted with their record.
    RecordReferrers::add(QStringLiteral("accounts"),
                         {QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = ?"), QStringLiteral("contacts"),
                          QStringLiteral("contacts")});
    RecordReferrers::add(QStringLiteral("accounts"),
                         {QStringLiteral("SELECT count(*) FROM leads WHERE converted_account_id = ?"),
                          QStringLiteral("leads"), QStringLiteral("converted leads")});
    RecordReferrers::add(QStringLiteral("contacts"),
                         {QStringLiteral("SELECT count(*) FROM leads WHERE converted_contact_id = ?"),
                          QStringLiteral("leads"), QStringLiteral("converted leads")});

    // Accounts (companies): shared by the whole tenant.
    router.add("GET", QStringLiteral("/api/v1/accounts"), view,
               [](RequestContext &ctx) {
                   return ListEndpoint::respond(ctx, accountListSpec(), CrmRecordRules::accounts(ctx.principal));
               },
               QStringLiteral("List accounts (filter: industry, owner_id, created_at_from/_to; q: name; sort: name, industry, phone, website, owner, id, created_at)"), crm)
        .doc = ApiDocs::list(accountListSpec(), record(CrmEntities::accounts()));
    router.add("POST", QStringLiteral("/api/v1/accounts"), edit, createAccount,
               QStringLiteral("Create an account (company)"), crm)
        .documented(ApiDocs::create(CrmEntities::accounts().fields, record(CrmEntities::accounts())))
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/accounts/{id:int}"), view,
               [](RequestContext &ctx) { return getRecord(ctx, CrmEntities::accounts()); },
               QStringLiteral("Read an account"), crm)
        .doc = ApiDocs::read(record(CrmEntities::accounts()));
    router.add("PATCH", QStringLiteral("/api/v1/accounts/{id:int}"), edit, updateAccount,
               QStringLiteral("Change an account"), crm)
        .doc = ApiDocs::change(CrmEntities::accounts().fields, record(CrmEntities::accounts()));
    router.add("DELETE", QStringLiteral("/api/v1/accounts/{id:int}"), edit,
               [](RequestContext &ctx) { return deleteRecord(ctx, CrmEntities::accounts()); },
               QStringLiteral("Delete an account no contact or lead refers to"), crm)
        .doc = ApiDocs::remove().error(409);

    // Contacts: own ones, or all with crm.view_all.
    router.add("GET", QStringLiteral("/api/v1/contacts"), view,
               [](RequestContext &ctx) {
                   return ListEndpoint::respond(ctx, contactListSpec(), CrmRecordRules::contacts(ctx.principal));
               },
               QStringLiteral("List contacts you may see (filter: account_id, owner_id, created_at_from/_to; q: name, email; sort: name, title, account, email, phone, owner, id, created_at)"), crm)
        .doc = ApiDocs::list(contactListSpec(), record(CrmEntities::contacts()));
    router.add("POST", QStringLiteral("/api/v1/contacts"), edit, createContact, QStringLiteral("Create a contact"), crm)
        .documented(ApiDocs::create(CrmEntities::contacts().fields, record(CrmEntities::contacts())))
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/contacts/{id:int}"), view,
               [](RequestContext &ctx) { return getRecord(ctx, CrmEntities::contacts()); },
               QStringLiteral("Read a contact"), crm)
        .doc = ApiDocs::read(record(CrmEntities::contacts()));
    router.add("PATCH", QStringLiteral("/api/v1/contacts/{id:int}"), edit, updateContact,
               QStringLiteral("Change a contact"), crm)
        .doc = ApiDocs::change(CrmEntities::contacts().fields, record(CrmEntities::contacts()));
    router.add("DELETE", QStringLiteral("/api/v1/contacts/{id:int}"), edit,
               [](RequestContext &ctx) { return deleteRecord(ctx, CrmEntities::contacts()); },
               QStringLiteral("Delete a contact no converted lead refers to"), crm)
        .doc = ApiDocs::remove().error(409);

    // Leads.
    router.add("GET", QStringLiteral("/api/v1/leads"), view, listLeads,
               QStringLiteral("List leads you may see (filter: stage_id, owner_id, status, currency, source, "
                              "expected_close_from/_to, created_at_from/_to; q: title, company, contact, email; "
                              "sort: expected_close_date, created_at, updated_at, title, company, contact_name, estimated_value, probability, stage, owner, status, id)"),
               crm)
        .doc = ApiDocs::list(leadListSpec(), record(CrmEntities::leads()))
                   .query(queryParameter(QStringLiteral("expected_close_from"), date(), QStringLiteral("Closing on or after")))
                   .query(queryParameter(QStringLiteral("expected_close_to"), date(), QStringLiteral("Closing on or before")));
    router.add("POST", QStringLiteral("/api/v1/leads"), edit, createLead,
               QStringLiteral("Create a lead (first pipeline stage unless stage_id is given)"), crm)
        .documented(ApiDocs::create(CrmEntities::leads().fields, record(CrmEntities::leads())))
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/leads/board"), view,
               [](RequestContext &ctx) { return ListEndpoint::respond(ctx, boardSpec(ctx.principal)); },
               QStringLiteral("Pipeline board: each stage with the open leads you may see counted and totalled per currency"),
               crm)
        .doc = ApiDocs::list(boardSpec(Principal()), boardItem());
    router.add("POST", QStringLiteral("/api/v1/leads/import"), edit, importLeads,
               QStringLiteral("Import leads from CSV (text/csv, at most the server body limit, 1 MiB by default); "
                              "?dry_run=true reports every bad row without importing; otherwise all rows or none"),
               crm)
        .documented(importDoc())
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/leads/{id:int}"), view,
               [](RequestContext &ctx) {
                   return RecordService(CrmEntities::leads(), ctx.principal, ctx.request.requestId)
                       .readResponse(ctx.idParam(), *ctx.transaction);
               },
               QStringLiteral("Read a lead"), crm)
        .doc = ApiDocs::read(record(CrmEntities::leads()));
    router.add("PATCH", QStringLiteral("/api/v1/leads/{id:int}"), edit, updateLead,
               QStringLiteral("Change a lead, including its stage and owner (If-Match required)"), crm)
        .doc = ApiDocs::change(CrmEntities::leads().fields, record(CrmEntities::leads()));
    router.add("DELETE", QStringLiteral("/api/v1/leads/{id:int}"), edit, deleteLead,
               QStringLiteral("Delete a lead"), crm)
        .doc = ApiDocs::remove().error(409);
    router.add("POST", QStringLiteral("/api/v1/leads/{id:int}/convert"), edit, convertLead,
               QStringLiteral("Convert a lead: create or link an account and a contact; 409 if already converted"), crm)
        .doc = RouteDoc()
                   .optionalBody(object({{QStringLiteral("account_id"), nullable(id())},
                                         {QStringLiteral("account_name"), text(200)},
                                         {QStringLiteral("contact_id"), nullable(id())},
                                         {QStringLiteral("contact_name"), text(200)},
                                         {QStringLiteral("contact_title"), text(100)}}))
                   .withIfMatch()
                   .returns(200, QStringLiteral("The converted lead (its ETag) with the account and contact"),
                            object({{QStringLiteral("lead"), record(CrmEntities::leads())},
                                    {QStringLiteral("account"), record(CrmEntities::accounts())},
                                    {QStringLiteral("contact"), record(CrmEntities::contacts())},
                                    {QStringLiteral("account_created"), boolean()},
                                    {QStringLiteral("contact_created"), boolean()}},
                                   {QStringLiteral("lead"), QStringLiteral("account"), QStringLiteral("contact"),
                                    QStringLiteral("account_created"), QStringLiteral("contact_created")}),
                            {QStringLiteral("ETag")})
                   .error(409);
    router.add("PATCH", QStringLiteral("/api/v1/leads/{id:int}/board-position"), edit, moveLeadOnBoard,
               QStringLiteral("Place a lead on the pipeline board (If-Match required): in stage_id (a stage change), "
                              "above before_id (a lead of that stage), or at the bottom of its column"),
               crm)
        .doc = RouteDoc()
                   .body(object({{QStringLiteral("stage_id"), nullable(id())},
                                 {QStringLiteral("before_id"), nullable(id())}}),
                         QJsonObject{{QStringLiteral("before_id"), 42}})
                   .withIfMatch()
                   .returns(200, QStringLiteral("The lead in its place"), record(CrmEntities::leads()),
                            {QStringLiteral("ETag")});
    router.add("POST", QStringLiteral("/api/v1/leads/{id:int}/win"), edit,
               [](RequestContext &ctx) { return closeLead(ctx, LeadService::Outcome::Won); },
               QStringLiteral("Mark an open lead won"), crm)
        .doc = leadAction(object({}));
    router.add("POST", QStringLiteral("/api/v1/leads/{id:int}/lose"), edit,
               [](RequestContext &ctx) { return closeLead(ctx, LeadService::Outcome::Lost); },
               QStringLiteral("Mark an open lead lost, with a lost_reason"), crm)
        .doc = leadAction(object({{QStringLiteral("lost_reason"), text(500)}}, {QStringLiteral("lost_reason")}));
    router.add("POST", QStringLiteral("/api/v1/leads/{id:int}/reopen"), edit,
               [](RequestContext &ctx) { return closeLead(ctx, LeadService::Outcome::Reopened); },
               QStringLiteral("Reopen a won or lost lead"), crm)
        .doc = leadAction(object({}));

    // Pipeline stages: everyone with crm.view reads them; changing the
    // pipeline is for those who see the whole tenant's leads.
    router.add("GET", QStringLiteral("/api/v1/pipeline-stages"), view,
               [](RequestContext &ctx) { return ListEndpoint::respond(ctx, stageListSpec()); },
               QStringLiteral("List the pipeline stages in order"), crm)
        .doc = ApiDocs::list(stageListSpec(), stageRecord());
    router.add("POST", QStringLiteral("/api/v1/pipeline-stages"), configure, createStage,
               QStringLiteral("Add a pipeline stage (at the end unless position is given); needs crm.edit too"), crm)
        .documented(RouteDoc()
                        .body(stageBody(true), QJsonObject{{QStringLiteral("name"), QStringLiteral("Negotiation")}})
                        .returns(201, QStringLiteral("Created"), stageRecord(),
                                 {QStringLiteral("Location"), QStringLiteral("ETag")}))
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/pipeline-stages/{id:int}"), view, getStage,
               QStringLiteral("Read a pipeline stage"), crm)
        .doc = ApiDocs::read(stageRecord());
    router.add("PATCH", QStringLiteral("/api/v1/pipeline-stages/{id:int}"), configure, updateStage,
               QStringLiteral("Rename or move a pipeline stage; needs crm.edit too"), crm)
        .doc = RouteDoc().body(stageBody(false)).withIfMatch().returns(200, QStringLiteral("The changed stage"),
                                                                      stageRecord(), {QStringLiteral("ETag")});
    router.add("DELETE", QStringLiteral("/api/v1/pipeline-stages/{id:int}"), configure, deleteStage,
               QStringLiteral("Delete a stage; leads in it need ?move_leads_to=<stage id>; needs crm.edit too"), crm)
        .doc = ApiDocs::remove().error(409).query(
            queryParameter(QStringLiteral("move_leads_to"), id(), QStringLiteral("Stage that takes the stage's leads")));

    // Activities.
    router.add("GET", QStringLiteral("/api/v1/activities"), view,
               [](RequestContext &ctx) {
                   return ListEndpoint::respond(ctx, activityListSpec(), CrmRecordRules::activities(ctx.principal));
               },
               QStringLiteral("List activities you may see (filter: kind, done, assignee_id, lead_id, contact_id, "
                              "account_id, due_at_from/_to; q: subject)"),
               crm)
        .doc = ApiDocs::list(activityListSpec(), record(CrmEntities::activities()));
    router.add("GET", QStringLiteral("/api/v1/activities/mine"), view, myActivities,
               QStringLiteral("My open activities by due time with their bucket (overdue, today, upcoming); ?bucket= narrows"),
               crm)
        .doc = ApiDocs::list(activityListSpec(), record(CrmEntities::activities()))
                   .query(queryParameter(QStringLiteral("bucket"),
                                         choice({QStringLiteral("overdue"), QStringLiteral("today"),
                                                 QStringLiteral("upcoming")}),
                                         QStringLiteral("Only this bucket (today is the UTC day)")));
    router.add("POST", QStringLiteral("/api/v1/activities"), edit, createActivity,
               QStringLiteral("Create an activity linked to one lead, contact or account"), crm)
        .documented(ApiDocs::create(CrmEntities::activities().fields, record(CrmEntities::activities())))
        .idempotentCreate = true;
    router.add("GET", QStringLiteral("/api/v1/activities/{id:int}"), view,
               [](RequestContext &ctx) { return getRecord(ctx, CrmEntities::activities()); },
               QStringLiteral("Read an activity"), crm)
        .doc = ApiDocs::read(record(CrmEntities::activities()));
    router.add("PATCH", QStringLiteral("/api/v1/activities/{id:int}"), edit, updateActivity,
               QStringLiteral("Change an activity or mark it done"), crm)
        .doc = ApiDocs::change(CrmEntities::activities().fields, record(CrmEntities::activities()));
    router.add("DELETE", QStringLiteral("/api/v1/activities/{id:int}"), edit, deleteActivity,
               QStringLiteral("Delete an activity"), crm)
        .doc = ApiDocs::remove().error(409);
}

} // namespace erp::server
