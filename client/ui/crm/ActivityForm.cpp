#include "client/ui/crm/ActivityForm.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/CrmText.h"
#include "shared/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

const QStringList kinds {u"call"_s, u"meeting"_s, u"email"_s, u"task"_s};

QString aboutLine(const QString &field, const QString &name)
{
    if (field == u"lead_id"_s)
        return ActivityForm::tr("Lead: %1").arg(name);
    if (field == u"contact_id"_s)
        return ActivityForm::tr("Contact: %1").arg(name);
    if (field == u"account_id"_s)
        return ActivityForm::tr("Account: %1").arg(name);
    return ActivityForm::tr("(nothing)");
}

} // namespace

ActivityForm::ActivityForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/activities"_s, parent)
    , m_api(api)
{
    setObjectName(u"activityForm"_s);
    QWidget *content = contentWidget();
    m_kindLabel = new QLabel(content);
    m_kind = new QComboBox(content);
    m_kind->setObjectName(u"kindEdit"_s);
    m_subjectLabel = new QLabel(content);
    m_subject = new QLineEdit(content);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setMaxLength(200);
    m_dueLabel = new QLabel(content);
    m_due = new QDateTimeEdit(content);
    m_due->setObjectName(u"dueEdit"_s);
    m_due->setCalendarPopup(true);
    m_doneLabel = new QLabel(content);
    m_done = new QCheckBox(content);
    m_done->setObjectName(u"doneEdit"_s);
    m_assigneeLabel = new QLabel(content);
    m_assignee = new QComboBox(content);
    m_assignee->setObjectName(u"assigneeEdit"_s);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lookups = new CrmLookups(api, this);
    m_aboutLabel = new QLabel(content);
    m_about = new QLabel(content);
    m_about->setObjectName(u"aboutLabel"_s);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    // A new activity from My Activities: the user picks the lead, contact or
    // account (the server wants exactly one).
    m_aboutChooser = new QWidget(content);
    m_aboutKind = new QComboBox(m_aboutChooser);
    m_aboutKind->setObjectName(u"aboutKindEdit"_s);
    m_aboutPicker = new ReferencePicker(m_aboutChooser);
    m_aboutPicker->setObjectName(u"aboutPicker"_s);
    auto *chooser = new QHBoxLayout(m_aboutChooser);
    chooser->setContentsMargins(0, 0, 0, 0);
    chooser->addWidget(m_aboutKind);
    chooser->addWidget(m_aboutPicker, 1);
    m_aboutChooser->hide();
    m_notesLabel = new QLabel(content);
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_kindLabel->setBuddy(m_kind);
    m_subjectLabel->setBuddy(m_subject);
    m_dueLabel->setBuddy(m_due);
    m_doneLabel->setBuddy(m_done);
    m_assigneeLabel->setBuddy(m_assignee);
    m_notesLabel->setBuddy(m_notes);

    auto *layout = new QFormLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(m_subjectLabel, m_subject);
    layout->addRow(m_kindLabel, m_kind);
    layout->addRow(m_dueLabel, m_due);
    layout->addRow(m_doneLabel, m_done);
    layout->addRow(m_assigneeLabel, m_assignee);
    // One row: the record it is about, or (new, from My Activities) the choice.
    auto *aboutCell = new QWidget(content);
    auto *aboutLayout = new QHBoxLayout(aboutCell);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->addWidget(m_about, 1);
    aboutLayout->addWidget(m_aboutChooser, 1);
    layout->addRow(m_aboutLabel, aboutCell);
    layout->addRow(m_notesLabel, m_notes);

    registerField(u"subject"_s, m_subject, m_subjectLabel);
    registerField(u"kind"_s, m_kind, m_kindLabel);
    registerField(u"due_at"_s, m_due, m_dueLabel);
    registerField(u"done"_s, m_done, m_doneLabel);
    registerField(u"notes"_s, m_notes, m_notesLabel);
    registerField(u"assignee_id"_s, m_assignee, m_assigneeLabel);
    registerField(u"lead_id"_s, m_aboutChooser, m_aboutLabel);
    connect(m_aboutKind, &QComboBox::currentIndexChanged, this, &ActivityForm::chooseAboutKind);
    connect(m_aboutPicker, &ReferencePicker::idChanged, this, &ActivityForm::markEdited);
    connect(m_subject, &QLineEdit::textEdited, this, &ActivityForm::markEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityForm::markEdited);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, &ActivityForm::markEdited);
    connect(m_done, &QCheckBox::toggled, this, &ActivityForm::markEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ActivityForm::markEdited);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, [this] {
        m_assigneeId = CrmLookups::selectedId(m_assignee);
        markEdited();
    });
    connect(m_lookups, &CrmLookups::assigneesChanged, this, &ActivityForm::fillAssignees);
    connect(m_lookups, &CrmLookups::loadFailed, this, [this](const ApiError &error) {
        setBannerText(tr("The people to assign to could not be loaded: %1").arg(ErrorText::forError(error)));
    });
    m_lookups->loadAssignees();
    retranslate();
    showAssigneeAccess();
    resize(480, 420);
}

