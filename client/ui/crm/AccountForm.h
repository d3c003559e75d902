#pragma once

#include "client/ui/RecordForm.h"

#include <memory>

class QTabWidget;

namespace Ui {
class AccountForm;
}

namespace erp::client {

class AddressEditor;
class CrmLookups;
class ActivitiesPanel;
class RelatedRecordsList;

// Create or edit an account (a company, shared by the whole organisation):
// its details beside its structured address (stacked when the window is
// narrow), and for a saved account its contacts, leads and activities,
// read-only; double-click opens a contact or lead in its own form.
class AccountForm : public RecordForm
{
    Q_OBJECT

public:
    explicit AccountForm(ApiClient *api, QWidget *parent = nullptr);
    ~AccountForm() override;

    void setReadOnly(bool readOnly);
    CrmLookups *lookups() const { return m_lookups; }
    AddressEditor *addressEditor() const { return m_address; }
    RelatedRecordsList *contactsList() const { return m_contacts; }
    RelatedRecordsList *leadsList() const { return m_leads; }
    ActivitiesPanel *activitiesPanel() const { return m_activities; }
    QTabWidget *relatedTabs() const { return m_related; }
    // The contact or lead form opened from the related lists.
    RecordForm *openedRelatedForm() const { return m_relatedForm; }

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void changeEvent(QEvent *event) override;
    void recordChanged() override;

private:
    void fillChoices();
    void retranslate();
    void updateTabTitles();
    void openRelated(RecordForm *form, qint64 id);

    std::unique_ptr<Ui::AccountForm> m_ui;
    ApiClient *m_api;
    CrmLookups *m_lookups;
    qint64 m_ownerId = 0;
    bool m_readOnly = false;
    AddressEditor *m_address;
    QTabWidget *m_related;
    RelatedRecordsList *m_contacts;
    RelatedRecordsList *m_leads;
    ActivitiesPanel *m_activities;
    QPointer<RecordForm> m_relatedForm;
};

} // namespace erp::client
