#include "AuthTestSupport.h"

#include "server/auth/AuthService.h"
#include "server/auth/Authenticator.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SessionRevocation.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiError.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

#include <memory>

using namespace erp::server;
using authtest::inTransaction;

namespace {
const QString GoodPassword = QStringLiteral("correct horse battery staple");
const QByteArray RequestId = "test-request";
}

// The auth service and the Authenticator against a real database, driven the
// way the request dispatcher drives them: one transaction per call, committed
// when the call returns and rolled back when it throws.
class tst_AuthService : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_config;
    std::unique_ptr<authtest::SuperuserSql> m_sql;
    qint64 m_tenant = 0;
    qint64 m_otherTenant = 0;
    int m_counter = 0;

    struct Account
    {
        qint64 userId;
        QString email;
    };

    Account newUser(const QStringList &permissions = {QStringLiteral("crm.view")}, qint64 tenant = 0)
    {
        const QString email = QStringLiteral("user%1@example.com").arg(++m_counter);
        return {m_sql->createUser(tenant ? tenant : m_tenant, email, GoodPassword, permissions), email};
    }

    LoginOutcome login(const QString &organisation, const QString &email, const QString &password,
                       const QString &address = QStringLiteral("192.0.2.1"))
    {
        LoginRequest r;
        r.organisation = organisation;
        r.email = email;
        r.password = password;
        r.clientAddress = QHostAddress(address);
        r.userAgent = QStringLiteral("tst_authservice");
        return inTransaction([&](Transaction &tx) { return AuthService(tx, RequestId).login(r); });
    }
    LoginOutcome loginOk(const Account &a)
    {
        const LoginOutcome o = login(QStringLiteral("acme"), a.email, GoodPassword);
        if (o.result != LoginOutcome::Success)
            qFatal("login failed");
        return o;
    }
    RefreshOutcome refresh(const QString &token)
    {
        return inTransaction([&](Transaction &tx) { return AuthService(tx, RequestId).refresh(token); });
    }
    Principal authenticate(const QByteArray &header)
    {
        return inTransaction([&](Transaction &tx) { return Authenticator::authenticate(header, tx); });
    }
    Principal authenticate(const IssuedTokens &t) { return authenticate("Bearer " + t.accessToken.toLatin1()); }
    // The 401 detail, or an empty string when the header is accepted.
    QString refusal(const QByteArray &header)
    {
        try {
            authenticate(header);
            return QString();
        } catch (const ApiError &e) {
            if (e.status() != 401 || e.code() != QLatin1String("unauthorized"))
                return QStringLiteral("unexpected %1 %2").arg(e.status()).arg(e.code());
            const QByteArray body = e.toResponse().body;
            return QJsonDocument::fromJson(body).object().value(QLatin1String("detail")).toString();
        }
    }
    QString refusal(const IssuedTokens &t) { return refusal("Bearer " + t.accessToken.toLatin1()); }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_config = TestDatabase::create(QStringLiteral("auth_service"));
        Database::configure(m_config);
        TokenService::configure(AuthConfig(), QByteArray(32, '\x42'));
        m_sql = std::make_unique<authtest::SuperuserSql>(m_config.name, QStringLiteral("authservice-su"));
        m_tenant = m_sql->createTenant(QStringLiteral("acme"), QStringLiteral("Acme Ltd"));
        m_otherTenant = m_sql->createTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    }

    void cleanupTestCase()
    {
        m_sql.reset();
        Database::closeThreadConnection();
    }

    void loginSucceeds()
    {
        const Account a = newUser({QStringLiteral("crm.view"), QStringLiteral("crm.edit")});
        const LoginOutcome o = login(QStringLiteral("ACME"), a.email.toUpper(), GoodPassword);
        QCOMPARE(o.result, LoginOutcome::Success);
        QCOMPARE(o.user.id, a.userId);
        QCOMPARE(o.user.tenantId, m_tenant);
        QCOMPARE(o.user.email, a.email);
        QCOMPARE(o.user.organisationSlug, QStringLiteral("acme"));
        QCOMPARE(o.user.organisationName, QStringLiteral("Acme Ltd"));
        QCOMPARE(o.user.permissions, (QStringList{QStringLiteral("crm.edit"), QStringLiteral("crm.view")}));
        QCOMPARE(o.tokens.expiresIn, 900);

        const AccessTokenCheck check = TokenService::instance().verifyAccessToken(o.tokens.accessToken.toLatin1());
        QVERIFY(check.valid);
        QCOMPARE(check.claims.userId, a.userId);
        QCOMPARE(check.claims.tenantId, m_tenant);
        QCOMPARE(check.claims.sessionId, o.tokens.sessionId);

        // The session lasts 30 days; the refresh token is stored only as its hash.
        QVERIFY(m_sql->value(QStringLiteral("SELECT expires_at > now() + interval '29 days' FROM sessions WHERE id = ?"),
                             {o.tokens.sessionId}).toBool());
        qint64 tid = 0;
        QByteArray hash;
        QVERIFY(TokenService::parseRefreshToken(o.tokens.refreshToken, &tid, &hash));
        QCOMPARE(tid, m_tenant);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE session_id = ? AND token_hash = ?"),
                              {o.tokens.sessionId, hash}).toInt(), 1);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'session' AND entity_id = ? "
                                             "AND action = 'login' AND user_id = ? AND request_id = ?"),
                              {o.tokens.sessionId, a.userId, QString::fromLatin1(RequestId)}).toInt(), 1);

        const Principal p = authenticate(o.tokens);
        QCOMPARE(p.userId, a.userId);
        QCOMPARE(p.tenantId, m_tenant);
        QCOMPARE(p.sessionId, o.tokens.sessionId);
        QCOMPARE(p.email, a.email);
        QVERIFY(p.has(QStringLiteral("crm.edit")));
        QVERIFY(!p.has(QStringLiteral("users.manage")));
    }

    void failuresLookAlike_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::newRow("unknown organisation") << QStringLiteral("org");
        QTest::newRow("unknown email") << QStringLiteral("email");
        QTest::newRow("wrong password") << QStringLiteral("password");
        QTest::newRow("inactive user") << QStringLiteral("inactive");
        QTest::newRow("user of another organisation") << QStringLiteral("tenant");
    }

    void failuresLookAlike()
    {
        QFETCH(QString, case_);
        const Account a = newUser();
        QString org = QStringLiteral("acme"), email = a.email, password = GoodPassword;
        if (case_ == u"org")
            org = QStringLiteral("no-such-org");
        else if (case_ == u"email")
            email = QStringLiteral("nobody@example.com");
        else if (case_ == u"password")
            password = QStringLiteral("wrong password!");
        else if (case_ == u"inactive")
            m_sql->exec(QStringLiteral("UPDATE users SET is_active = false WHERE id = ?"), {a.userId});
        else if (case_ == u"tenant")
            org = QStringLiteral("globex");

        // Every path runs one argon2id verification, so none is markedly faster.
        QElapsedTimer referenceTimer;
        referenceTimer.start();
        PasswordHasher::verify(PasswordHasher::hash(QStringLiteral("x")), QStringLiteral("y"));
        const qint64 oneHashRoundTrip = referenceTimer.elapsed() / 2;

        QElapsedTimer timer;
        timer.start();
        const LoginOutcome o = login(org, email, password, QStringLiteral("198.51.100.%1").arg(m_counter % 250));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(o.result, LoginOutcome::InvalidCredentials);
        QVERIFY(o.tokens.accessToken.isEmpty());
        QVERIFY2(elapsed >= oneHashRoundTrip / 2,
                 qPrintable(QStringLiteral("%1 ms vs one hash %2 ms").arg(elapsed).arg(oneHashRoundTrip)));
        // A failed sign-in for a real account is audited; nothing is left for
        // an account that does not exist.
        const int audited = m_sql->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                                        "AND entity_id = ? AND action = 'login_failed'"),
                                         {a.userId}).toInt();
        QCOMPARE(audited, case_ == u"password" || case_ == u"inactive" ? 1 : 0);
    }

    void throttledAfterFiveFailures()
    {
        const Account a = newUser();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(QStringLiteral("acme"), a.email, QStringLiteral("wrong %1").arg(i)).result,
                     LoginOutcome::InvalidCredentials);
        // Locked from this address: even the right password is refused, before it is checked.
        const LoginOutcome locked = login(QStringLiteral("acme"), a.email, GoodPassword);
        QCOMPARE(locked.result, LoginOutcome::Throttled);
        QVERIFY(locked.retryAfterSeconds > 0 && locked.retryAfterSeconds <= 60);
        // The owner signing in from another address is not held hostage.
        QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword, QStringLiteral("203.0.113.77")).result,
                 LoginOutcome::Success);
        // The guessing address stays locked, and each further failure after
        // the lock doubles it.
        QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword).result, LoginOutcome::Throttled);

        // The same answer for an account that does not exist.
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("acme"), QStringLiteral("ghost@example.com"), QStringLiteral("guess"));
        QCOMPARE(login(QStringLiteral("acme"), QStringLiteral("ghost@example.com"), GoodPassword).result,
                 LoginOutcome::Throttled);
    }

    void successClearsFailures()
    {
        const Account a = newUser();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 4; ++i)
                login(QStringLiteral("acme"), a.email, QStringLiteral("wrong"));
            QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword).result, LoginOutcome::Success);
        }
    }

    void rehashOnLogin()
    {
        char weak[crypto_pwhash_STRBYTES];
        const QByteArray pw = GoodPassword.toUtf8();
        QCOMPARE(crypto_pwhash_str_alg(weak, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_MIN,
                                       crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13), 0);
        const QString email = QStringLiteral("legacy@example.com");
        const qint64 userId = m_sql->createUser(m_tenant, email, GoodPassword, {}, QString::fromLatin1(weak));
        QVERIFY(login(QStringLiteral("acme"), email, GoodPassword).result == LoginOutcome::Success);
        const QString stored = m_sql->value(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId}).toString();
        QVERIFY(stored != QString::fromLatin1(weak));
        QVERIFY(!PasswordHasher::needsRehash(stored));
        QVERIFY(PasswordHasher::verify(stored, GoodPassword));
    }

    void authenticatorRefusals()
    {
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        QCOMPARE(refusal("bearer " + t.accessToken.toLatin1()), QString());   // scheme is case-insensitive
        QCOMPARE(refusal("BEARER  " + t.accessToken.toLatin1()), QString());
        QCOMPARE(refusal(QByteArray()), QStringLiteral("token_missing"));
        QCOMPARE(refusal("Bearer"), QStringLiteral("token_malformed"));
        QCOMPARE(refusal("Basic dXNlcjpwYXNz"), QStringLiteral("token_malformed"));
        QCOMPARE(refusal("Bearer " + t.refreshToken.toLatin1()), QStringLiteral("token_malformed"));
        QCOMPARE(refusal("Bearer " + t.accessToken.toLatin1() + " extra"), QStringLiteral("token_malformed"));

        // A validly signed token naming a session that is not this user's.
        const Account b = newUser();
        const IssuedTokens tb = loginOk(b).tokens;
        const QString forged = TokenService::instance().issueAccessToken(a.userId, m_tenant, tb.sessionId);
        QCOMPARE(refusal("Bearer " + forged.toLatin1()), QStringLiteral("session_not_found"));
        // ... or a session in another tenant: row-level security hides it.
        const QString crossTenant = TokenService::instance().issueAccessToken(a.userId, m_otherTenant, t.sessionId);
        QCOMPARE(refusal("Bearer " + crossTenant.toLatin1()), QStringLiteral("session_not_found"));
    }

    void changesApplyOnNextRequest()
    {
        const Account a = newUser({QStringLiteral("crm.view")});
        const IssuedTokens t = loginOk(a).tokens;
        QVERIFY(!authenticate(t).has(QStringLiteral("purchasing.approve")));
        m_sql->exec(QStringLiteral("INSERT INTO role_permissions (tenant_id, role_id, permission) "
                                   "SELECT tenant_id, role_id, 'purchasing.approve' FROM user_roles WHERE user_id = ?"),
                    {a.userId});
        QVERIFY(authenticate(t).has(QStringLiteral("purchasing.approve")));

        m_sql->exec(QStringLiteral("UPDATE users SET is_active = false WHERE id = ?"), {a.userId});
        QCOMPARE(refusal(t), QStringLiteral("user_inactive"));
        m_sql->exec(QStringLiteral("UPDATE users SET is_active = true WHERE id = ?"), {a.userId});
        QCOMPARE(refusal(t), QString());

        m_sql->exec(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ?"),
                    {t.sessionId});
        QCOMPARE(refusal(t), QStringLiteral("session_expired"));
    }

    void lastUsedAtThrottled()
    {
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        m_sql->exec(QStringLiteral("UPDATE sessions SET last_used_at = now() - interval '5 minutes' WHERE id = ?"),
                    {t.sessionId});
        authenticate(t);
        const QString sql = QStringLiteral("SELECT extract(epoch FROM now() - last_used_at) FROM sessions WHERE id = ?");
        QVERIFY(m_sql->value(sql, {t.sessionId}).toDouble() < 30);
        m_sql->exec(QStringLiteral("UPDATE sessions SET last_used_at = now() - interval '30 seconds' WHERE id = ?"),
                    {t.sessionId});
        authenticate(t);
        // Used within the last minute: not written again.
        QVERIFY(m_sql->value(sql, {t.sessionId}).toDouble() >= 29);
    }

    void refreshRotates()
    {
        const Account a = newUser();
        const IssuedTokens first = loginOk(a).tokens;
        const RefreshOutcome second = refresh(first.refreshToken);
        QCOMPARE(second.result, RefreshOutcome::Success);
        QVERIFY(second.tokens.refreshToken != first.refreshToken);
        QCOMPARE(second.tokens.sessionId, first.sessionId);
        QCOMPARE(authenticate(second.tokens).userId, a.userId);
        const RefreshOutcome third = refresh(second.tokens.refreshToken);
        QCOMPARE(third.result, RefreshOutcome::Success);

        // The first token comes back: the whole session ends, including the
        // newest refresh token and every access token issued for it.
        const RefreshOutcome reused = refresh(first.refreshToken);
        QCOMPARE(reused.result, RefreshOutcome::Reused);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT revoked_reason FROM sessions WHERE id = ?"), {first.sessionId}).toString(),
                 QStringLiteral("refresh_token_reuse"));
        const RefreshOutcome afterReuse = refresh(third.tokens.refreshToken);
        QCOMPARE(afterReuse.result, RefreshOutcome::Invalid);
        QCOMPARE(afterReuse.reason, QStringLiteral("session_revoked"));
        QCOMPARE(refusal(third.tokens), QStringLiteral("session_revoked"));
        QCOMPARE(refusal(first), QStringLiteral("session_revoked"));
    }

    void refreshRefusals()
    {
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        QCOMPARE(refresh(QStringLiteral("garbage")).reason, QStringLiteral("refresh_token_malformed"));
        QCOMPARE(refresh(t.accessToken).reason, QStringLiteral("refresh_token_malformed"));
        const QString secret = t.refreshToken.mid(t.refreshToken.indexOf(QLatin1Char('.')) + 1);
        QCOMPARE(refresh(QString::number(m_otherTenant) + QLatin1Char('.') + secret).reason,
                 QStringLiteral("refresh_token_unknown"));
        QCOMPARE(refresh(TokenService::newRefreshToken(m_tenant).token).reason, QStringLiteral("refresh_token_unknown"));

        m_sql->exec(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ?"),
                    {t.sessionId});
        const RefreshOutcome expired = refresh(t.refreshToken);
        QCOMPARE(expired.result, RefreshOutcome::Invalid);
        QCOMPARE(expired.reason, QStringLiteral("session_expired"));

        const IssuedTokens t2 = loginOk(a).tokens;
        m_sql->exec(QStringLiteral("UPDATE users SET is_active = false WHERE id = ?"), {a.userId});
        QCOMPARE(refresh(t2.refreshToken).reason, QStringLiteral("user_inactive"));
    }

    void logoutRevokesAtOnce()
    {
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        const IssuedTokens other = loginOk(a).tokens;
        const Principal p = authenticate(t);
        inTransaction([&](Transaction &tx) {
            tx.setTenant(p.tenantId, p.userId);
            AuthService(tx, RequestId).logout(p);
        });
        QCOMPARE(refusal(t), QStringLiteral("session_revoked"));
        QCOMPARE(refresh(t.refreshToken).reason, QStringLiteral("session_revoked"));
        // Only that session.
        QCOMPARE(refusal(other), QString());
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'session' AND entity_id = ? "
                                             "AND action = 'revoke' AND user_id = ?"), {t.sessionId, a.userId}).toInt(), 1);
    }

    void currentUser()
    {
        const Account a = newUser({QStringLiteral("users.view"), QStringLiteral("crm.view")});
        const IssuedTokens t = loginOk(a).tokens;
        const Principal p = authenticate(t);
        const AuthUser u = inTransaction([&](Transaction &tx) {
            tx.setTenant(p.tenantId, p.userId);
            return AuthService(tx, RequestId).currentUser(p);
        });
        QCOMPARE(u.id, a.userId);
        QCOMPARE(u.organisationName, QStringLiteral("Acme Ltd"));
        QCOMPARE(u.permissions, (QStringList{QStringLiteral("crm.view"), QStringLiteral("users.view")}));
    }

    void changePassword()
    {
        const Account a = newUser();
        const IssuedTokens mine = loginOk(a).tokens;
        const IssuedTokens other1 = loginOk(a).tokens;
        const IssuedTokens other2 = loginOk(a).tokens;
        const Principal p = authenticate(mine);
        auto change = [&](const QString &current, const QString &next) {
            return inTransaction([&](Transaction &tx) {
                tx.setTenant(p.tenantId, p.userId);
                return AuthService(tx, RequestId).changePassword(p, current, next, QHostAddress(QStringLiteral("192.0.2.9")));
            });
        };

        QCOMPARE(change(QStringLiteral("not my password"), QStringLiteral("a brand new passphrase")).result,
                 PasswordChangeOutcome::WrongCurrentPassword);

        // Policy problems are field errors on new_password.
        try {
            change(GoodPassword, QStringLiteral("password"));
            QFAIL("a common password was accepted");
        } catch (const ApiError &e) {
            QCOMPARE(e.status(), 422);
            const QJsonArray errors = QJsonDocument::fromJson(e.toResponse().body).object()
                                          .value(QLatin1String("errors")).toArray();
            QVERIFY(!errors.isEmpty());
            for (const QJsonValue &err : errors)
                QCOMPARE(err.toObject().value(QLatin1String("field")).toString(), QStringLiteral("new_password"));
            QCOMPARE(errors.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("too_common"));
        }
        try {
            change(GoodPassword, a.email);
            QFAIL("the email was accepted as password");
        } catch (const ApiError &e) {
            QVERIFY(e.toResponse().body.contains("too_predictable"));
        }

        const QString next = QStringLiteral("a brand new passphrase");
        const PasswordChangeOutcome ok = change(GoodPassword, next);
        QCOMPARE(ok.result, PasswordChangeOutcome::Success);
        QCOMPARE(ok.otherSessionsRevoked, 2);
        QCOMPARE(refusal(mine), QString());
        QCOMPARE(refusal(other1), QStringLiteral("session_revoked"));
        QCOMPARE(refusal(other2), QStringLiteral("session_revoked"));
        QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword).result, LoginOutcome::InvalidCredentials);
        QCOMPARE(login(QStringLiteral("acme"), a.email, next).result, LoginOutcome::Success);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = ? "
                                             "AND action = 'password_change'"), {a.userId}).toInt(), 1);
    }

    void wrongCurrentPasswordIsThrottled()
    {
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        const Principal p = authenticate(t);
        auto change = [&](const QString &current) {
            return inTransaction([&](Transaction &tx) {
                tx.setTenant(p.tenantId, p.userId);
                return AuthService(tx, RequestId).changePassword(p, current, QStringLiteral("another fine passphrase"),
                                                                 QHostAddress(QStringLiteral("192.0.2.10")));
            });
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(change(QStringLiteral("guess %1").arg(i)).result, PasswordChangeOutcome::WrongCurrentPassword);
        const PasswordChangeOutcome locked = change(GoodPassword);
        QCOMPARE(locked.result, PasswordChangeOutcome::Throttled);
        QVERIFY(locked.retryAfterSeconds > 0);
        // The same account's sign-in from that address is locked as well,
        // from elsewhere it is not.
        QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword, QStringLiteral("192.0.2.10")).result,
                 LoginOutcome::Throttled);
        QCOMPARE(login(QStringLiteral("acme"), a.email, GoodPassword).result, LoginOutcome::Success);
    }

    void revokeUserSessionsHelper()
    {
        const Account a = newUser();
        const IssuedTokens keep = loginOk(a).tokens;
        loginOk(a);
        loginOk(a);
        const int revoked = inTransaction([&](Transaction &tx) {
            tx.setTenant(m_tenant, 0);
            return SessionRevocation::revokeUserSessions(m_tenant, a.userId, QStringLiteral("user_deactivated"),
                                                         keep.sessionId);
        });
        QCOMPARE(revoked, 2);
        QCOMPARE(refusal(keep), QString());
        const int all = inTransaction([&](Transaction &tx) {
            tx.setTenant(m_tenant, 0);
            return SessionRevocation::revokeUserSessions(m_tenant, a.userId, QStringLiteral("user_deactivated"));
        });
        QCOMPARE(all, 1);
        QCOMPARE(refusal(keep), QStringLiteral("session_revoked"));
    }

    void noSecretsStored()
    {
        // Neither passwords nor tokens appear anywhere in the audit trail or sessions.
        const Account a = newUser();
        const IssuedTokens t = loginOk(a).tokens;
        const QString secret = t.refreshToken.mid(t.refreshToken.indexOf(QLatin1Char('.')) + 1);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(after::text, '') || coalesce(before::text, '') "
                                             "LIKE '%' || ? || '%' OR coalesce(after::text, '') LIKE '%' || ? || '%'"),
                              {GoodPassword, secret}).toInt(), 0);
        QCOMPARE(m_sql->value(QStringLiteral("SELECT count(*) FROM sessions s WHERE s::text LIKE '%' || ? || '%'"),
                              {secret}).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_authservice.moc"
