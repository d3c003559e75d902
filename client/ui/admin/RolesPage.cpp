#include "client/ui/admin/RolesPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/PagedListModel.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/core/RoleText.h"
#include "client/core/Session.h"
#include "client/ui/admin/RoleForm.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

RolesPage::RolesPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/roles"_s, parent)
    , m_canManage(api->session()->hasPermission(P::RolesManage))
{
    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeFilter"_s);
    addFilterWidget(m_type);

    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editRole(id);
    });
    m_delete = new QAction(this);
    m_delete->setObjectName(u"deleteAction"_s);
    connect(m_delete, &QAction::triggered, this, &RolesPage::deleteCurrentRole);
    addPageAction(m_edit);
    if (m_canManage)
        addPageAction(m_delete);

    setDefaultSort(u"name"_s);
    setExportBaseName(u"roles"_s);
    retranslate();
    setCreateEnabled(m_canManage);

    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"is_builtin"_s, m_type->currentData().toString()); });
    connect(this, &ListPage::createRequested, this, &RolesPage::newRole);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &role) { editRole(jsonId(role.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, &RolesPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &RolesPage::updateActions);
    updateActions();
}

QString RolesPage::title() const
{
    return tr("Roles");
}

void RolesPage::retranslate()
{
    auto type = ListColumn::text(u"is_builtin"_s, tr("Type"));
    type.format = [](const QJsonObject &r) -> QVariant {
        return r.value(u"is_builtin"_s).toBool() ? tr("Built-in") : tr("Custom");
    };
    auto users = ListColumn::text(u"user_count"_s, tr("Users"));
    users.alignment = Qt::AlignRight | Qt::AlignVCenter;
    auto permissions = ListColumn::text(u"permissions"_s, tr("Permissions"));
    permissions.format = [](const QJsonObject &r) -> QVariant {
        const QJsonArray names = r.value(u"permissions"_s).toArray();
        // The administrator's endless list says less than "all of them".
        if (names.size() >= erp::shared::allPermissions().size())
            return tr("All permissions (%1)").arg(names.size());
        QStringList labels;
        for (const QJsonValue &p : names)
            labels << PermissionCatalogModel::permissionLabel(p.toString(), p.toString());
        return labels.join(u", "_s);
    };
    permissions.data = [](const QJsonObject &r, int role) -> QVariant {
        if (role != Qt::ToolTipRole)
            return {};
        QStringList lines;
        for (const QJsonValue &p : r.value(u"permissions"_s).toArray())
            lines << PermissionCatalogModel::permissionLabel(p.toString(), p.toString());
        return lines.join(u'\n');
    };
    auto name = ListColumn::text(u"name"_s, tr("Name"), u"name"_s);
    name.format = [](const QJsonObject &r) -> QVariant {
        return RoleText::displayName(r.value(u"name"_s).toString(), r.value(u"is_builtin"_s).toBool());
    };
    setColumns({name, type, users, permissions});
    setSearchPlaceholder(tr("Search roles"));
    setEmptyTexts(tr("No roles yet."), tr("No roles match the search or filter."));
    setCreateText(m_canManage ? tr("New Role") : QString());
    m_edit->setText(m_canManage ? tr("Edit…") : tr("Open…"));
    m_delete->setText(tr("Delete"));

    const int index = qMax(0, m_type->currentIndex());
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All roles"), QString());
    m_type->addItem(tr("Built-in roles"), u"true"_s);
    m_type->addItem(tr("Custom roles"), u"false"_s);
    m_type->setCurrentIndex(index);
}

void RolesPage::updateActions()
{
    const QJsonObject role = currentItem();
    m_edit->setEnabled(!role.isEmpty());
    const bool builtinAdmin = role.value(u"is_builtin"_s).toBool() && role.value(u"name"_s).toString() == u"admin"_s;
    m_delete->setEnabled(!role.isEmpty() && m_canManage && !builtinAdmin);
}

RoleForm *RolesPage::makeForm()
{
    auto *form = new RoleForm(api(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!m_canManage);
    m_form = form;
    return form;
}

RoleForm *RolesPage::newRole()
{
    if (!m_canManage)
        return nullptr;
    RoleForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &role) {
        const qint64 id = jsonId(role.value(u"id"_s));
        emit statusMessage(tr("Role %1 created.").arg(RoleForm::shownName(role)), 5000);
        refreshAndSelect(id);
    });
    form->startCreate();
    form->open();
    return form;
}

RoleForm *RolesPage::editRole(qint64 id)
{
    if (id <= 0)
        return nullptr;
    RoleForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &role) {
        model()->updateItem(role);
        emit statusMessage(tr("Role %1 saved.").arg(RoleForm::shownName(role)), 5000);
    });
    form->startEdit(id);
    form->open();
    return form;
}

void RolesPage::showMessage(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    box->open();
}

void RolesPage::deleteCurrentRole()
{
    const QJsonObject role = currentItem();
    if (role.isEmpty() || !m_canManage)
        return;
    const QString name = RoleForm::shownName(role);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Role"), tr("Delete the role %1?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deletePrompt"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, role] {
        if (box->clickedButton() == confirm)
            deleteRole(role);
    });
    showMessage(box);
}

void RolesPage::deleteRole(const QJsonObject &role)
{
    const qint64 id = jsonId(role.value(u"id"_s));
    const QByteArray etag = '"' + QByteArray::number(role.value(u"version"_s).toInt()) + '"';
    ApiReply *reply = api()->remove(u"/roles/%1"_s.arg(id), etag);
    m_delete->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply, role, id] {
        updateActions();
        const QString name = RoleForm::shownName(role);
        if (reply->isSuccess()) {
            model()->removeItem(id);
            emit statusMessage(tr("Role %1 deleted.").arg(name), 5000);
            return;
        }
        const ApiError &error = reply->error();
        QString text;
        if (error.isHttp() && error.code() == u"role_in_use"_s) {
            const int users = role.value(u"user_count"_s).toInt();
            text = users > 0 ? tr("The role %1 cannot be deleted because %n user(s) still have it. Remove the role "
                                  "from them on the Users page (filter by this role), then delete it.",
                                  nullptr, users)
                                   .arg(name)
                             : tr("The role %1 cannot be deleted because users still have it. Remove the role from "
                                  "them on the Users page (filter by this role), then delete it.")
                                   .arg(name);
            refresh();
        } else if (error.isHttp() && error.httpStatus() == 412) {
            text = tr("Someone else changed the role %1 a moment ago. The list has been refreshed; please check "
                      "and try again.")
                       .arg(name);
            refresh();
        } else {
            text = ErrorText::forError(error);
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Role Not Deleted"), text, QMessageBox::Ok, this);
        box->setObjectName(u"deleteError"_s);
        showMessage(box);
    });
}

} // namespace erp::client
