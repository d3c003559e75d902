#include "client/ui/admin/AuditDetailView.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/LocaleFormat.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

QString readable(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Null:
        return u"—"_s;
    case QJsonValue::Bool:
        return v.toBool() ? AuditDetailView::tr("yes") : AuditDetailView::tr("no");
    case QJsonValue::Double:
        return LocaleFormat::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        bool scalars
            = std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return !x.isObject() && !x.isArray(); });
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &x : a)
                parts << readable(x);
            return parts.isEmpty() ? u"—"_s : parts.join(u", "_s);
        }
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed();
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    }
    return QString();
}

} // namespace

AuditDetailView::AuditDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"auditDetail"_s);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(u"auditChanges"_s);
    m_changes->setColumnCount(3);
    m_changes->setRootIsDecorated(false);
    m_changes->setWordWrap(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->header()->setStretchLastSection(false);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QPalette dim = m_placeholder->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(dim);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_changes, 1);
    setMinimumWidth(280);
    render();
}

QStringList AuditDetailView::auditedEntities()
{
    return {u"lead"_s,          u"contact"_s,        u"account"_s,       u"activity"_s,      u"pipeline_stage"_s,
            u"purchase_order"_s, u"supplier"_s,       u"supplier_price"_s, u"approval_rule"_s, u"exchange_rate"_s,
            u"product"_s,       u"warehouse"_s,      u"location"_s,      u"unit"_s,          u"user"_s,
            u"role"_s,          u"session"_s,        u"organisation_settings"_s, u"tenant"_s};
}

QString AuditDetailView::entityText(const QString &entity)
{
    static const QHash<QString, const char *> texts {
        {u"user"_s, QT_TR_NOOP("User")},
        {u"role"_s, QT_TR_NOOP("Role")},
        {u"session"_s, QT_TR_NOOP("Session")},
        {u"tenant"_s, QT_TR_NOOP("Organisation")},
        {u"organisation_settings"_s, QT_TR_NOOP("Organisation settings")},
        {u"lead"_s, QT_TR_NOOP("Lead")},
        {u"contact"_s, QT_TR_NOOP("Contact")},
        {u"account"_s, QT_TR_NOOP("Account")},
        {u"activity"_s, QT_TR_NOOP("Activity")},
        {u"pipeline_stage"_s, QT_TR_NOOP("Pipeline stage")},
        {u"purchase_order"_s, QT_TR_NOOP("Purchase order")},
        {u"supplier"_s, QT_TR_NOOP("Supplier")},
        {u"supplier_price"_s, QT_TR_NOOP("Supplier price")},
        {u"approval_rule"_s, QT_TR_NOOP("Approval rule")},
        {u"exchange_rate"_s, QT_TR_NOOP("Exchange rate")},
        {u"product"_s, QT_TR_NOOP("Product")},
        {u"warehouse"_s, QT_TR_NOOP("Warehouse")},
        {u"location"_s, QT_TR_NOOP("Storage location")},
        {u"unit"_s, QT_TR_NOOP("Unit")},
    };
    const char *text = texts.value(entity);
    return text ? tr(text) : entity;
}

QString AuditDetailView::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts {
        {u"create"_s, QT_TR_NOOP("Created")},
        {u"update"_s, QT_TR_NOOP("Changed")},
        {u"delete"_s, QT_TR_NOOP("Deleted")},
        {u"import"_s, QT_TR_NOOP("Imported")},
        {u"convert"_s, QT_TR_NOOP("Converted")},
        {u"win"_s, QT_TR_NOOP("Won")},
        {u"lose"_s, QT_TR_NOOP("Lost")},
        {u"reopen"_s, QT_TR_NOOP("Reopened")},
        {u"rename"_s, QT_TR_NOOP("Renamed")},
        {u"reorder"_s, QT_TR_NOOP("Moved in the order")},
        {u"stage_change"_s, QT_TR_NOOP("Moved to another stage")},
        {u"owner_change"_s, QT_TR_NOOP("Given to another owner")},
        {u"update_lines"_s, QT_TR_NOOP("Lines changed")},
        {u"submit"_s, QT_TR_NOOP("Submitted for approval")},
        {u"withdraw"_s, QT_TR_NOOP("Withdrawn")},
        {u"approve"_s, QT_TR_NOOP("Approved")},
        {u"reject"_s, QT_TR_NOOP("Rejected")},
        {u"order"_s, QT_TR_NOOP("Ordered")},
        {u"receive"_s, QT_TR_NOOP("Goods received")},
        {u"close_short"_s, QT_TR_NOOP("Closed short")},
        {u"revise"_s, QT_TR_NOOP("Taken back to draft")},
        {u"cancel"_s, QT_TR_NOOP("Cancelled")},
        {u"close"_s, QT_TR_NOOP("Closed")},
        {u"deactivate"_s, QT_TR_NOOP("Deactivated")},
        {u"deactivated"_s, QT_TR_NOOP("Deactivated")},
        {u"reactivated"_s, QT_TR_NOOP("Reactivated")},
        {u"password_reset"_s, QT_TR_NOOP("Password reset")},
        {u"sign_in_unlocked"_s, QT_TR_NOOP("Sign-in unlocked")},
        {u"email_changed"_s, QT_TR_NOOP("Email address changed")},
        {u"login"_s, QT_TR_NOOP("Signed in")},
        {u"login_failed"_s, QT_TR_NOOP("Sign-in failed")},
        {u"refresh"_s, QT_TR_NOOP("Session renewed")},
        {u"revoke"_s, QT_TR_NOOP("Session ended")},
        {u"password_change"_s, QT_TR_NOOP("Password changed")},
        {u"password_change_failed"_s, QT_TR_NOOP("Password change failed")},
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
}

