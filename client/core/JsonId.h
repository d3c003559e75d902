#pragma once

#include <QJsonValue>

namespace erp::client {

// A record id as the API sends it: a JSON number (ids stay far below 2^53,
// so the double holds them exactly). 0 when the value is missing, null or
// not a whole number, which no record has as its id.
inline qint64 jsonId(const QJsonValue &value)
{
    return value.toInteger(0);
}

} // namespace erp::client
