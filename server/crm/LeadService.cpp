#include "server/crm/LeadService.h"

#include "server/crm/CrmEntities.h"
#include "server/crm/CrmLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordRows.h"

#include <QSqlQuery>

namespace erp::server {

LeadService::LeadService(const Principal &caller, QByteArray requestId)
    : m_records(CrmEntities::leads(), caller, std::move(requestId))
{
}

qint64 LeadService::firstStageId()
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT id FROM pipeline_stages ORDER BY position, id LIMIT 1"));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

qint64 LeadService::create(const RecordValues &given)
{
    RecordValues values = given;
    if (values.value(QStringLiteral("stage_id")).isNull()) {
        const qint64 stage = firstStageId();
        if (stage == 0)
            throw ApiError::validation({{QStringLiteral("stage_id"), QStringLiteral("no_stages"),
                                         QStringLiteral("Your organisation has no pipeline stages yet.")}});
        values.insert(QStringLiteral("stage_id"), stage);
    }
    return m_records.create(values, {{QStringLiteral("created_by"), m_records.caller().userId}});
}

QString LeadService::currentStatus(qint64 id) const
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT status FROM leads WHERE id = ?"), {id});
    const QString status = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return status;
}

void LeadService::update(qint64 id, int expectedVersion, const RecordValues &values)
{
    m_records.lock(id, expectedVersion);
    if (currentStatus(id) == u"converted")
        throw ApiError::conflict(QStringLiteral("lead_converted"),
                                 QStringLiteral("This lead was converted; change its account and contact instead."));
    const QJsonObject before = m_records.update(id, expectedVersion, values);
    const RecordEntity &e = CrmEntities::leads();
    const QJsonObject after = RecordRows::find(e.jsonSql, e.from(), e.idColumn(), id, QString()).value_or(QJsonObject());
    // Stage and ownership changes are what managers look for in the audit
    // log: each gets its own row besides the general update.
    for (const auto &[field, action] : {std::pair{QStringLiteral("stage_id"), QStringLiteral("stage_change")},
                                        std::pair{QStringLiteral("owner_id"), QStringLiteral("owner_change")}}) {
        if (before.value(field) == after.value(field))
            continue;
        const QString name = field == u"stage_id" ? QStringLiteral("stage_name") : QStringLiteral("owner_name");
        m_records.audit(id, action, {{field, before.value(field)}, {name, before.value(name)}},
                        {{field, after.value(field)}, {name, after.value(name)}});
        qCDebug(lcCrm) << "lead" << id << action << before.value(field) << "->" << after.value(field);
    }
    // A lead moved to another stage goes to the bottom of its new column
    // (moveOnBoard then places it where it was dropped).
    if (before.value(QStringLiteral("stage_id")) != after.value(QStringLiteral("stage_id")))
        Database::exec(QStringLiteral("UPDATE leads SET board_rank = nextval('lead_board_rank') * 1024 WHERE id = ?"),
                       {id})
            .finish();
}

namespace {

// Ranks are spaced this far apart when a column is numbered afresh.
constexpr int RankGap = 1024;

std::optional<QString> rankOf(qint64 leadId)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT board_rank::text FROM leads WHERE id = ?"), {leadId});
    std::optional<QString> rank;
    if (q.next())
        rank = q.value(0).toString();
    q.finish();
    return rank;
}

// The rank for a card above `beforeRank` (below the card above it), or for
// the bottom of the column when beforeRank is empty; empty when there is
// no room left between the two neighbours.
QString placeIn(qint64 stageId, qint64 movingId, const QString &beforeRank)
{
    const QString sql = beforeRank.isEmpty()
        ? QStringLiteral("SELECT greatest(coalesce(max(board_rank), 0) + %1, nextval('lead_board_rank') * %1)::text "
                         "FROM leads WHERE stage_id = ? AND id <> ?")
              .arg(RankGap)
        : QStringLiteral("SELECT CASE WHEN p.rank IS NULL THEN (?::numeric - %1)::text "
                         "WHEN (p.rank + ?::numeric) / 2 > p.rank AND (p.rank + ?::numeric) / 2 < ?::numeric "
                         "THEN ((p.rank + ?::numeric) / 2)::text END "
                         "FROM (SELECT max(board_rank) AS rank FROM leads "
                         "WHERE stage_id = ? AND id <> ? AND board_rank < ?::numeric) p")
              .arg(RankGap);
    const QVariantList values = beforeRank.isEmpty()
        ? QVariantList{stageId, movingId}
        : QVariantList{beforeRank, beforeRank, beforeRank, beforeRank, beforeRank, stageId, movingId, beforeRank};
    QSqlQuery &q = Database::exec(sql, values);
    const QString rank = q.next() && !q.value(0).isNull() ? q.value(0).toString() : QString();
    q.finish();
    return rank;
}

} // namespace

