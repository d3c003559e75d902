#pragma once

#include "client/core/ApiError.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>

namespace erp::client {

class ApiClient;
class ApiReply;

// All roles of the organisation (GET /api/v1/roles, sorted by name, every
// page) as a checkable list: the role picker of the user form. The roles
// page itself uses PagedListModel over "/roles".
class RoleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        NameRole,                    // QString
        IsBuiltinRole,               // bool
        ItemRole,                    // QJsonObject
    };
    Q_ENUM(Role)

    explicit RoleListModel(ApiClient *client, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_reply != nullptr; }
    const ApiError &lastError() const { return m_lastError; }

    void setCheckable(bool checkable);   // default true
    void setCheckedRoleIds(const QList<qint64> &ids);
    QList<qint64> checkedRoleIds() const;   // in row order
    QStringList checkedRoleNames() const;
    void setReadOnly(bool readOnly);

    QJsonObject roleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const erp::client::ApiError &error);
    void checkedRoleIdsChanged();

private:
    void requestPage(const QString &cursor);
    void onPage(ApiReply *reply);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QList<QJsonObject> m_roles;
    QList<QJsonObject> m_incoming;   // pages gathered before the one reset
    QSet<qint64> m_checked;
    bool m_loaded = false;
    bool m_checkable = true;
    bool m_readOnly = false;
    ApiError m_lastError;
};

} // namespace erp::client
