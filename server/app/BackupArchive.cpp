#include "server/app/BackupArchive.h"

#include "server/app/ServerApplication.h"
#include "server/app/ServerConfig.h"
#include "server/db/Database.h"
#include "server/db/EmbeddedPostgres.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

namespace erp::server {

namespace {

const int FormatVersion = 1;
const QString DumpName = QStringLiteral("database.dump");
const QString ManifestName = QStringLiteral("manifest.ini");

// The files besides the database, by their name inside the archive.
struct KeptFile
{
    QString name;
    QString path;
    bool secret;
};

QList<KeptFile> keptFiles(const ServerConfig &config)
{
    return {{QStringLiteral("server.crt"), config.certFile, false},
            {QStringLiteral("server.key"), config.keyFile, true},
            {QStringLiteral("jwt.key"), config.jwtKeyFile, true},
            {QStringLiteral("demo-logins.ini"), config.dataDir + QStringLiteral("/demo-logins.ini"), true}};
}

// How pg_dump / pg_restore reach the database: the superuser of the embedded
// cluster (row-level security does not hide rows from it), the owner role of
// an external one.
struct Connection
{
    DatabaseConfig db;
    QString user;
    QString password;
    QString binDir;
};

Connection connectionFor(const ServerApplication &app)
{
    Connection c;
    c.db = app.config().database;
    if (const EmbeddedPostgres *pg = app.embeddedDatabase()) {
        c.user = pg->superuserName();
        c.password = pg->superuserPassword();
        c.binDir = pg->binDir();
    } else {
        c.user = c.db.ownerUser;
        c.password = c.db.ownerPassword;
        c.binDir = EmbeddedPostgres::findBinDir();
    }
    return c;
}

QString pgpassField(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return value;
}

// Runs a PostgreSQL client tool with the password in a private passfile (never
// on the command line or in the environment). Returns its output on failure.
bool runPgTool(const Connection &c, const QString &workDir, const QString &tool, const QStringList &args,
               QString *error)
{
    const QString passFile = QDir(workDir).filePath(QStringLiteral(".pgpass"));
    {
        QSaveFile file(passFile);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                       .arg(pgpassField(c.db.host))
                       .arg(c.db.port)
                       .arg(pgpassField(c.user), pgpassField(c.password))
                       .toUtf8());
        if (!file.commit()) {
            *error = file.errorString();
            return false;
        }
    }
    QString program = QDir(c.binDir).filePath(tool);
    if (c.binDir.isEmpty() || !QFileInfo(program).isExecutable())
        program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 not found; install the PostgreSQL client tools or set ERP_PG_BINDIR").arg(tool);
        QFile::remove(passFile);
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), passFile);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QString::number(c.db.connectTimeoutSeconds));
    if (!c.db.effectiveSslMode().isEmpty())
        env.insert(QStringLiteral("PGSSLMODE"), c.db.effectiveSslMode());
    if (!c.db.sslRootCert.isEmpty())
        env.insert(QStringLiteral("PGSSLROOTCERT"), c.db.sslRootCert);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    process.start(program, QStringList{QStringLiteral("--host"), c.db.host, QStringLiteral("--port"),
                                       QString::number(c.db.port), QStringLiteral("--username"), c.user,
                                       QStringLiteral("--dbname"), c.db.name, QStringLiteral("--no-password")}
                               + args);
    const bool finished = process.waitForStarted(10'000) && process.waitForFinished(-1);
    QFile::remove(passFile);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(tool, output.isEmpty() ? process.errorString() : output);
        return false;
    }
    return true;
}

