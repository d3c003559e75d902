#pragma once

#include "client/ui/RecordForm.h"

#include <QPointer>
#include "client/ui/crm/ConvertLeadDialog.h"

#include <memory>

#include <QInputDialog>

class QTabWidget;

namespace Ui {
class LeadForm;
}

namespace erp::client {


class CrmLookups;
class NumberValidator;
class ActivitiesPanel;
class RelatedRecordsList;

// Create or edit a lead: every field the API takes (money as a decimal
// checked with the shared Decimal, currency from the shared ISO 4217 list,
// probability 0-100, optional close date, stage and owner), and the status
// actions of an existing lead: Won, Lost (asks for the reason), Reopen and
// Convert. Status changes go through their own endpoints and reload the form;
// they are offered only while the form holds no unsaved edits.
class LeadForm : public RecordForm
{
    Q_OBJECT

public:
    explicit LeadForm(ApiClient *api, QWidget *parent = nullptr);
    ~LeadForm() override;

    void setReadOnly(bool readOnly);
    CrmLookups *lookups() const { return m_lookups; }
    // A saved lead's activities and history (its audit entries; for users
    // who may read the audit log), read-only, below the fields.
    QTabWidget *relatedTabs() const { return m_related; }
    ActivitiesPanel *activitiesPanel() const { return m_activities; }
    RelatedRecordsList *historyList() const { return m_history; }
    // One audit entry of a lead in words ("Stage: New → Won").
    QString historyText(const QJsonObject &entry) const;

    // The status actions (tests and the page's toolbar).
    void markWon();
    void markLost(); // asks for the reason first
    void reopen();
    ConvertLeadDialog *convert();
    QInputDialog *lostReasonPrompt() const { return m_lostPrompt; }
    ConvertLeadDialog *convertDialog() const { return m_convertDialog; }

Q_SIGNALS:
    // A status action changed the lead on the server (the list updates its row).
    void leadChanged(const QJsonObject &lead);
    void actionFailed(const QString &message);

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void recordChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLocale();
    void updateActions();
    void fillStages();
    void fillOwners();
    void runAction(const QString &action, const QJsonObject &body);

    std::unique_ptr<Ui::LeadForm> m_ui;
    ApiClient *m_api;
    CrmLookups *m_lookups;
    NumberValidator *m_valueValidator = nullptr;
    qint64 m_stageId = 0;
    qint64 m_ownerId = 0;
    bool m_readOnly = false;
    bool m_actionBusy = false;
    QPointer<QInputDialog> m_lostPrompt;
    QPointer<ConvertLeadDialog> m_convertDialog;
    QTabWidget *m_related = nullptr;
    ActivitiesPanel *m_activities = nullptr;
    RelatedRecordsList *m_history = nullptr;
    void retranslateRelated();
};

} // namespace erp::client
