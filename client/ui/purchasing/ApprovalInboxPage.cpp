#include "client/ui/purchasing/ApprovalInboxPage.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/purchasing/RejectOrderDialog.h"
#include "shared/Decimal.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {

qint64 idOf(const QJsonObject &o)
{
    return jsonId(o.value(u"id"_s));
}

// Σ of decimal strings per currency, exact.
QMap<QString, Decimal> sumsByCurrency(const QList<QJsonObject> &orders, const QString &amountKey,
                                      const QString &currencyKey)
{
    QMap<QString, Decimal> sums;
    for (const QJsonObject &o : orders) {
        const auto amount = Decimal::parse(o.value(amountKey).toString());
        if (!amount)
            continue;
        const QString currency = o.value(currencyKey).toString();
        sums[currency] = sums.value(currency).added(*amount).value_or(sums.value(currency));
    }
    return sums;
}

QString joinSums(const QMap<QString, Decimal> &sums)
{
    QStringList parts;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        parts << LocaleFormat::amount(it.value().toString(), it.key());
    return parts.join(u" + "_s);
}

} // namespace

ApprovalInboxPage::ApprovalInboxPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/purchase-orders"_s, parent)
    , m_canApprove(api->session()->hasPermission(P::PurchasingApprove))
{
    model()->setFilter(u"awaiting_my_approval"_s, u"true"_s);
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_approve = new QAction(this);
    m_approve->setObjectName(u"approveAction"_s);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_approve, &QAction::triggered, this, &ApprovalInboxPage::approveSelected);
    m_reject = new QAction(this);
    m_reject->setObjectName(u"rejectAction"_s);
    connect(m_reject, &QAction::triggered, this, &ApprovalInboxPage::rejectSelected);
    addAction(m_approve);
    addPageAction(m_approve);
    addPageAction(m_reject);

    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(u"outcomeLabel"_s);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextFormat(Qt::PlainText);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel->hide();
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, m_outcomeLabel);

    setDefaultSort(u"-order_date"_s);
    setExportBaseName(u"approval-inbox"_s);
    retranslate();

    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalInboxPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &ApprovalInboxPage::updateActions);
    updateActions();
}

QString ApprovalInboxPage::title() const
{
    return tr("Approval Inbox");
}

QString ApprovalInboxPage::stateText(const QString &state)
{
    if (state == u"draft")
        return tr("a draft again");
    if (state == u"submitted")
        return tr("waiting for approval");
    if (state == u"approved")
        return tr("approved");
    if (state == u"ordered")
        return tr("ordered");
    if (state == u"partially_received")
        return tr("partially received");
    if (state == u"received")
        return tr("received");
    if (state == u"closed")
        return tr("closed");
    if (state == u"cancelled")
        return tr("cancelled");
    return state;
}

QString ApprovalInboxPage::bandText(const QJsonObject &order)
{
    const QJsonObject band = order.value(u"approval_band"_s).toObject();
    if (band.isEmpty())
        return {};
    const QString currency = order.value(u"base_currency"_s).toString();
    const QString from = LocaleFormat::amount(band.value(u"from"_s).toString(), currency);
    const QString range = band.value(u"to"_s).isNull()
        ? tr("%1 and above").arg(from)
        : tr("%1 to under %2").arg(from, LocaleFormat::amount(band.value(u"to"_s).toString(), currency));
    const int needed = band.value(u"approvers_needed"_s).toInt();
    QString text = tr("%1: %n approver(s)", nullptr, needed).arg(range);
    const QString role = band.value(u"role"_s).toString();
    if (!role.isEmpty())
        text += tr(", %n with the role “%1”", nullptr, qMax(1, band.value(u"role_approvers_needed"_s).toInt()))
                    .arg(role);
    return text;
}

