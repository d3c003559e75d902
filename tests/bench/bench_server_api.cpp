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

struct Result
{
    qint64 requests = 0;
    double seconds = 0;
    QList<double> latenciesMs;
    int errors = 0;
};

Result measure(quint16 port, int threads, int seconds, const QByteArray &token,
               const std::function<TlsTestClient::Response(TlsTestClient &, int)> &call)
{
    QList<Result> perThread(threads);
    QList<QThread *> workers;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            TlsTestClient c(TestCertificate::instance().certificate());
            c.connectToServer(port);
            c.setBearerToken(token);
            QElapsedTimer clock;
            clock.start();
            int i = 0;
            while (clock.elapsed() < seconds * 1000) {
                QElapsedTimer one;
                one.start();
                const auto r = call(c, i++);
                perThread[t].latenciesMs << one.nsecsElapsed() / 1e6;
                ++perThread[t].requests;
                if (r.status < 200 || r.status >= 300)
                    ++perThread[t].errors;
            }
        });
        workers.last()->start();
    }
    for (QThread *w : workers) {
        w->wait();
        delete w;
    }
    Result all;
    all.seconds = wall.elapsed() / 1000.0;
    for (const Result &r : perThread) {
        all.requests += r.requests;
        all.errors += r.errors;
        all.latenciesMs << r.latenciesMs;
    }
    std::sort(all.latenciesMs.begin(), all.latenciesMs.end());
    return all;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(qMin(sorted.size() - 1, qsizetype(p * sorted.size())));
}

void print(const QString &name, const Result &r)
{
    QTextStream(stdout) << QStringLiteral("%1 %2 req/s   p50 %3 ms   p99 %4 ms   (%5 requests, %6 errors)")
                               .arg(name, -34)
                               .arg(r.requests / r.seconds, 8, 'f', 0)
                               .arg(percentile(r.latenciesMs, 0.50), 7, 'f', 2)
                               .arg(percentile(r.latenciesMs, 0.99), 7, 'f', 2)
                               .arg(r.requests)
                               .arg(r.errors)
                        << Qt::endl;
}

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
        const auto r = setup.get(deepPath);
        deepPath = "/api/v1/users?limit=50&cursor=" + r.json().value(QStringLiteral("next_cursor")).toString().toLatin1();
    }

    QTextStream(stdout) << QStringLiteral("bench_server_api: %1 users, %2 client threads, %3 s per case, %4 cores")
                               .arg(users).arg(threads).arg(seconds).arg(QThread::idealThreadCount())
                        << Qt::endl;
    print(QStringLiteral("GET /healthz (no database)"),
          measure(server.port(), threads, seconds, token, [](TlsTestClient &c, int) { return c.get("/healthz"); }));
    print(QStringLiteral("GET /users?limit=50 (first page)"),
          measure(server.port(), threads, seconds, token,
                  [](TlsTestClient &c, int) { return c.get("/api/v1/users?limit=50"); }));
    print(QStringLiteral("GET /users page 31 (cursor)"),
          measure(server.port(), threads, seconds, token, [&](TlsTestClient &c, int) { return c.get(deepPath); }));
    print(QStringLiteral("GET /users/{id}"),
          measure(server.port(), threads, seconds, token, [&](TlsTestClient &c, int i) {
              return c.get("/api/v1/users/" + QByteArray::number(ids.at(i % ids.size())));
          }));
    print(QStringLiteral("GET /users?q=... (search)"),
          measure(server.port(), threads, seconds, token, [](TlsTestClient &c, int i) {
              return c.get("/api/v1/users?limit=50&q=user00" + QByteArray::number(i % 100));
          }));
    print(QStringLiteral("POST /auth/login (argon2id)"),
          measure(server.port(), threads, seconds, token, [](TlsTestClient &c, int) {
              return c.postJson("/api/v1/auth/login",
                                {{QStringLiteral("organisation"), QStringLiteral("bench")},
                                 {QStringLiteral("email"), QStringLiteral("user000001@bench.test")},
                                 {QStringLiteral("password"), QStringLiteral("bench user passphrase")}});
          }));
    server.stop();
    return 0;
}
