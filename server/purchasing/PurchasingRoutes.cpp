#include "server/purchasing/PurchasingRoutes.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/inventory/InsufficientStock.h"
#include "server/inventory/InvalidStockMove.h"
#include "server/platform/ListEndpoint.h"
#include "server/platform/ListQueryFilters.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordImport.h"
#include "server/platform/RecordReferrers.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordRoutes.h"
#include "server/platform/RecordService.h"
#include "server/platform/RequestBody.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/Idempotency.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"
#include "server/purchasing/InvalidPurchaseOrder.h"
#include "server/purchasing/InvalidReceipt.h"
#include "server/purchasing/PurchaseOrderApproval.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderDrafts.h"
#include "server/purchasing/PurchaseOrderLifecycle.h"
#include "server/purchasing/PurchaseOrderLineClosing.h"
#include "server/purchasing/PurchaseOrderNumbering.h"
#include "server/purchasing/PurchaseOrderReceiving.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "server/purchasing/PurchasingEntities.h"
#include "shared/Permissions.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace erp::server {

namespace P = erp::shared::Permission;
using erp::shared::Decimal;

namespace {

const QString OrdersPath = QStringLiteral("/api/v1/purchase-orders/");

// ---- reading bodies --------------------------------------------------------

QDate readDate(const QJsonObject &json, const QString &key, RequestBody &body)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !shape.match(v.toString()).hasMatch() || !d.isValid()) {
        body.addError(key, QStringLiteral("invalid_date"), QStringLiteral("Expected a date (YYYY-MM-DD)."));
        return {};
    }
    return d;
}

QList<DraftLine> readLines(const QJsonObject &json, RequestBody &body)
{
    QList<DraftLine> lines;
    const QJsonValue v = json.value(QStringLiteral("lines"));
    if (v.isUndefined() || v.isNull())
        return lines;
    if (!v.isArray()) {
        body.addError(QStringLiteral("lines"), QStringLiteral("wrong_type"),
                      QStringLiteral("Expected a list of lines."));
        return lines;
    }
    const QJsonArray array = v.toArray();
    static const QStringList allowed {QStringLiteral("product_id"), QStringLiteral("unit_id"),
                                      QStringLiteral("quantity"),   QStringLiteral("unit_price"),
                                      QStringLiteral("tax_rate"),   QStringLiteral("description")};
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("lines[%1].").arg(i);
        if (!array.at(i).isObject()) {
            body.addError(QStringLiteral("lines[%1]").arg(i), QStringLiteral("wrong_type"),
                          QStringLiteral("Expected a line object."));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                body.addError(at + it.key(), QStringLiteral("unknown_field"), QStringLiteral("Unknown field."));
        DraftLine line;
        line.productId = body.id(o, QStringLiteral("product_id"), at + QStringLiteral("product_id"), true).value_or(0);
        line.unitId = body.id(o, QStringLiteral("unit_id"), at + QStringLiteral("unit_id"), false).value_or(0);
        line.quantity = body.decimal(o, QStringLiteral("quantity"), at + QStringLiteral("quantity"), true, 3)
                            .value_or(Decimal());
        line.unitPrice
            = body.decimal(o, QStringLiteral("unit_price"), at + QStringLiteral("unit_price"), false, 4);
        line.taxRate = body.decimal(o, QStringLiteral("tax_rate"), at + QStringLiteral("tax_rate"), false, 2);
        const QJsonValue d = o.value(QStringLiteral("description"));
        if (d.isString()) {
            line.description = d.toString().trimmed();
            if (line.description.size() > 1000)
                body.addError(at + QStringLiteral("description"), QStringLiteral("too_long"),
                              QStringLiteral("At most 1000 characters."));
        } else if (!d.isUndefined() && !d.isNull())
            body.addError(at + QStringLiteral("description"), QStringLiteral("wrong_type"),
                          QStringLiteral("Expected text."));
        lines << line;
    }
    return lines;
}

// ---- answers -----------------------------------------------------------------

// The services' refusals as problems: the state a transition does not fit
// is a 409 naming it, a refusal about who calls a 403, a missing comment or
// reason a 422 on its field, a line the draft service cannot take a 422 on
// lines[i].field.
template<typename Fn> auto translated(Fn &&fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const PurchaseOrderConflict &e) {
        throw ApiError(409, QStringLiteral("invalid_state"), QStringLiteral("Conflict"),
                       QStringLiteral("Cannot %1 a purchase order that is %2.").arg(e.action(), e.currentState()),
                       {{QStringLiteral("state"), e.currentState(), QStringLiteral("The order's current state.")}});
    } catch (const PurchaseOrderRefused &e) {
        if (e.code() == u"unknown_order" || e.code() == u"unknown_line")
            throw ApiError::notFound();
        if (e.forbidden())
            throw ApiError(403, e.code(), QStringLiteral("Forbidden"), e.message());
        if (e.code() == u"comment_required")
            throw ApiError::validation({{QStringLiteral("comment"), QStringLiteral("required"), e.message()}});
        if (e.code() == u"reason_required")
            throw ApiError::validation({{QStringLiteral("reason"), QStringLiteral("required"), e.message()}});
        throw ApiError::conflict(e.code(), e.message());
    } catch (const InvalidPurchaseOrder &e) {
        if (e.code() == u"unknown_order")
            throw ApiError::notFound();
        throw ApiError::validation({{e.field(), e.code(), e.message()}});
    } catch (const InsufficientStock &e) {
        throw ApiError(409, QStringLiteral("insufficient_stock"), QStringLiteral("Conflict"),
                       QStringLiteral("Product %1 has %2 on hand in location %3; %4 was asked for.")
                           .arg(e.productId())
                           .arg(e.onHand().toString())
                           .arg(e.locationId())
                           .arg(e.requested().toString()));
    } catch (const InvalidStockMove &e) {
        throw ApiError::validation({{e.field(), e.code(), e.message()}});
    }
}

RecordService orders(const RequestContext &ctx)
{
    return RecordService(PurchasingEntities::purchaseOrders(), ctx.principal, ctx.request.requestId);
}

// Every action locks the order row first (PROCUREMENT.md); taking the lock
// is also the check that the order is in the organisation (404 before
// anything about the body is said). Returns the state before the action.
QString lockOrder(qint64 id)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT state FROM purchase_orders WHERE id = ? FOR UPDATE"), {id});
    if (!q.next())
        throw ApiError::notFound();
    const QString state = q.value(0).toString();
    q.finish();
    return state;
}

