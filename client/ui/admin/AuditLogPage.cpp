#include "client/ui/admin/AuditLogPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/admin/AuditDetailView.h"
#include "shared/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

AuditLogPage::AuditLogPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/audit-log"_s, parent)
{
    m_entity = new QComboBox(this);
    m_entity->setObjectName(u"entityFilter"_s);
    m_user = new QComboBox(this);
    m_user->setObjectName(u"userFilter"_s);
    m_user->setMinimumContentsLength(14);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(u"fromCheck"_s);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(u"toCheck"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    addFilterWidget(m_entity);
    addFilterWidget(m_user);
    addFilterGroup({m_fromCheck, m_from});
    addFilterGroup({m_toCheck, m_to});

    m_detail = new AuditDetailView(this);
    setDetailWidget(m_detail);
    setSearchEnabled(false);
    setDefaultSort(u"-id"_s);
    setExportBaseName(u"audit-log"_s);
    retranslate();

    connect(m_entity, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"entity"_s, m_entity->currentData().toString()); });
    connect(m_user, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"user_id"_s, m_user->currentData().toString()); });
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &AuditLogPage::applyDateFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &AuditLogPage::applyDateFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::applyDateFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::applyDateFilter);
    connect(this, &ListPage::currentItemChanged, m_detail, &AuditDetailView::setEntry);
    connect(model(), &PagedListModel::modelReset, this, [this] { m_detail->setEntry(currentItem()); });
    fillUserFilter();
}

void AuditLogPage::activate()
{
    if (!m_usersRequested) {
        m_usersRequested = true;
        loadUsers();
    }
    ListPage::activate();
}

QString AuditLogPage::title() const
{
    return tr("Audit Log");
}

void AuditLogPage::applyDateFilter()
{
    // Whole local days: from the start of the first to the end of the last.
    QMap<QString, QString> filters = model()->filters();
    filters.remove(u"occurred_at_from"_s);
    filters.remove(u"occurred_at_to"_s);
    if (m_fromCheck->isChecked())
        filters.insert(u"occurred_at_from"_s, m_from->date().startOfDay().toUTC().toString(Qt::ISODate));
    if (m_toCheck->isChecked())
        filters.insert(u"occurred_at_to"_s, m_to->date().endOfDay().toUTC().toString(Qt::ISODateWithMs));
    if (filters != model()->filters())
        model()->setFilters(filters);
}

void AuditLogPage::loadUsers()
{
    const Session &session = *api()->session();
    m_users.clear();
    m_users.append({session.user().id, session.user().email});
    if (!session.hasPermission(P::UsersView)) {
        fillUserFilter();
        return;
    }
    // The first 500 users by email are plenty for a filter; larger
    // organisations type in the user list's search instead.
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    query.addQueryItem(u"sort"_s, u"email"_s);
    ApiReply *reply = api()->get(u"/users"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isSuccess())
            return;
        m_users.clear();
        for (const QJsonValue &u : reply->json().value(u"items"_s).toArray()) {
            const QJsonObject user = u.toObject();
            m_users.append({jsonId(user.value(u"id"_s)), user.value(u"email"_s).toString()});
        }
        fillUserFilter();
    });
}

void AuditLogPage::retranslate()
{
    // The period filter in the language's date order, with a four-digit year.
    m_from->setDisplayFormat(LocaleFormat::dateFormat());
    m_to->setDisplayFormat(LocaleFormat::dateFormat());
    auto when = ListColumn::text(u"occurred_at"_s, tr("When"), u"occurred_at"_s);
    when.format
        = [](const QJsonObject &e) -> QVariant { return LocaleFormat::dateTime(e.value(u"occurred_at"_s).toString()); };
    auto who = ListColumn::text(u"user_email"_s, tr("User"));
    who.format = [](const QJsonObject &e) -> QVariant {
        const QString email = e.value(u"user_email"_s).toString();
        const QString name = e.value(u"user_name"_s).toString();
        if (email.isEmpty())
            return tr("(system)");
        return name.isEmpty() ? email : name;
    };
    who.data = [](const QJsonObject &e, int role) -> QVariant {
        return role == Qt::ToolTipRole ? e.value(u"user_email"_s).toString() : QVariant();
    };
    auto entity = ListColumn::text(u"entity"_s, tr("Record"));
    entity.format = [](const QJsonObject &e) -> QVariant { return AuditDetailView::recordText(e); };
    // Long names are cut by the column: the tooltip shows them whole.
    entity.data = [](const QJsonObject &e, int role) -> QVariant {
        return role == Qt::ToolTipRole ? AuditDetailView::recordText(e) : QVariant();
    };
    auto action = ListColumn::text(u"action"_s, tr("Action"));
    action.format
        = [](const QJsonObject &e) -> QVariant { return AuditDetailView::actionText(e.value(u"action"_s).toString()); };
    setColumns({when, who, entity, action});
    setEmptyTexts(tr("The audit log is empty."), tr("No entries match the filters."));

    {
        const int index = qMax(0, m_entity->currentIndex());
        const QSignalBlocker block(m_entity);
        m_entity->clear();
        m_entity->addItem(tr("All records"), QString());
        for (const QString &e : AuditDetailView::auditedEntities())
            m_entity->addItem(AuditDetailView::entityText(e), e);
        m_entity->setCurrentIndex(index);
    }
    fillUserFilter();
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("To"));
}

void AuditLogPage::fillUserFilter()
{
    const QString current = m_user->currentData().toString();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    for (const auto &[id, email] : std::as_const(m_users))
        m_user->addItem(email, QString::number(id));
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
}

} // namespace erp::client
