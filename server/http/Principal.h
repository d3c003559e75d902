#pragma once

#include <QSet>
#include <QString>

namespace erp::server {

// Who is calling: taken from a verified access token and the database, never
// from the request body, path or Host header.
struct Principal
{
    qint64 userId = 0;
    qint64 tenantId = 0;
    qint64 sessionId = 0;
    QString email;
    QSet<QString> permissions;

    bool isAuthenticated() const { return userId != 0; }
    bool has(const QString &permission) const { return permissions.contains(permission); }
    // For the names in erp::shared::Permission.
    bool has(const char *permission) const { return permissions.contains(QLatin1String(permission)); }
};

} // namespace erp::server