// An order as the database wrote it (JSON text) and its version.
struct OrderJson
{
    QByteArray json;
    int version = 0;
};

// The order as the answer shows it, read once, and its audit row written by
// the same statement (the row RecordService::audit would write: entity
// purchase_order, the caller, the request id), and the transaction committed
// in the same message: the last thing a write does. `after` is the audit's
// after document, an expression over the order's JSON `o.j`.
// `writes` go first in the same message (each a statement of its own, so the
// read sees what they wrote).
OrderJson readAuditAndCommit(const RequestContext &ctx, qint64 id, const QString &action, const QVariant &before,
                             const QString &after, const QVariantList &afterValues = {},
                             const QList<SqlStatement> &writes = {})
{
    const QString sql = QStringLiteral(
        "WITH o AS (SELECT %1 AS j, po.version AS v FROM purchase_orders po WHERE po.id = ?), "
        "a AS (INSERT INTO audit_log (tenant_id, user_id, entity, entity_id, action, before, after, request_id) "
        "SELECT ?, ?, ?, ?, ?, ?::jsonb, %2, ? FROM o RETURNING 1) "
        "SELECT o.j::text, (SELECT count(*) FROM a), o.v FROM o")
                            .arg(PurchasingEntities::purchaseOrders().jsonSql, after);
    QVariantList values {id,
                         ctx.principal.tenantId,
                         ctx.principal.userId ? QVariant(ctx.principal.userId) : QVariant(QMetaType::fromType<qint64>()),
                         PurchasingEntities::purchaseOrders().auditName,
                         id,
                         action,
                         before};
    values << afterValues;
    values << (ctx.request.requestId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(QString::fromLatin1(ctx.request.requestId)));
    // The order is locked by this transaction: it is there.
    OrderJson order;
    ctx.transaction->executeAll(QList<SqlStatement>(writes) << SqlStatement {sql, values}, Transaction::Then::Commit,
                                [&](int i, QSqlQuery &q) {
                                    if (i == writes.size() && q.next()) {
                                        order.json = q.value(0).toString().toUtf8();
                                        order.version = q.value(2).toInt();
                                    }
                                });
    if (order.json.isEmpty())
        throw ApiError::notFound();
    return order;
}

// ---- purchase orders -----------------------------------------------------------

const ListSpec &orderListSpec()
{
    // Built once: requests only read it.
    static const ListSpec spec {PurchasingEntities::orderListJsonSql(),
            QStringLiteral("purchase_orders po"),
            QStringLiteral("po.id"),
            {{QStringLiteral("id"), QStringLiteral("po.id"), ListField::Integer, true, false},
             // Days since 2000-01-01 (stored column, migration 0014): a date
             // sorted as a whole number.
             {QStringLiteral("order_date"), QStringLiteral("po.order_day"), ListField::Integer, true, false},
             {QStringLiteral("number"), QStringLiteral("po.number"), ListField::Text, true, false},
             {QStringLiteral("created_at"), QStringLiteral("po.created_at"), ListField::Timestamp, true, true},
             // State sorts in the order's life-cycle order, not alphabetically.
             {QStringLiteral("state"), QStringLiteral("po.state"), ListField::Text, true, true,
              QStringLiteral("array_position(ARRAY['draft', 'submitted', 'approved', 'ordered', 'partially_received', "
                             "'received', 'closed', 'cancelled'], po.state)"),
              ListField::Integer},
             {QStringLiteral("supplier_id"), QStringLiteral("po.supplier_id"), ListField::Integer, false, true},
             {QStringLiteral("warehouse_id"), QStringLiteral("po.warehouse_id"), ListField::Integer, false, true},
             {QStringLiteral("created_by"), QStringLiteral("po.created_by"), ListField::Integer, false, true},
             {QStringLiteral("currency"), QStringLiteral("po.currency"), ListField::Text, false, true},
             // Sorts only: names, not ids; totals as numbers; no expected date last.
             {QStringLiteral("supplier"), QStringLiteral("(SELECT lower(name) FROM suppliers WHERE id = po.supplier_id)"),
              ListField::Text, true, false},
             {QStringLiteral("warehouse"),
              QStringLiteral("(SELECT lower(name) FROM warehouses WHERE id = po.warehouse_id)"), ListField::Text, true,
              false},
             {QStringLiteral("total"), QStringLiteral("po.total"), ListField::Decimal, true, false},
             {QStringLiteral("expected_date"),
              QStringLiteral("(coalesce(po.expected_date, DATE '9999-12-31') - DATE '2000-01-01')"), ListField::Integer,
              true, false}},
            {QStringLiteral("po.number")},
            QStringLiteral("-order_date"),
            {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("state"), QStringLiteral("supplier_name"),
             QStringLiteral("order_date"), QStringLiteral("expected_date"), QStringLiteral("currency"),
             QStringLiteral("subtotal"), QStringLiteral("tax_total"), QStringLiteral("total"),
             QStringLiteral("created_by_name")},
            PurchasingEntities::orderListJoins(),
            false,
            ListSpec::KeptItems {PurchasingEntities::orderListNames()}};
    return spec;
}

HttpResponse listOrders(RequestContext &ctx)
{
    ListQueryFilters filters(ctx.request);
    filters.date(QStringLiteral("order_date_from"), QStringLiteral("po.order_date >= ?::date"));
    filters.date(QStringLiteral("order_date_to"), QStringLiteral("po.order_date <= ?::date"));
    // Submitted orders the caller may approve now: not their own, a band
    // whose permission they hold, and no standing approval of theirs yet.
    filters.flag(QStringLiteral("awaiting_my_approval"),
                 QStringLiteral("po.state = 'submitted' AND po.created_by <> app_current_user() "
                                "AND EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp "
                                "ON rp.role_id = ur.role_id WHERE ur.user_id = app_current_user() "
                                "AND rp.permission = coalesce(po.approval_band->>'permission', 'purchasing.approve')) "
                                "AND NOT EXISTS (SELECT 1 FROM purchase_order_approvals a WHERE "
                                "a.purchase_order_id = po.id AND a.approver_id = app_current_user() "
                                "AND a.decision = 'approved' AND a.voided_at IS NULL)"));
    return filters.respond(ctx, orderListSpec(), QString());
}

