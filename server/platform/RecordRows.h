#pragma once

#include "server/platform/DocumentCache.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace erp::server {

class JsonFromColumns;
class Transaction;

// A record's document at the front of a select list: its object written by
// the server when its JSON is a json_build_object (JsonFromColumns says
// why; nested lists stay SQL), else the JSON text PostgreSQL built.
class DocumentColumns
{
public:
    explicit DocumentColumns(const QString &jsonSql);
    QString selectList() const;
    QByteArray read(const QSqlQuery &q) const;
    // The first column after the document's.
    int next() const;

private:
    const JsonFromColumns *m_columns;
    const QString &m_jsonSql;
};

// Reading and locking one row under a record rule, shared by the
// services so that "not visible" is always the same 404.
class RecordRows
{
public:
    // The row as JSON (built by jsonSql over `from`), or nothing when it does
    // not exist in the tenant or the record rule hides it.
    static std::optional<QJsonObject> find(const QString &jsonSql, const QString &from, const QString &idColumn,
                                           qint64 id, const QString &recordRule);
    // The same row as the JSON text the database built, with versionColumn's
    // value, for answering a read without parsing and re-serialising it. As
    // the request's last statement: commits `transaction` in the same round
    // trip (Transaction::executeAndCommit).
    struct RawRow
    {
        QByteArray json;
        int version = 0;
    };
    static std::optional<RawRow> findRaw(const QString &jsonSql, const QString &from, const QString &idColumn,
                                         const QString &versionColumn, qint64 id, const QString &recordRule,
                                         Transaction &transaction);
    // A kept document's stamp (DocumentCache::Stamp) of the row `alias`.id
    // = id in `from`, under the record rule; nothing when it is not visible.
    // One index lookup of the row and one of the organisation, as the
    // request's last statement (it commits, as findRaw does).
    static std::optional<DocumentCache::Stamp> findStamp(const QString &from, const QString &alias, qint64 id,
                                                         const QString &recordRule, qint64 tenantId,
                                                         Transaction &transaction);
    // findRaw with the stamp read in the same statement, for keeping the
    // document (the version is the stamp's).
    struct StampedRow
    {
        QByteArray json;
        DocumentCache::Stamp stamp;
    };
    static std::optional<StampedRow> findStamped(const QString &jsonSql, const QString &from, const QString &alias,
                                                 qint64 id, const QString &recordRule, qint64 tenantId,
                                                 Transaction &transaction);
    // A kept document's stamp as a select list of the row `alias` over
    // stampedFrom(from), which binds the organisation's id as its one value
    // (after from's own and before any WHERE); stampAt reads the four
    // columns from `first` on.
    static QString stampColumns(const QString &alias);
    static QString stampedFrom(const QString &from);
    static DocumentCache::Stamp stampAt(const QSqlQuery &q, int first);
    // Locks the row (FOR UPDATE) and returns its version; throws 404 when it
    // is not visible and 412 when expectedVersion (if > 0) is not current.
    static int lock(const QString &table, const QString &alias, qint64 id, const QString &recordRule,
                    int expectedVersion);
};

} // namespace erp::server
