// Every route of the route table, driven on the real server with a valid and
// an invalid request, and every answer checked against the published OpenAPI
// document (OpenApiContract): an undocumented status, an undocumented field,
// a missing required field or a value of another type fails. The operations
// are read from the document and compared with ExpectedRouteAccess's reviewed
// table, so a new route is driven here without editing this test.
//
// Valid requests are built from the document itself: create bodies from the
// request schemas (required fields; references resolved to records listed by
// the API), ids from the lists, If-Match from the records' ETags.
#include "tests/server/app/ExpectedRouteAccess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::OpenApiContract;
using erp::test::TlsTestClient;

namespace {

struct Operation
{
    QByteArray method;
    QString path; // template, "/api/v1/leads/{id}"
    QJsonObject op;

    QString collection() const { return path.section(u'/', 0, 3); } // "/api/v1/leads"
    bool hasId() const { return path.contains(u"{id}"_s); }
    bool isPublic() const { return op.contains(u"security"_s) && op.value(u"security"_s).toArray().isEmpty(); }
    QString name() const { return QString::fromLatin1(method) + u' ' + path; }
    // Order of the drive: lists, creates, reads, changes, actions, deletes.
    int phase() const
    {
        if (method == "GET")
            return hasId() ? 2 : 0;
        if (method == "POST")
            return hasId() ? 4 : 1;
        if (method == "PATCH")
            return 3;
        return 5;
    }
};

} // namespace

class TestApiContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRouteAnswersAsDocumented();
    void validatorCatchesWhatItShould();

private:
    TlsTestClient::Response send(const Operation &o, const QByteArray &path, const QByteArray &body = {},
                                 TlsTestClient::Headers headers = {}, bool signedIn = true);
    QJsonValue valueFor(const QString &key, const QJsonObject &schema, bool *unresolved);
    qint64 firstId(const QString &collection);
    QString collectionForKey(const QString &key, const QJsonObject &schema) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsTestClient> m_client;
    TestServer::Tenant m_tenant;
    QByteArray m_token;
    QJsonObject m_document;
    std::unique_ptr<OpenApiContract> m_contract;
    QStringList m_violations;
    QHash<QString, qint64> m_created; // collection -> id created by this test
    QSet<QString> m_collections;
    QHash<QString, int> m_successes; // operation -> 2xx answers
    QHash<QString, QString> m_lastAnswer; // operation -> its last answer, for the failure message
    int m_serial = 0;
    bool m_probing = false; // sending the invalid requests
};

void TestApiContract::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"api_contract"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_tenant = m_server->createTenant(u"contract"_s);
    m_token = m_server->login(m_tenant.slug, m_tenant.adminEmail, m_tenant.adminPassword);
    QVERIFY(!m_token.isEmpty());
    m_client = m_server->client();
    const auto r = m_client->get("/api/v1/openapi.json");
    QCOMPARE(r.status, 200);
    m_document = r.json();
    m_contract = std::make_unique<OpenApiContract>(m_document);
}

TlsTestClient::Response TestApiContract::send(const Operation &o, const QByteArray &path, const QByteArray &body,
                                              TlsTestClient::Headers headers, bool signedIn)
{
    if (signedIn)
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + m_token));
    if (!body.isNull())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (!m_client->isConnected())
        m_client = m_server->client();
    TlsTestClient::Response r = m_client->request(o.method, path, headers, body);
    if (!r.isValid()) { // the server may close after an error: once more on a new connection
        m_client = m_server->client();
        r = m_client->request(o.method, path, headers, body);
    }
    const QStringList problems = m_contract->check(o.method, o.path, r);
    for (const QString &p : problems)
        m_violations << p + u" [request " + QString::fromLatin1(o.method) + u' ' + QString::fromUtf8(path) + u' '
                + QString::fromUtf8(body.left(200)) + u']';
    if (r.status >= 200 && r.status < 300)
        ++m_successes[o.name()];
    if (!m_probing)
        m_lastAnswer.insert(o.name(), QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300)));
    return r;
}

