#include "server/app/ServerConfig.h"

#include "server/http/ProxyProtocol.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace erp::server {

QString ServerConfig::defaultDataDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/erp-server");
    return QDir::homePath() + QStringLiteral("/.local/share/erp-server");
}

int ServerConfig::defaultDatabaseWorkers()
{
    return qBound(2, 2 * QThread::idealThreadCount(), 32);
}

QStringList ServerConfig::settingNames()
{
    return {QStringLiteral("server/data_dir"),
            QStringLiteral("http/address"),
            QStringLiteral("http/port"),
            QStringLiteral("http/io_threads"),
            QStringLiteral("http/max_connections"),
            QStringLiteral("http/max_body_bytes"),
            QStringLiteral("http/idle_timeout_ms"),
            QStringLiteral("http/header_timeout_ms"),
            QStringLiteral("http/proxy_protocol_from"),
            QStringLiteral("tls/certificate"),
            QStringLiteral("tls/key"),
            QStringLiteral("database/host"),
            QStringLiteral("database/port"),
            QStringLiteral("database/name"),
            QStringLiteral("database/user"),
            QStringLiteral("database/password"),
            QStringLiteral("database/owner_user"),
            QStringLiteral("database/owner_password"),
            QStringLiteral("database/workers"),
            QStringLiteral("database/statement_timeout_ms"),
            QStringLiteral("database/migrate_on_start"),
            QStringLiteral("database/migrations_dir"),
            QStringLiteral("database/purge_interval_ms"),
            QStringLiteral("database/sslmode"),
            QStringLiteral("database/ssl_root_cert"),
            QStringLiteral("cache/document_megabytes"),
            QStringLiteral("server/run_as"),
            QStringLiteral("auth/jwt_key_file"),
            QStringLiteral("metrics/token"),
            QStringLiteral("log/format"),
            QStringLiteral("log/level")};
}

namespace {
// INI value overridden by the environment variable ERP_<SECTION>_<KEY>.
class Settings
{
public:
    explicit Settings(QSettings *ini) : m_ini(ini) {}
    QString value(const QString &key, const QString &fallback = QString()) const
    {
        QString envName = QStringLiteral("ERP_") + key.toUpper();
        envName.replace(QLatin1Char('/'), QLatin1Char('_'));
        const QByteArray env = qgetenv(envName.toLatin1().constData());
        if (!env.isNull())
            return QString::fromUtf8(env);
        if (m_ini && m_ini->contains(key))
            return m_ini->value(key).toString();
        return fallback;
    }
    bool has(const QString &key) const { return !value(key).isNull(); }
    int intValue(const QString &key, int fallback, bool *ok) const
    {
        const QString v = value(key);
        if (v.isNull())
            return fallback;
        bool good = false;
        const int n = v.toInt(&good);
        if (!good || n < 0) {
            *ok = false;
            m_bad = key;
        }
        return good ? n : fallback;
    }
    mutable QString m_bad;

private:
    QSettings *m_ini;
};
} // namespace

