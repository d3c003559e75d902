#pragma once

#include "server/http/HttpResponse.h"
#include "server/platform/RecordEntity.h"

#include <QByteArray>
#include <QJsonArray>

#include <functional>

namespace erp::server {

struct RequestContext;
struct RouteDoc;

// What a CSV import of one entity accepts. Columns are the entity's declared
// fields (checked as the JSON API checks them, RecordFields::checkText) or
// lookups: a column naming another record by what people see (a unit's
// symbol, a supplier's code) that becomes a field holding its id.
struct RecordImportSpec
{
    const RecordEntity *entity = nullptr;
    QString plural; // "products", for messages
    QStringList columns; // every accepted column, in the order the 415 lists them
    QStringList requiredColumns;
    struct Lookup
    {
        QString column; // "stock_unit"
        QString field; // "stock_unit_id"
        QString keysSql; // "SELECT lower(symbol), id FROM units": read once per import
        QString errorCode; // "unknown_unit"
        QString errorMessage; // "No unit with the symbol \"%1\"."
    };
    QList<Lookup> lookups;
    // Columns whose values are unique in the organisation and so in the file
    // (case-insensitive): the SQL lists the values already taken.
    struct Unique
    {
        QString column; // "sku"
        QString takenSql; // "SELECT lower(sku) FROM products"
    };
    QList<Unique> uniques;
    // Checks across the fields of one row (a barcode's check digit, a purchase
    // unit of the stock unit's category): adds field errors named by column.
    std::function<void(const RecordValues &, QList<FieldError> *)> checkRow;
    // Server-decided columns of each row (created_by, a category derived
    // from the unit), like RecordRoutes::extraOnCreate.
    std::function<RecordValues(const RecordValues &)> extraValues;
};

// CSV import of records, the same for every module (leads have their own,
// LeadImport, which this generalises). The first line names the columns;
// every later line is one record. The dry run reports every bad row with its
// line number and reason and writes nothing; the import writes all rows or,
// when any row is bad, none (422 with the same row errors), each created row
// audited as "import". The upload is bounded by the server's request body
// limit (413 before it is read), by MaxRows and MaxColumns; the work is
// linear in the upload, and at most MaxReportedErrors row errors are listed
// (the report counts the rest).
class RecordImport
{
public:
    static constexpr int MaxRows = 10'000;
    static constexpr int MaxColumns = 64;
    static constexpr int MaxReportedErrors = 200;

    struct RowError
    {
        int line = 0; // 1-based line in the file (the header is line 1)
        QString column; // empty for a problem with the whole row
        QString code;
        QString message;
    };
    struct Report
    {
        int rows = 0;
        QList<RowError> errors; // the first MaxReportedErrors
        int errorCount = 0;
        int unreportedErrors() const { return errorCount - int(errors.size()); }
    };

    RecordImport(const RecordImportSpec &spec, const Principal &caller, QByteArray requestId);

    Report check(const QByteArray &csv);
    // The ids of the created records; throws ApiError 422 (nothing imported)
    // when any row is bad.
    QList<qint64> run(const QByteArray &csv);

    // POST <collection>/import: text/csv (415 otherwise), ?dry_run=true|false
    // (400 for anything else); 200 with the report for a dry run, 201 with
    // the created ids otherwise.
    static HttpResponse respond(RequestContext &ctx, const RecordImportSpec &spec);
    // The OpenAPI description of a route answered by respond().
    static RouteDoc documentation(const QStringList &columns);

    static QString fieldName(const RowError &e); // "rows[5].email"
    static QJsonArray toJson(const QList<RowError> &errors);

private:
    struct ParsedRow
    {
        int line = 0;
        RecordValues values;
    };
    Report parse(const QByteArray &csv, QList<ParsedRow> *rows);

    const RecordImportSpec &m_spec;
    Principal m_caller;
    QByteArray m_requestId;
};

} // namespace erp::server