qint64 TestApiContract::firstId(const QString &collection)
{
    if (m_created.contains(collection))
        return m_created.value(collection);
    if (!m_collections.contains(collection))
        return 0;
    const Operation list{"GET", collection, m_contract->operation("GET", collection)};
    const auto r = send(list, collection.toUtf8() + "?limit=1");
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    return items.isEmpty() ? 0 : qint64(items.first().toObject().value(u"id"_s).toDouble());
}

// The collection whose records a key refers to: the declared table
// (x-references) or the key's name ("from_location_id" -> locations).
QString TestApiContract::collectionForKey(const QString &key, const QJsonObject &schema) const
{
    QString table = schema.value(u"x-references"_s).toString();
    if (table.isEmpty()) {
        if (!key.endsWith(u"_id"_s))
            return {};
        table = key.chopped(3).section(u'_', -1) + u's';
    }
    return u"/api/v1/"_s + QString(table).replace(u'_', u'-');
}

QJsonValue TestApiContract::valueFor(const QString &key, const QJsonObject &schemaOrRef, bool *unresolved)
{
    const QJsonObject schema = m_contract->resolve(schemaOrRef);
    const QString type = schema.value(u"type"_s).toString();
    if (schema.contains(u"enum"_s))
        return schema.value(u"enum"_s).toArray().first();
    if (type == u"boolean")
        return true;
    if (type == u"integer") {
        const QString collection = collectionForKey(key, schema);
        if (!collection.isEmpty()) {
            const qint64 id = firstId(collection);
            if (!id)
                *unresolved = true;
            return id;
        }
        return qMax<qint64>(1, qint64(schema.value(u"minimum"_s).toDouble()));
    }
    if (type == u"array")
        return QJsonArray();
    if (type == u"object") {
        QJsonObject o;
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const auto &r : schema.value(u"required"_s).toArray())
            o.insert(r.toString(), valueFor(r.toString(), properties.value(r.toString()).toObject(), unresolved));
        return o;
    }
    const QString format = schema.value(u"format"_s).toString();
    const QString pattern = schema.value(u"pattern"_s).toString();
    if (format == u"date")
        return u"2026-03-01"_s;
    if (format == u"date-time")
        return u"2026-03-01T09:30:00Z"_s;
    if (format == u"email")
        return u"contract%1@example.com"_s.arg(++m_serial);
    if (format == u"decimal")
        return u"5"_s;
    if (pattern == u"^[A-Z]{3}$")
        return u"EUR"_s;
    if (key.contains(u"password"_s))
        return u"contract test passphrase %1"_s.arg(++m_serial);
    const int maxLength = schema.value(u"maxLength"_s).toInt(200);
    return u"C%1 contract"_s.arg(++m_serial).left(maxLength);
}

