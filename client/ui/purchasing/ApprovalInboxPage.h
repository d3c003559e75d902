#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/purchasing/RejectOrderDialog.h"

#include <QMessageBox>
#include <QPointer>

class QLabel;

namespace erp::client {

// Purchasing > Approval Inbox: the submitted orders the signed-in user may
// approve now (the server's awaiting_my_approval filter: not their own, a
// band they may approve, not approved by them yet), with the band that
// applies and the approvals so far. Approve or reject from the list without
// opening an order; several selected orders are approved after one
// confirmation that shows how many and their total. Each order's answer is
// shown in words (someone else was quicker, the creator cannot approve...)
// and the list refreshes.
class ApprovalInboxPage : public ListPage
{
    Q_OBJECT

public:
    explicit ApprovalInboxPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    // The orders selected in the list (whole items).
    QList<QJsonObject> selectedOrders() const;
    // Asks for confirmation (count and total), then approves the selection.
    QMessageBox *approveSelected();
    // Asks for the reason, then rejects the selection.
    RejectOrderDialog *rejectSelected();
    QMessageBox *confirmation() const { return m_confirmation; }
    RejectOrderDialog *rejectDialog() const { return m_rejectDialog; }
    // One line per order of the last approve/reject, in the user's words.
    QStringList lastOutcomes() const { return m_outcomes; }
    QLabel *outcomeLabel() const { return m_outcomeLabel; }

    // "1.000,00 – 10.000,00 EUR, 1 approver" for an order's approval_band.
    static QString bandText(const QJsonObject &order);
    // What a refusal of approve/reject means for this order, in clerk words.
    static QString refusalText(const QJsonObject &order, const ApiError &error);
    static QString stateText(const QString &state);

Q_SIGNALS:
    // Every request of an approve/reject run has answered.
    void decisionsFinished(int succeeded, int failed);

protected:
    void retranslate() override;

private:
    void decide(const QList<QJsonObject> &orders, const QString &action, const QString &comment);
    void updateActions();
    void showOutcomes(int succeeded, int failed);

    QAction *m_approve;
    QAction *m_reject;
    QLabel *m_outcomeLabel;
    QPointer<QMessageBox> m_confirmation;
    QPointer<RejectOrderDialog> m_rejectDialog;
    QStringList m_outcomes;
    int m_pending = 0;
    bool m_canApprove;
};

} // namespace erp::client
