// The published OpenAPI document, linted by tests/tools/lint_openapi.pl:
// the OpenAPI 3.0 schema check of JSON::Validator (Debian's
// libjson-validator-perl, listed in .ci/packages.txt) and the linter rules
// that script adds. The script must also refuse a broken document, so the
// lint cannot pass by not running.
#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestOpenApiLint : public QObject
{
    Q_OBJECT

private slots:
    void publishedDocumentHasNoLintErrors();
    void brokenDocumentIsRefused();

private:
    static int lint(const QByteArray &document, QByteArray *output);
};

int TestOpenApiLint::lint(const QByteArray &document, QByteArray *output)
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(u"openapi-%1.json"_s.arg(qHash(document)));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(document) != document.size())
        return -1;
    f.close();
    QProcess perl;
    perl.setProcessChannelMode(QProcess::MergedChannels);
    perl.start(u"perl"_s, {QStringLiteral(ERP_SOURCE_DIR) + u"/tests/tools/lint_openapi.pl"_s, file});
    if (!perl.waitForFinished(120'000))
        return -1;
    *output = perl.readAll();
    return perl.exitStatus() == QProcess::NormalExit ? perl.exitCode() : -1;
}

void TestOpenApiLint::publishedDocumentHasNoLintErrors()
{
    TestServer server(u"openapi_lint"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto r = server.client()->get("/api/v1/openapi.json");
    QCOMPARE(r.status, 200);
    QByteArray output;
    const int exitCode = lint(r.body, &output);
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY2(output.contains(" 0 errors"), output.constData());
}

void TestOpenApiLint::brokenDocumentIsRefused()
{
    TestServer server(u"openapi_lint_broken"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QJsonObject doc = server.client()->get("/api/v1/openapi.json").json();
    QJsonObject paths = doc.value(u"paths"_s).toObject();
    QJsonObject item = paths.value(u"/api/v1/leads"_s).toObject();
    QJsonObject get = item.value(u"get"_s).toObject();
    QJsonObject responses = get.value(u"responses"_s).toObject();
    QJsonObject ok = responses.value(u"200"_s).toObject();
    ok.remove(u"description"_s); // required by OpenAPI
    responses.insert(u"200"_s, ok);
    get.insert(u"responses"_s, responses);
    get.insert(u"operationId"_s, item.value(u"post"_s).toObject().value(u"operationId"_s)); // duplicate
    item.insert(u"get"_s, get);
    paths.insert(u"/api/v1/leads"_s, item);
    doc.insert(u"paths"_s, paths);
    QByteArray output;
    QCOMPARE(lint(QJsonDocument(doc).toJson(), &output), 1);
    QVERIFY2(output.contains("description"), output.constData());
    QVERIFY2(output.contains("is not unique"), output.constData());
}

QTEST_GUILESS_MAIN(TestOpenApiLint)
#include "tst_openapilint.moc"
