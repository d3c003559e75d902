#include "server/http/RequestParser.h"

#include <QLoggingCategory>

#include <cstring>
#include <http_parser.h>

namespace erp::server {

Q_LOGGING_CATEGORY(lcHttpParser, "erp.http.parser")

struct RequestParser::ParserState
{
    http_parser parser;
    http_parser_settings settings;
};

// http-parser calls plain C functions; these forward to the owning parser.
struct RequestParser::Callbacks
{
    static RequestParser *self(http_parser *p) { return static_cast<RequestParser *>(p->data); }
    static int messageBegin(http_parser *p) { return self(p)->onMessageBegin(); }
    static int url(http_parser *p, const char *at, size_t n) { return self(p)->onUrl(at, n); }
    static int headerField(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderField(at, n); }
    static int headerValue(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderValue(at, n); }
    static int headersComplete(http_parser *p) { return self(p)->onHeadersComplete(); }
    static int body(http_parser *p, const char *at, size_t n) { return self(p)->onBody(at, n); }
    static int chunkHeader(http_parser *p) { return self(p)->onChunkHeader(); }
    static int messageComplete(http_parser *p) { return self(p)->onMessageComplete(); }
};

RequestParser::RequestParser()
    : RequestParser(Limits {})
{
}

RequestParser::RequestParser(Limits limits)
    : m_limits(limits)
    , m_state(std::make_unique<ParserState>())
{
    http_parser_init(&m_state->parser, HTTP_REQUEST);
    m_state->parser.data = this;
    http_parser_settings_init(&m_state->settings);
    m_state->settings.on_message_begin = &Callbacks::messageBegin;
    m_state->settings.on_url = &Callbacks::url;
    m_state->settings.on_header_field = &Callbacks::headerField;
    m_state->settings.on_header_value = &Callbacks::headerValue;
    m_state->settings.on_headers_complete = &Callbacks::headersComplete;
    m_state->settings.on_body = &Callbacks::body;
    m_state->settings.on_chunk_header = &Callbacks::chunkHeader;
    m_state->settings.on_message_complete = &Callbacks::messageComplete;
}

RequestParser::~RequestParser() = default;

QString RequestParser::codeForStatus(int status)
{
    switch (status) {
    case 413:
        return QStringLiteral("payload_too_large");
    case 414:
        return QStringLiteral("uri_too_long");
    case 431:
        return QStringLiteral("headers_too_large");
    default:
        return QStringLiteral("bad_request");
    }
}

QString RequestParser::errorCode() const
{
    return codeForStatus(m_errorStatus);
}

void RequestParser::reset()
{
    m_current = HttpRequest();
    m_url.clear();
    m_field.clear();
    m_value.clear();
    m_lastWasValue = false;
    m_headerBytes = 0;
    m_contentLengthHeaders = 0;
    m_transferEncodingHeaders = 0;
    m_hostHeaders = 0;
    m_keepAlive = true;
}

void RequestParser::fail(int status, const QString &detail)
{
    // The first error wins: a later generic parser error must not hide the
    // limit that actually triggered it.
    if (m_phase == Phase::Error)
        return;
    m_phase = Phase::Error;
    m_errorStatus = status;
    m_errorDetail = detail;
    qCDebug(lcHttpParser) << "framing error" << status << detail;
}

qsizetype RequestParser::parse(const char *data, qsizetype size)
{
    // A zero length tells http-parser "end of stream", which is not what an
    // empty read means here.
    if (size <= 0 || m_phase == Phase::Error || m_upgraded)
        return 0;
    // The bytes before a refused line ending or fold still go to http-parser,
    // so the headers before it (X-Request-ID) are known for the error response.
    const qsizetype refusedAt = m_scan != LineScan::Body ? scanHeaderLines(data, size) : -1;
    if (refusedAt >= 0) {
        if (refusedAt > 0)
            execute(data, refusedAt);
        fail(400, m_scanError);
        return refusedAt;
    }
    return execute(data, size);
}

qsizetype RequestParser::execute(const char *data, qsizetype size)
{
    http_parser *p = &m_state->parser;
    const size_t consumed = http_parser_execute(p, &m_state->settings, data, size_t(size));
    const auto err = http_errno(p->http_errno);
    if (err == HPE_PAUSED) {
        // We pause after each complete request so the caller sees them one at a time.
        http_parser_pause(p, 0);
        // http-parser reports the pause before it looks at the upgrade flag,
        // so an upgrade request that completes here must stop the framing
        // just the same: what follows it is another protocol, not a request.
        if (p->upgrade)
            m_upgraded = true;
    } else if (err != HPE_OK) {
        if (err == HPE_HEADER_OVERFLOW)
            fail(431, QStringLiteral("The request headers are too large."));
        else
            fail(400, QStringLiteral("Malformed request: %1.").arg(QString::fromLatin1(http_errno_description(err))));
        return qsizetype(consumed);
    } else if (p->upgrade) {
        m_upgraded = true;
    }
    return qsizetype(consumed);
}

bool RequestParser::feed(const QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset < bytes.size() && !hasError() && !m_upgraded) {
        const qsizetype n = parse(bytes.constData() + offset, bytes.size() - offset);
        if (n <= 0)
            break;
        offset += n;
    }
    return !hasError();
}

