#include "client/ui/admin/UsersPage.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/RoleListModel.h"
#include "client/core/RoleText.h"
#include "client/core/Session.h"
#include "client/ui/admin/UserForm.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

UsersPage::UsersPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/users"_s, parent)
    , m_roles(new RoleListModel(api, this))
    , m_canManage(api->session()->hasPermission(P::UsersManage))
{
    m_roles->setCheckable(false);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleFilter"_s);
    m_role->setMinimumContentsLength(12);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilterWidget(m_status);
    addFilterWidget(m_role);

    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editUser(id);
    });
    m_activation = new QAction(this);
    m_activation->setObjectName(u"activationAction"_s);
    connect(m_activation, &QAction::triggered, this, &UsersPage::toggleActivation);
    m_unlock = new QAction(this);
    m_unlock->setObjectName(u"unlockAction"_s);
    connect(m_unlock, &QAction::triggered, this, &UsersPage::unlockSignIn);
    addPageAction(m_edit);
    if (m_canManage) {
        addPageAction(m_activation);
        addPageAction(m_unlock);
    }

    setDefaultSort(u"display_name"_s);
    setExportBaseName(u"users"_s);
    retranslate();
    setCreateEnabled(m_canManage);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"is_active"_s, m_status->currentData().toString()); });
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"role_id"_s, m_role->currentData().toString()); });
    connect(m_roles, &RoleListModel::loaded, this, &UsersPage::fillRoleFilter);
    connect(this, &ListPage::createRequested, this, &UsersPage::newUser);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &user) { editUser(jsonId(user.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, &UsersPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &UsersPage::updateActions);
    connect(model(), &PagedListModel::dataChanged, this, &UsersPage::updateActions);
    updateActions();
}

void UsersPage::activate()
{
    // The role filter's choices load with the page, not when the window opens.
    if (!m_roles->isLoaded() && !m_roles->isLoading())
        m_roles->load();
    ListPage::activate();
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::retranslate()
{
    auto status = ListColumn::text(u"is_active"_s, tr("Status"), u"is_active"_s);
    status.format = [](const QJsonObject &u) -> QVariant {
        return u.value(u"is_active"_s).toBool() ? tr("Active") : tr("Inactive");
    };
    status.data = [](const QJsonObject &u, int role) -> QVariant {
        if (role == Qt::ForegroundRole && !u.value(u"is_active"_s).toBool())
            return ColorScheme::colour(ColorScheme::Signal::Muted);
        return {};
    };
    auto created = ListColumn::text(u"created_at"_s, tr("Created"), u"created_at"_s);
    created.format = [](const QJsonObject &u) -> QVariant {
        const QDateTime at = QDateTime::fromString(u.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        return at.isValid() ? LocaleFormat::date(at.toLocalTime().date()) : QString();
    };
    auto roles = ListColumn::text(u"role_names"_s, tr("Roles"));
    roles.format = [](const QJsonObject &u) -> QVariant {
        return RoleText::displayList(u.value(u"role_names"_s).toString());
    };
    setColumns({ListColumn::text(u"display_name"_s, tr("Name"), u"display_name"_s),
                ListColumn::text(u"email"_s, tr("Email"), u"email"_s), roles, status, created});

    setSearchPlaceholder(tr("Search name or email"));
    setEmptyTexts(tr("No users yet. Create the first one with “New User”."),
                  tr("No users match the search or filters."));
    setCreateText(m_canManage ? tr("New User") : QString());
    m_edit->setText(m_canManage ? tr("Edit…") : tr("Open…"));
    m_unlock->setText(tr("Unlock Sign-in"));
    m_unlock->setToolTip(tr("Lets the user sign in again at once after too many failed attempts."));

    const int statusIndex = qMax(0, m_status->currentIndex());
    {
        const QSignalBlocker block(m_status);
        m_status->clear();
        m_status->addItem(tr("Active and inactive"), QString());
        m_status->addItem(tr("Active only"), u"true"_s);
        m_status->addItem(tr("Inactive only"), u"false"_s);
        m_status->setCurrentIndex(statusIndex);
    }
    fillRoleFilter();
    updateActions();
}

void UsersPage::fillRoleFilter()
{
    const QString current = m_role->currentData().toString();
    const QSignalBlocker block(m_role);
    m_role->clear();
    m_role->addItem(tr("All roles"), QString());
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QModelIndex index = m_roles->index(row);
        m_role->addItem(index.data(Qt::DisplayRole).toString(),
                        QString::number(index.data(RoleListModel::IdRole).toLongLong()));
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(current)));
}

void UsersPage::updateActions()
{
    const QJsonObject user = currentItem();
    m_edit->setEnabled(!user.isEmpty());
    m_activation->setEnabled(!user.isEmpty() && m_canManage);
    m_activation->setText(user.value(u"is_active"_s).toBool(true) ? tr("Deactivate") : tr("Reactivate"));
    m_unlock->setEnabled(!user.isEmpty() && m_canManage);
}

void UsersPage::unlockSignIn()
{
    const QJsonObject user = currentItem();
    if (user.isEmpty() || !m_canManage)
        return;
    const QString email = user.value(u"email"_s).toString();
    ApiReply *reply = api()->post(u"/users/%1/unlock-sign-in"_s.arg(jsonId(user.value(u"id"_s))));
    m_unlock->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply, email] {
        updateActions();
        if (reply->isSuccess()) {
            const int cleared = reply->json().value(u"locks_cleared"_s).toInt();
            emit statusMessage(cleared > 0 ? tr("%1 can sign in again at once.").arg(email)
                                           : tr("%1 was not locked out.").arg(email),
                               5000);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, ErrorText::titleFor(reply->error()),
                                    ErrorText::forError(reply->error()), QMessageBox::Ok, this);
        box->setObjectName(u"unlockError"_s);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

UserForm *UsersPage::makeForm()
{
    auto *form = new UserForm(api(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const SessionUser &me = api()->session()->user();
    form->setPasswordContext({me.organisationSlug, me.organisationName});
    form->setReadOnly(!m_canManage);
    m_form = form;
    return form;
}

UserForm *UsersPage::newUser()
{
    if (!m_canManage)
        return nullptr;
    UserForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &user) {
        const qint64 id = jsonId(user.value(u"id"_s));
        emit statusMessage(tr("User %1 created.").arg(user.value(u"email"_s).toString()), 5000);
        refreshAndSelect(id);
    });
    form->startCreate();
    form->open();
    return form;
}

UserForm *UsersPage::editUser(qint64 id)
{
    if (id <= 0)
        return nullptr;
    UserForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &user) {
        model()->updateItem(user);
        emit statusMessage(tr("Changes to %1 saved.").arg(user.value(u"email"_s).toString()), 5000);
        updateActions();
    });
    form->startEdit(id);
    form->open();
    return form;
}

