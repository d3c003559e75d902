#include "client/ui/crm/CrmText.h"

using namespace Qt::StringLiterals;

namespace erp::client {

QString CrmText::leadStatus(const QString &status)
{
    if (status == u"open"_s)
        return tr("Open");
    if (status == u"won"_s)
        return tr("Won");
    if (status == u"lost"_s)
        return tr("Lost");
    if (status == u"converted"_s)
        return tr("Converted");
    return status;
}

QString CrmText::activityKind(const QString &kind)
{
    if (kind == u"call"_s)
        return tr("Call");
    if (kind == u"meeting"_s)
        return tr("Meeting");
    if (kind == u"email"_s)
        return tr("Email");
    if (kind == u"task"_s)
        return tr("Task");
    return kind;
}

QString CrmText::activityBucket(const QString &bucket)
{
    if (bucket == u"overdue"_s)
        return tr("Overdue");
    if (bucket == u"today"_s)
        return tr("Today");
    if (bucket == u"upcoming"_s)
        return tr("Upcoming");
    if (bucket == u"done"_s)
        return tr("Done");
    return bucket;
}

} // namespace erp::client