HttpRequest RequestParser::takeRequest()
{
    Q_ASSERT(!m_ready.empty());
    HttpRequest r = std::move(m_ready.front());
    m_ready.pop_front();
    return r;
}

bool RequestParser::takeContinueExpected()
{
    const bool expected = m_continueExpected && m_phase == Phase::Body;
    m_continueExpected = false;
    return expected;
}

QByteArray RequestParser::partialHeader(const QByteArray &lowerName) const
{
    if (m_current.hasHeader(lowerName))
        return m_current.header(lowerName);
    // A header line is only stored when the next one starts, so after an
    // error the last complete-looking value is still pending here.
    if (m_lastWasValue && m_field.toLower() == lowerName)
        return m_value.trimmed();
    return {};
}

int RequestParser::onMessageBegin()
{
    reset();
    m_phase = Phase::Headers;
    return 0;
}

int RequestParser::onUrl(const char *at, size_t length)
{
    m_url.append(at, qsizetype(length));
    if (m_url.size() > m_limits.maxUrlBytes) {
        fail(414, QStringLiteral("The request target exceeds %1 bytes.").arg(m_limits.maxUrlBytes));
        return 1;
    }
    return 0;
}

qsizetype RequestParser::scanHeaderLines(const char *data, qsizetype size)
{
    // Returns the offset of the first refused byte (m_scanError says why), or
    // -1. Stops at the end of the header section: what follows is the body (left
    // to http-parser) or the next request (scanned once this one completes).
    for (qsizetype i = 0; i < size && m_scan != LineScan::Body; ++i) {
        const char c = data[i];
        if (c == '\n') {
            if (!m_scanAfterCr) {
                m_scanError = QStringLiteral("Lines must end with CRLF; a bare LF is refused.");
                return i;
            }
            m_scanAfterCr = false;
            if (m_scan == LineScan::Start)
                continue; // an empty line before the request line is tolerated (RFC 9112 2.2)
            if (m_scanLineLength == 0)
                m_scan = LineScan::Body;
            m_scanLineLength = 0;
            m_scanRequestLine = false;
            continue;
        }
        if (m_scanAfterCr) {
            m_scanError = QStringLiteral("A bare CR is refused.");
            return i;
        }
        if (c == '\r') {
            m_scanAfterCr = true;
            continue;
        }
        if (m_scan == LineScan::Start) {
            m_scan = LineScan::Lines;
            m_scanRequestLine = true;
        }
        if (m_scanLineLength == 0 && !m_scanRequestLine && (c == ' ' || c == '\t')) {
            m_scanError = QStringLiteral("Folded header lines are refused.");
            return i;
        }
        ++m_scanLineLength;
    }
    return -1;
}

static bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool RequestParser::finishHeaderLine()
{
    if (m_field.isEmpty())
        return true;
    // http-parser tolerates odd bytes in names; proxies in front of us may
    // read "Content-Length :" differently, so anything but a token is refused.
    for (char c : std::as_const(m_field)) {
        if (!isTokenChar(c)) {
            fail(400, QStringLiteral("Malformed header name."));
            return false;
        }
    }
    const QByteArray name = m_field.toLower();
    const QByteArray value = m_value.trimmed();
    if (name == "content-length")
        ++m_contentLengthHeaders;
    else if (name == "transfer-encoding")
        ++m_transferEncodingHeaders;
    else if (name == "host")
        ++m_hostHeaders;
    m_current.headers.append({name, value});
    m_field.clear();
    m_value.clear();
    return true;
}

int RequestParser::onHeaderField(const char *at, size_t length)
{
    if (m_lastWasValue) {
        m_lastWasValue = false;
        if (!finishHeaderLine())
            return 1;
    }
    if (m_field.isEmpty())
        m_headerBytes += 4; // ": " and CRLF: the cost of a header line beyond its text
    m_field.append(at, qsizetype(length));
    m_headerBytes += qint64(length);
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, QStringLiteral("The request headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
        return 1;
    }
    return 0;
}

int RequestParser::onHeaderValue(const char *at, size_t length)
{
    m_lastWasValue = true;
    m_value.append(at, qsizetype(length));
    m_headerBytes += qint64(length);
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, QStringLiteral("The request headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
        return 1;
    }
    return 0;
}

