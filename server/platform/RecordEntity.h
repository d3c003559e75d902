#pragma once

#include "server/platform/RecordField.h"

#include <QStringList>

#include <functional>
#include <optional>

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
    // For an entity whose documents (jsonSql, as GET answers it) the server
    // keeps between requests (DocumentCache, docs/decisions/0022); unset:
    // never kept. jsonSql may read only `table` and these tables:
    struct KeptDocument
    {
        // Rows of the document itself (an order's lines), written only
        // together with the entity's row, whose version every write moves.
        QStringList parts;
        // Records it shows names of; each has a trigger that moves the
        // organisation's reference stamp when a shown column changes
        // (migration 0025). tst_keptorders checks both lists.
        QStringList names;
    };
    std::optional<KeptDocument> keptDocument;

    QString from() const { return table + QLatin1Char(' ') + alias; }
    QString idColumn() const { return alias + QStringLiteral(".id"); }
};

} // namespace erp::server
