#include "server/purchasing/PurchaseOrderApproval.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/ApprovalBands.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderRefused.h"
#include "shared/PurchaseOrderTotals.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;
using erp::shared::PurchaseOrderWorkflow;
using State = PurchaseOrderWorkflow::State;
using Action = PurchaseOrderWorkflow::Action;

namespace {

const QString LockSql
    = QStringLiteral("SELECT state, created_by, supplier_id, currency, number, order_date, "
                     "coalesce(approval_band::text, '') FROM purchase_orders WHERE id = ? FOR UPDATE");
const QString LinesSql
    = QStringLiteral("SELECT l.id, l.quantity::text, l.unit_price::text, l.tax_rate::text, p.is_active, "
                     "l.line_net::text, l.line_tax::text "
                     "FROM purchase_order_lines l JOIN products p ON p.id = l.product_id "
                     "WHERE l.purchase_order_id = ? ORDER BY l.position");
const QString SupplierActiveSql = QStringLiteral("SELECT is_active FROM suppliers WHERE id = ?");
const QString StoreLineSql
    = QStringLiteral("UPDATE purchase_order_lines SET line_net = ?::numeric, line_tax = ?::numeric WHERE id = ?");
const QString SubmitSql = QStringLiteral(
    "UPDATE purchase_orders SET state = ?, subtotal = ?::numeric, tax_total = ?::numeric, total = ?::numeric, "
    "exchange_rate = ?::numeric, base_total = ?::numeric, approval_band = ?::jsonb, approvals_needed = ?, "
    "submitted_at = now(), approved_at = CASE WHEN ? THEN now() END, updated_at = now(), version = version + 1 "
    "WHERE id = ?");
const QString BackToDraftSql = QStringLiteral(
    "UPDATE purchase_orders SET state = 'draft', exchange_rate = NULL, base_total = NULL, approval_band = NULL, "
    "approvals_needed = NULL, submitted_at = NULL, approved_at = NULL, updated_at = now(), version = version + 1 "
    "WHERE id = ?");
const QString ApprovedSql = QStringLiteral("UPDATE purchase_orders SET state = 'approved', approved_at = now(), "
                                           "updated_at = now(), version = version + 1 WHERE id = ?");
const QString InsertDecisionSql = QStringLiteral(
    "INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, by_rule, decision, "
    "holds_band_role, comment) VALUES (?, ?, ?, ?, ?, ?, ?)");
const QString StandingSql = QStringLiteral(
    "SELECT count(*), count(*) FILTER (WHERE holds_band_role), count(*) FILTER (WHERE approver_id = ?) "
    "FROM purchase_order_approvals WHERE purchase_order_id = ? AND decision = 'approved' AND voided_at IS NULL");
const QString VoidSql = QStringLiteral("UPDATE purchase_order_approvals SET voided_at = now(), void_reason = ? "
                                       "WHERE purchase_order_id = ? AND voided_at IS NULL");
const QString HoldsPermissionSql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp "
                                                  "ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
                                                  "JOIN users u ON u.tenant_id = ur.tenant_id AND u.id = ur.user_id "
                                                  "WHERE ur.user_id = ? AND rp.permission = ? AND u.is_active)");
const QString HoldsRoleSql
    = QStringLiteral("SELECT EXISTS (SELECT 1 FROM user_roles WHERE user_id = ? AND role_id = ?)");
const QString InsertEventSql
    = QStringLiteral("INSERT INTO outbox_events (tenant_id, type, payload) VALUES (?, ?, ?::jsonb)");