int RequestParser::onHeadersComplete()
{
    // on_headers_complete treats 1 and 2 as "skip body"/"upgrade"; only other
    // values are errors.
    constexpr int error = -1;
    http_parser *p = &m_state->parser;
    if (m_lastWasValue && !finishHeaderLine())
        return error;
    m_lastWasValue = false;
    if (p->http_major != 1) {
        fail(400, QStringLiteral("Only HTTP/1.x is supported."));
        return error;
    }

    m_current.method = http_method_str(http_method(p->method));
    m_current.target = m_url;
    if (p->method == HTTP_CONNECT) {
        fail(400, QStringLiteral("CONNECT is not supported."));
        return error;
    }

    // Request smuggling defences: a message must have one unambiguous length.
    if (m_contentLengthHeaders > 0 && m_transferEncodingHeaders > 0) {
        fail(400, QStringLiteral("Content-Length and Transfer-Encoding must not both be sent."));
        return error;
    }
    if (m_transferEncodingHeaders > 1) {
        fail(400, QStringLiteral("Transfer-Encoding must be sent once."));
        return error;
    }
    if (m_transferEncodingHeaders == 1 && m_current.header("transfer-encoding").toLower() != "chunked") {
        // Anything else (gzip, "gzip, chunked", identity) is a coding we
        // would have to undo, or one a proxy may frame differently.
        fail(400, QStringLiteral("Only the chunked transfer coding is accepted."));
        return error;
    }
    if (m_contentLengthHeaders > 1) {
        fail(400, QStringLiteral("Content-Length must be sent once."));
        return error;
    }
    if (p->http_major == 1 && p->http_minor >= 1 && m_hostHeaders != 1) {
        fail(400, QStringLiteral("An HTTP/1.1 request needs exactly one Host header."));
        return error;
    }

    http_parser_url u;
    http_parser_url_init(&u);
    if (m_url.isEmpty() || http_parser_parse_url(m_url.constData(), size_t(m_url.size()), 0, &u) != 0) {
        fail(400, QStringLiteral("The request target is malformed."));
        return error;
    }
    QByteArray rawPath = "/";
    if (u.field_set & (1 << UF_PATH))
        rawPath = m_url.mid(u.field_data[UF_PATH].off, u.field_data[UF_PATH].len);
    if (!rawPath.startsWith('/')) {
        fail(400, QStringLiteral("The request path must start with '/'."));
        return error;
    }
    m_current.path = QByteArray::fromPercentEncoding(rawPath);
    if (m_current.path.contains('\0')) {
        fail(400, QStringLiteral("The request path contains a NUL byte."));
        return error;
    }
    if (u.field_set & (1 << UF_QUERY)) {
        const QByteArray q = m_url.mid(u.field_data[UF_QUERY].off, u.field_data[UF_QUERY].len);
        m_current.query.setQuery(QString::fromUtf8(q));
    }

    if ((p->flags & F_CONTENTLENGTH) && !(p->flags & F_CHUNKED) && p->content_length > quint64(m_limits.maxBodyBytes)) {
        // Decided before any of the body is read, so a client cannot make us
        // receive (or buffer) an oversized upload.
        fail(413, QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
        return error;
    }

    m_keepAlive = http_should_keep_alive(p) != 0;
    const bool hasBody = (p->flags & F_CHUNKED) || ((p->flags & F_CONTENTLENGTH) && p->content_length > 0);
    const QByteArray expect = m_current.header("expect").toLower();
    m_continueExpected = hasBody && expect == "100-continue" && p->http_minor >= 1;
    m_phase = Phase::Body;
    return 0;
}

int RequestParser::onChunkHeader()
{
    // content_length holds the announced chunk size here: refuse before
    // reading a chunk that would take the body over the limit.
    const quint64 chunk = m_state->parser.content_length;
    if (chunk > quint64(m_limits.maxBodyBytes)
        || quint64(m_current.body.size()) + chunk > quint64(m_limits.maxBodyBytes)) {
        fail(413, QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
        return 1;
    }
    return 0;
}

int RequestParser::onBody(const char *at, size_t length)
{
    if (qint64(m_current.body.size()) + qint64(length) > m_limits.maxBodyBytes) {
        fail(413, QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
        return 1;
    }
    m_current.body.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onMessageComplete()
{
    http_parser *p = &m_state->parser;
    // After an upgrade the bytes that follow belong to another protocol, so
    // the connection must not be reused for HTTP.
    m_current.keepAlive = m_keepAlive && !p->upgrade;
    m_ready.push_back(std::move(m_current));
    reset();
    m_phase = Phase::Idle;
    m_scan = LineScan::Start;
    m_scanLineLength = 0;
    m_scanAfterCr = false;
    m_continueExpected = false;
    http_parser_pause(p, 1);
    return 0;
}

} // namespace erp::server