HttpResponse getOrder(RequestContext &ctx)
{
    return orders(ctx).readResponse(ctx.idParam(), *ctx.transaction, RecordService::readAsAsked(ctx.request));
}

HttpResponse createOrder(RequestContext &ctx)
{
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json,
                     {QStringLiteral("supplier_id"), QStringLiteral("warehouse_id"), QStringLiteral("currency"),
                      QStringLiteral("order_date"), QStringLiteral("expected_date"), QStringLiteral("notes"),
                      QStringLiteral("lines")});
    DraftHeader header;
    header.supplierId = body.id(json, QStringLiteral("supplier_id"), QStringLiteral("supplier_id"), true).value_or(0);
    header.warehouseId = body.id(json, QStringLiteral("warehouse_id"), QStringLiteral("warehouse_id"), true).value_or(0);
    header.currency = body.text(QStringLiteral("currency"), false, 3).value_or(QString());
    header.orderDate = readDate(json, QStringLiteral("order_date"), body);
    header.expectedDate = readDate(json, QStringLiteral("expected_date"), body);
    header.notes = body.text(QStringLiteral("notes"), false, 10000).value_or(QString());
    const QList<DraftLine> lines = readLines(json, body);
    body.finish();
    const auto created = translated([&] {
        return PurchaseOrderDrafts(ctx.principal.tenantId, ctx.principal.userId)
            .create(header, lines, PurchaseOrderDrafts::Number::Provisional);
    });
    // The answer is built on the order under its provisional number; the
    // number is then taken, set, audited, stored with the Idempotency-Key
    // and committed in one statement and message, so the organisation's
    // counter row is locked for one round trip. The stored and the sent
    // answer get the number in place of the provisional one (a unique
    // string of its own: '~' and 32 hex digits).
    QSqlQuery &read = Database::exec(
        QStringLiteral("SELECT %1::text, po.version FROM purchase_orders po WHERE po.id = ?")
            .arg(PurchasingEntities::purchaseOrders().jsonSql),
        {created.id});
    const bool found = read.next();
    const QString provisionalJson = found ? read.value(0).toString() : QString();
    const int version = found ? read.value(1).toInt() : 0;
    read.finish();
    HttpResponse response = createdResponse(OrdersPath.toUtf8() + QByteArray::number(created.id),
                                            provisionalJson.toUtf8(), version);
    const bool storeKey = Idempotency::shouldStore(ctx.request, response);
    QString sql = QStringLiteral("WITH ") + PurchaseOrderNumbering::assignCtes()
        + QStringLiteral(", a AS (INSERT INTO audit_log (tenant_id, user_id, entity, entity_id, action, before, after, "
                         "request_id) SELECT ?, ?, ?, ?, 'create', NULL, replace(?, ?, n.number)::jsonb, ? FROM n "
                         "RETURNING 1)");
    QVariantList values = PurchaseOrderNumbering::assignValues(ctx.principal.tenantId, created.year, created.id);
    values << ctx.principal.tenantId
           << (ctx.principal.userId ? QVariant(ctx.principal.userId) : QVariant(QMetaType::fromType<qint64>()))
           << PurchasingEntities::purchaseOrders().auditName << created.id << provisionalJson << created.number
           << (ctx.request.requestId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(QString::fromLatin1(ctx.request.requestId)));
    if (storeKey) {
        sql += QStringLiteral(", k AS (") + Idempotency::storeSql(QStringLiteral("convert_to(replace(?, ?, n.number), 'UTF8')"),
                                                                  QStringLiteral("n"))
            + QStringLiteral(" RETURNING 1)");
        values << Idempotency::storeValues(ctx.request, ctx.principal, response)
               << QString::fromUtf8(response.body) << created.number;
    }
    sql += QStringLiteral(" SELECT n.number, (SELECT count(*) FROM a) FROM n");
    QString number;
    ctx.transaction->executeAll({{sql, values}}, Transaction::Then::Commit, [&](int, QSqlQuery &q) {
        if (q.next())
            number = q.value(0).toString();
    });
    if (number.isEmpty())   // the order inserted above and locked by this transaction is there
        throw std::runtime_error("purchase order number not assigned");
    response.body.replace(created.number.toUtf8(), number.toUtf8());
    return response;
}

HttpResponse updateOrder(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    RecordService service = orders(ctx);
    service.lock(ctx.idParam(), expected); // 404, then 412, before anything else
    const QJsonObject before = service.findOrThrow(ctx.idParam());
    if (before.value(QStringLiteral("state")).toString() != u"draft")
        throw ApiError(409, QStringLiteral("invalid_state"), QStringLiteral("Conflict"),
                       QStringLiteral("Only a draft can be changed; this order is %1.")
                           .arg(before.value(QStringLiteral("state")).toString()),
                       {{QStringLiteral("state"), before.value(QStringLiteral("state")).toString(),
                         QStringLiteral("The order's current state.")}});
    QJsonObject json = ctx.jsonBody();
    RequestBody body(json,
                     {QStringLiteral("order_date"), QStringLiteral("expected_date"), QStringLiteral("warehouse_id"),
                      QStringLiteral("notes"), QStringLiteral("lines")});
    const bool replaceLines = json.contains(QStringLiteral("lines"));
    const QList<DraftLine> lines = readLines(json, body);
    if (replaceLines && !json.value(QStringLiteral("lines")).isArray() && !body.hasErrors())
        body.addError(QStringLiteral("lines"), QStringLiteral("required"), QStringLiteral("Expected a list of lines."));
    body.finish();
    json.remove(QStringLiteral("lines"));
    const RecordValues values
        = RecordFields::read(json, PurchasingEntities::purchaseOrders().fields, false, ctx.principal);
    int version = expected;
    if (!values.isEmpty()) {
        service.update(ctx.idParam(), version, values);
        ++version;
    }
    if (replaceLines)
        translated([&] {
            return PurchaseOrderDrafts(ctx.principal.tenantId, ctx.principal.userId).replaceLines(ctx.idParam(), lines);
        });
    const QJsonObject after = service.findOrThrow(ctx.idParam());
    if (replaceLines)
        service.audit(ctx.idParam(), QStringLiteral("update_lines"), before, after);
    return recordResponse(after);
}

enum class Action { Submit, Withdraw, Approve, Reject, Order, Receive, CloseShort, Revise, Cancel, Close };

