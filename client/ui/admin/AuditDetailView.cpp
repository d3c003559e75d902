#include "client/ui/admin/AuditDetailView.h"
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

QString AuditDetailView::entityText(const QString &entity)
{
    if (entity == u"user"_s)
        return tr("User");
    if (entity == u"role"_s)
        return tr("Role");
    if (entity == u"session"_s)
        return tr("Session");
    if (entity == u"tenant"_s)
        return tr("Organisation");
    return entity;
}

QString AuditDetailView::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts {
        {u"create"_s, QT_TR_NOOP("created")},
        {u"update"_s, QT_TR_NOOP("changed")},
        {u"delete"_s, QT_TR_NOOP("deleted")},
        {u"deactivate"_s, QT_TR_NOOP("deactivated")},
        {u"deactivated"_s, QT_TR_NOOP("deactivated")},
        {u"reactivated"_s, QT_TR_NOOP("reactivated")},
        {u"password_reset"_s, QT_TR_NOOP("password reset")},
        {u"sign_in_unlocked"_s, QT_TR_NOOP("sign-in unlocked")},
        {u"email_changed"_s, QT_TR_NOOP("email address changed")},
        {u"login"_s, QT_TR_NOOP("signed in")},
        {u"login_failed"_s, QT_TR_NOOP("sign-in failed")},
        {u"refresh"_s, QT_TR_NOOP("session renewed")},
        {u"revoke"_s, QT_TR_NOOP("session ended")},
        {u"password_change"_s, QT_TR_NOOP("password changed")},
        {u"password_change_failed"_s, QT_TR_NOOP("password change failed")},
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
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

    const QString entity = m_entry.value(u"entity"_s).toString();
    const qint64 entityId = qint64(m_entry.value(u"entity_id"_s).toDouble());
    m_heading->setText(
        tr("%1 %2: %3")
            .arg(entityText(entity), QString::number(entityId), actionText(m_entry.value(u"action"_s).toString())));
    const QDateTime at = QDateTime::fromString(m_entry.value(u"occurred_at"_s).toString(), Qt::ISODateWithMs);
    const QString who = m_entry.value(u"user_email"_s).toString();
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
        item->setText(0, key);
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
