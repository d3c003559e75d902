#include "server/platform/ListEndpoint.h"

#include "server/db/Database.h"
#include "server/db/JsonFromColumns.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/http/RequestContext.h"
#include "server/platform/DocumentCache.h"
#include "server/platform/RecordRows.h"
#include "server/platform/RecordService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace erp::server {

namespace {

ApiError badParameter(const QString &parameter, const QString &detail)
{
    return ApiError(400, QStringLiteral("bad_query_parameter"), QStringLiteral("Bad request"), detail,
                    {{parameter, QStringLiteral("invalid"), detail}});
}

QString sqlType(ListField::Type type)
{
    switch (type) {
    case ListField::Integer: return QStringLiteral("bigint");
    case ListField::Boolean: return QStringLiteral("boolean");
    case ListField::Timestamp: return QStringLiteral("timestamptz");
    case ListField::Decimal: return QStringLiteral("numeric");
    case ListField::Text: break;
    }
    return QStringLiteral("text");
}

QVariant parseValue(const ListField &field, const QString &parameter, const QString &raw)
{
    switch (field.type) {
    case ListField::Integer: {
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        if (!ok)
            throw badParameter(parameter, QStringLiteral("%1 must be a whole number.").arg(parameter));
        return v;
    }
    case ListField::Boolean:
        if (raw == u"true")
            return true;
        if (raw == u"false")
            return false;
        throw badParameter(parameter, QStringLiteral("%1 must be true or false.").arg(parameter));
    case ListField::Timestamp: {
        const QDateTime dt = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!dt.isValid())
            throw badParameter(parameter, QStringLiteral("%1 must be an RFC 3339 timestamp.").arg(parameter));
        return dt.toUTC().toString(Qt::ISODateWithMs);
    }
    case ListField::Decimal: {
        static const QRegularExpression shape(QStringLiteral("^-?\\d{1,18}(\\.\\d{1,6})?$"));
        if (!shape.match(raw).hasMatch())
            throw badParameter(parameter, QStringLiteral("%1 must be a decimal number.").arg(parameter));
        return raw;
    }
    case ListField::Text:
        break;
    }
    if (raw.size() > 500)
        throw badParameter(parameter, QStringLiteral("%1 is too long.").arg(parameter));
    return raw;
}

// The parsed request, turned into SQL fragments with bound values.
struct ListPlan
{
    QString where;               // filters, search and scope (not the cursor)
    QVariantList whereValues;
    const ListField *sortField = nullptr;
    bool descending = false;
    QString sortKey;             // as sent, e.g. "-email"
    int limit = ListEndpoint::DefaultLimit;
    bool hasCursor = false;
    QString cursorValue;
    qint64 cursorId = 0;
    // Found once on the first page and carried in the cursor, so later
    // pages cost only their own rows; -1 when not known yet.
    qint64 total = -1;
    bool totalExact = false;
    bool searched = false;       // ?q= given
    // The search text has three letters or digits in a row: the trigram
    // index then narrows the matches by itself (see fetchPage).
    bool searchNarrows = false;
};