void TestApiContract::everyRouteAnswersAsDocumented()
{
    // The document's operations are the reviewed route table's.
    QList<Operation> operations;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m)
            operations.append({m.key().toUpper().toLatin1(), p.key(), m.value().toObject()});
    }
    static const QRegularExpression typed(u"\\{([a-z_]+):[a-z]+\\}"_s);
    QStringList reviewed;
    for (const auto &row : erp::test::ExpectedRouteAccess::table())
        reviewed << QString::fromLatin1(row.method) + u' ' + QString(row.pattern).replace(typed, u"{\\1}"_s);
    QStringList driven;
    for (const Operation &o : operations) {
        driven << o.name();
        if (o.method == "GET" && !o.hasId())
            m_collections.insert(o.path);
    }
    reviewed.sort();
    driven.sort();
    QCOMPARE(driven, reviewed);
    std::stable_sort(operations.begin(), operations.end(),
                     [](const Operation &a, const Operation &b) { return a.phase() < b.phase(); });

    // Creates first, repeated while a create waits for a record it refers to.
    QList<Operation> creates;
    for (const Operation &o : operations)
        if (o.phase() == 1 && !o.isPublic())
            creates << o;
    for (int round = 0; round < 4 && !creates.isEmpty(); ++round) {
        for (auto it = creates.begin(); it != creates.end();) {
            const QJsonObject schema
                = it->op[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject();
            if (schema.isEmpty()) {
                it = creates.erase(it);
                continue;
            }
            bool unresolved = false;
            const QJsonObject body = valueFor(QString(), schema, &unresolved).toObject();
            if (unresolved && round < 3) {
                ++it;
                continue;
            }
            auto r = send(*it, it->path.toUtf8(), QJsonDocument(body).toJson(QJsonDocument::Compact));
            // Some records need one of several optional links (an activity
            // belongs to a lead, a contact or an account): try each in turn.
            const QJsonObject properties = m_contract->resolve(schema).value(u"properties"_s).toObject();
            for (auto p = properties.begin(); r.status == 422 && p != properties.end(); ++p) {
                if (body.contains(p.key()) || !p.value().toObject().contains(u"x-references"_s))
                    continue;
                bool missing = false;
                QJsonObject linked = body;
                linked.insert(p.key(), valueFor(p.key(), p.value().toObject(), &missing));
                if (!missing)
                    r = send(*it, it->path.toUtf8(), QJsonDocument(linked).toJson(QJsonDocument::Compact));
            }
            if (r.status == 201 && r.json().contains(u"id"_s))
                m_created.insert(it->path, qint64(r.json().value(u"id"_s).toDouble()));
            it = creates.erase(it);
        }
    }

    for (const Operation &o : operations) {
        const QByteArray unknownId
            = QString(o.path).replace(u"{id}"_s, u"2147483000"_s).replace(u"{line_id}"_s, u"2147483000"_s).toUtf8();
        // Invalid: not signed in, an id that names nothing, a bad parameter,
        // a body with a field no route knows, a change without If-Match.
        m_probing = true;
        if (!o.isPublic())
            send(o, unknownId, {}, {}, false);
        if (o.hasId() && o.method == "GET")
            send(o, unknownId);
        if (o.method == "GET" && !o.hasId() && o.path.startsWith(u"/api/v1/"_s) && o.op.contains(u"parameters"_s))
            send(o, o.path.toUtf8() + "?limit=0&no_such_parameter=1");
        if (o.op.contains(u"requestBody"_s)) {
            const qint64 id = o.hasId() ? firstId(o.collection()) : 0;
            const QByteArray path
                = QString(o.path).replace(u"{id}"_s, QString::number(id)).replace(u"{line_id}"_s, u"1"_s).toUtf8();
            send(o, path, "{\"no_such_field\": true}", {{"If-Match", "\"1\""}}, !o.isPublic());
            send(o, path, "{\"unterminated", {{"If-Match", "\"1\""}}, !o.isPublic());
        }
        if (o.method == "PATCH" || o.method == "DELETE")
            send(o, QString(o.path).replace(u"{id}"_s, QString::number(firstId(o.collection()))).toUtf8(), "{}");
        m_probing = false;

        // Valid, signed in.
        if (o.phase() == 1 || (o.isPublic() && o.method == "POST"))
            continue; // creates ran above; sign-in and sign-out are covered by the auth tests' own flows
        if (o.path == u"/api/v1/auth/password" || o.path.endsWith(u"/revoke"_s))
            continue; // would end this test's session: driven invalid only
        const qint64 id = o.hasId() ? firstId(o.collection()) : 0;
        if (o.hasId() && !id) {
            m_violations << o.name() + u": no record to drive it with"_s;
            continue;
        }
        QString filled = QString(o.path).replace(u"{id}"_s, QString::number(id));
        if (filled.contains(u"{line_id}"_s)) {
            // A line of the record, the first one it has; a record without
            // lines (the order created above has none) is driven with a line
            // id that names nothing, and that answer is checked.
            const QString readPath = o.collection() + u"/{id}"_s;
            const Operation read{"GET", readPath, m_contract->operation("GET", readPath)};
            const auto record = send(read, (o.collection() + u'/' + QString::number(id)).toUtf8());
            const QJsonArray lines = record.json().value(u"lines"_s).toArray();
            const qint64 line = lines.isEmpty() ? 2147483000 : qint64(lines.first()[u"id"_s].toDouble());
            filled.replace(u"{line_id}"_s, QString::number(line));
        }
        const QByteArray path = filled.toUtf8();
        TlsTestClient::Headers headers;
        // Changes send the ETag of the record as read just before.
        const QString readTemplate = o.hasId() ? o.collection() + u"/{id}"_s : o.path;
        if (o.method != "GET" && !m_contract->operation("GET", readTemplate).isEmpty()) {
            const Operation read{"GET", readTemplate, m_contract->operation("GET", readTemplate)};
            const auto current = send(read, QString(readTemplate).replace(u"{id}"_s, QString::number(id)).toUtf8());
            if (current.hasHeader("etag"))
                headers.append(qMakePair(QByteArray("If-Match"), current.header("etag")));
        }
        QByteArray body;
        const QJsonObject schema = o.op[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject();
        if (!schema.isEmpty()) {
            bool unresolved = false;
            body = QJsonDocument(valueFor(QString(), schema, &unresolved).toObject()).toJson(QJsonDocument::Compact);
        } else if (o.method == "POST") {
            body = QByteArray();
        }
        const auto r = send(o, path, body, headers);
        if (o.method == "GET")
            QVERIFY2(r.status == 200, qPrintable(o.name() + u" answered "_s + QString::number(r.status) + u' '
                                                 + QString::fromUtf8(r.body.left(300))));
    }

    QStringList without;
    for (const Operation &o : operations)
        if (!m_successes.contains(o.name()))
            without << o.name() + u" (last answer: "_s + m_lastAnswer.value(o.name()) + u')';
    qInfo().noquote() << operations.size() << "operations driven;" << operations.size() - without.size()
                      << "answered with success at least once; without a success answer (their valid request "
                         "meets a state or a rule; their answers were still checked):"
                      << without.join(u", "_s);
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u'\n')));
    // Every operation must have been driven to a documented success, not only refused.
    for (const QString &w : without)
        qWarning().noquote() << "no success:" << w;
    QVERIFY2(without.isEmpty(), qPrintable(QString::number(without.size()) + u" operations without success"_s));
}

