#include "server/crm/LeadImport.h"

#include "server/crm/CrmEntities.h"
#include "server/crm/CrmLog.h"
#include "server/crm/CrmRecordRules.h"
#include "server/platform/CsvReader.h"
#include "server/crm/LeadService.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordFields.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace erp::server {

LeadImport::LeadImport(const Principal &caller, QByteArray requestId)
    : m_caller(caller), m_requestId(std::move(requestId))
{
}

QStringList LeadImport::columns()
{
    return {QStringLiteral("title"),        QStringLiteral("contact_name"),  QStringLiteral("company"),
            QStringLiteral("email"),        QStringLiteral("phone"),         QStringLiteral("source"),
            QStringLiteral("estimated_value"), QStringLiteral("currency"),   QStringLiteral("probability"),
            QStringLiteral("expected_close_date"), QStringLiteral("stage"), QStringLiteral("owner_email"),
            QStringLiteral("notes")};
}

LeadImport::Report LeadImport::parse(const QByteArray &csv, QList<ParsedRow> *rows)
{
    Report report;
    const auto fail = [&](int line, const QString &column, const QString &code, const QString &message) {
        ++report.errorCount;
        if (report.errors.size() < MaxReportedErrors)
            report.errors.append({line, column, code, message});
    };
    // Records keep one field more than a header may have, so a too-wide
    // line is still recognised as such.
    const CsvReader reader(csv, MaxColumns + 1);
    if (!reader.isValidUtf8()) {
        fail(1, {}, QStringLiteral("invalid_encoding"), QStringLiteral("The file must be UTF-8 encoded."));
        return report;
    }
    const QList<CsvReader::Record> records = reader.records();
    if (records.isEmpty()) {
        fail(1, {}, QStringLiteral("empty_file"), QStringLiteral("The file has no header line."));
        return report;
    }
    // Header: known, unique column names; title and currency are required.
    const CsvReader::Record &headerRecord = records.first();
    if (headerRecord.fieldCount > MaxColumns) {
        fail(1, {}, QStringLiteral("too_many_columns"),
             QStringLiteral("The header names %1 columns; at most %2 are allowed. Known columns: %3.")
                 .arg(headerRecord.fieldCount)
                 .arg(MaxColumns)
                 .arg(columns().join(QStringLiteral(", "))));
        return report;
    }
    const QStringList known = columns();
    QStringList header;
    QSet<QString> seen;
    for (const QString &field : headerRecord.fields) {
        const QString name = field.trimmed().toLower();
        header << name;
        if (!known.contains(name))
            fail(1, name, QStringLiteral("unknown_column"),
                 QStringLiteral("Unknown column \"%1\". Known columns: %2.")
                     .arg(name, known.join(QStringLiteral(", "))));
        else if (seen.contains(name))
            fail(1, name, QStringLiteral("duplicate_column"), QStringLiteral("The column \"%1\" appears twice.").arg(name));
        seen.insert(name);
    }
    for (const QString &required : {QStringLiteral("title"), QStringLiteral("currency")})
        if (!seen.contains(required))
            fail(1, required, QStringLiteral("missing_column"), QStringLiteral("The column \"%1\" is required.").arg(required));
    if (!report.errors.isEmpty())
        return report;
    report.rows = int(records.size() - 1);
    if (report.rows > MaxRows) {
        fail(records.at(MaxRows + 1).line, {}, QStringLiteral("too_many_rows"),
             QStringLiteral("At most %1 leads per import; split the file.").arg(MaxRows));
        return report;
    }
    if (reader.unterminatedQuoteLine() > 0)
        fail(reader.unterminatedQuoteLine(), {}, QStringLiteral("unterminated_quote"),
             QStringLiteral("A quoted field starting on this line is never closed."));

    // Stages by name and users by email, once: rows refer to them by the
    // names people see rather than by ids.
    QHash<QString, qint64> stages;
    {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT lower(name), id FROM pipeline_stages"));
        while (q.next())
            stages.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }
    QHash<QString, qint64> users;
    {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT lower(email), id FROM users WHERE is_active"));
        while (q.next())
            users.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }
    const qint64 firstStage = LeadService::firstStageId();
    const bool wholeTenant = CrmRecordRules::seesWholeTenant(m_caller);

    QHash<QString, RecordField> fieldByName;
    for (const RecordField &f : CrmEntities::leads().fields)
        fieldByName.insert(f.name, f);

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        if (record.fieldCount != header.size()) {
            fail(record.line, {}, QStringLiteral("wrong_column_count"),
                 QStringLiteral("Expected %1 values, found %2.").arg(header.size()).arg(record.fieldCount));
            continue;
        }
        ParsedRow row;
        row.line = record.line;
        QList<FieldError> errors;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &column = header.at(c);
            const QString cell = record.fields.at(c).trimmed();
            if (column == u"stage") {
                const qint64 stage = cell.isEmpty() ? firstStage : stages.value(cell.toLower());
                if (stage == 0)
                    errors.append({column, QStringLiteral("unknown_stage"),
                                   QStringLiteral("No pipeline stage named \"%1\".").arg(cell)});
                row.values.insert(QStringLiteral("stage_id"), stage);
            } else if (column == u"owner_email") {
                const qint64 owner = cell.isEmpty() ? m_caller.userId : users.value(cell.toLower());
                // Without crm.view_all every owner but oneself gets the same
                // answer, so the dry run cannot tell which emails belong to
                // active users.
                if (owner != m_caller.userId && !wholeTenant)
                    errors.append({column, QStringLiteral("owner_not_allowed"),
                                   QStringLiteral("You can only import leads for yourself.")});
                else if (owner == 0)
                    errors.append({column, QStringLiteral("unknown_user"),
                                   QStringLiteral("No active user with the email \"%1\".").arg(cell)});
                row.values.insert(QStringLiteral("owner_id"), owner);
            } else {
                const QVariant v = RecordFields::checkText(fieldByName.value(column), cell, m_caller, &errors, column);
                if (v.isValid())
                    row.values.insert(column, v);
            }
        }
        if (!row.values.contains(QStringLiteral("stage_id")))
            row.values.insert(QStringLiteral("stage_id"), firstStage);
        if (!row.values.contains(QStringLiteral("owner_id")))
            row.values.insert(QStringLiteral("owner_id"), m_caller.userId);
        for (const FieldError &e : errors)
            fail(record.line, e.field, e.code, e.message);
        if (errors.isEmpty() && rows)
            rows->append(row);
    }
    return report;
}

