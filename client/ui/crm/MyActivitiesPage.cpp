#include "client/ui/crm/MyActivitiesPage.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/crm/CrmText.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QMessageBox>

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
    m_done = new QAction(this);
    m_done->setObjectName(u"doneAction"_s);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_done, &QAction::triggered, this, &MyActivitiesPage::markDone);
    if (m_canEdit)
        addPageAction(m_done);
    setDefaultSort(u"due_at"_s);
    setExportBaseName(u"my-activities"_s);
    retranslate();
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"bucket"_s, m_bucket->currentData().toString()); });
    connect(this, &ListPage::currentItemChanged, this, [this] { m_done->setEnabled(m_canEdit && currentId() > 0); });
    m_done->setEnabled(false);
}

QString MyActivitiesPage::title() const
{
    return tr("My Activities");
}

void MyActivitiesPage::retranslate()
{
    auto due = ListColumn::text(u"due_at"_s, tr("Due"), u"due_at"_s);
    due.format
        = [](const QJsonObject &a) -> QVariant { return LocaleFormat::dateTime(a.value(u"due_at"_s).toString()); };
    auto bucket = ListColumn::text(u"bucket"_s, tr("When"));
    bucket.format = [](const QJsonObject &a) -> QVariant {
        return CrmText::activityBucket(a.value(u"bucket"_s).toString());
    };
    bucket.data = [](const QJsonObject &a, int role) -> QVariant {
        if (role == Qt::ForegroundRole && a.value(u"bucket"_s).toString() == u"overdue"_s)
            return ColorScheme::colour(ColorScheme::Signal::Error);
        if (role == Qt::FontRole && a.value(u"bucket"_s).toString() == u"today"_s) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    };
    auto kind = ListColumn::text(u"kind"_s, tr("Kind"));
    kind.format = [](const QJsonObject &a) -> QVariant { return CrmText::activityKind(a.value(u"kind"_s).toString()); };
    auto about = ListColumn::text(u"lead_id"_s, tr("About"));
    about.format = [](const QJsonObject &a) -> QVariant {
        if (!a.value(u"lead_id"_s).isNull())
            return tr("Lead #%1").arg(qint64(a.value(u"lead_id"_s).toDouble()));
        if (!a.value(u"contact_id"_s).isNull())
            return tr("Contact #%1").arg(qint64(a.value(u"contact_id"_s).toDouble()));
        if (!a.value(u"account_id"_s).isNull())
            return tr("Account #%1").arg(qint64(a.value(u"account_id"_s).toDouble()));
        return QString();
    };
    setColumns({due, bucket, kind, ListColumn::text(u"subject"_s, tr("Subject")), about});
    setSearchEnabled(false);
    setEmptyTexts(tr("Nothing to do: you have no open activities."), tr("No open activities in this period."));
    m_done->setText(tr("Mark Done"));
    m_done->setToolTip(tr("Mark the selected activity done (Ctrl+D)"));
    const QString current = m_bucket->currentData().toString();
    const QSignalBlocker block(m_bucket);
    m_bucket->clear();
    m_bucket->addItem(tr("All open"), QString());
    for (const QString &b : {u"overdue"_s, u"today"_s, u"upcoming"_s})
        m_bucket->addItem(CrmText::activityBucket(b), b);
    m_bucket->setCurrentIndex(qMax(0, m_bucket->findData(current)));
}

void MyActivitiesPage::markDone()
{
    const QJsonObject activity = currentItem();
    if (activity.isEmpty() || !m_canEdit)
        return;
    const qint64 id = qint64(activity.value(u"id"_s).toDouble());
    m_done->setEnabled(false);
    // The list item has no version: read it, then PATCH with its ETag.
    ApiReply *read = api()->get(u"/activities/%1"_s.arg(id));
    connect(read, &ApiReply::finished, this, [this, read, id, activity] {
        const auto fail = [this](const ApiError &error) {
            m_done->setEnabled(currentId() > 0);
            auto *box = new QMessageBox(QMessageBox::Warning, ErrorText::titleFor(error), ErrorText::forError(error),
                                        QMessageBox::Ok, this);
            box->setObjectName(u"doneError"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        };
        if (!read->isSuccess())
            return fail(read->error());
        ApiReply *patch = api()->patch(u"/activities/%1"_s.arg(id), {{u"done"_s, true}}, read->etag());
        connect(patch, &ApiReply::finished, this, [this, patch, id, activity, fail] {
            if (!patch->isSuccess())
                return fail(patch->error());
            model()->removeItem(id);
            emit statusMessage(tr("“%1” is done.").arg(activity.value(u"subject"_s).toString()), 5000);
            m_done->setEnabled(currentId() > 0);
        });
    });
}

} // namespace erp::client
