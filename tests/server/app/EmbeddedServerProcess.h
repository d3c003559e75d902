#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

// The erp-server executable on its embedded PostgreSQL default in one data
// directory, as an administrator runs it. As root every process runs as the
// unprivileged user "nobody", the way the packaged service runs as its own
// user (the data directory's parent is handed to that user).
class EmbeddedServerProcess
{
public:
    struct Server
    {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
        QString output;
        qint64 pid() const { return process ? process->processId() : 0; }
    };

    // dataDir must not exist yet; its parent is made reachable for "nobody".
    // False with *error when the setup is impossible here.
    bool setUp(const QString &binary, const QString &dataDir, QString *error);
    void setDataDir(const QString &dataDir) { m_dataDir = dataDir; }
    QString dataDir() const { return m_dataDir; }

    // Runs one command to its end; exit code -1 when it crashed or hung.
    QString run(const QStringList &args, int *exitCode, const QByteArray &stdinData = {}) const;
    // Starts `serve` and waits until it is ready (port 0 when it failed).
    Server start(const QStringList &extraArgs = {}) const;
    // SIGTERM; true when it exited 0.
    static bool stop(Server &server);

    bool clusterRunning() const;
    QSslCertificate certificate() const;
    QProcessEnvironment environment() const;

private:
    QString program() const;
    QStringList arguments(const QStringList &args) const;

    QString m_binary;
    QString m_dataDir;
    bool m_asNobody = false;
};
