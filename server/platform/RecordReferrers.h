#pragma once

#include <QList>
#include <QString>

namespace erp::server {

// What still refers to a record and keeps it from being deleted: a count
// query with one "?" for the record's id ("SELECT count(*) FROM stock_moves
// WHERE product_id = ?"), the JSON name of what it counts ("stock_moves") and
// its words for people ("stock moves").
struct RecordReferrer
{
    QString countSql;
    QString name;
    QString words;
};

// Every module declares which of its rows refer to which table, so that
// DELETE can say what is in the way (409 naming it) instead of a bare
// foreign-key failure, without the owner of the table knowing the modules
// that refer to it (purchase-order lines refer to inventory's products).
// Filled at start-up (Module::registerRoutes), read per request.
class RecordReferrers
{
public:
    // Adding the same referrer twice keeps one.
    static void add(const QString &table, const RecordReferrer &referrer);
    static QList<RecordReferrer> of(const QString &table);

    // The referrers of `table` that count any row for `id`, each with its
    // count, in the caller's transaction.
    struct InUse
    {
        RecordReferrer referrer;
        qint64 count = 0;
    };
    static QList<InUse> inUse(const QString &table, qint64 id);

    // Throws 409 "in_use" naming each referrer with its count (one field
    // error per referrer, field = its JSON name) when any refers to the
    // record; `noun` is the record's kind ("account"), `advice` ends the
    // message ("Deactivate it instead, or remove those first.").
    static void refuseIfInUse(const QString &table, qint64 id, const QString &noun, const QString &advice);
};

} // namespace erp::server
