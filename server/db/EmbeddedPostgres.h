#pragma once

#include "server/db/DatabaseConfig.h"

#include <QString>

namespace erp::server {

// A private PostgreSQL cluster in the server's data directory, used when no
// database is configured: initdb on first start (owner and application roles
// with random passwords kept in the data directory, mode 0600), then postgres
// on a free loopback port. PostgreSQL refuses to run as root; when the server
// runs as root the cluster runs as the unprivileged `postgres` system user
// (or `nobody`) instead.
class EmbeddedPostgres
{
public:
    explicit EmbeddedPostgres(QString dataDir);
    ~EmbeddedPostgres();   // stops the cluster it started

    // Initialises if needed and starts. Returns false with errorString() set.
    bool start();
    void stop();
    QString errorString() const { return m_error; }
    // Connection settings for the running cluster (app and owner roles).
    DatabaseConfig databaseConfig() const { return m_config; }

private:
    bool ensureRolesAndDatabase(const QString &superPassword);
    bool markSearchLeakproof(const QString &superPassword);

    QString m_dataDir;
    QString m_pgData;
    QString m_binDir;
    QString m_runAsUser;
    QString m_error;
    DatabaseConfig m_config;
    bool m_started = false;
};

} // namespace erp::server
