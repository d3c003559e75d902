#pragma once

#include "client/core/ListColumn.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableView;

namespace erp::client {

class ApiClient;
class PagedListModel;

// A read-only list of the records that belong to the one a form shows (an
// account's contacts, leads and activities; a lead's history), loaded from
// the server page by page once the record is known, in the sort the caller
// gives. Double-click or Enter on a row emits opened(item).
class RelatedRecordsList : public QWidget
{
    Q_OBJECT

public:
    RelatedRecordsList(ApiClient *api, const QString &path, QWidget *parent = nullptr);

    void setColumns(const QList<ListColumn> &columns);
    void setSort(const QString &sortExpression);
    void setEmptyText(const QString &text);
    // Shows the records where filter = value (e.g. account_id = 4) and loads them.
    void showFor(const QString &filter, qint64 id);
    void reload();

    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // "2 contacts", "No contacts yet.", or the error.
    QString stateText() const;

Q_SIGNALS:
    void opened(const QJsonObject &item);
    void countChanged(int rows);

private:
    void updateState();

    PagedListModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
    QString m_emptyText;
};

} // namespace erp::client