// What submit judges, read in one statement after the order's lock (sent
// in one message with LockSql, as a statement of its own, so it sees what
// the lock's previous holder committed): the lines, whether the supplier is
// active, the base currency, the rate of the order date and the approval
// bands.
const QString SubmitContextByOrderSql = QStringLiteral(
    "SELECT (SELECT json_agg(json_build_array(l.id, l.quantity::text, l.unit_price::text, l.tax_rate::text, "
    "p.is_active, l.line_net::text, l.line_tax::text) ORDER BY l.position) "
    "FROM purchase_order_lines l JOIN products p ON p.id = l.product_id WHERE l.purchase_order_id = po.id)::text, "
    "coalesce((SELECT is_active FROM suppliers WHERE id = po.supplier_id), false), "
    "coalesce((SELECT base_currency FROM organisation_settings), 'EUR'), "
    "(SELECT rate::text FROM exchange_rates WHERE currency = po.currency AND valid_on <= po.order_date "
    "ORDER BY valid_on DESC LIMIT 1), "
    "%1::text FROM purchase_orders po WHERE po.id = ?").arg(ApprovalBands::jsonSql());
// The submitted (or at once approved) order, the approval by rule and the
// event in one statement; a submitted event names who may approve
// (ApproversSql's rule: holders of the band's permission, active, never the
// creator).
const QString SubmitWriteSql = QStringLiteral(
    "WITH o AS (UPDATE purchase_orders SET state = ?, subtotal = ?::numeric, tax_total = ?::numeric, "
    "total = ?::numeric, exchange_rate = ?::numeric, base_total = ?::numeric, approval_band = ?::jsonb, "
    "approvals_needed = ?, submitted_at = now(), approved_at = CASE WHEN ? THEN now() END, updated_at = now(), "
    "version = version + 1 WHERE id = ? RETURNING 1), "
    "d AS (INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, by_rule, decision, "
    "holds_band_role, comment) SELECT ?, ?, NULL, true, 'approved', false, NULL WHERE ? RETURNING 1), "
    "e AS (INSERT INTO outbox_events (tenant_id, type, payload) SELECT ?, ?, CASE WHEN ? THEN "
    "jsonb_set(?::jsonb, '{notify}', (SELECT coalesce(jsonb_agg(x.id ORDER BY x.id), '[]'::jsonb) FROM "
    "(SELECT DISTINCT au.id FROM users au JOIN user_roles ur ON ur.tenant_id = au.tenant_id AND ur.user_id = au.id "
    "JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    "WHERE rp.permission = ? AND au.is_active AND au.id <> ?) x)) ELSE ?::jsonb END RETURNING 1) "
    "SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM d), (SELECT count(*) FROM e)");
// Whether the caller may approve (the permission of the band stored with the
// order), whether they hold the band's role, and how the approvals stand.
// Sent in one message after LockSql, as a statement of its own, so it sees
// every approval committed before the lock was granted.
const QString StandingByOrderSql = QStringLiteral(
    "SELECT EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp "
    "ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    "JOIN users u ON u.tenant_id = ur.tenant_id AND u.id = ur.user_id "
    "WHERE ur.user_id = ? AND rp.permission = po.approval_band->>'permission' AND u.is_active), "
    "EXISTS (SELECT 1 FROM user_roles WHERE user_id = ? AND role_id = (po.approval_band->>'role_id')::bigint), "
    "s.n, s.r, s.mine "
    "FROM purchase_orders po, (SELECT count(*) AS n, count(*) FILTER (WHERE holds_band_role) AS r, "
    "count(*) FILTER (WHERE approver_id = ?) AS mine FROM purchase_order_approvals "
    "WHERE purchase_order_id = ? AND decision = 'approved' AND voided_at IS NULL) s WHERE po.id = ?");
// The approval, the order (approved when it is the last one needed) and the
// approved event in one statement. The order counts the approval here (its
// lock is held, so nobody else adds one); the approvals trigger recounts and
// leaves the row alone when the count is right.
const QString ApproveSql = QStringLiteral(
    "WITH d AS (INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, by_rule, decision, "
    "holds_band_role, comment) VALUES (?, ?, ?, false, 'approved', ?, ?) RETURNING 1), "
    "u AS (UPDATE purchase_orders SET state = CASE WHEN ? THEN 'approved' ELSE state END, "
    "approved_at = CASE WHEN ? THEN now() ELSE approved_at END, updated_at = now(), version = version + 1, "
    "approvals_given = approvals_given + 1 WHERE id = ? RETURNING 1), "
    "e AS (INSERT INTO outbox_events (tenant_id, type, payload) SELECT ?, 'purchase_order.approved', ?::jsonb "
    "WHERE ? RETURNING 1) "
    "SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM u), (SELECT count(*) FROM e)");
