#include "server/platform/RecordImport.h"

#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteDoc.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/CsvReader.h"
#include "server/platform/ListQueryFilters.h"
#include "server/platform/RecordFields.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace erp::server {

RecordImport::RecordImport(const RecordImportSpec &spec, const Principal &caller, QByteArray requestId)
    : m_spec(spec), m_caller(caller), m_requestId(std::move(requestId))
{
}

QString RecordImport::fieldName(const RowError &e)
{
    return e.column.isEmpty() ? QStringLiteral("rows[%1]").arg(e.line)
                              : QStringLiteral("rows[%1].%2").arg(e.line).arg(e.column);
}

QJsonArray RecordImport::toJson(const QList<RowError> &errors)
{
    QJsonArray out;
    for (const RowError &e : errors)
        out.append(QJsonObject {{QStringLiteral("line"), e.line},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("field"), fieldName(e)},
                                {QStringLiteral("code"), e.code},
                                {QStringLiteral("message"), e.message}});
    return out;
}

RecordImport::Report RecordImport::parse(const QByteArray &csv, QList<ParsedRow> *rows)
{
    Report report;
    const auto fail = [&](int line, const QString &column, const QString &code, const QString &message) {
        ++report.errorCount;
        if (report.errors.size() < MaxReportedErrors)
            report.errors.append({line, column, code, message});
    };
    // One field more than a header may have, so a too-wide line is still
    // recognised as such.
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
    const QStringList &known = m_spec.columns;
    const CsvReader::Record &headerRecord = records.first();
    if (headerRecord.fieldCount > MaxColumns) {
        fail(1, {}, QStringLiteral("too_many_columns"),
             QStringLiteral("The header names %1 columns; at most %2 are allowed. Known columns: %3.")
                 .arg(headerRecord.fieldCount)
                 .arg(MaxColumns)
                 .arg(known.join(QStringLiteral(", "))));
        return report;
    }
    QStringList header;
    QSet<QString> seen;
    for (const QString &field : headerRecord.fields) {
        const QString name = field.trimmed().toLower();
        header << name;
        if (!known.contains(name))
            fail(1, name, QStringLiteral("unknown_column"),
                 QStringLiteral("Unknown column \"%1\". Known columns: %2.").arg(name, known.join(QStringLiteral(", "))));
        else if (seen.contains(name))
            fail(1, name, QStringLiteral("duplicate_column"),
                 QStringLiteral("The column \"%1\" appears twice.").arg(name));
        seen.insert(name);
    }
    for (const QString &required : m_spec.requiredColumns)
        if (!seen.contains(required))
            fail(1, required, QStringLiteral("missing_column"),
                 QStringLiteral("The column \"%1\" is required.").arg(required));
    if (!report.errors.isEmpty())
        return report;
    report.rows = int(records.size() - 1);
    if (report.rows > MaxRows) {
        fail(records.at(MaxRows + 1).line, {}, QStringLiteral("too_many_rows"),
             QStringLiteral("At most %1 %2 per import; split the file.").arg(MaxRows).arg(m_spec.plural));
        return report;
    }
    if (reader.unterminatedQuoteLine() > 0)
        fail(reader.unterminatedQuoteLine(), {}, QStringLiteral("unterminated_quote"),
             QStringLiteral("A quoted field starting on this line is never closed."));

    // Lookups and taken values once, not per row.
    const auto readPairs = [](const QString &sql) {
        QHash<QString, qint64> out;
        QSqlQuery &q = Database::exec(sql);
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        return out;
    };
    QHash<QString, const RecordImportSpec::Lookup *> lookupByColumn;
    QHash<QString, QHash<QString, qint64>> keys;
    for (const RecordImportSpec::Lookup &l : m_spec.lookups)
        if (seen.contains(l.column)) {
            lookupByColumn.insert(l.column, &l);
            keys.insert(l.column, readPairs(l.keysSql));
        }
    QHash<QString, QSet<QString>> taken;
    for (const RecordImportSpec::Unique &u : m_spec.uniques)
        if (seen.contains(u.column)) {
            QSet<QString> values;
            QSqlQuery &q = Database::exec(u.takenSql);
            while (q.next())
                values.insert(q.value(0).toString());
            q.finish();
            taken.insert(u.column, values);
        }
    QHash<QString, QHash<QString, int>> inFile; // column -> lowered value -> first line
    QHash<QString, RecordField> fieldByName;
    for (const RecordField &f : m_spec.entity->fields)
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
            // The database stores no NUL; the JSON API refuses it the same way.
            if (cell.contains(QChar(0))) {
                errors.append({column, QStringLiteral("invalid_character"),
                               QStringLiteral("Text must not contain the NUL character.")});
                continue;
            }
            if (const RecordImportSpec::Lookup *l = lookupByColumn.value(column)) {
                if (cell.isEmpty())
                    continue;
                const qint64 id = keys.value(column).value(cell.toLower());
                if (id == 0)
                    errors.append({column, l->errorCode, l->errorMessage.arg(cell)});
                else
                    row.values.insert(l->field, id);
                continue;
            }
            const RecordField field = fieldByName.value(column);
            // An empty cell of a field with a default takes the default, as
            // leaving the field out of a JSON body would.
            if (cell.isEmpty() && field.defaultValue.isValid())
                continue;
            const QVariant v = RecordFields::checkText(field, cell, m_caller, &errors, column);
            if (v.isValid())
                row.values.insert(column, v);
            if (taken.contains(column) && !cell.isEmpty()) {
                const QString key = cell.toLower();
                if (taken.value(column).contains(key))
                    errors.append({column, QStringLiteral("already_used"),
                                   QStringLiteral("\"%1\" is already used by another of the organisation's %2.")
                                       .arg(cell, m_spec.plural)});
                else if (const int first = inFile[column].value(key); first > 0)
                    errors.append({column, QStringLiteral("duplicate_in_file"),
                                   QStringLiteral("\"%1\" appears on line %2 already.").arg(cell).arg(first)});
                else
                    inFile[column].insert(key, record.line);
            }
        }
        // Required lookups whose cell was empty.
        for (const RecordImportSpec::Lookup &l : m_spec.lookups)
            if (m_spec.requiredColumns.contains(l.column) && !row.values.contains(l.field)
                && !std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) { return e.field == l.column; }))
                errors.append({l.column, QStringLiteral("required"), QStringLiteral("This field is required.")});
        if (errors.isEmpty() && m_spec.checkRow)
            m_spec.checkRow(row.values, &errors);
        for (const FieldError &e : errors)
            fail(record.line, e.field, e.code, e.message);
        if (errors.isEmpty() && rows)
            rows->append(row);
    }
    return report;
}

