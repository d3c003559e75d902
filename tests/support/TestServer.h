#pragma once

#include "server/admin/TenantProvisioning.h"
#include "server/app/ServerApplication.h"
#include "tests/support/TlsTestClient.h"

#include <QTemporaryDir>

#include <memory>

namespace erp::test {

// The real server, in this process, over real TLS on a free loopback port,
// backed by a fresh database on the test run's PostgreSQL cluster. One per
// test process (the database configuration is process-wide).
//
//     TestServer server(QStringLiteral("users_api"));
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     auto acme = server.createTenant(QStringLiteral("acme"));
//     auto client = server.client();
//     client->setBearerToken(server.login("acme", acme.adminEmail, acme.adminPassword));
class TestServer
{
public:
    explicit TestServer(const QString &databaseName);
    ~TestServer();

    bool start();
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const;
    erp::server::ServerApplication &application() { return *m_app; }
    const erp::server::ServerConfig &config() const { return m_config; }

    struct Tenant
    {
        qint64 id = 0;
        QString slug;
        qint64 adminUserId = 0;
        QString adminEmail;
        QString adminPassword;
    };
    // A tenant with the built-in roles and an admin (admin@<slug>.test).
    Tenant createTenant(const QString &slug);
    // A user in the tenant with the given role names; password shared by test users.
    qint64 createUser(const Tenant &tenant, const QString &email, const QStringList &roles);
    static QString userPassword() { return QStringLiteral("correct horse battery staple"); }

    // A connected client that trusts the server's certificate.
    std::unique_ptr<TlsTestClient> client() const;
    // Signs in through POST /api/v1/auth/login; returns the access token
    // (and the refresh token through *refreshToken). Empty on failure.
    QByteArray login(const QString &organisation, const QString &email, const QString &password,
                     QByteArray *refreshToken = nullptr) const;

private:
    QTemporaryDir m_dataDir;
    erp::server::ServerConfig m_config;
    std::unique_ptr<erp::server::ServerApplication> m_app;
    QString m_databaseName;
    QString m_error;
};

} // namespace erp::test

using erp::test::TestServer;
