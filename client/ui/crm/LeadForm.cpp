#include "client/ui/crm/LeadForm.h"
#include "client/core/JsonId.h"

#include "client/ui/crm/ActivitiesPanel.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/RelatedRecordsList.h"
#include "client/core/PagedListModel.h"
#include "client/ui/crm/ConvertLeadDialog.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/CrmText.h"
#include "shared/Currency.h"
#include "shared/Decimal.h"
#include "shared/Permissions.h"
#include "shared/Validation.h"
#include "ui_LeadForm.h"

#include <QDateTime>
#include <QEvent>
#include <QInputDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
const QString DefaultCurrency = u"EUR"_s;
// estimated_value is numeric(14, 2): never more decimals than that, and
// fewer where the currency has fewer (JPY).
constexpr int ValueScale = 2;
constexpr int ValueIntegerDigits = 12;

int valueScale(const QString &currency)
{
    return qMin(erp::shared::Currency::minorUnits(currency).value_or(2), ValueScale);
}
} // namespace

LeadForm::LeadForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/leads"_s, parent)
    , m_ui(std::make_unique<Ui::LeadForm>())
    , m_api(api)
    , m_lookups(new CrmLookups(api, this))
{
    setObjectName(u"leadForm"_s);
    m_ui->setupUi(contentWidget());
    m_ui->currencyCombo->addItems(erp::shared::Currency::knownCodes());
    m_ui->currencyCombo->setMaxVisibleItems(15);
    m_ui->closeDateEdit->setDate(QDate::currentDate().addMonths(1));
    m_ui->valueEdit->setMaxLength(24);
    // Letters cannot be typed; separators can, and are checked on saving.
    m_valueValidator = new NumberValidator(ValueScale, false, m_ui->valueEdit);
    m_ui->valueEdit->setValidator(m_valueValidator);
    applyLocale();
    m_ui->statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The left column has no field that grows: keep its rows together at the top.
    m_ui->columnsLayout->setAlignment(m_ui->leftForm, Qt::AlignTop);
    // Nested form layouts would inherit the wide gap between the two columns.
    for (QFormLayout *form : {m_ui->leftForm, m_ui->rightForm}) {
        form->setVerticalSpacing(6);
        form->setHorizontalSpacing(10);
    }
    m_ui->valueLayout->setSpacing(6);
    m_ui->closeDateLayout->setSpacing(6);
    m_ui->valueLayout->setAlignment(m_ui->currencyCombo, Qt::AlignTop);
    for (QComboBox *combo : {m_ui->stageCombo, m_ui->ownerCombo}) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->setMinimumContentsLength(16);
    }
    QFont bold = m_ui->statusLabel->font();
    bold.setBold(true);
    m_ui->statusLabel->setFont(bold);

    registerField(u"title"_s, m_ui->titleEdit, m_ui->titleLabel);
    registerField(u"company"_s, m_ui->companyEdit, m_ui->companyLabel);
    registerField(u"contact_name"_s, m_ui->contactNameEdit, m_ui->contactNameLabel);
    registerField(u"email"_s, m_ui->emailEdit, m_ui->emailLabel);
    registerField(u"phone"_s, m_ui->phoneEdit, m_ui->phoneLabel);
    registerField(u"source"_s, m_ui->sourceEdit, m_ui->sourceLabel);
    registerField(u"estimated_value"_s, m_ui->valueEdit, m_ui->valueLabel);
    registerField(u"currency"_s, m_ui->currencyCombo, nullptr);
    registerField(u"probability"_s, m_ui->probabilitySpin, m_ui->probabilityLabel);
    registerField(u"expected_close_date"_s, m_ui->closeDateEdit, m_ui->closeDateLabel);
    registerField(u"stage_id"_s, m_ui->stageCombo, m_ui->stageLabel);
    registerField(u"owner_id"_s, m_ui->ownerCombo, m_ui->ownerLabel);
    registerField(u"notes"_s, m_ui->notesEdit, m_ui->notesLabel);

    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->companyEdit, m_ui->contactNameEdit, m_ui->emailEdit,
                            m_ui->phoneEdit, m_ui->sourceEdit, m_ui->valueEdit})
        connect(edit, &QLineEdit::textEdited, this, &LeadForm::markEdited);
    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_valueValidator->setMaxScale(valueScale(m_ui->currencyCombo->currentText()));
        markEdited();
    });
    connect(m_ui->probabilitySpin, &QSpinBox::valueChanged, this, &LeadForm::markEdited);
    connect(m_ui->closeDateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->closeDateEdit->setEnabled(on && !m_readOnly);
        markEdited();
    });
    connect(m_ui->closeDateEdit, &QDateEdit::dateChanged, this, &LeadForm::markEdited);
    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_stageId = CrmLookups::selectedId(m_ui->stageCombo);
        markEdited();
    });
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ownerId = CrmLookups::selectedId(m_ui->ownerCombo);
        markEdited();
    });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &LeadForm::markEdited);
    // Status actions are offered only for the saved state: changeEvent()
    // follows the modified marker that markEdited() sets.

    connect(m_ui->winButton, &QPushButton::clicked, this, &LeadForm::markWon);
    connect(m_ui->loseButton, &QPushButton::clicked, this, &LeadForm::markLost);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &LeadForm::reopen);
    connect(m_ui->convertButton, &QPushButton::clicked, this, &LeadForm::convert);

    connect(m_lookups, &CrmLookups::stagesChanged, this, &LeadForm::fillStages);
    connect(m_lookups, &CrmLookups::ownersChanged, this, &LeadForm::fillOwners);
    connect(m_lookups, &CrmLookups::loadFailed, this, [this](const ApiError &error) {
        setBannerText(tr("The stages or owners could not be loaded: %1").arg(ErrorText::forError(error)));
    });
    m_lookups->loadStages();
    m_lookups->loadOwners();
    // The two columns of fields stack when the form is narrow.
    addCollapsingColumns(m_ui->columnsLayout, 720);

    m_related = new QTabWidget(contentWidget());
    m_related->setObjectName(u"relatedTabs"_s);
    // Its activities, the first tab: create, open, complete and delete them here.
    m_activities = ActivitiesPanel::attachTo(this, api, u"lead_id"_s,
                                             [](const QJsonObject &r) { return r.value(u"title"_s).toString(); });
    m_related->addTab(m_activities, QString());
    if (api->session()->hasPermission(erp::shared::Permission::AuditView)) {
        m_history = new RelatedRecordsList(api, u"/audit-log"_s, m_related);
        m_history->setObjectName(u"relatedHistory"_s);
        m_history->setSort(u"-id"_s);
        m_history->model()->setFilter(u"entity"_s, u"lead"_s);
        m_related->addTab(m_history, QString());
    }
    // The fields come first (an error under a field needs its lines): the
    // related tabs keep a fixed share and the fields take the rest.
    m_related->setMinimumHeight(190);
    m_related->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_ui->outerLayout->addWidget(m_related, 0);
    m_related->hide();
    retranslateRelated();
    resize(820, 740);
    setReadOnly(false);
    retranslate();
}