bool ServerConfig::load(const QString &configFile, QString *error)
{
    std::unique_ptr<QSettings> ini;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            *error = QStringLiteral("cannot read configuration file %1").arg(configFile);
            return false;
        }
        ini = std::make_unique<QSettings>(configFile, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError) {
            *error = QStringLiteral("configuration file %1 is not a valid INI file").arg(configFile);
            return false;
        }
    }
    const Settings s(ini.get());
    bool ok = true;
    dataDir = s.value(QStringLiteral("server/data_dir"), defaultDataDir());
    const QString address = s.value(QStringLiteral("http/address"), QStringLiteral("127.0.0.1"));
    if (!http.address.setAddress(address)) {
        *error = QStringLiteral("http/address: not an IP address: %1").arg(address);
        return false;
    }
    http.port = quint16(s.intValue(QStringLiteral("http/port"), 8443, &ok));
    http.ioThreads = qMax(1, s.intValue(QStringLiteral("http/io_threads"), 2, &ok));
    http.maxConnections = s.intValue(QStringLiteral("http/max_connections"), 1024, &ok);
    http.maxBodyBytes = s.intValue(QStringLiteral("http/max_body_bytes"), 1024 * 1024, &ok);
    http.idleTimeoutMs = s.intValue(QStringLiteral("http/idle_timeout_ms"), 60'000, &ok);
    http.headerTimeoutMs = s.intValue(QStringLiteral("http/header_timeout_ms"), 10'000, &ok);
    QString proxyError;
    if (!ProxyProtocol::parseTrusted(s.value(QStringLiteral("http/proxy_protocol_from")), &http.proxyProtocolFrom,
                                     &proxyError)) {
        *error = QStringLiteral("http/proxy_protocol_from: %1").arg(proxyError);
        return false;
    }
    certFile = s.value(QStringLiteral("tls/certificate"), dataDir + QStringLiteral("/server.crt"));
    keyFile = s.value(QStringLiteral("tls/key"), dataDir + QStringLiteral("/server.key"));
    const QString host = s.value(QStringLiteral("database/host"));
    embeddedDatabase = host.isEmpty();
    if (!embeddedDatabase)
        database.host = host;
    database.port = s.intValue(QStringLiteral("database/port"), 5432, &ok);
    database.name = s.value(QStringLiteral("database/name"), database.name);
    database.user = s.value(QStringLiteral("database/user"), database.user);
    database.password = s.value(QStringLiteral("database/password"));
    database.ownerUser = s.value(QStringLiteral("database/owner_user"), database.ownerUser);
    database.ownerPassword = s.value(QStringLiteral("database/owner_password"));
    database.statementTimeoutMs = s.intValue(QStringLiteral("database/statement_timeout_ms"), 15'000, &ok);
    purgeIntervalMs = s.intValue(QStringLiteral("database/purge_interval_ms"), 60 * 60 * 1000, &ok);
    databaseWorkers = qMax(1, s.intValue(QStringLiteral("database/workers"), defaultDatabaseWorkers(), &ok));
    documentCacheMegabytes = s.intValue(QStringLiteral("cache/document_megabytes"), documentCacheMegabytes, &ok);
    const QString migrate = s.value(QStringLiteral("database/migrate_on_start"), QStringLiteral("true"));
    migrateOnStart = migrate == u"true" || migrate == u"1" || migrate == u"yes";
    migrationsDir = s.value(QStringLiteral("database/migrations_dir"), QStringLiteral(":/migrations"));
    jwtKeyFile = s.value(QStringLiteral("auth/jwt_key_file"), dataDir + QStringLiteral("/jwt.key"));
    database.sslMode = s.value(QStringLiteral("database/sslmode"));
    database.sslRootCert = s.value(QStringLiteral("database/ssl_root_cert"));
    static const QStringList sslModes
        = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!database.sslMode.isEmpty() && !sslModes.contains(database.sslMode)) {
        *error = QStringLiteral("database/sslmode: expected one of %1").arg(sslModes.join(QStringLiteral(", ")));
        return false;
    }
    runAs = s.value(QStringLiteral("server/run_as"));
    metricsToken = s.value(QStringLiteral("metrics/token"));
    logFormat = s.value(QStringLiteral("log/format"), QStringLiteral("text"));
    if (logFormat != u"text" && logFormat != u"json") {
        *error = QStringLiteral("log/format: expected text or json");
        return false;
    }
    logLevel = s.value(QStringLiteral("log/level"), QStringLiteral("info"));
    static const QStringList levels
        = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};
    if (!levels.contains(logLevel)) {
        *error = QStringLiteral("log/level: expected one of %1").arg(levels.join(QStringLiteral(", ")));
        return false;
    }
    if (!ok) {
        *error = QStringLiteral("%1: expected a non-negative whole number").arg(s.m_bad);
        return false;
    }
    return true;
}

} // namespace erp::server
