#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace erp::server {

// Reading and locking one row under a record rule, shared by the
// services so that "not visible" is always the same 404.
class RecordRows
{
public:
    // The row as JSON (built by jsonSql over `from`), or nothing when it does
    // not exist in the tenant or the record rule hides it.
    static std::optional<QJsonObject> find(const QString &jsonSql, const QString &from, const QString &idColumn,
                                           qint64 id, const QString &recordRule);
    // Locks the row (FOR UPDATE) and returns its version; throws 404 when it
    // is not visible and 412 when expectedVersion (if > 0) is not current.
    static int lock(const QString &table, const QString &alias, qint64 id, const QString &recordRule,
                    int expectedVersion);
};

} // namespace erp::server
