#pragma once

#include "server/http/HttpResponse.h"

#include <exception>

namespace erp::server {

// Thrown by handlers and services for an error the caller should see as
// problem+json. Anything else that escapes a handler is a 500.
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString title, QString detail = QString(),
             QList<FieldError> errors = {})
        : m_status(status), m_code(std::move(code)), m_title(std::move(title)),
          m_detail(std::move(detail)), m_errors(std::move(errors))
    {
    }

    const char *what() const noexcept override { return "ApiError"; }
    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    HttpResponse toResponse() const
    {
        return HttpResponse::problem(m_status, m_code, m_title, m_detail, m_errors);
    }

    static ApiError badRequest(const QString &code, const QString &detail)
    { return ApiError(400, code, QStringLiteral("Bad request"), detail); }
    static ApiError notFound()
    { return ApiError(404, QStringLiteral("not_found"), QStringLiteral("Not found")); }
    static ApiError conflict(const QString &code, const QString &detail)
    { return ApiError(409, code, QStringLiteral("Conflict"), detail); }
    static ApiError validation(const QList<FieldError> &errors)
    { return ApiError(422, QStringLiteral("validation_failed"), QStringLiteral("Validation failed"),
                      QString(), errors); }

private:
    int m_status;
    QString m_code;
    QString m_title;
    QString m_detail;
    QList<FieldError> m_errors;
};

} // namespace erp::server
