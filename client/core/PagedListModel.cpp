#include "client/core/PagedListModel.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientLog.h"
#include "client/core/LocaleFormat.h"

#include <QDateTime>
#include <QJsonArray>

namespace erp::client {

PagedListModel::PagedListModel(ApiClient *client, const QString &path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_path(path)
{
}

PagedListModel::~PagedListModel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
}

void PagedListModel::setColumns(const QList<ListColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

int PagedListModel::columnForKey(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

void PagedListModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, 500);
}

void PagedListModel::setFilter(const QString &name, const QString &value)
{
    if (value.isEmpty()) {
        if (m_filters.remove(name) == 0)
            return;
    } else {
        if (m_filters.value(name) == value && m_filters.contains(name))
            return;
        m_filters.insert(name, value);
    }
    queryChanged();
}

void PagedListModel::setFilters(const QMap<QString, QString> &filters)
{
    QMap<QString, QString> cleaned;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        if (!it.value().isEmpty())
            cleaned.insert(it.key(), it.value());
    if (cleaned == m_filters)
        return;
    m_filters = cleaned;
    queryChanged();
}

void PagedListModel::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_searchText)
        return;
    m_searchText = t;
    queryChanged();
}

void PagedListModel::setSort(const QString &sortExpression)
{
    if (sortExpression == m_sort)
        return;
    m_sort = sortExpression;
    Q_EMIT sortChanged(m_sort);
    queryChanged();
}

int PagedListModel::sortColumn() const
{
    QString first = m_sort.section(QLatin1Char(','), 0, 0);
    if (first.startsWith(QLatin1Char('-')))
        first.remove(0, 1);
    if (first.isEmpty())
        return -1;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).sortKey == first)
            return i;
    return -1;
}

Qt::SortOrder PagedListModel::sortOrder() const
{
    return m_sort.startsWith(QLatin1Char('-')) ? Qt::DescendingOrder : Qt::AscendingOrder;
}

QUrlQuery PagedListModel::currentQuery() const
{
    QUrlQuery q;
    for (auto it = m_filters.begin(); it != m_filters.end(); ++it)
        q.addQueryItem(it.key(), it.value());
    if (!m_searchText.isEmpty())
        q.addQueryItem(QStringLiteral("q"), m_searchText);
    if (!m_sort.isEmpty())
        q.addQueryItem(QStringLiteral("sort"), m_sort);
    return q;
}

void PagedListModel::queryChanged()
{
    if (m_started)
        reload();
}

void PagedListModel::reload()
{
    m_started = true;
    ++m_generation; // whatever is in flight belongs to the previous query
    if (m_reply) {
        ApiReply *old = m_reply;
        setLoadingReply(nullptr);
        old->disconnect(this);
        old->cancel();
    }
    requestPage(true);
}

void PagedListModel::retry()
{
    if (m_state != State::Error || m_reply)
        return;
    requestPage(m_failedFirstPage || m_rows.isEmpty());
}

void PagedListModel::requestPage(bool firstPage)
{
    if (!m_client)
        return;
    QUrlQuery q = currentQuery();
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!firstPage)
        q.addQueryItem(QStringLiteral("cursor"), m_nextCursor);
    ApiReply *reply = m_client->get(m_path, q);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation, firstPage] { onPageFinished(reply, generation, firstPage); });
    setLoadingReply(reply);
    if (firstPage)
        setState(State::Loading);
}

