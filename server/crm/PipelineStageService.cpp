#include "server/crm/PipelineStageService.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/SqlFragments.h"
#include "server/platform/Versioning.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace erp::server {

PipelineStageService::PipelineStageService(const Principal &caller, QByteArray requestId)
    : m_caller(caller), m_requestId(std::move(requestId))
{
}

QString PipelineStageService::jsonSql()
{
    return QStringLiteral("json_build_object('id', s.id, 'name', s.name, 'position', s.position, "
                          "'created_at', %1, 'updated_at', %2, 'version', s.version)")
        .arg(isoTimestampSql(QStringLiteral("s.created_at")), isoTimestampSql(QStringLiteral("s.updated_at")));
}

std::optional<QJsonObject> PipelineStageService::find(qint64 id) const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT %1::text FROM pipeline_stages s WHERE s.id = ?").arg(jsonSql()),
                                  {id});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

void PipelineStageService::createDefaults(qint64 tenantId)
{
    int position = 0;
    for (const QString &name : {QStringLiteral("New"), QStringLiteral("Qualified"), QStringLiteral("Proposal"),
                                QStringLiteral("Negotiation")})
        Database::exec(QStringLiteral("INSERT INTO pipeline_stages (tenant_id, name, position) VALUES (?, ?, ?)"),
                       {tenantId, name, ++position})
            .finish();
}

int PipelineStageService::lockAll() const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT count(*) FROM (SELECT id FROM pipeline_stages "
                                                 "ORDER BY id FOR UPDATE) locked"));
    q.next();
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

void PipelineStageService::checkNameFree(const QString &name, qint64 exceptId) const
{
    QSqlQuery &q = Database::exec(
        QStringLiteral("SELECT 1 FROM pipeline_stages WHERE lower(name) = lower(?) AND id <> ?"), {name, exceptId});
    const bool taken = q.next();
    q.finish();
    if (taken)
        throw ApiError::validation({{QStringLiteral("name"), QStringLiteral("name_taken"),
                                     QStringLiteral("Another stage already has this name.")}});
}

void PipelineStageService::audit(qint64 id, const QString &action, const QJsonObject &before,
                                 const QJsonObject &after) const
{
    AuditLog::record({m_caller.tenantId, m_caller.userId, QStringLiteral("pipeline_stage"), id, action, before, after,
                      m_requestId});
}

qint64 PipelineStageService::create(const QString &name, std::optional<int> position)
{
    const int count = lockAll();
    checkNameFree(name, 0);
    const int at = qBound(1, position.value_or(count + 1), count + 1);
    Database::exec(QStringLiteral("UPDATE pipeline_stages SET position = position + 1 WHERE position >= ?"), {at})
        .finish();
    QSqlQuery &q = Database::exec(
        QStringLiteral("INSERT INTO pipeline_stages (tenant_id, name, position) VALUES (?, ?, ?) RETURNING id"),
        {m_caller.tenantId, name, at});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    audit(id, QStringLiteral("create"), {}, *find(id));
    return id;
}

void PipelineStageService::update(qint64 id, int expectedVersion, const std::optional<QString> &name,
                                  std::optional<int> position)
{
    const int count = lockAll();
    const auto before = find(id);
    if (!before)
        throw ApiError::notFound();
    Versioning::check(before->value(QStringLiteral("version")).toInt(), expectedVersion);
    if (name)
        checkNameFree(*name, id);
    const int from = before->value(QStringLiteral("position")).toInt();
    const int to = position ? qBound(1, *position, count) : from;
    // Shift the stages between the old and the new place by one; the unique
    // position constraint is deferred to the end of the transaction.
    if (to < from)
        Database::exec(QStringLiteral("UPDATE pipeline_stages SET position = position + 1 "
                                      "WHERE position >= ? AND position < ?"),
                       {to, from})
            .finish();
    else if (to > from)
        Database::exec(QStringLiteral("UPDATE pipeline_stages SET position = position - 1 "
                                      "WHERE position > ? AND position <= ?"),
                       {from, to})
            .finish();
    Database::exec(QStringLiteral("UPDATE pipeline_stages SET name = COALESCE(?, name), position = ?, "
                                  "version = version + 1, updated_at = now() WHERE id = ?"),
                   {name ? QVariant(*name) : QVariant(QMetaType::fromType<QString>()), to, id})
        .finish();
    const QString action = to != from && name ? QStringLiteral("update")
                           : to != from       ? QStringLiteral("reorder")
                                              : QStringLiteral("rename");
    audit(id, action, *before, *find(id));
}

void PipelineStageService::remove(qint64 id, int expectedVersion, qint64 moveLeadsTo)
{
    const int count = lockAll();
    const auto before = find(id);
    if (!before)
        throw ApiError::notFound();
    Versioning::check(before->value(QStringLiteral("version")).toInt(), expectedVersion);
    if (count <= 1)
        throw ApiError::conflict(QStringLiteral("last_stage"), QStringLiteral("The pipeline needs at least one stage."));
    if (moveLeadsTo != 0 && (moveLeadsTo == id || !find(moveLeadsTo)))
        throw ApiError::validation({{QStringLiteral("move_leads_to"), QStringLiteral("unknown_stage"),
                                     QStringLiteral("Name another stage of your pipeline to move the leads to.")}});
    // Every lead of the tenant counts, including ones the caller's record
    // rule hides: the stage belongs to the whole pipeline.
    QSqlQuery &used = Database::exec(QStringLiteral("SELECT count(*) FROM leads WHERE stage_id = ?"), {id});
    used.next();
    const qint64 leads = used.value(0).toLongLong();
    used.finish();
    if (leads > 0 && moveLeadsTo == 0)
        throw ApiError::conflict(QStringLiteral("stage_in_use"),
                                 QStringLiteral("%1 leads are in this stage. Move them to another stage "
                                                "(move_leads_to) to delete it.")
                                     .arg(leads));
    if (leads > 0)
        Database::exec(QStringLiteral("UPDATE leads SET stage_id = ?, version = version + 1, updated_at = now() "
                                      "WHERE stage_id = ?"),
                       {moveLeadsTo, id})
            .finish();
    Database::exec(QStringLiteral("DELETE FROM pipeline_stages WHERE id = ?"), {id}).finish();
    Database::exec(QStringLiteral("UPDATE pipeline_stages SET position = position - 1 WHERE position > ?"),
                   {before->value(QStringLiteral("position")).toInt()})
        .finish();
    audit(id, QStringLiteral("delete"), *before,
          leads > 0 ? QJsonObject{{QStringLiteral("moved_leads"), leads}, {QStringLiteral("move_leads_to"), moveLeadsTo}}
                    : QJsonObject());
}

} // namespace erp::server
