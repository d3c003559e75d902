// The PROXY protocol header a load balancer in TCP mode sends before the
// client's TLS bytes (docs/deployment.md): the parser on the headers HAProxy
// writes (byte layouts from the PROXY protocol specification, written out
// here by hand), and the real server taking the client address from it only
// for connections from a configured proxy.
#include "server/http/HttpServer.h"
#include "server/http/ProxyProtocol.h"
#include "server/http/RequestHandler.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TlsTestClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTest>

using namespace erp::server;
using namespace Qt::StringLiterals;
using erp::test::TestCertificate;
using Result = ProxyProtocol::Result;

Q_DECLARE_METATYPE(ProxyProtocol::Result)

namespace {

// Answers with the address the server believes the client has.
class AddressEcho : public RequestHandler
{
public:
    void handle(HttpRequest request, ResponseCallback respond) override
    {
        respond(HttpResponse::json(200, QJsonObject{{u"remote"_s, request.remoteAddress.toString()}}));
    }
};

QByteArray v2Header(quint8 command, quint8 familyTransport, const QByteArray &addresses)
{
    QByteArray h("\r\n\r\n\0\r\nQUIT\n", 12);
    h += char(0x20 | command);
    h += char(familyTransport);
    h += char((addresses.size() >> 8) & 0xff);
    h += char(addresses.size() & 0xff);
    return h + addresses;
}

QByteArray v2Inet(const QByteArray &tlvs = {})
{
    // 203.0.113.7:51000 -> 192.0.2.1:443
    return v2Header(1, 0x11, QByteArray("\xcb\x00\x71\x07\xc0\x00\x02\x01\xc7\x38\x01\xbb", 12) + tlvs);
}

// A TLS connection that sends `preface` in the clear first, then GET /.
// Returns the "remote" the server saw; empty when the server closed instead.
QString requestThrough(quint16 port, const QByteArray &preface)
{
    QSslSocket s;
    auto ssl = s.sslConfiguration();
    ssl.setCaCertificates({TestCertificate::instance().certificate()});
    s.setSslConfiguration(ssl);
    s.setPeerVerifyName(u"localhost"_s);
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10'000))
        return {};
    if (!preface.isEmpty()) {
        s.write(preface);
        s.waitForBytesWritten(10'000);
    }
    s.startClientEncryption();
    if (!s.waitForEncrypted(10'000))
        return {};
    s.write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (s.waitForReadyRead(10'000))
        response += s.readAll();
    response += s.readAll();
    const qsizetype body = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 200") || body < 0)
        return {};
    return QJsonDocument::fromJson(response.mid(body + 4)).object().value(u"remote"_s).toString();
}

} // namespace

class TestProxyProtocol : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void needsTheWholeHeader();
    void trustedSubnets();
    void serverTakesTheClientAddressFromTrustedProxiesOnly();
};

void TestProxyProtocol::parses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("headerBytes");

    const QByteArray tls("\x16\x03\x01\x02\x00", 5);
    QTest::newRow("v1 tcp4") << QByteArray("PROXY TCP4 198.51.100.22 203.0.113.7 35646 443\r\n") + tls
                             << Result::Proxied << u"198.51.100.22"_s << 48;
    QTest::newRow("v1 tcp6") << QByteArray("PROXY TCP6 2001:db8::1 2001:db8::2 35646 443\r\n") << Result::Proxied
                             << u"2001:db8::1"_s << 46;
    QTest::newRow("v1 unknown") << QByteArray("PROXY UNKNOWN\r\n") << Result::Local << QString() << 15;
    QTest::newRow("v1 family mismatch") << QByteArray("PROXY TCP4 2001:db8::1 2001:db8::2 1 2\r\n") << Result::Invalid
                                        << QString() << 0;
    QTest::newRow("v1 bad port") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 70000 443\r\n") << Result::Invalid
                                 << QString() << 0;
    QTest::newRow("v1 without CRLF within 107 bytes") << QByteArray("PROXY TCP4 ") + QByteArray(120, '1')
                                                      << Result::Invalid << QString() << 0;
    QTest::newRow("v2 inet") << v2Inet() + tls << Result::Proxied << u"203.0.113.7"_s << 28;
    QTest::newRow("v2 inet with TLVs") << v2Inet(QByteArray("\x04\x00\x02xy", 5)) << Result::Proxied
                                       << u"203.0.113.7"_s << 33;
    QByteArray inet6(36, '\0');
    inet6[0] = char(0x20);
    inet6[1] = char(0x01);
    inet6[2] = char(0x0d);
    inet6[3] = char(0xb8);
    inet6[15] = char(0x05);
    QTest::newRow("v2 inet6") << v2Header(1, 0x21, inet6) << Result::Proxied << u"2001:db8::5"_s << 52;
    QTest::newRow("v2 local (health check)") << v2Header(0, 0x00, {}) << Result::Local << QString() << 16;
    QTest::newRow("v2 unix socket") << v2Header(1, 0x31, QByteArray(216, 'u')) << Result::Invalid << QString() << 0;
    QTest::newRow("v2 version 3") << QByteArray("\r\n\r\n\0\r\nQUIT\n\x31\x11\x00\x00", 16) << Result::Invalid
                                  << QString() << 0;
    QTest::newRow("v2 inet too short") << v2Header(1, 0x11, QByteArray(4, '\1')) << Result::Invalid << QString()
                                       << 0;
    QTest::newRow("v2 longer than accepted") << v2Header(1, 0x11, QByteArray(300, '\1')) << Result::Invalid
                                             << QString() << 0;
    QTest::newRow("TLS without header") << tls << Result::Invalid << QString() << 0;
    QTest::newRow("plain HTTP") << QByteArray("GET / HTTP/1.1\r\n") << Result::Invalid << QString() << 0;
}

void TestProxyProtocol::parses()
{
    QFETCH(QByteArray, data);
    QFETCH(Result, result);
    QFETCH(QString, source);
    QFETCH(int, headerBytes);
    QHostAddress address;
    qsizetype bytes = 0;
    QCOMPARE(ProxyProtocol::parse(data, &address, &bytes), result);
    if (result == Result::Proxied)
        QCOMPARE(address, QHostAddress(source));
    if (result == Result::Proxied || result == Result::Local)
        QCOMPARE(bytes, qsizetype(headerBytes));
}

void TestProxyProtocol::needsTheWholeHeader()
{
    // Every proper prefix of a valid header asks for more, never decides.
    for (const QByteArray &header : {QByteArray("PROXY TCP4 198.51.100.22 203.0.113.7 35646 443\r\n"), v2Inet()}) {
        for (qsizetype n = 0; n < header.size(); ++n) {
            QHostAddress address;
            qsizetype bytes = 0;
            QVERIFY2(ProxyProtocol::parse(header.left(n), &address, &bytes) == Result::NeedMore,
                     qPrintable(u"prefix of %1 bytes"_s.arg(n)));
        }
    }
}

void TestProxyProtocol::trustedSubnets()
{
    QList<QPair<QHostAddress, int>> subnets;
    QString error;
    QVERIFY(ProxyProtocol::parseTrusted(u" 10.0.0.5, 192.168.1.0/24 ,::1"_s, &subnets, &error));
    QCOMPARE(subnets.size(), 3);
    QVERIFY(ProxyProtocol::isTrusted(QHostAddress(u"10.0.0.5"_s), subnets));
    QVERIFY(!ProxyProtocol::isTrusted(QHostAddress(u"10.0.0.6"_s), subnets));
    QVERIFY(ProxyProtocol::isTrusted(QHostAddress(u"192.168.1.77"_s), subnets));
    QVERIFY(ProxyProtocol::isTrusted(QHostAddress(u"::ffff:192.168.1.77"_s), subnets));
    QVERIFY(ProxyProtocol::isTrusted(QHostAddress(u"::1"_s), subnets));
    QVERIFY(!ProxyProtocol::isTrusted(QHostAddress(u"192.168.2.1"_s), subnets));
    QVERIFY(ProxyProtocol::parseTrusted(QString(), &subnets, &error));
    QVERIFY(subnets.isEmpty());
    QVERIFY(!ProxyProtocol::parseTrusted(u"10.0.0.5, haproxy.example"_s, &subnets, &error));
    QVERIFY2(error.contains(u"haproxy.example"_s), qPrintable(error));
}

void TestProxyProtocol::serverTakesTheClientAddressFromTrustedProxiesOnly()
{
    AddressEcho handler;
    HttpServerConfig config;
    config.port = 0;
    config.ioThreads = 1;
    config.ssl = TestCertificate::instance().serverConfiguration();
    config.handshakeTimeoutMs = 5'000;

    // Loopback is the proxy: its connections must carry the header.
    QString error;
    QVERIFY(ProxyProtocol::parseTrusted(u"127.0.0.1"_s, &config.proxyProtocolFrom, &error));
    {
        HttpServer server(config, &handler);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(requestThrough(server.port(), v2Inet()), u"203.0.113.7"_s);
        QCOMPARE(requestThrough(server.port(), "PROXY TCP4 198.51.100.22 127.0.0.1 35646 443\r\n"),
                 u"198.51.100.22"_s);
        // The proxy's own health checks (LOCAL) keep the connection's address.
        QCOMPARE(requestThrough(server.port(), v2Header(0, 0, {})), u"127.0.0.1"_s);
        // Without a header, a connection from the proxy is not served.
        QCOMPARE(requestThrough(server.port(), {}), QString());
        QCOMPARE(requestThrough(server.port(), "PROXY TCP4 nonsense\r\n"), QString());
        server.shutdown(5'000);
    }
    // Not from a configured proxy: a PROXY header is just bytes that are not
    // TLS, so nobody can claim another address.
    config.proxyProtocolFrom.clear();
    HttpServer server(config, &handler);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(requestThrough(server.port(), {}), u"127.0.0.1"_s);
    QCOMPARE(requestThrough(server.port(), v2Inet()), QString());
    server.shutdown(5'000);
}

QTEST_GUILESS_MAIN(TestProxyProtocol)
#include "tst_proxyprotocol.moc"
