#include "client/ui/admin/UserForm.h"

#include "client/core/ApiClient.h"
#include "client/core/ErrorText.h"
#include "client/core/RoleListModel.h"
#include "shared/PasswordPolicy.h"
#include "shared/Validation.h"
#include "ui_UserForm.h"

#include <QEvent>
#include <QJsonArray>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

UserForm::UserForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/users"_s, parent)
    , m_ui(std::make_unique<Ui::UserForm>())
    , m_roles(new RoleListModel(api, this))
{
    setObjectName(u"userForm"_s);
    m_ui->setupUi(contentWidget());
    m_ui->rolesView->setModel(m_roles);
    QPalette hint = m_ui->passwordHint->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_ui->passwordHint->setPalette(hint);
    m_ui->passwordHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The form layout would squeeze the wrapped hint below its text when the
    // roles list beside it wants room (200 % text): it keeps the height its
    // lines need at its width.
    m_ui->passwordHint->installEventFilter(this);

    registerField(u"email"_s, m_ui->emailEdit, m_ui->emailLabel);
    registerField(u"display_name"_s, m_ui->displayNameEdit, m_ui->displayNameLabel);
    registerField(u"password"_s, m_ui->passwordEdit, m_ui->passwordLabel);
    registerField(u"is_active"_s, m_ui->activeCheck, m_ui->activeLabel);
    registerField(u"role_ids"_s, m_ui->rolesView, m_ui->rolesLabel);

    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, &UserForm::markEdited);
    connect(m_ui->displayNameEdit, &QLineEdit::textEdited, this, &UserForm::markEdited);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, &UserForm::markEdited);
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, &UserForm::markEdited);
    connect(m_roles, &RoleListModel::loaded, this, [this] { m_roles->setCheckedRoleIds(m_roleIds); });
    connect(m_roles, &RoleListModel::checkedRoleIdsChanged, this, [this] {
        if (!m_roles->isLoaded())
            return;
        m_roleIds = m_roles->checkedRoleIds();
        markEdited();
    });
    connect(m_roles, &RoleListModel::loadFailed, this, [this](const ApiError &error) {
        setBannerText(tr("The roles could not be loaded: %1").arg(ErrorText::forError(error)));
    });
    m_roles->load();
    resize(520, 480);
    retranslate();
}

UserForm::~UserForm() = default;

void UserForm::setReadOnly(bool readOnly)
{
    saveButton()->setVisible(!readOnly);
    m_ui->emailEdit->setReadOnly(readOnly);
    m_ui->displayNameEdit->setReadOnly(readOnly);
    m_ui->passwordEdit->setEnabled(!readOnly);
    m_ui->activeCheck->setEnabled(!readOnly);
    m_roles->setReadOnly(readOnly);
}

QJsonObject UserForm::values() const
{
    QList<qint64> ids = m_roleIds;
    std::sort(ids.begin(), ids.end());
    QJsonArray roles;
    for (qint64 id : ids)
        roles.append(double(id));
    QJsonObject v {{u"email"_s, m_ui->emailEdit->text().trimmed()},
                   {u"display_name"_s, m_ui->displayNameEdit->text().trimmed()},
                   {u"is_active"_s, m_ui->activeCheck->isChecked()},
                   {u"role_ids"_s, roles}};
    // An empty password field means "keep the current one" when editing.
    if (!m_ui->passwordEdit->text().isEmpty())
        v.insert(u"password"_s, m_ui->passwordEdit->text());
    return v;
}

void UserForm::setValues(const QJsonObject &record)
{
    m_ui->emailEdit->setText(record.value(u"email"_s).toString());
    m_ui->displayNameEdit->setText(record.value(u"display_name"_s).toString());
    m_ui->passwordEdit->clear();
    m_ui->activeCheck->setChecked(record.value(u"is_active"_s).toBool(true));
    m_roleIds.clear();
    for (const QJsonValue &id : record.value(u"role_ids"_s).toArray())
        m_roleIds.append(qint64(id.toDouble()));
    if (m_roles->isLoaded())
        m_roles->setCheckedRoleIds(m_roleIds);
}

QList<FieldError> UserForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    const QString email = v.value(u"email"_s).toString();
    if (!erp::shared::Validation::isEmail(email))
        problems.append(
            {u"email"_s, u"invalid_email"_s, tr("Enter a valid email address, for example name@example.com.")});
    if (v.value(u"display_name"_s).toString().isEmpty())
        problems.append({u"display_name"_s, u"required"_s, tr("Enter the user's name.")});
    if (v.contains(u"password"_s)) {
        for (const auto &problem : erp::shared::PasswordPolicy::check(v.value(u"password"_s).toString(),
                                                                      m_passwordContext + QStringList {email}))
            problems.append({u"password"_s, problem.code, problem.message});
    } else if (isNew()) {
        problems.append({u"password"_s, u"required"_s, tr("Set an initial password for the user.")});
    }
    return problems;
}

QString UserForm::recordName() const
{
    const QString email = record().value(u"email"_s).toString();
    return isNew() || email.isEmpty() ? tr("New user") : tr("User %1").arg(email);
}

QString UserForm::titleForNew() const
{
    return tr("New User");
}

QString UserForm::titleForEdit() const
{
    const QString name = record().value(u"display_name"_s).toString();
    return name.isEmpty() ? tr("Edit User") : tr("Edit User: %1").arg(name);
}

QString UserForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"role_ids"_s) {
        QStringList names;
        for (const QJsonValue &id : value.toArray()) {
            const int row = m_roles->rowOfId(qint64(id.toDouble()));
            names << (row >= 0 ? m_roles->data(m_roles->index(row), RoleListModel::NameRole).toString()
                               : QString::number(qint64(id.toDouble())));
        }
        names.sort(Qt::CaseInsensitive);
        return names.isEmpty() ? tr("(no roles)") : names.join(u", "_s);
    }
    if (field == u"password"_s)
        return value.isString() ? tr("(a new password)") : tr("(unchanged)");
    if (field == u"is_active"_s)
        return value.toBool() ? tr("Active") : tr("Inactive");
    return RecordForm::displayValue(field, value);
}

void UserForm::recordChanged()
{
    retranslate();
}

void UserForm::retranslate()
{
    if (isNew()) {
        m_ui->passwordLabel->setText(tr("Initial &password:"));
        m_ui->passwordHint->setText(tr("At least %1 characters; a passphrase of several words is best. Give it "
                                       "to the user in person.")
                                        .arg(erp::shared::PasswordPolicy::MinLength));
    } else {
        m_ui->passwordLabel->setText(tr("New &password:"));
        m_ui->passwordHint->setText(tr("Leave empty to keep the current password. A new password signs the user "
                                       "out on every device, and they must replace it with one of their own at "
                                       "their next sign-in."));
    }
}

bool UserForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->passwordHint && event->type() == QEvent::Resize) {
        const int needed = m_ui->passwordHint->heightForWidth(m_ui->passwordHint->width());
        if (needed > 0 && m_ui->passwordHint->minimumHeight() != needed)
            m_ui->passwordHint->setMinimumHeight(needed);
    }
    return RecordForm::eventFilter(watched, event);
}

void UserForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(contentWidget());
        retranslate();
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
