#include "client/core/PermissionCatalogModel.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientLog.h"

#include <QJsonArray>

#include <algorithm>

namespace erp::client {

namespace {
constexpr quintptr ModuleId = 0;   // internalId of module rows; permission rows carry module + 1
}

PermissionCatalogModel::PermissionCatalogModel(ApiClient *client, QObject *parent)
    : QAbstractItemModel(parent), m_client(client)
{
}

QString PermissionCatalogModel::moduleLabel(const QString &module)
{
    if (module == QLatin1String("admin"))
        return tr("Administration");
    if (module == QLatin1String("crm"))
        return tr("Customers (CRM)");
    if (module == QLatin1String("purchasing"))
        return tr("Purchasing");
    if (module == QLatin1String("inventory"))
        return tr("Inventory");
    if (module == QLatin1String("shipments"))
        return tr("Shipments");
    return module;
}

QString PermissionCatalogModel::permissionLabel(const QString &name, const QString &fallback)
{
    if (name == QLatin1String("users.view"))
        return tr("See users");
    if (name == QLatin1String("users.manage"))
        return tr("Create, edit and deactivate users and assign roles");
    if (name == QLatin1String("roles.view"))
        return tr("See roles and their permissions");
    if (name == QLatin1String("roles.manage"))
        return tr("Create, rename, change and delete roles");
    if (name == QLatin1String("sessions.manage"))
        return tr("See and revoke other users' sessions");
    if (name == QLatin1String("audit.view"))
        return tr("Read the audit log");
    if (name == QLatin1String("settings.manage"))
        return tr("Change the organisation's settings, exchange rates and approval rules");
    if (name == QLatin1String("crm.view"))
        return tr("See leads, contacts, accounts and activities");
    if (name == QLatin1String("crm.edit"))
        return tr("Create and change CRM records");
    if (name == QLatin1String("crm.view_all"))
        return tr("See every user's CRM records, not only one's own");
    if (name == QLatin1String("crm.configure"))
        return tr("Change the sales pipeline's stages");
    if (name == QLatin1String("purchasing.view"))
        return tr("See suppliers, products and purchase orders");
    if (name == QLatin1String("purchasing.edit"))
        return tr("Create and change purchase orders");
    if (name == QLatin1String("purchasing.approve"))
        return tr("Approve or reject purchase orders");
    if (name == QLatin1String("inventory.view"))
        return tr("See stock and stock moves");
    if (name == QLatin1String("inventory.edit"))
        return tr("Receive goods and transfer stock between locations");
    if (name == QLatin1String("inventory.adjust"))
        return tr("Correct stock after a count");
    if (name == QLatin1String("shipments.view"))
        return tr("See shipments and carriers");
    if (name == QLatin1String("shipments.edit"))
        return tr("Create and update shipments");
    return fallback.isEmpty() ? name : fallback;
}

void PermissionCatalogModel::load()
{
    if (!m_client || m_reply)
        return;
    ApiReply *reply = m_client->get(QStringLiteral("/permissions"));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onLoaded(reply); });
}

void PermissionCatalogModel::onLoaded(ApiReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!reply->isSuccess()) {
        m_lastError = reply->error();
        qCInfo(lcModels).noquote() << "permissions:" << m_lastError.debugString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    QList<Module> modules;
    const QJsonArray items = reply->json().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString module = o.value(QLatin1String("module")).toString();
        auto it = std::find_if(modules.begin(), modules.end(), [&](const Module &m) { return m.name == module; });
        if (it == modules.end()) {
            modules.append({module, {}});
            it = modules.end() - 1;
        }
        it->permissions.append({o.value(QLatin1String("name")).toString(),
                                o.value(QLatin1String("description")).toString()});
    }
    beginResetModel();
    m_modules = modules;
    m_loaded = true;
    m_lastError = {};
    endResetModel();
    Q_EMIT loaded();
}

void PermissionCatalogModel::setCheckedPermissions(const QStringList &names)
{
    const QSet<QString> checked(names.begin(), names.end());
    if (checked == m_checked)
        return;
    m_checked = checked;
    for (int m = 0; m < m_modules.size(); ++m) {
        const QModelIndex module = index(m, 0);
        Q_EMIT dataChanged(module, module, {Qt::CheckStateRole});
        if (!m_modules.at(m).permissions.isEmpty())
            Q_EMIT dataChanged(index(0, 0, module), index(int(m_modules.at(m).permissions.size()) - 1, 0, module),
                               {Qt::CheckStateRole});
    }
    Q_EMIT checkedPermissionsChanged();
}

QStringList PermissionCatalogModel::checkedPermissions() const
{
    QStringList names(m_checked.begin(), m_checked.end());
    names.sort();
    return names;
}

void PermissionCatalogModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    beginResetModel();   // flags of every row change
    m_readOnly = readOnly;
    endResetModel();
}

Qt::CheckState PermissionCatalogModel::moduleCheckState(int module) const
{
    const auto &permissions = m_modules.at(module).permissions;
    int checked = 0;
    for (const Permission &p : permissions)
        if (m_checked.contains(p.name))
            ++checked;
    if (checked == 0)
        return Qt::Unchecked;
    return checked == permissions.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex PermissionCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_modules.size() ? createIndex(row, column, ModuleId) : QModelIndex();
    if (parent.internalId() != ModuleId || parent.column() != 0 || parent.row() >= m_modules.size())
        return {};
    if (row >= m_modules.at(parent.row()).permissions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PermissionCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ModuleId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ModuleId);
}

int PermissionCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_modules.size());
    if (parent.internalId() == ModuleId && parent.column() == 0)
        return int(m_modules.at(parent.row()).permissions.size());
    return 0;
}

int PermissionCatalogModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PermissionCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == ModuleId) {
        const Module &m = m_modules.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return moduleLabel(m.name);
        case Qt::CheckStateRole:
            return int(moduleCheckState(index.row()));
        case NameRole:
        case ModuleRole:
            return m.name;
        case IsModuleRole:
            return true;
        default:
            return {};
        }
    }
    const Module &m = m_modules.at(int(index.internalId() - 1));
    const Permission &p = m.permissions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return permissionLabel(p.name, p.description);
    case Qt::ToolTipRole:
    case NameRole:
        return p.name;
    case Qt::CheckStateRole:
        return int(m_checked.contains(p.name) ? Qt::Checked : Qt::Unchecked);
    case ModuleRole:
        return m.name;
    case DescriptionRole:
        return p.description;
    case IsModuleRole:
        return false;
    default:
        return {};
    }
}

bool PermissionCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool check = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    if (index.internalId() == ModuleId) {
        const Module &m = m_modules.at(index.row());
        for (const Permission &p : m.permissions) {
            if (check)
                m_checked.insert(p.name);
            else
                m_checked.remove(p.name);
        }
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        if (!m.permissions.isEmpty())
            Q_EMIT dataChanged(this->index(0, 0, index), this->index(int(m.permissions.size()) - 1, 0, index),
                               {Qt::CheckStateRole});
    } else {
        const Permission &p = m_modules.at(int(index.internalId() - 1)).permissions.at(index.row());
        if (check == m_checked.contains(p.name))
            return true;
        if (check)
            m_checked.insert(p.name);
        else
            m_checked.remove(p.name);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        const QModelIndex module = parent(index);
        Q_EMIT dataChanged(module, module, {Qt::CheckStateRole});
    }
    Q_EMIT checkedPermissionsChanged();
    return true;
}

Qt::ItemFlags PermissionCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    if (index.internalId() != ModuleId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PermissionCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Permission");
    return {};
}

} // namespace erp::client
