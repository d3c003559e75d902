// Taking over another user through user administration, over real TLS against
// a real database. Whoever holds users.manage (and sessions.manage) may change
// another user's password, email or active flag, or end their sessions, only
// when they hold every permission that user holds. The whole matrix of caller
// permissions x target permissions x sensitive change is exercised, with the
// expected answers written out by hand below. Also: a password set by someone
// else must be replaced at the next sign-in and ends the user's sessions, and
// the audit log names each sensitive change.
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::test::TlsTestClient;

class TestUserTakeover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sensitiveChangeMatrix_data();
    void sensitiveChangeMatrix();
    void harmlessChangesToStrongerUsersStillWork();
    void strongerUsersRolesCannotBeStripped();
    void resetPasswordMustBeReplacedAtSignIn();
    void ownPasswordChangeNeedsNoReplacement();
    void sensitiveChangesHaveTheirOwnAuditActions();

private:
    qint64 roleId(const QString &name);
    qint64 newTarget(const QString &role);
    TlsTestClient::Response patchUser(const QByteArray &token, qint64 id, const QJsonObject &o,
                                      const QByteArray &etag = "\"1\"");
    TlsTestClient::Response signIn(const QString &email, const QString &password, const QString &newPassword = {});
    QJsonArray auditEntries(qint64 userId, const QString &action);
    int status(const QByteArray &token, const QByteArray &path);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    QByteArray m_adminToken;
    QHash<QString, QByteArray> m_callerTokens;
    int m_targets = 0;
};

// Who may act on whom, decided by hand from the rule "the caller holds every
// permission the target holds":
//   helpdesk     = users.view, users.manage, sessions.manage
//   crm_helpdesk = helpdesk + crm.view, crm.edit
//   crm_viewer   = crm.view
//   admin        = every permission
static bool expectedAllowed(const QString &caller, const QString &target)
{
    static const QHash<QString, QHash<QString, bool>> table {
        {u"helpdesk"_s, {{u""_s, true}, {u"crm_viewer"_s, false}, {u"helpdesk"_s, true}, {u"admin"_s, false}}},
        {u"crm_helpdesk"_s, {{u""_s, true}, {u"crm_viewer"_s, true}, {u"helpdesk"_s, true}, {u"admin"_s, false}}},
        {u"admin"_s, {{u""_s, true}, {u"crm_viewer"_s, true}, {u"helpdesk"_s, true}, {u"admin"_s, true}}},
    };
    return table.value(caller).value(target);
}

void TestUserTakeover::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"user_takeover"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_adminToken = m_server->login(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword);
    QVERIFY(!m_adminToken.isEmpty());

    auto c = m_server->client();
    c->setBearerToken(m_adminToken);
    const QList<QPair<QString, QStringList>> roles {
        {u"helpdesk"_s, {u"users.view"_s, u"users.manage"_s, u"sessions.manage"_s}},
        {u"crm_helpdesk"_s, {u"users.view"_s, u"users.manage"_s, u"sessions.manage"_s, u"crm.view"_s, u"crm.edit"_s}},
        {u"crm_viewer"_s, {u"crm.view"_s}},
    };
    for (const auto &[name, permissions] : roles) {
        const auto r = c->postJson("/api/v1/roles",
                                   {{u"name"_s, name}, {u"permissions"_s, QJsonArray::fromStringList(permissions)}});
        QCOMPARE(r.status, 201);
    }
    for (const QString &caller : {u"helpdesk"_s, u"crm_helpdesk"_s, u"admin"_s}) {
        const QString email = u"caller.%1@acme.test"_s.arg(caller);
        m_server->createUser(m_acme, email, {caller});
        m_callerTokens.insert(caller, m_server->login(m_acme.slug, email, TestServer::userPassword()));
        QVERIFY(!m_callerTokens.value(caller).isEmpty());
    }
}