QJsonObject optionalBody(const RequestContext &ctx)
{
    return ctx.request.body.trimmed().isEmpty() ? QJsonObject() : ctx.jsonBody();
}

QList<ReceiptLine> readReceipt(const QJsonObject &json, RequestBody &body)
{
    QList<ReceiptLine> lines;
    const QJsonValue v = json.value(QStringLiteral("lines"));
    if (!v.isArray() || v.toArray().isEmpty()) {
        body.addError(QStringLiteral("lines"), QStringLiteral("required"),
                      QStringLiteral("A receipt needs at least one line with its quantity."));
        return lines;
    }
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("lines[%1].").arg(i);
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != u"line_id" && it.key() != u"quantity")
                body.addError(at + it.key(), QStringLiteral("unknown_field"), QStringLiteral("Unknown field."));
        ReceiptLine line;
        line.lineId = body.id(o, QStringLiteral("line_id"), at + QStringLiteral("line_id"), true).value_or(0);
        line.quantity = body.decimal(o, QStringLiteral("quantity"), at + QStringLiteral("quantity"), true, 3)
                            .value_or(Decimal());
        lines << line;
    }
    return lines;
}

HttpResponse orderAction(RequestContext &ctx, Action action, const QString &name)
{
    const qint64 id = ctx.idParam();
    const qint64 tenant = ctx.principal.tenantId;
    const qint64 user = ctx.principal.userId;
    // Submit, approve and receive lock the order together with what they
    // judge, in one message; their last write travels with the answer's
    // read, the audit row and the commit (readAuditAndCommit).
    std::optional<PurchaseOrderApproval::SubmitReading> submitting;
    std::optional<PurchaseOrderApproval::ApprovalStanding> approving;
    std::optional<PurchaseOrderReceiving::OrderReading> receiving;
    QString before;
    if (action == Action::Submit) {
        submitting = PurchaseOrderApproval(tenant, user).readForSubmit(id);
        if (!submitting)
            throw ApiError::notFound();
        before = submitting->order.state;
    } else if (action == Action::Approve) {
        approving = PurchaseOrderApproval(tenant, user).readForApproval(id);
        if (!approving)
            throw ApiError::notFound();
        before = approving->order.state;
    } else if (action == Action::Receive) {
        receiving = PurchaseOrderReceiving(tenant, user).readForReceipt(id);
        if (!receiving)
            throw ApiError::notFound();
        before = receiving->state;
    } else {
        before = lockOrder(id);
    }
    if (ctx.request.hasHeader("if-match"))
        orders(ctx).lock(id, Versioning::requiredIfMatch(ctx));
    const QJsonObject json = optionalBody(ctx);
    QList<SqlStatement> writes;
    QString note;
    switch (action) {
    case Action::Approve:
    case Action::Reject: {
        RequestBody body(json, {QStringLiteral("comment")});
        note = body.text(QStringLiteral("comment"), action == Action::Reject, 2000).value_or(QString());
        body.finish();
        translated([&] {
            if (action == Action::Reject)
                return PurchaseOrderApproval(tenant, user).reject(id, note);
            SqlStatement write;
            const auto outcome = PurchaseOrderApproval(tenant, user).approve(id, *approving, note, &write);
            writes << write;
            return outcome;
        });
        break;
    }
    case Action::Cancel:
    case Action::CloseShort: {
        RequestBody body(json, {QStringLiteral("reason")});
        note = body.text(QStringLiteral("reason"), action == Action::CloseShort, 1000).value_or(QString());
        body.finish();
        translated([&] {
            return action == Action::Cancel ? PurchaseOrderLifecycle(tenant, user).cancel(id, note)
                                            : PurchaseOrderLifecycle(tenant, user).closeShort(id, note);
        });
        break;
    }
    case Action::Receive: {
        RequestBody body(json, {QStringLiteral("lines"), QStringLiteral("note")});
        const QList<ReceiptLine> lines = readReceipt(json, body);
        note = body.text(QStringLiteral("note"), false, 1000).value_or(QString());
        body.finish();
        try {
            translated([&] {
                SqlStatement write;
                const auto result = PurchaseOrderReceiving(tenant, user).receive(id, *receiving, lines, note, &write);
                writes << write;
                return result;
            });
        } catch (const InvalidReceipt &e) {
            if (e.code() == u"unknown_order")
                throw ApiError::notFound();
            QString field = QStringLiteral("lines");
            for (int i = 0; i < lines.size(); ++i)
                if (e.lineId() != 0 && lines.at(i).lineId == e.lineId()) {
                    field = QStringLiteral("lines[%1].%2")
                                .arg(i)
                                .arg(e.code() == u"unknown_line" ? QStringLiteral("line_id")
                                                                 : QStringLiteral("quantity"));
                    break;
                }
            const bool overReceipt = e.code() == u"exceeds_ordered";
            QString message = e.message();
            if (overReceipt)
                message += QStringLiteral(" At most %1 may still be received.").arg(e.remaining().toString());
            throw ApiError::validation({{field, e.code(), message}});
        }
        break;
    }
    default: {
        RequestBody body(json, {});
        body.finish();
        translated([&] {
            switch (action) {
            case Action::Submit:
                return PurchaseOrderApproval(tenant, user).submit(id, *submitting, &writes).state;
            case Action::Withdraw:
                return PurchaseOrderApproval(tenant, user).withdraw(id).state;
            case Action::Order:
                return PurchaseOrderLifecycle(tenant, user).order(id);
            case Action::Revise:
                return PurchaseOrderLifecycle(tenant, user).revise(id);
            default:
                return PurchaseOrderLifecycle(tenant, user).close(id);
            }
        });
        break;
    }
    }
    // Audited as {"state": before} -> {"state": after, "note": note}.
    const OrderJson order = readAuditAndCommit(
        ctx, id, name,
        QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("state"), before}}).toJson(QJsonDocument::Compact)),
        QStringLiteral("jsonb_build_object('state', o.j->'state', 'note', coalesce(?::text, ''))"), {note}, writes);
    return recordResponse(order.json, order.version);
}