LeadForm::~LeadForm() = default;

void LeadForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    saveButton()->setVisible(!readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->titleEdit, m_ui->companyEdit, m_ui->contactNameEdit,
                                                        m_ui->emailEdit, m_ui->phoneEdit, m_ui->sourceEdit,
                                                        m_ui->valueEdit, m_ui->notesEdit, m_ui->currencyCombo,
                                                        m_ui->probabilitySpin, m_ui->closeDateCheck, m_ui->stageCombo})
        showReadOnly(w, readOnly);
    // Without crm.view_all a lead can only be one's own (the server refuses
    // anything else): the owner is shown, not offered.
    const bool canAssign = m_api->session()->hasPermission(erp::shared::Permission::CrmViewAll);
    showReadOnly(m_ui->ownerCombo, readOnly || !canAssign,
                 readOnly || canAssign ? QString() : tr("Your leads are yours; a manager can give them to someone else."));
    m_ui->closeDateEdit->setEnabled(!readOnly && m_ui->closeDateCheck->isChecked());
    updateActions();
}

QJsonObject LeadForm::values() const
{
    QJsonObject v {{u"title"_s, m_ui->titleEdit->text().trimmed()},
                   {u"company"_s, m_ui->companyEdit->text().trimmed()},
                   {u"contact_name"_s, m_ui->contactNameEdit->text().trimmed()},
                   {u"email"_s, m_ui->emailEdit->text().trimmed()},
                   {u"phone"_s, m_ui->phoneEdit->text().trimmed()},
                   {u"source"_s, m_ui->sourceEdit->text().trimmed()},
                   {u"currency"_s, m_ui->currencyCombo->currentText()},
                   {u"probability"_s, m_ui->probabilitySpin->value()},
                   {u"notes"_s, m_ui->notesEdit->toPlainText()}};
    // Empty optional text is sent as null, as the server stores it.
    for (const QString &key : {u"company"_s, u"contact_name"_s, u"email"_s, u"phone"_s, u"source"_s, u"notes"_s})
        if (v.value(key).toString().isEmpty())
            v.insert(key, QJsonValue::Null);
    const QString typed = m_ui->valueEdit->text().trimmed();
    const auto amount = LocaleFormat::parseAmount(typed, m_ui->currencyCombo->currentText(), ValueScale);
    if (typed.isEmpty()) {
        v.insert(u"estimated_value"_s, QJsonValue::Null);
    } else if (amount.ok()) {
        // The server answers with two decimals; compare like with like.
        const auto parsed = erp::shared::Decimal::parse(amount.decimal);
        const auto cents = parsed ? parsed->rescaled(ValueScale) : std::nullopt;
        v.insert(u"estimated_value"_s, cents ? cents->toString() : amount.decimal);
    } else {
        v.insert(u"estimated_value"_s, typed); // validate() reports it; never sent
    }
    v.insert(u"expected_close_date"_s, m_ui->closeDateCheck->isChecked()
                                            ? QJsonValue(m_ui->closeDateEdit->date().toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null));
    if (m_stageId > 0)
        v.insert(u"stage_id"_s, double(m_stageId));
    if (m_ownerId > 0)
        v.insert(u"owner_id"_s, double(m_ownerId));
    return v;
}

void LeadForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker blockNotes(m_ui->notesEdit);
    m_ui->titleEdit->setText(record.value(u"title"_s).toString());
    m_ui->companyEdit->setText(record.value(u"company"_s).toString());
    m_ui->contactNameEdit->setText(record.value(u"contact_name"_s).toString());
    m_ui->emailEdit->setText(record.value(u"email"_s).toString());
    m_ui->phoneEdit->setText(record.value(u"phone"_s).toString());
    m_ui->sourceEdit->setText(record.value(u"source"_s).toString());
    m_ui->notesEdit->setPlainText(record.value(u"notes"_s).toString());
    m_ui->valueEdit->setText(LocaleFormat::decimalForEditing(record.value(u"estimated_value"_s).toString()));
    {
        const QSignalBlocker block(m_ui->currencyCombo);
        const QString currency = record.value(u"currency"_s).toString(DefaultCurrency);
        int index = m_ui->currencyCombo->findText(currency);
        if (index < 0) {
            m_ui->currencyCombo->addItem(currency);
            index = m_ui->currencyCombo->count() - 1;
        }
        m_ui->currencyCombo->setCurrentIndex(index);
        m_valueValidator->setMaxScale(valueScale(currency));
    }
    {
        const QSignalBlocker block(m_ui->probabilitySpin);
        m_ui->probabilitySpin->setValue(record.value(u"probability"_s).toInt(10));
    }
    const QDate close = QDate::fromString(record.value(u"expected_close_date"_s).toString(), Qt::ISODate);
    {
        const QSignalBlocker block(m_ui->closeDateCheck);
        const QSignalBlocker blockDate(m_ui->closeDateEdit);
        m_ui->closeDateCheck->setChecked(close.isValid());
        m_ui->closeDateEdit->setDate(close.isValid() ? close : QDate::currentDate().addMonths(1));
        m_ui->closeDateEdit->setEnabled(close.isValid() && !m_readOnly);
    }
    m_stageId = jsonId(record.value(u"stage_id"_s));
    m_ownerId = jsonId(record.value(u"owner_id"_s));
    if (record.isEmpty()) {
        // A new lead belongs to whoever creates it and starts in the first stage.
        m_ownerId = m_api->session()->user().id;
    }
    {
        const QSignalBlocker a(m_ui->stageCombo);
        const QSignalBlocker b(m_ui->ownerCombo);
        CrmLookups::select(m_ui->stageCombo, m_stageId, record.value(u"stage_name"_s).toString());
        CrmLookups::select(m_ui->ownerCombo, m_ownerId, record.value(u"owner_name"_s).toString());
    }
}

