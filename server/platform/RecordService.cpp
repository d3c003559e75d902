#include "server/platform/RecordService.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordRows.h"

namespace erp::server {

RecordService::RecordService(const RecordEntity &entity, const Principal &caller, QByteArray requestId)
    : m_entity(entity), m_caller(caller), m_requestId(std::move(requestId))
{
}

std::optional<QJsonObject> RecordService::find(qint64 id) const
{
    return RecordRows::find(m_entity.jsonSql, m_entity.from(), m_entity.idColumn(), id, recordRule());
}

QJsonObject RecordService::findOrThrow(qint64 id) const
{
    const auto o = find(id);
    if (!o)
        throw ApiError::notFound();
    return *o;
}

HttpResponse RecordService::readResponse(qint64 id, Transaction &transaction) const
{
    const auto row = RecordRows::findRaw(m_entity.jsonSql, m_entity.from(), m_entity.idColumn(),
                                         m_entity.alias + QStringLiteral(".version"), id, recordRule(), transaction);
    if (!row)
        throw ApiError::notFound();
    return recordResponse(row->json, row->version);
}

int RecordService::lock(qint64 id, int expectedVersion) const
{
    return RecordRows::lock(m_entity.table, m_entity.alias, id, recordRule(), expectedVersion);
}

void RecordService::audit(qint64 id, const QString &action, const QJsonObject &before,
                             const QJsonObject &after) const
{
    AuditLog::record({m_caller.tenantId, m_caller.userId, m_entity.auditName, id, action, before, after, m_requestId});
}

qint64 RecordService::create(const RecordValues &given, const RecordValues &extra, const QString &auditAction)
{
    // Records belong to (or are assigned to) their creator unless the
    // request names someone else.
    RecordValues values = given;
    for (const RecordField &f : m_entity.fields)
        if ((f.name == u"owner_id" || f.name == u"assignee_id") && values.value(f.name).isNull())
            values.insert(f.name, m_caller.userId);
    const qint64 id = RecordFields::insert(m_entity.table, m_entity.fields, values, m_caller.tenantId, extra);
    // Read back without the record rule: a manager may create a record for
    // someone else, and the audit row must show it whole either way.
    const auto after = RecordRows::find(m_entity.jsonSql, m_entity.from(), m_entity.idColumn(), id, QString());
    audit(id, auditAction, {}, after.value_or(QJsonObject()));
    return id;
}

QJsonObject RecordService::update(qint64 id, int expectedVersion, const RecordValues &values, const RecordValues &extra)
{
    lock(id, expectedVersion);
    const QJsonObject before = findOrThrow(id);
    RecordFields::update(m_entity.table, id, m_entity.fields, values, extra);
    const auto after = RecordRows::find(m_entity.jsonSql, m_entity.from(), m_entity.idColumn(), id, QString());
    audit(id, QStringLiteral("update"), before, after.value_or(QJsonObject()));
    return before;
}

void RecordService::remove(qint64 id, int expectedVersion)
{
    lock(id, expectedVersion);
    const QJsonObject before = findOrThrow(id);
    try {
        Database::exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_entity.table), {id}).finish();
    } catch (const DbError &e) {
        if (!e.isForeignKeyViolation())
            throw;
        // The transaction is aborted; throwing rolls it back.
        throw ApiError::conflict(QStringLiteral("in_use"),
                                 QStringLiteral("Other records still refer to this %1.").arg(m_entity.auditName));
    }
    audit(id, QStringLiteral("delete"), before, {});
}

} // namespace erp::server
