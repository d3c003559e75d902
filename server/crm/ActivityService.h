#pragma once

#include "server/platform/RecordService.h"

namespace erp::server {

// Activities (call, meeting, email, task): each is linked to exactly one
// lead, contact or account that the caller can see, has an assignee (the
// creator by default) and a done flag whose time is recorded.
class ActivityService
{
public:
    ActivityService(const Principal &caller, QByteArray requestId);

    std::optional<QJsonObject> find(qint64 id) const { return m_records.find(id); }
    qint64 create(const RecordValues &values);
    void update(qint64 id, int expectedVersion, const RecordValues &values);
    void remove(qint64 id, int expectedVersion) { m_records.remove(id, expectedVersion); }

private:
    static void checkOneLink(const RecordValues &merged);
    static RecordValues doneTime(const RecordValues &values);

    RecordService m_records;
};

} // namespace erp::server
