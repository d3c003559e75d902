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
//
// Several processes may use one data directory at once (a running server and
// an admin command beside it). The process that starts the cluster owns it
// (<dataDir>/postgres-owner); others join it (<dataDir>/postgres-users/).
// A cluster is stopped only by its owner and only when nobody else uses it:
// an owner leaving while others still use it hands the cluster over. A
// cluster whose owner is gone (crashed, killed) is taken over. Every decision
// is made under <dataDir>/postgres.lock.
class EmbeddedPostgres
{
public:
    enum class Attachment {
        None,
        Started,     // this process started the cluster and owns it
        Joined,      // the cluster of a running process (ownerPid()) is used
        TookOver,    // the cluster was running without a live owner; now ours
    };

    explicit EmbeddedPostgres(QString dataDir);
    ~EmbeddedPostgres();   // leaves the cluster (stops it when last and owner)

    // Initialises if needed and starts (or joins). Returns false with
    // errorString() set.
    bool start();
    void stop();
    QString errorString() const { return m_error; }
    // Connection settings for the running cluster (app and owner roles).
    DatabaseConfig databaseConfig() const { return m_config; }
    // The superuser's password (for pg_dump / pg_restore).
    QString superuserPassword() const { return m_superPassword; }
    QString superuserName() const;
    // Directory of the PostgreSQL tools used (initdb, pg_ctl, pg_dump).
    QString binDir() const { return m_binDir; }
    Attachment attachment() const { return m_attachment; }
    qint64 ownerPid() const { return m_otherPid; }
    // One sentence saying what start() did, for operators.
    QString summary() const;

    // PostgreSQL binaries: ERP_PG_BINDIR, the newest /usr/lib/postgresql/N/bin, PATH.
    static QString findBinDir();

    // The GLIBC_TUNABLES the cluster runs with, given the environment's
    // (`existing`). With glibc's defaults a backend gives freed memory back
    // to the kernel (brk, munmap) as soon as 128 KiB are free and takes it
    // again for the next statement: a list page or order document shrinks
    // and regrows the heap on every request, and each shrink interrupts the
    // other cores to flush their TLBs, which is costly in a virtual machine
    // (under list_po load on a busy 2-core VM, 9 % of all CPU samples were
    // in that path; docs/benchmarks.md, "Session 8"). Fixed thresholds keep
    // up to 32 MiB of freed memory per backend instead. An administrator's
    // own malloc tunables win: existing is returned unchanged when it sets
    // any.
    static QString mallocTunables(const QString &existing);

private:
    bool ensureRolesAndDatabase(const QString &superPassword);
    bool markSearchLeakproof(const QString &superPassword);
    bool startLocked();
    void stopLocked();

    QString m_dataDir;
    QString m_pgData;
    QString m_binDir;
    QString m_runAsUser;
    QString m_error;
    QString m_superPassword;
    QString m_instance;   // "<pid>-<random>": this object among all users
    DatabaseConfig m_config;
    Attachment m_attachment = Attachment::None;
    qint64 m_otherPid = 0;
    bool m_started = false;
};

} // namespace erp::server
