#pragma once

#include <QJsonObject>

namespace erp::server {

// While a route's handler runs, the schema its documentation declares for the
// request body and the check that holds a body to it (platform's
// RequestSchema::check). RequestContext::jsonBody() applies it to the body it
// returns, so every handler reads a body that fits its declaration, and does
// so where it reads the body: after its own 404 and permission checks, as
// before. One handler runs at a time on a worker thread; the scope is that
// thread's.
class BodySchemaScope
{
public:
    using Check = void (*)(const QJsonObject &body, const QJsonObject &schema);
    // schema: null or empty for a route that declares no JSON body.
    BodySchemaScope(Check check, const QJsonObject *schema);
    ~BodySchemaScope();
    BodySchemaScope(const BodySchemaScope &) = delete;
    BodySchemaScope &operator=(const BodySchemaScope &) = delete;

    // Throws what the check throws when a scope is active.
    static void apply(const QJsonObject &body);

private:
    Check m_previousCheck;
    const QJsonObject *m_previousSchema;
};

} // namespace erp::server