// Whether text has a run of three letters or digits, which pg_trgm turns
// into at least one trigram an index scan can look up; shorter runs give
// none, and the index would then return every row.
bool hasTrigram(const QString &text)
{
    int run = 0;
    for (const QChar ch : text) {
        run = ch.isLetterOrNumber() ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

QString encodeCursor(const QString &sortKey, const QString &value, qint64 id, qint64 total, bool totalExact)
{
    QJsonObject o{{QStringLiteral("s"), sortKey}, {QStringLiteral("v"), value},
                  {QStringLiteral("i"), QString::number(id)}};
    if (total >= 0) {
        o.insert(QStringLiteral("t"), QString::number(total));
        if (totalExact)
            o.insert(QStringLiteral("e"), true);
    }
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ListPlan plan(const RequestContext &ctx, const ListSpec &spec, const QString &scopeSql,
              const QVariantList &scopeValues)
{
    ListPlan p;
    QStringList conditions;
    if (!scopeSql.isEmpty()) {
        conditions << QLatin1Char('(') + scopeSql + QLatin1Char(')');
        p.whereValues << scopeValues;
    }
    p.sortKey = spec.defaultSort;
    const auto items = ctx.request.query.queryItems(QUrl::FullyDecoded);
    QStringList seen;
    for (const auto &[key, value] : items) {
        if (seen.contains(key))
            throw badParameter(key, QStringLiteral("%1 is given more than once.").arg(key));
        seen << key;
        if (key == u"limit") {
            bool ok = false;
            p.limit = value.toInt(&ok);
            if (!ok || p.limit < 1)
                throw badParameter(key, QStringLiteral("limit must be a whole number from 1 to %1.")
                                            .arg(ListEndpoint::MaxLimit));
            p.limit = qMin(p.limit, ListEndpoint::MaxLimit);
        } else if (key == u"sort") {
            p.sortKey = value;
        } else if (key == u"cursor") {
            const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromBase64(
                value.toLatin1(), QByteArray::Base64UrlEncoding)).object();
            bool ok = false;
            p.cursorId = c.value(QStringLiteral("i")).toString().toLongLong(&ok);
            if (!ok || !c.value(QStringLiteral("v")).isString())
                throw badParameter(key, QStringLiteral("The cursor is not valid; start from the first page."));
            p.cursorValue = c.value(QStringLiteral("v")).toString();
            p.hasCursor = true;
            bool totalOk = false;
            const qint64 total = c.value(QStringLiteral("t")).toString().toLongLong(&totalOk);
            if (totalOk && total >= 0) {
                p.total = total;
                p.totalExact = c.value(QStringLiteral("e")).toBool();
            }
            if (c.value(QStringLiteral("s")).toString() != p.sortKey && seen.contains(QStringLiteral("sort")))
                throw badParameter(key, QStringLiteral("The cursor belongs to another sort order."));
            p.sortKey = c.value(QStringLiteral("s")).toString();
        } else if (key == u"q") {
            if (spec.searchColumns.isEmpty())
                throw badParameter(key, QStringLiteral("This list cannot be searched."));
            if (value.size() > 200)
                throw badParameter(key, QStringLiteral("The search text is too long."));
            QString pattern = value;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            QStringList ors;
            for (const QString &col : spec.searchColumns) {
                ors << col + QStringLiteral(" ILIKE ?");
                p.whereValues << pattern;
            }
            conditions << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            p.searched = true;
            p.searchNarrows = hasTrigram(value);
        } else {
            const ListField *match = nullptr;
            QString op = QStringLiteral(" = ");
            for (const ListField &f : spec.fields) {
                if (!f.filterable)
                    continue;
                if (f.type == ListField::Timestamp) {
                    if (key == f.name + QStringLiteral("_from")) {
                        match = &f;
                        op = QStringLiteral(" >= ");
                    } else if (key == f.name + QStringLiteral("_to")) {
                        match = &f;
                        op = QStringLiteral(" < ");
                    }
                } else if (key == f.name) {
                    match = &f;
                }
                if (match)
                    break;
            }
            if (!match)
                throw badParameter(key, QStringLiteral("Unknown query parameter %1.").arg(key));
            conditions << match->column + op + QStringLiteral("?::") + sqlType(match->type);
            p.whereValues << parseValue(*match, key, value);
        }
    }
    p.descending = p.sortKey.startsWith(QLatin1Char('-'));
    const QString sortName = p.descending ? p.sortKey.mid(1) : p.sortKey;
    for (const ListField &f : spec.fields)
        if (f.sortable && f.name == sortName)
            p.sortField = &f;
    if (!p.sortField)
        throw badParameter(QStringLiteral("sort"), QStringLiteral("Cannot sort by %1.").arg(sortName));
    p.where = conditions.join(QStringLiteral(" AND "));
    return p;
}

struct Page
{
    QList<QByteArray> items;
    bool more = false; // rows follow the last item
    // A search that collected its matches first: how many (up to
    // SearchMatchesSorted + 1), and whether there were too many to sort, in
    // which case items is empty and the page must walk the sort index.
    qint64 matches = -1;
    bool tooMany = false;
    QString lastValue; // sort value and id of the last item
    qint64 lastId = 0;

    // Takes the query's current row (the item, sort value, id) unless the
    // page is full, in which case it notes that more rows follow; false then.
    // The item is the columns itemColumns writes (JsonFromColumns), or,
    // without it, one column of JSON text.
    bool take(const QSqlQuery &q, int limit, const JsonFromColumns *itemColumns)
    {
        if (items.size() == limit) {
            more = true;
            return false;
        }
        items << (itemColumns ? itemColumns->object(q) : q.value(0).toString().toUtf8());
        const int next = itemColumns ? itemColumns->columnCount() : 1;
        lastValue = q.value(next).toString();
        lastId = q.value(next + 1).toLongLong();
        return true;
    }
};

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
}

// sql with its ? placeholders replaced by the values as literals, formatted by
// the driver exactly as QPSQL sends the values of every prepared statement (it
// runs EXECUTE with literals). For EXPLAIN, which cannot be prepared, and for
// statements that travel together in one message.
QString inlineValues(const QString &sql, const QVariantList &values, const QSqlDriver *driver)
{
    QString out;
    out.reserve(sql.size() + 32 * values.size());
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar ch : sql) {
        if (ch == u'\'')
            quoted = !quoted;
        if (ch == u'?' && !quoted) {
            if (next >= values.size())
                throw std::logic_error("ListEndpoint: more placeholders than values");
            const QVariant &v = values.at(next++);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            out += driver->formatValue(field);
        } else {
            out += ch;
        }
    }
    if (next != values.size())
        throw std::logic_error("ListEndpoint: fewer placeholders than values");
    return out;
}

