#pragma once

#include <QString>

namespace erp::server {

struct ServerConfig;

// `erp-server backup` and `erp-server restore`: one file (a gzip'd tar, mode
// 0600) holding a consistent pg_dump of the database (embedded or external)
// and the keys a restored server needs to be the same server: the TLS
// certificate and key (clients pin its fingerprint), the token-signing key
// (sessions stay valid) and the demo logins when present.
class BackupArchive
{
public:
    // Writes the archive to outputPath (refuses to overwrite). Beside a
    // running server it uses the server's embedded cluster. *report gets what
    // was done, one line per step.
    static bool create(const ServerConfig &config, const QString &outputPath, QString *report, QString *error);
    // Restores into config.dataDir, which must be empty or missing (and, for
    // an external database, into a database without tables).
    static bool restore(const ServerConfig &config, const QString &inputPath, QString *report, QString *error);
};

} // namespace erp::server
