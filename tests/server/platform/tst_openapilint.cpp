// The published OpenAPI document, linted twice: by tests/tools/lint_openapi.pl
// (the OpenAPI 3.0 schema check of JSON::Validator, Debian's
// libjson-validator-perl, and the linter rules that script adds) and by
// kin-openapi, a maintained OpenAPI 3 validator packaged by Debian
// (golang-github-getkin-kin-openapi-dev, run offline through golang-go by
// tests/tools/lint_openapi_kin.go), which also checks every example against
// its schema. Both are in .ci/packages.txt. Each must also refuse a broken
// document, so the lint cannot pass by not running.
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
    void maintainedValidatorAcceptsPublishedDocument();
    void maintainedValidatorRefusesBrokenDocument();

private:
    static int lint(const QByteArray &document, QByteArray *output);
    static int kinOpenApi(const QByteArray &document, QByteArray *output);
    static QString writeDocument(const QByteArray &document);
};

QString TestOpenApiLint::writeDocument(const QByteArray &document)
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(u"openapi-%1.json"_s.arg(qHash(document)));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(document) != document.size())
        return {};
    return file;
}

int TestOpenApiLint::kinOpenApi(const QByteArray &document, QByteArray *output)
{
    const QString file = writeDocument(document);
    if (file.isEmpty())
        return -1;
    QProcess go;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Offline, from Debian's packaged Go sources; the compiled tool is cached in the build tree.
    env.insert(u"GO111MODULE"_s, u"off"_s);
    env.insert(u"GOPATH"_s, u"/usr/share/gocode"_s);
    env.insert(u"GOFLAGS"_s, QString());
    env.insert(u"GOPROXY"_s, u"off"_s);
    env.insert(u"GOENV"_s, u"off"_s);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    env.insert(u"GOCACHE"_s, QStringLiteral(ERP_GO_CACHE));
    go.setProcessEnvironment(env);
    go.setProcessChannelMode(QProcess::MergedChannels);
    go.start(u"go"_s, {u"run"_s, QStringLiteral(ERP_SOURCE_DIR) + u"/tests/tools/lint_openapi_kin.go"_s, file});
    if (!go.waitForFinished(600'000))
        return -1;
    *output = go.readAll();
    return go.exitStatus() == QProcess::NormalExit ? go.exitCode() : -1;
}

void TestOpenApiLint::maintainedValidatorAcceptsPublishedDocument()
{
    TestServer server(u"openapi_kin"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto r = server.client()->get("/api/v1/openapi.json");
    QCOMPARE(r.status, 200);
    QByteArray output;
    const int exitCode = kinOpenApi(r.body, &output);
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY2(output.contains("kin-openapi: 0 errors"), output.constData());
}

void TestOpenApiLint::maintainedValidatorRefusesBrokenDocument()
{
    TestServer server(u"openapi_kin_broken"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QJsonObject doc = server.client()->get("/api/v1/openapi.json").json();
    // The create example of leads with a title of the wrong type.
    QJsonObject paths = doc.value(u"paths"_s).toObject();
    QJsonObject item = paths.value(u"/api/v1/leads"_s).toObject();
    QJsonObject post = item.value(u"post"_s).toObject();
    QJsonObject requestBody = post.value(u"requestBody"_s).toObject();
    QJsonObject content = requestBody.value(u"content"_s).toObject();
    QJsonObject media = content.value(u"application/json"_s).toObject();
    QJsonObject example = media.value(u"example"_s).toObject();
    QVERIFY(example.contains(u"title"_s));
    example.insert(u"title"_s, 42);
    media.insert(u"example"_s, example);
    content.insert(u"application/json"_s, media);
    requestBody.insert(u"content"_s, content);
    post.insert(u"requestBody"_s, requestBody);
    item.insert(u"post"_s, post);
    paths.insert(u"/api/v1/leads"_s, item);
    doc.insert(u"paths"_s, paths);
    QByteArray output;
    QCOMPARE(kinOpenApi(QJsonDocument(doc).toJson(), &output), 1);
    QVERIFY2(output.contains("invalid example"), output.constData());
    QVERIFY2(output.contains("title"), output.constData());
}

int TestOpenApiLint::lint(const QByteArray &document, QByteArray *output)
{
    const QString file = writeDocument(document);
    if (file.isEmpty())
        return -1;
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
