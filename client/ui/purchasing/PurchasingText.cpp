#include "client/ui/purchasing/PurchasingText.h"

#include "client/core/LocaleFormat.h"

using namespace Qt::StringLiterals;

namespace erp::client {

QString PurchasingText::orderState(const QString &state)
{
    if (state == u"draft"_s)
        return tr("Draft");
    if (state == u"submitted"_s)
        return tr("Awaiting approval");
    if (state == u"approved"_s)
        return tr("Approved");
    if (state == u"ordered"_s)
        return tr("Ordered");
    if (state == u"partially_received"_s)
        return tr("Partially received");
    if (state == u"received"_s)
        return tr("Received");
    if (state == u"closed"_s)
        return tr("Closed");
    if (state == u"cancelled"_s)
        return tr("Cancelled");
    return state;
}

QString PurchasingText::actionText(const QString &action)
{
    if (action == u"submit"_s)
        return tr("Submit for Approval");
    if (action == u"withdraw"_s)
        return tr("Withdraw");
    if (action == u"approve"_s)
        return tr("Approve");
    if (action == u"reject"_s)
        return tr("Reject…");
    if (action == u"order"_s)
        return tr("Mark as Ordered");
    if (action == u"receive"_s)
        return tr("Receive…");
    if (action == u"close_short"_s)
        return tr("Close Short…");
    if (action == u"close_line_short"_s)
        return tr("Close Line Short…");
    if (action == u"revise"_s)
        return tr("Revise");
    if (action == u"cancel"_s)
        return tr("Cancel Order…");
    if (action == u"close"_s)
        return tr("Close Order");
    return action;
}

QString PurchasingText::refusal(const QString &code)
{
    if (code == u"invalid_state"_s)
        return tr("The order is no longer in a state that allows this; someone may have changed it. "
                  "It has been reloaded.");
    if (code == u"creator_cannot_approve"_s)
        return tr("You created this order, so you cannot approve or reject it; another approver must.");
    if (code == u"already_approved"_s)
        return tr("You have already approved this order; it waits for another approver.");
    if (code == u"not_an_approver"_s)
        return tr("The approval rule for this order's amount does not allow you to approve it.");
    if (code == u"not_allowed"_s)
        return tr("Only the order's creator or a buyer may withdraw it.");
    if (code == u"no_lines"_s)
        return tr("An order needs at least one line before it can be submitted.");
    if (code == u"inactive_product"_s)
        return tr("A line refers to a product that is no longer active.");
    if (code == u"inactive_supplier"_s)
        return tr("The supplier is no longer active.");
    if (code == u"no_exchange_rate"_s)
        return tr("There is no exchange rate for the order's currency on or before its order date. "
                  "Ask an administrator to enter one, then submit again.");
    if (code == u"no_approval_band"_s || code == u"total_out_of_range"_s)
        return tr("No approval rule covers this order's total. Ask an administrator to check the approval rules.");
    if (code == u"comment_required"_s)
        return tr("Please give a reason for rejecting the order.");
    if (code == u"reason_required"_s)
        return tr("Please give a reason.");
    if (code == u"line_not_open"_s)
        return tr("This line is already fully received or closed short.");
    if (code == u"nothing_received"_s)
        return tr("Nothing has been received on this order yet, so its last open line cannot be closed short; "
                  "cancel the order instead.");
    const QString totals = totalsProblem(code);
    return totals;
}

QString PurchasingText::totalsProblem(const QString &code)
{
    if (code == u"unknown_currency"_s)
        return tr("The currency is not one the product knows.");
    if (code == u"quantity_not_positive"_s)
        return tr("The quantity must be more than zero.");
    if (code == u"quantity_too_precise"_s)
        return tr("A quantity has at most 3 decimals.");
    if (code == u"quantity_too_large"_s)
        return tr("The quantity is too large.");
    if (code == u"unit_price_negative"_s)
        return tr("The unit price cannot be negative.");
    if (code == u"unit_price_too_precise"_s)
        return tr("A unit price has at most 4 decimals.");
    if (code == u"unit_price_too_large"_s)
        return tr("The unit price is too large.");
    if (code == u"tax_rate_out_of_range"_s)
        return tr("The tax rate must be between 0 and 100 %.");
    if (code == u"tax_rate_too_precise"_s)
        return tr("A tax rate has at most 2 decimals.");
    if (code == u"line_amount_too_large"_s)
        return tr("A line amount is above %1.").arg(LocaleFormat::decimal(u"999999999999.99"_s));
    if (code == u"total_too_large"_s)
        return tr("The order total is above %1.").arg(LocaleFormat::decimal(u"999999999999.99"_s));
    if (code == u"unit_price_required"_s)
        return tr("The supplier lists no price for this product and unit; please enter the unit price.");
    if (code == u"unit_not_of_product"_s)
        return tr("The unit is not one the product is counted in.");
    if (code == u"not_exact_in_stock_unit"_s)
        return tr("The quantity cannot be converted exactly into the product's stock unit.");
    return QString();
}

QString PurchasingText::trimmedDecimal(const QString &apiDecimal, int minScale)
{
    const int point = apiDecimal.indexOf(u'.');
    if (point < 0)
        return apiDecimal;
    QString text = apiDecimal;
    while (text.size() - point - 1 > minScale && text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace erp::client
