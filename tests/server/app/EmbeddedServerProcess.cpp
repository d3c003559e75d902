#include "EmbeddedServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

bool EmbeddedServerProcess::setUp(const QString &binary, const QString &dataDir, QString *error)
{
    m_binary = binary;
    m_dataDir = dataDir;
    m_asNobody = ::geteuid() == 0;
    if (!m_asNobody)
        return true;
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody) {
        *error = u"running as root and there is no user \"nobody\" to run the server as"_s;
        return false;
    }
    const QString parent = QFileInfo(dataDir).absolutePath();
    if (::chown(QFile::encodeName(parent).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
        *error = u"cannot hand %1 to the user nobody"_s.arg(parent);
        return false;
    }
    int code = -1;
    run({u"--version"_s}, &code);
    if (code != 0) {
        *error = u"the user nobody cannot run %1 (the build tree must be reachable)"_s.arg(binary);
        return false;
    }
    return true;
}

QString EmbeddedServerProcess::program() const
{
    return m_asNobody ? u"setpriv"_s : m_binary;
}

QStringList EmbeddedServerProcess::arguments(const QStringList &args) const
{
    // setpriv execs in place: the pid we see is the server's.
    if (m_asNobody)
        return QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, m_binary} + args;
    return args;
}

QProcessEnvironment EmbeddedServerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The embedded default: no database setting may leak in.
    for (const QString &name : env.keys())
        if (name.startsWith(u"ERP_"_s) && name != u"ERP_PG_BINDIR"_s)
            env.remove(name);
    env.insert(u"ERP_SERVER_DATA_DIR"_s, m_dataDir);
    env.insert(u"ERP_HTTP_PORT"_s, u"0"_s);
    // Connections kept open across several commands must not idle out.
    env.insert(u"ERP_HTTP_IDLE_TIMEOUT_MS"_s, u"900000"_s);
    return env;
}

QString EmbeddedServerProcess::run(const QStringList &args, int *exitCode, const QByteArray &stdinData) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program(), arguments(args));
    p.waitForStarted();
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(240'000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

EmbeddedServerProcess::Server EmbeddedServerProcess::start(const QStringList &extraArgs) const
{
    Server s;
    s.process = std::make_unique<QProcess>();
    s.process->setProcessEnvironment(environment());
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    s.process->start(program(), arguments(QStringList{u"serve"_s} + extraArgs));
    QDeadlineTimer deadline(240'000);
    static const QRegularExpression listening(u"listening on https://[^:]+:(\\d+)"_s);
    while (!deadline.hasExpired() && s.process->state() != QProcess::NotRunning) {
        s.process->waitForReadyRead(200);
        s.output += QString::fromUtf8(s.process->readAll());
        const auto m = listening.match(s.output);
        if (m.hasMatch() && s.output.contains(u"Press Ctrl+C"_s)) {
            s.port = quint16(m.captured(1).toUInt());
            return s;
        }
    }
    s.output += QString::fromUtf8(s.process->readAll());
    return s;
}

bool EmbeddedServerProcess::stop(Server &server)
{
    ::kill(pid_t(server.process->processId()), SIGTERM);
    const bool finished = server.process->waitForFinished(60'000);
    server.output += QString::fromUtf8(server.process->readAll());
    return finished && server.process->exitStatus() == QProcess::NormalExit && server.process->exitCode() == 0;
}

bool EmbeddedServerProcess::clusterRunning() const
{
    return QFileInfo::exists(m_dataDir + u"/postgres/postmaster.pid"_s);
}

QSslCertificate EmbeddedServerProcess::certificate() const
{
    QFile file(m_dataDir + u"/server.crt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(&file, QSsl::Pem);
}
