#pragma once

#include "server/platform/RecordField.h"

#include <functional>

namespace erp::server {

// What the generic record code (RecordService, RecordRows) needs to know
// about one entity of a module.
struct RecordEntity
{
    QString auditName;       // audit_log.entity: "lead", "contact", ...
    QString table;           // "leads"
    QString alias;           // "l": used by jsonSql and the record rule
    QString jsonSql;         // one row as JSON over `table alias`
    QList<RecordField> fields;  // writable fields
    std::function<QString(const Principal &)> recordRule;

    QString from() const { return table + QLatin1Char(' ') + alias; }
    QString idColumn() const { return alias + QStringLiteral(".id"); }
};

} // namespace erp::server
