#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace erp::shared {

// The purchase-order state machine of PROCUREMENT.md as data: which action
// may run from which states, where it can lead and who may run it. The
// server's action routes check against it (anything else is 409 with the
// current state), the client shows only the actions it allows, and the tests
// walk it to try every transition, allowed and refused.
class PurchaseOrderWorkflow
{
public:
    enum class State { Draft, Submitted, Approved, Ordered, PartiallyReceived, Received, Closed, Cancelled };
    enum class Action { Submit, Withdraw, Approve, Reject, Order, Receive, CloseShort, Revise, Cancel, Close };

    // How a reason (comment) is asked for.
    enum class Reason { Optional, Required, RequiredAfterDraft };

    struct Transition
    {
        Action action;
        QList<State> from;
        QList<State> to; // more than one: the action's outcome decides
        QString permission; // the permission a caller needs (see also the notes in the .cpp)
        Reason reason;
    };

    static const QList<Transition> &transitions();
    static const Transition &transition(Action action);
    static bool isAllowed(Action action, State from);
    static QList<Action> allowedActions(State from);
    // True where the order can be changed no more (closed, cancelled).
    static bool isFinal(State state);
    // Whether an action from this state needs a non-empty reason.
    static bool needsReason(Action action, State from);

    static QList<State> allStates();
    static QList<Action> allActions();
    // Names as the API and the database spell them: "partially_received",
    // "close_short".
    static QString stateName(State state);
    static QString actionName(Action action);
    static std::optional<State> stateFromName(const QString &name);
    static std::optional<Action> actionFromName(const QString &name);
};

} // namespace erp::shared
