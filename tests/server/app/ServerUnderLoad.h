#pragma once

// Pieces shared by the tests that take servers and PostgreSQL away under
// load (tst_twoservers, tst_serverfaults): an erp-server process on a fixed
// port against an external database, and client threads that create CRM
// accounts with Idempotency-Keys and read them back, retrying what a real
// client would retry.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace erp::test {

// A free TCP port on 127.0.0.1 at the time of asking (bound and released).
quint16 freeLoopbackPort();
// `count` distinct free ports: all are held at once before they are released,
// so the system cannot hand out one port twice (asking one at a time can).
// Empty when the ports could not be bound.
QList<quint16> freeLoopbackPorts(int count);

// Runs the erp-server binary with arguments to its end (admin commands such
// as create-tenant); the exit code, -1 when it crashed or hung.
int runServerCommand(const QString &binary, const QProcessEnvironment &environment, const QStringList &args,
                     const QByteArray &stdinData, QString *output);

// The environment of an erp-server process on an external database and the
// test certificate; dataDir holds its JWT key.
QProcessEnvironment serverEnvironment(const QString &dataDir, const QString &host, int port, const QString &database,
                                      const QString &user, const QString &password, const QString &ownerUser,
                                      const QString &ownerPassword);

// `erp-server serve` with the given environment (ERP_HTTP_PORT decides the
// port; a fixed one, so a restarted process is found where it was).
class ServerProcess
{
public:
    ServerProcess(QString binary, QProcessEnvironment environment, quint16 port);
    ~ServerProcess();

    // Starts and waits until it listens ("Press Ctrl+C"); false with the
    // output in output() when it exited or did not get there in time.
    bool start(int timeoutMs = 120'000);
    // SIGTERM (the service manager's stop): true when it drained and exited 0.
    bool terminate(int timeoutMs = 60'000);
    // SIGKILL: no drain, no clean-up, as in a crash or the OOM killer.
    void kill();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString output(); // the end of its log

private:
    QString m_binary;
    QProcessEnvironment m_environment;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
    QString m_logFile; // beside the data directory, appended to by every start
};

// Client threads creating accounts ("<prefix>-<thread>-<n>") through one
// port. Each create carries its own Idempotency-Key and is retried with the
// same key on a new connection after a connection error, a timeout or 502,
// 503 and 504, until it gets an answer or its time is up; every created
// account is then read back (GET of its Location, retried the same way).
// Anything else is a failure.
class CreateLoad
{
public:
    struct Settings
    {
        QSslCertificate certificate;
        quint16 port = 0;
        QByteArray bearerToken;
        QString prefix;
        int threads = 4;
        int operationTimeoutMs = 90'000; // a single create or read gives up after this
        int requestTimeoutMs = 15'000;   // one attempt waits this long for its answer
        // A new connection after this many creates (0: keep one as long as it
        // lasts), like many short-lived clients: lets a balancer spread them.
        int reconnectEvery = 0;
    };
    struct Acknowledged
    {
        QString name;
        qint64 id = 0;
        qint64 atMs = 0; // since the load started
    };
    struct Figures
    {
        qint64 operations = 0;   // creates + reads completed or failed
        qint64 requests = 0;     // attempts sent, retries included
        qint64 retries = 0;
        qint64 replays = 0;      // creates answered from the idempotency store (Idempotent-Replayed)
        qint64 failures = 0;     // operations no retry could complete
        qint64 longestRetryMs = 0; // longest time one operation spent between its first failed attempt and success
        QStringList failureDetails;
    };

    explicit CreateLoad(Settings settings);
    ~CreateLoad();

    void start();
    // Lets every thread finish the operation it is in, then joins them.
    void stop();

    qint64 acknowledgedCount() const { return m_acknowledgedCount.load(); }
    // Waits until at least n creates have been acknowledged (false on timeout).
    bool waitForAcknowledged(qint64 n, int timeoutMs) const;
    std::vector<Acknowledged> acknowledged() const;
    Figures figures() const;
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void runThread(int index);

    Settings m_settings;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_acknowledgedCount{0};
    mutable QMutex m_mutex;
    std::vector<Acknowledged> m_acknowledged;
    Figures m_figures;
    QElapsedTimer m_clock;
};

} // namespace erp::test
