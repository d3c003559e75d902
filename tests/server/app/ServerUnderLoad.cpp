#include "ServerUnderLoad.h"

#include "tests/support/TestCertificate.h"
#include "tests/support/TlsTestClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace erp::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(probe->serverPort());
        probes.push_back(std::move(probe));
    }
    return ports;
}

int runServerCommand(const QString &binary, const QProcessEnvironment &environment, const QStringList &args,
                     const QByteArray &stdinData, QString *output)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary, args);
    if (!p.waitForStarted(30'000))
        return -1;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(180'000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    if (!finished) {
        p.kill();
        p.waitForFinished(10'000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QProcessEnvironment serverEnvironment(const QString &dataDir, const QString &host, int port, const QString &database,
                                      const QString &user, const QString &password, const QString &ownerUser,
                                      const QString &ownerPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ERP_SERVER_DATA_DIR"_s, dataDir);
    env.insert(u"ERP_DATABASE_HOST"_s, host);
    env.insert(u"ERP_DATABASE_PORT"_s, QString::number(port));
    env.insert(u"ERP_DATABASE_NAME"_s, database);
    env.insert(u"ERP_DATABASE_USER"_s, user);
    env.insert(u"ERP_DATABASE_PASSWORD"_s, password);
    env.insert(u"ERP_DATABASE_OWNER_USER"_s, ownerUser);
    env.insert(u"ERP_DATABASE_OWNER_PASSWORD"_s, ownerPassword);
    env.insert(u"ERP_TLS_CERTIFICATE"_s, TestCertificate::instance().certificatePath());
    env.insert(u"ERP_TLS_KEY"_s, TestCertificate::instance().keyPath());
    env.insert(u"ERP_DATABASE_WORKERS"_s, u"3"_s);
    env.insert(u"ERP_HTTP_IO_THREADS"_s, u"1"_s);
    // The access lines of thousands of requests are not what these tests read.
    env.insert(u"ERP_LOG_LEVEL"_s, u"warning"_s);
    // As root the server would switch to an "erp-server" user where one
    // exists, which cannot read the test's files.
    env.insert(u"ERP_SERVER_RUN_AS"_s, u"root"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

ServerProcess::ServerProcess(QString binary, QProcessEnvironment environment, quint16 port)
    : m_binary(std::move(binary)), m_environment(std::move(environment)), m_port(port)
{
    m_environment.insert(u"ERP_HTTP_PORT"_s, QString::number(port));
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

// The output goes to a file, not a pipe: a pipe nobody reads while the
// load runs fills up, and the server then blocks writing its log.
bool ServerProcess::start(int timeoutMs)
{
    const QString dataDir = m_environment.value(u"ERP_SERVER_DATA_DIR"_s);
    QDir().mkpath(dataDir);
    m_logFile = dataDir + u"/../server-"_s + QString::number(m_port) + u".log"_s;
    QFile log(m_logFile);
    const qint64 from = log.exists() ? log.size() : 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
    m_process->start(m_binary, {u"serve"_s});
    if (!m_process->waitForStarted(30'000))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForFinished(100);
        QString text;
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(from);
            text = QString::fromUtf8(log.readAll());
            log.close();
        }
        // The ready line comes after the listening line.
        if (text.contains(u"listening on https://"_s) && text.contains(u"Press Ctrl+C"_s))
            return true;
    }
    return false;
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return false;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    const bool finished = m_process->waitForFinished(timeoutMs);
    return finished && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(30'000);
}

bool ServerProcess::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }
qint64 ServerProcess::pid() const { return m_process ? m_process->processId() : 0; }

QString ServerProcess::output()
{
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    // The end is what explains a failure.
    const qint64 tail = 20'000;
    if (log.size() > tail)
        log.seek(log.size() - tail);
    return QString::fromUtf8(log.readAll());
}

CreateLoad::CreateLoad(Settings settings) : m_settings(std::move(settings)) {}

CreateLoad::~CreateLoad() { stop(); }

void CreateLoad::start()
{
    m_stopping = false;
    m_clock.start();
    for (int i = 0; i < m_settings.threads; ++i)
        m_threads.emplace_back([this, i] { runThread(i); });
}

void CreateLoad::stop()
{
    m_stopping = true;
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

bool CreateLoad::waitForAcknowledged(qint64 n, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_acknowledgedCount.load() < n) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

std::vector<CreateLoad::Acknowledged> CreateLoad::acknowledged() const
{
    QMutexLocker lock(&m_mutex);
    return m_acknowledged;
}

CreateLoad::Figures CreateLoad::figures() const
{
    QMutexLocker lock(&m_mutex);
    return m_figures;
}

namespace {

bool retryable(int status) { return status == 0 || status == 502 || status == 503 || status == 504; }

} // namespace

void CreateLoad::runThread(int index)
{
    TlsTestClient client(m_settings.certificate, m_settings.requestTimeoutMs);
    client.setBearerToken(m_settings.bearerToken);

    // One operation: the same request until it is answered with something
    // other than a retryable outcome, or the operation's time is up.
    auto perform = [&](const QByteArray &method, const QByteArray &path, const TlsTestClient::Headers &headers,
                       const QByteArray &body, TlsTestClient::Response *out) {
        QDeadlineTimer deadline(m_settings.operationTimeoutMs);
        QElapsedTimer sinceFirstFailure;
        qint64 requests = 0;
        qint64 retries = 0;
        bool ok = false;
        int lastStatus = 0;
        for (;;) {
            if (!client.isConnected() && !client.connectToServer(m_settings.port)) {
                lastStatus = 0;
            } else {
                ++requests;
                *out = client.request(method, path, headers, body);
                lastStatus = out->status;
                if (!retryable(out->status)) {
                    ok = true;
                    break;
                }
            }
            client.disconnectFromServer();
            if (!sinceFirstFailure.isValid())
                sinceFirstFailure.start();
            if (deadline.hasExpired())
                break;
            ++retries;
            QThread::msleep(100);
        }
        QMutexLocker lock(&m_mutex);
        ++m_figures.operations;
        m_figures.requests += requests;
        m_figures.retries += retries;
        if (ok && sinceFirstFailure.isValid())
            m_figures.longestRetryMs = std::max(m_figures.longestRetryMs, sinceFirstFailure.elapsed());
        if (!ok) {
            ++m_figures.failures;
            m_figures.failureDetails << u"%1 %2: no answer a retry could complete (last status %3)"_s.arg(
                QString::fromUtf8(method), QString::fromUtf8(path), QString::number(lastStatus));
        }
        return ok;
    };

    auto fail = [&](const QString &detail) {
        QMutexLocker lock(&m_mutex);
        ++m_figures.failures;
        m_figures.failureDetails << detail;
    };

    for (int n = 0; !m_stopping.load(); ++n) {
        if (m_settings.reconnectEvery > 0 && n % m_settings.reconnectEvery == 0)
            client.disconnectFromServer();
        const QString name = u"%1-%2-%3"_s.arg(m_settings.prefix).arg(index).arg(n);
        const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact);
        const TlsTestClient::Headers headers{{"Content-Type", "application/json"},
                                             {"Idempotency-Key", "load-" + name.toUtf8()}};
        TlsTestClient::Response created;
        if (!perform("POST", "/api/v1/accounts", headers, body, &created))
            continue;
        const qint64 id = created.json().value(u"id"_s).toInteger();
        if (created.status != 201 || id <= 0 || created.header("Location").isEmpty()) {
            fail(u"create %1 answered %2: %3"_s.arg(name).arg(created.status).arg(QString::fromUtf8(created.body)));
            continue;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_acknowledged.push_back({name, id, m_clock.elapsed()});
            if (created.header("Idempotent-Replayed") == "true")
                ++m_figures.replays;
        }
        ++m_acknowledgedCount;

        TlsTestClient::Response read;
        if (!perform("GET", created.header("Location"), {}, {}, &read))
            continue;
        if (read.status != 200 || read.json().value(u"name"_s).toString() != name)
            fail(u"reading %1 back answered %2: %3"_s.arg(name).arg(read.status).arg(QString::fromUtf8(read.body)));
    }
}

} // namespace erp::test