// One line ended short with a reason (POST .../lines/{line_id}/close_short):
// the order's state follows; audited on the order with the line and reason.
HttpResponse closeLineShort(RequestContext &ctx)
{
    RecordService service = orders(ctx);
    const qint64 id = ctx.idParam();
    const qint64 lineId = ctx.idParam(QStringLiteral("line_id"));
    const QJsonObject before = service.findOrThrow(id);
    if (ctx.request.hasHeader("if-match"))
        service.lock(id, Versioning::requiredIfMatch(ctx));
    const QJsonObject json = optionalBody(ctx);
    RequestBody body(json, {QStringLiteral("reason")});
    const QString reason = body.text(QStringLiteral("reason"), true, 1000).value_or(QString());
    body.finish();
    translated([&] {
        return PurchaseOrderLineClosing(ctx.principal.tenantId, ctx.principal.userId)
            .closeLineShort(id, lineId, reason);
    });
    const QJsonObject after = service.findOrThrow(id);
    service.audit(id, QStringLiteral("close_short_line"),
                  QJsonObject {{QStringLiteral("state"), before.value(QStringLiteral("state"))}},
                  QJsonObject {{QStringLiteral("state"), after.value(QStringLiteral("state"))},
                               {QStringLiteral("line_id"), double(lineId)},
                               {QStringLiteral("note"), reason.trimmed()}});
    return recordResponse(after);
}

// ---- organisation settings ---------------------------------------------------

// One row per organisation (no id): read, and changed with If-Match like any
// record. The tax rate and tolerance are percents with 2 decimals.
const QList<RecordField> &settingsFields()
{
    static const QList<RecordField> fields {
        RecordField::of(QStringLiteral("company_name"), RecordField::Text, 200),
        RecordField::of(QStringLiteral("address"), RecordField::LongText, 1000),
        RecordField::of(QStringLiteral("tax_id"), RecordField::Text, 50),
        RecordField::of(QStringLiteral("base_currency"), RecordField::Currency).asRequired(),
        RecordField::decimalOf(QStringLiteral("default_tax_rate"), 2, 3).asRequired(),
        RecordField::of(QStringLiteral("po_prefix"), RecordField::Text, 10).asRequired(),
        RecordField::of(QStringLiteral("allow_negative_stock"), RecordField::Boolean),
        RecordField::decimalOf(QStringLiteral("receipt_tolerance_percent"), 2, 3).asRequired()};
    return fields;
}

QString settingsJsonSql()
{
    return QStringLiteral(
        "json_build_object('company_name', company_name, 'address', address, 'tax_id', tax_id, "
        "'base_currency', base_currency, 'default_tax_rate', default_tax_rate::text, 'po_prefix', po_prefix, "
        "'allow_negative_stock', allow_negative_stock, "
        "'receipt_tolerance_percent', receipt_tolerance_percent::text, 'version', version)");
}

QJsonObject readSettings()
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %1::text FROM organisation_settings").arg(settingsJsonSql()));
    if (!q.next())
        throw ApiError::notFound();
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

// What a purchase order needs from the settings (the printed header, the
// default tax rate, the base currency, the number prefix), readable by
// everyone who may read purchase orders; the stock rules and the version
// (changing them) stay with settings.manage.
QString documentSettingsJsonSql()
{
    return QStringLiteral(
        "json_build_object('company_name', company_name, 'address', address, 'tax_id', tax_id, "
        "'base_currency', base_currency, 'default_tax_rate', default_tax_rate::text, 'po_prefix', po_prefix)");
}

HttpResponse readDocumentSettings(RequestContext &)
{
    QSqlQuery &q
        = Database::exec(QStringLiteral("SELECT %1::text FROM organisation_settings").arg(documentSettingsJsonSql()));
    if (!q.next())
        throw ApiError::notFound();
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return HttpResponse::json(200, o);
}

HttpResponse updateSettings(RequestContext &ctx)
{
    const int expected = Versioning::requiredIfMatch(ctx);
    QSqlQuery &lock = Database::exec(QStringLiteral("SELECT version FROM organisation_settings FOR UPDATE"));
    if (!lock.next())
        throw ApiError::notFound();
    const int version = lock.value(0).toInt();
    lock.finish();
    Versioning::check(version, expected);
    const RecordValues values = RecordFields::read(ctx.jsonBody(), settingsFields(), false, ctx.principal);
    QList<FieldError> errors;
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,9}$"));
    if (values.contains(QStringLiteral("po_prefix"))
        && !prefix.match(values.value(QStringLiteral("po_prefix")).toString()).hasMatch())
        errors.append({QStringLiteral("po_prefix"), QStringLiteral("invalid"),
                       QStringLiteral("Letters, digits and hyphens, at most 10, starting with a letter or digit.")});
    for (const char *percent : {"default_tax_rate", "receipt_tolerance_percent"}) {
        const QString name = QLatin1String(percent);
        if (values.contains(name) && *Decimal::parse(values.value(name).toString()) > Decimal::fromInteger(100))
            errors.append({name, QStringLiteral("out_of_range"), QStringLiteral("A percent from 0 to 100.")});
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    const QJsonObject before = readSettings();
    if (!values.isEmpty()) {
        QStringList sets;
        QVariantList bound;
        for (const RecordField &f : settingsFields()) {
            if (!values.contains(f.name))
                continue;
            // Emptied optional texts are stored as '' (the columns are NOT NULL).
            const QVariant v = values.value(f.name);
            sets << f.name + QStringLiteral(" = ") + RecordFields::placeholder(f.type);
            bound << (v.isNull() && f.type != RecordField::Boolean ? QVariant(QString()) : v);
        }
        Database::exec(QStringLiteral("UPDATE organisation_settings SET %1, updated_at = now(), version = version + 1")
                           .arg(sets.join(QStringLiteral(", "))),
                       bound)
            .finish();
    }
    const QJsonObject after = readSettings();
    AuditLog::record({ctx.principal.tenantId, ctx.principal.userId, QStringLiteral("organisation_settings"),
                      ctx.principal.tenantId, QStringLiteral("update"), before, after, ctx.request.requestId});
    return recordResponse(after);
}

const RecordEntity &exchangeRates()
{
    static const RecordEntity e {
        QStringLiteral("exchange_rate"),
        QStringLiteral("exchange_rates"),
        QStringLiteral("x"),
        QStringLiteral("json_build_object('id', x.id, 'currency', x.currency, "
                       "'valid_on', to_char(x.valid_on, 'YYYY-MM-DD'), 'rate', x.rate::text, "
                       "'created_at', %1, 'updated_at', %2, 'version', x.version)")
            .arg(isoTimestampSql(QStringLiteral("x.created_at")), isoTimestampSql(QStringLiteral("x.updated_at"))),
        {RecordField::of(QStringLiteral("currency"), RecordField::Currency).asRequired(),
         RecordField::of(QStringLiteral("valid_on"), RecordField::Date).asRequired(),
         RecordField::decimalOf(QStringLiteral("rate"), 6, 12).asRequired()},
        [](const Principal &) { return QString(); }};
    return e;
}

