#include "client/ui/admin/RoleForm.h"

#include "client/core/ApiClient.h"
#include "client/core/ErrorText.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/core/RoleText.h"
#include "ui_RoleForm.h"

#include <QEvent>
#include <QJsonArray>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>

#include <functional>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
bool isBuiltinAdmin(const QJsonObject &role)
{
    return role.value(u"is_builtin"_s).toBool() && role.value(u"name"_s).toString() == u"admin"_s;
}
} // namespace

RoleForm::RoleForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/roles"_s, parent)
    , m_ui(std::make_unique<Ui::RoleForm>())
    , m_permissions(new PermissionCatalogModel(api, this))
{
    setObjectName(u"roleForm"_s);
    m_ui->setupUi(contentWidget());
    m_ui->permissionsView->setModel(m_permissions);
    m_ui->builtinNote->hide();
    QPalette hint = m_ui->builtinNote->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_ui->builtinNote->setPalette(hint);
    m_ui->builtinNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    registerField(u"name"_s, m_ui->nameEdit, m_ui->nameLabel);
    registerField(u"permissions"_s, m_ui->permissionsView, m_ui->permissionsLabel);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &RoleForm::markEdited);
    connect(m_permissions, &PermissionCatalogModel::loaded, this, [this] {
        m_permissions->setCheckedPermissions(m_checked);
        m_ui->permissionsView->expandAll();
        // Wide enough for the longest permission at the user's text size
        // (within the screen): large text would otherwise cut them short.
        QTreeView *view = m_ui->permissionsView;
        int widest = 0;
        const std::function<void(const QModelIndex &, int)> measure = [&](const QModelIndex &parent, int depth) {
            for (int row = 0; row < m_permissions->rowCount(parent); ++row) {
                const QModelIndex index = m_permissions->index(row, 0, parent);
                widest = qMax(widest, view->sizeHintForIndex(index).width() + depth * view->indentation());
                measure(index, depth + 1);
            }
        };
        measure({}, view->rootIsDecorated() ? 1 : 0);
        const int wanted = widest + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
        const int most = screen() ? screen()->availableGeometry().width() * 2 / 3 : wanted;
        view->setMinimumWidth(qMin(wanted, most));
    });
    connect(m_permissions, &PermissionCatalogModel::checkedPermissionsChanged, this, [this] {
        if (!m_permissions->isLoaded())
            return;
        m_checked = m_permissions->checkedPermissions();
        markEdited();
    });
    connect(m_permissions, &PermissionCatalogModel::loadFailed, this, [this](const ApiError &error) {
        setBannerText(tr("The list of permissions could not be loaded: %1").arg(ErrorText::forError(error)));
    });
    m_permissions->load();
    resize(560, 600);
    retranslate();
}

RoleForm::~RoleForm() = default;

void RoleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void RoleForm::applyReadOnly()
{
    const bool locked = m_readOnly || isBuiltinAdmin(record());
    saveButton()->setVisible(!locked);
    m_ui->nameEdit->setReadOnly(locked);
    m_permissions->setReadOnly(locked);
}

QJsonObject RoleForm::values() const
{
    QStringList names = m_checked;
    names.sort();
    // A built-in role is shown by its display name; unless the user typed
    // another one, its stored name ("sales_rep") stays as it is.
    QString name = m_ui->nameEdit->text().trimmed();
    if (!isNew() && name == shownName(record()))
        name = record().value(u"name"_s).toString();
    return {{u"name"_s, name}, {u"permissions"_s, QJsonArray::fromStringList(names)}};
}

void RoleForm::setValues(const QJsonObject &record)
{
    m_ui->nameEdit->setText(shownName(record));
    m_checked.clear();
    for (const QJsonValue &p : record.value(u"permissions"_s).toArray())
        m_checked << p.toString();
    m_checked.sort();
    if (m_permissions->isLoaded())
        m_permissions->setCheckedPermissions(m_checked);
}

QList<FieldError> RoleForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Give the role a name.")});
    return problems;
}

QString RoleForm::shownName(const QJsonObject &role)
{
    return RoleText::displayName(role.value(u"name"_s).toString(), role.value(u"is_builtin"_s).toBool());
}

QString RoleForm::recordName() const
{
    const QString name = shownName(record());
    return isNew() || name.isEmpty() ? tr("New role") : tr("Role %1").arg(name);
}

QString RoleForm::titleForNew() const
{
    return tr("New Role");
}

QString RoleForm::titleForEdit() const
{
    const QString name = shownName(record());
    return name.isEmpty() ? tr("Edit Role") : tr("Edit Role: %1").arg(name);
}

QString RoleForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"permissions"_s) {
        QStringList labels;
        for (const QJsonValue &p : value.toArray())
            labels << PermissionCatalogModel::permissionLabel(p.toString(), p.toString());
        return labels.isEmpty() ? tr("(none)") : labels.join(u"\n"_s);
    }
    return RecordForm::displayValue(field, value);
}

void RoleForm::recordChanged()
{
    retranslate();
    applyReadOnly();
}

void RoleForm::retranslate()
{
    const QJsonObject r = record();
    if (isBuiltinAdmin(r)) {
        m_ui->builtinNote->setText(tr("The administrator role always holds every permission; it cannot be "
                                      "changed or deleted."));
    } else if (r.value(u"is_builtin"_s).toBool()) {
        m_ui->builtinNote->setText(tr("A built-in role. You can adjust its permissions to suit your "
                                      "organisation."));
    } else {
        m_ui->builtinNote->clear();
    }
    m_ui->builtinNote->setVisible(!m_ui->builtinNote->text().isEmpty());
}

void RoleForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(contentWidget());
        retranslate();
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