QString ApprovalInboxPage::refusalText(const QJsonObject &order, const ApiError &error)
{
    const QString number = order.value(u"number"_s).toString();
    const QString code = error.code();
    if (error.httpStatus() == 409 && code == u"invalid_state") {
        const auto state = error.fieldErrorsFor(u"state"_s);
        return tr("%1: someone else has already dealt with this order; it is now %2.")
            .arg(number, stateText(state.isEmpty() ? QString() : state.first().code));
    }
    if (code == u"creator_cannot_approve")
        return tr("%1: you created this order, so someone else has to approve it.").arg(number);
    if (code == u"not_an_approver")
        return tr("%1: approving an order of this amount needs a permission you do not have.").arg(number);
    if (code == u"already_approved")
        return tr("%1: you have approved this order already; it needs another approver.").arg(number);
    if (code == u"role_required")
        return tr("%1: the approval still missing must come from someone with the role “%2”.")
            .arg(number, order.value(u"approval_band"_s).toObject().value(u"role"_s).toString());
    if (error.httpStatus() == 404)
        return tr("%1: this order no longer exists.").arg(number);
    if (error.httpStatus() == 422 && !error.fieldErrorsFor(u"comment"_s).isEmpty())
        return tr("%1: a rejection needs a reason.").arg(number);
    return tr("%1: %2").arg(number, ErrorText::forError(error));
}

void ApprovalInboxPage::retranslate()
{
    auto amount = [](const QString &key, const QString &title, const QString &currencyKey) {
        auto c = ListColumn::text(key, title);
        c.alignment = Qt::AlignRight | Qt::AlignVCenter;
        c.format = [key, currencyKey](const QJsonObject &o) -> QVariant {
            return LocaleFormat::amount(o.value(key).toString(), o.value(currencyKey).toString());
        };
        return c;
    };
    auto band = ListColumn::text(u"approval_band"_s, tr("Approval Rule"));
    band.format = [](const QJsonObject &o) -> QVariant { return bandText(o); };
    band.data = [](const QJsonObject &o, int role) -> QVariant {
        return role == Qt::ToolTipRole ? QVariant(bandText(o)) : QVariant();
    };
    auto approvals = ListColumn::text(u"approvals_given"_s, tr("Approvals"));
    approvals.alignment = Qt::AlignCenter;
    approvals.format = [](const QJsonObject &o) -> QVariant {
        return tr("%1 of %2")
            .arg(LocaleFormat::count(o.value(u"approvals_given"_s).toInteger()),
                 LocaleFormat::count(o.value(u"approvals_needed"_s).toInteger()));
    };
    auto date = ListColumn::text(u"order_date"_s, tr("Order Date"), u"order_date"_s);
    date.format = [](const QJsonObject &o) -> QVariant { return LocaleFormat::date(o.value(u"order_date"_s).toString()); };
    setColumns({ListColumn::text(u"number"_s, tr("Number"), u"number"_s),
                ListColumn::text(u"supplier_name"_s, tr("Supplier")),
                ListColumn::text(u"created_by_name"_s, tr("Created By")), date,
                amount(u"total"_s, tr("Total"), u"currency"_s),
                amount(u"base_total"_s, tr("Total in Base Currency"), u"base_currency"_s), band, approvals});
    setSearchPlaceholder(tr("Search order number"));
    setEmptyTexts(tr("Nothing waits for your approval."), tr("No order waiting for you matches the search."));
    m_approve->setText(tr("Approve…"));
    m_approve->setToolTip(tr("Approve the selected orders (Ctrl+Enter)"));
    m_reject->setText(tr("Reject…"));
    m_reject->setToolTip(tr("Send the selected orders back to their buyers with a reason"));
}

QList<QJsonObject> ApprovalInboxPage::selectedOrders() const
{
    QList<QJsonObject> orders;
    const auto rows = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        orders << model()->itemAt(index.row());
    std::sort(orders.begin(), orders.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"number"_s).toString() < b.value(u"number"_s).toString();
    });
    return orders;
}

void ApprovalInboxPage::updateActions()
{
    const bool any = !view()->selectionModel()->selectedRows().isEmpty() && m_pending == 0;
    m_approve->setEnabled(m_canApprove && any);
    m_reject->setEnabled(m_canApprove && any);
}

