#pragma once

#include "server/app/ServerConfig.h"

#include <QString>

#include <memory>

namespace erp::server {

class EmbeddedPostgres;
class Router;

// The whole server wired together: database (embedded or configured),
// migrations, TLS, token keys, routes, worker pool and HTTPS transport.
// Used by erp-server and, in process, by the tests.
class ServerApplication
{
public:
    explicit ServerApplication(ServerConfig config);
    ~ServerApplication();

    // Brings everything up; false with errorString() on failure.
    bool start();
    // Stops accepting, finishes in-flight requests, stops workers and the
    // embedded database. Returns true when everything drained in time.
    bool stop(int timeoutMs = 30'000);

    // Reads the certificate and key files again (renewed certificates):
    // new connections get them, open connections are kept. On failure the
    // server goes on with what it has and *error says why.
    bool reloadCertificate(QString *error);

    QString errorString() const;
    quint16 port() const;
    QString certificateFingerprint() const;
    const ServerConfig &config() const;
    const Router &router() const;

    // Makes sure a certificate and key exist (creates a self-signed pair on
    // first start). Returns false with *error set.
    static bool ensureCertificate(const ServerConfig &config, QString *fingerprint, QString *error);
    // Creates the directory (and its parents) if needed and restricts it to
    // its owner (0700) whatever the umask; 0711 when `traversable` (root
    // running the embedded cluster as another user, which must reach its
    // files inside).
    static bool ensurePrivateDirectory(const QString &path, bool traversable, QString *error);
    // Brings up the database described by config (starting the embedded
    // cluster if needed) and configures Database for the application role.
    bool startDatabase();
    // The embedded cluster in use (started, joined or taken over), or null.
    const EmbeddedPostgres *embeddedDatabase() const;
    // What startDatabase() did, in one sentence (empty for an external database).
    QString databaseSummary() const;
    // Applies pending migrations as the owner role.
    bool migrate(QStringList *applied = nullptr);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace erp::server