LeadImport::Report LeadImport::check(const QByteArray &csv)
{
    return parse(csv, nullptr);
}

QList<qint64> LeadImport::run(const QByteArray &csv)
{
    QList<ParsedRow> rows;
    const Report report = parse(csv, &rows);
    if (!report.errors.isEmpty()) {
        QList<FieldError> errors;
        for (const RowError &e : report.errors)
            errors.append({RecordImport::fieldName(e), e.code, QStringLiteral("Line %1: %2").arg(e.line).arg(e.message)});
        QString detail = QStringLiteral("%1 problems in a file of %2 rows; nothing was imported.")
                             .arg(report.errorCount)
                             .arg(report.rows);
        if (report.unreportedErrors() > 0)
            detail += QStringLiteral(" The first %1 are listed; %2 more are not.")
                          .arg(report.errors.size())
                          .arg(report.unreportedErrors());
        throw ApiError(422, QStringLiteral("import_failed"), QStringLiteral("Import failed"), detail, errors);
    }
    if (rows.isEmpty())
        throw ApiError(422, QStringLiteral("import_failed"), QStringLiteral("Import failed"),
                       QStringLiteral("The file has no leads to import."));
    QList<qint64> ids;
    ids.reserve(rows.size());
    const RecordEntity &leads = CrmEntities::leads();
    for (const ParsedRow &row : rows) {
        const qint64 id = RecordFields::insert(leads.table, leads.fields, row.values, m_caller.tenantId,
                                            {{QStringLiteral("created_by"), m_caller.userId}});
        QJsonObject after{{QStringLiteral("line"), row.line}};
        for (auto it = row.values.begin(); it != row.values.end(); ++it)
            after.insert(it.key(), QJsonValue::fromVariant(it.value()));
        AuditLog::record({m_caller.tenantId, m_caller.userId, leads.auditName, id, QStringLiteral("import"), {}, after,
                          m_requestId});
        ids << id;
    }
    qCInfo(lcCrm) << "imported" << ids.size() << "leads for user" << m_caller.userId;
    return ids;
}

} // namespace erp::server
