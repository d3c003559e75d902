#include "client/ui/crm/PipelineStagesDialog.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
constexpr int StageIdRole = Qt::UserRole + 1;
}

PipelineStagesDialog::PipelineStagesDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(u"pipelineStagesDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"stagesList"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addStageButton"_s);
    m_rename = new QPushButton(this);
    m_rename->setObjectName(u"renameStageButton"_s);
    m_up = new QPushButton(this);
    m_up->setObjectName(u"moveStageUpButton"_s);
    m_down = new QPushButton(this);
    m_down->setObjectName(u"moveStageDownButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeStageButton"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"stagesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_rename, m_up, m_down, m_remove})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PipelineStagesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, m_rename, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this,
            [this] { askName(tr("Add Stage"), QString(), [this](const QString &name) { addStage(name); }); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QJsonObject stage = selectedStage();
        if (stage.isEmpty())
            return;
        askName(tr("Rename Stage"), stage.value(u"name"_s).toString(),
                [this](const QString &name) { renameSelected(name); });
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &PipelineStagesDialog::removeSelected);
    retranslate();
    resize(480, 380);
    reload();
}

void PipelineStagesDialog::retranslate()
{
    setWindowTitle(tr("Pipeline Stages"));
    // Screen readers name the list after what it lists; the intro describes it.
    m_list->setAccessibleName(windowTitle());
    m_intro->setText(tr("The stages of your organisation's pipeline, in the order of the board's columns. Changes "
                        "apply at once for everyone. Removing a stage that still holds leads moves them to a "
                        "stage you choose."));
    m_add->setText(tr("&Add…"));
    m_rename->setText(tr("&Rename…"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_remove->setText(tr("Re&move"));
    m_list->setAccessibleDescription(m_intro->text());
}

QStringList PipelineStagesDialog::stageNames() const
{
    QStringList names;
    for (const QJsonObject &s : m_stages)
        names << s.value(u"name"_s).toString();
    return names;
}

QString PipelineStagesDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QJsonObject PipelineStagesDialog::selectedStage() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_stages.size() ? m_stages[row] : QJsonObject();
}

void PipelineStagesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool idle = m_reply == nullptr;
    const bool selected = idle && row >= 0 && row < m_stages.size();
    m_add->setEnabled(idle);
    m_rename->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_stages.size() - 1);
    m_remove->setEnabled(selected && m_stages.size() > 1);
}

void PipelineStagesDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void PipelineStagesDialog::reload()
{
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, u"position"_s);
    query.addQueryItem(u"limit"_s, u"200"_s);
    m_reply = m_api->get(u"/pipeline-stages"_s, query);
    updateButtons();
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data()] {
        m_reply = nullptr;
        if (!reply->isSuccess()) {
            showMessage(tr("The stages could not be loaded: %1").arg(ErrorText::forError(reply->error())), true);
            updateButtons();
            return;
        }
        const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : selectedStage().value(u"id"_s).toInteger();
        m_selectAfterLoad = 0;
        m_stages.clear();
        m_list->clear();
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray()) {
            const QJsonObject stage = v.toObject();
            m_stages << stage;
            auto *item = new QListWidgetItem(stage.value(u"name"_s).toString(), m_list);
            item->setData(StageIdRole, stage.value(u"id"_s).toInteger());
        }
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(StageIdRole).toLongLong() == keep)
                m_list->setCurrentRow(row);
        updateButtons();
        emit loaded();
    });
}

void PipelineStagesDialog::askName(const QString &title, const QString &current,
                                   const std::function<void(const QString &)> &then)
{
    auto *input = new QInputDialog(this);
    input->setObjectName(u"stageNameInput"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(title);
    input->setLabelText(tr("Stage name:"));
    input->setTextValue(current);
    connect(input, &QInputDialog::textValueSelected, this, [then](const QString &text) {
        if (!text.trimmed().isEmpty())
            then(text.trimmed());
    });
    m_input = input;
    input->open();
}

void PipelineStagesDialog::send(ApiReply *reply, const QString &doneMessage, qint64 selectId,
                                const std::function<bool(const ApiReply *)> &handleFailure)
{
    m_reply = reply;
    updateButtons();
    connect(reply, &ApiReply::finished, this, [this, reply, doneMessage, selectId, handleFailure] {
        m_reply = nullptr;
        const bool ok = reply->isSuccess();
        if (!ok && handleFailure && handleFailure(reply)) {
            updateButtons();
            return;
        }
        if (ok) {
            m_changed = true;
            showMessage(doneMessage, false);
            m_selectAfterLoad = selectId ? selectId : reply->json().value(u"id"_s).toInteger();
        } else {
            showMessage(ErrorText::forError(reply->error()), true);
        }
        reload();
        emit actionFinished(ok);
    });
}

void PipelineStagesDialog::withEtag(qint64 id, const std::function<void(const QByteArray &)> &action)
{
    m_reply = m_api->get(u"/pipeline-stages/%1"_s.arg(id));
    updateButtons();
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data(), action] {
        m_reply = nullptr;
        if (!reply->isSuccess()) {
            showMessage(ErrorText::forError(reply->error()), true);
            reload();
            emit actionFinished(false);
            return;
        }
        action(reply->etag());
    });
}

