#include "server/app/ServerMain.h"

#include "server/admin/DemoData.h"
#include "server/admin/TenantProvisioning.h"
#include "server/app/BackupArchive.h"
#include "server/app/ServerApplication.h"
#include "server/app/ServerConfig.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/http/SelfSignedCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace erp::server {

namespace {

int g_signalFds[2] = {-1, -1};
bool g_jsonLog = false;
QBasicMutex g_logMutex;

void onSignal(int signal)
{
    const char byte = signal == SIGHUP ? 'H' : 'T';
    // Only async-signal-safe work here: wake the event loop through a socket pair.
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// One JSON object per line on stdout (journald keeps stdout lines as they
// are): time, level, category, message; the access log's fields are merged
// in rather than nested as a string.
void writeJsonLine(const char *level, const char *category, const QString &message, FILE *stream = stdout)
{
    QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("level"), QLatin1String(level)},
                     {QStringLiteral("category"), QLatin1String(category)}};
    bool merged = false;
    if (qstrcmp(category, "erp.access") == 0 && message.startsWith(QLatin1Char('{'))) {
        const QJsonObject fields = QJsonDocument::fromJson(message.toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            line.insert(it.key(), it.value());
        line.insert(QStringLiteral("message"), QStringLiteral("request"));
        merged = !fields.isEmpty();
    }
    if (!merged)
        line.insert(QStringLiteral("message"), message);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&g_logMutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg: level = "debug"; break;
    case QtInfoMsg: level = "info"; break;
    case QtWarningMsg: level = "warning"; break;
    case QtCriticalMsg: level = "error"; break;
    case QtFatalMsg: level = "fatal"; break;
    }
    writeJsonLine(level, context.category ? context.category : "default", message);
}

// log/level: the least severe level shown (QT_LOGGING_RULES, when set, wins).
void applyLogSettings(const ServerConfig &config)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QString rules = QStringLiteral("*.debug=false");
        if (config.logLevel == u"debug")
            rules = QStringLiteral("*.debug=false\nerp.*.debug=true");
        else if (config.logLevel == u"warning")
            rules += QStringLiteral("\n*.info=false");
        else if (config.logLevel == u"error")
            rules += QStringLiteral("\n*.info=false\n*.warning=false");
        QLoggingCategory::setFilterRules(rules);
    }
    g_jsonLog = config.logFormat == u"json";
    if (g_jsonLog)
        qInstallMessageHandler(jsonMessageHandler);
}

void printLine(const QString &text)
{
    if (g_jsonLog) {
        writeJsonLine("info", "erp.server", text);
        return;
    }
    QTextStream(stdout) << text << Qt::endl;
}

void printError(const QString &text)
{
    if (g_jsonLog) {
        writeJsonLine("error", "erp.server", text, stderr);
        return;
    }
    QTextStream(stderr) << "erp-server: " << text << Qt::endl;
}

// Reads one line. At a terminal the prompt is shown and what is typed is not
// echoed (echo goes off before the prompt appears, so nothing typed after it
// is ever shown).
QString readSecretFromStdin(const QString &prompt)
{
    termios saved = {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        QTextStream(stdout) << prompt << Qt::flush;
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    return line;
}

// Started as root (to bind a low port, to read keys only root may read),
// the server goes on as an unprivileged user: a flaw in request handling
// then yields that user's rights, not root's. See ServerConfig::runAs.
bool dropPrivileges(const QString &configured, bool embeddedDatabase, QString *error)
{
    if (::geteuid() != 0 || configured == u"root")
        return true;
    QByteArray name = configured.toLocal8Bit();
    if (name.isEmpty() && embeddedDatabase) {
        // The embedded cluster runs as its own user and is stopped through
        // runuser, which needs root.
        printError(QStringLiteral("warning: running as root to manage the embedded PostgreSQL cluster; use an "
                                  "external database (or set server/run_as) so the server drops its privileges"));
        return true;
    }
    if (name.isEmpty()) {
        if (!::getpwnam("erp-server")) {
            printError(QStringLiteral("warning: running as root; create a user \"erp-server\" or set server/run_as "
                                      "(ERP_SERVER_RUN_AS) so the server drops its privileges"));
            return true;
        }
        name = "erp-server";
    }
    const passwd *pw = ::getpwnam(name.constData());
    if (!pw) {
        *error = QStringLiteral("server/run_as: there is no user %1").arg(QString::fromLocal8Bit(name));
        return false;
    }
    const uid_t uid = pw->pw_uid;
    const gid_t gid = pw->pw_gid;
    // glibc applies these to every thread of the process.
    if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
        *error = QStringLiteral("cannot switch to the user %1").arg(QString::fromLocal8Bit(name));
        return false;
    }
    if (uid != 0 && ::setuid(0) == 0) {
        *error = QStringLiteral("root privileges could be regained after switching user");
        return false;
    }
    printLine(QStringLiteral("Running as user %1.").arg(QString::fromLocal8Bit(name)));
    return true;
}

