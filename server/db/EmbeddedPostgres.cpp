#include "server/db/EmbeddedPostgres.h"

#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/DbLog.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace erp::server {

namespace {

const QString SuperUser = QStringLiteral("postgres");
const QString OwnerRole = QStringLiteral("erp_owner");
const QString AppRole = QStringLiteral("erp_app");
const QString DatabaseName = QStringLiteral("erp");

QString randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// Debian installs the server binaries outside PATH, per major version.
QString EmbeddedPostgres::findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("ERP_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = lib.filePath(*it + QLatin1String("/bin"));
        if (QFileInfo(bin + QLatin1String("/initdb")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

namespace {

// Asks the kernel for a free loopback port. Plain sockets rather than
// QTcpServer: this library links QtCore and QtSql only.
int freeLoopbackPort()
{
#ifdef Q_OS_UNIX
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
#else
    return 5432 + int(QRandomGenerator::global()->bounded(20000, 40000));
#endif
}

// PostgreSQL refuses to run as root. Returns the user to run as instead, or
// an empty string when we are not root.
struct RunAs
{
    QString user;
    uint uid = 0;
    uint gid = 0;
};

RunAs clusterUser()
{
    RunAs r;
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return r;
    for (const char *candidate : {"postgres", "nobody"}) {
        if (const passwd *pw = ::getpwnam(candidate)) {
            r.user = QString::fromLocal8Bit(candidate);
            r.uid = pw->pw_uid;
            r.gid = pw->pw_gid;
            return r;
        }
    }
#endif
    return r;
}

bool chownTo(const QString &path, const RunAs &as)
{
#ifdef Q_OS_UNIX
    if (as.user.isEmpty())
        return true;
    return ::chown(QFile::encodeName(path).constData(), as.uid, as.gid) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(as);
    return true;
#endif
}

bool writeSecretFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Restrict before any secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(contents);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}


// A process that uses the cluster. The start time (from /proc) tells a live
// process from a later one that got the same pid.
struct Holder
{
    qint64 pid = 0;
    QString startTime;
    QString instance;
};

QString processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray text = stat.readAll();
    // The command name (field 2) may contain spaces: count after its ')'.
    const int close = text.lastIndexOf(')');
    if (close < 0)
        return QString();
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // Field 22 (starttime) is the 20th after the command name.
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

bool processAlive(const Holder &holder)
{
    if (holder.pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(holder.pid), 0) != 0 && errno != EPERM)
        return false;
#endif
    const QString now = processStartTime(holder.pid);
    return holder.startTime.isEmpty() || now.isEmpty() || now == holder.startTime;
}

Holder readHolder(const QString &path)
{
    Holder h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return h;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
        if (key == "pid")
            h.pid = value.toLongLong();
        else if (key == "start_time")
            h.startTime = value;
        else if (key == "instance")
            h.instance = value;
    }
    return h;
}

bool writeHolder(const QString &path, const Holder &h)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write("pid=" + QByteArray::number(h.pid) + "\nstart_time=" + h.startTime.toLatin1()
               + "\ninstance=" + h.instance.toLatin1() + "\n");
    return file.commit();
}

// The port the running postmaster listens on: line 4 of postmaster.pid.
int postmasterPort(const QString &pgData)
{
    QFile file(pgData + QLatin1String("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    return lines.size() > 3 ? lines.at(3).trimmed().toInt() : 0;
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(QString dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_instance(QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
{
}

QString EmbeddedPostgres::superuserName() const
{
    return SuperUser;
}

QString EmbeddedPostgres::summary() const
{
    switch (m_attachment) {
    case Attachment::Started:
        return QStringLiteral("Started the embedded PostgreSQL cluster in %1 on 127.0.0.1 port %2.")
            .arg(m_pgData)
            .arg(m_config.port);
    case Attachment::Joined:
        return QStringLiteral("Using the embedded PostgreSQL cluster of the running process %1 (127.0.0.1 port %2); "
                              "it stays running.")
            .arg(m_otherPid)
            .arg(m_config.port);
    case Attachment::TookOver:
        return QStringLiteral("Took over the embedded PostgreSQL cluster on 127.0.0.1 port %1, left running by %2.")
            .arg(m_config.port)
            .arg(m_otherPid > 0 ? QStringLiteral("process %1, which is gone").arg(m_otherPid)
                                : QStringLiteral("a process that is gone"));
    case Attachment::None:
        break;
    }
    return QString();
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    stop();
}

namespace {

struct Runner
{
    QString binDir;
    RunAs as;
    QString output;

    // Runs a PostgreSQL tool, as the unprivileged cluster user when root.
    // The cluster inherits pg_ctl's environment, with the malloc settings of
    // EmbeddedPostgres::mallocTunables.
    bool run(const QString &tool, const QStringList &args, int timeoutMs = 120'000)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GLIBC_TUNABLES"),
                           EmbeddedPostgres::mallocTunables(environment.value(QStringLiteral("GLIBC_TUNABLES"))));
        process.setProcessEnvironment(environment);
        // initdb and pg_ctl fail when the working directory is unreadable to
        // the user they run as (e.g. /root).
        process.setWorkingDirectory(QDir::rootPath());
        const QString program = QDir(binDir).filePath(tool);
        if (as.user.isEmpty()) {
            process.start(program, args);
        } else {
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), as.user, QStringLiteral("--"), program} + args);
        }
        if (!process.waitForStarted(10'000)) {
            output = process.errorString();
            return false;
        }
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5'000);
            output = QStringLiteral("%1 timed out").arg(tool);
            return false;
        }
        output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
};

} // namespace

QString EmbeddedPostgres::mallocTunables(const QString &existing)
{
    // Kept in step with tests/support/pg_cluster.sh, so that tests and
    // benchmarks run PostgreSQL as the product does.
    if (existing.contains(QLatin1String("glibc.malloc.")))
        return existing;
    const QString ours = QStringLiteral("glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=33554432:"
                                        "glibc.malloc.top_pad=4194304");
    return existing.isEmpty() ? ours : existing + QLatin1Char(':') + ours;
}

bool EmbeddedPostgres::start()
{
    if (m_started)
        return true;
    m_error.clear();
    if (!QDir().mkpath(m_dataDir)) {
        m_error = QStringLiteral("cannot create %1").arg(m_dataDir);
        return false;
    }
    // Whether to start, join or take over is decided by one process at a time.
    QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("postgres.lock")));
    lock.setStaleLockTime(0);   // stale only when its holder is gone, however long initdb takes
    if (!lock.tryLock(180'000)) {
        m_error = QStringLiteral("another process holds %1 too long").arg(lock.fileName());
        return false;
    }
    return startLocked();
}

bool EmbeddedPostgres::startLocked()
{
    Runner runner;
    runner.binDir = findBinDir();
    runner.as = clusterUser();
    if (runner.binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found; set ERP_PG_BINDIR");
        return false;
    }

    const QString pgData = QDir(m_dataDir).filePath(QStringLiteral("postgres"));
    const QString credentialsPath = QDir(m_dataDir).filePath(QStringLiteral("postgres-credentials"));

    QString superPassword;
    QString ownerPassword;
    QString appPassword;

    const bool initialised = QFileInfo::exists(pgData + QLatin1String("/PG_VERSION"));
    if (!initialised) {
        if (QDir(pgData).exists() && !QDir(pgData).isEmpty()) {
            m_error = QStringLiteral("%1 exists but is not a PostgreSQL cluster; move it away").arg(pgData);
            return false;
        }
        superPassword = randomSecret();
        ownerPassword = randomSecret();
        appPassword = randomSecret();
        const QByteArray credentials = "[postgres]\nsuperuser=" + SuperUser.toUtf8()
            + "\nsuperuser_password=" + superPassword.toLatin1()
            + "\nowner_user=" + OwnerRole.toUtf8() + "\nowner_password=" + ownerPassword.toLatin1()
            + "\napp_user=" + AppRole.toUtf8() + "\napp_password=" + appPassword.toLatin1() + "\n";
        if (!writeSecretFile(credentialsPath, credentials, &m_error)) {
            m_error = QStringLiteral("cannot write %1: %2").arg(credentialsPath, m_error);
            return false;
        }

        if (!QDir().mkpath(pgData) || !chownTo(pgData, runner.as)) {
            m_error = QStringLiteral("cannot create %1 for user %2").arg(pgData, runner.as.user);
            return false;
        }
        QFile::setPermissions(pgData, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // initdb reads the superuser password from a file, which must lie
        // outside the (empty) data directory.
        const QString pwFile = QDir(m_dataDir).filePath(
            QStringLiteral("postgres-initpw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        if (!writeSecretFile(pwFile, superPassword.toLatin1() + '\n', &m_error) || !chownTo(pwFile, runner.as)) {
            QFile::remove(pwFile);
            m_error = QStringLiteral("cannot write the initdb password file: %1").arg(m_error);
            return false;
        }
        const QStringList common{QStringLiteral("-D"), pgData, QStringLiteral("-U"), SuperUser,
                                 QStringLiteral("--pwfile=") + pwFile, QStringLiteral("-E"), QStringLiteral("UTF8"),
                                 // TCP always needs the password; the socket lives
                                 // in the 0700 data directory.
                                 QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--auth-local=peer")};
        // C.UTF-8 gives Unicode-aware lower()/upper(); fall back to the C
        // locale where it does not exist (some non-glibc systems).
        bool ok = runner.run(QStringLiteral("initdb"), common + QStringList{QStringLiteral("--locale=C.UTF-8")});
        if (!ok) {
            QDir(pgData).removeRecursively();
            QDir().mkpath(pgData);
            chownTo(pgData, runner.as);
            QFile::setPermissions(pgData, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            ok = runner.run(QStringLiteral("initdb"), common + QStringList{QStringLiteral("--no-locale")});
        }
        QFile::remove(pwFile);
        if (!ok) {
            m_error = QStringLiteral("initdb failed: %1").arg(runner.output);
            QDir(pgData).removeRecursively();
            return false;
        }

        // Unix socket paths are limited to ~107 bytes; a deep data directory
        // simply gets none (everything here uses TCP).
        const QString socketDir = pgData.toUtf8().size() < 90 ? pgData : QString();
        QFile conf(pgData + QLatin1String("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = conf.errorString();
            return false;
        }
        conf.write("\n# erp embedded cluster\nlisten_addresses = '127.0.0.1'\n"
                   "unix_socket_directories = '" + socketDir.toUtf8() + "'\n"
                   "unix_socket_permissions = 0700\n"
                   "password_encryption = scram-sha-256\n");
        conf.close();
    } else {
        QSettings credentials(credentialsPath, QSettings::IniFormat);
        superPassword = credentials.value(QStringLiteral("postgres/superuser_password")).toString();
        ownerPassword = credentials.value(QStringLiteral("postgres/owner_password")).toString();
        appPassword = credentials.value(QStringLiteral("postgres/app_password")).toString();
        if (superPassword.isEmpty() || ownerPassword.isEmpty() || appPassword.isEmpty()) {
            m_error = QStringLiteral("%1 is missing or incomplete").arg(credentialsPath);
            return false;
        }
    }

    m_binDir = runner.binDir;
    m_runAsUser = runner.as.user;
    m_pgData = pgData;
    m_superPassword = superPassword;
    m_config = DatabaseConfig();
    m_config.host = QStringLiteral("127.0.0.1");
    m_config.name = DatabaseName;
    m_config.user = AppRole;
    m_config.password = appPassword;
    m_config.ownerUser = OwnerRole;
    m_config.ownerPassword = ownerPassword;

    const QString ownerPath = QDir(m_dataDir).filePath(QStringLiteral("postgres-owner"));
    Holder me;
    me.pid = QCoreApplication::applicationPid();
    me.startTime = processStartTime(me.pid);
    me.instance = m_instance;

    // Already running: a live owner (a server, another command) shares it;
    // a cluster whose owner is gone (crashed, killed) is taken over. Never
    // stop a cluster someone alive is using.
    if (runner.run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), pgData, QStringLiteral("status")})) {
        const Holder owner = readHolder(ownerPath);
        const int runningPort = postmasterPort(pgData);
        m_otherPid = owner.pid;
        if (runningPort <= 0) {
            m_error = QStringLiteral("the embedded PostgreSQL cluster in %1 is running but its port cannot be read "
                                     "from postmaster.pid")
                          .arg(pgData);
            return false;
        }
        m_config.port = runningPort;
        if (processAlive(owner)) {
            const QString usersDir = QDir(m_dataDir).filePath(QStringLiteral("postgres-users"));
            QDir().mkpath(usersDir);
            if (!writeHolder(QDir(usersDir).filePath(m_instance), me)) {
                m_error = QStringLiteral("cannot register in %1").arg(usersDir);
                return false;
            }
            m_attachment = Attachment::Joined;
            m_started = true;
            // Said to the operator by whoever started this (ServerMain prints summary()).
            qCDebug(lcDb).noquote() << summary();
            return true;
        }
        if (!writeHolder(ownerPath, me)) {
            m_error = QStringLiteral("cannot write %1").arg(ownerPath);
            return false;
        }
        m_attachment = Attachment::TookOver;
        m_started = true;
        qCDebug(lcDb).noquote() << summary();
        if (!ensureRolesAndDatabase(superPassword)) {
            stopLocked();
            return false;
        }
        return true;
    }

    // A port may be taken between probing and binding: try a few.
    int port = 0;
    bool running = false;
    for (int attempt = 0; attempt < 5 && !running; ++attempt) {
        port = freeLoopbackPort();
        if (port == 0)
            continue;
        running = runner.run(QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), pgData, QStringLiteral("-l"),
                              pgData + QLatin1String("/server.log"), QStringLiteral("-o"),
                              QStringLiteral("-p %1").arg(port), QStringLiteral("-w"), QStringLiteral("-t"),
                              QStringLiteral("60"), QStringLiteral("start")});
        if (!running)
            qCWarning(lcDb) << "embedded PostgreSQL did not start on port" << port << ":" << runner.output;
    }
    if (!running) {
        QFile log(pgData + QLatin1String("/server.log"));
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll().right(2000));
        m_error = QStringLiteral("pg_ctl start failed: %1\n%2").arg(runner.output, tail);
        return false;
    }
    m_config.port = port;
    m_otherPid = 0;
    if (!writeHolder(ownerPath, me)) {
        m_error = QStringLiteral("cannot write %1").arg(ownerPath);
        runner.run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), pgData, QStringLiteral("-m"), QStringLiteral("fast"),
                                              QStringLiteral("-w"), QStringLiteral("stop")});
        return false;
    }
    m_attachment = Attachment::Started;
    m_started = true;

    if (!ensureRolesAndDatabase(superPassword)) {
        stopLocked();
        return false;
    }
    qCDebug(lcDb).noquote() << summary();
    return true;
}

