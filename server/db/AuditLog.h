#pragma once

#include <QJsonObject>
#include <QString>

namespace erp::server {

// Appends one row to audit_log on this thread's connection, inside the
// caller's transaction (so the row exists exactly when the mutation does).
// The application role may insert audit rows but never update or delete them.
struct AuditEntry
{
    qint64 tenantId = 0;
    qint64 userId = 0;          // 0: no user (e.g. a failed sign-in)
    QString entity;             // "user", "role", "session", ...
    qint64 entityId = 0;
    QString action;             // "create", "update", "delete", "login", ...
    QJsonObject before;         // empty: NULL
    QJsonObject after;          // empty: NULL
    QByteArray requestId;
};

class AuditLog
{
public:
    static void record(const AuditEntry &entry);   // throws DbError
};

} // namespace erp::server
