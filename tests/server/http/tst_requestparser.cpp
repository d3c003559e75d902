#include "server/http/RequestParser.h"

#include <QTest>

using erp::server::HttpRequest;
using erp::server::RequestParser;

// Framing rules of the HTTP transport, byte for byte and without sockets.
class tst_RequestParser : public QObject
{
    Q_OBJECT

private:
    static RequestParser::Limits smallLimits() { return {256, 64, 100}; }

private slots:
    void framing_data();
    void framing();
    void splitAtEveryByteGivesTheSameResult_data();
    void splitAtEveryByteGivesTheSameResult();
    void fieldsAreFilled();
    void upgradeEndsTheFraming();
    void pipelinedRequestsComeOneAtATime();
    void bodyLimitIsDecidedBeforeTheBody();
    void chunkedBodyLimitIsDecidedPerChunkHeader();
    void expectContinue();
    void requestIdOfRejectedRequestIsAvailable();
    void phases();
};

void tst_RequestParser::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<int>("expectedError"); // 0: none

    const QByteArray host = "Host: x\r\n";
    QTest::newRow("simple GET") << QByteArray("GET / HTTP/1.1\r\n" + host + "\r\n") << 1 << 0;
    QTest::newRow("POST with Content-Length")
        << QByteArray("POST /a HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhello") << 1 << 0;
    QTest::newRow("chunked POST") << QByteArray("POST /a HTTP/1.1\r\n" + host
                                                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                  << 1 << 0;
    QTest::newRow("two pipelined") << QByteArray("GET /1 HTTP/1.1\r\n" + host + "\r\nGET /2 HTTP/1.1\r\n" + host
                                                 + "\r\n")
                                   << 2 << 0;
    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << 0;
    QTest::newRow("incomplete headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 0 << 0;
    QTest::newRow("incomplete body") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 10\r\n\r\nabc") << 0
                                     << 0;
    QTest::newRow("body at the limit") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 100\r\n\r\n"
                                                     + QByteArray(100, 'x'))
                                       << 1 << 0;

    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00hello") << 0 << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\n" + host + "\r\n") << 0 << 400;
    QTest::newRow("space in header name")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "Bad Header: x\r\n\r\n") << 0 << 400;
    QTest::newRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\n" + host
                                             + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                               << 0 << 400;
    QTest::newRow("TE and CL") << QByteArray("POST / HTTP/1.1\r\n" + host
                                             + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n")
                               << 0 << 400;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!") << 0
        << 400;
    QTest::newRow("duplicate equal Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello") << 0 << 400;
    QTest::newRow("negative Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 0 << 400;
    QTest::newRow("TE not chunked") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\nxx")
                                    << 0 << 400;
    QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 0 << 400;
    QTest::newRow("two Host headers") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 0 << 400;
    QTest::newRow("NUL in decoded path") << QByteArray("GET /a%00b HTTP/1.1\r\n" + host + "\r\n") << 0 << 400;
    QTest::newRow("CONNECT") << QByteArray("CONNECT x:443 HTTP/1.1\r\n" + host + "\r\n") << 0 << 400;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                  + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 0 << 400;

    QTest::newRow("URL too long") << QByteArray("GET /" + QByteArray(100, 'a') + " HTTP/1.1\r\n" + host + "\r\n") << 0
                                  << 414;
    QTest::newRow("one huge header") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(300, 'a')
                                                   + "\r\n\r\n")
                                     << 0 << 431;
    QTest::newRow("many small headers") << QByteArray("GET / HTTP/1.1\r\n" + host
                                                      + QByteArray("X-A: b\r\n").repeated(40) + "\r\n")
                                        << 0 << 431;
    QTest::newRow("Content-Length over the limit")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 101\r\n\r\n") << 0 << 413;
    QTest::newRow("huge Content-Length") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                       + "Content-Length: 99999999999999\r\n\r\n")
                                         << 0 << 413;
    QTest::newRow("chunked body over the limit")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n"
                      + QByteArray("20\r\n" + QByteArray(32, 'x') + "\r\n").repeated(4))
        << 0 << 413;
    // Proxies may read these differently from us, so each is refused.
    QTest::newRow("folded header line") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n") << 0 << 400;
    QTest::newRow("folded with a tab") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\r\n\tb\r\n\r\n") << 0 << 400;
    QTest::newRow("folded Transfer-Encoding")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n") << 0 << 400;
    QTest::newRow("folded first header line") << QByteArray("GET / HTTP/1.1\r\n Host: x\r\n\r\n") << 0 << 400;
    QTest::newRow("bare LF everywhere") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << 400;
    QTest::newRow("bare LF after the request line") << QByteArray("GET / HTTP/1.1\n" + host + "\r\n") << 0 << 400;
    QTest::newRow("bare LF in one header line")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: b\nX-B: c\r\n\r\n") << 0 << 400;
    QTest::newRow("bare LF ends the headers") << QByteArray("GET / HTTP/1.1\r\n" + host + "\n") << 0 << 400;
    QTest::newRow("bare LF before the request line") << QByteArray("\nGET / HTTP/1.1\r\n" + host + "\r\n") << 0 << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: b\rX-B: c\r\n\r\n") << 0 << 400;
    QTest::newRow("TE gzip, chunked") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                    + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
                                      << 0 << 400;
    QTest::newRow("TE chunked, identity")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n") << 0
        << 400;
    QTest::newRow("TE identity") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: identity\r\n\r\n")
                                 << 0 << 400;
    QTest::newRow("TE sent twice") << QByteArray(
        "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 0 << 400;
    QTest::newRow("second request has a bare LF")
        << QByteArray("GET /1 HTTP/1.1\r\n" + host + "\r\nGET /2 HTTP/1.1\n" + host + "\r\n") << 1 << 400;
    // What stays allowed.
    QTest::newRow("TE chunked in capitals")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: Chunked\r\n\r\n0\r\n\r\n") << 1 << 0;
    QTest::newRow("empty line before the request line")
        << QByteArray("\r\nGET / HTTP/1.1\r\n" + host + "\r\n") << 1 << 0;
    QTest::newRow("bare LF and spaces in a body") << QByteArray(
        "POST / HTTP/1.1\r\n" + host + "Content-Length: 8\r\n\r\na\n b\n\tc\n" + "GET /2 HTTP/1.1\r\n" + host + "\r\n")
                                                  << 2 << 0;
    QTest::newRow("spaces inside a header value")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a  b \t c\r\n\r\n") << 1 << 0;
    QTest::newRow("second request fails after first")
        << QByteArray("GET /1 HTTP/1.1\r\n" + host + "\r\nGARBAGE\r\n\r\n") << 1 << 400;
    // After an upgrade request the bytes belong to another protocol: they are
    // neither a second request nor a framing error, however they arrive.
    const QByteArray upgrade = "GET /chat HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
    QTest::newRow("upgrade then frame bytes") << QByteArray(upgrade + "\x81\x05hello") << 1 << 0;
    QTest::newRow("upgrade then another request") << QByteArray(upgrade + "GET /2 HTTP/1.1\r\n" + host + "\r\n")
                                                   << 1 << 0;
    QTest::newRow("upgrade twice then frame bytes") << QByteArray(upgrade + upgrade + "\x81\x05hel\x81\x05hello")
                                                    << 1 << 0;
}