QMessageBox *ApprovalInboxPage::approveSelected()
{
    const QList<QJsonObject> orders = selectedOrders();
    if (orders.isEmpty() || m_pending > 0)
        return nullptr;
    QStringList numbers;
    for (const QJsonObject &o : orders)
        numbers << o.value(u"number"_s).toString();
    const QString total = joinSums(sumsByCurrency(orders, u"total"_s, u"currency"_s));
    const QString base = joinSums(sumsByCurrency(orders, u"base_total"_s, u"base_currency"_s));
    QString text = tr("Approve %n purchase order(s)?", nullptr, int(orders.size()));
    QString details = tr("Total: %1").arg(total);
    if (base != total)
        details += u"\n"_s + tr("In the base currency: %1").arg(base);
    details += u"\n"_s + QLocale().createSeparatedList(numbers);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Approve Purchase Orders"), text,
                                QMessageBox::Cancel, this);
    box->setObjectName(u"approveConfirmation"_s);
    box->setInformativeText(details);
    QPushButton *yes = box->addButton(tr("Approve %n Order(s)", nullptr, int(orders.size())), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmApproveButton"_s);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, orders](QAbstractButton *clicked) {
        if (clicked == yes)
            decide(orders, u"approve"_s, QString());
    });
    m_confirmation = box;
    box->open();
    return box;
}

RejectOrderDialog *ApprovalInboxPage::rejectSelected()
{
    const QList<QJsonObject> orders = selectedOrders();
    if (orders.isEmpty() || m_pending > 0)
        return nullptr;
    QStringList numbers;
    for (const QJsonObject &o : orders)
        numbers << o.value(u"number"_s).toString();
    auto *dialog = new RejectOrderDialog(numbers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, orders] { decide(orders, u"reject"_s, dialog->comment()); });
    m_rejectDialog = dialog;
    dialog->open();
    return dialog;
}

void ApprovalInboxPage::decide(const QList<QJsonObject> &orders, const QString &action, const QString &comment)
{
    m_outcomes.clear();
    m_pending = int(orders.size());
    updateActions();
    auto results = std::make_shared<std::pair<int, int>>(0, 0);
    for (const QJsonObject &order : orders) {
        QJsonObject body;
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        ApiReply *reply
            = api()->post(u"/purchase-orders/%1/%2"_s.arg(idOf(order)).arg(action), body);
        connect(reply, &ApiReply::finished, this, [this, reply, order, action, results] {
            const QString number = order.value(u"number"_s).toString();
            if (reply->isSuccess()) {
                ++results->first;
                const QString state = reply->json().value(u"state"_s).toString();
                if (action == u"reject")
                    m_outcomes << tr("%1: rejected; the buyer sees your reason.").arg(number);
                else if (state == u"approved")
                    m_outcomes << tr("%1: approved.").arg(number);
                else
                    m_outcomes << tr("%1: your approval is recorded; it needs %n more.", nullptr,
                                     qMax(1, reply->json().value(u"approvals_needed"_s).toInt()
                                                 - reply->json().value(u"approvals_given"_s).toInt()))
                                      .arg(number);
            } else {
                ++results->second;
                m_outcomes << refusalText(order, reply->error());
            }
            if (--m_pending == 0) {
                m_outcomes.sort();
                showOutcomes(results->first, results->second);
            }
        });
    }
}

void ApprovalInboxPage::showOutcomes(int succeeded, int failed)
{
    m_outcomeLabel->setText(m_outcomes.join(u"\n"_s));
    QPalette palette = m_outcomeLabel->palette();
    palette.setColor(QPalette::WindowText, failed > 0 ? ColorScheme::colour(ColorScheme::Signal::Error) : ColorScheme::colour(ColorScheme::Signal::Positive));
    m_outcomeLabel->setPalette(palette);
    m_outcomeLabel->show();
    if (failed == 0)
        emit statusMessage(tr("%n order(s) done.", nullptr, succeeded), 5000);
    else
        emit statusMessage(tr("%n order(s) could not be changed; see the list above.", nullptr, failed), 8000);
    refresh();
    updateActions();
    emit decisionsFinished(succeeded, failed);
}

} // namespace erp::client