void UsersPage::toggleActivation()
{
    const QJsonObject user = currentItem();
    if (user.isEmpty() || !m_canManage)
        return;
    const bool active = user.value(u"is_active"_s).toBool();
    const QString who = user.value(u"display_name"_s).toString();
    if (!active) {
        setActive(user, true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Deactivate User"), tr("Deactivate %1?").arg(who),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deactivatePrompt"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("%1 will be signed out on every device and cannot sign in until reactivated. "
                               "Their records stay.")
                                .arg(who));
    QPushButton *confirm = box->addButton(tr("Deactivate"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, user] {
        if (box->clickedButton() == confirm)
            setActive(user, false);
    });
    box->open();
}

void UsersPage::setActive(const QJsonObject &user, bool active)
{
    const qint64 id = jsonId(user.value(u"id"_s));
    const QByteArray etag = '"' + QByteArray::number(user.value(u"version"_s).toInt()) + '"';
    ApiReply *reply = api()->patch(u"/users/%1"_s.arg(id), {{u"is_active"_s, active}}, etag);
    m_activation->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply, active, user] {
        updateActions();
        if (reply->isSuccess()) {
            model()->updateItem(reply->json());
            emit statusMessage(active ? tr("%1 can sign in again.").arg(user.value(u"email"_s).toString())
                                      : tr("%1 was deactivated.").arg(user.value(u"email"_s).toString()),
                               5000);
            updateActions();
            return;
        }
        QString text = ErrorText::forError(reply->error());
        if (reply->error().isHttp() && reply->error().httpStatus() == 412) {
            text = tr("Someone else changed this user a moment ago. The list has been refreshed; please check "
                      "and try again.");
            refresh();
        }
        auto *box
            = new QMessageBox(QMessageBox::Warning, ErrorText::titleFor(reply->error()), text, QMessageBox::Ok, this);
        box->setObjectName(u"activationError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace erp::client