// The validator itself: what it must refuse, it refuses.
void TestApiContract::validatorCatchesWhatItShould()
{
    const QJsonObject schema = m_contract->resolve(
        m_document[u"paths"_s][u"/api/v1/leads/{id}"_s][u"get"_s][u"responses"_s][u"200"_s][u"content"_s]
                  [u"application/json"_s][u"schema"_s]
                      .toObject());
    QVERIFY(!schema.isEmpty());
    const Operation create{"POST", u"/api/v1/leads"_s, {}};
    const auto created = send(create, "/api/v1/leads", R"({"title": "Validator", "currency": "EUR"})");
    QCOMPARE(created.status, 201);
    const Operation read{"GET", u"/api/v1/leads/{id}"_s, {}};
    const auto r = send(read, created.header("location"));
    QCOMPARE(r.status, 200);
    const QJsonObject lead = r.json();
    QVERIFY(m_contract->validate(lead, schema, u"lead"_s).isEmpty());
    QJsonObject extra = lead;
    extra.insert(u"surprise"_s, 1);
    QVERIFY(m_contract->validate(extra, schema, u"lead"_s).join(u' ').contains(u"not documented"_s));
    QJsonObject wrongType = lead;
    wrongType.insert(u"title"_s, 42);
    QVERIFY(m_contract->validate(wrongType, schema, u"lead"_s).join(u' ').contains(u"integer where"_s));
    QJsonObject missing = lead;
    missing.remove(u"version"_s);
    QVERIFY(m_contract->validate(missing, schema, u"lead"_s).join(u' ').contains(u"missing"_s));
    TlsTestClient::Response teapot = r;
    teapot.status = 418;
    QVERIFY(m_contract->check("GET", u"/api/v1/leads/{id}"_s, teapot).join(u' ').contains(u"not documented"_s));
    TlsTestClient::Response noEtag = r;
    noEtag.headers.removeIf([](const auto &h) { return h.first.toLower() == "etag"; });
    QVERIFY(m_contract->check("GET", u"/api/v1/leads/{id}"_s, noEtag).join(u' ').contains(u"ETag missing"_s));
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
