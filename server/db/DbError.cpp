#include "server/db/DbError.h"

namespace erp::server {

namespace detail {
// Defined in Database.cpp: marks this thread's application connection for a
// reopen on its next use.
void noteConnectionLost();
} // namespace detail

DbError::DbError(const QSqlError &error, QString context)
    // QPSQL puts the SQLSTATE of the failing result in nativeErrorCode(); it is
    // empty when there was no result at all (connection failures).
    : m_sqlState(error.nativeErrorCode().trimmed())
    , m_message(error.databaseText().trimmed().isEmpty() ? error.driverText() : error.databaseText().trimmed())
{
    QString text = m_message;
    if (!m_sqlState.isEmpty())
        text = QLatin1Char('[') + m_sqlState + QLatin1String("] ") + text;
    if (!context.isEmpty())
        text = context + QLatin1String(": ") + text;
    m_what = text.toUtf8();

    // Whoever sees the error first (Database::exec, Transaction, or a caller
    // that ran a cached prepared query itself) flags the connection, so the
    // next call on this thread starts from a fresh one instead of failing again.
    if (isConnectionLost() || error.type() == QSqlError::ConnectionError)
        detail::noteConnectionLost();
}

bool DbError::isRetryable() const
{
    return m_sqlState == QLatin1String("40001") || m_sqlState == QLatin1String("40P01");
}

bool DbError::isConnectionLost() const
{
    // Class 08: connection exception. 57P01..57P03: the server is shutting
    // down or the backend was terminated (pg_terminate_backend). Without a
    // SQLSTATE libpq only leaves a message behind.
    if (m_sqlState.startsWith(QLatin1String("08")) || m_sqlState == QLatin1String("57P01")
        || m_sqlState == QLatin1String("57P02") || m_sqlState == QLatin1String("57P03"))
        return true;
    if (!m_sqlState.isEmpty())
        return false;
    return m_message.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("connection to server"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("could not connect"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("could not send data"), Qt::CaseInsensitive)
        || m_message.contains(QLatin1String("could not receive data"), Qt::CaseInsensitive);
}

} // namespace erp::server