bool runTar(const QStringList &args, QString *error)
{
    QProcess tar;
    tar.setProcessChannelMode(QProcess::MergedChannels);
    tar.start(QStringLiteral("tar"), args);
    if (!tar.waitForStarted(10'000) || !tar.waitForFinished(-1) || tar.exitStatus() != QProcess::NormalExit
        || tar.exitCode() != 0) {
        *error = QStringLiteral("tar failed: %1").arg(QString::fromLocal8Bit(tar.readAll()).trimmed());
        return false;
    }
    return true;
}

bool copyPrivately(const QString &from, const QString &to, bool secret, QString *error)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(from, to);
        return false;
    }
    if (secret)
        target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    target.write(source.readAll());
    if (!target.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(to, target.errorString());
        return false;
    }
    return true;
}

int countRows(const QString &table)
{
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT count(*) FROM ") + table);
    const int n = q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return n;
}

} // namespace

bool BackupArchive::create(const ServerConfig &config, const QString &outputPath, QString *report, QString *error)
{
    const QString output = QFileInfo(outputPath).absoluteFilePath();
    if (QFileInfo::exists(output)) {
        *error = QStringLiteral("%1 exists; choose a new file name").arg(output);
        return false;
    }
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/erp-backup-XXXXXX"));
    if (!work.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(work.errorString());
        return false;
    }
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    ServerApplication app(config);
    if (!app.startDatabase()) {
        *error = app.errorString();
        return false;
    }
    if (!app.databaseSummary().isEmpty())
        *report += app.databaseSummary() + QLatin1Char('\n');
    const Connection connection = connectionFor(app);

    // One snapshot of the whole database (pg_dump's own transaction), in
    // pg_dump's custom format so pg_restore can restore into a new cluster.
    if (!runPgTool(connection, work.path(), QStringLiteral("pg_dump"),
                   {QStringLiteral("--format=custom"), QStringLiteral("--file"), work.filePath(DumpName)}, error)) {
        if (!app.embeddedDatabase() && error->contains(QStringLiteral("row-level security")))
            *error += QStringLiteral("\nThe owner role cannot read past row-level security: give it BYPASSRLS "
                                     "(ALTER ROLE <owner> BYPASSRLS) or back up with pg_dump as a superuser.");
        return false;
    }
    const int organisations = countRows(QStringLiteral("tenants"));

    QStringList files{DumpName};
    for (const KeptFile &kept : keptFiles(config)) {
        if (!QFileInfo::exists(kept.path))
            continue;
        if (!copyPrivately(kept.path, work.filePath(kept.name), true, error))
            return false;
        files << kept.name;
    }
    {
        QSettings manifest(work.filePath(ManifestName), QSettings::IniFormat);
        manifest.setValue(QStringLiteral("backup/format"), FormatVersion);
        manifest.setValue(QStringLiteral("backup/server_version"), QStringLiteral(ERP_VERSION));
        manifest.setValue(QStringLiteral("backup/created_at"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        manifest.setValue(QStringLiteral("backup/database"), config.embeddedDatabase ? QStringLiteral("embedded")
                                                                                    : QStringLiteral("external"));
        manifest.setValue(QStringLiteral("backup/organisations"), organisations);
        manifest.setValue(QStringLiteral("backup/files"), files);
        manifest.sync();
    }
    files.prepend(ManifestName);

    // The archive holds keys: owner-only from its first byte, complete or absent.
    const QString partial = output + QStringLiteral(".partial");
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = QStringLiteral("cannot create %1: %2").arg(partial, out.errorString());
            return false;
        }
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!runTar(QStringList{QStringLiteral("-czf"), partial, QStringLiteral("-C"), work.path()} + files, error)
        || !QFile::rename(partial, output)) {
        QFile::remove(partial);
        if (error->isEmpty())
            *error = QStringLiteral("cannot rename %1 to %2").arg(partial, output);
        return false;
    }
    *report += QStringLiteral("Backed up %1 organisation(s) and %2 to %3 (mode 0600; it holds the server's keys).\n")
                   .arg(organisations)
                   .arg(files.mid(2).join(QStringLiteral(", ")), output);
    return true;
}

