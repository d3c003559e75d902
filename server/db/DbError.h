#pragma once

#include <QSqlError>
#include <QString>

#include <exception>

namespace erp::server {

// A database failure. Carries the SQLSTATE so callers can tell a
// serialization failure (40001) or deadlock (40P01), which are retried, or a
// unique violation (23505), which maps to 409, from anything else (500).
class DbError : public std::exception
{
public:
    explicit DbError(const QSqlError &error, QString context = QString());
    const char *what() const noexcept override { return m_what.constData(); }

    QString sqlState() const { return m_sqlState; }
    QString message() const { return m_message; }
    bool isRetryable() const;                 // 40001, 40P01
    bool isUniqueViolation() const { return m_sqlState == QLatin1String("23505"); }
    bool isForeignKeyViolation() const { return m_sqlState == QLatin1String("23503"); }
    bool isConnectionLost() const;

private:
    QString m_sqlState;
    QString m_message;
    QByteArray m_what;
};

} // namespace erp::server
