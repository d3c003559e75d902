#pragma once

#include <QString>

namespace erp::server {

// A timestamptz column as RFC 3339 UTC text with microseconds, for JSON built in SQL.
inline QString isoTimestampSql(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')").arg(column);
}

} // namespace erp::server
