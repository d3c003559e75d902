#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace erp::server {

// One documented answer of a route: its status, what it carries (a JSON
// schema, empty for none) and the headers that matter on it.
struct ResponseDoc
{
    int status = 200;
    QString description;
    QJsonObject schema;
    QString contentType = QStringLiteral("application/json");
    QStringList headers; // "ETag", "Location", "Cache-Control", "Retry-After"
    bool alsoCsv = false; // lists also answer text/csv for Accept: text/csv
};

// What the OpenAPI document says about a route beyond its path, method and
// access: declared next to the route (usually built from the same field and
// list declarations that validate the request), so that the document is
// generated and cannot drift. A route without any response documented is
// undocumented, which tst_openapi refuses.
struct RouteDoc
{
    QJsonObject requestSchema; // empty: the route takes no body
    bool requestOptional = false; // the body may be left out
    QString requestContentType = QStringLiteral("application/json");
    QJsonValue requestExample;
    QList<QJsonObject> queryParameters; // OpenAPI parameter objects (in: query)
    QList<ResponseDoc> responses;
    QList<int> errors; // problem statuses beyond those the route's shape implies (409, 429, ...)
    bool takesNoBody = false; // a POST that reads no body (declared, so that none is forgotten)
    bool ifMatch = false; // If-Match honoured (required on PATCH and DELETE, optional elsewhere)
    QString description; // longer text under the summary

    bool documented() const { return !responses.isEmpty(); }

    RouteDoc &body(const QJsonObject &schema, const QJsonValue &example = QJsonValue())
    {
        requestSchema = schema;
        requestExample = example;
        return *this;
    }
    RouteDoc &optionalBody(const QJsonObject &schema)
    {
        requestSchema = schema;
        requestOptional = true;
        return *this;
    }
    RouteDoc &withoutBody()
    {
        takesNoBody = true;
        return *this;
    }
    RouteDoc &query(const QJsonObject &parameter)
    {
        queryParameters.append(parameter);
        return *this;
    }
    RouteDoc &returns(int status, const QString &what, const QJsonObject &schema = {},
                      const QStringList &headers = {})
    {
        responses.append({status, what, schema, QStringLiteral("application/json"), headers, false});
        return *this;
    }
    RouteDoc &noContent(const QString &what)
    {
        responses.append({204, what, {}, QString(), {}, false});
        return *this;
    }
    RouteDoc &error(int status)
    {
        errors.append(status);
        return *this;
    }
    RouteDoc &withIfMatch()
    {
        ifMatch = true;
        return *this;
    }
    RouteDoc &describe(const QString &text)
    {
        description = text;
        return *this;
    }
};

} // namespace erp::server
