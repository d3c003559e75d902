#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

namespace erp::test {

// A deliberately simple, BLOCKING HTTPS/1.1 client for tests: no event loop,
// no QNetworkAccessManager, full control over the bytes on the wire (so tests
// can pipeline, send garbage or stop half-way). It trusts exactly one
// certificate, the server's, and verifies the host name against it.
//
//     TlsTestClient client(TestCertificate::instance().certificate());
//     QVERIFY2(client.connectToServer(server.port()), qPrintable(client.errorString()));
//     auto r = client.get("/api/v1/healthz");
//     QCOMPARE(r.status, 200);
//     QCOMPARE(r.json().value("status").toString(), "ok");
class TlsTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0; // 0: no (complete) response: timeout or connection closed
        QByteArray reason;
        Headers headers; // as received, in order
        QByteArray body; // de-chunked
        bool chunked = false;

        bool isValid() const { return status > 0; }
        // First value of a header, name matched case-insensitively.
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
        QJsonDocument jsonDocument() const { return QJsonDocument::fromJson(body); }
        QJsonObject json() const { return jsonDocument().object(); }
    };

    explicit TlsTestClient(const QSslCertificate &trustedCertificate, int timeoutMs = 10'000);
    ~TlsTestClient();
    TlsTestClient(const TlsTestClient &) = delete;
    TlsTestClient &operator=(const TlsTestClient &) = delete;

    // Settings that apply to the next connectToServer().
    void setProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    void setPeerName(const QString &name) { m_peerName = name; } // default "localhost"
    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // The client's own address (e.g. 127.0.0.2: loopback has a whole /8), so
    // a test can appear as several clients.
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }
    // Sent with every request() unless the call passes the same header.
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    void setBearerToken(const QByteArray &token);

    // TCP connect plus TLS handshake; false with errorString() on failure.
    bool connectToServer(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    bool isConnected() const;
    void disconnectFromServer();
    QString errorString() const { return m_error; }
    QList<QSslError> handshakeErrors() const { return m_sslErrors; }

    // Sends a request (adds Host and, for a body or POST/PUT/PATCH, Content-Length)
    // and reads its response, skipping 1xx interim responses.
    Response request(const QByteArray &method, const QByteArray &path, const Headers &headers = {},
                     const QByteArray &body = {});
    Response get(const QByteArray &path, const Headers &headers = {}) { return request("GET", path, headers); }
    Response post(const QByteArray &path, const QByteArray &body, const Headers &headers = {})
    {
        return request("POST", path, headers, body);
    }
    Response postJson(const QByteArray &path, const QJsonObject &object, const Headers &headers = {});
    // Serialises a request without sending it (for pipelining several in one write).
    QByteArray buildRequest(const QByteArray &method, const QByteArray &path, const Headers &headers = {},
                            const QByteArray &body = {}) const;

    bool sendRaw(const QByteArray &bytes);
    // Reads the next response from the stream (1xx included). Pass
    // forHeadRequest = true when it answers a HEAD (no body follows).
    Response readResponse(bool forHeadRequest = false);
    // A response's status line and headers (the bytes before the empty
    // line) as a Response without body; status 0 when the status line is
    // malformed.
    static Response parseHead(QByteArrayView head);

    // True if the server closes the connection within timeoutMs. Bytes that
    // arrive meanwhile are kept (see pendingBytes()).
    bool waitForServerClose(int timeoutMs);
    // Bytes received but not consumed as a response.
    QByteArray pendingBytes() const { return m_buffer; }

    QSslSocket &socket() { return m_socket; }

private:
    bool fill(const QDeadlineTimer &deadline);
    bool readLine(QByteArray *line, const QDeadlineTimer &deadline);
    bool readExactly(qsizetype n, QByteArray *out, const QDeadlineTimer &deadline);

    QSslCertificate m_trusted;
    QSslSocket m_socket;
    QByteArray m_buffer;
    Headers m_defaultHeaders;
    QSsl::SslProtocol m_protocol = QSsl::TlsV1_2OrLater;
    QString m_peerName = QStringLiteral("localhost");
    QHostAddress m_localAddress;
    int m_timeoutMs;
    QString m_error;
    QList<QSslError> m_sslErrors;
};

} // namespace erp::test