int runServe(ServerConfig config, bool demo)
{
    ServerApplication app(std::move(config));
    if (!app.start()) {
        printError(app.errorString());
        return 1;
    }
    const ServerConfig &cfg = app.config();
    const QString url = QStringLiteral("https://%1:%2")
                            .arg(cfg.http.address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QLatin1Char('[') + cfg.http.address.toString() + QLatin1Char(']')
                                     : cfg.http.address.toString())
                            .arg(app.port());
    if (!app.databaseSummary().isEmpty())
        printLine(app.databaseSummary());
    printLine(QStringLiteral("ERP server %1 listening on %2").arg(QStringLiteral(ERP_VERSION), url));
    printLine(QStringLiteral("Certificate SHA-256 fingerprint: %1").arg(app.certificateFingerprint()));
    if (demo) {
        try {
            const DemoLogins logins = DemoData::ensure(cfg.dataDir);
            printLine(QStringLiteral("Demo organisation: %1").arg(logins.organisation));
            // Passwords go to a terminal only: standard output redirected to
            // a file would leave them in a log anyone may be able to read.
            const bool terminal = ::isatty(STDOUT_FILENO);
            for (const auto &login : logins.users)
                printLine(terminal ? QStringLiteral("  %1  %2  password: %3")
                                         .arg(login.role, -16)
                                         .arg(login.email, -28)
                                         .arg(login.password)
                                   : QStringLiteral("  %1  %2").arg(login.role, -16).arg(login.email));
            if (!terminal)
                printLine(QStringLiteral("Demo passwords: %1 (readable only by this account)")
                              .arg(DemoData::loginsFile(cfg.dataDir)));
        } catch (const std::exception &e) {
            printError(QStringLiteral("could not create the demo organisation: %1").arg(QString::fromUtf8(e.what())));
            app.stop();
            return 1;
        }
    }
    // The port is bound, the keys and certificate are read, the demo data
    // written: nothing below needs root.
    QString dropError;
    if (!dropPrivileges(cfg.runAs, cfg.embeddedDatabase, &dropError)) {
        printError(dropError);
        app.stop();
        return 1;
    }
    printLine(QStringLiteral("Press Ctrl+C to stop."));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        printError(QStringLiteral("cannot create the signal socket pair"));
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        if (byte == 'H') {
            // Renewed certificate: new connections get it, open ones stay.
            QString error;
            if (app.reloadCertificate(&error))
                printLine(QStringLiteral("Reloaded the TLS certificate and key; SHA-256 fingerprint: %1")
                              .arg(app.certificateFingerprint()));
            else
                printError(QStringLiteral("certificate not reloaded, still serving the previous one: %1").arg(error));
            return;
        }
        notifier.setEnabled(false);
        printLine(QStringLiteral("Stopping: finishing requests in flight..."));
        const bool drained = app.stop();
        QCoreApplication::exit(drained ? 0 : 1);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    return QCoreApplication::exec();
}

// Admin commands say which cluster they used: one they started (and stop
// again), the running server's (left running) or one taken over.
void printDatabaseSummary(const ServerApplication &app)
{
    if (!app.databaseSummary().isEmpty())
        printLine(app.databaseSummary());
}

int runMigrate(ServerConfig config)
{
    config.migrateOnStart = false;
    ServerApplication app(std::move(config));
    if (!app.startDatabase()) {
        printError(app.errorString());
        return 1;
    }
    printDatabaseSummary(app);
    QStringList applied;
    if (!app.migrate(&applied)) {
        printError(app.errorString());
        return 1;
    }
    printLine(applied.isEmpty() ? QStringLiteral("The database schema is up to date.")
                                : QStringLiteral("Applied: %1").arg(applied.join(QStringLiteral(", "))));
    return 0;
}

