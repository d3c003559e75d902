#include "client/ui/crm/PipelineBoardPage.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/Accessibility.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/crm/CrmText.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
#include "client/ui/crm/PipelineStagesDialog.h"
#include "shared/Permissions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {

QByteArray etagOf(const QJsonObject &lead)
{
    return '"' + QByteArray::number(lead.value(u"version"_s).toInt()) + '"';
}

qint64 idOf(const QJsonObject &o)
{
    return jsonId(o.value(u"id"_s));
}

} // namespace

PipelineBoardPage::PipelineBoardPage(ApiClient *api, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_canEdit(api->session()->hasPermission(P::CrmEdit))
{
    setObjectName(u"pipelineBoard"_s);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"boardHint"_s);
    // Wraps, so the buttons beside it never widen the window (long in some
    // languages, large fonts).
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_busy = new BusyIndicator(this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_refresh, &QToolButton::clicked, this, &PipelineBoardPage::refresh);

    m_message = new QLabel(this);
    m_message->setObjectName(u"boardMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMargin(8);
    m_message->setTextFormat(Qt::PlainText);
    FieldErrorStyle::styleBanner(m_message, true);
    m_message->hide();

    m_board = new QWidget;
    m_board->setObjectName(u"boardColumns"_s);
    m_boardLayout = new QHBoxLayout(m_board);
    m_boardLayout->setContentsMargins(0, 0, 0, 0);
    m_boardLayout->setSpacing(10);
    m_boardLayout->addStretch(0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_board);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    // Stages are the organisation's pipeline: crm.configure (and crm.edit, as the server asks).
    m_stagesButton = new QToolButton(this);
    m_stagesButton->setObjectName(u"stagesButton"_s);
    m_stagesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stagesButton->setVisible(m_canEdit && api->session()->hasPermission(P::CrmConfigure));
    connect(m_stagesButton, &QToolButton::clicked, this, &PipelineBoardPage::manageStages);
    top->addWidget(m_stagesButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    retranslate();
}

PipelineBoardPage::~PipelineBoardPage() = default;

QString PipelineBoardPage::title() const
{
    return tr("Pipeline");
}

void PipelineBoardPage::activate()
{
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void PipelineBoardPage::refresh()
{
    m_started = true;
    m_message->hide();
    loadBoard(true);
}

bool PipelineBoardPage::canCreate() const
{
    return m_canEdit;
}

void PipelineBoardPage::createRecord()
{
    if (!m_canEdit)
        return;
    auto *form = new LeadForm(m_api, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &RecordForm::saved, this, [this] { refresh(); });
    m_form = form;
    form->startCreate();
    form->open();
}

LeadForm *PipelineBoardPage::openLead(qint64 leadId)
{
    if (leadId <= 0)
        return nullptr;
    auto *form = new LeadForm(m_api, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!m_canEdit);
    // Saved changes or a status action may move or remove the card.
    connect(form, &RecordForm::saved, this, [this] { refresh(); });
    connect(form, &LeadForm::leadChanged, this, [this] { refresh(); });
    m_form = form;
    form->startEdit(leadId);
    form->open();
    return form;
}

void PipelineBoardPage::loadBoard(bool withCards)
{
    if (withCards) {
        if (m_loadReply)
            m_loadReply->cancel();
        // Pages of the columns being replaced are of no use any more.
        const QList<QPointer<ApiReply>> pending = m_cardReplies;
        m_cardReplies.clear();
        for (const QPointer<ApiReply> &r : pending)
            if (r)
                r->cancel();
        m_loading = true;
        m_busy->start();
    }
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *reply = m_api->get(u"/leads/board"_s, query);
    if (withCards)
        m_loadReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, withCards] { boardLoaded(reply, withCards); });
}

void PipelineBoardPage::boardLoaded(ApiReply *reply, bool withCards)
{
    if (reply->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!reply->isSuccess()) {
        if (withCards) {
            m_loading = false;
            m_busy->stop();
            m_loadReply = nullptr;
        }
        showError(tr("The pipeline could not be loaded: %1").arg(ErrorText::forError(reply->error())));
        return;
    }
    const QJsonArray stages = reply->json().value(u"items"_s).toArray();
    if (!withCards) {
        applyTotals(stages);
        return;
    }
    buildColumns(stages);
    m_loadReply = nullptr;
    for (const QPointer<ApiReply> &r : std::as_const(m_cardReplies))
        if (r)
            r->cancel();
    m_cardReplies.clear();
    m_nextCursor.clear();
    m_columnsLoading = int(m_columns.size());
    if (m_columnsLoading == 0) {
        m_loading = false;
        m_busy->stop();
        emit loaded();
        return;
    }
    for (PipelineColumn *c : std::as_const(m_columns))
        loadCards(c, {});
}

void PipelineBoardPage::loadCards(PipelineColumn *column, const QString &cursor)
{
    // Each column pages on its own, in the order people gave the cards.
    QUrlQuery query;
    query.addQueryItem(u"status"_s, u"open"_s);
    query.addQueryItem(u"stage_id"_s, QString::number(column->stageId()));
    query.addQueryItem(u"sort"_s, u"board_rank"_s);
    query.addQueryItem(u"limit"_s, QString::number(ColumnPageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    ApiReply *reply = m_api->get(u"/leads"_s, query);
    m_cardReplies.append(reply);
    const qint64 stageId = column->stageId();
    const bool firstPage = cursor.isEmpty();
    connect(reply, &ApiReply::finished, this,
            [this, reply, stageId, firstPage] { cardsLoaded(reply, stageId, firstPage); });
}

void PipelineBoardPage::loadMore(qint64 stageId)
{
    PipelineColumn *c = column(stageId);
    const QString cursor = m_nextCursor.value(stageId);
    if (!c || cursor.isEmpty())
        return;
    c->setLoadingMore(true);
    loadCards(c, cursor);
}

void PipelineBoardPage::cardsLoaded(ApiReply *reply, qint64 stageId, bool firstPage)
{
    m_cardReplies.removeAll(reply);
    if (reply->error().kind() == ApiError::Kind::Cancelled)
        return;
    const bool lastOfLoad = firstPage && --m_columnsLoading == 0;
    if (lastOfLoad) {
        m_loading = false;
        m_busy->stop();
    }
    PipelineColumn *c = column(stageId);
    if (!reply->isSuccess()) {
        if (c)
            c->setLoadingMore(false);
        showError(tr("The leads could not be loaded: %1").arg(ErrorText::forError(reply->error())));
        if (lastOfLoad)
            emit loaded();
        return;
    }
    const QJsonObject page = reply->json();
    QList<QJsonObject> leads;
    for (const QJsonValue &v : page.value(u"items"_s).toArray())
        leads.append(v.toObject());
    const QString next = page.value(u"next_cursor"_s).toString();
    m_nextCursor.insert(stageId, next);
    if (c) {
        if (firstPage)
            c->model()->setLeads(leads);
        else
            c->model()->appendLeads(leads);
        c->setMoreAvailable(!next.isEmpty());
    }
    if (lastOfLoad)
        emit loaded();
}

void PipelineBoardPage::buildColumns(const QJsonArray &stages)
{
    const qint64 focusedStage = [this] {
        for (PipelineColumn *c : std::as_const(m_columns))
            if (c->view()->hasFocus())
                return c->stageId();
        return qint64(0);
    }();
    qDeleteAll(m_columns);
    m_columns.clear();
    for (const QJsonValue &v : stages) {
        const QJsonObject stage = v.toObject();
        auto *column = new PipelineColumn(idOf(stage), stage.value(u"name"_s).toString(), m_board);
        column->setSummary(stage.value(u"open_leads"_s).toInt(), stage.value(u"totals"_s).toArray());
        connect(column->model(), &PipelineColumnModel::leadDropped, this,
                [this](qint64 leadId, qint64, qint64 toStage, int row) { moveLead(leadId, toStage, row); });
        connect(column, &PipelineColumn::moveRequested, this, &PipelineBoardPage::moveByKey);
        connect(column, &PipelineColumn::focusNeighbourRequested, this,
                [this, column](int direction, int row) { focusNeighbour(column, direction, row); });
        connect(column, &PipelineColumn::openRequested, this, &PipelineBoardPage::openLead);
        connect(column, &PipelineColumn::reorderRequested, this, &PipelineBoardPage::reorderByKey);
        const qint64 stageId = column->stageId();
        connect(column, &PipelineColumn::loadMoreRequested, this, [this, stageId] { loadMore(stageId); });
        m_boardLayout->insertWidget(m_boardLayout->count() - 1, column, 1);
        m_columns.append(column);
        if (column->stageId() == focusedStage)
            column->view()->setFocus();
    }
}

void PipelineBoardPage::applyTotals(const QJsonArray &stages)
{
    for (const QJsonValue &v : stages) {
        const QJsonObject stage = v.toObject();
        if (PipelineColumn *c = column(idOf(stage)))
            c->setSummary(stage.value(u"open_leads"_s).toInt(), stage.value(u"totals"_s).toArray());
    }
}

PipelineColumn *PipelineBoardPage::column(qint64 stageId) const
{
    for (PipelineColumn *c : m_columns)
        if (c->stageId() == stageId)
            return c;
    return nullptr;
}

PipelineColumn *PipelineBoardPage::columnOfLead(qint64 leadId) const
{
    for (PipelineColumn *c : m_columns)
        if (c->model()->rowOfId(leadId) >= 0)
            return c;
    return nullptr;
}

QString PipelineBoardPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PipelineBoardPage::showMessage(const QString &text, bool isError)
{
    FieldErrorStyle::styleBanner(m_message, isError);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Accessibility::announceAlert(m_message, text);
}

void PipelineBoardPage::showError(const QString &text)
{
    showMessage(text);
    emit statusMessage(text, 8000);
}

void PipelineBoardPage::focusNeighbour(PipelineColumn *from, int direction, int row)
{
    const int at = int(m_columns.indexOf(from)) + direction;
    if (at >= 0 && at < m_columns.size())
        m_columns.at(at)->focusRow(row);
}

void PipelineBoardPage::moveByKey(qint64 leadId, int direction)
{
    PipelineColumn *from = columnOfLead(leadId);
    const int at = int(m_columns.indexOf(from)) + direction;
    if (!from || at < 0 || at >= m_columns.size())
        return;
    moveLead(leadId, m_columns.at(at)->stageId());
}

void PipelineBoardPage::reorderByKey(qint64 leadId, int direction)
{
    PipelineColumn *c = columnOfLead(leadId);
    if (!c)
        return;
    const int row = c->model()->rowOfId(leadId);
    // Up: before the card above; down: before the card after the next one.
    const int target = direction < 0 ? row - 1 : row + 2;
    if (target < 0 || (direction > 0 && row + 1 >= c->model()->rowCount()))
        return;
    moveLead(leadId, c->stageId(), target >= c->model()->rowCount() ? -1 : target);
}

bool PipelineBoardPage::moveLead(qint64 leadId, qint64 toStageId, int row)
{
    PipelineColumn *from = columnOfLead(leadId);
    PipelineColumn *to = column(toStageId);
    if (!m_canEdit || !from || !to || from->model()->isPending(leadId))
        return false;
    const int fromRow = from->model()->rowOfId(leadId);
    if (from == to) {
        // Within the column: dropped onto itself or just below is no move.
        const int end = to->model()->rowCount();
        const int at = row < 0 ? end : row;
        if (at == fromRow || at == fromRow + 1)
            return false;
        if (row > fromRow)
            --row; // the card leaves its place first
    }
    Move move;
    move.leadId = leadId;
    move.fromStage = from->stageId();
    move.fromRow = fromRow;
    move.toStage = toStageId;
    move.lead = from->model()->takeLead(leadId);
    to->model()->insertLead(move.lead, row);
    const int placed = to->model()->rowOfId(leadId);
    move.beforeId = qint64(to->model()->leadAt(placed + 1).value(u"id"_s).toDouble());
    // Dropped at the bottom of a column that has more cards on the server,
    // the card goes below those too (the server's bottom).
    to->model()->setPending(leadId, true);
    to->focusLead(leadId);
    m_message->hide();
    ++m_pendingMoves;
    sendMove(move, etagOf(move.lead));
    return true;
}

void PipelineBoardPage::sendMove(const Move &move, const QByteArray &etag)
{
    QJsonObject body{{u"stage_id"_s, double(move.toStage)}};
    if (move.beforeId > 0)
        body.insert(u"before_id"_s, double(move.beforeId));
    ApiReply *reply = m_api->patch(u"/leads/%1/board-position"_s.arg(move.leadId), body, etag);
    connect(reply, &ApiReply::finished, this, [this, reply, move] { moveDone(reply, move); });
}

void PipelineBoardPage::moveDone(ApiReply *reply, const Move &move)
{
    PipelineColumn *to = column(move.toStage);
    if (!to || to->model()->rowOfId(move.leadId) < 0) {
        // The board was reloaded meanwhile; it shows the server's state.
        --m_pendingMoves;
        emit moveFinished(move.leadId, reply->isSuccess());
        return;
    }
    if (reply->isSuccess()) {
        --m_pendingMoves;
        to->model()->setPending(move.leadId, false);
        to->model()->updateLead(reply->json());
        const QString title = move.lead.value(u"title"_s).toString();
        if (move.fromStage == move.toStage) {
            emit statusMessage(tr("“%1” moved within %2.").arg(title, to->name()), 5000);
        } else {
            loadBoard(false); // the totals of both stages changed
            emit statusMessage(tr("“%1” moved to %2.").arg(title, to->name()), 5000);
        }
        emit moveFinished(move.leadId, true);
        return;
    }
    const ApiError &error = reply->error();
    if (error.isHttp() && error.httpStatus() == 412) {
        resolveConflict(move);
        return;
    }
    if (error.hasFieldErrors())
        return revert(move, ErrorText::forFieldError(error.fieldErrors().first()), true);
    if (error.isHttp() && error.httpStatus() == 404)
        return revert(move, tr("The lead no longer exists or is no longer visible to you."), false);
    revert(move, ErrorText::forError(error), true);
}

void PipelineBoardPage::revert(const Move &move, const QString &reason, bool restore)
{
    --m_pendingMoves;
    PipelineColumn *to = column(move.toStage);
    PipelineColumn *from = column(move.fromStage);
    if (to)
        to->model()->takeLead(move.leadId);
    if (from && restore) {
        from->model()->insertLead(move.lead, move.fromRow);
        from->focusLead(move.leadId);
    }
    const QString title = move.lead.value(u"title"_s).toString();
    showError(tr("“%1” was not moved to %2: %3").arg(title, to ? to->name() : QString(), reason));
    emit moveFinished(move.leadId, false);
}

void PipelineBoardPage::resolveConflict(const Move &move)
{
    ApiReply *reply = m_api->get(u"/leads/%1"_s.arg(move.leadId));
    connect(reply, &ApiReply::finished, this, [this, reply, move] {
        if (!reply->isSuccess()) {
            revert(move, ErrorText::forError(reply->error()), true);
            return;
        }
        const QJsonObject theirs = reply->json();
        const QByteArray theirEtag = reply->etag();
        PipelineColumn *to = column(move.toStage);
        const auto stageName = [this](const QJsonObject &lead) {
            PipelineColumn *c = column(jsonId(lead.value(u"stage_id"_s)));
            return c ? c->name() : lead.value(u"stage_name"_s).toString();
        };
        QList<ConflictDialog::Field> fields;
        fields.append({tr("Stage"), to ? to->name() : QString(), stageName(theirs)});
        const QList<std::pair<QString, QString>> shown {{u"title"_s, tr("Title")},
                                                        {u"company"_s, tr("Company")},
                                                        {u"status"_s, tr("Status")},
                                                        {u"owner_name"_s, tr("Owner")}};
        for (const auto &[key, label] : shown) {
            QString mine = move.lead.value(key).toString();
            QString now = theirs.value(key).toString();
            if (key == u"status"_s) {
                mine = CrmText::leadStatus(mine);
                now = CrmText::leadStatus(now);
            }
            fields.append({label, mine, now});
        }
        fields.append({tr("Estimated value"),
                       LocaleFormat::amount(move.lead.value(u"estimated_value"_s).toString(),
                                            move.lead.value(u"currency"_s).toString()),
                       LocaleFormat::amount(theirs.value(u"estimated_value"_s).toString(),
                                            theirs.value(u"currency"_s).toString())});
        auto *dialog = new ConflictDialog(tr("Lead “%1”").arg(theirs.value(u"title"_s).toString()), fields, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_conflict = dialog;
        connect(dialog, &QDialog::finished, this, [this, dialog, move, theirs, theirEtag] {
            if (dialog->choice() == ConflictDialog::Overwrite && theirs.value(u"status"_s).toString() == u"open"_s) {
                sendMove(move, theirEtag); // still pending; same path as the first attempt
                return;
            }
            placeAsOnServer(move, theirs);
        });
        dialog->open();
    });
}

void PipelineBoardPage::placeAsOnServer(const Move &move, const QJsonObject &lead)
{
    --m_pendingMoves;
    if (PipelineColumn *to = column(move.toStage))
        to->model()->takeLead(move.leadId);
    PipelineColumn *now = column(jsonId(lead.value(u"stage_id"_s)));
    if (now && lead.value(u"status"_s).toString() == u"open"_s) {
        now->model()->insertLead(lead, now == column(move.fromStage) ? move.fromRow : -1);
        now->focusLead(move.leadId);
    }
    showMessage(tr("“%1” was changed by someone else and was not moved; the board shows it as it is now.")
                    .arg(lead.value(u"title"_s).toString()),
                false);
    loadBoard(false);
    emit moveFinished(move.leadId, false);
}

PipelineStagesDialog *PipelineBoardPage::manageStages()
{
    auto *dialog = new PipelineStagesDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changed())
            refresh();
    });
    m_stagesDialog = dialog;
    dialog->open();
    return dialog;
}

void PipelineBoardPage::retranslate()
{
    m_hint->setText(m_canEdit ? tr("Drag a card to another stage or place, or select it and press Ctrl+Left / "
                                   "Ctrl+Right / Ctrl+Up / Ctrl+Down. Enter opens the lead.")
                              : tr("Open leads by stage. Enter opens the lead."));
    m_stagesButton->setText(tr("Stages…"));
    m_stagesButton->setToolTip(tr("Add, rename, reorder or remove the pipeline's stages"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the pipeline again (F5)"));
    m_scroll->setAccessibleName(tr("Pipeline stages"));
}

void PipelineBoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    Page::changeEvent(event);
}

} // namespace erp::client
