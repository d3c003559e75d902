#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>

namespace erp::server {

// Frames HTTP/1.1 requests out of a byte stream with http-parser and enforces
// the size limits. It knows nothing about sockets, so the framing rules can be
// tested and fuzzed byte by byte; the connection only decides what to do with
// the result (dispatch, answer an error, time out a phase).
class RequestParser
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxUrlBytes = 8 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    // Where in a request the stream is; the connection times each phase.
    enum class Phase { Idle, Headers, Body, Error };

    explicit RequestParser(Limits limits);
    RequestParser();
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    // Consumes bytes up to and including the end of at most one request and
    // returns how many it consumed, so the caller can stop between pipelined
    // requests (backpressure) and keep the rest for later. Returns 0 after an
    // error or an upgrade.
    qsizetype parse(const char *data, qsizetype size);

    // Convenience for tests and the fuzzer: consumes everything it can.
    // Returns false once a framing error has occurred.
    bool feed(const QByteArray &bytes);

    bool hasRequest() const { return !m_ready.empty(); }
    HttpRequest takeRequest();
    qsizetype readyCount() const { return qsizetype(m_ready.size()); }

    Phase phase() const { return m_phase; }
    bool hasError() const { return m_phase == Phase::Error; }
    // HTTP status to answer a framing error with (400, 413, 414, 431).
    int errorStatus() const { return m_errorStatus; }
    // Stable machine code for the problem+json body, e.g. "payload_too_large".
    QString errorCode() const;
    QString errorDetail() const { return m_errorDetail; }

    // True once after the headers of a request that sent `Expect: 100-continue`
    // and still has a body to send: the connection should send 100 Continue.
    bool takeContinueExpected();

    // A header of the request being parsed (complete headers only); lets a
    // transport error still echo the client's X-Request-ID.
    QByteArray partialHeader(const QByteArray &lowerName) const;

    // The stream switched protocols (Upgrade / CONNECT); nothing more is HTTP.
    bool isUpgraded() const { return m_upgraded; }

    static QString codeForStatus(int status);

private:
    struct Callbacks;
    friend struct Callbacks;

    void reset();
    void fail(int status, const QString &detail);
    int onMessageBegin();
    int onUrl(const char *at, size_t length);
    int onHeaderField(const char *at, size_t length);
    int onHeaderValue(const char *at, size_t length);
    int onHeadersComplete();
    int onBody(const char *at, size_t length);
    int onChunkHeader();
    int onMessageComplete();
    bool finishHeaderLine();
    qsizetype scanHeaderLines(const char *data, qsizetype size);
    qsizetype execute(const char *data, qsizetype size);

    Limits m_limits;
    struct ParserState;
    std::unique_ptr<ParserState> m_state; // keeps <http_parser.h> out of this header

    Phase m_phase = Phase::Idle;
    HttpRequest m_current;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    qint64 m_headerBytes = 0;
    int m_contentLengthHeaders = 0;
    int m_transferEncodingHeaders = 0;
    int m_hostHeaders = 0;
    bool m_keepAlive = true;
    bool m_continueExpected = false;
    bool m_upgraded = false;
    // Our own look at the raw header bytes, because http-parser tolerates
    // line endings and folded lines that a proxy in front of us may read
    // differently (request smuggling). Start: before the request line (empty
    // lines are skipped); Lines: within the header section; Body: after it,
    // until the message completes.
    enum class LineScan { Start, Lines, Body };
    LineScan m_scan = LineScan::Start;
    bool m_scanAfterCr = false;
    qint64 m_scanLineLength = 0;
    QString m_scanError;
    bool m_scanRequestLine = true;
    int m_errorStatus = 0;
    QString m_errorDetail;
    std::deque<HttpRequest> m_ready;
};

} // namespace erp::server