void LeadService::moveOnBoard(qint64 id, int expectedVersion, qint64 stageId, qint64 beforeId)
{
    m_records.lock(id, expectedVersion);
    const QJsonObject lead = m_records.findOrThrow(id);
    const qint64 currentStage = qint64(lead.value(QStringLiteral("stage_id")).toDouble());
    if (stageId == 0)
        stageId = currentStage;
    QString beforeRank;
    if (beforeId != 0) {
        // The card to go above: one of the column's leads that the caller sees.
        const auto before = m_records.find(beforeId);
        if (!before || qint64(before->value(QStringLiteral("stage_id")).toDouble()) != stageId || beforeId == id)
            throw ApiError::validation({{QStringLiteral("before_id"), QStringLiteral("not_in_stage"),
                                         QStringLiteral("No other lead of this stage that you can see has this id.")}});
        beforeRank = rankOf(beforeId).value_or(QString());
    }
    if (stageId != currentStage)
        update(id, 0, {{QStringLiteral("stage_id"), stageId}});
    QString rank = placeIn(stageId, id, beforeRank);
    if (rank.isEmpty()) {
        // No room between the neighbours: number the column afresh, keeping
        // its order, and place again.
        Database::exec(QStringLiteral("UPDATE leads l SET board_rank = s.n * %1 FROM (SELECT id, row_number() OVER "
                                      "(ORDER BY board_rank, id) AS n FROM leads WHERE stage_id = ?) s WHERE s.id = l.id")
                           .arg(RankGap),
                       {stageId})
            .finish();
        beforeRank = rankOf(beforeId).value_or(QString());
        rank = placeIn(stageId, id, beforeRank);
    }
    Database::exec(QStringLiteral("UPDATE leads SET board_rank = ?::numeric WHERE id = ?"), {rank, id}).finish();
}

void LeadService::remove(qint64 id, int expectedVersion)
{
    m_records.remove(id, expectedVersion);
}

void LeadService::close(qint64 id, int expectedVersion, Outcome outcome, const QString &lostReason)
{
    m_records.lock(id, expectedVersion);
    const QJsonObject before = m_records.findOrThrow(id);
    const QString status = before.value(QStringLiteral("status")).toString();
    QString target;
    QString action;
    bool allowed = false;
    switch (outcome) {
    case Outcome::Won:
        target = QStringLiteral("won");
        action = QStringLiteral("win");
        allowed = status == u"open";
        break;
    case Outcome::Lost:
        target = QStringLiteral("lost");
        action = QStringLiteral("lose");
        allowed = status == u"open";
        break;
    case Outcome::Reopened:
        target = QStringLiteral("open");
        action = QStringLiteral("reopen");
        allowed = status == u"won" || status == u"lost";
        break;
    }
    if (!allowed)
        throw ApiError::conflict(QStringLiteral("invalid_status_transition"),
                                 QStringLiteral("A %1 lead cannot be changed to %2.").arg(status, target));
    Database::exec(QStringLiteral("UPDATE leads SET status = ?, lost_reason = ?, version = version + 1, "
                                  "updated_at = now() WHERE id = ?"),
                   {target, outcome == Outcome::Lost ? QVariant(lostReason) : QVariant(QMetaType::fromType<QString>()),
                    id})
        .finish();
    m_records.audit(id, action, before, m_records.findOrThrow(id));
}

} // namespace erp::server
