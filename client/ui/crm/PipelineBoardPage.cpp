#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/Accessibility.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/crm/CrmText.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
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
    return qint64(o.value(u"id"_s).toDouble());
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
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true); // large fonts: wraps instead of widening the window
    m_busy = new BusyIndicator(this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_refresh, &QToolButton::clicked, this, &PipelineBoardPage::refresh);

    m_message = new QLabel(this);
    m_message->setObjectName(u"boardMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(8);
    m_message->setTextFormat(Qt::PlainText);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::Window, ColorScheme::colour(ColorScheme::Signal::ErrorBackground));
    warn.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
    m_message->setPalette(warn);
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
    m_cards.clear();
    loadCards({});
}

void PipelineBoardPage::loadCards(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(u"status"_s, u"open"_s);
    query.addQueryItem(u"sort"_s, u"expected_close_date"_s);
    query.addQueryItem(u"limit"_s, u"500"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    ApiReply *reply = m_api->get(u"/leads"_s, query);
    m_loadReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { cardsLoaded(reply); });
}

void PipelineBoardPage::cardsLoaded(ApiReply *reply)
{
    if (reply->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!reply->isSuccess()) {
        m_loading = false;
        m_busy->stop();
        m_loadReply = nullptr;
        showError(tr("The leads could not be loaded: %1").arg(ErrorText::forError(reply->error())));
        return;
    }
    const QJsonObject page = reply->json();
    for (const QJsonValue &v : page.value(u"items"_s).toArray())
        m_cards.append(v.toObject());
    const QString next = page.value(u"next_cursor"_s).toString();
    if (!next.isEmpty() && m_cards.size() < MaxCards) {
        loadCards(next);
        return;
    }
    m_loadReply = nullptr;
    m_loading = false;
    m_busy->stop();
    QHash<qint64, QList<QJsonObject>> byStage;
    for (const QJsonObject &lead : std::as_const(m_cards))
        byStage[qint64(lead.value(u"stage_id"_s).toDouble())].append(lead);
    for (PipelineColumn *c : std::as_const(m_columns))
        c->model()->setLeads(byStage.value(c->stageId()));
    if (!next.isEmpty())
        showMessage(tr("Only the first %1 open leads are shown as cards; the totals count all of them. Use the "
                       "leads list to find the others.")
                        .arg(MaxCards));
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

void PipelineBoardPage::showMessage(const QString &text)
{
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

bool PipelineBoardPage::moveLead(qint64 leadId, qint64 toStageId, int row)
{
    PipelineColumn *from = columnOfLead(leadId);
    PipelineColumn *to = column(toStageId);
    if (!m_canEdit || !from || !to || from == to || from->model()->isPending(leadId))
        return false;
    Move move;
    move.leadId = leadId;
    move.fromStage = from->stageId();
    move.fromRow = from->model()->rowOfId(leadId);
    move.toStage = toStageId;
    move.lead = from->model()->takeLead(leadId);
    to->model()->insertLead(move.lead, row);
    to->model()->setPending(leadId, true);
    to->focusLead(leadId);
    m_message->hide();
    ++m_pendingMoves;
    sendMove(move, etagOf(move.lead));
    return true;
}

void PipelineBoardPage::sendMove(const Move &move, const QByteArray &etag)
{
    ApiReply *reply = m_api->patch(u"/leads/%1"_s.arg(move.leadId), {{u"stage_id"_s, double(move.toStage)}}, etag);
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
        loadBoard(false); // the totals of both stages changed
        emit statusMessage(tr("“%1” moved to %2.").arg(move.lead.value(u"title"_s).toString(), to->name()), 5000);
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
            PipelineColumn *c = column(qint64(lead.value(u"stage_id"_s).toDouble()));
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
    PipelineColumn *now = column(qint64(lead.value(u"stage_id"_s).toDouble()));
    if (now && lead.value(u"status"_s).toString() == u"open"_s) {
        now->model()->insertLead(lead, now == column(move.fromStage) ? move.fromRow : -1);
        now->focusLead(move.leadId);
    }
    showMessage(tr("“%1” was changed by someone else and was not moved; the board shows it as it is now.")
                    .arg(lead.value(u"title"_s).toString()));
    loadBoard(false);
    emit moveFinished(move.leadId, false);
}

void PipelineBoardPage::retranslate()
{
    m_hint->setText(m_canEdit ? tr("Drag a card to another stage, or select it and press Ctrl+Left / Ctrl+Right. "
                                   "Enter opens the lead.")
                              : tr("Open leads by stage. Enter opens the lead."));
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
