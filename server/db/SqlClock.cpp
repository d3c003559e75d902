#include "server/db/SqlClock.h"

#include <QDateTime>
#include <QtGlobal>

namespace erp::server {

QString SqlClock::now()
{
    static const QString expression = [] {
        const QString fixed = qEnvironmentVariable("ERP_TEST_NOW");
        if (fixed.isEmpty())
            return QStringLiteral("now()");
        const QDateTime instant = QDateTime::fromString(fixed, Qt::ISODateWithMs);
        if (!instant.isValid()) {
            qWarning("ERP_TEST_NOW is not an ISO 8601 instant; using the real clock");
            return QStringLiteral("now()");
        }
        qWarning("ERP_TEST_NOW is set: calendar-relative answers use %s as now (tests only)",
                 qPrintable(instant.toUTC().toString(Qt::ISODate)));
        // Formatted by Qt from a parsed date: nothing of the variable reaches SQL verbatim.
        return QStringLiteral("'%1'::timestamptz").arg(instant.toUTC().toString(Qt::ISODateWithMs));
    }();
    return expression;
}

} // namespace erp::server
