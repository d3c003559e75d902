#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadImportWizard.h"

#include <QPointer>

class QComboBox;

namespace erp::client {

class CrmLookups;

// CRM > Leads: every lead the user may see, searchable (title, company,
// contact, email) and filtered by stage, status and owner; opens the lead
// form, creates leads and imports them from CSV.
class LeadsPage : public ListPage
{
    Q_OBJECT

public:
    explicit LeadsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override;

    QComboBox *stageFilter() const { return m_stage; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *ownerFilter() const { return m_owner; }
    QAction *importAction() const { return m_import; }
    CrmLookups *lookups() const { return m_lookups; }
    LeadForm *openForm() const { return m_form; }
    LeadImportWizard *importWizard() const { return m_wizard; }

    LeadForm *newLead();
    LeadForm *editLead(qint64 id);
    LeadImportWizard *importLeads();

protected:
    void retranslate() override;
    QString deleteNote(const QJsonObject &item) const override;

private:
    LeadForm *makeForm();
    void fillFilters();
    void updateActions();

    CrmLookups *m_lookups;
    QComboBox *m_stage;
    QComboBox *m_status;
    QComboBox *m_owner;
    QAction *m_edit;
    QAction *m_import;
    QPointer<LeadForm> m_form;
    QPointer<LeadImportWizard> m_wizard;
    bool m_canEdit;
};

} // namespace erp::client
