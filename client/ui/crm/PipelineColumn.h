#pragma once

#include <QFrame>
#include <QJsonArray>

class QLabel;
class QListView;
class QPushButton;

namespace erp::client {

class PipelineColumnModel;

// One stage on the pipeline board: its name, open-lead count and total value
// per currency on top, the cards below in a list view that accepts drops
// from other columns and new places in its own. Keys on a card: Up/Down
// select, Left/Right go to the neighbouring column, Ctrl+Left/Right move the
// card there, Ctrl+Up/Down move it within the column, Enter opens it. A
// column loads its cards a page at a time: "Load more" at the bottom.
class PipelineColumn : public QFrame
{
    Q_OBJECT

public:
    PipelineColumn(qint64 stageId, const QString &name, QWidget *parent = nullptr);

    qint64 stageId() const;
    QString name() const { return m_name; }
    PipelineColumnModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString summaryText() const;

    // The server's figures for the stage: open leads and [{currency, total}].
    void setSummary(int openLeads, const QJsonArray &totals);
    // Selects and focuses the card with that id (true when it is here).
    bool focusLead(qint64 id);
    // Focuses this column at about the given row.
    void focusRow(int row);
    qint64 currentLeadId() const;
    int currentRow() const;
    // Whether more cards wait on the server (shows "Load more").
    void setMoreAvailable(bool more);
    bool hasMore() const { return m_more; }
    void setLoadingMore(bool loading);
    QPushButton *loadMoreButton() const { return m_loadMore; }

Q_SIGNALS:
    void moveRequested(qint64 leadId, int direction); // -1 left, +1 right
    void focusNeighbourRequested(int direction, int row);
    void openRequested(qint64 leadId);
    void reorderRequested(qint64 leadId, int direction); // -1 up, +1 down
    void loadMoreRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void fitWidthToFont();

    QString m_name;
    PipelineColumnModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QListView *m_view;
    QPushButton *m_loadMore;
    bool m_more = false;
    int m_openLeads = 0;
    QJsonArray m_totals;
};

} // namespace erp::client
