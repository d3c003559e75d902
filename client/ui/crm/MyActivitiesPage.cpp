#include "client/ui/crm/MyActivitiesPage.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/crm/ActivityActions.h"
#include "client/ui/crm/ActivityForm.h"
#include "client/ui/crm/CrmText.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QMessageBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

MyActivitiesPage::MyActivitiesPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/activities/mine"_s, parent)
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(u"bucketFilter"_s);
    addFilterWidget(m_bucket);
    m_open = new QAction(this);
    m_open->setObjectName(u"editAction"_s);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openActivity(id);
    });
    addPageAction(m_open);
    m_done = new QAction(this);
    m_done->setObjectName(u"doneAction"_s);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_done, &QAction::triggered, this, &MyActivitiesPage::markDone);
    m_delete = new QAction(this);
    m_delete->setObjectName(u"deleteAction"_s);
    connect(m_delete, &QAction::triggered, this, &MyActivitiesPage::deleteCurrent);
    if (m_canEdit) {
        addPageAction(m_done);
        addPageAction(m_delete);
    }
    setDefaultSort(u"due_at"_s);
    setExportBaseName(u"my-activities"_s);
    retranslate();
    setCreateEnabled(m_canEdit);
    connect(this, &ListPage::createRequested, this, &MyActivitiesPage::newActivity);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &item) { openActivity(jsonId(item.value(u"id"_s))); });
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"bucket"_s, m_bucket->currentData().toString()); });
    connect(this, &ListPage::currentItemChanged, this, &MyActivitiesPage::updateActions);
    updateActions();
}

void MyActivitiesPage::updateActions()
{
    const bool selected = currentId() > 0;
    m_open->setEnabled(selected);
    m_done->setEnabled(m_canEdit && selected);
    m_delete->setEnabled(m_canEdit && selected);
}

QString MyActivitiesPage::aboutText(const QJsonObject &activity)
{
    const QString name = activity.value(u"about_name"_s).toString();
    if (!activity.value(u"lead_id"_s).isNull())
        return tr("Lead: %1").arg(name);
    if (!activity.value(u"contact_id"_s).isNull())
        return tr("Contact: %1").arg(name);
    if (!activity.value(u"account_id"_s).isNull())
        return tr("Account: %1").arg(name);
    return QString();
}

QString MyActivitiesPage::title() const
{
    return tr("My Activities");
}

void MyActivitiesPage::retranslate()
{
    const auto overdue = [](const QJsonObject &a) { return a.value(u"bucket"_s).toString() == u"overdue"_s; };
    auto due = ListColumn::text(u"due_at"_s, tr("Due"), u"due_at"_s);
    due.format
        = [](const QJsonObject &a) -> QVariant { return LocaleFormat::dateTime(a.value(u"due_at"_s).toString()); };
    auto bucket = ListColumn::text(u"bucket"_s, tr("When"));
    bucket.format = [](const QJsonObject &a) -> QVariant {
        return CrmText::activityBucket(a.value(u"bucket"_s).toString());
    };
    // Overdue stands out by its word, a warning sign and colour, never by
    // colour alone.
    const auto emphasis = [overdue](const QJsonObject &a, int role) -> QVariant {
        if (role == Qt::ForegroundRole && overdue(a))
            return ColorScheme::colour(ColorScheme::Signal::Error);
        if (role == Qt::FontRole && (overdue(a) || a.value(u"bucket"_s).toString() == u"today"_s)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    };
    due.data = emphasis;
    bucket.data = [emphasis, overdue](const QJsonObject &a, int role) -> QVariant {
        if (role == Qt::DecorationRole && overdue(a))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole && overdue(a))
            return tr("Overdue: it was due %1.").arg(LocaleFormat::dateTime(a.value(u"due_at"_s).toString()));
        return emphasis(a, role);
    };
    auto kind = ListColumn::text(u"kind"_s, tr("Kind"));
    kind.format = [](const QJsonObject &a) -> QVariant { return CrmText::activityKind(a.value(u"kind"_s).toString()); };
    auto about = ListColumn::text(u"about_name"_s, tr("About"));
    about.format = [](const QJsonObject &a) -> QVariant { return aboutText(a); };
    setColumns({due, bucket, kind, ListColumn::text(u"subject"_s, tr("Subject")), about});
    setSearchEnabled(false);
    setEmptyTexts(tr("Nothing to do: you have no open activities."), tr("No open activities in this period."));
    setCreateText(m_canEdit ? tr("New Activity") : QString());
    m_open->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
    m_done->setText(tr("Mark Done"));
    m_done->setToolTip(tr("Mark the selected activity done (Ctrl+D)"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected activity"));
    const QString current = m_bucket->currentData().toString();
    const QSignalBlocker block(m_bucket);
    m_bucket->clear();
    m_bucket->addItem(tr("All open"), QString());
    for (const QString &b : {u"overdue"_s, u"today"_s, u"upcoming"_s})
        m_bucket->addItem(CrmText::activityBucket(b), b);
    m_bucket->setCurrentIndex(qMax(0, m_bucket->findData(current)));
}

ActivityForm *MyActivitiesPage::newActivity()
{
    if (!m_canEdit)
        return nullptr;
    ActivityForm *form = ActivityActions::createAbout(api(), this, QString(), 0, QString());
    m_form = form;
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit statusMessage(tr("Activity “%1” created.").arg(item.value(u"subject"_s).toString()), 5000);
        refreshAndSelect(jsonId(item.value(u"id"_s)));
    });
    return form;
}

ActivityForm *MyActivitiesPage::openActivity(qint64 id)
{
    ActivityForm *form = ActivityActions::open(api(), this, id);
    m_form = form;
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit statusMessage(tr("Changes to “%1” saved.").arg(item.value(u"subject"_s).toString()), 5000);
        // Shown changed at once; the reload then drops done ones and reorders.
        model()->updateItem(item);
        refreshAndSelect(jsonId(item.value(u"id"_s)));
    });
    return form;
}

void MyActivitiesPage::markDone()
{
    const QJsonObject activity = currentItem();
    if (activity.isEmpty() || !m_canEdit)
        return;
    const qint64 id = jsonId(activity.value(u"id"_s));
    m_done->setEnabled(false);
    ActivityActions::markDone(api(), this, activity, [this, id](bool success, const QString &message) {
        if (success) {
            model()->removeItem(id);
            emit statusMessage(message, 5000);
        }
        updateActions();
    });
}

void MyActivitiesPage::deleteCurrent()
{
    const QJsonObject activity = currentItem();
    if (activity.isEmpty() || !m_canEdit)
        return;
    const qint64 id = jsonId(activity.value(u"id"_s));
    m_prompt = ActivityActions::confirmDelete(api(), this, activity, [this, id](bool success, const QString &message) {
        if (success) {
            model()->removeItem(id);
            emit statusMessage(message, 5000);
        }
        updateActions();
    });
}

ActivityForm *MyActivitiesPage::lastForm() const
{
    return m_form;
}

QMessageBox *MyActivitiesPage::lastPrompt() const
{
    return m_prompt;
}

} // namespace erp::client