int runCreateTenant(ServerConfig config, const QCommandLineParser &parser)
{
    NewTenant tenant;
    tenant.slug = parser.value(QStringLiteral("slug"));
    tenant.name = parser.value(QStringLiteral("name"));
    tenant.adminEmail = parser.value(QStringLiteral("admin-email"));
    tenant.adminDisplayName = parser.value(QStringLiteral("admin-name"));
    if (tenant.slug.isEmpty() || tenant.name.isEmpty() || tenant.adminEmail.isEmpty()) {
        printError(QStringLiteral("create-tenant needs --slug, --name and --admin-email"));
        return 2;
    }
    if (tenant.adminDisplayName.isEmpty())
        tenant.adminDisplayName = tenant.adminEmail;
    // The password is read from standard input so it never appears in the
    // process list or shell history.
    tenant.adminPassword = readSecretFromStdin(QStringLiteral("Password for %1: ").arg(tenant.adminEmail));

    ServerApplication app(std::move(config));
    if (!app.startDatabase()) {
        printError(app.errorString());
        return 1;
    }
    printDatabaseSummary(app);
    if (!app.migrate()) {
        printError(app.errorString());
        return 1;
    }
    try {
        const CreatedTenant created = TenantProvisioning::createTenant(tenant);
        printLine(QStringLiteral("Created organisation %1 (id %2) with administrator %3.")
                      .arg(tenant.slug).arg(created.tenantId).arg(tenant.adminEmail));
        return 0;
    } catch (const ApiError &e) {
        printError(QString::fromUtf8(e.toResponse().body));
    } catch (const std::exception &e) {
        printError(QString::fromUtf8(e.what()));
    }
    return 1;
}

int runGenCert(const ServerConfig &config, const QCommandLineParser &parser)
{
    const QString certPath = parser.isSet(QStringLiteral("cert")) ? parser.value(QStringLiteral("cert")) : config.certFile;
    const QString keyPath = parser.isSet(QStringLiteral("key")) ? parser.value(QStringLiteral("key")) : config.keyFile;
    const QString commonName = parser.isSet(QStringLiteral("common-name")) ? parser.value(QStringLiteral("common-name"))
                                                                           : QStringLiteral("localhost");
    if (QFile::exists(keyPath) && !parser.isSet(QStringLiteral("force"))) {
        printError(QStringLiteral("%1 exists; pass --force to replace it").arg(keyPath));
        return 1;
    }
    // Written to new files and renamed into place: a server running beside
    // this command never sees a half-written pair, and keeps serving the
    // pair it has loaded until it is restarted (or reloads on SIGHUP).
    QString fingerprint;
    QString error;
    if (!SelfSignedCertificate::generate(certPath, keyPath, commonName, &fingerprint, &error)) {
        printError(error);
        return 1;
    }
    printLine(QStringLiteral("Certificate: %1").arg(certPath));
    printLine(QStringLiteral("Key:         %1 (mode 0600)").arg(keyPath));
    printLine(QStringLiteral("SHA-256 fingerprint: %1").arg(fingerprint));
    return 0;
}

int runBackup(const ServerConfig &config, const QCommandLineParser &parser)
{
    if (parser.value(QStringLiteral("output")).isEmpty()) {
        printError(QStringLiteral("backup needs --output FILE"));
        return 2;
    }
    ::umask(077);   // nothing written here is for anyone else
    QString report;
    QString error;
    const bool ok = BackupArchive::create(config, parser.value(QStringLiteral("output")), &report, &error);
    QTextStream(stdout) << report << Qt::flush;
    if (!ok) {
        printError(error);
        return 1;
    }
    return 0;
}

int runRestore(const ServerConfig &config, const QCommandLineParser &parser)
{
    if (parser.value(QStringLiteral("input")).isEmpty()) {
        printError(QStringLiteral("restore needs --input FILE"));
        return 2;
    }
    ::umask(077);
    QString report;
    QString error;
    const bool ok = BackupArchive::restore(config, parser.value(QStringLiteral("input")), &report, &error);
    QTextStream(stdout) << report << Qt::flush;
    if (!ok) {
        printError(error);
        return 1;
    }
    return 0;
}

} // namespace

