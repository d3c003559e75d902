#pragma once

#include "client/core/ApiError.h"
#include "client/core/ListColumn.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QUrlQuery>
#include <QVector>

class QIODevice;

namespace erp::client {

class ApiClient;
class ApiReply;

// A table over any keyset-paged list endpoint (GET /api/v1/<resource> ->
// {items, next_cursor, total_estimate}). Rows arrive a page at a time:
// canFetchMore()/fetchMore() load the next page through the cursor when a
// view scrolls near the end. Sorting (sort()), filters and the search text
// are server-side: changing them reloads from page 1, and replies to an
// earlier query are ignored.
//
// Nothing is loaded until reload() is called once (so a page can configure
// columns, sort and filters first); from then on every query change reloads.
// While a reload is in flight the previous rows stay visible; they are
// replaced in one model reset when page 1 arrives.
//
//     auto *model = new PagedListModel(api, u"/users"_s, this);
//     model->setColumns({ListColumn::text(u"email"_s, tr("Email"), u"email"_s), ...});
//     model->setSort(u"email"_s);
//     model->reload();
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 totalEstimate READ totalEstimate NOTIFY totalEstimateChanged)

public:
    enum Role {
        ItemRole = Qt::UserRole + 1,  // the whole item as a QJsonObject
        IdRole,                       // item "id" as qint64
        ValueRole,                    // the raw JSON value of the column's key (QVariant)
    };
    Q_ENUM(Role)

    enum class State {
        Idle,       // not started (reload() not called yet)
        Loading,    // page 1 in flight (reload)
        Ready,      // rows shown; more may be fetched
        Empty,      // the query matched nothing
        Error,      // the last request failed (lastError())
    };
    Q_ENUM(State)

    // path: collection path for ApiClient, e.g. "/users".
    PagedListModel(ApiClient *client, const QString &path, QObject *parent = nullptr);
    ~PagedListModel() override;

    QString path() const { return m_path; }
    void setColumns(const QList<ListColumn> &columns);
    const QList<ListColumn> &columns() const { return m_columns; }
    int columnForKey(const QString &key) const;   // -1 when absent

    // Rows per request (the server caps at 500); default 50.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // --- query (each change reloads from page 1 once started) ---
    // Filter parameter, e.g. setFilter("is_active", "true"); an empty value removes it.
    void setFilter(const QString &name, const QString &value);
    void clearFilter(const QString &name) { setFilter(name, {}); }
    void setFilters(const QMap<QString, QString> &filters);   // replaces all filters
    QMap<QString, QString> filters() const { return m_filters; }
    // The "q" parameter. Debounce typing in the UI; identical text does nothing.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // API sort expression, e.g. "-created_at" (empty: the server's default).
    // sort() sets it from a column; setSort() is for a default order.
    void setSort(const QString &sortExpression);
    QString sortExpression() const { return m_sort; }
    // The column and order of the current sort (-1 when not a column's key), for the header indicator.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // The current filter, search and sort without cursor/limit: what a CSV
    // export of "what the user sees" must send.
    QUrlQuery currentQuery() const;

    // Starts (or restarts) loading from page 1.
    void reload();
    // After an Error: tries the failed request again (page 1 or the next page).
    void retry();

    State state() const { return m_state; }
    bool isLoading() const { return m_reply != nullptr; }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    qint64 totalEstimate() const { return m_totalEstimate; }
    // True when the server counted the list exactly (total_exact); false when
    // totalEstimate() is the database's estimate for a large list.
    bool totalIsExact() const { return m_totalExact; }
    const ApiError &lastError() const { return m_lastError; }

    // Rows.
    QJsonObject itemAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;                  // -1 when not loaded
    // After a local edit (PATCH answered with the item): replaces the row
    // with the same id (dataChanged); returns false when it is not loaded.
    bool updateItem(const QJsonObject &item);
    // After a delete: removes the row with that id.
    bool removeItem(qint64 id);

    // CSV of the current query streamed into sink (ApiClient::download).
    ApiReply *exportCsv(QIODevice *sink);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Maps the column to its API sort key; columns without one are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // The default text for a JSON value (what ListColumn::format falls back to).
    static QVariant defaultDisplay(const QJsonValue &value);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void stateChanged(erp::client::PagedListModel::State state);
    // A request failed (also reflected in state()/lastError()).
    void loadFailed(const erp::client::ApiError &error);
    void totalEstimateChanged(qint64 totalEstimate);
    // Page 1 of a (re)load arrived and was shown (rowCount() may be 0).
    void reloaded();
    // A further page was appended.
    void pageLoaded(int rowsAdded);
    void sortChanged(const QString &sortExpression);

private:
    void requestPage(bool firstPage);
    void onPageFinished(ApiReply *reply, quint64 generation, bool firstPage);
    void setState(State state);
    void setLoadingReply(ApiReply *reply);
    void queryChanged();

    QPointer<ApiClient> m_client;
    QString m_path;
    QList<ListColumn> m_columns;
    QVector<QJsonObject> m_rows;
    QMap<QString, QString> m_filters;
    QString m_searchText;
    QString m_sort;
    QString m_nextCursor;
    int m_pageSize = 50;
    qint64 m_totalEstimate = -1;
    bool m_totalExact = false;
    quint64 m_generation = 0;       // bumped by every query change; stale replies are dropped
    QPointer<ApiReply> m_reply;     // the request in flight
    bool m_started = false;
    bool m_failedFirstPage = false;
    State m_state = State::Idle;
    ApiError m_lastError;
};

} // namespace erp::client
