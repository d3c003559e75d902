#include "client/ui/crm/CrmLookups.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"

#include <QComboBox>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

CrmLookups::CrmLookups(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void CrmLookups::loadStages()
{
    if (m_stagesLoading)
        return;
    m_stagesLoading = true;
    fetch(u"/pipeline-stages"_s, u"position"_s, u"name"_s, &CrmLookups::m_stages, &m_stagesLoaded,
          &CrmLookups::stagesChanged);
}

void CrmLookups::loadOwners()
{
    if (m_ownersLoading)
        return;
    m_ownersLoading = true;
    if (!m_api->session()->hasPermission(P::UsersView))
        return chooseOnlyMe(&CrmLookups::m_owners, &m_ownersLoaded, &CrmLookups::ownersChanged);
    fetch(u"/users"_s, u"display_name"_s, u"display_name"_s, &CrmLookups::m_owners, &m_ownersLoaded,
          &CrmLookups::ownersChanged, {{u"is_active"_s, u"true"_s}});
}

void CrmLookups::loadAssignees()
{
    if (m_assigneesLoading)
        return;
    m_assigneesLoading = true;
    if (!m_api->session()->hasPermission(P::UsersView))
        return chooseOnlyMe(&CrmLookups::m_assignees, &m_assigneesLoaded, &CrmLookups::assigneesChanged);
    // The server's own rule for an assignee: active, and able to open CRM.
    fetch(u"/users"_s, u"display_name"_s, u"display_name"_s, &CrmLookups::m_assignees, &m_assigneesLoaded,
          &CrmLookups::assigneesChanged,
          {{u"is_active"_s, u"true"_s}, {u"permission"_s, QString::fromLatin1(P::CrmView)}});
}

void CrmLookups::chooseOnlyMe(Target target, bool *loaded, void (CrmLookups::*changed)())
{
    const SessionUser &me = m_api->session()->user();
    this->*target = {{me.id, me.displayName.isEmpty() ? me.email : me.displayName}};
    *loaded = true;
    emit(this->*changed)();
}

void CrmLookups::fetch(const QString &path, const QString &sort, const QString &nameKey, Target target, bool *loaded,
                       void (CrmLookups::*changed)(), const QList<std::pair<QString, QString>> &filters)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    query.addQueryItem(u"sort"_s, sort);
    for (const auto &[name, value] : filters)
        query.addQueryItem(name, value);
    ApiReply *reply = m_api->get(path, query);
    connect(reply, &ApiReply::finished, this, [this, reply, nameKey, target, loaded, changed] {
        if (!reply->isSuccess()) {
            emit loadFailed(reply->error());
            return;
        }
        QList<Choice> choices;
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QString name = o.value(nameKey).toString();
            if (name.isEmpty())
                name = o.value(u"email"_s).toString();
            choices.append({qint64(o.value(u"id"_s).toDouble()), name});
        }
        this->*target = choices;
        *loaded = true;
        emit(this->*changed)();
    });
}

QString CrmLookups::stageName(qint64 id) const
{
    for (const Choice &c : m_stages)
        if (c.id == id)
            return c.name;
    return {};
}

void CrmLookups::fill(QComboBox *combo, const QList<Choice> &choices, const QString &first, qint64 keepId)
{
    const qint64 keep = keepId >= 0 ? keepId : selectedId(combo);
    const QString keepName = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    if (!first.isEmpty())
        combo->addItem(first, 0);
    for (const Choice &c : choices)
        combo->addItem(c.name, c.id);
    const int index = combo->findData(keep);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (keep > 0)
        select(combo, keep, keepName);
    else
        combo->setCurrentIndex(0);
}

qint64 CrmLookups::selectedId(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? 0 : combo->currentData().toLongLong();
}

void CrmLookups::select(QComboBox *combo, qint64 id, const QString &name)
{
    int index = combo->findData(id);
    if (index < 0 && id > 0) {
        combo->addItem(name.isEmpty() ? u"#%1"_s.arg(id) : name, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace erp::client