// A searched page first collects up to this many matches through the search
// index and sorts them; only when there are more does it walk the sort index.
constexpr int SearchMatchesSorted = 2'000;

// The page's WHERE clause (the plan's conditions and the cursor's position,
// empty or starting with " WHERE "), its values appended to values.
QString pageWhere(const ListSpec &spec, const ListPlan &p, bool hasCursor, const QString &cursorValue,
                  qint64 cursorId, QVariantList &values)
{
    QStringList conditions;
    if (!p.where.isEmpty())
        conditions << p.where;
    values << p.whereValues;
    if (hasCursor) {
        // The cursor's values as scalar subqueries: PostgreSQL then treats
        // them as parameters known only at run time in every plan, so the
        // cached generic plan of this prepared statement costs the same as a
        // freshly made one and is kept. With plain values it estimated each
        // cursor's position, often preferred re-planning on every page, and
        // planning this statement costs more than running it. Still an index
        // condition: a page reads only its own entries of the sort index.
        conditions << QStringLiteral("(%1, %2) %3 ((SELECT ?::%4), (SELECT ?::bigint))")
                          .arg(p.sortField->sortExpression(), spec.idColumn,
                               p.descending ? QStringLiteral("<") : QStringLiteral(">"),
                               sqlType(p.sortField->sortType()));
        values << cursorValue << cursorId;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Runs a page's statement and reads its rows: as commitWith's last
// statement, committed in the same round trip with the follow-ups, or in the
// current transaction.
void runPageStatement(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &readRows,
                      Transaction *commitWith, const QStringList &followUps = {},
                      const std::function<void(int, QSqlQuery &)> &readFollowUp = {})
{
    if (commitWith) {
        commitWith->executeAndCommit(sql, values, readRows, followUps, readFollowUp);
        return;
    }
    QSqlQuery &q = Database::exec(sql, values);
    readRows(q);
    q.finish();
}

// One page, in the current transaction; with commitWith as its last
// statement, committed in the same round trip.
Page fetchPage(const ListSpec &spec, const ListPlan &p, int limit, bool hasCursor, const QString &cursorValue,
               qint64 cursorId, Transaction *commitWith = nullptr, const QStringList &followUps = {},
               const std::function<void(int, QSqlQuery &)> &readFollowUp = {}, bool walkSortIndex = false)
{
    const QString sortColumn = p.sortField->sortExpression();
    const QString dir = p.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList values;
    const QString where = pageWhere(spec, p, hasCursor, cursorValue, cursorId, values);
    // The sort value goes back as text so the cursor holds it exactly
    // (timestamps to the microsecond).
    QString sql;
    // Searching: PostgreSQL cannot estimate how many rows contain a word.
    // For a word that happens to be in its statistics sample it expects
    // about 1 % of the rows, and then walks the sort index until a page of
    // matches turns up, through every row of the list when the word is rare
    // (about 2 % of the benchmark's words: 1 s instead of 1 ms at 100,000
    // leads). So the matches are collected first through the search index,
    // up to SearchMatchesSorted of them, and sorted; only a word matching
    // more, for which the walk finds a page quickly, walks the sort index.
    // With commitWith the collected matches are committed with it: when
    // there are too many, the caller walks the sort index (walkSortIndex) in
    // a transaction of its own.
    const bool matchesFirst = p.searched && !spec.pageJoins.isEmpty() && !walkSortIndex;
    // The item as plain columns when its JSON is a json_build_object: the
    // server writes the object (see JsonFromColumns for why).
    const JsonFromColumns *columns = JsonFromColumns::forBuildObject(spec.itemJson);
    const QString item = columns ? columns->selectList() : spec.itemJson + QStringLiteral("::text");
    const int itemColumnCount = columns ? columns->columnCount() : 1;
    if (matchesFirst) {
        const QString alias = spec.from.section(QLatin1Char(' '), -1);
        const QString collected
            = QStringLiteral("WITH %4 AS MATERIALIZED (SELECT %4.* FROM %5%6 LIMIT %8) "
                             "SELECT %1, %2::text, %3, (SELECT count(*) FROM %4) FROM %4 %9 "
                             "ORDER BY %2%7, %3%7 LIMIT %10")
                  .arg(item, sortColumn, spec.idColumn, alias, spec.from, where, dir)
                  .arg(SearchMatchesSorted + 1)
                  .arg(spec.pageJoins)
                  .arg(limit + 1);
        Page page;
        page.matches = 0;
        const auto readMatches = [&](QSqlQuery &q) {
            while (q.next()) {
                page.matches = q.value(itemColumnCount + 2).toLongLong();
                if (page.matches > SearchMatchesSorted) {
                    page.tooMany = true;
                    break;
                }
                if (!page.take(q, limit, columns))
                    break;
            }
        };
        if (commitWith) {
            commitWith->executeAndCommit(collected, values, readMatches, {}, {},
                                         p.searchNarrows && spec.searchIndexed ? ListEndpoint::searchSettings()
                                                                               : QStringList());
            if (page.tooMany) {
                page = Page();
                page.tooMany = true;
            }
            return page;
        }
        QSqlQuery &q = Database::exec(collected, values);
        readMatches(q);
        q.finish();
        if (!page.tooMany)
            return page;
    }
    if (spec.pageJoins.isEmpty()) {
        sql = QStringLiteral("SELECT %1, %2::text, %3 FROM %4%5 ORDER BY %2%6, %3%6 LIMIT %7")
                  .arg(item, sortColumn, spec.idColumn, spec.from, where, dir)
                  .arg(limit + 1);
    } else {
        // The page's rows first (sort index, cursor, limit), then the
        // lookups of only those rows, joined as sets (a hash of the few
        // suppliers or users instead of a search per row).
        const QString alias = spec.from.section(QLatin1Char(' '), -1);
        sql = QStringLiteral("SELECT %1, %2::text, %3 FROM (SELECT %4.* FROM %5%6 ORDER BY %2%7, %3%7 LIMIT %8) %4 "
                             "%9 ORDER BY %2%7, %3%7")
                  .arg(item, sortColumn, spec.idColumn, alias, spec.from, where, dir)
                  .arg(limit + 1)
                  .arg(spec.pageJoins);
    }
    Page page;
    runPageStatement(
        sql, values,
        [&](QSqlQuery &q) {
            while (q.next() && page.take(q, limit, columns)) {
            }
        },
        commitWith, followUps, readFollowUp);
    return page;
}

// A page of a list whose items are kept (ListSpec::keptItems). Its
// statement reads only the rows' ids, stamps and sort values, an index walk
// that costs PostgreSQL about a third of building the page's items; each
// item comes from memory when it was kept under the same stamp, and the
// items of new or changed rows are read together by id and kept. With
// commitWith the page commits in the request's round trip and the missing
// items are read in a transaction of their own under the caller's tenant
// (the caller was checked in the first); a row gone by then, or no longer
// matching the page's conditions, is left out, as a read a moment later
// would leave it out.
Page fetchKeptPage(const ListSpec &spec, const ListPlan &p, const Principal &caller, Transaction *commitWith,
                   const QStringList &followUps, const std::function<void(int, QSqlQuery &)> &readFollowUp)
{
    const QString alias = spec.from.section(QLatin1Char(' '), -1);
    const QString sortColumn = p.sortField->sortExpression();
    const QString dir = p.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList values {caller.tenantId};
    const QString where = pageWhere(spec, p, p.hasCursor, p.cursorValue, p.cursorId, values);
    const QString sql = QStringLiteral("SELECT %1, %2::text, %3 FROM %4%5 ORDER BY %2%6, %3%6 LIMIT %7")
                            .arg(RecordRows::stampColumns(alias), sortColumn, spec.idColumn,
                                 RecordRows::stampedFrom(spec.from), where, dir)
                            .arg(p.limit + 1);
    struct Row
    {
        qint64 id;
        DocumentCache::Stamp stamp;
    };
    QList<Row> rows;
    Page page;
    const auto readRows = [&](QSqlQuery &q) {
        while (q.next()) {
            if (rows.size() == p.limit) {
                page.more = true;
                break;
            }
            page.lastValue = q.value(4).toString();
            page.lastId = q.value(5).toLongLong();
            rows.append(Row {page.lastId, RecordRows::stampAt(q, 0)});
        }
    };
    runPageStatement(sql, values, readRows, commitWith, followUps, readFollowUp);

    DocumentCache &kept = DocumentCache::instance();
    QList<DocumentCache::Wanted> wanted;
    wanted.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        wanted.append({{caller.tenantId, &spec, row.id}, row.stamp});
    QList<QByteArray> items = kept.find(wanted);
    QStringList missing;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (items.at(i).isNull())
            missing << QString::number(rows.at(i).id);
    if (!missing.isEmpty()) {
        const DocumentColumns item(spec.itemJson);
        // The page's conditions again (record rule and filters): a row that
        // stopped matching them since is left out, as it would be a moment
        // later, rather than shown as it is now.
        const QString itemsSql
            = QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5%3 = ANY(?::bigint[])")
                  .arg(item.selectList(), RecordRows::stampColumns(alias), spec.idColumn,
                       RecordRows::stampedFrom(spec.from + QLatin1Char(' ') + spec.pageJoins),
                       p.where.isEmpty() ? QString() : QLatin1Char('(') + p.where + QStringLiteral(") AND "));
        QVariantList itemValues {caller.tenantId};
        itemValues << p.whereValues
                   << QString(QLatin1Char('{') + missing.join(QLatin1Char(',')) + QLatin1Char('}'));
        QHash<qint64, QByteArray> read;
        const auto readItems = [&](QSqlQuery &q) {
            while (q.next()) {
                const QByteArray json = item.read(q);
                const qint64 id = q.value(item.next() + 4).toLongLong();
                kept.store({caller.tenantId, &spec, id}, RecordRows::stampAt(q, item.next()), json);
                read.insert(id, json);
            }
        };
        if (commitWith) {
            Transaction anew(Database::connection(), Transaction::Begin::WithTenant);
            anew.setTenant(caller.tenantId, caller.userId);
            runPageStatement(itemsSql, itemValues, readItems, &anew);
        } else {
            runPageStatement(itemsSql, itemValues, readItems, nullptr);
        }
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (items.at(i).isNull())
                items[i] = read.value(rows.at(i).id);
    }
    for (const QByteArray &json : std::as_const(items))
        if (!json.isNull())
            page.items << json;
    return page;
}

// Lists up to this many rows are counted exactly; above it total_estimate is
// the planner's estimate, so a huge list never costs a long count.
constexpr qint64 ExactCountUpTo = 1'000;

// The rows a list's total counts: its FROM and WHERE with the values inlined.
QString countedRows(const ListSpec &spec, const ListPlan &p, const QSqlDriver *driver)
{
    // Concatenated, not QString::arg: the values may contain "%1".
    return QStringLiteral("SELECT 1 FROM ") + spec.from + inlineValues(whereClause(p.where), p.whereValues, driver);
}

// total_estimate for a list whose first page is full, in one round trip: a
// count that stops after ExactCountUpTo + 1 rows, and the planner's row
// estimate (EXPLAIN plans, it reads no rows). Small lists get their exact
// size; larger ones the estimate, never below what is known to exist.
// The two statements findTotal sends: the capped count and the EXPLAIN.
QStringList totalStatements(const QString &rows)
{
    return {QStringLiteral("SELECT count(*) FROM (") + rows + QStringLiteral(" LIMIT ")
                + QString::number(ExactCountUpTo + 1) + QStringLiteral(") capped"),
            QStringLiteral("EXPLAIN (FORMAT JSON) ") + rows};
}

// The estimates of large lists, remembered for a short while. Counting a
// list's first 1,001 rows and planning it for the estimate cost PostgreSQL
// twice what its page does (about 950 µs against 450 µs for 50 leads of
// 100,000), on every first page: the list a clerk opens most. A list found
// larger than ExactCountUpTo keeps its estimate for rememberForMs: its first
// page then costs what any page does. Small lists are never remembered, so
// their totals stay exact and current. Remembered per organisation, user
// and the exact rows counted (FROM, WHERE and its values: filters, search
// and record rules), so one caller's estimate never answers another's.
class RememberedEstimates
{
public:
    static inline std::atomic<int> rememberForMs = 30'000;

    static QString keyOf(const Principal &caller, const QString &rows)
    {
        return QString::number(caller.tenantId) + QLatin1Char('/') + QString::number(caller.userId)
            + QLatin1Char('/') + rows;
    }

    static std::optional<qint64> find(const QString &key)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&s_mutex);
        const auto it = s_estimates.constFind(key);
        if (it == s_estimates.cend() || now - it->rememberedAt > rememberForMs)
            return std::nullopt;
        return it->total;
    }

    static void remember(const QString &key, qint64 total)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&s_mutex);
        if (s_estimates.size() >= MaxRemembered) {
            s_estimates.removeIf([now](const auto &e) { return now - e.value().rememberedAt > rememberForMs; });
            if (s_estimates.size() >= MaxRemembered)
                s_estimates.clear();
        }
        s_estimates.insert(key, {total, now});
    }

