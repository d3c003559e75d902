#include "server/platform/RecordRules.h"

namespace erp::server {

QString RecordRules::both(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QLatin1Char('(') + a + QStringLiteral(") AND (") + b + QLatin1Char(')');
}

QString RecordRules::orTrue(const QString &predicate)
{
    return predicate.isEmpty() ? QStringLiteral("TRUE") : QLatin1Char('(') + predicate + QLatin1Char(')');
}

} // namespace erp::server
