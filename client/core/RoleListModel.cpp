#include "client/core/RoleListModel.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientLog.h"
#include "client/core/RoleText.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace erp::client {

RoleListModel::RoleListModel(ApiClient *client, QObject *parent) : QAbstractListModel(parent), m_client(client) {}

void RoleListModel::load()
{
    if (!m_client || m_reply)
        return;
    m_incoming.clear();
    requestPage({});
}

void RoleListModel::requestPage(const QString &cursor)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("name"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiReply *reply = m_client->get(QStringLiteral("/roles"), q);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onPage(reply); });
}

void RoleListModel::onPage(ApiReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!reply->isSuccess()) {
        m_lastError = reply->error();
        m_incoming.clear();
        qCInfo(lcModels).noquote() << "roles:" << m_lastError.debugString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    const QJsonObject page = reply->json();
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items)
        m_incoming.append(v.toObject());
    const QJsonValue next = page.value(QLatin1String("next_cursor"));
    if (next.isString() && !next.toString().isEmpty() && !items.isEmpty()) {
        if (m_client)
            requestPage(next.toString());
        return;
    }
    beginResetModel();
    m_roles = m_incoming;
    m_incoming.clear();
    m_loaded = true;
    m_lastError = {};
    endResetModel();
    Q_EMIT loaded();
}

void RoleListModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void RoleListModel::setCheckedRoleIds(const QList<qint64> &ids)
{
    const QSet<qint64> checked(ids.begin(), ids.end());
    if (checked == m_checked)
        return;
    m_checked = checked;
    if (!m_roles.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_roles.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT checkedRoleIdsChanged();
}

QList<qint64> RoleListModel::checkedRoleIds() const
{
    QList<qint64> ids;
    for (const QJsonObject &role : m_roles) {
        const qint64 id = role.value(QLatin1String("id")).toInteger();
        if (m_checked.contains(id))
            ids.append(id);
    }
    // Checked ids not (yet) loaded are kept rather than silently dropped.
    for (const qint64 id : m_checked)
        if (!ids.contains(id) && rowOfId(id) < 0)
            ids.append(id);
    return ids;
}

QStringList RoleListModel::checkedRoleNames() const
{
    QStringList names;
    for (const QJsonObject &role : m_roles)
        if (m_checked.contains(role.value(QLatin1String("id")).toInteger()))
            names.append(role.value(QLatin1String("name")).toString());
    return names;
}

void RoleListModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

QJsonObject RoleListModel::roleAt(int row) const
{
    return row >= 0 && row < m_roles.size() ? m_roles.at(row) : QJsonObject();
}

int RoleListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_roles.size(); ++i)
        if (m_roles.at(i).value(QLatin1String("id")).toInteger() == id)
            return i;
    return -1;
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &r = m_roles.at(index.row());
    const qint64 id = r.value(QLatin1String("id")).toInteger();
    switch (role) {
    case Qt::DisplayRole:
        return RoleText::displayName(r.value(QLatin1String("name")).toString(),
                                     r.value(QLatin1String("is_builtin")).toBool());
    case NameRole:
        return r.value(QLatin1String("name")).toString();
    case Qt::CheckStateRole:
        if (!m_checkable)
            return {};
        return int(m_checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    case IdRole:
        return id;
    case IsBuiltinRole:
        return r.value(QLatin1String("is_builtin")).toBool();
    case ItemRole:
        return r;
    default:
        return {};
    }
}

bool RoleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_roles.at(index.row()).value(QLatin1String("id")).toInteger();
    const bool check = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedRoleIdsChanged();
    return true;
}

Qt::ItemFlags RoleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace erp::client
