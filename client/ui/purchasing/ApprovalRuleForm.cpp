#include "client/ui/purchasing/ApprovalRuleForm.h"

#include "client/core/RoleText.h"
#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/inventory/DecimalInput.h"
#include "shared/Permissions.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// approval_rules: amounts numeric(15, 2).
constexpr int AmountScale = 2;
constexpr int AmountIntegerDigits = 13;
} // namespace

ApprovalRuleForm::ApprovalRuleForm(ApiClient *api, const QString &baseCurrency, QWidget *parent)
    : RecordForm(api, u"/approval-rules"_s, parent)
    , m_api(api)
    , m_baseCurrency(baseCurrency)
{
    setObjectName(u"approvalRuleForm"_s);
    m_from = new QLineEdit;
    m_from->setObjectName(u"fromEdit"_s);
    DecimalInput::attach(m_from, AmountScale);
    m_to = new QLineEdit;
    m_to->setObjectName(u"toEdit"_s);
    DecimalInput::attach(m_to, AmountScale);
    m_approvers = new QSpinBox;
    m_approvers->setObjectName(u"approversSpin"_s);
    m_approvers->setRange(0, 10);
    m_permission = new QComboBox;
    m_permission->setObjectName(u"permissionCombo"_s);
    for (const auto &p : erp::shared::allPermissions())
        m_permission->addItem(p.name, p.name);
    m_role = new QComboBox;
    m_role->setObjectName(u"roleCombo"_s);
    m_role->addItem(QString(), 0);
    m_roleCount = new QSpinBox;
    m_roleCount->setObjectName(u"roleCountSpin"_s);
    m_roleCount->setRange(0, 10);
    m_hint = new QLabel;
    m_hint->setObjectName(u"bandHint"_s);
    m_hint->setWordWrap(true);
    m_fromCurrency = new QLabel(baseCurrency);
    m_toCurrency = new QLabel(baseCurrency);

    auto *form = new QFormLayout(contentWidget());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto withUnit = [](QWidget *field, QLabel *unit) {
        auto *h = new QHBoxLayout;
        h->addWidget(field, 1);
        h->addWidget(unit);
        return h;
    };
    m_fromLabel = new QLabel;
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel;
    m_toLabel->setBuddy(m_to);
    form->addRow(m_fromLabel, withUnit(m_from, m_fromCurrency));
    form->addRow(m_toLabel, withUnit(m_to, m_toCurrency));
    auto row = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_approversLabel = row(m_approvers);
    m_permissionLabel = row(m_permission);
    m_roleLabel = row(m_role);
    m_roleCountLabel = row(m_roleCount);
    form->addRow(m_hint);
    registerField(u"from_amount"_s, m_from, m_fromLabel);
    registerField(u"to_amount"_s, m_to, m_toLabel);
    registerField(u"approvers_needed"_s, m_approvers, m_approversLabel);
    registerField(u"permission"_s, m_permission, m_permissionLabel);
    registerField(u"role_id"_s, m_role, m_roleLabel);
    registerField(u"role_approvers_needed"_s, m_roleCount, m_roleCountLabel);

    for (QLineEdit *e : {m_from, m_to})
        connect(e, &QLineEdit::textEdited, this, &ApprovalRuleForm::markEdited);
    connect(m_approvers, &QSpinBox::valueChanged, this, [this] {
        updateRoleCount();
        markEdited();
    });
    connect(m_permission, &QComboBox::currentIndexChanged, this, &ApprovalRuleForm::markEdited);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        updateRoleCount();
        markEdited();
    });
    connect(m_roleCount, &QSpinBox::valueChanged, this, &ApprovalRuleForm::markEdited);
    loadRoles();
    retranslate();
    updateRoleCount();
    resize(520, 360);
}

void ApprovalRuleForm::loadRoles()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *reply = m_api->get(u"/roles"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_rolesLoaded = true;
        if (!reply->isSuccess())
            return; // the role stays as loaded with the band; the list offers "anyone"
        const qint64 selected = m_role->currentData().toLongLong();
        const QString selectedName = m_role->currentText();
        const QSignalBlocker block(m_role);
        while (m_role->count() > 1)
            m_role->removeItem(1);
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray())
            m_role->addItem(RoleText::displayName(v.toObject().value(u"name"_s).toString(),
                                                  v.toObject().value(u"is_builtin"_s).toBool()),
                            v.toObject().value(u"id"_s).toInteger());
        selectRole(selected, selectedName);
    });
}

void ApprovalRuleForm::selectRole(qint64 id, const QString &name)
{
    int index = m_role->findData(id);
    if (index < 0 && id > 0) {
        m_role->addItem(RoleText::displayList(name), id);
        index = m_role->count() - 1;
    }
    m_role->setCurrentIndex(qMax(0, index));
}

