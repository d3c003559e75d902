#include "client/ui/crm/LeadsPage.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/CrmText.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadImportWizard.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

LeadsPage::LeadsPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/leads"_s, parent)
    , m_lookups(new CrmLookups(api, this))
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(u"stageFilter"_s);
    m_stage->setMinimumContentsLength(10);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setMinimumContentsLength(12);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    searchEdit()->setMinimumWidth(280);
    addFilterWidget(m_stage);
    addFilterWidget(m_status);
    addFilterWidget(m_owner);

    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editLead(id);
    });
    m_import = new QAction(this);
    m_import->setObjectName(u"importAction"_s);
    connect(m_import, &QAction::triggered, this, &LeadsPage::importLeads);
    addPageAction(m_edit);
    if (m_canEdit)
        addPageAction(m_import);

    setDefaultSort(u"-created_at"_s);
    setExportBaseName(u"leads"_s);
    retranslate();
    setCreateEnabled(m_canEdit);
    setDeleteEnabled(m_canEdit);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = CrmLookups::selectedId(m_stage);
        model()->setFilter(u"stage_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"status"_s, m_status->currentData().toString()); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = CrmLookups::selectedId(m_owner);
        model()->setFilter(u"owner_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_lookups, &CrmLookups::stagesChanged, this, &LeadsPage::fillFilters);
    connect(m_lookups, &CrmLookups::ownersChanged, this, &LeadsPage::fillFilters);
    connect(this, &ListPage::createRequested, this, &LeadsPage::newLead);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &lead) { editLead(jsonId(lead.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, &LeadsPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &LeadsPage::updateActions);
    updateActions();
}

QString LeadsPage::title() const
{
    return tr("Leads");
}

void LeadsPage::activate()
{
    m_lookups->loadStages();
    m_lookups->loadOwners();
    ListPage::activate();
}

void LeadsPage::retranslate()
{
    auto value = ListColumn::text(u"estimated_value"_s, tr("Value"), u"estimated_value"_s);
    value.alignment = Qt::AlignRight | Qt::AlignVCenter;
    value.format = [](const QJsonObject &l) -> QVariant {
        return LocaleFormat::amount(l.value(u"estimated_value"_s).toString(), l.value(u"currency"_s).toString());
    };
    auto probability = ListColumn::text(u"probability"_s, tr("Prob."), u"probability"_s);
    probability.alignment = Qt::AlignRight | Qt::AlignVCenter;
    probability.format = [](const QJsonObject &l) -> QVariant {
        return l.value(u"probability"_s).isNull() ? QString()
                                                  : LocaleFormat::percent(l.value(u"probability"_s).toInt());
    };
    probability.data = [](const QJsonObject &, int role) -> QVariant {
        return role == Qt::ToolTipRole ? tr("Probability of winning") : QVariant();
    };
    auto close = ListColumn::text(u"expected_close_date"_s, tr("Close Date"), u"expected_close_date"_s);
    close.format = [](const QJsonObject &l) -> QVariant {
        return LocaleFormat::date(l.value(u"expected_close_date"_s).toString());
    };
    auto status = ListColumn::text(u"status"_s, tr("Status"), u"status"_s);
    status.format = [](const QJsonObject &l) -> QVariant {
        QString text = CrmText::leadStatus(l.value(u"status"_s).toString());
        return text;
    };
    status.data = [](const QJsonObject &l, int role) -> QVariant {
        const QString s = l.value(u"status"_s).toString();
        if (role == Qt::ForegroundRole) {
            if (s == u"won"_s)
                return ColorScheme::colour(ColorScheme::Signal::Positive);
            if (s == u"lost"_s)
                return ColorScheme::colour(ColorScheme::Signal::Error);
            if (s == u"converted"_s)
                return ColorScheme::colour(ColorScheme::Signal::Muted);
        }
        if (role == Qt::ToolTipRole && s == u"lost"_s)
            return l.value(u"lost_reason"_s).toString();
        return {};
    };
    // The default order (newest first) has its own column so that the sort
    // arrow always shows how the list is ordered.
    auto created = ListColumn::text(u"created_at"_s, tr("Created"), u"created_at"_s);
    created.format = [](const QJsonObject &l) -> QVariant {
        const QDateTime at = QDateTime::fromString(l.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        return at.isValid() ? LocaleFormat::date(at.toLocalTime().date()) : QString();
    };
    setColumns({ListColumn::text(u"title"_s, tr("Title"), u"title"_s),
                ListColumn::text(u"company"_s, tr("Company"), u"company"_s),
                ListColumn::text(u"contact_name"_s, tr("Contact"), u"contact_name"_s), value, probability, close,
                ListColumn::text(u"stage_name"_s, tr("Stage"), u"stage"_s),
                ListColumn::text(u"owner_name"_s, tr("Owner"), u"owner"_s), status, created});

    setSearchPlaceholder(tr("Search title, company, contact or email"));
    setEmptyTexts(m_canEdit ? tr("No leads yet. Create one with “New Lead” or import a CSV file.")
                            : tr("No leads yet."),
                  tr("No leads match the search or filters."));
    setCreateText(m_canEdit ? tr("New Lead") : QString());
    m_edit->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import leads from a CSV file"));

    const QString status0 = m_status->currentData().toString();
    {
        const QSignalBlocker block(m_status);
        m_status->clear();
        m_status->addItem(tr("All statuses"), QString());
        for (const QString &s : {u"open"_s, u"won"_s, u"lost"_s, u"converted"_s})
            m_status->addItem(CrmText::leadStatus(s), s);
        m_status->setCurrentIndex(qMax(0, m_status->findData(status0)));
    }
    fillFilters();
    updateActions();
}

void LeadsPage::fillFilters()
{
    CrmLookups::fill(m_stage, m_lookups->stages(), tr("All stages"));
    CrmLookups::fill(m_owner, m_lookups->owners(), tr("All owners"));
}

void LeadsPage::updateActions()
{
    m_edit->setEnabled(!currentItem().isEmpty());
}

LeadForm *LeadsPage::makeForm()
{
    auto *form = new LeadForm(api(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!m_canEdit);
    connect(form, &LeadForm::leadChanged, this, [this](const QJsonObject &lead) { model()->updateItem(lead); });
    m_form = form;
    return form;
}

LeadForm *LeadsPage::newLead()
{
    if (!m_canEdit)
        return nullptr;
    LeadForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &lead) {
        const qint64 id = jsonId(lead.value(u"id"_s));
        emit statusMessage(tr("Lead “%1” created.").arg(lead.value(u"title"_s).toString()), 5000);
        refreshAndSelect(id);
    });
    form->startCreate();
    form->open();
    return form;
}

LeadForm *LeadsPage::editLead(qint64 id)
{
    if (id <= 0)
        return nullptr;
    LeadForm *form = makeForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &lead) {
        model()->updateItem(lead);
        selectId(jsonId(lead.value(u"id"_s)));
        emit statusMessage(tr("Changes to “%1” saved.").arg(lead.value(u"title"_s).toString()), 5000);
    });
    form->startEdit(id);
    form->open();
    return form;
}

LeadImportWizard *LeadsPage::importLeads()
{
    if (!m_canEdit)
        return nullptr;
    auto *wizard = new LeadImportWizard(api(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LeadImportWizard::imported, this, [this](int count) {
        emit statusMessage(tr("%Ln lead(s) imported.", nullptr, count), 5000);
        refresh();
    });
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

QString LeadsPage::deleteNote(const QJsonObject &) const
{
    return tr("Its activities are deleted with it.");
}

} // namespace erp::client
