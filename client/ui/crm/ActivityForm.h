#pragma once

#include "client/ui/RecordForm.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace erp::client {

class CrmLookups;
class ReferencePicker;

// One activity (call, meeting, email, task): kind, subject, due time, done
// and notes, and what it is about (a lead, contact or account, fixed once
// created), and who does it. Opened from My Activities and from the lead,
// contact and account forms; new ones are for the record they are opened
// from and for the user who creates them. Users who may list users choose
// the assignee among them (the server accepts only people who can open CRM
// and refuses anyone without crm.edit); others see it, read-only.
class ActivityForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ActivityForm(ApiClient *api, QWidget *parent = nullptr);

    // Before startCreate(): the new activity is about this record
    // ("lead_id", "contact_id" or "account_id") called `name`.
    void setAbout(const QString &field, qint64 id, const QString &name);
    void setReadOnly(bool readOnly);

    QComboBox *kindEdit() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    QCheckBox *doneEdit() const { return m_done; }
    QComboBox *assigneeEdit() const { return m_assignee; }
    qint64 assigneeId() const { return m_assigneeId; }
    QString aboutText() const;
    // For a new activity not opened from a record: what it is about.
    QComboBox *aboutKindEdit() const { return m_aboutKind; }
    ReferencePicker *aboutPicker() const { return m_aboutPicker; }

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QJsonObject createBody(const QJsonObject &values) const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseAboutKind();
    void fillAssignees();
    bool canChooseAssignee() const;
    void showAssigneeAccess();

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QLabel *m_dueLabel;
    QDateTimeEdit *m_due;
    QLabel *m_doneLabel;
    QCheckBox *m_done;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    CrmLookups *m_lookups;
    qint64 m_assigneeId = 0;
    bool m_readOnly = false;
    QLabel *m_aboutLabel;
    QLabel *m_about;
    QWidget *m_aboutChooser;
    QComboBox *m_aboutKind;
    ReferencePicker *m_aboutPicker;
    ApiClient *m_api;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QString m_aboutField;
    qint64 m_aboutId = 0;
    QString m_aboutName;
};

} // namespace erp::client
