#pragma once

#include "client/core/ApiError.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace erp::client {

class ApiClient;
class ApiReply;

// The permission checklist of the role editor: GET /api/v1/permissions as a
// two-level tree, modules (tristate, checking one checks all its
// permissions) over their permissions (checkable). One column.
//
//     model->load();
//     connect(model, &PermissionCatalogModel::loaded, ...);
//     model->setCheckedPermissions(role["permissions"]);
//     ... model->checkedPermissions() -> the role's new permission list
class PermissionCatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,   // "users.manage"; module rows: the module ("admin")
        ModuleRole,                    // "admin", "crm", ...
        DescriptionRole,               // the server's English description
        IsModuleRole,                  // bool
    };
    Q_ENUM(Role)

    explicit PermissionCatalogModel(ApiClient *client, QObject *parent = nullptr);

    // GET /permissions; rows are replaced when it arrives (checked state kept).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_reply != nullptr; }
    const ApiError &lastError() const { return m_lastError; }

    void setCheckedPermissions(const QStringList &names);
    QStringList checkedPermissions() const;   // sorted
    // Read-only (built-in admin role, or no roles.manage): not checkable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Translated labels by name (the server's descriptions are English).
    static QString moduleLabel(const QString &module);
    static QString permissionLabel(const QString &name, const QString &fallback = {});

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const erp::client::ApiError &error);
    // The user (or setCheckedPermissions) changed the selection.
    void checkedPermissionsChanged();

private:
    struct Permission
    {
        QString name;
        QString description;
    };
    struct Module
    {
        QString name;
        QList<Permission> permissions;
    };
    Qt::CheckState moduleCheckState(int module) const;
    void onLoaded(ApiReply *reply);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QList<Module> m_modules;
    QSet<QString> m_checked;
    bool m_loaded = false;
    bool m_readOnly = false;
    ApiError m_lastError;
};

} // namespace erp::client