private:
    static constexpr qsizetype MaxRemembered = 4'096;
    struct Estimate
    {
        qint64 total;
        qint64 rememberedAt;
    };
    static inline QMutex s_mutex;
    static inline QHash<QString, Estimate> s_estimates;
};

void totalFrom(qint64 counted, const QByteArray &plan, const QString &estimateKey, ListPlan &p);

// A remembered estimate as the total of a list whose page is full.
void totalFromRemembered(qint64 estimate, qsizetype pageSize, ListPlan &p)
{
    p.total = qMax(estimate, qint64(pageSize) + 1);
    p.totalExact = false;
}

// The total of a list, in the current transaction, as the caller sees it.
void findTotal(const ListSpec &spec, ListPlan &p, const Principal &caller, qsizetype pageSize)
{
    QSqlDatabase db = Database::connection();
    const QString rows = countedRows(spec, p, db.driver());
    const QString key = RememberedEstimates::keyOf(caller, rows);
    if (const auto remembered = RememberedEstimates::find(key)) {
        totalFromRemembered(*remembered, pageSize, p);
        return;
    }
    QSqlQuery q(db); // not forward-only: QPSQL collects both results at once
    if (!q.exec(totalStatements(rows).join(QStringLiteral("; "))))
        throw DbError(q.lastError(), QStringLiteral("count list"));
    const qint64 counted = q.next() ? q.value(0).toLongLong() : 0;
    if (!q.nextResult())
        throw DbError(q.lastError(), QStringLiteral("estimate list size"));
    const QByteArray plan = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    q.finish();
    totalFrom(counted, plan, key, p);
}

