#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/http/RequestParser.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <memory>

class QSocketNotifier;
class QSslSocket;
class QTimer;

namespace erp::server {

struct HttpServerContext;
class HttpWorkerMailbox;

// One client connection, living in (and only touched from) its I/O thread.
// Reads and frames requests, dispatches them, and writes the responses back
// strictly in request order even when the handler finishes them out of order.
// Everything that arrives from other threads (responses, stream chunks) comes
// through the worker's mailbox by connection id, so nothing ever holds a raw
// pointer to a connection that may already be gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(quint64 id, std::shared_ptr<HttpServerContext> context, std::shared_ptr<HttpWorkerMailbox> mailbox,
                   QObject *parent);
    ~HttpConnection() override;

    // Takes over an accepted socket and starts the TLS handshake.
    bool start(qintptr socketDescriptor);
    // Server shutdown: answer what is in flight, then close; idle ones close now.
    void beginDrain();

    void deliverResponse(quint64 sequence, HttpResponse response);
    void deliverChunk(const QByteArray &chunk, bool failed);
    // The idle timeout shrank (the server is filling up): apply it now.
    void refreshIdleTimeout();

private:
    enum class State { Handshake, Open, Closing, Closed };
    enum class TimerPhase { None, Handshake, FirstRequest, Idle, Headers, Body, Closing };
    struct Pending
    {
        quint64 sequence = 0;
        QByteArray requestId;
        bool head = false;
        bool keepAlive = true;
        bool done = false;
        HttpResponse response;
    };

    void onEncrypted();
    void onReadyRead();
    void onBytesWritten();
    void onEncryptedBytesWritten();
    void onWriteTimeout();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();

    // Connections from a configured proxy: their PROXY header, read from the
    // descriptor before the socket adopts it.
    void readProxyHeader();
    // Hands the descriptor to the socket and starts the TLS handshake.
    bool adoptSocket(qintptr socketDescriptor, bool proxied);
    // Counts this connection against its client address; false (and closed) over the cap.
    bool reserveAddress();
    void readRequests();
    void discardInput();
    void dispatch(HttpRequest request);
    void rejectFraming();
    void writeReadyResponses();
    void writeResponseHead(const Pending &pending, bool close);
    void maybeSendContinue();
    void schedulePull();
    void updateTimer();
    void startClosing();
    void closeNow();
    qint64 unsentBytes() const;
    // True while more response bytes wait than the per-connection cap allows:
    // no further requests are read and no further responses written.
    bool outputBlocked();
    // Brings the server-wide unsent count and the write timer up to date.
    void accountUnsent();

    const quint64 m_id;
    std::shared_ptr<HttpServerContext> m_context;
    std::shared_ptr<HttpWorkerMailbox> m_mailbox;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_writeTimer = nullptr; // runs while response bytes wait; restarted on progress
    RequestParser m_parser;
    QByteArray m_inBuffer;
    QHostAddress m_peer;
    QByteArray m_addressKey; // set while this connection counts against its address
    qintptr m_proxyDescriptor = -1; // waiting for its PROXY header, not adopted yet
    QSocketNotifier *m_proxyNotifier = nullptr;
    std::deque<Pending> m_pending;
    quint64 m_nextSequence = 0;
    int m_requestsSeen = 0;
    State m_state = State::Handshake;
    bool m_readClosed = false; // no further requests are read from this connection
    bool m_draining = false;
    bool m_continuePending = false;
    qint64 m_discarded = 0;
    qint64 m_accountedUnsent = 0;
    bool m_outputWasBlocked = false;
    TimerPhase m_timerPhase = TimerPhase::None;
    QElapsedTimer m_phaseClock;

    // The streamed response being written, if any; later responses wait for it.
    std::shared_ptr<BodyChunkSource> m_stream;
    bool m_streamHead = false;
    bool m_closeAfterStream = false;
    bool m_pullInFlight = false;
};

} // namespace erp::server
