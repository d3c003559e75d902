// The purchase-order state machine as data: every action from every state,
// allowed or refused, against the table of PROCUREMENT.md typed out again
// here (not read from the code under test).
#include "shared/Permissions.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using erp::shared::PurchaseOrderWorkflow;
using State = PurchaseOrderWorkflow::State;
using Action = PurchaseOrderWorkflow::Action;

namespace {

struct Row
{
    QString action;
    QStringList from;
    QStringList to;
    QString permission;
};

// PROCUREMENT.md, "Purchase-order states".
const QList<Row> &documentTable()
{
    static const QList<Row> rows = {
        {u"submit"_s, {u"draft"_s}, {u"submitted"_s, u"approved"_s}, u"purchasing.edit"_s},
        {u"withdraw"_s, {u"submitted"_s}, {u"draft"_s}, u"purchasing.edit"_s},
        {u"approve"_s, {u"submitted"_s}, {u"submitted"_s, u"approved"_s}, u"purchasing.approve"_s},
        {u"reject"_s, {u"submitted"_s}, {u"draft"_s}, u"purchasing.approve"_s},
        {u"order"_s, {u"approved"_s}, {u"ordered"_s}, u"purchasing.edit"_s},
        {u"receive"_s,
         {u"approved"_s, u"ordered"_s, u"partially_received"_s},
         {u"partially_received"_s, u"received"_s},
         u"inventory.edit"_s},
        {u"close_short"_s, {u"partially_received"_s}, {u"received"_s}, u"inventory.edit"_s},
        {u"revise"_s, {u"approved"_s, u"ordered"_s}, {u"draft"_s}, u"purchasing.edit"_s},
        {u"cancel"_s,
         {u"draft"_s, u"submitted"_s, u"approved"_s, u"ordered"_s},
         {u"cancelled"_s},
         u"purchasing.edit"_s},
        {u"close"_s, {u"received"_s}, {u"closed"_s}, u"purchasing.edit"_s},
    };
    return rows;
}

const QStringList AllStates = {u"draft"_s,    u"submitted"_s, u"approved"_s, u"ordered"_s, u"partially_received"_s,
                               u"received"_s, u"closed"_s,    u"cancelled"_s};

} // namespace

class TestPurchaseOrderWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void everyActionFromEveryState_data();
    void everyActionFromEveryState();
    void targetsAndPermissions();
    void reasons();
    void finalStates();
};

void TestPurchaseOrderWorkflow::namesRoundTrip()
{
    QCOMPARE(PurchaseOrderWorkflow::allStates().size(), AllStates.size());
    for (const QString &name : AllStates) {
        const auto state = PurchaseOrderWorkflow::stateFromName(name);
        QVERIFY2(state.has_value(), qPrintable(name));
        QCOMPARE(PurchaseOrderWorkflow::stateName(*state), name);
    }
    QCOMPARE(PurchaseOrderWorkflow::allActions().size(), documentTable().size());
    QCOMPARE(PurchaseOrderWorkflow::transitions().size(), documentTable().size());
    for (const Row &row : documentTable()) {
        const auto action = PurchaseOrderWorkflow::actionFromName(row.action);
        QVERIFY2(action.has_value(), qPrintable(row.action));
        QCOMPARE(PurchaseOrderWorkflow::actionName(*action), row.action);
    }
    QVERIFY(!PurchaseOrderWorkflow::stateFromName(u"Draft"_s));
    QVERIFY(!PurchaseOrderWorkflow::actionFromName(u"delete"_s));
    QVERIFY(!PurchaseOrderWorkflow::actionFromName(QString()));
}

void TestPurchaseOrderWorkflow::everyActionFromEveryState_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("allowed");
    for (const Row &row : documentTable())
        for (const QString &state : AllStates)
            QTest::newRow(qPrintable(row.action + u" from "_s + state))
                << row.action << state << row.from.contains(state);
}

void TestPurchaseOrderWorkflow::everyActionFromEveryState()
{
    QFETCH(QString, action);
    QFETCH(QString, state);
    QFETCH(bool, allowed);
    const Action a = *PurchaseOrderWorkflow::actionFromName(action);
    const State s = *PurchaseOrderWorkflow::stateFromName(state);
    QCOMPARE(PurchaseOrderWorkflow::isAllowed(a, s), allowed);
    QCOMPARE(PurchaseOrderWorkflow::allowedActions(s).contains(a), allowed);
}

void TestPurchaseOrderWorkflow::targetsAndPermissions()
{
    for (const Row &row : documentTable()) {
        const auto &t = PurchaseOrderWorkflow::transition(*PurchaseOrderWorkflow::actionFromName(row.action));
        QStringList to;
        for (State s : t.to)
            to << PurchaseOrderWorkflow::stateName(s);
        QCOMPARE(to, row.to);
        QCOMPARE(t.permission, row.permission);
        QVERIFY(erp::shared::isKnownPermission(t.permission));
    }
}

void TestPurchaseOrderWorkflow::reasons()
{
    // Reject needs a comment; cancel a reason once submitted; close short a reason.
    QVERIFY(PurchaseOrderWorkflow::needsReason(Action::Reject, State::Submitted));
    QVERIFY(!PurchaseOrderWorkflow::needsReason(Action::Approve, State::Submitted));
    QVERIFY(!PurchaseOrderWorkflow::needsReason(Action::Cancel, State::Draft));
    QVERIFY(PurchaseOrderWorkflow::needsReason(Action::Cancel, State::Submitted));
    QVERIFY(PurchaseOrderWorkflow::needsReason(Action::Cancel, State::Approved));
    QVERIFY(PurchaseOrderWorkflow::needsReason(Action::Cancel, State::Ordered));
    QVERIFY(PurchaseOrderWorkflow::needsReason(Action::CloseShort, State::PartiallyReceived));
    QVERIFY(!PurchaseOrderWorkflow::needsReason(Action::Submit, State::Draft));
}

void TestPurchaseOrderWorkflow::finalStates()
{
    QVERIFY(PurchaseOrderWorkflow::isFinal(State::Closed));
    QVERIFY(PurchaseOrderWorkflow::isFinal(State::Cancelled));
    for (State s :
         {State::Draft, State::Submitted, State::Approved, State::Ordered, State::PartiallyReceived, State::Received})
        QVERIFY(!PurchaseOrderWorkflow::isFinal(s));
}

QTEST_GUILESS_MAIN(TestPurchaseOrderWorkflow)
#include "tst_purchaseorderworkflow.moc"
