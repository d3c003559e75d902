#pragma once

#include "server/http/HttpResponse.h"
#include "server/http/Principal.h"
#include "server/platform/RecordImport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace erp::server {

// CSV import of leads. The first line names the columns (title and
// currency are required; see columns()); every later line is one lead.
// check() reports every bad row with its line number and reason without
// writing anything (the dry run); run() imports all rows or, when any row is
// bad, none: it validates everything first and throws 422 with the same row
// errors, and any failure while inserting rolls the whole transaction back.
// The upload is bounded by the server's request body limit
// (http/max_body_bytes, 1 MiB by default: larger bodies get 413 before they
// are read), by MaxRows and by MaxColumns; the work is linear in the size of
// the upload, and at most MaxReportedErrors row errors are listed (the
// report counts the rest).
class LeadImport
{
public:
    static constexpr int MaxRows = 10'000;
    // Room for every known column and a few unknown ones to report; more is
    // no lead file (and only costs time and error text).
    static constexpr int MaxColumns = 64;
    static constexpr int MaxReportedErrors = 200;

    // Row errors and the report are those of every CSV import.
    using RowError = RecordImport::RowError;
    using Report = RecordImport::Report;

    LeadImport(const Principal &caller, QByteArray requestId);

    static QStringList columns();
    Report check(const QByteArray &csv);
    // Returns the ids of the created leads; throws ApiError 422 (nothing
    // imported) when any row is bad.
    QList<qint64> run(const QByteArray &csv);

private:
    struct ParsedRow
    {
        int line = 0;
        QMap<QString, QVariant> values;   // lead field -> bound value
    };
    Report parse(const QByteArray &csv, QList<ParsedRow> *rows);

    Principal m_caller;
    QByteArray m_requestId;
};

} // namespace erp::server