QList<FieldError> LeadForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"title"_s).toString().isEmpty())
        problems.append({u"title"_s, u"required"_s, tr("Enter a title for the lead.")});
    const QString email = v.value(u"email"_s).toString();
    if (!email.isEmpty() && !erp::shared::Validation::isEmail(email))
        problems.append(
            {u"email"_s, u"invalid_email"_s, tr("Enter a valid email address, for example name@example.com.")});
    const QJsonValue value = v.value(u"estimated_value"_s);
    if (value.isString()) {
        const auto amount
            = LocaleFormat::parseAmount(m_ui->valueEdit->text(), v.value(u"currency"_s).toString(), ValueScale);
        const auto decimal = amount.ok() ? erp::shared::Decimal::parse(amount.decimal) : std::nullopt;
        if (!amount.ok())
            problems.append(
                {u"estimated_value"_s,
                 amount.problem == LocaleFormat::Problem::Negative ? u"must_not_be_negative"_s : u"invalid_decimal"_s,
                 amount.message});
        else if (!decimal || decimal->integerDigits() > ValueIntegerDigits)
            problems.append(
                {u"estimated_value"_s, u"too_large"_s, tr("At most 12 digits before the decimal point.")});
    }
    if (!erp::shared::Currency::isKnown(v.value(u"currency"_s).toString()))
        problems.append({u"currency"_s, u"unknown_currency"_s, tr("Choose a currency from the list.")});
    return problems;
}

QString LeadForm::recordName() const
{
    const QString title = record().value(u"title"_s).toString();
    return isNew() || title.isEmpty() ? tr("New lead") : tr("Lead “%1”").arg(title);
}

QString LeadForm::titleForNew() const
{
    return tr("New Lead");
}

QString LeadForm::titleForEdit() const
{
    const QString title = record().value(u"title"_s).toString();
    return title.isEmpty() ? tr("Edit Lead") : tr("Lead: %1").arg(title);
}

QString LeadForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"stage_id"_s) {
        const QString name = m_lookups->stageName(qint64(value.toDouble()));
        return name.isEmpty() ? record().value(u"stage_name"_s).toString() : name;
    }
    if (field == u"owner_id"_s) {
        const qint64 id = qint64(value.toDouble());
        for (const CrmLookups::Choice &c : m_lookups->owners())
            if (c.id == id)
                return c.name;
        return id == jsonId(record().value(u"owner_id"_s)) ? record().value(u"owner_name"_s).toString()
                                                                      : QString::number(id);
    }
    if (field == u"estimated_value"_s)
        return LocaleFormat::amount(value.toString(), {});
    if (field == u"expected_close_date"_s)
        return value.isNull() ? tr("(none)") : LocaleFormat::date(value.toString());
    if (field == u"probability"_s)
        return LocaleFormat::percent(value.toInt());
    return RecordForm::displayValue(field, value);
}

void LeadForm::recordChanged()
{
    updateActions();
    m_related->setVisible(!isNew());
    if (isNew())
        return;
    if (m_history)
        m_history->showFor(u"entity_id"_s, recordId());
}