// What purchasing's rows refer to (see RecordReferrers): DELETE of a
// supplier, product, unit or warehouse says that orders still name it.
void declareReferrers()
{
    RecordReferrers::add(QStringLiteral("suppliers"),
                         {QStringLiteral("SELECT count(*) FROM purchase_orders WHERE supplier_id = ?"),
                          QStringLiteral("purchase_orders"), QStringLiteral("purchase orders")});
    RecordReferrers::add(QStringLiteral("products"),
                         {QStringLiteral("SELECT count(*) FROM purchase_order_lines WHERE product_id = ?"),
                          QStringLiteral("purchase_order_lines"), QStringLiteral("purchase order lines")});
    RecordReferrers::add(QStringLiteral("units"),
                         {QStringLiteral("SELECT count(*) FROM purchase_order_lines WHERE unit_id = ?"),
                          QStringLiteral("purchase_order_lines"), QStringLiteral("purchase order lines")});
    RecordReferrers::add(QStringLiteral("units"),
                         {QStringLiteral("SELECT count(*) FROM supplier_prices WHERE unit_id = ?"),
                          QStringLiteral("supplier_prices"), QStringLiteral("supplier prices")});
    RecordReferrers::add(QStringLiteral("warehouses"),
                         {QStringLiteral("SELECT count(*) FROM purchase_orders WHERE warehouse_id = ?"),
                          QStringLiteral("purchase_orders"), QStringLiteral("purchase orders")});
}

// A supplier's code is unique in the organisation (case-insensitive).
void checkSupplier(const RecordValues &values, qint64 id, QList<FieldError> *errors)
{
    const QString code = values.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return;
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT 1 FROM suppliers WHERE lower(code) = lower(?) AND id <> ?"),
                                  {code, id});
    const bool taken = q.next();
    q.finish();
    if (taken)
        errors->append({QStringLiteral("code"), QStringLiteral("already_used"),
                        QStringLiteral("Another supplier already has the code %1.").arg(code)});
}

// CSV import of suppliers: codes unique in the organisation and the file.
HttpResponse importSuppliers(RequestContext &ctx)
{
    RecordImportSpec spec;
    spec.entity = &PurchasingEntities::suppliers();
    spec.plural = QStringLiteral("suppliers");
    for (const RecordField &f : spec.entity->fields)
        spec.columns << f.name;
    for (const RecordField &f : spec.entity->fields)
        if (f.required)
            spec.requiredColumns << f.name;
    spec.uniques = {{QStringLiteral("code"), QStringLiteral("SELECT lower(code) FROM suppliers")}};
    const qint64 user = ctx.principal.userId;
    spec.extraValues = [user](const RecordValues &) {
        return RecordValues {{QStringLiteral("created_by"), user}};
    };
    return RecordImport::respond(ctx, spec);
}

// ---- documentation (the limits are those the readers above check) ------------

using namespace ApiSchema;

QJsonObject orderLine()
{
    return object({{QStringLiteral("product_id"), id()},
                   {QStringLiteral("unit_id"), described(id(), QStringLiteral("By default the supplier price's or the "
                                                                              "product's stock unit"))},
                   {QStringLiteral("quantity"), decimal(3, 15)},
                   {QStringLiteral("unit_price"),
                    described(decimal(4, 15), QStringLiteral("By default the supplier's price for the quantity"))},
                   {QStringLiteral("tax_rate"),
                    described(decimal(2, 15), QStringLiteral("Percent; by default the organisation's rate"))},
                   {QStringLiteral("description"), nullable(text(1000))}},
                  {QStringLiteral("product_id"), QStringLiteral("quantity")});
}

QJsonObject orderBody(bool creating)
{
    Properties properties{{QStringLiteral("supplier_id"), id()},
                          {QStringLiteral("warehouse_id"), id()},
                          {QStringLiteral("currency"), described(currency(), QStringLiteral("By default the supplier's"))},
                          {QStringLiteral("order_date"), nullable(date())},
                          {QStringLiteral("expected_date"), nullable(date())},
                          {QStringLiteral("notes"), nullable(text(10000))},
                          {QStringLiteral("lines"), arrayOf(orderLine())}};
    if (!creating) {
        // Supplier and currency are fixed at creation.
        properties.removeAt(2);
        properties.removeAt(0);
    }
    return object(properties, creating ? QStringList{QStringLiteral("supplier_id"), QStringLiteral("warehouse_id")}
                                       : QStringList());
}

// The keys of an order that no field declares and no naming rule types.
Properties orderComputedFields()
{
    const QJsonObject band = object(
        {{QStringLiteral("rule_id"), id()},
         {QStringLiteral("from"), decimal(2, 15)},
         {QStringLiteral("to"), nullable(decimal(2, 15))},
         {QStringLiteral("approvers_needed"), integer(0)},
         {QStringLiteral("permission"), text(100)},
         {QStringLiteral("role_id"), nullable(id())},
         {QStringLiteral("role"), nullable(text(200))},
         {QStringLiteral("role_approvers_needed"), integer(0)}},
        {QStringLiteral("rule_id"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("approvers_needed"),
         QStringLiteral("permission"), QStringLiteral("role_id"), QStringLiteral("role"),
         QStringLiteral("role_approvers_needed")});
    return {{QStringLiteral("approval_band"),
             described(nullable(band), QStringLiteral("The approval rule that applied at submission; null on a draft"))},
            {QStringLiteral("receipt_tolerance_percent"),
             described(nullable(decimal(2, 3)), QStringLiteral("The organisation's receipt tolerance"))}};
}

QJsonObject orderRecord()
{
    const RecordEntity &orders = PurchasingEntities::purchaseOrders();
    return recordFromSql(orders.jsonSql, orders.fields, orderComputedFields());
}

RouteDoc orderActionDoc(const QString &name)
{
    QJsonObject body = object({});
    if (name == u"approve" || name == u"reject")
        body = object({{QStringLiteral("comment"), text(2000)}},
                      name == u"reject" ? QStringList{QStringLiteral("comment")} : QStringList());
    else if (name == u"cancel" || name == u"close_short")
        body = object({{QStringLiteral("reason"), text(1000)}},
                      name == u"close_short" ? QStringList{QStringLiteral("reason")} : QStringList());
    else if (name == u"receive")
        body = object({{QStringLiteral("lines"),
                        arrayOf(object({{QStringLiteral("line_id"), id()},
                                        {QStringLiteral("quantity"),
                                         described(decimal(3, 15), QStringLiteral("In the line's unit"))}},
                                       {QStringLiteral("line_id"), QStringLiteral("quantity")}))},
                       {QStringLiteral("note"), text(1000)}},
                      {QStringLiteral("lines")});
    RouteDoc d;
    d.optionalBody(body);
    d.requestOptional = body.value(QStringLiteral("required")).toArray().isEmpty();
    return d.withIfMatch()
        .returns(200, QStringLiteral("The order in its new state"), orderRecord(), {QStringLiteral("ETag")})
        .error(409);
}

} // namespace

