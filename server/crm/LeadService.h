#pragma once

#include "server/platform/RecordService.h"

namespace erp::server {

// Leads: creation in the tenant's first stage unless another is named,
// changes (stage and owner changes audited as such), and the status
// workflow open -> won / lost (with a reason) -> reopened. Conversion is
// LeadConversion. Everything under the caller's record rule.
class LeadService
{
public:
    LeadService(const Principal &caller, QByteArray requestId);

    std::optional<QJsonObject> find(qint64 id) const { return m_records.find(id); }
    qint64 create(const RecordValues &values);
    void update(qint64 id, int expectedVersion, const RecordValues &values);
    void remove(qint64 id, int expectedVersion);

    enum class Outcome { Won, Lost, Reopened };
    // expectedVersion 0: no If-Match was sent (actions check state, not version).
    void close(qint64 id, int expectedVersion, Outcome outcome, const QString &lostReason = QString());

    // Places the lead on the board: in stage `stageId` (0: its own; a change
    // is a stage change as by update()) directly above `beforeId` (a lead of
    // that stage), or at the bottom when beforeId is 0. The order is shared
    // by everyone who sees the column; placing alone changes no version.
    void moveOnBoard(qint64 id, int expectedVersion, qint64 stageId, qint64 beforeId);

    static qint64 firstStageId();   // 0 when the tenant has no stages

private:
    QString currentStatus(qint64 id) const;

    RecordService m_records;
};

} // namespace erp::server