QString LeadForm::historyText(const QJsonObject &entry) const
{
    const QString action = entry.value(u"action"_s).toString();
    const QJsonObject before = entry.value(u"before"_s).toObject();
    const QJsonObject after = entry.value(u"after"_s).toObject();
    const auto change = [](const QString &label, const QJsonValue &from, const QJsonValue &to) {
        const auto text = [](const QJsonValue &v) {
            return v.isDouble() ? LocaleFormat::number(v.toDouble()) : v.toString();
        };
        return tr("%1: %2 → %3").arg(label, text(from).isEmpty() ? tr("(none)") : text(from),
                                     text(to).isEmpty() ? tr("(none)") : text(to));
    };
    if (action == u"create"_s)
        return tr("Created");
    if (action == u"win"_s)
        return tr("Marked won");
    if (action == u"lose"_s)
        return tr("Marked lost: %1").arg(after.value(u"lost_reason"_s).toString());
    if (action == u"reopen"_s)
        return tr("Reopened");
    if (action == u"convert"_s)
        return tr("Converted");
    if (action == u"stage_change"_s)
        return change(tr("Stage"), before.value(u"stage_name"_s), after.value(u"stage_name"_s));
    if (action == u"owner_change"_s)
        return change(tr("Owner"), before.value(u"owner_name"_s), after.value(u"owner_name"_s));
    if (action == u"update"_s) {
        // The fields this form shows, by the words of their labels.
        const QList<std::pair<QString, QLabel *>> fields{
            {u"title"_s, m_ui->titleLabel},       {u"company"_s, m_ui->companyLabel},
            {u"contact_name"_s, m_ui->contactNameLabel}, {u"email"_s, m_ui->emailLabel},
            {u"phone"_s, m_ui->phoneLabel},       {u"source"_s, m_ui->sourceLabel},
            {u"estimated_value"_s, m_ui->valueLabel}, {u"currency"_s, nullptr},
            {u"probability"_s, m_ui->probabilityLabel}, {u"expected_close_date"_s, m_ui->closeDateLabel},
            {u"notes"_s, m_ui->notesLabel}};
        QStringList parts;
        for (const auto &[key, label] : fields) {
            if (before.value(key) == after.value(key))
                continue;
            QString name = label ? label->text() : tr("Currency");
            name.remove(QRegularExpression(u"&(?!&)"_s));
            if (name.endsWith(u':'))
                name.chop(1);
            parts << (key == u"notes"_s ? tr("%1 changed").arg(name) : change(name, before.value(key), after.value(key)));
        }
        return parts.isEmpty() ? tr("Changed") : parts.join(u"; "_s);
    }
    return action;
}

void LeadForm::retranslateRelated()
{
    m_related->setTabText(0, tr("Activities"));
    if (!m_history)
        return;
    auto when = ListColumn::text(u"occurred_at"_s, tr("When"));
    when.format = [](const QJsonObject &e) -> QVariant {
        const QDateTime at = QDateTime::fromString(e.value(u"occurred_at"_s).toString(), Qt::ISODateWithMs);
        return at.isValid() ? LocaleFormat::dateTime(at.toLocalTime()) : QString();
    };
    auto what = ListColumn::text(u"action"_s, tr("What"));
    what.format = [this](const QJsonObject &e) -> QVariant { return historyText(e); };
    what.data = [this](const QJsonObject &e, int role) -> QVariant {
        return role == Qt::ToolTipRole ? QVariant(historyText(e)) : QVariant();
    };
    m_history->setColumns({when, ListColumn::text(u"user_email"_s, tr("Who")), what});
    m_history->setEmptyText(tr("No changes recorded yet."));
    m_related->setTabText(1, tr("History"));
}

void LeadForm::fillStages()
{
    const QSignalBlocker block(m_ui->stageCombo);
    CrmLookups::fill(m_ui->stageCombo, m_lookups->stages(), {}, m_stageId);
}

void LeadForm::fillOwners()
{
    const QSignalBlocker block(m_ui->ownerCombo);
    CrmLookups::fill(m_ui->ownerCombo, m_lookups->owners(), {}, m_ownerId);
}