RecordImport::Report RecordImport::check(const QByteArray &csv)
{
    return parse(csv, nullptr);
}

QList<qint64> RecordImport::run(const QByteArray &csv)
{
    QList<ParsedRow> rows;
    const Report report = parse(csv, &rows);
    if (!report.errors.isEmpty()) {
        QList<FieldError> errors;
        for (const RowError &e : report.errors)
            errors.append({fieldName(e), e.code, QStringLiteral("Line %1: %2").arg(e.line).arg(e.message)});
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
                       QStringLiteral("The file has no %1 to import.").arg(m_spec.plural));
    const RecordEntity &entity = *m_spec.entity;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ParsedRow &row : std::as_const(rows)) {
        RecordValues values = row.values;
        for (const RecordField &f : entity.fields)
            if (!values.contains(f.name) && f.defaultValue.isValid())
                values.insert(f.name, f.defaultValue);
        const RecordValues extra = m_spec.extraValues ? m_spec.extraValues(values) : RecordValues();
        const qint64 id = RecordFields::insert(entity.table, entity.fields, values, m_caller.tenantId, extra);
        QJsonObject after {{QStringLiteral("line"), row.line}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            after.insert(it.key(), QJsonValue::fromVariant(it.value()));
        AuditLog::record(
            {m_caller.tenantId, m_caller.userId, entity.auditName, id, QStringLiteral("import"), {}, after, m_requestId});
        ids << id;
    }
    return ids;
}

