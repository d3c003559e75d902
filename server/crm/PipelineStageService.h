#pragma once

#include "server/http/Principal.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace erp::server {

// The tenant's pipeline: ordered stages (positions 1..n without gaps),
// renameable and reorderable. A stage that leads still use is deleted only
// together with moving those leads to another stage; the last stage stays.
// Every change takes the tenant's stage rows FOR UPDATE first, so two
// people reordering at once are serialised instead of producing duplicates.
class PipelineStageService
{
public:
    PipelineStageService(const Principal &caller, QByteArray requestId);

    static QString jsonSql();   // over "pipeline_stages s"
    std::optional<QJsonObject> find(qint64 id) const;

    qint64 create(const QString &name, std::optional<int> position);
    void update(qint64 id, int expectedVersion, const std::optional<QString> &name, std::optional<int> position);
    // moveLeadsTo 0: refuse (409) when leads use the stage.
    void remove(qint64 id, int expectedVersion, qint64 moveLeadsTo);

    // The default pipeline of a new tenant (TenantProvisioning).
    static void createDefaults(qint64 tenantId);

private:
    int lockAll() const;   // returns the number of stages
    void checkNameFree(const QString &name, qint64 exceptId) const;
    void audit(qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after) const;

    Principal m_caller;
    QByteArray m_requestId;
};

} // namespace erp::server
