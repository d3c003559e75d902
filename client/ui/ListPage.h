#pragma once

#include "client/core/ApiReply.h"
#include "client/core/ListColumn.h"
#include "client/ui/Page.h"

#include <QJsonObject>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSaveFile;
class QSplitter;
class QTableView;
class QToolBar;

namespace erp::client {

class ApiClient;
class ApiError;
class ApiReply;
class BusyIndicator;
class FlowLayout;
class PagedListModel;

// The list screen every module reuses: a table over a PagedListModel
// (pages load as the user scrolls), header clicks sort on the server, a
// debounced search box, filter widgets the page supplies, refresh, CSV
// export of the current filter with cancellable progress, an empty state and
// an error state with "Try again". Keyboard: Tab goes tool bar, search,
// filters, table, details (in that order, past the table rather than through
// its cells); tool-bar actions get the client's icon for their object name. Pages configure it rather than copy it:
//
//     UsersPage::UsersPage(ApiClient *api) : ListPage(api, u"/users"_s)
//     {
//         setColumns({...});
//         setDefaultSort(u"display_name"_s);
//         addFilterWidget(m_statusCombo);   // wire it to model()->setFilter(...)
//         setCreateText(tr("New User"));
//         connect(this, &ListPage::itemActivated, this, &UsersPage::openUser);
//     }
class ListPage : public Page
{
    Q_OBJECT

public:
    ListPage(ApiClient *api, const QString &path, QWidget *parent = nullptr);
    ~ListPage() override;

    ApiClient *api() const { return m_api; }
    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QToolBar *toolBar() const { return m_toolBar; }

    // --- configuration ---
    void setColumns(const QList<ListColumn> &columns);
    void setDefaultSort(const QString &sortExpression);
    void setPageSize(int rows);
    // Hides the search box for endpoints without "q".
    void setSearchEnabled(bool enabled);
    void setSearchPlaceholder(const QString &text);
    // Search debounce; 300 ms by default.
    void setSearchDelay(int ms) { m_searchTimer.setInterval(ms); }
    // Filters sit on a row under the tool bar (further rows when they do not
    // fit); the page connects each to model()->setFilter(). With a label,
    // the two stay together on one row, as does a QLabel added on its own
    // right before its buddy.
    void addFilterWidget(QWidget *widget, const QString &label = {});
    // Widgets that stay together on one row (a check box and the date it enables).
    void addFilterGroup(const QList<QWidget *> &widgets);
    // Page actions on the tool bar (after New, before Refresh/Export).
    void addPageAction(QAction *action);
    // A widget beside the table showing the current row (audit log details).
    void setDetailWidget(QWidget *widget);
    // "No users yet." / "No users match the search or filters."
    void setEmptyTexts(const QString &noRecords, const QString &noMatches);
    // Enables Ctrl+N; createRecord() emits createRequested().
    void setCreateText(const QString &text);
    void setCreateEnabled(bool enabled);
    // The suggested export file name without extension ("users").
    void setExportBaseName(const QString &name) { m_exportBaseName = name; }
    // "Delete…" (the Delete key in the table) for the current row: asks
    // first, sends DELETE with If-Match (the row's version), takes the row
    // out and says so in the status bar. A refusal names what still refers
    // to the record (409 in_use); a stale row (412) refreshes the list.
    // The page names the record (recordNameOf) and may warn of what goes
    // with it (deleteNote).
    void setDeleteEnabled(bool enabled);
    QAction *deleteAction() const { return m_deleteAction; }
    void deleteCurrent();
    QMessageBox *deletePrompt() const;
    QMessageBox *deleteError() const;

    // --- state ---
    QJsonObject currentItem() const;
    qint64 currentId() const;
    // Selects the row with that id if it is loaded.
    bool selectId(qint64 id);
    // Reloads from the first page and selects that id once the reload has
    // arrived (a record just created).
    void refreshAndSelect(qint64 id);
    // The text of the overlay (empty state, error, loading); empty when hidden.
    QString overlayText() const;
    bool isOverlayVisible() const;
    QPushButton *retryButton() const { return m_retry; }
    QAction *createAction() const { return m_createAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Writes the CSV export of the current filter to path (what the export
    // action does after asking for a file). Progress is shown; emits
    // exportFinished. Returns the request (null if the file cannot be opened).
    ApiReply *exportTo(const QString &path);
    QProgressDialog *exportProgress() const { return m_progress; }

    // Page
    void activate() override;
    bool canCreate() const override;
    void createRecord() override;
    bool canSearch() const override;
    void focusSearch() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    bool canExport() const override { return true; }
    void exportCsv() override;

Q_SIGNALS:
    void createRequested();
    // Double-click or Enter on a row.
    void itemActivated(const QJsonObject &item);
    void currentItemChanged(const QJsonObject &item);
    void exportFinished(const QString &path, bool success, const QString &message);
    void recordDeleted(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Page subclasses re-translate their columns and filters here.
    virtual void retranslate();
    // How a row is named in the delete prompt and messages; default its
    // "name", "title" or "code".
    virtual QString recordNameOf(const QJsonObject &item) const;
    // Shown under the delete question ("Its activities are deleted too.").
    virtual QString deleteNote(const QJsonObject &item) const;

private:
    void updateOverlay();
    void placeOverlay();
    void updateSortIndicator();
    void headerClicked(int section);
    void exportDone(ApiReply *reply);
    void retranslateBase();
    void updateToolBarSeparator();
    void sendDelete(const QJsonObject &item);
    void updateDeleteAction();
    void updateAccessibility();
    void updateTabOrder();
    void fitFilters();
    // The client's icon for a tool-bar action by its object name (Icons).
    static void setStandardIcon(QAction *action);

    ApiClient *m_api;
    PagedListModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_createAction;
    QAction *m_pageActionsAnchor;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_deleteAction;
    QPointer<QMessageBox> m_deletePrompt;
    QPointer<QMessageBox> m_deleteError;
    bool m_deleteEnabled = false;
    bool m_deleting = false;
    QWidget *m_filterBar;
    FlowLayout *m_filterLayout;
    QLineEdit *m_search;
    QTableView *m_view;
    QSplitter *m_splitter;
    QWidget *m_overlay;
    BusyIndicator *m_overlayBusy;
    QLabel *m_overlayText;
    QPushButton *m_retry;
    QWidget *m_errorBar;
    QLabel *m_errorBarText;
    QPushButton *m_errorBarRetry;
    QLabel *m_countLabel;
    QTimer m_searchTimer;
    QString m_noRecordsText;
    QString m_noMatchesText;
    QString m_exportBaseName;
    QPointer<ApiReply> m_exportReply;
    QSaveFile *m_exportFile = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_started = false;
    bool m_customEmptyTexts = false;
};

} // namespace erp::client
