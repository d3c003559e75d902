#pragma once

#include "server/http/HttpResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace erp::server {

struct RequestContext;

// A field a list may be sorted or filtered on. Only declared fields are
// accepted; anything else in the query string is a 400.
struct ListField
{
    enum Type { Integer, Text, Boolean, Timestamp, Decimal }; // Decimal: numeric, sorts as a number
    QString name;        // API name: query parameter, sort key and item key
    QString column;      // SQL expression; must not be NULL for sortable fields
    Type type = Text;
    bool sortable = false;
    bool filterable = false;   // ?name=value; timestamps take ?name_from= and ?name_to=
    // What sorting orders by when it differs from the filtered column (a
    // nullable column filtered as is but sorted through coalesce).
    QString sortColumn;
    Type sortColumnType = Text;

    QString sortExpression() const { return sortColumn.isEmpty() ? column : sortColumn; }
    Type sortType() const { return sortColumn.isEmpty() ? type : sortColumnType; }
};

struct ListSpec
{
    QString itemJson;          // SQL expression building one item as JSON
    QString from;              // FROM clause, e.g. "users u"
    QString idColumn;          // unique tie-breaker, e.g. "u.id"
    QList<ListField> fields;
    QStringList searchColumns; // matched case-insensitively by ?q=
    QString defaultSort;       // "email" or "-created_at"
    QStringList csvColumns;    // item keys exported, in order, for Accept: text/csv
    // Optional joins for itemJson (e.g. "LEFT JOIN suppliers s ON s.id =
    // po.supplier_id"), applied to the page's rows only: the page is chosen
    // first (filters, sort, cursor, limit) from `from`, which must then be
    // "table alias", and itemJson is built over it with these joins. Cheaper
    // than a subquery per item for names of a few suppliers, users, stages.
    QString pageJoins;
    // Every search column has a trigram index (pg_trgm): a searched page
    // then runs on its generic plan through that index (ListEndpoint's
    // searchSettings()). Without such an index it keeps planning for the
    // word, which may choose to read the table.
    bool searchIndexed = false;
    // Items kept in the server's memory between reads (DocumentCache,
    // docs/decisions/0022): a page then asks PostgreSQL only for its rows'
    // ids and stamps, and reads the items of new or changed rows alone. For
    // lists whose item is built from the row of `from` (which must be
    // "table alias", with a version column) and the names of the tables in
    // `names`, each of which moves the organisation's reference stamp when
    // a shown column changes (migrations 0025, 0026). Item JSON that
    // depended on anything else would be answered stale. The spec's address
    // keys its kept items: only a spec built once (a function's static)
    // may keep them.
    struct KeptItems
    {
        QStringList names;
    };
    std::optional<KeptItems> keptItems;
};

// GET on a collection: keyset pagination with an opaque cursor (page 1000
// costs what page 1 costs), a capped limit, server-side sort, filters and
// search on declared fields, and CSV export streamed page by page without
// holding all rows in memory. scopeSql (with its bound values) restricts
// the rows further, e.g. to the caller's own records; the JSON list, the
// count and the CSV export all apply it.
//
// total_estimate is found on the first page and carried in the cursor, so it
// describes the list as it was when paging began; total_exact says whether it
// is a count. A list that fits on its first page is counted by that page; a
// longer one is counted up to 1,000 rows, and beyond that total_estimate is
// the query planner's row estimate (no rows read), so a first page costs
// about the same at any list size (docs/lists.md).
class ListEndpoint
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;

    static HttpResponse respond(RequestContext &ctx, const ListSpec &spec,
                                const QString &scopeSql = QString(), const QVariantList &scopeValues = {});

    // What a searched page's statement runs under when the search text
    // narrows the list (see fetchPage): its generic plan, through indexes.
    static QStringList searchSettings();

    // How long a large list's estimate answers its first page without
    // counting again (docs/lists.md): 30 s; tests shorten it.
    static void setEstimatesRememberedFor(int milliseconds);
};

} // namespace erp::server