int serverMain(int argc, char *argv[])
{
    // One line per event with time, level and subsystem; debug output only
    // when asked for (QT_LOGGING_RULES="erp.*.debug=true").
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("erp-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ERP_VERSION));

    QCommandLineParser parser;
    QString settings;
    for (const QString &name : ServerConfig::settingNames())
        settings += QStringLiteral("\n  ") + name;
    parser.setApplicationDescription(
        QStringLiteral("ERP application server.\n\n"
                       "Commands:\n"
                       "  serve          run the server (default)\n"
                       "  migrate        apply pending database migrations and exit\n"
                       "  create-tenant  create an organisation and its first administrator\n"
                       "                 (password read from standard input)\n"
                       "  gen-cert       write a self-signed certificate and key\n"
                       "  backup         write database and keys to --output FILE (mode 0600)\n"
                       "  restore        restore --input FILE into an empty data directory\n\n"
                       "Every command may run beside a running server: with the embedded database it uses the\n"
                       "server's PostgreSQL cluster and never stops a cluster a live process uses.\n"
                       "Without database/host the server runs a private PostgreSQL cluster in its data directory.\n"
                       "database/sslmode (libpq: disable ... verify-full) defaults to verify-full when\n"
                       "database/ssl_root_cert names a CA file. Started as root, serve switches to the user\n"
                       "server/run_as (default erp-server if it exists) after binding its port and reading its keys.\n"
                       "SIGHUP reloads the TLS certificate and key (open connections are kept). GET /metrics\n"
                       "(Prometheus) answers loopback, or a Bearer metrics/token from elsewhere.\n"
                       "Settings (INI file sections/keys; environment ERP_<SECTION>_<KEY> overrides):")
        + settings);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, migrate, create-tenant, gen-cert, backup or restore"));
    parser.addOptions({
        {{QStringLiteral("c"), QStringLiteral("config")}, QStringLiteral("Configuration file (INI)."), QStringLiteral("file")},
        {QStringLiteral("data-dir"), QStringLiteral("Data directory (certificate, keys, embedded database)."), QStringLiteral("dir")},
        {QStringLiteral("port"), QStringLiteral("HTTPS port (0 picks a free one)."), QStringLiteral("port")},
        {QStringLiteral("demo"), QStringLiteral("serve: create a demo organisation with sample users if missing.")},
        {QStringLiteral("slug"), QStringLiteral("create-tenant: organisation identifier used at sign-in."), QStringLiteral("slug")},
        {QStringLiteral("name"), QStringLiteral("create-tenant: organisation name."), QStringLiteral("name")},
        {QStringLiteral("admin-email"), QStringLiteral("create-tenant: first administrator's email."), QStringLiteral("email")},
        {QStringLiteral("admin-name"), QStringLiteral("create-tenant: first administrator's name."), QStringLiteral("name")},
        {QStringLiteral("cert"), QStringLiteral("gen-cert: certificate path."), QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("gen-cert: key path."), QStringLiteral("file")},
        {QStringLiteral("common-name"), QStringLiteral("gen-cert: certificate common name."), QStringLiteral("name")},
        {QStringLiteral("force"), QStringLiteral("gen-cert: replace existing files.")},
        {QStringLiteral("output"), QStringLiteral("backup: archive to write."), QStringLiteral("file")},
        {QStringLiteral("input"), QStringLiteral("restore: archive to read."), QStringLiteral("file")},
    });
    parser.process(app);

    ServerConfig config;
    QString error;
    if (!config.load(parser.value(QStringLiteral("config")), &error)) {
        printError(error);
        return 2;
    }
    applyLogSettings(config);
    if (parser.isSet(QStringLiteral("data-dir"))) {
        const QString oldDir = config.dataDir;
        config.dataDir = parser.value(QStringLiteral("data-dir"));
        // Paths derived from the data directory follow it unless set explicitly.
        for (QString *path : {&config.certFile, &config.keyFile, &config.jwtKeyFile})
            if (path->startsWith(oldDir + QLatin1Char('/')))
                *path = config.dataDir + path->mid(oldDir.size());
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            printError(QStringLiteral("--port: not a port number"));
            return 2;
        }
        config.http.port = quint16(port);
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args.first();
    if (command == u"serve")
        return runServe(std::move(config), parser.isSet(QStringLiteral("demo")));
    if (command == u"migrate")
        return runMigrate(std::move(config));
    if (command == u"create-tenant")
        return runCreateTenant(std::move(config), parser);
    if (command == u"gen-cert")
        return runGenCert(config, parser);
    if (command == u"backup")
        return runBackup(config, parser);
    if (command == u"restore")
        return runRestore(config, parser);
    printError(QStringLiteral("unknown command %1; see --help").arg(command));
    return 2;
}

} // namespace erp::server
