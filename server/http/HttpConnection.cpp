#include "server/http/HttpConnection.h"

#include "server/http/HttpIoWorker.h"
#include "server/http/HttpLogging.h"
#include "server/http/HttpServerContext.h"
#include "server/http/ProxyProtocol.h"
#include "server/http/RequestHandler.h"

#include <QDateTime>
#include <QLocale>
#include <QSslConfiguration>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <atomic>

namespace erp::server {

namespace {

// Read at most this much per step: with QSslSocket's read buffer capped to the
// same size, a paused connection leaves further bytes in the kernel (TCP flow
// control does the backpressure for us).
constexpr qint64 ReadChunkBytes = 64 * 1024;
// A streamed body is not pulled further while this much is still unsent.
constexpr qint64 StreamHighWaterBytes = 256 * 1024;
// How long a closing connection may take to flush its last response.
constexpr int CloseGraceMs = 5'000;
// After an error response we still swallow a little input so the close is a
// FIN rather than an RST (an RST can destroy the response in the client's
// receive buffer), but never a whole oversized upload.
constexpr qint64 MaxDiscardBytes = 1024 * 1024;

bool isValidRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray requestIdFrom(const QByteArray &clientValue)
{
    if (isValidRequestId(clientValue))
        return clientValue;
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QString titleForStatus(int status)
{
    switch (status) {
    case 413:
        return QStringLiteral("Payload too large");
    case 414:
        return QStringLiteral("URI too long");
    case 431:
        return QStringLiteral("Request headers too large");
    case 500:
        return QStringLiteral("Internal server error");
    default:
        return QStringLiteral("Bad request");
    }
}

// Headers the transport owns; a handler's values for them are ignored so a
// response can never carry two conflicting lengths.
bool isTransportHeader(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("connection", Qt::CaseInsensitive) == 0 || name.compare("date", Qt::CaseInsensitive) == 0
        || name.compare("x-request-id", Qt::CaseInsensitive) == 0;
}

bool isSafeHeaderText(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

// Shared by all copies of one request's ResponseCallback: guarantees a single
// delivery and turns a dropped callback into a 500 instead of a connection
// that waits forever.
struct ResponseSlot
{
    ResponseSlot(std::shared_ptr<HttpWorkerMailbox> mailbox, quint64 connection, quint64 sequence)
        : m_mailbox(std::move(mailbox))
        , m_connection(connection)
        , m_sequence(sequence)
    {
    }
    ~ResponseSlot()
    {
        if (!m_done.load()) {
            qCWarning(lcHttp) << "a request handler dropped its response callback; answering 500";
            respond(
                HttpResponse::problem(500, QStringLiteral("internal_error"), QStringLiteral("Internal server error")));
        }
    }
    void respond(HttpResponse response)
    {
        if (m_done.exchange(true)) {
            qCWarning(lcHttp) << "a response was delivered twice for one request; ignored";
            return;
        }
        const quint64 sequence = m_sequence;
        m_mailbox->post(m_connection, [sequence, response = std::move(response)](HttpConnection *c) {
            c->deliverResponse(sequence, response);
        });
    }

    std::shared_ptr<HttpWorkerMailbox> m_mailbox;
    quint64 m_connection;
    quint64 m_sequence;
    std::atomic<bool> m_done {false};
};

} // namespace

HttpConnection::HttpConnection(quint64 id, std::shared_ptr<HttpServerContext> context,
                               std::shared_ptr<HttpWorkerMailbox> mailbox, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_context(std::move(context))
    , m_mailbox(std::move(mailbox))
    , m_parser(RequestParser::Limits {m_context->config.maxHeaderBytes, m_context->config.maxUrlBytes,
                                      m_context->config.maxBodyBytes})
{
}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        // The socket is our child and dies after this body; its last signals
        // must not reach a half-destroyed connection.
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_context->noteUnsent(-m_accountedUnsent, 0);
    if (!m_addressKey.isNull())
        m_context->releaseAddress(m_addressKey);
    m_context->releaseConnection();
}

bool HttpConnection::start(qintptr socketDescriptor)
{
    m_socket = new QSslSocket(this);
    QSslConfiguration ssl = m_context->sslConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_socket->setSslConfiguration(ssl);
    m_socket->setReadBufferSize(ReadChunkBytes);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_writeTimer = new QTimer(this);
    m_writeTimer->setSingleShot(true);
    m_writeTimer->setInterval(m_context->config.writeTimeoutMs);
    connect(m_writeTimer, &QTimer::timeout, this, &HttpConnection::onWriteTimeout);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    // Only the encrypted side counts: QSslSocket emits bytesWritten() while
    // the freshly encrypted bytes still sit inside OpenSSL, where neither
    // bytesToWrite() nor encryptedBytesToWrite() sees them, so a decision
    // taken then would undercount what is queued.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onEncryptedBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::closeNow);
    m_timerPhase = TimerPhase::Handshake;
    m_timer->start(m_context->config.handshakeTimeoutMs);

    const QHostAddress peer = ProxyProtocol::peerAddress(socketDescriptor);
    if (!m_context->config.proxyProtocolFrom.isEmpty()
        && ProxyProtocol::isTrusted(peer, m_context->config.proxyProtocolFrom)) {
        // The PROXY header is read from the descriptor itself, before Qt
        // adopts it: exactly the header's bytes, so the TLS bytes behind it
        // are still there for the handshake.
        m_peer = peer;
        m_proxyDescriptor = socketDescriptor;
        m_proxyNotifier = new QSocketNotifier(socketDescriptor, QSocketNotifier::Read, this);
        connect(m_proxyNotifier, &QSocketNotifier::activated, this, &HttpConnection::readProxyHeader);
        return true;
    }
    return adoptSocket(socketDescriptor, false);
}

bool HttpConnection::adoptSocket(qintptr socketDescriptor, bool proxied)
{
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot adopt socket" << m_socket->errorString();
        return false;
    }
    if (!proxied)
        m_peer = m_socket->peerAddress();
    if (!reserveAddress())
        return true; // the socket owns the descriptor now; it closed it
    m_socket->startServerEncryption();
    return true;
}

bool HttpConnection::reserveAddress()
{
    const QByteArray key = HttpServerContext::addressKey(m_peer);
    if (!m_context->tryReserveAddress(key)) {
        qCWarning(lcHttp) << "per-address connection limit reached for" << m_peer.toString()
                          << "; closing a new connection";
        closeNow();
        return false;
    }
    m_addressKey = key;
    return true;
}

void HttpConnection::readProxyHeader()
{
    if (m_proxyDescriptor < 0 || m_state != State::Handshake)
        return;
    QHostAddress source;
    qsizetype headerBytes = 0;
    bool closed = false;
    const ProxyProtocol::Result result = ProxyProtocol::peekHeader(m_proxyDescriptor, &source, &headerBytes, &closed);
    if (closed) {
        closeNow();
        return;
    }
    if (result == ProxyProtocol::Result::NeedMore) {
        // The bytes stay in the socket (peeked), so the notifier would fire
        // again at once: look again a little later instead of spinning.
        m_proxyNotifier->setEnabled(false);
        QTimer::singleShot(20, this, [this] {
            if (m_proxyNotifier)
                m_proxyNotifier->setEnabled(true);
        });
        return;
    }
    if (result == ProxyProtocol::Result::Invalid
        || !ProxyProtocol::consumeHeader(m_proxyDescriptor, headerBytes)) {
        qCWarning(lcHttp) << "connection from the proxy" << m_peer.toString()
                          << "without a valid PROXY protocol header; closing it";
        closeNow();
        return;
    }
    delete m_proxyNotifier;
    m_proxyNotifier = nullptr;
    const qintptr descriptor = m_proxyDescriptor;
    m_proxyDescriptor = -1;
    if (result == ProxyProtocol::Result::Proxied)
        m_peer = source;
    if (!adoptSocket(descriptor, true)) {
        ProxyProtocol::closeDescriptor(descriptor);
        closeNow();
    }
}

void HttpConnection::beginDrain()
{
    m_draining = true;
    if (m_state == State::Handshake) {
        closeNow();
        return;
    }
    if (m_state != State::Open)
        return;
    m_readClosed = true;
    // A partly received request is not "in flight": nobody is working on it.
    if (m_pending.empty() && !m_stream)
        startClosing();
    else
        updateTimer();
}

void HttpConnection::onEncrypted()
{
    if (m_state != State::Handshake)
        return;
    m_state = State::Open;
    if (m_draining || m_context->draining.load()) {
        startClosing();
        return;
    }
    updateTimer();
    readRequests(); // the client may have sent its request with the handshake's last flight
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Open && !m_readClosed)
        readRequests();
    else if (m_state != State::Handshake)
        discardInput();
}

void HttpConnection::discardInput()
{
    while (m_discarded < MaxDiscardBytes && m_socket->bytesAvailable() > 0) {
        const QByteArray dropped = m_socket->read(ReadChunkBytes);
        if (dropped.isEmpty())
            break;
        m_discarded += dropped.size();
    }
}

void HttpConnection::readRequests()
{
    const auto maxPipelined = size_t(qMax(1, m_context->config.maxPipelinedRequests));
    while (m_state == State::Open && !m_readClosed && m_pending.size() < maxPipelined && !outputBlocked()) {
        if (m_inBuffer.isEmpty()) {
            m_inBuffer = m_socket->read(ReadChunkBytes);
            if (m_inBuffer.isEmpty())
                break;
        }
        const qsizetype consumed = m_parser.parse(m_inBuffer.constData(), m_inBuffer.size());
        m_inBuffer.remove(0, consumed);
        if (m_parser.takeContinueExpected())
            m_continuePending = true;
        if (m_parser.hasError()) {
            rejectFraming();
            return;
        }
        while (m_parser.hasRequest())
            dispatch(m_parser.takeRequest());
        if (m_parser.isUpgraded())
            m_readClosed = true; // upgrades are not served here yet; the request says close
        if (consumed == 0)
            break;
    }
    maybeSendContinue();
    updateTimer();
}

void HttpConnection::dispatch(HttpRequest request)
{
    ++m_requestsSeen;
    request.remoteAddress = m_peer;
    request.requestId = requestIdFrom(request.header("x-request-id"));

    Pending pending;
    pending.sequence = m_nextSequence++;
    pending.requestId = request.requestId;
    pending.head = request.method == "HEAD";
    pending.keepAlive = request.keepAlive;
    m_pending.push_back(pending);
    if (!request.keepAlive)
        m_readClosed = true;

    auto slot = std::make_shared<ResponseSlot>(m_mailbox, m_id, pending.sequence);
    ResponseCallback respond = [slot](HttpResponse response) { slot->respond(std::move(response)); };
    RequestHandler *handler = m_context->handler;
    if (!handler) {
        slot->respond(HttpResponse::problem(503, QStringLiteral("not_ready"), QStringLiteral("Service unavailable")));
        return;
    }
    try {
        handler->handle(std::move(request), std::move(respond));
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "request handler threw" << e.what();
        slot->respond(HttpResponse::problem(500, QStringLiteral("internal_error"), titleForStatus(500)));
    } catch (...) {
        qCWarning(lcHttp) << "request handler threw a non-standard exception";
        slot->respond(HttpResponse::problem(500, QStringLiteral("internal_error"), titleForStatus(500)));
    }
}

void HttpConnection::rejectFraming()
{
    const int status = m_parser.errorStatus();
    qCInfo(lcHttp) << "rejecting request from" << m_peer.toString() << status << m_parser.errorDetail();
    Pending pending;
    pending.sequence = m_nextSequence++;
    pending.requestId = requestIdFrom(m_parser.partialHeader("x-request-id"));
    pending.keepAlive = false;
    pending.done = true;
    pending.response
        = HttpResponse::problem(status, m_parser.errorCode(), titleForStatus(status), m_parser.errorDetail());
    pending.response.closeConnection = true;
    m_pending.push_back(std::move(pending));
    m_readClosed = true;
    m_inBuffer.clear();
    m_continuePending = false;
    writeReadyResponses();
}

void HttpConnection::deliverResponse(quint64 sequence, HttpResponse response)
{
    if (m_state == State::Closed)
        return;
    for (Pending &p : m_pending) {
        if (p.sequence == sequence) {
            p.response = std::move(response);
            p.done = true;
            break;
        }
    }
    writeReadyResponses();
}

void HttpConnection::writeReadyResponses()
{
    if (m_state != State::Open)
        return;
    while (!m_pending.empty() && m_pending.front().done && !m_stream && !outputBlocked()) {
        Pending p = std::move(m_pending.front());
        m_pending.pop_front();
        const bool close = !p.keepAlive || p.response.closeConnection || (m_draining && m_pending.empty());
        writeResponseHead(p, close);
        if (p.response.stream && !p.head) {
            m_stream = p.response.stream;
            m_closeAfterStream = close;
            schedulePull();
            return;
        }
        if (close) {
            startClosing();
            return;
        }
    }
    if (m_pending.empty() && !m_stream) {
        if (m_draining) {
            startClosing();
            return;
        }
        maybeSendContinue();
    }
    // Reading may have paused at maxPipelinedRequests; a slot is free now.
    if (!m_readClosed)
        readRequests();
    else
        updateTimer();
}

void HttpConnection::writeResponseHead(const Pending &pending, bool close)
{
    const HttpResponse &r = pending.response;
    const bool bodyless = r.status < 200 || r.status == 204 || r.status == 304;
    QByteArray out;
    out.reserve(256 + (pending.head ? 0 : r.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + HttpResponse::reasonPhrase(r.status) + "\r\n";
    for (const auto &h : r.headers) {
        if (isTransportHeader(h.first))
            continue;
        if (!isSafeHeaderText(h.first) || !isSafeHeaderText(h.second) || h.first.isEmpty()) {
            // Never let a value from the database split the response.
            qCWarning(lcHttp) << "dropping unsafe response header" << h.first;
            continue;
        }
        out += h.first + ": " + h.second + "\r\n";
    }
    // API responses are per user and often confidential: no cache may keep
    // them (a handler may allow it explicitly), and no browser may guess a
    // content type other than the declared one.
    if (r.header("Cache-Control").isEmpty())
        out += QByteArrayLiteral("Cache-Control: no-store\r\n");
    if (r.header("X-Content-Type-Options").isEmpty())
        out += QByteArrayLiteral("X-Content-Type-Options: nosniff\r\n");
    out += "Date: " + httpDate() + "\r\n";
    out += "X-Request-ID: " + pending.requestId + "\r\n";
    out += close ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    if (!bodyless) {
        if (r.stream)
            out += QByteArrayLiteral("Transfer-Encoding: chunked\r\n");
        else
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    out += "\r\n";
    if (!pending.head && !bodyless && !r.stream)
        out += r.body;
    m_socket->write(out);
    accountUnsent();
}

void HttpConnection::maybeSendContinue()
{
    // The interim response belongs to the request being received, so it may
    // only go out once every earlier response has been written.
    if (!m_continuePending || !m_pending.empty() || m_stream || m_state != State::Open)
        return;
    m_continuePending = false;
    if (m_parser.phase() == RequestParser::Phase::Body) {
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        accountUnsent();
    }
}

qint64 HttpConnection::unsentBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool HttpConnection::outputBlocked()
{
    if (unsentBytes() <= m_context->config.maxUnsentBytes)
        return false;
    m_outputWasBlocked = true; // onBytesWritten resumes once the client catches up
    return true;
}

void HttpConnection::accountUnsent()
{
    const qint64 now = unsentBytes();
    m_context->noteUnsent(now - m_accountedUnsent, now);
    m_accountedUnsent = now;
    if (now == 0)
        m_writeTimer->stop();
    else if (!m_writeTimer->isActive())
        m_writeTimer->start();
}

void HttpConnection::schedulePull()
{
    if (!m_stream || m_pullInFlight || m_state != State::Open)
        return;
    if (unsentBytes() > StreamHighWaterBytes)
        return; // resumed from onBytesWritten once the client has caught up
    m_pullInFlight = true;
    const std::shared_ptr<BodyChunkSource> source = m_stream;
    const std::shared_ptr<HttpWorkerMailbox> mailbox = m_mailbox;
    const quint64 id = m_id;
    // The source may block (a database cursor), so it never runs on the I/O thread.
    m_context->streamPool->start([source, mailbox, id] {
        QByteArray chunk;
        bool failed = false;
        try {
            chunk = (*source)();
        } catch (const std::exception &e) {
            qCWarning(lcHttp) << "streamed body source threw" << e.what();
            failed = true;
        } catch (...) {
            failed = true;
        }
        mailbox->post(id, [chunk, failed](HttpConnection *c) { c->deliverChunk(chunk, failed); });
    });
}

void HttpConnection::deliverChunk(const QByteArray &chunk, bool failed)
{
    m_pullInFlight = false;
    if (m_state != State::Open || !m_stream)
        return;
    if (failed) {
        // Without the terminating chunk the client knows the body is incomplete.
        closeNow();
        return;
    }
    if (chunk.isEmpty()) {
        m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
        accountUnsent();
        m_stream.reset();
        if (m_closeAfterStream) {
            startClosing();
            return;
        }
        writeReadyResponses();
        return;
    }
    m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    accountUnsent();
    schedulePull();
}

void HttpConnection::onBytesWritten()
{
    if (m_state == State::Closed || m_state == State::Handshake)
        return; // handshake bytes are not response bytes
    accountUnsent();
    if (m_state != State::Open)
        return;
    if (m_stream) {
        schedulePull();
        return;
    }
    if (m_outputWasBlocked && unsentBytes() <= m_context->config.maxUnsentBytes) {
        m_outputWasBlocked = false;
        writeReadyResponses(); // also resumes reading requests
    } else if (m_accountedUnsent == 0) {
        updateTimer(); // everything is out: the idle clock may start
    }
}

void HttpConnection::onEncryptedBytesWritten()
{
    // The kernel took bytes, so the client is reading: a fresh write deadline.
    if (m_state != State::Closed && m_state != State::Handshake && m_writeTimer->isActive())
        m_writeTimer->start();
    onBytesWritten();
}

void HttpConnection::onWriteTimeout()
{
    if (m_state == State::Closed)
        return;
    qCInfo(lcHttp) << "client" << m_peer.toString() << "took no response bytes for" << m_context->config.writeTimeoutMs
                   << "ms with" << unsentBytes() << "waiting; closing";
    closeNow();
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Handshake)
        qCDebug(lcHttp) << "TLS handshake with" << m_peer.toString() << "failed:" << m_socket->errorString();
    else if (error != QAbstractSocket::RemoteHostClosedError)
        qCDebug(lcHttp) << "connection error" << m_socket->errorString();
    closeNow();
}

void HttpConnection::updateTimer()
{
    if (m_state != State::Open)
        return; // handshake and closing run their own fixed timers
    TimerPhase phase = TimerPhase::None;
    switch (m_parser.phase()) {
    case RequestParser::Phase::Headers:
        phase = TimerPhase::Headers;
        break;
    case RequestParser::Phase::Body:
        phase = TimerPhase::Body;
        break;
    default:
        // Not idle while a response is still on its way out: the write
        // timeout watches that.
        if (m_pending.empty() && !m_stream && m_accountedUnsent == 0)
            phase = m_requestsSeen == 0 ? TimerPhase::FirstRequest : TimerPhase::Idle;
        break;
    }
    // A deadline runs from the start of its phase and is not extended by
    // further bytes: that is what stops a slow-drip client.
    if (phase != m_timerPhase) {
        m_timerPhase = phase;
        m_phaseClock.start();
    }
    int limit = 0;
    switch (phase) {
    case TimerPhase::Headers:
    case TimerPhase::FirstRequest:
        limit = m_context->config.headerTimeoutMs;
        break;
    case TimerPhase::Body:
        limit = m_context->config.bodyTimeoutMs;
        break;
    case TimerPhase::Idle:
        limit = m_context->idleTimeoutNow();
        break;
    default:
        m_timer->stop();
        return;
    }
    m_timer->start(int(qMax<qint64>(0, limit - m_phaseClock.elapsed())));
}

void HttpConnection::refreshIdleTimeout()
{
    if (m_timerPhase == TimerPhase::Idle)
        updateTimer();
}

void HttpConnection::onTimeout()
{
    switch (m_timerPhase) {
    case TimerPhase::Handshake:
        qCDebug(lcHttp) << "TLS handshake timeout" << m_peer.toString();
        break;
    case TimerPhase::Headers:
    case TimerPhase::Body:
        qCInfo(lcHttp) << "request read timeout" << m_peer.toString();
        break;
    default:
        break;
    }
    closeNow();
}

void HttpConnection::startClosing()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_readClosed = true;
    m_timerPhase = TimerPhase::Closing;
    m_timer->start(CloseGraceMs);
    discardInput();
    // Flushes what is queued, sends close_notify, then closes; `disconnected`
    // finishes the job in closeNow().
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        closeNow();
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_timer)
        m_timer->stop();
    if (m_writeTimer)
        m_writeTimer->stop();
    m_stream.reset();
    m_pending.clear();
    if (m_proxyDescriptor >= 0) {
        // Still waiting for the PROXY header: Qt never adopted the descriptor.
        delete m_proxyNotifier;
        m_proxyNotifier = nullptr;
        ProxyProtocol::closeDescriptor(m_proxyDescriptor);
        m_proxyDescriptor = -1;
    }
    m_socket->abort();
    deleteLater();
}

} // namespace erp::server
