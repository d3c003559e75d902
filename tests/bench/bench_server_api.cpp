// Server API benchmark: the real server in process over TLS on its embedded
// PostgreSQL, driven by blocking keep-alive clients on their own threads.
// Prints requests/s and latency percentiles for a first list page, a deep
// keyset page, a read by id, a filtered search and a sign-in. Not a test:
// figures go to docs/benchmarks.md.
//
//   bench_server_api [users=2000] [seconds-per-case=5] [client-threads=2]
#include "server/admin/TenantProvisioning.h"
#include "server/app/ServerApplication.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "tests/support/TestCertificate.h"
#include "tests/bench/LoadMeasurement.h"
#include "tests/support/TlsTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>

using namespace erp::server;
using erp::test::TestCertificate;
using erp::test::TlsTestClient;

namespace {


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The access log goes to stderr per request; the figures are about the server's work.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nerp.*.info=false"));
    const QStringList args = app.arguments();
    const int users = args.value(1, QStringLiteral("2000")).toInt();
    const int seconds = args.value(2, QStringLiteral("5")).toInt();
    const int threads = args.value(3, QStringLiteral("2")).toInt();

    QTemporaryDir dataDir(QStringLiteral("/tmp/erp-bench-XXXXXX"));
    QFile::setPermissions(dataDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    ServerConfig config;
    config.dataDir = dataDir.path();
    config.certFile = TestCertificate::instance().certificatePath();
    config.keyFile = TestCertificate::instance().keyPath();
    config.jwtKeyFile = dataDir.path() + QStringLiteral("/jwt.key");
    config.http.port = 0;
    config.migrationsDir = QStringLiteral(":/migrations");
    ServerApplication server(config);
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    const CreatedTenant tenant = TenantProvisioning::createTenant(
        {QStringLiteral("bench"), QStringLiteral("Bench Ltd"), QStringLiteral("admin@bench.test"),
         QStringLiteral("Admin"), QStringLiteral("bench admin passphrase")});
    // Users straight into the database: hashing 2000 passwords would dominate.
    const QString hash = PasswordHasher::hash(QStringLiteral("bench user passphrase"));
    QList<qint64> ids;
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(tenant.tenantId);
        for (int i = 0; i < users; ++i) {
            QSqlQuery &q = Database::exec(
                QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, ?) "
                               "RETURNING id"),
                {tenant.tenantId, QStringLiteral("user%1@bench.test").arg(i, 6, 10, QLatin1Char('0')),
                 QStringLiteral("User %1").arg(i), hash});
            q.next();
            ids << q.value(0).toLongLong();
        }
        tx.commit();
    });

    TlsTestClient setup(TestCertificate::instance().certificate());
    setup.connectToServer(server.port());
    const auto login = setup.postJson("/api/v1/auth/login",
                                      {{QStringLiteral("organisation"), QStringLiteral("bench")},
                                       {QStringLiteral("email"), QStringLiteral("admin@bench.test")},
                                       {QStringLiteral("password"), QStringLiteral("bench admin passphrase")}});
    const QByteArray token = login.json().value(QStringLiteral("access_token")).toString().toUtf8();
    setup.setBearerToken(token);
    // The cursor of page 30 (limit 50): keyset paging should cost what page 1 costs.
    QByteArray deepPath = "/api/v1/users?limit=50";
    for (int page = 0; page < 30; ++page) {
        const QJsonValue next = setup.get(deepPath).json().value(QStringLiteral("next_cursor"));
        if (next.isNull())
            break;   // fewer users than 31 pages: the last page stands in
        deepPath = "/api/v1/users?limit=50&cursor=" + next.toString().toLatin1();
    }

    QTextStream(stdout) << QStringLiteral("bench_server_api: %1 users, %2 client threads, %3 s per case, %4 cores")
                               .arg(users).arg(threads).arg(seconds).arg(QThread::idealThreadCount())
                        << Qt::endl;
    erp::test::printLoad(QStringLiteral("GET /healthz (no database)"),
          erp::test::measureLoad(server.port(), threads, seconds, token, [](TlsTestClient &c, int) { return c.get("/healthz"); }));
    erp::test::printLoad(QStringLiteral("GET /users?limit=50 (first page)"),
          erp::test::measureLoad(server.port(), threads, seconds, token,
                  [](TlsTestClient &c, int) { return c.get("/api/v1/users?limit=50"); }));
    erp::test::printLoad(QStringLiteral("GET /users page 31 (cursor)"),
          erp::test::measureLoad(server.port(), threads, seconds, token, [&](TlsTestClient &c, int) { return c.get(deepPath); }));
    erp::test::printLoad(QStringLiteral("GET /users/{id}"),
          erp::test::measureLoad(server.port(), threads, seconds, token, [&](TlsTestClient &c, int i) {
              return c.get("/api/v1/users/" + QByteArray::number(ids.at(i % ids.size())));
          }));
    erp::test::printLoad(QStringLiteral("GET /users?q=... (search)"),
          erp::test::measureLoad(server.port(), threads, seconds, token, [](TlsTestClient &c, int i) {
              return c.get("/api/v1/users?limit=50&q=user00" + QByteArray::number(i % 100));
          }));
    erp::test::printLoad(QStringLiteral("POST /auth/login (argon2id)"),
          erp::test::measureLoad(server.port(), threads, seconds, token, [](TlsTestClient &c, int) {
              return c.postJson("/api/v1/auth/login",
                                {{QStringLiteral("organisation"), QStringLiteral("bench")},
                                 {QStringLiteral("email"), QStringLiteral("user000001@bench.test")},
                                 {QStringLiteral("password"), QStringLiteral("bench user passphrase")}});
          }));
    server.stop();
    return 0;
}