// total_estimate from the capped count and the EXPLAIN (FORMAT JSON) answer;
// an estimate is remembered under estimateKey.
void totalFrom(qint64 counted, const QByteArray &plan, const QString &estimateKey, ListPlan &p)
{
    if (counted <= ExactCountUpTo) {
        p.total = counted;
        p.totalExact = true;
        return;
    }
    const QJsonValue estimate
        = QJsonDocument::fromJson(plan).array().at(0)[QLatin1String("Plan")][QLatin1String("Plan Rows")];
    p.total = qMax(qint64(estimate.toDouble(0)), counted);
    p.totalExact = false;
    RememberedEstimates::remember(estimateKey, p.total);
}

QByteArray csvField(const QJsonValue &v)
{
    QString s;
    if (v.isString())
        s = v.toString();
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 17);
    else if (v.isArray() || v.isObject())
        s = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    // Spreadsheets run cells starting with these as formulas.
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.at(0)))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s.toUtf8();
}

HttpResponse csvResponse(const RequestContext &ctx, const ListSpec &spec, ListPlan p)
{
    struct State
    {
        ListSpec spec;
        ListPlan plan;
        qint64 tenantId;
        qint64 userId;
        bool headerSent = false;
        bool done = false;
        bool hasCursor = false;
        QString cursorValue;
        qint64 cursorId = 0;
    };
    auto state = std::make_shared<State>();
    state->spec = spec;
    state->plan = std::move(p);
    // plan.sortField points into spec.fields: re-point it into our copy.
    for (const ListField &f : state->spec.fields)
        if (f.name == state->plan.sortField->name)
            state->plan.sortField = &f;
    state->tenantId = ctx.principal.tenantId;
    state->userId = ctx.principal.userId;
    state->hasCursor = state->plan.hasCursor;
    state->cursorValue = state->plan.cursorValue;
    state->cursorId = state->plan.cursorId;

    HttpResponse r;
    r.status = 200;
    r.setHeader("Content-Type", "text/csv; charset=utf-8");
    r.setHeader("Content-Disposition", "attachment; filename=\"export.csv\"");
    r.stream = std::make_shared<BodyChunkSource>([state]() -> QByteArray {
        if (state->done)
            return {};
        QByteArray out;
        if (!state->headerSent) {
            state->headerSent = true;
            out += "\xEF\xBB\xBF";   // BOM: spreadsheet programs then read UTF-8 correctly
            QList<QByteArray> names;
            for (const QString &c : state->spec.csvColumns)
                names << c.toUtf8();
            out += names.join(',') + "\r\n";
        }
        Page page;
        // Each chunk is its own short transaction with the caller's tenant,
        // so a long export never holds one transaction open.
        Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
            tx.setTenant(state->tenantId, state->userId);
            page = fetchPage(state->spec, state->plan, ListEndpoint::MaxLimit, state->hasCursor,
                             state->cursorValue, state->cursorId);
            tx.commit();
        });
        for (const QByteArray &item : page.items) {
            const QJsonObject o = QJsonDocument::fromJson(item).object();
            QList<QByteArray> fields;
            for (const QString &c : state->spec.csvColumns)
                fields << csvField(o.value(c));
            out += fields.join(',') + "\r\n";
        }
        if (!page.more) {
            state->done = true;
        } else {
            state->hasCursor = true;
            state->cursorValue = page.lastValue;
            state->cursorId = page.lastId;
        }
        if (out.isEmpty())
            state->done = true;
        return out;
    });
    return r;
}