// Who may approve: active users holding the band's permission, never the creator.
const QString ApproversSql = QStringLiteral(
    "SELECT DISTINCT u.id FROM users u JOIN user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id "
    "JOIN role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
    "WHERE rp.permission = ? AND u.is_active AND u.id <> ? ORDER BY u.id");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString trimmedComment(const QString &comment)
{
    return comment.trimmed().left(2000);
}

// The order as LockSql reads it, from the query's current row.
PurchaseOrderApproval::LockedOrder lockedOrderFrom(const QSqlQuery &q)
{
    PurchaseOrderApproval::LockedOrder o;
    o.state = q.value(0).toString();
    o.createdBy = q.value(1).toLongLong();
    o.supplierId = q.value(2).toLongLong();
    o.currency = q.value(3).toString();
    o.number = q.value(4).toString();
    o.orderDate = q.value(5);
    o.band = q.value(6).toString();
    return o;
}

} // namespace

PurchaseOrderApproval::PurchaseOrderApproval(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

PurchaseOrderApproval::LockedOrder PurchaseOrderApproval::lock(qint64 orderId, const QString &action) const
{
    QSqlQuery &q = Database::exec(LockSql, {orderId});
    if (!q.next())
        throw PurchaseOrderRefused(QStringLiteral("unknown_order"), QStringLiteral("There is no such purchase order."));
    const LockedOrder o = lockedOrderFrom(q);
    q.finish();
    const auto state = PurchaseOrderWorkflow::stateFromName(o.state);
    const auto act = PurchaseOrderWorkflow::actionFromName(action);
    if (!state || !act || !PurchaseOrderWorkflow::isAllowed(*act, *state))
        throw PurchaseOrderConflict(action, o.state);
    return o;
}

bool PurchaseOrderApproval::holdsPermission(const QString &permission) const
{
    QSqlQuery &q = Database::exec(HoldsPermissionSql, {m_userId, permission});
    const bool holds = q.next() && q.value(0).toBool();
    q.finish();
    return holds;
}

bool PurchaseOrderApproval::holdsRole(qint64 roleId) const
{
    if (roleId <= 0)
        return false;
    QSqlQuery &q = Database::exec(HoldsRoleSql, {m_userId, roleId});
    const bool holds = q.next() && q.value(0).toBool();
    q.finish();
    return holds;
}

void PurchaseOrderApproval::voidApprovals(qint64 orderId, const QString &reason) const
{
    Database::exec(VoidSql, {reason, orderId}).finish();
}

QString PurchaseOrderApproval::eventPayload(const QString &type, qint64 orderId, const LockedOrder &order,
                                           const QString &state, bool readApprovers) const
{
    // Who is to be told is decided by the notification work from these facts:
    // the creator (approved, rejected) or who may approve (submitted: the band).
    QJsonObject payload {{QStringLiteral("purchase_order_id"), orderId},
                         {QStringLiteral("number"), order.number},
                         {QStringLiteral("state"), state},
                         {QStringLiteral("created_by"), order.createdBy},
                         {QStringLiteral("by"), m_userId}};
    const QJsonObject band = QJsonDocument::fromJson(order.band.toUtf8()).object();
    if (!order.band.isEmpty())
        payload.insert(QStringLiteral("approval_band"), band);
    // Whom to tell, as of this transaction: a submitted order those who may
    // approve it; a decision the order's creator.
    QJsonArray notify;
    if (type == u"purchase_order.submitted" && !readApprovers) {
        // Filled in by the statement that writes the event.
    } else if (type == u"purchase_order.submitted") {
        const QString permission = band.value(QStringLiteral("permission")).toString(QStringLiteral("purchasing.approve"));
        QSqlQuery &q = Database::exec(ApproversSql, {permission, order.createdBy});
        while (q.next())
            notify.append(q.value(0).toLongLong());
        q.finish();
    } else {
        notify.append(order.createdBy);
    }
    payload.insert(QStringLiteral("notify"), notify);
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void PurchaseOrderApproval::event(const QString &type, qint64 orderId, const LockedOrder &order,
                                  const QString &state) const
{
    Database::exec(InsertEventSql, {m_tenantId, type, eventPayload(type, orderId, order, state)}).finish();
}

std::optional<PurchaseOrderApproval::SubmitReading> PurchaseOrderApproval::readForSubmit(qint64 orderId) const
{
    std::optional<SubmitReading> reading;
    Transaction::executeInOne({{LockSql, {orderId}}, {SubmitContextByOrderSql, {orderId}}}, [&](int i, QSqlQuery &q) {
        if (!q.next())
            return;
        if (i == 0) {
            reading.emplace();
            reading->order = lockedOrderFrom(q);
        } else if (reading) {
            reading->lines = q.value(0).toString();
            reading->supplierActive = q.value(1).toBool();
            reading->baseCurrency = q.value(2).toString();
            reading->rate = q.value(3);
            reading->bands = q.value(4).toString();
        }
    });
    return reading;
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::submit(qint64 orderId)
{
    const auto reading = readForSubmit(orderId);
    if (!reading)
        throw PurchaseOrderRefused(QStringLiteral("unknown_order"), QStringLiteral("There is no such purchase order."));
    QList<SqlStatement> writes;
    const Outcome outcome = submit(orderId, *reading, &writes);
    Transaction::executeInOne(writes);
    return outcome;
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::submit(qint64 orderId, const SubmitReading &reading,
                                                             QList<SqlStatement> *writes)
{
    LockedOrder order = reading.order;
    const auto current = PurchaseOrderWorkflow::stateFromName(order.state);
    if (!current || !PurchaseOrderWorkflow::isAllowed(Action::Submit, *current))
        throw PurchaseOrderConflict(QStringLiteral("submit"), order.state);

    const QJsonArray lineRows = QJsonDocument::fromJson(reading.lines.toUtf8()).array();
    const bool supplierActive = reading.supplierActive;
    const QString baseCurrency = reading.baseCurrency;
    const std::optional<Decimal> rate = order.currency == baseCurrency
        ? std::optional<Decimal>(Decimal::fromInteger(1))
        : (reading.rate.isNull() ? std::nullopt : Decimal::parse(reading.rate.toString()));
    const QList<ApprovalBand> bands = ApprovalBands::fromJsonText(reading.bands);

    QList<qint64> lineIds;
    QList<QPair<Decimal, Decimal>> stored; // net, tax as stored
    QList<PurchaseOrderTotals::Line> lines;
    bool inactiveProduct = false;
    for (const QJsonValue &value : lineRows) {
        const QJsonArray row = value.toArray();
        lineIds.append(row.at(0).toInteger());
        lines.append({Decimal::parse(row.at(1).toString()).value_or(Decimal()),
                      Decimal::parse(row.at(2).toString()).value_or(Decimal()),
                      Decimal::parse(row.at(3).toString()).value_or(Decimal())});
        inactiveProduct = inactiveProduct || !row.at(4).toBool();
        stored.append({Decimal::parse(row.at(5).toString()).value_or(Decimal()),
                       Decimal::parse(row.at(6).toString()).value_or(Decimal())});
    }
    if (lines.isEmpty())
        throw PurchaseOrderRefused(QStringLiteral("no_lines"),
                                   QStringLiteral("An order needs at least one line to be submitted."));
    if (inactiveProduct)
        throw PurchaseOrderRefused(QStringLiteral("inactive_product"),
                                   QStringLiteral("A line orders a product that is no longer active."));
    if (!supplierActive)
        throw PurchaseOrderRefused(QStringLiteral("inactive_supplier"), QStringLiteral("The supplier is not active."));

    // The stored figures are recomputed here, never taken on trust.
    const PurchaseOrderTotals totals = PurchaseOrderTotals::compute(order.currency, lines);
    if (!totals.isValid())
        throw PurchaseOrderRefused(totals.problemCode(), totals.problemMessage());
    ApprovalBands::Problem problem = ApprovalBands::Problem::None;
    const auto decision = ApprovalBands::decideWith(bands, rate, totals.total(), &problem);
    if (!decision) {
        switch (problem) {
        case ApprovalBands::Problem::NoExchangeRate:
            throw PurchaseOrderRefused(
                QStringLiteral("no_exchange_rate"),
                QStringLiteral("There is no exchange rate for %1 on or before the order date.").arg(order.currency));
        case ApprovalBands::Problem::NoBand:
            throw PurchaseOrderRefused(QStringLiteral("no_approval_band"),
                                       QStringLiteral("No approval rule covers this order's total."));
        default:
            throw PurchaseOrderRefused(QStringLiteral("total_out_of_range"),
                                       QStringLiteral("The total in the base currency is out of range."));
        }
    }
    // Only the lines whose stored amounts differ are written (they agree
    // unless the rules or the data changed since the lines were stored).
    for (int i = 0; i < lineIds.size(); ++i)
        if (stored.at(i).first != totals.lines().at(i).net || stored.at(i).second != totals.lines().at(i).tax)
            writes->append({StoreLineSql,
                            {totals.lines().at(i).net.toString(), totals.lines().at(i).tax.toString(),
                             lineIds.at(i)}});
    const bool approvedAtOnce = decision->band.approversNeeded == 0;
    const QString state = PurchaseOrderWorkflow::stateName(approvedAtOnce ? State::Approved : State::Submitted);
    order.band = QString::fromUtf8(QJsonDocument(decision->band.toJson()).toJson(QJsonDocument::Compact));
    // Recorded as approved by rule when no approver is needed: no approver,
    // nobody's decision.
    const QString type
        = approvedAtOnce ? QStringLiteral("purchase_order.approved") : QStringLiteral("purchase_order.submitted");
    const QString payload = eventPayload(type, orderId, order, state, false);
    const QString permission = decision->band.permission;
    writes->append({SubmitWriteSql,
                    {state, totals.subtotal().toString(), totals.tax().toString(), totals.total().toString(),
                     decision->rate.toString(), decision->baseTotal.toString(), order.band,
                     decision->band.approversNeeded, approvedAtOnce, orderId, m_tenantId, orderId, approvedAtOnce,
                     m_tenantId, type, !approvedAtOnce, payload, permission, order.createdBy, payload}});
    if (approvedAtOnce)
        return {state, 1, 0};
    return {state, 0, decision->band.approversNeeded};
}

std::optional<PurchaseOrderApproval::ApprovalStanding> PurchaseOrderApproval::readForApproval(qint64 orderId) const
{
    std::optional<ApprovalStanding> standing;
    Transaction::executeInOne(
        {{LockSql, {orderId}}, {StandingByOrderSql, {m_userId, m_userId, m_userId, orderId, orderId}}},
        [&](int i, QSqlQuery &q) {
            if (!q.next())
                return;
            if (i == 0) {
                standing.emplace();
                standing->order = lockedOrderFrom(q);
            } else if (standing) {
                standing->approver = q.value(0).toBool();
                standing->holdsBandRole = q.value(1).toBool();
                standing->approvers = q.value(2).toInt();
                standing->holdingRole = q.value(3).toInt();
                standing->mine = q.value(4).toInt() > 0;
            }
        });
    return standing;
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::approve(qint64 orderId, const QString &comment)
{
    const auto standing = readForApproval(orderId);
    if (!standing)
        throw PurchaseOrderRefused(QStringLiteral("unknown_order"), QStringLiteral("There is no such purchase order."));
    SqlStatement write;
    const Outcome outcome = approve(orderId, *standing, comment, &write);
    Transaction::executeInOne({write});
    return outcome;
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::approve(qint64 orderId, const ApprovalStanding &standing,
                                                              const QString &comment, SqlStatement *write)
{
    const LockedOrder &order = standing.order;
    const auto state = PurchaseOrderWorkflow::stateFromName(order.state);
    if (!state || !PurchaseOrderWorkflow::isAllowed(Action::Approve, *state))
        throw PurchaseOrderConflict(QStringLiteral("approve"), order.state);
    if (order.createdBy == m_userId)
        throw PurchaseOrderRefused(QStringLiteral("creator_cannot_approve"),
                                   QStringLiteral("Nobody approves an order they created."));
    const auto band = ApprovalBand::fromJson(QJsonDocument::fromJson(order.band.toUtf8()).object());
    if (!band)
        throw PurchaseOrderRefused(QStringLiteral("no_approval_band"),
                                   QStringLiteral("The order has no approval band; submit it again."));
    const bool approver = standing.approver;
    const bool withRole = band->roleId > 0 && standing.holdsBandRole;
    const int approvers = standing.approvers;
    const int holdingRole = standing.holdingRole;
    const bool mine = standing.mine;
    if (!approver)
        throw PurchaseOrderRefused(
            QStringLiteral("not_an_approver"),
            QStringLiteral("Approving this order needs the permission %1.").arg(band->permission));
    if (mine)
        throw PurchaseOrderRefused(QStringLiteral("already_approved"),
                                   QStringLiteral("You have approved this order already; one person counts once."));
    if (!ApprovalBands::wouldCount(*band, approvers, holdingRole, withRole))
        throw PurchaseOrderRefused(
            QStringLiteral("role_required"),
            QStringLiteral("The remaining approval must come from someone with the role %1.").arg(band->roleName));
    const QString text = trimmedComment(comment);
    const int given = approvers + 1;
    const bool approved = ApprovalBands::isSatisfied(*band, given, holdingRole + (withRole ? 1 : 0));
    *write = {ApproveSql,
              {m_tenantId, orderId, m_userId, withRole, text.isEmpty() ? nullText() : QVariant(text), approved,
               approved, orderId, m_tenantId,
               approved ? eventPayload(QStringLiteral("purchase_order.approved"), orderId, order,
                                       QStringLiteral("approved"))
                        : nullText(),
               approved}};
    if (approved)
        return {QStringLiteral("approved"), given, band->approversNeeded};
    return {QStringLiteral("submitted"), given, band->approversNeeded};
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::reject(qint64 orderId, const QString &comment)
{
    const LockedOrder order = lock(orderId, QStringLiteral("reject"));
    if (order.createdBy == m_userId)
        throw PurchaseOrderRefused(QStringLiteral("creator_cannot_approve"),
                                   QStringLiteral("The creator withdraws an order rather than rejecting it."));
    const auto band = ApprovalBand::fromJson(QJsonDocument::fromJson(order.band.toUtf8()).object());
    if (!band || !holdsPermission(band->permission))
        throw PurchaseOrderRefused(QStringLiteral("not_an_approver"),
                                   QStringLiteral("Rejecting this order needs the permission to approve it."));
    const QString text = trimmedComment(comment);
    if (text.isEmpty())
        throw PurchaseOrderRefused(QStringLiteral("comment_required"),
                                   QStringLiteral("Say why the order is rejected."));
    voidApprovals(orderId, QStringLiteral("rejected"));
    Database::exec(InsertDecisionSql,
                   {m_tenantId, orderId, m_userId, false, QStringLiteral("rejected"), holdsRole(band->roleId), text})
        .finish();
    Database::exec(BackToDraftSql, {orderId}).finish();
    event(QStringLiteral("purchase_order.rejected"), orderId, order, QStringLiteral("draft"));
    return {QStringLiteral("draft"), 0, 0};
}

PurchaseOrderApproval::Outcome PurchaseOrderApproval::withdraw(qint64 orderId)
{
    const LockedOrder order = lock(orderId, QStringLiteral("withdraw"));
    if (order.createdBy != m_userId && !holdsPermission(QStringLiteral("purchasing.edit")))
        throw PurchaseOrderRefused(QStringLiteral("not_allowed"),
                                   QStringLiteral("Only the order's creator or a buyer withdraws it."));
    voidApprovals(orderId, QStringLiteral("withdrawn"));
    Database::exec(BackToDraftSql, {orderId}).finish();
    return {QStringLiteral("draft"), 0, 0};
}

} // namespace erp::server
