#include "server/app/ServerApplication.h"

#include "server/app/ApiReference.h"
#include "server/app/MetricsRoute.h"
#include "server/app/ProcessMemory.h"
#include "server/app/SystemRoutes.h"
#include "server/auth/AuthRoutes.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/EmbeddedPostgres.h"
#include "server/db/Migrator.h"
#include "server/http/HttpServer.h"
#include "server/http/Router.h"
#include "server/http/SelfSignedCertificate.h"
#include "server/http/ServerMetrics.h"
#include "server/platform/ApiDispatcher.h"
#include "server/platform/DocumentCache.h"
#include "server/platform/Idempotency.h"
#include "server/platform/Module.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSslKey>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcApp, "erp.app")

namespace erp::server {

class ServerApplication::Private
{
public:
    ServerConfig config;
    QString error;
    QString fingerprint;
    std::unique_ptr<EmbeddedPostgres> embedded;
    Router router;
    std::unique_ptr<ApiDispatcher> dispatcher;
    std::unique_ptr<HttpServer> http;
    QTimer purgeTimer;
};

namespace {

// Expired idempotency keys of every organisation go at start and then every
// database/purge_interval_ms (an hour): requests look up unexpired keys only
// and overwrite an expired one (Idempotency), and this keeps the table bounded.
void purgeIdempotencyKeys()
{
    try {
        const int purged = Idempotency::purgeExpired();
        if (purged > 0)
            qCInfo(lcApp) << "purged" << purged << "expired idempotency keys";
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot purge expired idempotency keys:" << e.what();
    }
}

} // namespace

bool ServerApplication::ensurePrivateDirectory(const QString &path, bool traversable, QString *error)
{
    // Keys, certificates and the embedded database live here: owner only,
    // whatever the umask (an existing directory is tightened too). The one
    // exception: root running the embedded cluster as an unprivileged user,
    // which must be able to pass through (search, never list or read: 0711).
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(path);
        return false;
    }
    const mode_t mode = traversable ? S_IRWXU | S_IXGRP | S_IXOTH : S_IRWXU;
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0) {
        *error = QStringLiteral("cannot restrict the data directory %1 to its owner").arg(path);
        return false;
    }
    return true;
}

ServerApplication::ServerApplication(ServerConfig config) : d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