void ActivityForm::setAbout(const QString &field, qint64 id, const QString &name)
{
    m_aboutField = field;
    m_aboutId = id;
    m_aboutName = name;
    m_about->setText(aboutLine(field, name));
    // Nothing given: the user chooses (only new activities come without one).
    const bool choose = field.isEmpty();
    m_about->setVisible(!choose);
    m_aboutChooser->setVisible(choose);
}

void ActivityForm::chooseAboutKind()
{
    const QString field = m_aboutKind->currentData().toString();
    const QString path = field == u"lead_id"_s      ? u"/leads"_s
                         : field == u"contact_id"_s ? u"/contacts"_s
                                                    : u"/accounts"_s;
    m_aboutPicker->clearValue();
    m_aboutPicker->setSource(m_api, path, field == u"lead_id"_s ? u"title"_s : u"name"_s);
}

QString ActivityForm::aboutText() const
{
    return m_about->text();
}

bool ActivityForm::canChooseAssignee() const
{
    // Only who may list users knows whom to choose from; the server also
    // wants crm.edit, which every user who may open this form for editing has.
    const Session *session = m_api->session();
    return session->hasPermission(erp::shared::Permission::UsersView)
        && session->hasPermission(erp::shared::Permission::CrmEdit);
}

void ActivityForm::fillAssignees()
{
    // Keeps the current assignee, also one the list does not hold (a
    // colleague a rep gave the activity to, who is not theirs to list).
    const QSignalBlocker block(m_assignee);
    CrmLookups::fill(m_assignee, m_lookups->assignees(), {}, m_assigneeId);
}

void ActivityForm::showAssigneeAccess()
{
    const bool choose = canChooseAssignee();
    showReadOnly(m_assignee, m_readOnly || !choose,
                 m_readOnly || choose ? QString()
                                      : tr("Activities you create are yours; a manager can give them to someone else."));
}

void ActivityForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showAssigneeAccess();
    saveButton()->setVisible(!readOnly);
    m_subject->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_due->setReadOnly(readOnly);
    m_done->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
}

void ActivityForm::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_dueLabel->setText(tr("D&ue:"));
    m_doneLabel->setText(tr("Do&ne:"));
    m_assigneeLabel->setText(tr("Assi&gned to:"));
    m_done->setText(tr("This activity is done"));
    m_aboutLabel->setText(tr("About:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_due->setDisplayFormat(LocaleFormat::dateTimeFormat());
    const QString kind = m_kind->currentData().toString();
    {
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        for (const QString &k : kinds)
            m_kind->addItem(CrmText::activityKind(k), k);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    }
    if (!m_aboutField.isEmpty())
        m_about->setText(aboutLine(m_aboutField, m_aboutName));
    const QString aboutKind = m_aboutKind->currentData().toString();
    {
        const QSignalBlocker block(m_aboutKind);
        m_aboutKind->clear();
        m_aboutKind->addItem(tr("Lead"), u"lead_id"_s);
        m_aboutKind->addItem(tr("Contact"), u"contact_id"_s);
        m_aboutKind->addItem(tr("Account"), u"account_id"_s);
        m_aboutKind->setCurrentIndex(qMax(0, m_aboutKind->findData(aboutKind)));
    }
    m_aboutKind->setAccessibleName(tr("About a"));
    m_aboutKind->setToolTip(tr("Whether the activity is about a lead, a contact or an account"));
    m_aboutPicker->setPlaceholderText(tr("Type to search…"));
    if (aboutKind.isEmpty())
        chooseAboutKind();
}

QJsonObject ActivityForm::values() const
{
    const QString notes = m_notes->toPlainText().trimmed();
    return {{u"kind"_s, m_kind->currentData().toString()},
            {u"subject"_s, m_subject->text().trimmed()},
            {u"due_at"_s, m_due->dateTime().toUTC().toString(Qt::ISODate)},
            {u"done"_s, m_done->isChecked()},
            {u"assignee_id"_s, m_assigneeId > 0 ? QJsonValue(double(m_assigneeId)) : QJsonValue(QJsonValue::Null)},
            {u"notes"_s, notes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notes)}};
}

void ActivityForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker blockNotes(m_notes);
    if (record.isEmpty()) {
        m_kind->setCurrentIndex(0);
        m_subject->clear();
        // Tomorrow at nine, a sensible first guess for a follow-up.
        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
        m_due->setDateTime(tomorrow);
        m_done->setChecked(false);
        m_notes->clear();
        // New activities are for whoever creates them until they choose.
        const SessionUser &me = m_api->session()->user();
        m_assigneeId = me.id;
        const QSignalBlocker blockAssignee(m_assignee);
        CrmLookups::select(m_assignee, me.id, me.displayName.isEmpty() ? me.email : me.displayName);
        return;
    }
    m_assigneeId = jsonId(record.value(u"assignee_id"_s));
    {
        const QSignalBlocker blockAssignee(m_assignee);
        if (m_assigneeId > 0)
            CrmLookups::select(m_assignee, m_assigneeId, record.value(u"assignee_name"_s).toString());
        else
            m_assignee->setCurrentIndex(-1);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(record.value(u"kind"_s).toString())));
    m_subject->setText(record.value(u"subject"_s).toString());
    m_due->setDateTime(QDateTime::fromString(record.value(u"due_at"_s).toString(), Qt::ISODateWithMs).toLocalTime());
    m_done->setChecked(record.value(u"done"_s).toBool());
    m_notes->setPlainText(record.value(u"notes"_s).toString());
    for (const QString &field : {u"lead_id"_s, u"contact_id"_s, u"account_id"_s}) {
        if (!record.value(field).isNull() && !record.value(field).isUndefined()) {
            setAbout(field, jsonId(record.value(field)), record.value(u"about_name"_s).toString());
            return;
        }
    }
    setAbout(QString(), 0, QString());
}

QJsonObject ActivityForm::createBody(const QJsonObject &values) const
{
    QJsonObject body = values;
    if (!m_aboutField.isEmpty() && m_aboutId > 0)
        body.insert(m_aboutField, double(m_aboutId));
    else if (m_aboutPicker->id() > 0)
        body.insert(m_aboutKind->currentData().toString(), double(m_aboutPicker->id()));
    return body;
}

QList<FieldError> ActivityForm::validate(const QJsonObject &values) const
{
    QList<FieldError> problems;
    if (values.value(u"subject"_s).toString().isEmpty())
        problems.append({u"subject"_s, u"required"_s, tr("Say in a few words what is to be done.")});
    if (isNew() && m_aboutId <= 0 && m_aboutPicker->id() <= 0)
        problems.append({u"lead_id"_s, u"required"_s, tr("Choose the lead, contact or account this activity is about.")});
    return problems;
}

QString ActivityForm::recordName() const
{
    const QString subject = record().value(u"subject"_s).toString();
    return isNew() || subject.isEmpty() ? tr("New activity") : tr("Activity “%1”").arg(subject);
}

QString ActivityForm::titleForNew() const
{
    return tr("New Activity");
}

QString ActivityForm::titleForEdit() const
{
    const QString subject = record().value(u"subject"_s).toString();
    return subject.isEmpty() ? tr("Activity") : tr("Activity: %1").arg(subject);
}

QString ActivityForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"kind"_s)
        return CrmText::activityKind(value.toString());
    if (field == u"due_at"_s)
        return LocaleFormat::dateTime(value.toString());
    if (field == u"assignee_id"_s) {
        const qint64 id = jsonId(value);
        for (const CrmLookups::Choice &c : m_lookups->assignees())
            if (c.id == id)
                return c.name;
        return id == jsonId(record().value(u"assignee_id"_s)) ? record().value(u"assignee_name"_s).toString()
                                                                : QString::number(id);
    }
    return RecordForm::displayValue(field, value);
}

void ActivityForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

} // namespace erp::client
