#include "server/platform/RecordService.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/http/HttpRequest.h"
#include "server/platform/DocumentCache.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordResponses.h"
#include "server/platform/RecordRows.h"

namespace erp::server {

RecordService::RecordService(const RecordEntity &entity, const Principal &caller, QByteArray requestId)
    : m_entity(entity)
    , m_caller(caller)
    , m_requestId(std::move(requestId))
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

RecordService::Read RecordService::readAsAsked(const HttpRequest &request)
{
    const QByteArray cacheControl = request.header("cache-control").toLower();
    const bool anew = cacheControl.contains("no-cache") || cacheControl.contains("max-age=0")
        || request.header("pragma").toLower().contains("no-cache");
    return anew ? Read::Anew : Read::KeptWhenCurrent;
}

HttpResponse RecordService::readResponse(qint64 id, Transaction &transaction, Read read) const
{
    DocumentCache &kept = DocumentCache::instance();
    if (m_entity.keptDocument && kept.enabled())
        return readKept(id, transaction, read, kept);
    const auto row = RecordRows::findRaw(m_entity.jsonSql, m_entity.from(), m_entity.idColumn(),
                                         m_entity.alias + QStringLiteral(".version"), id, recordRule(), transaction);
    if (!row)
        throw ApiError::notFound();
    return recordResponse(row->json, row->version);
}

HttpResponse RecordService::readKept(qint64 id, Transaction &transaction, Read read, DocumentCache &kept) const
{
    const DocumentCache::Key key {m_caller.tenantId, &m_entity, id};
    const auto readAndKeep = [&](Transaction &tx) {
        const auto row = RecordRows::findStamped(m_entity.jsonSql, m_entity.from(), m_entity.alias, id, recordRule(),
                                                 m_caller.tenantId, tx);
        if (!row) {
            kept.remove(key);
            throw ApiError::notFound();
        }
        kept.store(key, row->stamp, row->json);
        return recordResponse(row->json, int(row->stamp.version));
    };
    if (read == Read::Anew || !kept.contains(key))
        return readAndKeep(transaction);
    // The record's stamp, with the caller's session check and the record
    // rule, in the request's one round trip.
    const auto stamp
        = RecordRows::findStamp(m_entity.from(), m_entity.alias, id, recordRule(), m_caller.tenantId, transaction);
    if (!stamp) {
        kept.remove(key);
        throw ApiError::notFound();
    }
    if (const auto json = kept.find(key, *stamp))
        return recordResponse(*json, int(stamp->version));
    // Changed since it was kept. The request's transaction is committed:
    // the caller was checked in it; this one reads the document alone.
    Transaction anew(Database::connection(), Transaction::Begin::WithTenant);
    anew.setTenant(m_caller.tenantId, m_caller.userId);
    return readAndKeep(anew);
}

int RecordService::lock(qint64 id, int expectedVersion) const
{
    return RecordRows::lock(m_entity.table, m_entity.alias, id, recordRule(), expectedVersion);
}

void RecordService::audit(qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after) const
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
