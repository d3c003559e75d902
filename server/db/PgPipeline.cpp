#include "server/db/PgPipeline.h"

#include "server/db/PgTypeOids.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>
#include <QVariant>

#include <libpq-fe.h>

#include <cstdlib>

namespace erp::server {

namespace {

using namespace pgtype;

// The value type QPSQL gives a column of this type.
QMetaType::Type valueType(Oid type)
{
    switch (type) {
    case BoolOid:
        return QMetaType::Bool;
    case Int8Oid:
        return QMetaType::LongLong;
    case Int2Oid:
    case Int4Oid:
    case OidOid:
    case RegprocOid:
    case XidOid:
    case CidOid:
        return QMetaType::Int;
    case NumericOid:
    case Float4Oid:
    case Float8Oid:
        return QMetaType::Double;
    case DateOid:
        return QMetaType::QDate;
    case TimeOid:
    case TimeTzOid:
        return QMetaType::QTime;
    case TimestampOid:
    case TimestampTzOid:
        return QMetaType::QDateTime;
    case ByteaOid:
        return QMetaType::QByteArray;
    default:
        return QMetaType::QString;
    }
}

// PostgreSQL's "2026-12-02 09:55:09.575+00" as an ISO 8601 date-time.
QDateTime dateTimeFrom(const char *text)
{
    QString s = QString::fromLatin1(text);
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    const qsizetype sign = qMax(s.lastIndexOf(QLatin1Char('+')), s.lastIndexOf(QLatin1Char('-')));
    if (sign > 10 && s.size() - sign == 3)
        s += QLatin1String(":00");   // "+02": hours only
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt;
}

// One statement's result, read as QPSQL reads its results.
class PgResult final : public QSqlResult
{
public:
    PgResult(const QSqlDriver *driver, PGresult *result, const QSqlError &error)
        : QSqlResult(driver)
        , m_result(result)
    {
        setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (error.isValid()) {
            setLastError(error);
            setActive(false);
            return;
        }
        setSelect(PQresultStatus(m_result) == PGRES_TUPLES_OK);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }
    ~PgResult() override { PQclear(m_result); }

    const PGresult *pgResult() const { return m_result; }

protected:
    QVariant data(int column) override
    {
        const int row = at();
        if (!m_result || row < 0 || column < 0 || column >= PQnfields(m_result))
            return QVariant();
        const QMetaType::Type type = valueType(PQftype(m_result, column));
        if (PQgetisnull(m_result, row, column))
            return QVariant(QMetaType(type), nullptr);
        const char *value = PQgetvalue(m_result, row, column);
        switch (type) {
        case QMetaType::Bool:
            return QVariant(value[0] == 't');
        case QMetaType::LongLong:
            // As QPSQL: a value without a sign comes as unsigned.
            if (value[0] == '-')
                return QVariant(qlonglong(std::strtoll(value, nullptr, 10)));
            return QVariant(qulonglong(std::strtoull(value, nullptr, 10)));
        case QMetaType::Int:
            return QVariant(int(std::strtol(value, nullptr, 10)));
        case QMetaType::Double:
            // Exact: a numeric stays its text (QSql::HighPrecision).
            if (PQftype(m_result, column) == NumericOid)
                return QVariant(QString::fromLatin1(value));
            return QVariant(QByteArray(value).toDouble());
        case QMetaType::QDate:
            return QVariant(QDate::fromString(QString::fromLatin1(value), Qt::ISODate));
        case QMetaType::QTime:
            return QVariant(QTime::fromString(QString::fromLatin1(value).left(12), Qt::ISODateWithMs));
        case QMetaType::QDateTime:
            return QVariant(dateTimeFrom(value));
        case QMetaType::QByteArray: {
            size_t length = 0;
            unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &length);
            const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
            PQfreemem(bytes);
            return QVariant(out);
        }
        default:
            return QVariant(QString::fromUtf8(value, PQgetlength(m_result, row, column)));
        }
    }

    bool isNull(int column) override
    {
        const int row = at();
        return !m_result || row < 0 || column < 0 || column >= PQnfields(m_result)
            || PQgetisnull(m_result, row, column);
    }

    bool reset(const QString &) override { return false; }   // holds one result; runs nothing

    bool fetch(int row) override
    {
        if (!isActive() || !m_result || row < 0 || row >= PQntuples(m_result))
            return false;
        setAt(row);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(m_result ? PQntuples(m_result) - 1 : -1); }

    int size() override { return isSelect() && m_result ? PQntuples(m_result) : -1; }
    int numRowsAffected() override
    {
        if (!m_result)
            return -1;
        const char *tuples = PQcmdTuples(m_result);
        return *tuples ? int(std::strtol(tuples, nullptr, 10)) : -1;
    }

