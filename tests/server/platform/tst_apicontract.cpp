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
    QByteArray m_actingToken; // another user's token, while one acts
    QByteArray m_powerless; // a user of the tenant without any role
    QHash<QString, QSet<int>> m_observed; // operation -> statuses answered

    // The operations the generic drive above cannot bring to a success (a
    // state, a second user, a second record, a CSV body), driven through the
    // API with what each needs.
    void driveWhatIsLeft(const QList<Operation> &operations);
    Operation operationFor(const QByteArray &method, const QString &path) const;
    QJsonObject bodyFor(const Operation &o);
    TlsTestClient::Response changeWithETag(const Operation &o, const QString &readPath, const QByteArray &path,
                                           const QJsonObject &body);
    qint64 createOne(const QString &collection, const QJsonObject &overrides = {});
    QHash<QString, QByteArray> m_createdETag;
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
    m_server->createUser(m_tenant, u"powerless@contract.test"_s, {});
    m_powerless = m_server->login(m_tenant.slug, u"powerless@contract.test"_s, TestServer::userPassword());
    QVERIFY(!m_powerless.isEmpty());
}

TlsTestClient::Response TestApiContract::send(const Operation &o, const QByteArray &path, const QByteArray &body,
                                              TlsTestClient::Headers headers, bool signedIn)
{
    if (signedIn)
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + (m_actingToken.isEmpty() ? m_token : m_actingToken)));
    const bool typed = std::any_of(headers.begin(), headers.end(),
                                   [](const auto &h) { return h.first.toLower() == "content-type"; });
    if (!body.isNull() && !typed)
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
    m_observed[o.name()].insert(r.status);
    // A record deleted is no longer the one to refer to.
    if (o.method == "DELETE" && r.status == 204
        && m_created.value(o.collection()) == QString::fromUtf8(path).section(u'/', 4, 4).toLongLong())
        m_created.remove(o.collection());
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
            qint64 id = firstId(collection);
            // A table without a list of its own (unit categories): the value
            // a listed record carries under the same key (a unit's category_id).
            for (auto c = m_collections.begin(); !id && c != m_collections.end(); ++c) {
                if (c->count(u'/') != 3 || !c->startsWith(u"/api/v1/"_s))
                    continue;
                const Operation list{"GET", *c, m_contract->operation("GET", *c)};
                const QJsonObject item = send(list, c->toUtf8() + "?limit=1").json()[u"items"_s][0].toObject();
                if (item.value(key).toDouble() >= 1)
                    id = qint64(item.value(key).toDouble());
            }
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
            // If-Match only where it is required: an optional one is checked first.
            TlsTestClient::Headers probeHeaders;
            if (o.method == "PATCH")
                probeHeaders.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));
            const auto unknown = send(o, path, "{\"no_such_field\": true}", probeHeaders, !o.isPublic());
            // The declaration refuses what it does not declare, wherever the body is read.
            if (o.op[u"requestBody"_s][u"content"_s].toObject().contains(u"application/json"_s)
                && (unknown.status != 400 || unknown.json().value(u"code"_s).toString() != u"unknown_field"_s))
                m_violations << o.name() + u": an undeclared field was answered "_s + QString::number(unknown.status)
                        + u' ' + QString::fromUtf8(unknown.body.left(200));
            send(o, path, "{\"unterminated", {{"If-Match", "\"1\""}}, !o.isPublic());
            const bool json = o.op[u"requestBody"_s][u"content"_s].toObject().contains(u"application/json"_s);
            // Another media type; a declared field of another JSON type.
            TlsTestClient::Headers formHeaders{
                {"Content-Type", json ? "application/x-www-form-urlencoded" : "application/json"}};
            if (o.method == "PATCH") // its If-Match is checked first
                formHeaders.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));
            send(o, path, json ? "title=x" : "{}", formHeaders, !o.isPublic());
            const QJsonObject properties = m_contract->resolve(
                o.op[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject())[u"properties"_s]
                                               .toObject();
            // A value no handler may see (NUL, refused for any body) and, for CSV, a column nobody knows.
            const QString key = properties.isEmpty() ? u"note"_s : properties.begin().key();
            if (json)
                send(o, path, "{\"" + key.toUtf8() + "\": \"a\\u0000b\"}", {{"If-Match", "\"1\""}}, !o.isPublic());
            else
                send(o, path, "no_such_column\nx\n", {{"Content-Type", "text/csv"}}, !o.isPublic());
            if (!properties.isEmpty()) {
                const QString type = properties.begin().value()[u"type"_s].toString();
                const QJsonObject wrong{{properties.begin().key(), type == u"string" ? QJsonValue(1) : QJsonValue(u"x"_s)}};
                const auto mistyped
                    = send(o, path, QJsonDocument(wrong).toJson(QJsonDocument::Compact), probeHeaders, !o.isPublic());
                const QString expected = properties.begin().value()[u"readOnly"_s].toBool() ? u"not_changeable"_s
                                                                                            : u"wrong_type"_s;
                bool named = false;
                for (const auto &e : mistyped.json().value(u"errors"_s).toArray())
                    named |= e[u"field"_s].toString() == properties.begin().key() && e[u"code"_s].toString() == expected;
                if (mistyped.status != 422 || !named)
                    m_violations << o.name() + u": a declared field of another type was answered "_s
                            + QString::number(mistyped.status) + u' ' + QString::fromUtf8(mistyped.body.left(200));
            }
        }
        if (o.op.contains(u"x-required-permission"_s)) { // signed in without that permission
            m_actingToken = m_powerless;
            send(o, QString(o.path).replace(u"{id}"_s, u"1"_s).replace(u"{line_id}"_s, u"1"_s).toUtf8(),
                 o.method == "GET" || o.method == "DELETE" ? QByteArray() : QByteArray("{}"));
            m_actingToken.clear();
        }
        if (o.hasId() && o.method != "GET") { // an id that names nothing, signed in
            QByteArray body;
            if (o.op[u"requestBody"_s][u"content"_s].toObject().contains(u"application/json"_s))
                body = QJsonDocument(bodyFor(o)).toJson(QJsonDocument::Compact);
            send(o, unknownId, body, {{"If-Match", "\"1\""}});
        }
        bool ifMatch = false;
        for (const auto &p : o.op[u"parameters"_s].toArray())
            ifMatch |= p[u"name"_s].toString() == u"If-Match";
        if (ifMatch) { // a version that is not the current one
            const QByteArray path = QString(o.path)
                                        .replace(u"{id}"_s, QString::number(firstId(o.collection())))
                                        .replace(u"{line_id}"_s, u"1"_s)
                                        .toUtf8();
            send(o, path, o.method == "DELETE" ? QByteArray() : QByteArray("{}"), {{"If-Match", "\"999999\""}});
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

    driveWhatIsLeft(operations);

    QStringList without;
    for (const Operation &o : operations)
        if (!m_successes.contains(o.name()))
            without << o.name() + u" (last answer: "_s + m_lastAnswer.value(o.name()) + u')';
    qInfo().noquote() << operations.size() << "operations driven;" << operations.size() - without.size()
                      << "answered with success at least once; without a success answer (their valid request "
                         "meets a state or a rule; their answers were still checked):"
                      << without.join(u", "_s);
    // The documented error answers: those every operation can be driven to
    // must have been seen; the rest (a state, a rule, a limit) are counted.
    // Driven for every operation that can answer them by its shape: 401
    // signed out, 403 without the permission, 400/415/422 for a body, 400
    // for a query, 412/428 for a change; 404, 409, 413, 429 and 503 depend
    // on data, rules and load, and are counted.
    const auto mustSee = [](const Operation &o, int status) {
        const bool body = o.op.contains(u"requestBody"_s);
        const bool change = o.method == "PATCH" || o.method == "DELETE";
        switch (status) {
        case 400: return body || o.op.contains(u"parameters"_s) && o.method == "GET" && !o.hasId();
        case 401: return !o.isPublic();
        case 403: return o.op.contains(u"x-required-permission"_s) && o.path.startsWith(u"/api/v1/"_s);
        case 415:
        case 422: return body;
        case 412:
        case 428: return change;
        default: return false;
        }
    };
    QStringList missingErrors;
    int documentedErrors = 0;
    int observedErrors = 0;
    QMap<int, int> unseen;
    for (const Operation &o : operations) {
        const QJsonObject responses = o.op.value(u"responses"_s).toObject();
        for (auto r = responses.begin(); r != responses.end(); ++r) {
            const int status = r.key().toInt();
            if (status < 400)
                continue;
            ++documentedErrors;
            if (m_observed.value(o.name()).contains(status))
                ++observedErrors;
            else if (mustSee(o, status))
                missingErrors << o.name() + u' ' + r.key();
            else
                ++unseen[status];
        }
    }
    QStringList unseenText;
    for (auto it = unseen.begin(); it != unseen.end(); ++it)
        unseenText << u"%1: %2"_s.arg(it.key()).arg(it.value());
    qInfo().noquote() << observedErrors << "of" << documentedErrors
                      << "documented error answers observed; not driven (operations per status):"
                      << unseenText.join(u", "_s);
    for (const QString &m : std::as_const(missingErrors))
        qWarning().noquote() << "documented error never answered:" << m;
    for (const QString &v : m_violations)
        qWarning().noquote() << "violation:" << v;
    for (const QString &w : without)
        qWarning().noquote() << "no success:" << w;
    QVERIFY2(m_violations.isEmpty(), qPrintable(QString::number(m_violations.size()) + u" violations"_s));
    // Every operation must have been driven to a documented success, not only refused.
    QVERIFY2(without.isEmpty(), qPrintable(QString::number(without.size()) + u" operations without success"_s));
    QVERIFY2(missingErrors.isEmpty(),
             qPrintable(QString::number(missingErrors.size()) + u" documented error answers never driven"_s));
}