void ApprovalRuleForm::updateRoleCount()
{
    const bool withRole = m_role->currentData().toLongLong() > 0;
    m_roleCount->setEnabled(withRole && !m_readOnly);
    if (!withRole) {
        const QSignalBlocker block(m_roleCount);
        m_roleCount->setValue(0);
    } else if (m_roleCount->value() == 0 && m_approvers->value() > 0) {
        m_roleCount->setValue(1);
    }
    m_roleCount->setMaximum(qMax(0, m_approvers->value()));
}

void ApprovalRuleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    saveButton()->setVisible(!readOnly);
    m_from->setReadOnly(readOnly);
    m_to->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_approvers, m_permission, m_role})
        w->setEnabled(!readOnly);
    updateRoleCount();
}

QJsonObject ApprovalRuleForm::values() const
{
    const qint64 role = m_role->currentData().toLongLong();
    return {{u"from_amount"_s, DecimalInput::value(m_from, AmountScale)},
            {u"to_amount"_s, DecimalInput::value(m_to, AmountScale)},
            {u"approvers_needed"_s, m_approvers->value()},
            {u"permission"_s, m_permission->currentData().toString()},
            {u"role_id"_s, role > 0 ? QJsonValue(double(role)) : QJsonValue(QJsonValue::Null)},
            {u"role_approvers_needed"_s, role > 0 ? m_roleCount->value() : 0}};
}

void ApprovalRuleForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_approvers), b(m_permission), c(m_role), d(m_roleCount);
    m_from->setText(DecimalInput::forEditing(record.value(u"from_amount"_s), AmountScale));
    m_to->setText(DecimalInput::forEditing(record.value(u"to_amount"_s), AmountScale));
    m_approvers->setValue(record.value(u"approvers_needed"_s).toInt(1));
    const int permission = m_permission->findData(record.value(u"permission"_s).toString(u"purchasing.approve"_s));
    m_permission->setCurrentIndex(qMax(0, permission));
    selectRole(record.value(u"role_id"_s).toInteger(), record.value(u"role_name"_s).toString());
    m_roleCount->setMaximum(10);
    m_roleCount->setValue(record.value(u"role_approvers_needed"_s).toInt());
    updateRoleCount();
}

QList<FieldError> ApprovalRuleForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (auto p = DecimalInput::check(u"from_amount"_s, m_from, AmountScale, AmountIntegerDigits, true))
        problems.append(*p);
    if (auto p = DecimalInput::check(u"to_amount"_s, m_to, AmountScale, AmountIntegerDigits, false))
        problems.append(*p);
    return problems;
    Q_UNUSED(v);
}

QString ApprovalRuleForm::recordName() const
{
    if (isNew())
        return tr("New approval band");
    const QJsonObject r = record();
    return r.value(u"to_amount"_s).isNull()
        ? tr("Approval band from %1").arg(LocaleFormat::amount(r.value(u"from_amount"_s).toString(), m_baseCurrency))
        : tr("Approval band %1 to %2")
              .arg(LocaleFormat::amount(r.value(u"from_amount"_s).toString(), m_baseCurrency),
                   LocaleFormat::amount(r.value(u"to_amount"_s).toString(), m_baseCurrency));
}

QString ApprovalRuleForm::titleForNew() const
{
    return tr("New Approval Band");
}

QString ApprovalRuleForm::titleForEdit() const
{
    return tr("Approval Band");
}

QString ApprovalRuleForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"from_amount"_s || field == u"to_amount"_s)
        return value.isString() ? LocaleFormat::amount(value.toString(), m_baseCurrency) : tr("no upper limit");
    if (field == u"role_id"_s) {
        const int index = m_role->findData(value.toInteger());
        return value.isNull() || index < 0 ? tr("anyone with the permission") : m_role->itemText(index);
    }
    return RecordForm::displayValue(field, value);
}

void ApprovalRuleForm::retranslate()
{
    m_fromLabel->setText(tr("Order total &from:"));
    m_toLabel->setText(tr("up &to (not including):"));
    m_to->setPlaceholderText(tr("no upper limit"));
    m_from->setPlaceholderText(LocaleFormat::decimalForEditing(u"0.00"_s));
    m_approversLabel->setText(tr("&Approvers needed:"));
    m_permissionLabel->setText(tr("Approvers hold &permission:"));
    m_roleLabel->setText(tr("Of &whom some hold role:"));
    m_role->setItemText(0, tr("(no role needed)"));
    m_roleCountLabel->setText(tr("&How many with the role:"));
    m_hint->setText(tr("Amounts are order totals in the base currency (%1). With 0 approvers, submitting an "
                       "order approves it at once. The creator of an order never counts as its approver.")
                        .arg(m_baseCurrency));
}

void ApprovalRuleForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        DecimalInput::relocalise(m_from);
        DecimalInput::relocalise(m_to);
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