void LeadForm::updateActions()
{
    const QString status = record().value(u"status"_s).toString();
    m_ui->statusBar->setVisible(!isNew());
    QString text = tr("Status: %1").arg(CrmText::leadStatus(status));
    if (status == u"lost"_s && !record().value(u"lost_reason"_s).toString().isEmpty())
        text = tr("Status: %1 (%2)").arg(CrmText::leadStatus(status), record().value(u"lost_reason"_s).toString());
    m_ui->statusLabel->setText(text);
    const bool canAct = !m_readOnly && !isNew() && !isDirty() && !isBusy() && !m_actionBusy;
    const bool open = status == u"open"_s;
    m_ui->winButton->setVisible(open && !m_readOnly);
    m_ui->loseButton->setVisible(open && !m_readOnly);
    m_ui->convertButton->setVisible((open || status == u"won"_s) && !m_readOnly);
    m_ui->reopenButton->setVisible((status == u"won"_s || status == u"lost"_s) && !m_readOnly);
    for (QPushButton *b : {m_ui->winButton, m_ui->loseButton, m_ui->convertButton, m_ui->reopenButton}) {
        b->setEnabled(canAct);
        b->setToolTip(canAct || isNew() ? QString() : tr("Save or discard your changes first."));
    }
}

void LeadForm::markWon()
{
    runAction(u"win"_s, {});
}

void LeadForm::markLost()
{
    if (isNew() || m_actionBusy)
        return;
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(u"lostReasonPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("Mark Lead Lost"));
    prompt->setLabelText(tr("Why was “%1” lost?").arg(record().value(u"title"_s).toString()));
    prompt->setOkButtonText(tr("Mark Lost"));
    prompt->setInputMode(QInputDialog::TextInput);
    m_lostPrompt = prompt;
    connect(prompt, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            emit actionFailed(tr("Enter the reason the lead was lost."));
            setBannerText(tr("Enter the reason the lead was lost."));
            return;
        }
        runAction(u"lose"_s, {{u"lost_reason"_s, reason.trimmed()}});
    });
    prompt->open();
}

void LeadForm::reopen()
{
    runAction(u"reopen"_s, {});
}

ConvertLeadDialog *LeadForm::convert()
{
    if (isNew() || m_actionBusy)
        return nullptr;
    auto *dialog = new ConvertLeadDialog(m_api, record(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_convertDialog = dialog;
    connect(dialog, &ConvertLeadDialog::converted, this, [this](const QJsonObject &result) {
        emit leadChanged(result.value(u"lead"_s).toObject());
        startEdit(recordId());
    });
    dialog->open();
    return dialog;
}

void LeadForm::runAction(const QString &action, const QJsonObject &body)
{
    if (isNew() || m_actionBusy)
        return;
    m_actionBusy = true;
    updateActions();
    ApiReply *reply = m_api->post(u"/leads/%1/%2"_s.arg(recordId()).arg(action), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_actionBusy = false;
        if (!reply->isSuccess()) {
            const QString message = ErrorText::forError(reply->error());
            setBannerText(message);
            emit actionFailed(message);
            updateActions();
            return;
        }
        emit leadChanged(reply->json());
        // The version moved on: read the lead again (status, reason, ETag).
        startEdit(recordId());
    });
}

void LeadForm::applyLocale()
{
    // What is typed in the value field is rewritten in the new language's
    // form; the date field shows the language's order with a four-digit year.
    m_valueValidator->relocalise(m_ui->valueEdit);
    m_ui->valueEdit->setPlaceholderText(LocaleFormat::decimalForEditing(u"0.00"_s));
    m_ui->closeDateEdit->setDisplayFormat(LocaleFormat::dateFormat());
}

void LeadForm::retranslate()
{
    updateActions();
    if (m_related)
        retranslateRelated();
}

void LeadForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(contentWidget());
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        applyLocale();
    } else if (event->type() == QEvent::ModifiedChange) {
        updateActions();
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