bool BackupArchive::restore(const ServerConfig &config, const QString &inputPath, QString *report, QString *error)
{
    const QString input = QFileInfo(inputPath).absoluteFilePath();
    if (!QFileInfo(input).isReadable()) {
        *error = QStringLiteral("cannot read %1").arg(input);
        return false;
    }
    const QDir dataDir(config.dataDir);
    if (dataDir.exists() && !dataDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = QStringLiteral("the data directory %1 is not empty; restore only into an empty or new data directory "
                                "(--data-dir), then point the server at it")
                     .arg(dataDir.absolutePath());
        return false;
    }
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/erp-restore-XXXXXX"));
    if (!work.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(work.errorString());
        return false;
    }
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!runTar({QStringLiteral("-xzf"), input, QStringLiteral("-C"), work.path(), QStringLiteral("--no-same-owner")},
                error)) {
        *error = QStringLiteral("%1 is not an erp-server backup (%2)").arg(input, *error);
        return false;
    }
    const QSettings manifest(work.filePath(ManifestName), QSettings::IniFormat);
    const int format = manifest.value(QStringLiteral("backup/format")).toInt();
    if (format != FormatVersion || !QFileInfo::exists(work.filePath(DumpName))) {
        *error = format > FormatVersion
                     ? QStringLiteral("%1 was written by a newer erp-server (backup format %2)").arg(input).arg(format)
                     : QStringLiteral("%1 is not an erp-server backup (no manifest or database dump)").arg(input);
        return false;
    }

    if (!ServerApplication::ensurePrivateDirectory(config.dataDir, config.embeddedDatabase && ::geteuid() == 0, error))
        return false;
    // Keys first, where this configuration expects them; a file configured
    // outside the data directory that already exists is left alone.
    for (const KeptFile &kept : keptFiles(config)) {
        const QString from = work.filePath(kept.name);
        if (!QFileInfo::exists(from))
            continue;
        if (QFileInfo::exists(kept.path)) {
            *report += QStringLiteral("Kept the existing %1 (not replaced by the backup's).\n").arg(kept.path);
            continue;
        }
        QDir().mkpath(QFileInfo(kept.path).absolutePath());
        if (!copyPrivately(from, kept.path, kept.secret, error))
            return false;
    }

    ServerConfig target = config;
    target.migrateOnStart = false;
    ServerApplication app(target);
    if (!app.startDatabase()) {
        *error = app.errorString();
        return false;
    }
    if (!app.databaseSummary().isEmpty())
        *report += app.databaseSummary() + QLatin1Char('\n');
    try {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        const int tables = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (tables > 0) {
            *error = QStringLiteral("the database %1 already has tables; restore needs an empty database")
                         .arg(app.config().database.name);
            return false;
        }
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    const Connection connection = connectionFor(app);
    QStringList args{QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction")};
    if (!app.embeddedDatabase())
        args << QStringLiteral("--no-owner");   // objects belong to the configured owner role
    if (!runPgTool(connection, work.path(), QStringLiteral("pg_restore"), args + QStringList{work.filePath(DumpName)},
                   error))
        return false;
    // A backup of an older server gets this server's migrations.
    QStringList applied;
    if (!app.migrate(&applied)) {
        *error = app.errorString();
        return false;
    }
    int organisations = -1;
    try {
        organisations = countRows(QStringLiteral("tenants"));
    } catch (const std::exception &) {
    }
    *report += QStringLiteral("Restored %1 organisation(s) from %2 (written %3 by erp-server %4) into %5.\n")
                   .arg(organisations)
                   .arg(input, manifest.value(QStringLiteral("backup/created_at")).toString(),
                        manifest.value(QStringLiteral("backup/server_version")).toString(), dataDir.absolutePath());
    if (!applied.isEmpty())
        *report += QStringLiteral("Applied migrations: %1\n").arg(applied.join(QStringLiteral(", ")));
    app.stop();
    return true;
}

} // namespace erp::server