QString AuditDetailView::fieldText(const QString &field)
{
    static const QHash<QString, const char *> texts {
        {u"id"_s, QT_TR_NOOP("Number")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"display_name"_s, QT_TR_NOOP("Name")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"subject"_s, QT_TR_NOOP("Subject")},
        {u"email"_s, QT_TR_NOOP("Email")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"contact_name"_s, QT_TR_NOOP("Contact name")},
        {u"source"_s, QT_TR_NOOP("Source")},
        {u"industry"_s, QT_TR_NOOP("Industry")},
        {u"website"_s, QT_TR_NOOP("Website")},
        {u"address"_s, QT_TR_NOOP("Address")},
        {u"estimated_value"_s, QT_TR_NOOP("Estimated value")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"probability"_s, QT_TR_NOOP("Probability")},
        {u"expected_close_date"_s, QT_TR_NOOP("Expected close")},
        {u"owner_id"_s, QT_TR_NOOP("Owner (number)")},
        {u"owner_name"_s, QT_TR_NOOP("Owner")},
        {u"stage_id"_s, QT_TR_NOOP("Stage (number)")},
        {u"stage_name"_s, QT_TR_NOOP("Stage")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"state"_s, QT_TR_NOOP("Status")},
        {u"lost_reason"_s, QT_TR_NOOP("Reason lost")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"converted_account_id"_s, QT_TR_NOOP("Converted to account")},
        {u"converted_contact_id"_s, QT_TR_NOOP("Converted to contact")},
        {u"converted_at"_s, QT_TR_NOOP("Converted on")},
        {u"account_id"_s, QT_TR_NOOP("Account (number)")},
        {u"account_name"_s, QT_TR_NOOP("Account")},
        {u"contact_id"_s, QT_TR_NOOP("Contact (number)")},
        {u"lead_id"_s, QT_TR_NOOP("Lead (number)")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"due_at"_s, QT_TR_NOOP("Due")},
        {u"done"_s, QT_TR_NOOP("Done")},
        {u"done_at"_s, QT_TR_NOOP("Done on")},
        {u"assignee_id"_s, QT_TR_NOOP("Assigned to (number)")},
        {u"assignee_name"_s, QT_TR_NOOP("Assigned to")},
        {u"bucket"_s, QT_TR_NOOP("When")},
        {u"created_by"_s, QT_TR_NOOP("Created by (number)")},
        {u"created_at"_s, QT_TR_NOOP("Created")},
        {u"updated_at"_s, QT_TR_NOOP("Last changed")},
        {u"version"_s, QT_TR_NOOP("Version")},
        {u"position"_s, QT_TR_NOOP("Position")},
        {u"moved_leads"_s, QT_TR_NOOP("Leads moved")},
        {u"move_leads_to"_s, QT_TR_NOOP("Leads moved to stage")},
        {u"permissions"_s, QT_TR_NOOP("Permissions")},
        {u"is_builtin"_s, QT_TR_NOOP("Built-in")},
        {u"is_active"_s, QT_TR_NOOP("Active")},
        {u"role_ids"_s, QT_TR_NOOP("Roles (numbers)")},
        {u"role_names"_s, QT_TR_NOOP("Roles")},
        {u"must_change_password"_s, QT_TR_NOOP("Must change password")},
        {u"user_id"_s, QT_TR_NOOP("User (number)")},
        {u"reason"_s, QT_TR_NOOP("Reason")},
        {u"client_address"_s, QT_TR_NOOP("Network address")},
        {u"sessions_revoked"_s, QT_TR_NOOP("Sessions ended")},
        {u"code"_s, QT_TR_NOOP("Code")},
        {u"number"_s, QT_TR_NOOP("Order number")},
        {u"supplier_id"_s, QT_TR_NOOP("Supplier (number)")},
        {u"supplier_name"_s, QT_TR_NOOP("Supplier")},
        {u"warehouse_id"_s, QT_TR_NOOP("Warehouse (number)")},
        {u"order_date"_s, QT_TR_NOOP("Order date")},
        {u"expected_date"_s, QT_TR_NOOP("Expected delivery")},
        {u"lines"_s, QT_TR_NOOP("Lines")},
        {u"approvals"_s, QT_TR_NOOP("Approvals")},
        {u"approval_band"_s, QT_TR_NOOP("Approval band")},
        {u"slug"_s, QT_TR_NOOP("Organisation code")},
        {u"admin_email"_s, QT_TR_NOOP("Administrator's email")},
    };
    const char *text = texts.value(field);
    if (text)
        return tr(text);
    // A field this client does not know yet: readable words, not a key.
    QString words = field;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString AuditDetailView::recordText(const QJsonObject &entry)
{
    const QString entity = entry.value(u"entity"_s).toString();
    const QString label = entry.value(u"entity_label"_s).toString();
    if (label.isEmpty()) {
        // Records without a name of their own, by what identifies them to a
        // person (from the entry's own snapshot), not by their number.
        const QJsonObject after = entry.value(u"after"_s).toObject();
        const QJsonObject snapshot = after.isEmpty() ? entry.value(u"before"_s).toObject() : after;
        if (entity == u"organisation_settings"_s)
            return entityText(entity);
        if (entity == u"exchange_rate"_s && snapshot.contains(u"currency"_s))
            return tr("%1 %2 from %3")
                .arg(entityText(entity), snapshot.value(u"currency"_s).toString(),
                     LocaleFormat::date(QDate::fromString(snapshot.value(u"valid_on"_s).toString(), Qt::ISODate)));
        if (entity == u"supplier_price"_s && snapshot.contains(u"product_sku"_s))
            return tr("%1 of %2 for %3")
                .arg(entityText(entity), snapshot.value(u"supplier_name"_s).toString(),
                     snapshot.value(u"product_sku"_s).toString());
        return tr("%1 %2").arg(entityText(entity), QString::number(jsonId(entry.value(u"entity_id"_s))));
    }
    if (entity == u"session"_s)
        return tr("Session of %1").arg(label);
    return tr("%1 “%2”").arg(entityText(entity), label);
}

void AuditDetailView::setEntry(const QJsonObject &entry)
{
    m_entry = entry;
    render();
}

void AuditDetailView::render()
{
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_placeholder->setText(tr("Select an entry to see what changed."));
    const bool empty = m_entry.isEmpty();
    m_placeholder->setVisible(empty);
    m_heading->setVisible(!empty);
    m_meta->setVisible(!empty);
    m_changes->setVisible(!empty);
    m_changes->clear();
    if (empty)
        return;

    // A long name would crowd the pane: cut here, whole in the tooltip and the list's.
    const QString record = recordText(m_entry);
    const QString shortRecord = record.size() > 60 ? record.left(59) + u'…' : record;
    m_heading->setText(tr("%1: %2").arg(shortRecord, actionText(m_entry.value(u"action"_s).toString())));
    m_heading->setToolTip(record);
    const QDateTime at = QDateTime::fromString(m_entry.value(u"occurred_at"_s).toString(), Qt::ISODateWithMs);
    const QString email = m_entry.value(u"user_email"_s).toString();
    const QString name = m_entry.value(u"user_name"_s).toString();
    const QString who = name.isEmpty() || email.isEmpty() ? email : tr("%1 (%2)").arg(name, email);
    QStringList meta;
    meta << tr("When: %1").arg(LocaleFormat::dateTime(at));
    meta << tr("By: %1").arg(who.isEmpty() ? tr("the system") : who);
    const QString requestId = m_entry.value(u"request_id"_s).toString();
    if (!requestId.isEmpty())
        meta << tr("Request: %1").arg(requestId);
    m_meta->setText(meta.join(u'\n'));

    const QJsonObject before = m_entry.value(u"before"_s).toObject();
    const QJsonObject after = m_entry.value(u"after"_s).toObject();
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    // Changed fields first, then the rest, each group alphabetically.
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const bool ca = before.value(a) != after.value(a);
        const bool cb = before.value(b) != after.value(b);
        if (ca != cb)
            return ca;
        return a < b;
    });
    QFont bold = m_changes->font();
    bold.setBold(true);
    const QColor highlight = ColorScheme::colour(ColorScheme::Signal::Highlight);
    const bool hasBefore = m_entry.value(u"before"_s).isObject();
    const bool hasAfter = m_entry.value(u"after"_s).isObject();
    for (const QString &key : keys) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, fieldText(key));
        item->setToolTip(0, key);
        item->setText(1, hasBefore ? readable(before.value(key)) : QString());
        item->setText(2, hasAfter ? readable(after.value(key)) : QString());
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
        if (hasBefore && hasAfter && before.value(key) != after.value(key)) {
            for (int c = 0; c < 3; ++c) {
                item->setBackground(c, highlight);
                item->setForeground(c, ColorScheme::colour(ColorScheme::Signal::HighlightText));
            }
            item->setFont(0, bold);
        }
    }
    if (keys.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, tr("(no details recorded)"));
    }
}

void AuditDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace erp::client