HttpResponse pageResponse(const Page &page, const ListPlan &p);
HttpResponse searchedPage(RequestContext &ctx, const ListSpec &spec, ListPlan &p);

} // namespace

// When the text narrows the search, its page's statement runs on its
// generic plan: planning it anew for every search cost PostgreSQL more than
// running it (about 1.0 ms against 0.5 ms for 20 of 100,000 leads). Made
// without the word, the plan cannot tell a rare word from a common one, and
// priced as PostgreSQL prices an unknown pattern it reads the whole table
// on smaller tables (40,000 leads); without sequential scans it collects
// the matches through the search index, as the custom plan for a rare word
// does. A word most rows contain costs more this way (the index yields all
// of them before the walk of the sort index takes over: about 50 ms against
// 15 ms at 100,000 leads), paid by searches that cannot narrow a list anyway.
// tst_searchplan checks the plan these settings give.
QStringList ListEndpoint::searchSettings()
{
    return {QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan"),
            QStringLiteral("SET LOCAL enable_seqscan = off")};
}

void ListEndpoint::setEstimatesRememberedFor(int milliseconds)
{
    RememberedEstimates::rememberForMs = milliseconds;
}

HttpResponse ListEndpoint::respond(RequestContext &ctx, const ListSpec &spec, const QString &scopeSql,
                                   const QVariantList &scopeValues)
{
    ListPlan p = plan(ctx, spec, scopeSql, scopeValues);
    if (ctx.request.header("accept").contains("text/csv"))
        return csvResponse(ctx, spec, std::move(p));

    // A read's page is the request's last statement and commits with it.
    // When the total is known already (it travels in the cursor), the page is
    // all; on a first page the count and the planner's estimate travel with
    // it in the same message, answered only when the page turns out full
    // (a small list's size is the page's). Searches: searchedPage.
    const bool reads = ctx.transaction && (ctx.transaction->isActive() || ctx.transaction->hasDeferredCheck())
        && (ctx.request.method == "GET" || ctx.request.method == "HEAD");
    if (reads && p.searched && !spec.pageJoins.isEmpty())
        return searchedPage(ctx, spec, p);
    const bool readOnly = !p.searched && reads;
    const bool last = readOnly && p.total >= 0;
    const bool firstWithTotal = readOnly && p.total < 0 && !p.hasCursor;
    qint64 counted = 0;
    QByteArray estimatePlan;
    QStringList followUps;
    QString estimateKey;
    std::optional<qint64> remembered;
    if (firstWithTotal) {
        const QString rows = countedRows(spec, p, ctx.transaction->driver());
        estimateKey = RememberedEstimates::keyOf(ctx.principal, rows);
        remembered = RememberedEstimates::find(estimateKey);
        if (!remembered)
            followUps = totalStatements(rows);
    }
    const auto readTotal = [&](int index, QSqlQuery &q) {
        if (!q.next())
            return;
        if (index == 0)
            counted = q.value(0).toLongLong();
        else
            estimatePlan = q.value(0).toString().toUtf8();
    };
    Transaction *commitWith = last || firstWithTotal ? ctx.transaction : nullptr;
    const bool keptItems = readOnly && spec.keptItems && DocumentCache::instance().enabled()
        && RecordService::readAsAsked(ctx.request) == RecordService::Read::KeptWhenCurrent;
    const Page page = keptItems
        ? fetchKeptPage(spec, p, ctx.principal, commitWith, followUps, readTotal)
        : fetchPage(spec, p, p.limit, p.hasCursor, p.cursorValue, p.cursorId, commitWith, followUps, readTotal);
    if (firstWithTotal && page.more) {
        if (remembered)
            totalFromRemembered(*remembered, page.items.size(), p);
        else
            totalFrom(counted, estimatePlan, estimateKey, p);
    }
    if (p.total < 0) {
        if (!page.more && !p.hasCursor) {
            // The whole list is on this page: its size is known for free.
            p.total = page.items.size();
            p.totalExact = true;
        } else {
            findTotal(spec, p, ctx.principal, page.items.size());
        }
    }
    return pageResponse(page, p);
}

