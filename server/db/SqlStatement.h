#pragma once

#include <QString>
#include <QVariantList>

namespace erp::server {

// One SQL statement with its ? placeholders' values, for sending several in
// one message (Transaction::executeAll) or handing a write to the caller
// that sends it with others.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

} // namespace erp::server