void registerPurchasingRoutes(Router &router)
{
    declareReferrers();
    const RouteAccess view = RouteAccess::requires(P::PurchasingView);
    const RouteAccess edit = RouteAccess::requires(P::PurchasingEdit);
    const RouteAccess approve = RouteAccess::requires(P::PurchasingApprove);
    const RouteAccess receive = RouteAccess::requires(P::InventoryEdit);
    const QString tag = QStringLiteral("purchasing");

    RecordRoutes suppliers;
    suppliers.path = QStringLiteral("/api/v1/suppliers");
    suppliers.entity = &PurchasingEntities::suppliers();
    suppliers.noun = QStringLiteral("supplier");
    suppliers.listSummary
        = QStringLiteral("List suppliers (filter: currency, is_active; q: code, name, email; sort: name, code, contact_person, email, phone, currency, is_active, id)");
    suppliers.extraOnCreate = [](const RecordValues &, const RequestContext &ctx) {
        return RecordValues {{QStringLiteral("created_by"), ctx.principal.userId}};
    };
    suppliers.listSpec = [] {
        return ListSpec {
            PurchasingEntities::suppliers().jsonSql,
            QStringLiteral("suppliers s"),
            QStringLiteral("s.id"),
            {{QStringLiteral("id"), QStringLiteral("s.id"), ListField::Integer, true, false},
             {QStringLiteral("name"), QStringLiteral("lower(s.name)"), ListField::Text, true, false},
             {QStringLiteral("code"), QStringLiteral("lower(s.code)"), ListField::Text, true, false},
             {QStringLiteral("currency"), QStringLiteral("s.currency"), ListField::Text, true, true},
             {QStringLiteral("is_active"), QStringLiteral("s.is_active"), ListField::Boolean, true, true},
             {QStringLiteral("contact_person"), QStringLiteral("lower(coalesce(s.contact_person, ''))"),
              ListField::Text, true, false},
             {QStringLiteral("email"), QStringLiteral("lower(coalesce(s.email, ''))"), ListField::Text, true, false},
             {QStringLiteral("phone"), QStringLiteral("coalesce(s.phone, '')"), ListField::Text, true, false}},
            // Indexed generated column (migration 0010).
            {QStringLiteral("s.search_text")},
            QStringLiteral("name"),
            {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("contact_person"),
             QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("currency"),
             QStringLiteral("lead_time_days"), QStringLiteral("is_active")}};
    };
    suppliers.checkValues = checkSupplier;
    // Its supplier prices go with it (ON DELETE CASCADE).
    suppliers.deletable = true;
    suppliers.addTo(router, view, edit, tag);

    router.add("POST", QStringLiteral("/api/v1/suppliers/import"), edit, importSuppliers,
               QStringLiteral("Import suppliers from CSV (text/csv; the columns are the supplier's fields, code, "
                              "name and currency required); ?dry_run=true reports every bad row without importing; "
                              "otherwise all rows or none"),
               tag)
        .doc = RecordImport::documentation([] {
            QStringList columns;
            for (const RecordField &f : PurchasingEntities::suppliers().fields)
                columns << f.name;
            return columns;
        }());

    const RouteAccess manage = RouteAccess::requires(P::SettingsManage);
    router.add(
        "GET", QStringLiteral("/api/v1/settings"), manage,
        [](RequestContext &) { return recordResponse(readSettings()); },
        QStringLiteral("Read the organisation's settings (company, base currency, tax rate, order numbers, "
                       "stock rules)"),
        tag)
        .doc = ApiDocs::read(recordFromSql(settingsJsonSql(), settingsFields())).error(404);
    router.add("GET", QStringLiteral("/api/v1/settings/documents"), view, readDocumentSettings,
               QStringLiteral("Read what purchase orders need from the organisation's settings (company name, address "
                              "and tax id for the printed header, base currency, default tax rate, order number "
                              "prefix); read-only, for everyone who may read purchase orders"),
               tag)
        .doc = RouteDoc()
                   .returns(200, QStringLiteral("The settings a purchase order's document uses"),
                            recordFromSql(documentSettingsJsonSql(), settingsFields()))
                   .error(404);
    router.add("PATCH", QStringLiteral("/api/v1/settings"), manage, updateSettings,
               QStringLiteral("Change the organisation's settings (If-Match required)"), tag)
        .doc = ApiDocs::change(settingsFields(), recordFromSql(settingsJsonSql(), settingsFields())).error(404);

    RecordRoutes rates;
    rates.path = QStringLiteral("/api/v1/exchange-rates");
    rates.entity = &exchangeRates();
    rates.noun = QStringLiteral("exchange rate (base currency per unit of currency, from valid_on)");
    rates.listSummary = QStringLiteral("List exchange rates, newest first (filter: currency)");
    rates.extraOnCreate = [](const RecordValues &, const RequestContext &ctx) {
        return RecordValues {{QStringLiteral("created_by"), ctx.principal.userId}};
    };
    rates.listSpec = [] {
        return ListSpec {exchangeRates().jsonSql,
                         QStringLiteral("exchange_rates x"),
                         QStringLiteral("x.id"),
                         {{QStringLiteral("id"), QStringLiteral("x.id"), ListField::Integer, true, false},
                          {QStringLiteral("valid_on"), QStringLiteral("(x.valid_on - DATE '2000-01-01')"),
                           ListField::Integer, true, false},
                          {QStringLiteral("currency"), QStringLiteral("x.currency"), ListField::Text, false, true}},
                         {},
                         QStringLiteral("-valid_on"),
                         {QStringLiteral("currency"), QStringLiteral("valid_on"), QStringLiteral("rate")}};
    };
    rates.addTo(router, manage, manage, tag);

    RecordRoutes prices;
    prices.path = QStringLiteral("/api/v1/supplier-prices");
    prices.entity = &PurchasingEntities::supplierPrices();
    prices.noun = QStringLiteral("supplier price");
    prices.listSummary = QStringLiteral("List supplier prices (filter: supplier_id, product_id, currency)");
    prices.listSpec = [] {
        return ListSpec {
            PurchasingEntities::supplierPrices().jsonSql,
            QStringLiteral("supplier_prices sp"),
            QStringLiteral("sp.id"),
            {{QStringLiteral("id"), QStringLiteral("sp.id"), ListField::Integer, true, false},
             {QStringLiteral("supplier_id"), QStringLiteral("sp.supplier_id"), ListField::Integer, false, true},
             {QStringLiteral("product_id"), QStringLiteral("sp.product_id"), ListField::Integer, false, true},
             {QStringLiteral("currency"), QStringLiteral("sp.currency"), ListField::Text, false, true}},
            {},
            QStringLiteral("id"),
            {QStringLiteral("id"), QStringLiteral("supplier_name"), QStringLiteral("product_sku"),
             QStringLiteral("currency"), QStringLiteral("min_quantity"), QStringLiteral("unit_price")}};
    };
    prices.deletable = true;
    prices.addTo(router, view, edit, tag);

    router.add("GET", QStringLiteral("/api/v1/purchase-orders"), view, listOrders,
               QStringLiteral("List purchase orders, newest order date first (filter: state, supplier_id, "
                              "warehouse_id, created_by, currency, order_date_from/_to, awaiting_my_approval=true; "
                              "q: number; sort: order_date, number, created_at, id)"),
               tag)
        .doc = ApiDocs::list(orderListSpec(), orderComputedFields())
                   .query(queryParameter(QStringLiteral("order_date_from"), date(), QStringLiteral("Ordered on or after")))
                   .query(queryParameter(QStringLiteral("order_date_to"), date(), QStringLiteral("Ordered on or before")))
                   .query(queryParameter(QStringLiteral("awaiting_my_approval"), boolean(),
                                         QStringLiteral("true: submitted orders you may approve now")));
    router
        .add("POST", QStringLiteral("/api/v1/purchase-orders"), edit, createOrder,
             QStringLiteral("Create a draft purchase order with its lines; prices, tax and totals are filled in "
                            "and computed by the server"),
             tag)
        .documented(RouteDoc()
                        .body(orderBody(true),
                              QJsonObject{{QStringLiteral("supplier_id"), 1},
                                          {QStringLiteral("warehouse_id"), 1},
                                          {QStringLiteral("expected_date"), QStringLiteral("2026-03-15")},
                                          {QStringLiteral("lines"),
                                           QJsonArray{QJsonObject{{QStringLiteral("product_id"), 1},
                                                                  {QStringLiteral("quantity"), QStringLiteral("10")}}}}})
                        .returns(201, QStringLiteral("The draft with its computed lines and totals"), orderRecord(),
                                 {QStringLiteral("Location"), QStringLiteral("ETag")}))
        .idempotentCreate
        = true;
    router.add("GET", QStringLiteral("/api/v1/purchase-orders/{id:int}"), view, getOrder,
               QStringLiteral("Read a purchase order with its lines and approvals"), tag)
        .doc = ApiDocs::read(orderRecord());
    router.add("PATCH", QStringLiteral("/api/v1/purchase-orders/{id:int}"), edit, updateOrder,
               QStringLiteral("Change a draft's dates, warehouse, notes or (all of) its lines (If-Match required)"),
               tag)
        .doc = RouteDoc()
                   .body(orderBody(false))
                   .withIfMatch()
                   .returns(200, QStringLiteral("The changed draft"), orderRecord(), {QStringLiteral("ETag")})
                   .error(409);
    const struct
    {
        const char *name;
        Action action;
        RouteAccess access;
        const char *summary;
    } actions[] = {
        {"submit", Action::Submit, edit, "Submit a draft for approval (approved at once below the first band)"},
        // The service decides: the creator, or anyone with purchasing.edit.
        {"withdraw", Action::Withdraw, view, "Withdraw a submitted order back to draft (creator or purchasing.edit)"},
        {"approve", Action::Approve, approve, "Approve a submitted order (never the creator; optional comment)"},
        {"reject", Action::Reject, approve, "Reject a submitted order back to draft (comment required)"},
        {"order", Action::Order, edit, "Mark an approved order as sent to the supplier"},
        {"receive", Action::Receive, receive, "Receive goods: lines (line_id, quantity in the line's unit) and a note"},
        {"close_short", Action::CloseShort, receive, "End the open lines of a partially received order (reason)"},
        {"revise", Action::Revise, edit, "Take an approved or ordered order back to draft (approvals voided)"},
        {"cancel", Action::Cancel, edit, "Cancel an order (reason required once submitted)"},
        {"close", Action::Close, edit, "Close a received order"},
    };
    router.add("POST", QStringLiteral("/api/v1/purchase-orders/{id:int}/lines/{line_id:int}/close_short"), receive,
               closeLineShort,
               QStringLiteral("End one open line short with a reason (approved, ordered or partially received "
                              "orders); the order is received once every line is received or closed short"),
               tag)
        .doc = RouteDoc()
                   .body(object({{QStringLiteral("reason"), text(1000)}}, {QStringLiteral("reason")}))
                   .withIfMatch()
                   .returns(200, QStringLiteral("The order with the line closed short"), orderRecord(),
                            {QStringLiteral("ETag")})
                   .error(409);
    for (const auto &a : actions) {
        const Action action = a.action;
        const QString name = QLatin1String(a.name);
        router.add(
            "POST", QStringLiteral("/api/v1/purchase-orders/{id:int}/") + name, a.access,
            [action, name](RequestContext &ctx) { return orderAction(ctx, action, name); }, QLatin1String(a.summary),
            tag)
            .doc = orderActionDoc(name);
    }
}

} // namespace erp::server