void PagedListModel::setLoadingReply(ApiReply *reply)
{
    const bool wasLoading = isLoading();
    m_reply = reply;
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void PagedListModel::onPageFinished(ApiReply *reply, quint64 generation, bool firstPage)
{
    if (generation != m_generation || reply != m_reply) {
        qCDebug(lcModels) << m_path << "ignoring a reply to an earlier query";
        return;
    }
    setLoadingReply(nullptr);

    if (!reply->isSuccess()) {
        if (reply->error().kind() == ApiError::Kind::Cancelled)
            return;
        m_lastError = reply->error();
        m_failedFirstPage = firstPage;
        if (firstPage && !m_rows.isEmpty()) {
            // The rows belong to another query: do not leave them looking current.
            beginResetModel();
            m_rows.clear();
            m_nextCursor.clear();
            endResetModel();
        }
        qCInfo(lcModels).noquote() << m_path << "page failed:" << m_lastError.debugString();
        setState(State::Error);
        Q_EMIT loadFailed(m_lastError);
        return;
    }

    const QJsonObject page = reply->json();
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    const QJsonValue next = page.value(QLatin1String("next_cursor"));
    m_nextCursor = next.isString() ? next.toString() : QString();
    m_lastError = {};

    QVector<QJsonObject> rows;
    rows.reserve(items.size());
    for (const QJsonValue &v : items)
        rows.append(v.toObject());

    if (firstPage) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }

    const QJsonValue estimate = page.value(QLatin1String("total_estimate"));
    const qint64 total = estimate.isDouble() ? estimate.toInteger() : -1;
    const bool exact = page.value(QLatin1String("total_exact")).toBool();
    if (total != m_totalEstimate || exact != m_totalExact) {
        m_totalEstimate = total;
        m_totalExact = exact;
        Q_EMIT totalEstimateChanged(m_totalEstimate);
    }
    setState(m_rows.isEmpty() ? State::Empty : State::Ready);
    if (firstPage)
        Q_EMIT reloaded();
    else
        Q_EMIT pageLoaded(int(items.size()));
}

void PagedListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QJsonObject PagedListModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 PagedListModel::idAt(int row) const
{
    return itemAt(row).value(QLatin1String("id")).toInteger();
}

int PagedListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QLatin1String("id")).toInteger() == id)
            return i;
    return -1;
}

bool PagedListModel::updateItem(const QJsonObject &item)
{
    const int row = rowOfId(item.value(QLatin1String("id")).toInteger());
    if (row < 0)
        return false;
    m_rows[row] = item;
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

bool PagedListModel::removeItem(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
    if (m_rows.isEmpty() && m_nextCursor.isEmpty())
        setState(State::Empty);
    return true;
}

ApiReply *PagedListModel::exportCsv(QIODevice *sink)
{
    if (!m_client)
        return nullptr;
    return m_client->download(m_path, currentQuery(), sink);
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedListModel::defaultDisplay(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        // Counts and other JSON numbers in the user's language ("1.250" in
        // German). Money never arrives as a JSON number (decimal strings).
        return LocaleFormat::number(value.toDouble());
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        // RFC 3339 timestamps ("2024-05-01T10:00:00.123Z") in the user's
        // time zone, ISO dates ("2024-05-31"), both in the user's language.
        if (s.size() >= 20 && s.at(4) == QLatin1Char('-') && s.at(10) == QLatin1Char('T')) {
            const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (dt.isValid())
                return LocaleFormat::dateTime(dt);
        }
        if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                return LocaleFormat::date(d);
        }
        return s;
    }
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            parts.append(v.isString() ? v.toString() : defaultDisplay(v).toString());
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_rows.at(index.row());
    const ListColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.format ? column.format(item) : defaultDisplay(item.value(column.key));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(int(column.alignment));
    case ItemRole:
        return item;
    case IdRole:
        return item.value(QLatin1String("id")).toInteger();
    case ValueRole:
        return item.value(column.key).toVariant();
    default:
        break;
    }
    if (column.data)
        return column.data(item, role);
    return {};
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            int((m_columns.at(section).alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter));
    return {};
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_nextCursor.isEmpty() && !m_reply && m_state != State::Error;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortKey.isEmpty())
        return; // not sortable on the server: keep the current order
    const QString key = m_columns.at(column).sortKey;
    setSort(order == Qt::DescendingOrder ? QLatin1Char('-') + key : key);
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRole, "item");
    names.insert(IdRole, "id");
    names.insert(ValueRole, "value");
    return names;
}

} // namespace erp::client