void PipelineStagesDialog::addStage(const QString &name)
{
    send(m_api->create(u"/pipeline-stages"_s, {{u"name"_s, name}}), tr("Stage “%1” added.").arg(name), 0);
}

void PipelineStagesDialog::renameSelected(const QString &name)
{
    const qint64 id = selectedStage().value(u"id"_s).toInteger();
    if (!id)
        return;
    withEtag(id, [this, id, name](const QByteArray &etag) {
        send(m_api->patch(u"/pipeline-stages/%1"_s.arg(id), {{u"name"_s, name}}, etag),
             tr("Stage renamed to “%1”.").arg(name), id);
    });
}

void PipelineStagesDialog::moveSelected(int delta)
{
    const QJsonObject stage = selectedStage();
    const qint64 id = stage.value(u"id"_s).toInteger();
    const int position = stage.value(u"position"_s).toInt() + delta;
    if (!id || position < 1 || m_list->currentRow() + delta >= m_stages.size())
        return;
    const QString name = stage.value(u"name"_s).toString();
    withEtag(id, [this, id, position, name](const QByteArray &etag) {
        send(m_api->patch(u"/pipeline-stages/%1"_s.arg(id), {{u"position"_s, position}}, etag),
             tr("Stage “%1” moved.").arg(name), id);
    });
}

void PipelineStagesDialog::removeSelected()
{
    const QJsonObject stage = selectedStage();
    const qint64 id = stage.value(u"id"_s).toInteger();
    if (!id)
        return;
    const QString name = stage.value(u"name"_s).toString();
    withEtag(id, [this, id, name](const QByteArray &etag) {
        // A plain delete first: the server refuses it (409 stage_in_use)
        // while leads are in the stage, and then we offer to move them.
        send(m_api->remove(u"/pipeline-stages/%1"_s.arg(id), etag), tr("Stage “%1” removed.").arg(name), 0,
             [this, id, name, etag](const ApiReply *failed) {
                 if (failed->error().code() != u"stage_in_use"_s)
                     return false;
                 offerToMoveLeads(id, name, etag);
                 return true;
             });
    });
}

void PipelineStagesDialog::offerToMoveLeads(qint64 id, const QString &name, const QByteArray &etag)
{
    auto *offer = new QDialog(this);
    offer->setObjectName(u"moveLeadsDialog"_s);
    offer->setAttribute(Qt::WA_DeleteOnClose);
    offer->setWindowTitle(tr("Remove Stage"));
    auto *text = new QLabel(tr("Leads are still in “%1”. Choose the stage they move to; then “%1” is removed.")
                                .arg(name),
                            offer);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *target = new QComboBox(offer);
    target->setObjectName(u"moveTargetCombo"_s);
    target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Every other stage, in board order; the next one to the right first,
    // where a lead of a removed stage most likely belongs.
    const int row = m_list->currentRow();
    QList<QJsonObject> others;
    for (int i = row + 1; i < m_stages.size(); ++i)
        others << m_stages[i];
    for (int i = row - 1; i >= 0; --i)
        others << m_stages[i];
    for (const QJsonObject &s : others)
        if (s.value(u"id"_s).toInteger() != id)
            target->addItem(s.value(u"name"_s).toString(), s.value(u"id"_s).toInteger());
    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("&Move leads to:"), offer);
    targetLabel->setBuddy(target);
    form->addRow(targetLabel, target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, offer);
    QPushButton *move = buttons->addButton(tr("Move Leads and Remove"), QDialogButtonBox::AcceptRole);
    move->setObjectName(u"moveAndRemoveButton"_s);
    move->setDefault(true);
    auto *layout = new QVBoxLayout(offer);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, offer, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, offer, &QDialog::accept);
    connect(offer, &QDialog::rejected, this, [this, name] {
        showMessage(tr("Stage “%1” kept; its leads were not moved.").arg(name), false);
        emit actionFinished(false);
    });
    connect(offer, &QDialog::accepted, this, [this, id, name, etag, target] {
        const qint64 to = target->currentData().toLongLong();
        const QString toName = target->currentText();
        // One request: the server moves the leads and deletes the stage in
        // one transaction, or does neither.
        send(m_api->remove(u"/pipeline-stages/%1?move_leads_to=%2"_s.arg(id).arg(to), etag),
             tr("Stage “%1” removed; its leads are now in “%2”.").arg(name, toName), to);
    });
    m_moveOffer = offer;
    offer->resize(qMax(offer->sizeHint().width(), 420), offer->sizeHint().height());
    offer->open();
    target->setFocus(Qt::OtherFocusReason);
    emit moveOffered();
}

void PipelineStagesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QComboBox *PipelineStagesDialog::moveTargetCombo() const
{
    return m_moveOffer ? m_moveOffer->findChild<QComboBox *>(u"moveTargetCombo"_s) : nullptr;
}

QInputDialog *PipelineStagesDialog::lastInput() const
{
    return m_input;
}

bool PipelineStagesDialog::isBusy() const
{
    return m_reply != nullptr;
}

} // namespace erp::client