void tst_RequestParser::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expectedRequests);
    QFETCH(int, expectedError);

    RequestParser parser(smallLimits());
    const bool ok = parser.feed(input);
    QCOMPARE(parser.readyCount(), expectedRequests);
    QCOMPARE(ok, expectedError == 0);
    QCOMPARE(parser.errorStatus(), expectedError);
    if (expectedError) {
        QVERIFY(!parser.errorCode().isEmpty());
        QCOMPARE(parser.phase(), RequestParser::Phase::Error);
        // Nothing more is accepted after a framing error.
        QCOMPARE(parser.parse("GET / HTTP/1.1\r\n", 16), 0);
    }
}

void tst_RequestParser::splitAtEveryByteGivesTheSameResult_data()
{
    framing_data();
}

void tst_RequestParser::splitAtEveryByteGivesTheSameResult()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expectedRequests);
    QFETCH(int, expectedError);

    RequestParser parser(smallLimits());
    for (char c : input)
        if (!parser.feed(QByteArray(1, c)))
            break;
    QCOMPARE(parser.readyCount(), expectedRequests);
    QCOMPARE(parser.errorStatus(), expectedError);
}

void tst_RequestParser::fieldsAreFilled()
{
    RequestParser parser;
    QVERIFY(parser.feed("POST /api/v1/h%C3%A9llo%20world?limit=5&q=a%20b HTTP/1.1\r\n"
                        "Host: example\r\nX-Request-ID: abc\r\nContent-TYPE: application/json\r\n"
                        "Content-Length: 2\r\n\r\n{}"));
    QVERIFY(parser.hasRequest());
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/api/v1/h%C3%A9llo%20world?limit=5&q=a%20b"));
    QCOMPARE(QString::fromUtf8(r.path), QStringLiteral("/api/v1/h\u00e9llo world"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a b"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("x-request-id"), QByteArray("abc"));
    QCOMPARE(r.body, QByteArray("{}"));
    QVERIFY(r.keepAlive);

    QVERIFY(parser.feed("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    QVERIFY(!parser.takeRequest().keepAlive);
    RequestParser http10;
    QVERIFY(http10.feed("GET / HTTP/1.0\r\n\r\n"));
    QVERIFY(!http10.takeRequest().keepAlive);
    RequestParser http10KeepAlive;
    QVERIFY(http10KeepAlive.feed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
    QVERIFY(http10KeepAlive.takeRequest().keepAlive);

    RequestParser absolute;
    QVERIFY(absolute.feed("GET http://example/x/y?z=1 HTTP/1.1\r\nHost: example\r\n\r\n"));
    const HttpRequest a = absolute.takeRequest();
    QCOMPARE(a.path, QByteArray("/x/y"));
    QCOMPARE(a.query.queryItemValue(QStringLiteral("z")), QStringLiteral("1"));
}

void tst_RequestParser::upgradeEndsTheFraming()
{
    // Found by fuzz_request_framing: the pause after each request hid the
    // upgrade from the parser, so the frame bytes after it were parsed as
    // HTTP when the request arrived whole, and were not when it was split.
    const QByteArray upgrade = "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
    const QByteArray input = upgrade + "\x81\x05hello";
    RequestParser parser;
    const qsizetype used = parser.parse(input.constData(), input.size());
    QCOMPARE(used, upgrade.size());
    QVERIFY(parser.isUpgraded());
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.readyCount(), 1);
    QVERIFY(!parser.takeRequest().keepAlive);
    QCOMPARE(parser.parse(input.constData() + used, input.size() - used), 0);
}

void tst_RequestParser::pipelinedRequestsComeOneAtATime()
{
    RequestParser parser;
    const QByteArray two = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n";
    const qsizetype first = parser.parse(two.constData(), two.size());
    QCOMPARE(first, two.indexOf("GET /2"));
    QCOMPARE(parser.readyCount(), 1);
    QCOMPARE(parser.takeRequest().path, QByteArray("/1"));
    const qsizetype second = parser.parse(two.constData() + first, two.size() - first);
    QCOMPARE(first + second, two.size());
    QCOMPARE(parser.takeRequest().path, QByteArray("/2"));
}

void tst_RequestParser::bodyLimitIsDecidedBeforeTheBody()
{
    RequestParser parser(smallLimits());
    QVERIFY(!parser.feed("PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n"));
    QCOMPARE(parser.errorStatus(), 413);
    QCOMPARE(parser.errorCode(), QStringLiteral("payload_too_large"));
}

void tst_RequestParser::chunkedBodyLimitIsDecidedPerChunkHeader()
{
    RequestParser parser(smallLimits());
    // The chunk's size line alone already exceeds the limit: no chunk data needed.
    QVERIFY(!parser.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n"));
    QCOMPARE(parser.errorStatus(), 413);
}

void tst_RequestParser::expectContinue()
{
    RequestParser parser;
    QVERIFY(parser.feed("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"));
    QVERIFY(parser.takeContinueExpected());
    QVERIFY(!parser.takeContinueExpected()); // once
    QVERIFY(parser.feed("abc"));
    QCOMPARE(parser.takeRequest().body, QByteArray("abc"));

    RequestParser noBody;
    QVERIFY(noBody.feed("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n"));
    QVERIFY(!noBody.takeContinueExpected());
}

void tst_RequestParser::requestIdOfRejectedRequestIsAvailable()
{
    RequestParser parser(smallLimits());
    QVERIFY(!parser.feed("POST / HTTP/1.1\r\nHost: x\r\nX-Request-ID: r-1\r\nContent-Length: 1000\r\n\r\n"));
    QCOMPARE(parser.partialHeader("x-request-id"), QByteArray("r-1"));
}

void tst_RequestParser::phases()
{
    RequestParser parser;
    QCOMPARE(parser.phase(), RequestParser::Phase::Idle);
    QVERIFY(parser.feed("POST / HTTP/1.1\r\nHo"));
    QCOMPARE(parser.phase(), RequestParser::Phase::Headers);
    QVERIFY(parser.feed("st: x\r\nContent-Length: 2\r\n\r\na"));
    QCOMPARE(parser.phase(), RequestParser::Phase::Body);
    QVERIFY(parser.feed("b"));
    QCOMPARE(parser.phase(), RequestParser::Phase::Idle);
    QVERIFY(parser.hasRequest());
}

QTEST_GUILESS_MAIN(tst_RequestParser)
#include "tst_requestparser.moc"
