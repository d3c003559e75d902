#include "tests/bench/EventDrivenLoad.h"

#include "tests/support/TestCertificate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace erp::test {
namespace {

// Reads responses off the front of a connection's buffer. The head is
// parsed once per response and the buffer keeps its memory, so a large
// answer arriving in several pieces costs one copy into the buffer and one
// into the body: the load generator shares the benchmark's two cores with
// the server, and what it spends the server does not get.
class ResponseReader
{
public:
    // One complete response off the front of `buffer`; false while it is not
    // all there yet. Content-Length and chunked bodies (what the server sends).
    bool take(QByteArray &buffer, TlsTestClient::Response *r)
    {
        if (m_bodyStart < 0 && !readHead(buffer))
            return false;
        qsizetype at = m_bodyStart;
        if (m_head.chunked) {
            m_head.body.clear();
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    return false;
                const qsizetype size
                    = buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(nullptr, 16);
                at = lineEnd + 2;
                if (size == 0) {
                    const qsizetype trailerEnd = buffer.indexOf("\r\n", at); // no trailers are sent
                    if (trailerEnd < 0)
                        return false;
                    at = trailerEnd + 2;
                    break;
                }
                if (buffer.size() < at + size + 2)
                    return false;
                m_head.body += QByteArrayView(buffer).sliced(at, size);
                at += size + 2;
            }
        } else {
            if (buffer.size() < at + m_contentLength)
                return false;
            m_head.body = buffer.sliced(at, m_contentLength);
            at += m_contentLength;
        }
        if (at == buffer.size())
            buffer.resize(0); // keeps the buffer's memory for the next answer
        else
            buffer.remove(0, at);
        *r = std::move(m_head);
        m_head = {};
        m_bodyStart = -1;
        return true;
    }

private:
    bool readHead(const QByteArray &buffer)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        m_head = TlsTestClient::parseHead(QByteArrayView(buffer).first(headEnd));
        m_head.chunked = m_head.header("transfer-encoding").toLower().contains("chunked");
        m_contentLength = m_head.header("content-length").toLongLong();
        m_bodyStart = headEnd + 4;
        return true;
    }

    TlsTestClient::Response m_head;
    qsizetype m_bodyStart = -1;
    qsizetype m_contentLength = 0;
};

// One keep-alive connection running operations back to back until `stopAt`.
class Connection
{
public:
    Connection(int index, quint16 port, QByteArray token, const LoadSteps &steps, const QElapsedTimer &clock,
               qint64 stopAtMs, LoadResult &result)
        : m_steps(steps)
        , m_token(std::move(token))
        , m_clock(clock)
        , m_stopAtMs(stopAtMs)
        , m_result(result)
        , m_next(index * 7919)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({TestCertificate::instance().certificate()});
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(ssl);
        QObject::connect(&m_socket, &QSslSocket::encrypted, [this] { begin(); });
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QSslSocket::errorOccurred, [this] {
            ++m_result.errors;
            m_done = true;
        });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
    }
    bool isDone() const { return m_done; }

private:
    void begin()
    {
        if (m_clock.elapsed() >= m_stopAtMs) {
            m_done = true;
            return;
        }
        m_operation = m_next++;
        m_step = 0;
        m_failed = false;
        m_started = m_clock.nsecsElapsed();
        proceed(nullptr);
    }

    void proceed(const TlsTestClient::Response *previous)
    {
        const std::optional<LoadRequest> request = m_steps(m_operation, m_step++, previous, &m_failed);
        if (request) {
            send(*request);
            return;
        }
        m_result.latenciesMs << (m_clock.nsecsElapsed() - m_started) / 1e6;
        ++m_result.requests;
        if (m_failed)
            ++m_result.errors;
        begin();
    }

    void send(const LoadRequest &request)
    {
        QByteArray out = request.method + ' ' + request.path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + m_token + "\r\n";
        for (const auto &h : request.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (request.method != "GET")
            out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
        out += "\r\n" + request.body;
        m_socket.write(out);
    }

    void read()
    {
        // Straight into the buffer (readAll would make a copy first).
        const qsizetype old = m_buffer.size();
        const qint64 available = m_socket.bytesAvailable();
        m_buffer.resize(old + qsizetype(available));
        const qint64 got = m_socket.read(m_buffer.data() + old, available);
        m_buffer.resize(old + qsizetype(qMax<qint64>(0, got)));
        TlsTestClient::Response response;
        if (m_reader.take(m_buffer, &response))
            proceed(&response);
    }

    const LoadSteps &m_steps;
    QByteArray m_token;
    const QElapsedTimer &m_clock;
    qint64 m_stopAtMs;
    LoadResult &m_result;
    QSslSocket m_socket;
    QByteArray m_buffer;
    ResponseReader m_reader;
    int m_next;
    int m_operation = 0;
    int m_step = 0;
    bool m_failed = false;
    bool m_done = false;
    qint64 m_started = 0;
};

} // namespace

LoadResult measureLoadEventDriven(quint16 port, int clients, int threads, int seconds,
                                  const QList<QByteArray> &bearerTokens, const LoadSteps &steps)
{
    threads = qBound(1, threads, clients);
    QList<LoadResult> perThread(threads);
    QList<QThread *> workers;
    QElapsedTimer clock;
    clock.start();
    const qint64 stopAtMs = seconds * 1000;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            std::vector<std::unique_ptr<Connection>> connections;
            for (int c = t; c < clients; c += threads)
                connections.push_back(std::make_unique<Connection>(c, port, bearerTokens.at(c % bearerTokens.size()),
                                                                   steps, clock, stopAtMs, perThread[t]));
            QEventLoop loop;
            QTimer check;
            QObject::connect(&check, &QTimer::timeout, [&] {
                if (std::all_of(connections.begin(), connections.end(), [](const auto &c) { return c->isDone(); }))
                    loop.quit();
            });
            check.start(50);
            loop.exec();
        });
        workers.last()->start();
    }
    return finishLoad(workers, perThread, clock);
}

} // namespace erp::test