    QSqlRecord record() const override
    {
        QSqlRecord out;
        if (!m_result || !isSelect())
            return out;
        for (int column = 0; column < PQnfields(m_result); ++column) {
            QSqlField field(QString::fromUtf8(PQfname(m_result, column)),
                            QMetaType(valueType(PQftype(m_result, column))));
            out.append(field);
        }
        return out;
    }

private:
    PGresult *m_result;
};

// A value as the text of a parameter, read by the parameter type's input
// function as PostgreSQL reads the literal QPSQL would have written.
QByteArray parameterText(const QVariant &value, bool *isNull)
{
    *isNull = value.isNull();
    if (*isNull)
        return QByteArray();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString().toLatin1();
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::QByteArray:
        return QByteArrayLiteral("\\x") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

QSqlError errorOf(PGconn *connection, const PGresult *result)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    const QString code = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    QString text = QString::fromUtf8(message);
    if (!code.isEmpty())
        text += QStringLiteral("(%1)").arg(code);
    const bool lost = PQstatus(connection) == CONNECTION_BAD;
    return QSqlError(QStringLiteral("QPSQL: Unable to execute statement"), text,
                     lost ? QSqlError::ConnectionError : QSqlError::StatementError, code);
}

QSqlError skipped()
{
    return QSqlError(QStringLiteral("QPSQL: Unable to execute statement"),
                     QStringLiteral("not run: an earlier statement of the same message failed"),
                     QSqlError::StatementError);
}

// A statement's rows as one result. libpq leaves the single-row mode of
// QPSQL's last forward-only query switched on for the first statement of a
// pipeline (it resets the mode when a query starts outside pipeline mode
// only): that statement then comes a row at a time, ended by an empty
// result, and is gathered here.
PGresult *rowsOf(PGconn *connection, PGresult *result)
{
    if (!result || PQresultStatus(result) != PGRES_SINGLE_TUPLE)
        return result;
    PGresult *rows = PQcopyResult(result, PG_COPYRES_ATTRS);   // status PGRES_TUPLES_OK, no rows
    int row = 0;
    while (result && PQresultStatus(result) == PGRES_SINGLE_TUPLE) {
        for (int column = 0; column < PQnfields(result); ++column) {
            const bool isNull = PQgetisnull(result, 0, column);
            PQsetvalue(rows, row, column, isNull ? nullptr : PQgetvalue(result, 0, column),
                       isNull ? -1 : PQgetlength(result, 0, column));
        }
        ++row;
        PQclear(result);
        result = PQgetResult(connection);
    }
    if (result && PQresultStatus(result) == PGRES_TUPLES_OK) {   // the end of the rows
        PQclear(result);
        return rows;
    }
    PQclear(rows);   // failed after some rows (or the connection broke): the error counts
    return result;
}

} // namespace

std::vector<QSqlQuery> PgPipeline::run(const QSqlDatabase &db, const QList<Statement> &statements)
{
    std::vector<QSqlQuery> out;
    out.reserve(size_t(statements.size()));
    const QSqlDriver *driver = db.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    PGconn *connection = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    // The first statement without an answer gets the error, the rest are skipped.
    const auto failAll = [&](const QSqlError &error) {
        for (bool first = true; out.size() < size_t(statements.size()); first = false)
            out.emplace_back(new PgResult(driver, nullptr, first ? error : skipped()));
        return std::move(out);
    };
    if (!connection)
        return failAll(QSqlError(QStringLiteral("QPSQL: no connection"), QStringLiteral("no connection to the server"),
                                 QSqlError::ConnectionError));
    if (!PQenterPipelineMode(connection)) {
        // A result left unread by a query of QPSQL: it is of no use to
        // anyone now (QPSQL would discard it before its next statement too).
        while (PGresult *stale = PQgetResult(connection))
            PQclear(stale);
        if (!PQenterPipelineMode(connection))
            return failAll(errorOf(connection, nullptr));
    }

    bool sent = true;
    for (const Statement &s : statements) {
        if (s.name.isEmpty()) {
            sent = PQsendQueryParams(connection, s.sql.toUtf8().constData(), 0, nullptr, nullptr, nullptr, nullptr, 0);
        } else {
            QList<QByteArray> texts;
            QList<const char *> pointers;
            texts.reserve(s.values.size());
            pointers.reserve(s.values.size());
            for (const QVariant &value : s.values) {
                bool isNull = false;
                texts << parameterText(value, &isNull);
                pointers << (isNull ? nullptr : texts.constLast().constData());
            }
            sent = PQsendQueryPrepared(connection, s.name.toUtf8().constData(), int(pointers.size()),
                                       pointers.constData(), nullptr, nullptr, 0);
        }
        if (!sent)
            break;
    }
    if (sent)
        sent = PQpipelineSync(connection);
    if (!sent) {
        const QSqlError error = errorOf(connection, nullptr);
        // The connection is unusable for this message; QPSQL finds it lost.
        PQexitPipelineMode(connection);
        return failAll(error);
    }

    bool failed = false;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        PGresult *result = rowsOf(connection, PQgetResult(connection));
        if (!result)   // the connection broke
            return failAll(errorOf(connection, nullptr));
        // Each statement's result is followed by a null that ends it.
        while (PGresult *extra = PQgetResult(connection))
            PQclear(extra);
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            out.emplace_back(new PgResult(driver, result, QSqlError()));
        } else if (status == PGRES_PIPELINE_ABORTED || failed) {
            PQclear(result);
            out.emplace_back(new PgResult(driver, nullptr, skipped()));
        } else {
            failed = true;
            out.emplace_back(new PgResult(driver, nullptr, errorOf(connection, result)));
            PQclear(result);
        }
    }
    // The Sync's answer, then out of pipeline mode for QPSQL.
    for (;;) {
        PGresult *result = PQgetResult(connection);
        if (!result)
            break;
        const bool sync = PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (sync)
            break;
    }
    PQexitPipelineMode(connection);
    return out;
}

const pg_result *PgPipeline::resultOf(const QSqlQuery &query)
{
    const QSqlResult *result = query.result();
    if (!result)
        return nullptr;
    if (const auto *own = dynamic_cast<const PgResult *>(result))
        return own->pgResult();
    // QPSQL hands its PGresult out as "pg_result*" (the struct's own name;
    // Qt's documentation says "PGresult*").
    const QVariant handle = result->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_result*") != 0 && qstrcmp(handle.typeName(), "PGresult*") != 0))
        return nullptr;
    return *static_cast<PGresult *const *>(handle.constData());
}

} // namespace erp::server
