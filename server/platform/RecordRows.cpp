#include "server/platform/RecordRows.h"

#include "server/db/Database.h"
#include "server/db/JsonFromColumns.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordRules.h"
#include "server/platform/Versioning.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace erp::server {

std::optional<QJsonObject> RecordRows::find(const QString &jsonSql, const QString &from, const QString &idColumn,
                                            qint64 id, const QString &recordRule)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %1::text FROM %2 WHERE %3 = ? AND %4")
                                      .arg(jsonSql, from, idColumn, RecordRules::orTrue(recordRule)),
                                  {id});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

DocumentColumns::DocumentColumns(const QString &jsonSql)
    : m_columns(JsonFromColumns::forBuildObject(jsonSql))
    , m_jsonSql(jsonSql)
{
}

QString DocumentColumns::selectList() const
{
    return m_columns ? m_columns->selectList() : m_jsonSql + QStringLiteral("::text");
}

QByteArray DocumentColumns::read(const QSqlQuery &q) const
{
    return m_columns ? m_columns->object(q) : q.value(0).toString().toUtf8();
}

int DocumentColumns::next() const
{
    return m_columns ? m_columns->columnCount() : 1;
}

std::optional<RecordRows::RawRow> RecordRows::findRaw(const QString &jsonSql, const QString &from,
                                                      const QString &idColumn, const QString &versionColumn, qint64 id,
                                                      const QString &recordRule, Transaction &transaction)
{
    std::optional<RawRow> row;
    const DocumentColumns document(jsonSql);
    transaction.executeAndCommit(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ? AND %5")
            .arg(document.selectList(), versionColumn, from, idColumn, RecordRules::orTrue(recordRule)),
        {id}, [&](QSqlQuery &q) {
            if (q.next())
                row = RawRow {document.read(q), q.value(document.next()).toInt()};
        });
    return row;
}

QString RecordRows::stampColumns(const QString &alias)
{
    return QStringLiteral("%1.version, %1.xmin::text::bigint, stamp_tenant.reference_stamp, "
                          "stamp_tenant.xmin::text::bigint")
        .arg(alias);
}

QString RecordRows::stampedFrom(const QString &from)
{
    return from + QStringLiteral(" JOIN tenants stamp_tenant ON stamp_tenant.id = ?");
}

DocumentCache::Stamp RecordRows::stampAt(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toLongLong(), q.value(first + 2).toLongLong(),
            q.value(first + 3).toLongLong()};
}

std::optional<DocumentCache::Stamp> RecordRows::findStamp(const QString &from, const QString &alias, qint64 id,
                                                          const QString &recordRule, qint64 tenantId,
                                                          Transaction &transaction)
{
    std::optional<DocumentCache::Stamp> stamp;
    transaction.executeAndCommit(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3.id = ? AND %4")
            .arg(stampColumns(alias), stampedFrom(from), alias, RecordRules::orTrue(recordRule)),
        {tenantId, id}, [&](QSqlQuery &q) {
            if (q.next())
                stamp = stampAt(q, 0);
        });
    return stamp;
}

std::optional<RecordRows::StampedRow> RecordRows::findStamped(const QString &jsonSql, const QString &from,
                                                              const QString &alias, qint64 id,
                                                              const QString &recordRule, qint64 tenantId,
                                                              Transaction &transaction)
{
    std::optional<StampedRow> row;
    const DocumentColumns document(jsonSql);
    transaction.executeAndCommit(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4.id = ? AND %5")
            .arg(document.selectList(), stampColumns(alias), stampedFrom(from), alias, RecordRules::orTrue(recordRule)),
        {tenantId, id}, [&](QSqlQuery &q) {
            if (q.next())
                row = StampedRow {document.read(q), stampAt(q, document.next())};
        });
    return row;
}

int RecordRows::lock(const QString &table, const QString &alias, qint64 id, const QString &recordRule,
                     int expectedVersion)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %2.version FROM %1 %2 WHERE %2.id = ? AND %3 FOR UPDATE")
                                      .arg(table, alias, RecordRules::orTrue(recordRule)),
                                  {id});
    if (!q.next())
        throw ApiError::notFound();
    const int version = q.value(0).toInt();
    q.finish();
    if (expectedVersion > 0)
        Versioning::check(version, expectedVersion);
    return version;
}

} // namespace erp::server
