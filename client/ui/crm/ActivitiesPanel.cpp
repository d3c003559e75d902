#include "client/ui/crm/ActivitiesPanel.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/RecordForm.h"
#include "client/ui/crm/ActivityActions.h"
#include "client/ui/crm/ActivityForm.h"
#include "client/ui/crm/CrmText.h"
#include "shared/Permissions.h"

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {
constexpr int ActivityIdRole = Qt::UserRole + 1;
}

ActivitiesPanel::ActivitiesPanel(ApiClient *api, const QString &about, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_about(about)
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    setObjectName(u"activitiesPanel"_s);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"activitiesList"_s);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newActivityButton"_s);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openActivityButton"_s);
    m_done = new QPushButton(this);
    m_done->setObjectName(u"doneActivityButton"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteActivityButton"_s);
    for (QPushButton *b : {m_new, m_open, m_done, m_delete})
        b->setAutoDefault(false);
    m_new->setVisible(m_canEdit);
    m_done->setVisible(m_canEdit);
    m_delete->setVisible(m_canEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    for (QPushButton *b : {m_new, m_open, m_done, m_delete})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ActivitiesPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ActivitiesPanel::openSelected);
    connect(m_new, &QPushButton::clicked, this, &ActivitiesPanel::newActivity);
    connect(m_open, &QPushButton::clicked, this, &ActivitiesPanel::openSelected);
    connect(m_done, &QPushButton::clicked, this, &ActivitiesPanel::markSelectedDone);
    connect(m_delete, &QPushButton::clicked, this, &ActivitiesPanel::deleteSelected);
    retranslate();
    updateButtons();
}

ActivitiesPanel *ActivitiesPanel::attachTo(RecordForm *form, ApiClient *api, const QString &about,
                                           const std::function<QString(const QJsonObject &)> &nameOf)
{
    auto *panel = new ActivitiesPanel(api, about, form);
    if (QLayout *layout = form->findChild<QWidget *>(u"formContent"_s)
                              ? form->findChild<QWidget *>(u"formContent"_s)->layout()
                              : nullptr)
        layout->addWidget(panel);
    const auto follow = [form, panel, nameOf] {
        const QJsonObject record = form->record();
        panel->setRecord(form->recordId(), record.isEmpty() ? QString() : nameOf(record));
    };
    connect(form, &RecordForm::loaded, panel, follow);
    connect(form, &RecordForm::saved, panel, follow);
    follow();
    return panel;
}

void ActivitiesPanel::retranslate()
{
    m_heading->setText(tr("Activities"));
    m_list->setAccessibleName(tr("Activities"));
    m_list->setHeaderLabels({tr("Due"), tr("Kind"), tr("Subject"), tr("Status")});
    m_new->setText(tr("New Activity…"));
    m_open->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
    m_done->setText(tr("Mark Done"));
    m_delete->setText(tr("Delete…"));
    fill();
}

void ActivitiesPanel::setRecord(qint64 id, const QString &name)
{
    m_recordId = id;
    m_recordName = name;
    setEnabled(id > 0);
    reload();
}

void ActivitiesPanel::reload()
{
    if (m_recordId <= 0) {
        m_activities.clear();
        fill();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(m_about, QString::number(m_recordId));
    query.addQueryItem(u"sort"_s, u"due_at"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    m_reply = m_api->get(u"/activities"_s, query);
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data()] {
        m_reply = nullptr;
        if (!reply->isSuccess()) {
            m_activities.clear();
            fill();
            m_empty->setText(tr("The activities could not be loaded: %1").arg(ErrorText::forError(reply->error())));
            m_empty->show();
            return;
        }
        m_activities.clear();
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray())
            m_activities << v.toObject();
        fill();
        emit loaded();
    });
}

void ActivitiesPanel::fill()
{
    const qint64 keep = selected().value(u"id"_s).toInteger();
    m_list->clear();
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QJsonObject &a : std::as_const(m_activities)) {
        const QString bucket = a.value(u"bucket"_s).toString();
        const QString status = a.value(u"done"_s).toBool() ? tr("Done") : CrmText::activityBucket(bucket);
        auto *item = new QTreeWidgetItem(m_list, {LocaleFormat::dateTime(a.value(u"due_at"_s).toString()),
                                                  CrmText::activityKind(a.value(u"kind"_s).toString()),
                                                  a.value(u"subject"_s).toString(), status});
        item->setData(0, ActivityIdRole, a.value(u"id"_s).toInteger());
        item->setToolTip(2, a.value(u"subject"_s).toString());
        if (bucket == u"overdue"_s) {
            item->setIcon(3, warning);
            QFont bold = m_list->font();
            bold.setBold(true);
            for (int c = 0; c < 4; ++c) {
                item->setForeground(c, ColorScheme::colour(ColorScheme::Signal::Error));
                item->setFont(c, bold);
            }
        }
        if (a.value(u"id"_s).toInteger() == keep)
            m_list->setCurrentItem(item);
    }
    m_empty->setText(m_recordId > 0 ? tr("No activities yet.")
                                    : tr("Save the record first; then you can plan activities for it."));
    m_empty->setVisible(m_activities.isEmpty());
    updateButtons();
}

QJsonObject ActivitiesPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    const qint64 id = item->data(0, ActivityIdRole).toLongLong();
    for (const QJsonObject &a : m_activities)
        if (a.value(u"id"_s).toInteger() == id)
            return a;
    return {};
}

void ActivitiesPanel::select(qint64 activityId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, ActivityIdRole).toLongLong() == activityId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void ActivitiesPanel::updateButtons()
{
    const QJsonObject a = selected();
    m_new->setEnabled(m_recordId > 0);
    m_open->setEnabled(!a.isEmpty());
    m_done->setEnabled(!a.isEmpty() && !a.value(u"done"_s).toBool());
    m_delete->setEnabled(!a.isEmpty());
}

void ActivitiesPanel::newActivity()
{
    if (!m_canEdit || m_recordId <= 0)
        return;
    m_form = ActivityActions::createAbout(m_api, this, m_about, m_recordId, m_recordName);
    connect(m_form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit changed(tr("Activity “%1” created.").arg(item.value(u"subject"_s).toString()));
        reload();
    });
}

void ActivitiesPanel::openSelected()
{
    const QJsonObject a = selected();
    if (a.isEmpty())
        return;
    m_form = ActivityActions::open(m_api, this, a.value(u"id"_s).toInteger());
    connect(m_form, &RecordForm::saved, this, [this](const QJsonObject &item) {
        emit changed(tr("Changes to “%1” saved.").arg(item.value(u"subject"_s).toString()));
        reload();
    });
}

void ActivitiesPanel::markSelectedDone()
{
    const QJsonObject a = selected();
    if (a.isEmpty() || !m_canEdit)
        return;
    m_done->setEnabled(false);
    ActivityActions::markDone(m_api, this, a, [this](bool success, const QString &message) {
        if (success)
            emit changed(message);
        reload();
    });
}

void ActivitiesPanel::deleteSelected()
{
    const QJsonObject a = selected();
    if (a.isEmpty() || !m_canEdit)
        return;
    m_prompt = ActivityActions::confirmDelete(m_api, this, a, [this](bool success, const QString &message) {
        if (success)
            emit changed(message);
        reload();
    });
}

void ActivitiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ActivityForm *ActivitiesPanel::lastForm() const
{
    return m_form;
}

QMessageBox *ActivitiesPanel::lastPrompt() const
{
    return m_prompt;
}

bool ActivitiesPanel::isLoading() const
{
    return m_reply != nullptr;
}

} // namespace erp::client