qint64 TestUserTakeover::roleId(const QString &name)
{
    auto c = m_server->client();
    c->setBearerToken(m_adminToken);
    for (const auto &v : c->get("/api/v1/roles?limit=100").json().value(u"items"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toInteger();
    return 0;
}

qint64 TestUserTakeover::newTarget(const QString &role)
{
    const QString email = u"target%1@acme.test"_s.arg(++m_targets);
    return m_server->createUser(m_acme, email, role.isEmpty() ? QStringList() : QStringList {role});
}

TlsTestClient::Response TestUserTakeover::patchUser(const QByteArray &token, qint64 id, const QJsonObject &o,
                                                    const QByteArray &etag)
{
    auto c = m_server->client();
    c->setBearerToken(token);
    return c->request("PATCH", "/api/v1/users/" + QByteArray::number(id),
                      {{"Content-Type", "application/json"}, {"If-Match", etag}},
                      QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TlsTestClient::Response TestUserTakeover::signIn(const QString &email, const QString &password,
                                                 const QString &newPassword)
{
    QJsonObject body {{u"organisation"_s, m_acme.slug}, {u"email"_s, email}, {u"password"_s, password}};
    if (!newPassword.isEmpty())
        body.insert(u"new_password"_s, newPassword);
    return m_server->client()->postJson("/api/v1/auth/login", body);
}

QJsonArray TestUserTakeover::auditEntries(qint64 userId, const QString &action)
{
    auto c = m_server->client();
    c->setBearerToken(m_adminToken);
    return c
        ->get("/api/v1/audit-log?entity=user&entity_id=" + QByteArray::number(userId) + "&action=" + action.toUtf8())
        .json()
        .value(u"items"_s)
        .toArray();
}

int TestUserTakeover::status(const QByteArray &token, const QByteArray &path)
{
    auto c = m_server->client();
    c->setBearerToken(token);
    return c->get(path).status;
}

void TestUserTakeover::sensitiveChangeMatrix_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("allowed");
    for (const QString &caller : {u"helpdesk"_s, u"crm_helpdesk"_s, u"admin"_s})
        for (const QString &target : {u""_s, u"crm_viewer"_s, u"helpdesk"_s, u"admin"_s})
            for (const QString &change : {u"password"_s, u"email"_s, u"is_active"_s, u"sessions"_s})
                QTest::addRow("%s on %s: %s", qPrintable(caller), target.isEmpty() ? "no roles" : qPrintable(target),
                              qPrintable(change))
                    << caller << target << change << expectedAllowed(caller, target);
}

void TestUserTakeover::sensitiveChangeMatrix()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    QFETCH(QString, change);
    QFETCH(bool, allowed);

    const qint64 id = newTarget(target);
    const QByteArray userPath = "/api/v1/users/" + QByteArray::number(id);
    auto admin = m_server->client();
    admin->setBearerToken(m_adminToken);
    const QString email = admin->get(userPath).json().value(u"email"_s).toString();
    const QByteArray targetToken = m_server->login(m_acme.slug, email, TestServer::userPassword());
    QVERIFY(!targetToken.isEmpty());
    const QByteArray callerToken = m_callerTokens.value(caller);

    TlsTestClient::Response r;
    const QString newPassword = u"an entirely new passphrase %1"_s.arg(id);
    const QString newEmail = u"renamed.%1@acme.test"_s.arg(id);
    if (change == u"password"_s) {
        r = patchUser(callerToken, id, {{u"password"_s, newPassword}});
    } else if (change == u"email"_s) {
        r = patchUser(callerToken, id, {{u"email"_s, newEmail}});
    } else if (change == u"is_active"_s) {
        r = patchUser(callerToken, id, {{u"is_active"_s, false}});
    } else {
        auto own = m_server->client();
        own->setBearerToken(targetToken);
        // (A target holding sessions.manage sees everyone's: ask for its own.)
        const QJsonArray sessions
            = own->get("/api/v1/sessions?user_id=" + QByteArray::number(id)).json().value(u"items"_s).toArray();
        QCOMPARE(sessions.size(), 1);
        auto c = m_server->client();
        c->setBearerToken(callerToken);
        r = c->post("/api/v1/sessions/" + QByteArray::number(sessions[0].toObject().value(u"id"_s).toInteger())
                        + "/revoke",
                    {});
    }

    if (!allowed) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"target_more_privileged"_s);
        // Nothing changed: same version, the target still signed in, the old
        // password and email still valid.
        const auto after = admin->get(userPath);
        QCOMPARE(after.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(after.json().value(u"email"_s).toString(), email);
        QCOMPARE(after.json().value(u"is_active"_s).toBool(), true);
        QCOMPARE(status(targetToken, "/api/v1/auth/me"), 200);
        if (change == u"password"_s)
            QCOMPARE(signIn(email, TestServer::userPassword()).status, 200);
        QVERIFY(auditEntries(id, u"password_reset"_s).isEmpty());
        return;
    }

    QCOMPARE(r.status, change == u"sessions"_s ? 204 : 200);
    if (change == u"password"_s) {
        // The target's sessions ended; the old password is gone; the new one
        // opens no session until its owner replaces it.
        QCOMPARE(status(targetToken, "/api/v1/auth/me"), 401);
        QCOMPARE(signIn(email, TestServer::userPassword()).status, 401);
        const auto required = signIn(email, newPassword);
        QCOMPARE(required.status, 403);
        QCOMPARE(required.json().value(u"code"_s).toString(), u"password_change_required"_s);
        QVERIFY(!required.json().contains(u"access_token"_s));
        QCOMPARE(auditEntries(id, u"password_reset"_s).size(), 1);
        QCOMPARE(auditEntries(id, u"update"_s).size(), 0);
    } else if (change == u"email"_s) {
        QCOMPARE(admin->get(userPath).json().value(u"email"_s).toString(), newEmail);
        const QJsonArray entries = auditEntries(id, u"email_changed"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(u"before"_s).toObject().value(u"email"_s).toString(), email);
        QCOMPARE(entries[0].toObject().value(u"after"_s).toObject().value(u"email"_s).toString(), newEmail);
    } else if (change == u"is_active"_s) {
        QCOMPARE(status(targetToken, "/api/v1/auth/me"), 401);
        QCOMPARE(admin->get(userPath).json().value(u"is_active"_s).toBool(), false);
        QCOMPARE(auditEntries(id, u"deactivated"_s).size(), 1);
    } else {
        QCOMPARE(status(targetToken, "/api/v1/auth/me"), 401);
    }
}

void TestUserTakeover::harmlessChangesToStrongerUsersStillWork()
{
    // A display-name edit sends the whole form back, unchanged email and
    // active flag included: that is no takeover and stays allowed.
    const qint64 id = newTarget(u"admin"_s);
    auto admin = m_server->client();
    admin->setBearerToken(m_adminToken);
    const QJsonObject user = admin->get("/api/v1/users/" + QByteArray::number(id)).json();
    const auto r = patchUser(m_callerTokens.value(u"helpdesk"_s), id,
                             {{u"display_name"_s, u"Renamed Boss"_s},
                              {u"email"_s, user.value(u"email"_s)},
                              {u"is_active"_s, true},
                              {u"role_ids"_s, user.value(u"role_ids"_s)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"display_name"_s).toString(), u"Renamed Boss"_s);
}

void TestUserTakeover::strongerUsersRolesCannotBeStripped()
{
    const qint64 id = newTarget(u"admin"_s);
    auto r = patchUser(m_callerTokens.value(u"crm_helpdesk"_s), id, {{u"role_ids"_s, QJsonArray {}}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"target_more_privileged"_s);
    // A peer's roles may be changed (to what the caller may grant).
    const qint64 peer = newTarget(u"helpdesk"_s);
    r = patchUser(m_callerTokens.value(u"helpdesk"_s), peer, {{u"role_ids"_s, QJsonArray {}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"role_ids"_s).toArray().size(), 0);
}

void TestUserTakeover::resetPasswordMustBeReplacedAtSignIn()
{
    const qint64 id = newTarget(u"crm_viewer"_s);
    const QString email = u"target%1@acme.test"_s.arg(m_targets);
    const QString reset = u"a passphrase chosen by the admin"_s;
    QCOMPARE(patchUser(m_adminToken, id, {{u"password"_s, reset}}).status, 200);
    auto admin = m_server->client();
    admin->setBearerToken(m_adminToken);
    QCOMPARE(admin->get("/api/v1/users/" + QByteArray::number(id)).json().value(u"must_change_password"_s).toBool(),
             true);

    // A wrong password is still just wrong: the prompt needs the right one.
    QCOMPARE(signIn(email, u"not the passphrase at all"_s).status, 401);
    QCOMPARE(signIn(email, reset).json().value(u"code"_s).toString(), u"password_change_required"_s);
    // The new password follows the policy and differs from the reset one.
    auto r = signIn(email, reset, u"short"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray()[0].toObject().value(u"field"_s).toString(), u"new_password"_s);
    r = signIn(email, reset, reset);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"errors"_s).toArray()[0].toObject().value(u"code"_s).toString(), u"same_as_current"_s);
    // A wrong password with a new one changes nothing.
    QCOMPARE(signIn(email, u"not the passphrase at all"_s, u"my very own passphrase"_s).status, 401);

    r = signIn(email, reset, u"my very own passphrase"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"access_token"_s).toString().isEmpty());
    QCOMPARE(r.json().value(u"user"_s).toObject().value(u"email"_s).toString(), email);
    // From now on the chosen password signs in directly, the reset one not at all.
    QCOMPARE(signIn(email, u"my very own passphrase"_s).status, 200);
    QCOMPARE(signIn(email, reset).status, 401);
    QCOMPARE(admin->get("/api/v1/users/" + QByteArray::number(id)).json().value(u"must_change_password"_s).toBool(),
             false);
}

void TestUserTakeover::ownPasswordChangeNeedsNoReplacement()
{
    // The helpdesk caller sets its own password through the users API: it
    // chose it, so nothing needs replacing and its own session continues.
    const QString email = u"self.service@acme.test"_s;
    const qint64 id = m_server->createUser(m_acme, email, {u"helpdesk"_s});
    const QByteArray token = m_server->login(m_acme.slug, email, TestServer::userPassword());
    QCOMPARE(patchUser(token, id, {{u"password"_s, u"my own fresh passphrase"_s}}).status, 200);
    QCOMPARE(status(token, "/api/v1/auth/me"), 200);
    QCOMPARE(signIn(email, u"my own fresh passphrase"_s).status, 200);
}

void TestUserTakeover::sensitiveChangesHaveTheirOwnAuditActions()
{
    const qint64 id = newTarget(QString());
    const auto r = patchUser(m_adminToken, id,
                             {{u"password"_s, u"another admin chosen passphrase"_s},
                              {u"email"_s, u"moved.%1@acme.test"_s.arg(id)},
                              {u"is_active"_s, false}});
    QCOMPARE(r.status, 200);
    const QJsonArray reset = auditEntries(id, u"password_reset"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reset[0].toObject().value(u"user_id"_s).toInteger(), m_acme.adminUserId);
    QCOMPARE(reset[0].toObject().value(u"after"_s).toObject().value(u"must_change_password"_s).toBool(), true);
    // Neither the password nor its hash is written to the log.
    const QByteArray raw = QJsonDocument(reset).toJson();
    QVERIFY(!raw.contains("another admin chosen passphrase"));
    QVERIFY(!raw.contains("argon2"));
    QCOMPARE(auditEntries(id, u"email_changed"_s).size(), 1);
    QCOMPARE(auditEntries(id, u"deactivated"_s).size(), 1);
    // No bare "update" row for changes that have their own action.
    QCOMPARE(auditEntries(id, u"update"_s).size(), 0);
    // Reactivation is named as well.
    QCOMPARE(patchUser(m_adminToken, id, {{u"is_active"_s, true}}, "\"2\"").status, 200);
    QCOMPARE(auditEntries(id, u"reactivated"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestUserTakeover)
#include "tst_usertakeover.moc"