namespace {

HttpResponse pageResponse(const Page &page, const ListPlan &p)
{
    const QString nextCursor
        = page.more ? encodeCursor(p.sortKey, page.lastValue, page.lastId, p.total, p.totalExact) : QString();

    qsizetype size = 160 + nextCursor.size();
    for (const QByteArray &item : page.items)
        size += item.size() + 1;
    QByteArray body;
    body.reserve(size);   // written once, not grown item by item
    body += "{\"items\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i)
            body += ',';
        body += page.items.at(i);
    }
    body += "],\"next_cursor\":";
    body += nextCursor.isEmpty() ? QByteArray("null") : '"' + nextCursor.toLatin1() + '"';
    body += ",\"total_estimate\":" + QByteArray::number(p.total);
    body += p.totalExact ? ",\"total_exact\":true}" : ",\"total_exact\":false}";
    return HttpResponse::rawJson(200, body);
}

// A searched read: the matches are collected, sorted and committed in the
// request's one round trip (with the caller's check when it was deferred).
// Only a word with too many matches to sort, or a total that the matches do
// not tell, needs more: in a transaction of its own, under the caller's
// tenant, after the first one has checked the caller.
HttpResponse searchedPage(RequestContext &ctx, const ListSpec &spec, ListPlan &p)
{
    Page page = fetchPage(spec, p, p.limit, p.hasCursor, p.cursorValue, p.cursorId, ctx.transaction);
    bool totalKnown = p.total >= 0;
    if (!totalKnown && !page.tooMany && !p.hasCursor) {
        // Without a cursor the matches are all of the list's rows.
        if (!page.more || page.matches <= ExactCountUpTo) {
            p.total = page.more ? page.matches : page.items.size();
            p.totalExact = true;
            totalKnown = true;
        }
    }
    if (page.tooMany || !totalKnown) {
        const Principal caller = ctx.principal;
        Transaction::runWithRetry(Database::connection(), Transaction::Begin::WithTenant, [&](Transaction &tx) {
            tx.setTenant(caller.tenantId, caller.userId);
            if (page.tooMany)
                page = fetchPage(spec, p, p.limit, p.hasCursor, p.cursorValue, p.cursorId, nullptr, {}, {}, true);
            if (p.total < 0) {
                if (!page.more && !p.hasCursor) {
                    p.total = page.items.size();
                    p.totalExact = true;
                } else {
                    findTotal(spec, p, caller, page.items.size());
                }
            }
            tx.commit();
        });
    }
    return pageResponse(page, p);
}

} // namespace

} // namespace erp::server
