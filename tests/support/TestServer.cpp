#include "tests/support/TestServer.h"

#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"

#include <QJsonObject>

namespace erp::test {

using namespace erp::server;

TestServer::TestServer(const QString &databaseName) : m_databaseName(databaseName) {}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    try {
        m_config.database = TestDatabase::create(m_databaseName);
    } catch (const std::exception &e) {
        m_error = QStringLiteral("test database: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_config.embeddedDatabase = false;
    m_config.dataDir = m_dataDir.path();
    m_config.certFile = TestCertificate::instance().certificatePath();
    m_config.keyFile = TestCertificate::instance().keyPath();
    m_config.jwtKeyFile = m_dataDir.path() + QStringLiteral("/jwt.key");
    m_config.migrationsDir = QStringLiteral(":/migrations");
    m_config.http.port = 0;
    m_config.http.ioThreads = 2;
    m_config.databaseWorkers = 4;
    m_app = std::make_unique<ServerApplication>(m_config);
    if (!m_app->start()) {
        m_error = m_app->errorString();
        return false;
    }
    return true;
}

void TestServer::stop()
{
    if (m_app)
        m_app->stop(10'000);
    m_app.reset();
}

quint16 TestServer::port() const
{
    return m_app ? m_app->port() : 0;
}

TestServer::Tenant TestServer::createTenant(const QString &slug)
{
    Tenant t;
    t.slug = slug;
    t.adminEmail = QStringLiteral("admin@%1.test").arg(slug);
    t.adminPassword = QStringLiteral("admin password for %1").arg(slug);
    const CreatedTenant created = TenantProvisioning::createTenant(
        {slug, QStringLiteral("Organisation %1").arg(slug), t.adminEmail, QStringLiteral("Admin of %1").arg(slug),
         t.adminPassword});
    t.id = created.tenantId;
    t.adminUserId = created.adminUserId;
    return t;
}

qint64 TestServer::createUser(const Tenant &tenant, const QString &email, const QStringList &roles)
{
    return TenantProvisioning::createUser(tenant.id, email, email.section(QLatin1Char('@'), 0, 0), userPassword(),
                                          roles);
}

std::unique_ptr<TlsTestClient> TestServer::client() const
{
    auto c = std::make_unique<TlsTestClient>(TestCertificate::instance().certificate());
    c->connectToServer(port());
    return c;
}

QByteArray TestServer::login(const QString &organisation, const QString &email, const QString &password,
                             QByteArray *refreshToken) const
{
    auto c = client();
    const auto r = c->postJson("/api/v1/auth/login", {{QStringLiteral("organisation"), organisation},
                                                      {QStringLiteral("email"), email},
                                                      {QStringLiteral("password"), password}});
    if (r.status != 200)
        return {};
    if (refreshToken)
        *refreshToken = r.json().value(QStringLiteral("refresh_token")).toString().toUtf8();
    return r.json().value(QStringLiteral("access_token")).toString().toUtf8();
}

} // namespace erp::test