// Idempotent, run on every start: a first start interrupted after initdb
// still ends with both roles and the database, with the passwords on file.
bool EmbeddedPostgres::ensureRolesAndDatabase(const QString &superPassword)
{
    const QString connectionName = QStringLiteral("erp-embedded-setup-%1").arg(quintptr(this));
    bool ok = false;
    {
        DatabaseConfig admin = m_config;
        admin.name = QStringLiteral("postgres");
        admin.ownerUser = SuperUser;
        admin.ownerPassword = superPassword;
        try {
            QSqlDatabase db = Database::openOwnerConnection(admin, connectionName);
            auto run = [&](const QString &sql, const QVariantList &values = {}) {
                QSqlQuery q(db);
                // Utility statements (DO, CREATE DATABASE) cannot be
                // prepared: only statements with values go through PREPARE.
                bool ok = false;
                if (values.isEmpty()) {
                    ok = q.exec(sql);
                } else if (q.prepare(sql)) {
                    for (const QVariant &v : values)
                        q.addBindValue(v);
                    ok = q.exec();
                }
                if (!ok)
                    throw DbError(q.lastError(), QStringLiteral("embedded setup"));
            };
            // CREATE/ALTER ROLE cannot take bound parameters; pass the
            // passwords through session settings that a DO block quotes with
            // format(%L), so no value is ever spliced into SQL text by us.
            run(QStringLiteral("SELECT set_config('erp.owner_password', ?, false), "
                               "set_config('erp.app_password', ?, false)"),
                {m_config.ownerPassword, m_config.password});
            run(QStringLiteral(
                "DO $$ BEGIN "
                "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'erp_owner') THEN "
                "  CREATE ROLE erp_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS; END IF; "
                "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'erp_app') THEN "
                "  CREATE ROLE erp_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE; END IF; "
                "EXECUTE format('ALTER ROLE erp_owner PASSWORD %L', current_setting('erp.owner_password')); "
                "EXECUTE format('ALTER ROLE erp_app PASSWORD %L', current_setting('erp.app_password')); "
                "END $$"));
            run(QStringLiteral("SELECT set_config('erp.owner_password', '', false), "
                               "set_config('erp.app_password', '', false)"));
            QSqlQuery exists(db);
            exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            exists.addBindValue(DatabaseName);
            if (!exists.exec())
                throw DbError(exists.lastError(), QStringLiteral("embedded setup"));
            if (!exists.next()) {
                run(QStringLiteral("CREATE DATABASE erp OWNER erp_owner ENCODING 'UTF8'"));
                // Only our two roles may connect.
                run(QStringLiteral("REVOKE ALL ON DATABASE erp FROM PUBLIC"));
                run(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE erp TO erp_app"));
            }
            ok = true;
        } catch (const DbError &e) {
            m_error = QStringLiteral("setting up roles failed: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok && markSearchLeakproof(superPassword);
}

// Row-level security evaluates the tenant policy before any condition that
// is not leakproof, which keeps ILIKE from using trigram indexes (see
// docs/decisions/0007-search-under-row-level-security.md). Only a superuser
// may mark a function leakproof, and pg_proc is per database.
bool EmbeddedPostgres::markSearchLeakproof(const QString &superPassword)
{
    const QString connectionName = QStringLiteral("erp-embedded-leakproof-%1").arg(quintptr(this));
    bool ok = false;
    {
        DatabaseConfig admin = m_config;
        admin.name = DatabaseName;
        admin.ownerUser = SuperUser;
        admin.ownerPassword = superPassword;
        try {
            QSqlDatabase db = Database::openOwnerConnection(admin, connectionName);
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF")))
                throw DbError(q.lastError(), QStringLiteral("embedded setup"));
            ok = true;
        } catch (const DbError &e) {
            m_error = QStringLiteral("marking ILIKE leakproof failed: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

void EmbeddedPostgres::stop()
{
    if (!m_started)
        return;
    QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("postgres.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(180'000)) {
        // Leaving the cluster running is the safe mistake.
        qCWarning(lcDb) << "cannot take" << lock.fileName() << "; leaving the embedded PostgreSQL cluster running";
        m_started = false;
        return;
    }
    stopLocked();
}

// The cluster stops only when the last process using it leaves and that
// process owns it (or its owner is gone); an owner leaving before others
// hands the cluster over to one of them.
void EmbeddedPostgres::stopLocked()
{
    if (!m_started)
        return;
    m_started = false;
    m_attachment = Attachment::None;
    const QString ownerPath = QDir(m_dataDir).filePath(QStringLiteral("postgres-owner"));
    const QDir usersDir(QDir(m_dataDir).filePath(QStringLiteral("postgres-users")));
    QFile::remove(usersDir.filePath(m_instance));

    const Holder owner = readHolder(ownerPath);
    const bool mine = owner.instance == m_instance;
    if (!mine && processAlive(owner))
        return;   // its owner stops it

    Holder successor;
    for (const QString &name : usersDir.entryList(QDir::Files)) {
        const Holder user = readHolder(usersDir.filePath(name));
        if (!processAlive(user)) {
            QFile::remove(usersDir.filePath(name));
            continue;
        }
        if (successor.pid == 0) {
            successor = user;
            successor.instance = name;
        }
    }
    if (successor.pid != 0) {
        QFile::remove(usersDir.filePath(successor.instance));
        if (writeHolder(ownerPath, successor)) {
            qCInfo(lcDb).noquote() << QStringLiteral("Left the embedded PostgreSQL cluster running for process %1, "
                                                     "which still uses it and now owns it.")
                                          .arg(successor.pid);
            return;
        }
        qCWarning(lcDb) << "cannot hand the embedded PostgreSQL cluster over; leaving it running";
        return;
    }

    Runner runner;
    runner.binDir = m_binDir;
    runner.as = clusterUser();
    if (!runner.run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_pgData, QStringLiteral("-m"),
                                               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                                               QStringLiteral("60"), QStringLiteral("stop")}))
        qCWarning(lcDb) << "pg_ctl stop failed:" << runner.output;
    QFile::remove(ownerPath);
}

} // namespace erp::server
