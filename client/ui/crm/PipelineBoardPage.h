#pragma once

#include "client/ui/ConflictDialog.h"
#include "client/ui/Page.h"
#include "client/ui/crm/LeadForm.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QLabel;
class QHBoxLayout;
class QScrollArea;
class QToolButton;

namespace erp::client {

class ApiClient;
class ApiReply;
class BusyIndicator;
class PipelineColumn;
class PipelineStagesDialog;

// CRM > Pipeline: one column per stage (name, open leads, total value per
// currency) with a card per open lead, in the order people gave them; each
// column loads a page of cards at a time ("Load more" at its bottom).
// Moving a card, by dragging it to another column or another place in its
// own, or with Ctrl+Left/Right/Up/Down, moves it at once and places it on
// the server (PATCH /leads/{id}/board-position: stage and the card it now sits above)
// with If-Match; if the server refuses, the card goes back and the board
// says why; on 412 (someone changed the lead meanwhile) the standard
// conflict dialog decides: overwrite (move anyway) or reload.
class PipelineBoardPage : public Page
{
    Q_OBJECT

public:
    // Cards a column loads at a time.
    static constexpr int ColumnPageSize = 100;

    explicit PipelineBoardPage(ApiClient *api, QWidget *parent = nullptr);
    ~PipelineBoardPage() override;

    QString title() const override;
    void activate() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    bool canCreate() const override;
    void createRecord() override;

    // Moves the card to another stage or place, before the card now at
    // `row` of the target column (-1: the bottom): what a drop and
    // Ctrl+Left/Right/Up/Down do. False when the card is unknown, would not
    // move, or is still moving.
    bool moveLead(qint64 leadId, qint64 toStageId, int row = -1);
    // The next page of a column's cards.
    void loadMore(qint64 stageId);

    QList<PipelineColumn *> columns() const { return m_columns; }
    PipelineColumn *column(qint64 stageId) const;
    PipelineColumn *columnOfLead(qint64 leadId) const;
    bool isLoading() const { return m_loading; }
    bool hasPendingMoves() const { return m_pendingMoves > 0; }
    // The message shown above the columns (a refused move); empty when hidden.
    QString messageText() const;
    ConflictDialog *conflictDialog() const { return m_conflict; }
    LeadForm *openForm() const { return m_form; }
    LeadForm *openLead(qint64 leadId);
    // Pipeline > Stages… (crm.configure); the board reloads after changes.
    PipelineStagesDialog *manageStages();
    QToolButton *stagesButton() const { return m_stagesButton; }

Q_SIGNALS:
    // The stages and cards are shown (after activate() or refresh()).
    void loaded();
    // A move ended: moved (the server took it) or not (the card went back or
    // follows the server's version).
    void moveFinished(qint64 leadId, bool moved);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Move
    {
        qint64 leadId = 0;
        qint64 fromStage = 0;
        int fromRow = 0;
        qint64 toStage = 0;
        qint64 beforeId = 0; // the card it now sits above (0: the bottom)
        QJsonObject lead; // as before the move
    };
    void retranslate();
    void loadBoard(bool withCards);
    void boardLoaded(ApiReply *reply, bool withCards);
    void loadCards(PipelineColumn *column, const QString &cursor);
    void cardsLoaded(ApiReply *reply, qint64 stageId, bool firstPage);
    void reorderByKey(qint64 leadId, int direction);
    void buildColumns(const QJsonArray &stages);
    void applyTotals(const QJsonArray &stages);
    void sendMove(const Move &move, const QByteArray &etag);
    void moveDone(ApiReply *reply, const Move &move);
    void resolveConflict(const Move &move);
    void placeAsOnServer(const Move &move, const QJsonObject &lead);
    void revert(const Move &move, const QString &message, bool restore);
    void showMessage(const QString &text, bool isError = true);
    void focusNeighbour(PipelineColumn *from, int direction, int row);
    void moveByKey(qint64 leadId, int direction);
    void showError(const QString &text);

    ApiClient *m_api;
    QLabel *m_hint;
    QToolButton *m_refresh;
    QToolButton *m_stagesButton;
    QPointer<PipelineStagesDialog> m_stagesDialog;
    BusyIndicator *m_busy;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QWidget *m_board;
    QHBoxLayout *m_boardLayout;
    QList<PipelineColumn *> m_columns;
    QHash<qint64, QString> m_nextCursor; // per stage
    QList<QPointer<ApiReply>> m_cardReplies;
    int m_columnsLoading = 0;
    QPointer<ApiReply> m_loadReply;
    QPointer<ConflictDialog> m_conflict;
    QPointer<LeadForm> m_form;
    int m_pendingMoves = 0;
    bool m_started = false;
    bool m_loading = false;
    bool m_canEdit = false;
};

} // namespace erp::client
