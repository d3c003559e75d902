#include "client/ui/RecordListPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/RecordForm.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace erp::client {

RecordListPage::RecordListPage(ApiClient *api, const QString &path, const char *editPermission, QWidget *parent)
    : ListPage(api, path, parent)
    , m_canEdit(api->session()->hasPermission(editPermission))
{
    m_edit = new QAction(this);
    m_edit->setObjectName(u"editAction"_s);
    m_edit->setEnabled(false);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editRecord(id);
    });
    addPageAction(m_edit);
    setCreateEnabled(m_canEdit);
    connect(this, &ListPage::createRequested, this, &RecordListPage::newRecord);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &item) { editRecord(jsonId(item.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, [this] { m_edit->setEnabled(currentId() > 0); });
}

void RecordListPage::retranslate()
{
    m_edit->setText(m_canEdit ? tr("Edit…") : tr("Open…"));
}

RecordForm *RecordListPage::prepareForm()
{
    RecordForm *form = createForm(!m_canEdit);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_form = form;
    return form;
}

RecordForm *RecordListPage::newRecord()
{
    if (!m_canEdit)
        return nullptr;
    RecordForm *form = prepareForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &record) {
        emit statusMessage(savedMessage(record, true), 5000);
        refreshAndSelect(jsonId(record.value(u"id"_s)));
    });
    form->startCreate();
    form->open();
    return form;
}

RecordForm *RecordListPage::editRecord(qint64 id)
{
    RecordForm *form = prepareForm();
    connect(form, &RecordForm::saved, this, [this](const QJsonObject &record) {
        model()->updateItem(record);
        selectId(jsonId(record.value(u"id"_s)));
        emit statusMessage(savedMessage(record, false), 5000);
    });
    form->startEdit(id);
    form->open();
    return form;
}

} // namespace erp::client
