#include "shared/PurchaseOrderWorkflow.h"

#include "shared/Permissions.h"

namespace erp::shared {

using S = PurchaseOrderWorkflow::State;
using A = PurchaseOrderWorkflow::Action;
using R = PurchaseOrderWorkflow::Reason;

const QList<PurchaseOrderWorkflow::Transition> &PurchaseOrderWorkflow::transitions()
{
    // The table of PROCUREMENT.md, row for row. Rules beyond the table live
    // with the service: withdraw is also open to the order's creator;
    // approve and reject are narrowed further by the order's approval band
    // and never open to the creator; "ordered (nothing received)" needs no
    // extra check because a receipt moves the order to partially_received.
    static const QList<Transition> table = {
        {A::Submit, {S::Draft}, {S::Submitted, S::Approved}, QLatin1String(Permission::PurchasingEdit), R::Optional},
        {A::Withdraw, {S::Submitted}, {S::Draft}, QLatin1String(Permission::PurchasingEdit), R::Optional},
        {A::Approve,
         {S::Submitted},
         {S::Submitted, S::Approved},
         QLatin1String(Permission::PurchasingApprove),
         R::Optional},
        {A::Reject, {S::Submitted}, {S::Draft}, QLatin1String(Permission::PurchasingApprove), R::Required},
        {A::Order, {S::Approved}, {S::Ordered}, QLatin1String(Permission::PurchasingEdit), R::Optional},
        {A::Receive,
         {S::Approved, S::Ordered, S::PartiallyReceived},
         {S::PartiallyReceived, S::Received},
         QLatin1String(Permission::InventoryEdit),
         R::Optional},
        {A::CloseShort, {S::PartiallyReceived}, {S::Received}, QLatin1String(Permission::InventoryEdit), R::Required},
        {A::Revise, {S::Approved, S::Ordered}, {S::Draft}, QLatin1String(Permission::PurchasingEdit), R::Optional},
        {A::Cancel,
         {S::Draft, S::Submitted, S::Approved, S::Ordered},
         {S::Cancelled},
         QLatin1String(Permission::PurchasingEdit),
         R::RequiredAfterDraft},
        {A::Close, {S::Received}, {S::Closed}, QLatin1String(Permission::PurchasingEdit), R::Optional},
    };
    return table;
}

const PurchaseOrderWorkflow::Transition &PurchaseOrderWorkflow::transition(Action action)
{
    for (const Transition &t : transitions())
        if (t.action == action)
            return t;
    // Every enumerator has a row (tst_purchaseorderworkflow checks it).
    Q_UNREACHABLE();
}

bool PurchaseOrderWorkflow::isAllowed(Action action, State from)
{
    return transition(action).from.contains(from);
}

QList<PurchaseOrderWorkflow::Action> PurchaseOrderWorkflow::allowedActions(State from)
{
    QList<Action> actions;
    for (const Transition &t : transitions())
        if (t.from.contains(from))
            actions.append(t.action);
    return actions;
}

bool PurchaseOrderWorkflow::isFinal(State state)
{
    return allowedActions(state).isEmpty();
}

bool PurchaseOrderWorkflow::needsReason(Action action, State from)
{
    switch (transition(action).reason) {
    case Reason::Optional:
        return false;
    case Reason::Required:
        return true;
    case Reason::RequiredAfterDraft:
        return from != State::Draft;
    }
    return false;
}

QList<PurchaseOrderWorkflow::State> PurchaseOrderWorkflow::allStates()
{
    return {S::Draft,    S::Submitted, S::Approved, S::Ordered, S::PartiallyReceived,
            S::Received, S::Closed,    S::Cancelled};
}

QList<PurchaseOrderWorkflow::Action> PurchaseOrderWorkflow::allActions()
{
    return {A::Submit,  A::Withdraw,   A::Approve, A::Reject, A::Order,
            A::Receive, A::CloseShort, A::Revise,  A::Cancel, A::Close};
}

QString PurchaseOrderWorkflow::stateName(State state)
{
    switch (state) {
    case S::Draft:
        return QStringLiteral("draft");
    case S::Submitted:
        return QStringLiteral("submitted");
    case S::Approved:
        return QStringLiteral("approved");
    case S::Ordered:
        return QStringLiteral("ordered");
    case S::PartiallyReceived:
        return QStringLiteral("partially_received");
    case S::Received:
        return QStringLiteral("received");
    case S::Closed:
        return QStringLiteral("closed");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString PurchaseOrderWorkflow::actionName(Action action)
{
    switch (action) {
    case A::Submit:
        return QStringLiteral("submit");
    case A::Withdraw:
        return QStringLiteral("withdraw");
    case A::Approve:
        return QStringLiteral("approve");
    case A::Reject:
        return QStringLiteral("reject");
    case A::Order:
        return QStringLiteral("order");
    case A::Receive:
        return QStringLiteral("receive");
    case A::CloseShort:
        return QStringLiteral("close_short");
    case A::Revise:
        return QStringLiteral("revise");
    case A::Cancel:
        return QStringLiteral("cancel");
    case A::Close:
        return QStringLiteral("close");
    }
    return {};
}

std::optional<PurchaseOrderWorkflow::State> PurchaseOrderWorkflow::stateFromName(const QString &name)
{
    for (State s : allStates())
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<PurchaseOrderWorkflow::Action> PurchaseOrderWorkflow::actionFromName(const QString &name)
{
    for (Action a : allActions())
        if (actionName(a) == name)
            return a;
    return std::nullopt;
}

} // namespace erp::shared