Operation TestApiContract::operationFor(const QByteArray &method, const QString &path) const
{
    return {method, path, m_contract->operation(method, path)};
}

// A valid body for the operation from its documented schema (required fields).
QJsonObject TestApiContract::bodyFor(const Operation &o)
{
    const QJsonObject schema = o.op[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject();
    bool unresolved = false;
    return schema.isEmpty() ? QJsonObject() : valueFor(QString(), schema, &unresolved).toObject();
}

// A new record of the collection, created through its documented POST.
qint64 TestApiContract::createOne(const QString &collection, const QJsonObject &overrides)
{
    const Operation create = operationFor("POST", collection);
    QJsonObject body = bodyFor(create);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    auto r = send(create, collection.toUtf8(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    // A record that needs one of several optional links (an activity's lead): each in turn.
    const QJsonObject properties
        = m_contract->resolve(create.op[u"requestBody"_s][u"content"_s][u"application/json"_s][u"schema"_s].toObject())
              .value(u"properties"_s)
              .toObject();
    for (auto p = properties.begin(); r.status == 422 && p != properties.end(); ++p) {
        if (body.contains(p.key()) || !p.value().toObject().contains(u"x-references"_s))
            continue;
        bool missing = false;
        QJsonObject linked = body;
        QJsonValue target = valueFor(p.key(), p.value().toObject(), &missing);
        const QString targetCollection = collectionForKey(p.key(), p.value().toObject());
        if (missing && targetCollection != collection && m_collections.contains(targetCollection)) {
            target = createOne(targetCollection); // none left: one made for the purpose
            missing = target.toInteger() == 0;
        }
        linked.insert(p.key(), target);
        if (!missing)
            r = send(create, collection.toUtf8(), QJsonDocument(linked).toJson(QJsonDocument::Compact));
    }
    if (r.status != 201) {
        qWarning().noquote() << "could not create in" << collection << r.status << r.body.left(300);
        return 0;
    }
    const qint64 id = qint64(r.json().value(u"id"_s).toDouble());
    // The ETag, or the version it carries when a create answers without one.
    const QByteArray etag = r.hasHeader("etag")
        ? r.header("etag")
        : '"' + QByteArray::number(qint64(r.json().value(u"version"_s).toDouble(1))) + '"';
    m_createdETag.insert(collection + u'/' + QString::number(id), etag);
    return id;
}

// Sends a change with the ETag of the record as read just before.
TlsTestClient::Response TestApiContract::changeWithETag(const Operation &o, const QString &readPath,
                                                        const QByteArray &path, const QJsonObject &body)
{
    TlsTestClient::Headers headers;
    const QString readTemplate = readPath.section(u'/', 0, 3) + u"/{id}"_s;
    const auto current = send(operationFor("GET", readTemplate), readPath.toUtf8());
    if (current.hasHeader("etag"))
        headers.append(qMakePair(QByteArray("If-Match"), current.header("etag")));
    return send(o, path, body.isEmpty() && o.method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                headers);
}

void TestApiContract::driveWhatIsLeft(const QList<Operation> &operations)
{
    const auto done = [this](const QByteArray &method, const QString &path) {
        return m_successes.contains(QString::fromLatin1(method) + u' ' + path);
    };
    const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };

    // Deletes: a record made for the purpose, which nothing refers to yet.
    for (const Operation &o : operations) {
        if (o.method != "DELETE" || done(o.method, o.path) || o.path.count(u'{') != 1)
            continue;
        // A record some rule keeps (a warehouse's only receiving location):
        // once more with every choice set to its last value.
        QJsonObject lastChoices;
        const QJsonObject properties = m_contract
                                           ->resolve(operationFor("POST", o.collection())
                                                         .op[u"requestBody"_s][u"content"_s][u"application/json"_s]
                                                            [u"schema"_s]
                                                         .toObject())
                                           .value(u"properties"_s)
                                           .toObject();
        for (auto p = properties.begin(); p != properties.end(); ++p)
            if (p.value().toObject().contains(u"enum"_s))
                lastChoices.insert(p.key(), p.value()[u"enum"_s].toArray().last());
        for (const QJsonObject &overrides : {QJsonObject(), lastChoices}) {
            const qint64 id = createOne(o.collection(), overrides);
            if (!id)
                continue;
            const QByteArray path = (o.collection() + u'/' + QString::number(id)).toUtf8();
            m_probing = true; // an older version first: 412, and the record stays
            send(o, path, QByteArray(), {{"If-Match", "\"999999\""}});
            m_probing = false;
            TlsTestClient::Headers headers{{"If-Match", m_createdETag.value(QString::fromUtf8(path))}};
            if (send(o, path, QByteArray(), headers).status == 204)
                break;
        }
    }

    // Creates refused for a rule a generic body cannot know.
    if (!done("POST", u"/api/v1/stock-transfers"_s)) {
        const qint64 from = firstId(u"/api/v1/locations"_s);
        const qint64 to = createOne(u"/api/v1/locations"_s);
        const Operation o = operationFor("POST", u"/api/v1/stock-transfers"_s);
        QJsonObject body = bodyFor(o);
        body.insert(u"from_location_id"_s, from);
        body.insert(u"to_location_id"_s, to);
        body.insert(u"quantity"_s, u"1"_s);
        send(o, o.path.toUtf8(), json(body));
    }
    {
        // The bands cover every amount once (the drive above may have deleted
        // one): fill the first gap, or else end the open-ended band and add
        // one above it. Below 1,000 orders are approved at submit.
        const auto rules = send(operationFor("GET", u"/api/v1/approval-rules"_s), "/api/v1/approval-rules?limit=100");
        QList<QJsonObject> bands;
        for (const auto &rule : rules.json().value(u"items"_s).toArray())
            bands << rule.toObject();
        std::sort(bands.begin(), bands.end(), [](const QJsonObject &x, const QJsonObject &y) {
            return x[u"from_amount"_s].toString().toDouble() < y[u"from_amount"_s].toString().toDouble();
        });
        QString covered = u"0"_s;
        QJsonObject band;
        for (const QJsonObject &rule : std::as_const(bands)) {
            if (rule[u"from_amount"_s].toString().toDouble() > covered.toDouble()) {
                band = {{u"from_amount"_s, covered}, {u"to_amount"_s, rule[u"from_amount"_s]},
                        {u"approvers_needed"_s, covered.toDouble() < 1000 ? 0 : 1}};
                break;
            }
            if (rule[u"to_amount"_s].isNull()) {
                const QString limit = QString::number(qint64(rule[u"from_amount"_s].toString().toDouble()) + 100000);
                const QString path = u"/api/v1/approval-rules/"_s + QString::number(qint64(rule[u"id"_s].toDouble()));
                changeWithETag(operationFor("PATCH", u"/api/v1/approval-rules/{id}"_s), path, path.toUtf8(),
                               {{u"to_amount"_s, limit}});
                band = {{u"from_amount"_s, limit}, {u"to_amount"_s, QJsonValue::Null}, {u"approvers_needed"_s, 2}};
                break;
            }
            covered = rule[u"to_amount"_s].toString();
        }
        if (band.isEmpty()) // no open-ended band: the one above the last
            band = {{u"from_amount"_s, covered}, {u"to_amount"_s, QJsonValue::Null}, {u"approvers_needed"_s, 2}};
        const Operation create = operationFor("POST", u"/api/v1/approval-rules"_s);
        send(create, create.path.toUtf8(), json(band));
    }
    if (!done("POST", u"/api/v1/leads/{id}/convert"_s)) {
        const qint64 lead = createOne(u"/api/v1/leads"_s);
        const Operation o = operationFor("POST", u"/api/v1/leads/{id}/convert"_s);
        send(o, "/api/v1/leads/" + QByteArray::number(lead) + "/convert",
             json({{u"account_name"_s, u"Converted account"_s}, {u"contact_name"_s, u"Converted contact"_s}}));
    }

    // Imports: a CSV of one row of the create body's values, checked only (dry_run).
    for (const Operation &o : operations) {
        if (!o.path.endsWith(u"/import"_s) || done(o.method, o.path))
            continue;
        const QString description = o.op[u"requestBody"_s][u"content"_s][u"text/csv"_s][u"schema"_s]
                                        [u"description"_s].toString();
        const QStringList columns = description.section(u"columns: "_s, 1).split(u", "_s);
        const QJsonObject values = bodyFor(operationFor("POST", o.collection()));
        QStringList row;
        for (const QString &c : columns) {
            const QJsonValue v = values.value(c.trimmed());
            row << (v.isString() ? v.toString() : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s)
                                                  : v.isDouble() ? QString::number(qint64(v.toDouble())) : QString());
        }
        const QByteArray csv = (columns.join(u',') + u'\n' + row.join(u',') + u'\n').toUtf8();
        send(o, o.path.toUtf8() + "?dry_run=true", csv, {{"Content-Type", "text/csv"}});
    }

    // Purchase orders through their states. Bands (seeded): below 1,000 approved
    // at submit, 1,000 to 10,000 one approver who is not the creator.
    const qint64 supplier = firstId(u"/api/v1/suppliers"_s);
    const qint64 warehouse = firstId(u"/api/v1/warehouses"_s);
    const qint64 product = firstId(u"/api/v1/products"_s);
    const Operation createOrder = operationFor("POST", u"/api/v1/purchase-orders"_s);
    const auto newOrder = [&](const QString &price, int lines) -> QJsonObject {
        QJsonArray orderLines;
        for (int i = 0; i < lines; ++i)
            orderLines.append(QJsonObject{{u"product_id"_s, product}, {u"quantity"_s, u"10"_s}, {u"unit_price"_s, price}});
        const auto r = send(createOrder, "/api/v1/purchase-orders",
                            json({{u"supplier_id"_s, supplier}, {u"warehouse_id"_s, warehouse}, {u"lines"_s, orderLines}}));
        return r.json();
    };
    const auto act = [&](const QJsonObject &order, const QString &action, const QJsonObject &body = {}) {
        const QString path = u"/api/v1/purchase-orders/"_s + QString::number(qint64(order[u"id"_s].toDouble()));
        const Operation o = operationFor("POST", u"/api/v1/purchase-orders/{id}/"_s + action);
        return changeWithETag(o, path, (path + u'/' + action).toUtf8(), body).json();
    };
    const auto lineId = [](const QJsonObject &order, int i) {
        return qint64(order[u"lines"_s][i][u"id"_s].toDouble());
    };
    // Approved at submit; ordered; one line partly received and closed
    // short, the other received in full; then closed.
    QJsonObject a = newOrder(u"2.50"_s, 2);
    act(a, u"submit"_s);
    act(a, u"order"_s);
    a = act(a, u"receive"_s,
            {{u"lines"_s, QJsonArray{QJsonObject{{u"line_id"_s, lineId(a, 0)}, {u"quantity"_s, u"4"_s}},
                                     QJsonObject{{u"line_id"_s, lineId(a, 1)}, {u"quantity"_s, u"10"_s}}}}});
    {
        const QString path = u"/api/v1/purchase-orders/"_s + QString::number(qint64(a[u"id"_s].toDouble()));
        changeWithETag(operationFor("POST", u"/api/v1/purchase-orders/{id}/lines/{line_id}/close_short"_s), path,
                       (path + u"/lines/"_s + QString::number(lineId(a, 0)) + u"/close_short"_s).toUtf8(),
                       {{u"reason"_s, u"Supplier is out of stock"_s}});
    }
    act(a, u"close"_s);
    // Approved, revised back to draft, approved again, ordered, partly received, closed short.
    QJsonObject b = newOrder(u"2.50"_s, 1);
    act(b, u"submit"_s);
    act(b, u"revise"_s);
    act(b, u"submit"_s);
    act(b, u"order"_s);
    b = act(b, u"receive"_s,
            {{u"lines"_s, QJsonArray{QJsonObject{{u"line_id"_s, lineId(b, 0)}, {u"quantity"_s, u"3"_s}}}}});
    act(b, u"close_short"_s, {{u"reason"_s, u"The rest will not come"_s}});
    // Above the first band: submitted, withdrawn, submitted again, rejected
    // and then approved by another user who may approve.
    QJsonObject c = newOrder(u"200.00"_s, 1);
    act(c, u"submit"_s);
    act(c, u"withdraw"_s);
    act(c, u"submit"_s);
    m_server->createUser(m_tenant, u"approver@contract.test"_s, {u"admin"_s});
    m_actingToken = m_server->login(m_tenant.slug, u"approver@contract.test"_s, TestServer::userPassword());
    act(c, u"reject"_s, {{u"comment"_s, u"Wrong supplier"_s}});
    m_actingToken.clear();
    act(c, u"submit"_s);
    m_actingToken = m_server->login(m_tenant.slug, u"approver@contract.test"_s, TestServer::userPassword());
    act(c, u"approve"_s, {{u"comment"_s, u"Fine"_s}});
    m_actingToken.clear();

    // Signing in and out, with a session of its own.
    const Operation login = operationFor("POST", u"/api/v1/auth/login"_s);
    const QJsonObject credentials{{u"organisation"_s, m_tenant.slug},
                                  {u"email"_s, m_tenant.adminEmail},
                                  {u"password"_s, m_tenant.adminPassword}};
    const auto signedIn = send(login, "/api/v1/auth/login", json(credentials), {}, false);
    const auto refreshed = send(operationFor("POST", u"/api/v1/auth/refresh"_s), "/api/v1/auth/refresh",
                                json({{u"refresh_token"_s, signedIn.json().value(u"refresh_token"_s)}}), {}, false);
    send(operationFor("POST", u"/api/v1/auth/logout"_s), "/api/v1/auth/logout",
         json({{u"refresh_token"_s, refreshed.json().value(u"refresh_token"_s)}}), {}, false);
    // A session ended by an administrator: the newest one, just opened.
    send(login, "/api/v1/auth/login", json(credentials), {}, false);
    qint64 newest = 0;
    const auto sessions = send(operationFor("GET", u"/api/v1/sessions"_s), "/api/v1/sessions?limit=100");
    for (const auto &s : sessions.json().value(u"items"_s).toArray())
        newest = qMax(newest, qint64(s[u"id"_s].toDouble()));
    send(operationFor("POST", u"/api/v1/sessions/{id}/revoke"_s), "/api/v1/sessions/" + QByteArray::number(newest) + "/revoke",
         QByteArray());
    // The password last: it ends this test's other sessions, so sign in again after.
    const QString newPassword = u"contract test passphrase renewed"_s;
    send(operationFor("POST", u"/api/v1/auth/password"_s), "/api/v1/auth/password",
         json({{u"current_password"_s, m_tenant.adminPassword}, {u"new_password"_s, newPassword}}));
    m_tenant.adminPassword = newPassword;
    m_token = m_server->login(m_tenant.slug, m_tenant.adminEmail, m_tenant.adminPassword);
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
    // A field the document leaves untyped, and one undocumented inside a nested object.
    QJsonObject untypedSchema = schema;
    QJsonObject properties = untypedSchema.value(u"properties"_s).toObject();
    properties.insert(u"title"_s, QJsonObject{{u"description"_s, u"anything"_s}});
    untypedSchema.insert(u"properties"_s, properties);
    QVERIFY(m_contract->validate(lead, untypedSchema, u"lead"_s).join(u' ').contains(u"lead.title: no type"_s));
    const QJsonObject nestedSchema{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"lines"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, schema}}}}}};
    const QJsonObject nested{{u"lines"_s, QJsonArray{lead, extra}}};
    QVERIFY(m_contract->validate(nested, nestedSchema, u"order"_s)
                .join(u' ')
                .contains(u"order.lines[1].surprise: not documented"_s));
    TlsTestClient::Response teapot = r;
    teapot.status = 418;
    QVERIFY(m_contract->check("GET", u"/api/v1/leads/{id}"_s, teapot).join(u' ').contains(u"not documented"_s));
    TlsTestClient::Response noEtag = r;
    noEtag.headers.removeIf([](const auto &h) { return h.first.toLower() == "etag"; });
    QVERIFY(m_contract->check("GET", u"/api/v1/leads/{id}"_s, noEtag).join(u' ').contains(u"ETag missing"_s));
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
