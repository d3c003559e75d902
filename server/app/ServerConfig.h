#pragma once

#include "server/db/DatabaseConfig.h"
#include "server/http/HttpServerConfig.h"
#include "server/platform/DocumentCache.h"

#include <QString>
#include <QStringList>

namespace erp::server {

// Server settings: built-in defaults, then an INI file, then environment
// variables (ERP_<SECTION>_<KEY>, e.g. ERP_DATABASE_HOST, ERP_HTTP_PORT).
struct ServerConfig
{
    QString dataDir;                 // certificate, JWT key, embedded database
    HttpServerConfig http;           // ssl is filled from certFile/keyFile at start
    QString certFile;                // default <dataDir>/server.crt
    QString keyFile;                 // default <dataDir>/server.key
    // Worker threads = database connections per process; by default twice
    // the processor cores (defaultDatabaseWorkers).
    int databaseWorkers = defaultDatabaseWorkers();
    // Bound of the documents kept between requests (DocumentCache, in
    // megabytes; 0 keeps none).
    int documentCacheMegabytes = int(DocumentCache::DefaultCapacityBytes / (1024 * 1024));
    bool embeddedDatabase = true;    // no database host configured: run a private cluster
    DatabaseConfig database;
    bool migrateOnStart = true;
    QString migrationsDir;
    QString jwtKeyFile;              // default <dataDir>/jwt.key
    // Expired idempotency keys of every organisation are deleted at start
    // and then this often.
    int purgeIntervalMs = 60 * 60 * 1000;
    // Started as root, `serve` switches to this user once it has bound its
    // port and read its keys. Empty: "erp-server" when such a user exists,
    // else the server keeps running as root (with a warning). "root" keeps
    // root deliberately.
    QString runAs;
    // GET /metrics from other hosts than loopback needs this Bearer token.
    QString metricsToken;
    // Log lines: "text" (default) or "json" (one object per line on
    // stdout, for journald); the least severe level shown.
    QString logFormat;
    QString logLevel;

    static QString defaultDataDir();
    // Twice the processor cores, 2 to 32. PostgreSQL works on as many
    // statements at once as there are cores; more connections than that add
    // waiting and context switches, not throughput (docs/decisions/0019).
    static int defaultDatabaseWorkers();
    // Reads the file (may be empty: defaults + environment only). Returns
    // false with a message for unreadable files or invalid values.
    bool load(const QString &configFile, QString *error);

    // Every setting as "section/key", for --help.
    static QStringList settingNames();
};

} // namespace erp::server
