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