HttpResponse RecordImport::respond(RequestContext &ctx, const RecordImportSpec &spec)
{
    ListQueryFilters params(ctx.request);
    const QString dryRun = params.take(QStringLiteral("dry_run")).value_or(QStringLiteral("false"));
    if (dryRun != u"true" && dryRun != u"false")
        throw ListQueryFilters::badParameter(QStringLiteral("dry_run"), QStringLiteral("dry_run must be true or false."));
    if (!params.request().query.isEmpty())
        throw ListQueryFilters::badParameter(params.request().query.queryItems().first().first,
                                             QStringLiteral("Unknown query parameter."));
    const QByteArray contentType = ctx.request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "text/csv")
        throw ApiError(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Unsupported media type"),
                       QStringLiteral("Send the file as text/csv (UTF-8, first line naming the columns: %1). "
                                      "The upload is limited by the server's body limit (1 MiB by default).")
                           .arg(spec.columns.join(QStringLiteral(", "))));
    RecordImport import(spec, ctx.principal, ctx.request.requestId);
    if (dryRun == u"true") {
        const Report report = import.check(ctx.request.body);
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("dry_run"), true},
                                                    {QStringLiteral("rows"), report.rows},
                                                    {QStringLiteral("valid"), report.errors.isEmpty()},
                                                    {QStringLiteral("error_count"), report.errorCount},
                                                    {QStringLiteral("errors_not_listed"), report.unreportedErrors()},
                                                    {QStringLiteral("errors"), toJson(report.errors)}});
    }
    const QList<qint64> ids = import.run(ctx.request.body);
    QJsonArray idArray;
    for (const qint64 id : ids)
        idArray.append(id);
    return HttpResponse::json(201, QJsonObject {{QStringLiteral("imported"), ids.size()}, {QStringLiteral("ids"), idArray}});
}

RouteDoc RecordImport::documentation(const QStringList &columns)
{
    using namespace ApiSchema;
    RouteDoc d;
    d.requestSchema = described(QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}},
                                QStringLiteral("CSV, UTF-8, first line naming the columns: ")
                                    + columns.join(QStringLiteral(", ")));
    d.requestContentType = QStringLiteral("text/csv");
    // As toJson() writes it.
    const QJsonObject rowError = object(
        {{QStringLiteral("line"), described(integer(1), QStringLiteral("Line of the file; the header is line 1"))},
         {QStringLiteral("column"), described(text(200), QStringLiteral("Empty for a problem with the whole row"))},
         {QStringLiteral("field"), described(text(200), QStringLiteral("rows[line].column, as in validation errors"))},
         {QStringLiteral("code"), text(100)},
         {QStringLiteral("message"), text(1000)}},
        {QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("field"), QStringLiteral("code"),
         QStringLiteral("message")});
    return d.query(queryParameter(QStringLiteral("dry_run"), boolean(),
                                  QStringLiteral("true: check every row and import nothing")))
        .returns(200, QStringLiteral("dry_run=true: the report"),
                 object({{QStringLiteral("dry_run"), boolean()},
                         {QStringLiteral("rows"), integer(0)},
                         {QStringLiteral("valid"), boolean()},
                         {QStringLiteral("error_count"), integer(0)},
                         {QStringLiteral("errors_not_listed"), integer(0)},
                         {QStringLiteral("errors"), arrayOf(rowError)}},
                        {QStringLiteral("dry_run"), QStringLiteral("rows"), QStringLiteral("valid"),
                         QStringLiteral("error_count"), QStringLiteral("errors_not_listed"), QStringLiteral("errors")}))
        .returns(201, QStringLiteral("Imported: every row, or none"),
                 object({{QStringLiteral("imported"), integer(0)}, {QStringLiteral("ids"), arrayOf(id())}},
                        {QStringLiteral("imported"), QStringLiteral("ids")}));
}

} // namespace erp::server