ServerApplication::~ServerApplication()
{
    stop(5'000);
}

QString ServerApplication::errorString() const { return d->error; }
quint16 ServerApplication::port() const { return d->http ? d->http->port() : 0; }
QString ServerApplication::certificateFingerprint() const { return d->fingerprint; }
const ServerConfig &ServerApplication::config() const { return d->config; }
const Router &ServerApplication::router() const { return d->router; }
const EmbeddedPostgres *ServerApplication::embeddedDatabase() const { return d->embedded.get(); }
QString ServerApplication::databaseSummary() const { return d->embedded ? d->embedded->summary() : QString(); }

bool ServerApplication::ensureCertificate(const ServerConfig &config, QString *fingerprint, QString *error)
{
    if (!QFileInfo::exists(config.certFile) || !QFileInfo::exists(config.keyFile)) {
        if (QFileInfo::exists(config.certFile) != QFileInfo::exists(config.keyFile)) {
            *error = QStringLiteral("only one of %1 and %2 exists").arg(config.certFile, config.keyFile);
            return false;
        }
        QDir().mkpath(QFileInfo(config.certFile).absolutePath());
        QDir().mkpath(QFileInfo(config.keyFile).absolutePath());
        qCInfo(lcApp) << "creating a self-signed certificate" << config.certFile;
        return SelfSignedCertificate::generate(config.certFile, config.keyFile,
                                               QStringLiteral("localhost"), fingerprint, error);
    }
    QFile certFile(config.certFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1").arg(config.certFile);
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    if (cert.isNull()) {
        *error = QStringLiteral("%1 is not a PEM certificate").arg(config.certFile);
        return false;
    }
    *fingerprint = SelfSignedCertificate::fingerprint(cert);
    return true;
}

static bool loadTls(ServerConfig &config, QString *error)
{
    QFile certFile(config.certFile);
    QFile keyFile(config.keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.http.ssl = ssl;
    return true;
}

bool ServerApplication::reloadCertificate(QString *error)
{
    if (!d->http) {
        *error = QStringLiteral("the server is not running");
        return false;
    }
    ServerConfig fresh = d->config;
    QString fingerprint;
    if (!ensureCertificate(fresh, &fingerprint, error) || !loadTls(fresh, error))
        return false;
    // A key that does not belong to the certificate would fail every handshake.
    if (!SelfSignedCertificate::keyMatchesCertificate(fresh.certFile, fresh.keyFile)) {
        *error = QStringLiteral("%1 does not hold the key of the certificate %2").arg(fresh.keyFile, fresh.certFile);
        return false;
    }
    d->config.http.ssl = fresh.http.ssl;
    d->http->setSslConfiguration(fresh.http.ssl);
    d->fingerprint = fingerprint;
    return true;
}

bool ServerApplication::startDatabase()
{
    if (d->config.embeddedDatabase && !d->embedded) {
        d->embedded = std::make_unique<EmbeddedPostgres>(d->config.dataDir);
        if (!d->embedded->start()) {
            d->error = QStringLiteral("embedded PostgreSQL: %1").arg(d->embedded->errorString());
            d->embedded.reset();
            return false;
        }
        d->config.database = d->embedded->databaseConfig();
    }
    Database::configure(d->config.database);
    return true;
}

bool ServerApplication::migrate(QStringList *applied)
{
    const QString connectionName = QStringLiteral("erp-migrate");
    try {
        QSqlDatabase owner = Database::openOwnerConnection(connectionName);
        QStringList done;
        {
            Migrator migrator(owner, d->config.migrationsDir, d->config.database.user);
            done = migrator.migrate();
        }
        owner.close();
        owner = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        if (applied)
            *applied = done;
        return true;
    } catch (const std::exception &e) {
        d->error = QStringLiteral("migrations failed: %1").arg(QString::fromUtf8(e.what()));
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

bool ServerApplication::start()
{
    if (ProcessMemory::keepFreedMemory(qgetenv("GLIBC_TUNABLES")))
        qCDebug(lcApp) << "the allocator keeps up to 32 MiB of freed memory for reuse";
    if (!ensurePrivateDirectory(d->config.dataDir, d->config.embeddedDatabase && ::geteuid() == 0, &d->error))
        return false;
    if (!ensureCertificate(d->config, &d->fingerprint, &d->error) || !loadTls(d->config, &d->error))
        return false;
    try {
        AuthConfig auth;
        auth.keyFile = d->config.jwtKeyFile;
        TokenService::configure(auth);
    } catch (const std::exception &e) {
        d->error = QStringLiteral("token key: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (!startDatabase())
        return false;
    if (d->config.migrateOnStart) {
        QStringList applied;
        if (!migrate(&applied))
            return false;
        if (!applied.isEmpty())
            qCInfo(lcApp) << "applied migrations" << applied;
    }
    // Refuse to serve a schema this build does not know, or one not yet migrated.
    {
        const QString connectionName = QStringLiteral("erp-schema-check");
        try {
            QSqlDatabase owner = Database::openOwnerConnection(connectionName);
            Migrator::Status status;
            {
                Migrator migrator(owner, d->config.migrationsDir, d->config.database.user);
                status = migrator.status();
            }
            owner.close();
            owner = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            if (!status.unknown.isEmpty()) {
                d->error = QStringLiteral("the database schema is newer than this server (unknown migrations %1)")
                               .arg(status.unknown.join(QStringLiteral(", ")));
                return false;
            }
            if (!status.changed.isEmpty()) {
                d->error = QStringLiteral("applied migrations were changed: %1")
                               .arg(status.changed.join(QStringLiteral(", ")));
                return false;
            }
            if (!status.pending.isEmpty())
                qCWarning(lcApp) << "migrations pending; /readyz answers 503 until they are applied:"
                                 << status.pending;
        } catch (const std::exception &e) {
            QSqlDatabase::removeDatabase(connectionName);
            d->error = QStringLiteral("cannot check the database schema: %1").arg(QString::fromUtf8(e.what()));
            return false;
        }
    }

    try {
        QSqlQuery &leakproof = Database::exec(QStringLiteral(
            "SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.texticlike(text, text)'::regprocedure"));
        if (leakproof.next() && !leakproof.value(0).toBool())
            qCWarning(lcApp) << "ILIKE is not marked leakproof in this database: searches cannot use their "
                                "indexes under row-level security and will be slow on large tables. Run as a "
                                "superuser: ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF";
        leakproof.finish();
    } catch (const DbError &e) {
        qCWarning(lcApp) << "cannot check search settings:" << e.message();
    }

    registerSystemRoutes(d->router, d->config.migrationsDir);
    registerApiReferenceRoutes(d->router);
    registerMetricsRoute(d->router, d->config.metricsToken);
    registerAuthRoutes(d->router);
    for (const Module *module : installedModules())
        module->registerRoutes(d->router);

    DocumentCache::instance().setCapacity(qint64(d->config.documentCacheMegabytes) * 1024 * 1024);
    d->dispatcher = std::make_unique<ApiDispatcher>(d->router, d->config.databaseWorkers);
    d->http = std::make_unique<HttpServer>(d->config.http, d->dispatcher.get());
    if (!d->http->start()) {
        d->error = QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(d->config.http.address.toString())
                       .arg(d->config.http.port)
                       .arg(d->http->errorString());
        d->http.reset();
        return false;
    }
    ServerMetrics::Gauges gauges;
    gauges.openConnections = [http = d->http.get()] { return http->openConnections(); };
    gauges.queuedRequests = [dispatcher = d->dispatcher.get()] { return dispatcher->queueLength(); };
    gauges.busyWorkers = [dispatcher = d->dispatcher.get()] { return dispatcher->busyWorkers(); };
    gauges.workers = d->dispatcher->workerCount();
    ServerMetrics::instance().setGauges(std::move(gauges));
    d->purgeTimer.setInterval(qMax(1, d->config.purgeIntervalMs));
    QObject::connect(&d->purgeTimer, &QTimer::timeout, &purgeIdempotencyKeys);
    d->purgeTimer.start();
    QTimer::singleShot(0, &d->purgeTimer, &purgeIdempotencyKeys);
    return true;
}

bool ServerApplication::stop(int timeoutMs)
{
    bool drained = true;
    d->purgeTimer.stop();
    ServerMetrics::instance().setGauges({});
    if (d->http) {
        drained = d->http->shutdown(timeoutMs);
        d->http.reset();
    }
    if (d->dispatcher) {
        drained = d->dispatcher->waitForIdle(timeoutMs) && drained;
        d->dispatcher.reset();
    }
    // This thread (the one that started the server) used the database too,
    // for migrations and provisioning: release its connection while the SQL
    // driver is certainly still loaded.
    Database::closeThreadConnection();
    if (d->embedded) {
        d->embedded->stop();
        d->embedded.reset();
    }
    return drained;
}

} // namespace erp::server
