#pragma once

#include <QCoreApplication>
#include <QString>

namespace erp::client {

// The CRM's words shared by its pages and forms: lead statuses, activity
// kinds and buckets. Numbers and dates go through LocaleFormat.
class CrmText
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::CrmText)

public:
    static QString leadStatus(const QString &status);
    static QString activityKind(const QString &kind);
    static QString activityBucket(const QString &bucket);
};

} // namespace erp::client
