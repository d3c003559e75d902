#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace erp::shared {
class Decimal;
}

namespace erp::server {

// Reads a JSON request body against the fields a route declares. Unknown
// fields and fields only the server may set are rejected at once (400);
// missing or mistyped values are collected and reported together (422) by
// finish(), so the client can show every problem next to its field.
class RequestBody
{
public:
    RequestBody(const QJsonObject &body, const QStringList &allowedFields);

    // Fields that no request may set, whatever the resource.
    static const QStringList &serverOwnedFields();

    // No JSON list in a request body may hold more items than this; decided
    // for every list of every body by screen(), so no handler ever works on
    // (or reports errors for) more.
    static constexpr int MaxListItems = 1000;

    // Checks a JSON request body once, before any handler runs, for what no
    // handler should ever see: invalid UTF-8 and lone UTF-16 surrogates in
    // escapes (400 malformed_json; the JSON parser would silently replace
    // them), NUL characters in any text or key and lists longer than
    // MaxListItems (422 naming each field, e.g. "permissions[3]"). Bodies that
    // are empty or not application/json are left to the handler.
    static void screen(const HttpRequest &request);

    bool has(const QString &field) const { return m_body.contains(field); }

    // Value checks: each returns nothing (and records an error) when the
    // field is present but wrong, or missing while required.
    std::optional<QString> text(const QString &field, bool required, int maxLength = 200);
    // Text kept exactly as sent (no trimming), e.g. passwords.
    std::optional<QString> secret(const QString &field, bool required);
    std::optional<bool> boolean(const QString &field, bool required);
    std::optional<QList<qint64>> idList(const QString &field, bool required);
    std::optional<QStringList> textList(const QString &field, bool required);

    // Values of any object of the body (the body itself, or a document line),
    // reported under `field` ("lines[2].quantity"). A positive whole id:
    std::optional<qint64> id(const QJsonObject &json, const QString &key, const QString &field, bool required);
    // An exact decimal, not negative, sent as a string ("1.5") or a JSON
    // number, with at most maxScale decimals and maxIntegerDigits digits
    // before the point (the column's NUMERIC precision minus its scale).
    std::optional<erp::shared::Decimal> decimal(const QJsonObject &json, const QString &key, const QString &field,
                                                bool required, int maxScale, int maxIntegerDigits = 15);

    void addError(const QString &field, const QString &code, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    // Throws ApiError 422 with every collected field error, if any.
    void finish() const;

private:
    // The field's value, or Undefined when it is missing or null (recording
    // a "required" error if it had to be there).
    QJsonValue present(const QString &field, bool required);
    // The same for a value of any object of the body, reported under field.
    QJsonValue present(const QJsonObject &json, const QString &key, const QString &field, bool required);
    bool withinListCap(const QString &field, const QJsonArray &array);

    QJsonObject m_body;
    QList<FieldError> m_errors;
};

} // namespace erp::server
