#pragma once

#include <QCoreApplication>
#include <QString>

namespace erp::client {

// Purchasing's words shared by its pages, dialogs and printouts: order
// states and actions as the user reads them, and the API's refusal codes
// worded for a clerk. Numbers and dates go through LocaleFormat.
class PurchasingText
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::PurchasingText)

public:
    // "draft", "partially_received", ... as shown in lists and forms.
    static QString orderState(const QString &state);
    // The button/menu text of an action ("submit", "close_short", ...).
    static QString actionText(const QString &action);
    // What went wrong, for the action codes the purchasing routes answer
    // (invalid_state, creator_cannot_approve, no_exchange_rate, ...); empty
    // when the code is not one of them (use ErrorText then).
    static QString refusal(const QString &code);
    // The translated text of a PurchaseOrderTotals problem code
    // ("line_amount_too_large", ...).
    static QString totalsProblem(const QString &code);
    // An API decimal without the column's padding ("0.0500" -> "0.05" with
    // minScale 2, "1.000" -> "1"), to show or edit it as a person writes it.
    static QString trimmedDecimal(const QString &apiDecimal, int minScale = 0);
};

} // namespace erp::client
