#include "tests/support/TlsTestClient.h"

#include <QSslConfiguration>

namespace erp::test {

QByteArray TlsTestClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool TlsTestClient::Response::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

TlsTestClient::TlsTestClient(const QSslCertificate &trustedCertificate, int timeoutMs)
    : m_trusted(trustedCertificate)
    , m_timeoutMs(timeoutMs)
{
}

TlsTestClient::~TlsTestClient()
{
    m_socket.abort();
}

void TlsTestClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : m_defaultHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    m_defaultHeaders.append({name, value});
}

void TlsTestClient::setBearerToken(const QByteArray &token)
{
    setDefaultHeader("Authorization", "Bearer " + token);
}

bool TlsTestClient::connectToServer(quint16 port, const QHostAddress &address)
{
    m_socket.abort();
    m_buffer.clear();
    m_error.clear();
    m_sslErrors.clear();

    // Trust exactly the server's certificate: it is the only CA. Anything
    // else (another certificate, a wrong host name) fails the handshake.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_trusted});
    ssl.setProtocol(m_protocol);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(ssl);

    if (!m_localAddress.isNull() && !m_socket.bind(m_localAddress)) {
        m_error = m_socket.errorString();
        return false;
    }
    m_socket.connectToHostEncrypted(address.toString(), port, m_peerName);
    if (!m_socket.waitForEncrypted(m_timeoutMs)) {
        m_sslErrors = m_socket.sslHandshakeErrors();
        m_error = m_socket.errorString();
        for (const QSslError &e : std::as_const(m_sslErrors))
            m_error += QStringLiteral("; ") + e.errorString();
        m_socket.abort();
        return false;
    }
    return true;
}

bool TlsTestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted();
}

void TlsTestClient::disconnectFromServer()
{
    m_socket.disconnectFromHost();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.waitForDisconnected(1000);
    m_socket.abort();
}

QByteArray TlsTestClient::buildRequest(const QByteArray &method, const QByteArray &path, const Headers &headers,
                                       const QByteArray &body) const
{
    Headers all = headers;
    auto has = [&all](const QByteArray &name) {
        for (const auto &h : all)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    for (const auto &h : m_defaultHeaders)
        if (!has(h.first))
            all.append(h);
    if (!has("host"))
        all.prepend({"Host", m_peerName.toUtf8()});
    const bool bodyMethod = method == "POST" || method == "PUT" || method == "PATCH";
    if ((bodyMethod || !body.isEmpty()) && !has("content-length") && !has("transfer-encoding"))
        all.append({"Content-Length", QByteArray::number(body.size())});

    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    for (const auto &h : std::as_const(all))
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

TlsTestClient::Response TlsTestClient::request(const QByteArray &method, const QByteArray &path, const Headers &headers,
                                               const QByteArray &body)
{
    if (!sendRaw(buildRequest(method, path, headers, body)))
        return {};
    Response r;
    do {
        r = readResponse(method == "HEAD");
    } while (r.status >= 100 && r.status < 200);
    return r;
}

TlsTestClient::Response TlsTestClient::postJson(const QByteArray &path, const QJsonObject &object,
                                                const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request("POST", path, all, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool TlsTestClient::sendRaw(const QByteArray &bytes)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_error = QStringLiteral("not connected");
        return false;
    }
    m_socket.write(bytes);
    // Most requests leave at once: then no wait (a poll per request in the
    // benchmarks' load generator, which shares the machine with the server).
    m_socket.flush();
    const QDeadlineTimer deadline(m_timeoutMs);
    while (m_socket.bytesToWrite() > 0 || m_socket.encryptedBytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime()))) {
            m_error = m_socket.errorString();
            return false;
        }
    }
    return true;
}

bool TlsTestClient::fill(const QDeadlineTimer &deadline)
{
    const qsizetype before = m_buffer.size();
    m_buffer += m_socket.readAll();
    if (m_buffer.size() > before)
        return true;
    while (!deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState) {
        const bool ready = m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
        if (m_buffer.size() > before)
            return true;
        if (!ready && m_socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    m_buffer += m_socket.readAll();
    return m_buffer.size() > before;
}

bool TlsTestClient::readLine(QByteArray *line, const QDeadlineTimer &deadline)
{
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n")) < 0)
        if (!fill(deadline))
            return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

bool TlsTestClient::readExactly(qsizetype n, QByteArray *out, const QDeadlineTimer &deadline)
{
    while (m_buffer.size() < n)
        if (!fill(deadline))
            return false;
    out->append(m_buffer.left(n));
    m_buffer.remove(0, n);
    return true;
}

TlsTestClient::Response TlsTestClient::parseHead(QByteArrayView head)
{
    Response r;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    const QList<QByteArray> statusParts = statusLine.split(' ');
    if (statusParts.size() < 2 || !statusParts.first().startsWith("HTTP/1."))
        return r;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype reasonStart = statusLine.indexOf(' ', statusLine.indexOf(' ') + 1);
    r.reason = reasonStart > 0 ? statusLine.mid(reasonStart + 1) : QByteArray();
    r.status = statusParts.at(1).toInt();
    return r;
}

TlsTestClient::Response TlsTestClient::readResponse(bool forHeadRequest)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(deadline)) {
            m_error = QStringLiteral("no complete response head (%1)").arg(m_socket.errorString());
            return {};
        }
    }
    Response r = parseHead(QByteArrayView(m_buffer).first(end));
    m_buffer.remove(0, end + 4);
    if (r.status == 0) {
        m_error = QStringLiteral("malformed status line");
        return {};
    }
    if (forHeadRequest || r.status < 200 || r.status == 204 || r.status == 304)
        return r;

    if (r.header("transfer-encoding").toLower().contains("chunked")) {
        r.chunked = true;
        for (;;) {
            QByteArray sizeLine;
            if (!readLine(&sizeLine, deadline))
                return {};
            bool ok = false;
            const qsizetype size = sizeLine.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                m_error = QStringLiteral("malformed chunk size");
                return {};
            }
            if (size == 0) {
                QByteArray trailer;
                do {
                    if (!readLine(&trailer, deadline))
                        return {};
                } while (!trailer.isEmpty());
                break;
            }
            QByteArray crlf;
            if (!readExactly(size, &r.body, deadline) || !readExactly(2, &crlf, deadline) || crlf != "\r\n") {
                m_error = QStringLiteral("truncated chunk");
                return {};
            }
        }
    } else if (r.hasHeader("content-length")) {
        if (!readExactly(r.header("content-length").toLongLong(), &r.body, deadline)) {
            m_error = QStringLiteral("truncated body");
            return {};
        }
    } else {
        // No framing: the body runs until the server closes.
        while (fill(deadline)) { }
        r.body = m_buffer;
        m_buffer.clear();
    }
    return r;
}

bool TlsTestClient::waitForServerClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_buffer += m_socket.readAll();
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_buffer += m_socket.readAll();
    return true;
}

} // namespace erp::test
