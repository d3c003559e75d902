#pragma once

#include "server/db/SqlStatement.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace erp::server {

// Submitting, approving, rejecting and withdrawing purchase orders, per
// PROCUREMENT.md. Every action locks the order row first, checks the state
// against PurchaseOrderWorkflow (PurchaseOrderConflict with the current state
// otherwise), then its own rules (PurchaseOrderRefused). Submit recomputes
// the totals with the shared rules, converts the total to the base currency
// at the rate of the order date, decides the approval band and stores it with
// the order; a band that needs nobody approves at once (recorded as approved
// by rule). The creator never approves; one person counts once; a band's
// role requirement keeps the last places for holders of the role. Approvals
// and rejections are recorded with approver, time and comment; rejecting and
// withdrawing void the approvals given so far. Events for the notifications
// are written in the same transaction. Works in the caller's transaction on
// this thread's connection (app.tenant_id set).
class PurchaseOrderApproval
{
public:
    PurchaseOrderApproval(qint64 tenantId, qint64 userId);

    struct Outcome
    {
        QString state;
        int approvalsGiven = 0; // standing approvals (by rule counts as the one needed)
        int approvalsNeeded = 0;
    };

    Outcome submit(qint64 orderId);
    Outcome approve(qint64 orderId, const QString &comment);

    struct LockedOrder
    {
        QString state;
        qint64 createdBy = 0;
        qint64 supplierId = 0;
        QString currency;
        QString number;
        QVariant orderDate;
        QString band; // JSON snapshot
    };
    // approve() in two steps, for a caller that sends the last write with
    // its own statements: the order locked and how its approvals stand
    // for the caller, read in one message (nothing: no such order); then
    // the decision, whose write goes to `write` instead of being run.
    struct ApprovalStanding
    {
        LockedOrder order;
        bool approver = false;     // holds the band's permission, active
        bool holdsBandRole = false;
        int approvers = 0;         // standing approvals
        int holdingRole = 0;       // of them by holders of the band's role
        bool mine = false;         // the caller's among them
    };
    std::optional<ApprovalStanding> readForApproval(qint64 orderId) const;
    Outcome approve(qint64 orderId, const ApprovalStanding &standing, const QString &comment, SqlStatement *write);

    // submit() in two steps, the same way: the order locked with what submit
    // judges (its lines, the supplier, the base currency, the rate, the
    // bands), then the decision, whose writes go to `writes` in order.
    struct SubmitReading
    {
        LockedOrder order;
        QString lines; // JSON rows
        bool supplierActive = false;
        QString baseCurrency;
        QVariant rate; // text, or null: no rate
        QString bands; // JSON
    };
    std::optional<SubmitReading> readForSubmit(qint64 orderId) const;
    Outcome submit(qint64 orderId, const SubmitReading &reading, QList<SqlStatement> *writes);
    Outcome reject(qint64 orderId, const QString &comment);
    Outcome withdraw(qint64 orderId);

private:
    LockedOrder lock(qint64 orderId, const QString &action) const;
    bool holdsPermission(const QString &permission) const;
    bool holdsRole(qint64 roleId) const;
    void voidApprovals(qint64 orderId, const QString &reason) const;
    // readApprovers false: a submitted event's notify list is left for the
    // statement that writes the event.
    QString eventPayload(const QString &type, qint64 orderId, const LockedOrder &order, const QString &state,
                         bool readApprovers = true) const;
    void event(const QString &type, qint64 orderId, const LockedOrder &order, const QString &state) const;

    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
