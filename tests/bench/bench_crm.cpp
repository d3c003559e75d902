// CRM benchmark: the real server in process over TLS on its embedded
// PostgreSQL with 200,000 leads across 2 tenants (generated in SQL as the
// application role with the tenant set, then ANALYZEd as the owner), driven
// by blocking keep-alive clients on their own threads. Prints requests/s and
// latency percentiles for lead search (?q=, trigram index), one list page
// sorted by expected close date, the pipeline board (open leads per stage
// with totals), and a sales rep's search under the record rule; and the
// query plan of the search, to show the trigram index is used at this size.
// The "lists" cases are the floors of the list work (issue 8): the first page
// of /leads, page 200 by cursor, a search for a word that matches 20 leads,
// one lead by id, and /healthz for the transport alone.
// Not a test: figures go to docs/benchmarks.md. ERP_DATABASE_WORKERS and
// ERP_HTTP_IO_THREADS set the server's threads for a sweep.
//
//   bench_crm [leads-per-tenant=100000] [seconds-per-case=5] [client-threads=2] [cases=crm|lists|all]
//             [database=embedded|fixture]
//
// database=fixture runs on the test suite's PostgreSQL cluster (start it with
// tests/support/pg_cluster.sh, see tests/support/TestDatabase.h) in a fresh
// database, so that the cluster's own tools (pg_stat_statements, its logs)
// can be used during a run.
#include "server/admin/TenantProvisioning.h"
#include "server/app/ServerApplication.h"
#include "server/auth/PasswordHasher.h"
#include "server/crm/CrmEntities.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "tests/bench/LoadMeasurement.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace erp::server;
using erp::test::TestCertificate;
using erp::test::TlsTestClient;

namespace {

QByteArray login(quint16 port, const QString &organisation, const QString &email, const QString &password)
{
    TlsTestClient c(TestCertificate::instance().certificate());
    c.connectToServer(port);
    return c
        .postJson("/api/v1/auth/login",
                  {{QStringLiteral("organisation"), organisation},
                   {QStringLiteral("email"), email},
                   {QStringLiteral("password"), password}})
        .json()
        .value(QStringLiteral("access_token"))
        .toString()
        .toUtf8();
}

// The word the generated titles carry for n = g % (leads / 20): five letters
// with little in common between words, as real words (a surname, a product)
// have, so the trigram index narrows the search to the 20 leads.
QByteArray searchWord(int n)
{
    QByteArray w;
    for (const int v : {n % 26, n / 26 % 26, n / 676 % 26, (n * 7 + 3) % 26, (n * 11 + 5) % 26})
        w += char('a' + v);
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nerp.*.info=false"));
    const QStringList args = app.arguments();
    const int leadsPerTenant = args.value(1, QStringLiteral("100000")).toInt();
    const int seconds = args.value(2, QStringLiteral("5")).toInt();
    const int threads = args.value(3, QStringLiteral("2")).toInt();
    const QString cases = args.value(4, QStringLiteral("crm"));
    const bool crmCases = cases == u"crm" || cases == u"all";
    const bool listCases = cases == u"lists" || cases == u"all";
    constexpr int usersPerTenant = 20;

    QTemporaryDir dataDir(QStringLiteral("/tmp/erp-bench-crm-XXXXXX"));
    QFile::setPermissions(dataDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    ServerConfig config;
    config.dataDir = dataDir.path();
    config.certFile = TestCertificate::instance().certificatePath();
    config.keyFile = TestCertificate::instance().keyPath();
    config.jwtKeyFile = dataDir.path() + QStringLiteral("/jwt.key");
    config.http.port = 0;
    config.migrationsDir = QStringLiteral(":/migrations");
    erp::test::applySettingsFromEnvironment(config);
    if (args.value(5) == u"fixture") {
        try {
            config.database = erp::test::TestDatabase::create(QStringLiteral("bench_crm"), false);
            config.embeddedDatabase = false;
        } catch (const std::exception &e) {
            QTextStream(stderr) << "fixture database: " << e.what() << Qt::endl;
            return 1;
        }
    }
    ServerApplication server(config);
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }

    // Two tenants, each with an admin and 20 sales reps who own the leads.
    const QString hash = PasswordHasher::hash(QStringLiteral("bench user passphrase"));
    QList<CreatedTenant> tenants;
    QElapsedTimer generation;
    generation.start();
    for (const QString &slug : {QStringLiteral("bench-one"), QStringLiteral("bench-two")}) {
        const CreatedTenant tenant = TenantProvisioning::createTenant(
            {slug, QStringLiteral("Bench %1").arg(slug), QStringLiteral("admin@%1.test").arg(slug),
             QStringLiteral("Admin"), QStringLiteral("bench admin passphrase")});
        tenants << tenant;
        Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
            tx.setTenant(tenant.tenantId);
            // Generating 100,000 leads in one statement can take longer than a
            // request may, on a machine shared with builds.
            Database::exec(QStringLiteral("SELECT set_config('statement_timeout', '600000', true)")).finish();
            Database::exec(
                QStringLiteral(
                    "INSERT INTO users (tenant_id, email, display_name, password_hash) "
                    "SELECT ?, 'rep' || g || '@' || ? || '.test', 'Rep ' || g, ? FROM generate_series(1, ?) g"),
                {tenant.tenantId, slug, hash, usersPerTenant})
                .finish();
            Database::exec(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                                          "SELECT u.tenant_id, u.id, r.id FROM users u, roles r "
                                          "WHERE u.email LIKE 'rep%' AND r.name = 'sales_rep'"))
                .finish();
            // Leads spread over the reps, stages, statuses, currencies and a
            // year of close dates; searchable text varies per row, and the
            // title ends in a five-letter word that exactly 20 leads of a
            // tenant share (searchWord() below).
            Database::exec(QStringLiteral(R"SQL(
                INSERT INTO leads (tenant_id, title, contact_name, company, email, source, estimated_value,
                                   currency, probability, expected_close_date, owner_id, stage_id, status,
                                   lost_reason, created_by)
                SELECT ?, 'Deal ' || g || ' ' || (ARRAY['widgets','gadgets','support','licences','hardware'])[1 + g % 5]
                              || ' ' || chr(97 + (g % (? / 20)) % 26) || chr(97 + (g % (? / 20)) / 26 % 26)
                              || chr(97 + (g % (? / 20)) / 676 % 26) || chr(97 + ((g % (? / 20)) * 7 + 3) % 26)
                              || chr(97 + ((g % (? / 20)) * 11 + 5) % 26),
                       'Contact ' || g, 'Company ' || (g % 7919), 'contact' || g || '@example' || (g % 97) || '.test',
                       (ARRAY['web','fair','referral','cold call'])[1 + g % 4],
                       ((g * 7919) % 1000000) / 100.0,
                       (ARRAY['EUR','USD','GBP'])[1 + g % 3], g % 101,
                       CASE WHEN g % 10 = 0 THEN NULL ELSE DATE '2026-01-01' + (g % 365) END,
                       u.ids[1 + g % array_length(u.ids, 1)], s.ids[1 + g % array_length(s.ids, 1)],
                       CASE WHEN g % 20 = 0 THEN 'lost' WHEN g % 20 = 1 THEN 'won' ELSE 'open' END,
                       CASE WHEN g % 20 = 0 THEN 'price' END,
                       u.ids[1]
                  FROM generate_series(1, ?) g,
                       (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE email LIKE 'rep%') u,
                       (SELECT array_agg(id ORDER BY position) AS ids FROM pipeline_stages) s)SQL"),
                           {tenant.tenantId, leadsPerTenant, leadsPerTenant, leadsPerTenant, leadsPerTenant,
                            leadsPerTenant, leadsPerTenant})
                .finish();
            tx.commit();
        });
    }
    {
        QSqlDatabase owner = Database::openOwnerConnection(QStringLiteral("bench-analyze"));
        QSqlQuery(owner).exec(QStringLiteral("VACUUM ANALYZE leads"));
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-analyze"));
    const double generationSeconds = generation.elapsed() / 1000.0;

    // The search's plan at this size, as the application role sees it.
    QStringList plan;
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(tenants.first().tenantId, tenants.first().adminUserId);
        QSqlQuery q(Database::connection());
        q.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS OFF) SELECT l.id FROM leads l WHERE %1 ILIKE '%contact4242@%' "
                              "ORDER BY l.created_at DESC, l.id DESC LIMIT 51")
                   .arg(CrmEntities::leadSearchSql()));
        while (q.next())
            plan << q.value(0).toString();
        if (listCases) {
            // The word search of the list cases.
            plan << QStringLiteral("word search:");
            q.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS OFF) SELECT l.id FROM leads l WHERE %1 ILIKE '%%2%' "
                                  "ORDER BY l.created_at DESC, l.id DESC LIMIT 51")
                       .arg(CrmEntities::leadSearchSql(), QString::fromLatin1(searchWord(42))));
            while (q.next())
                plan << q.value(0).toString();
        }
        tx.commit();
    });

    const quint16 port = server.port();
    const QByteArray admin = login(port, QStringLiteral("bench-one"), QStringLiteral("admin@bench-one.test"),
                                   QStringLiteral("bench admin passphrase"));
    const QByteArray rep = login(port, QStringLiteral("bench-one"), QStringLiteral("rep1@bench-one.test"),
                                 QStringLiteral("bench user passphrase"));

    QTextStream(stdout) << QStringLiteral("bench_crm: %1 leads in 2 tenants (generated and analysed in %2 s), "
                                          "%3 client threads, %4 s per case, %5 cores")
                               .arg(2 * leadsPerTenant)
                               .arg(generationSeconds, 0, 'f', 1)
                               .arg(threads)
                               .arg(seconds)
                               .arg(QThread::idealThreadCount())
                        << Qt::endl;
    QTextStream(stdout) << "search plan:" << Qt::endl;
    for (const QString &line : plan)
        QTextStream(stdout) << "    " << line << Qt::endl;

    if (crmCases) {
        erp::test::printLoad(QStringLiteral("GET /leads?q=contact<n>@ (search, admin)"),
                             erp::test::measureLoad(port, threads, seconds, admin, [&](TlsTestClient &c, int i) {
                                 return c.get("/api/v1/leads?limit=50&q=contact"
                                              + QByteArray::number(1 + (i * 7919) % leadsPerTenant) + '@');
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads?q=company <n> (search, admin)"),
                             erp::test::measureLoad(port, threads, seconds, admin, [&](TlsTestClient &c, int i) {
                                 return c.get("/api/v1/leads?limit=50&q=company%20"
                                              + QByteArray::number(1000 + i % 6000));
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads?q=contact<n>@ (search, rep, record rule)"),
                             erp::test::measureLoad(port, threads, seconds, rep, [&](TlsTestClient &c, int i) {
                                 return c.get("/api/v1/leads?limit=50&q=contact"
                                              + QByteArray::number(1 + (i * 7919) % leadsPerTenant) + '@');
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads?sort=expected_close_date (page 1)"),
                             erp::test::measureLoad(port, threads, seconds, admin, [](TlsTestClient &c, int) {
                                 return c.get("/api/v1/leads?limit=50&sort=expected_close_date");
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads?sort=expected_close_date&status=open"),
                             erp::test::measureLoad(port, threads, seconds, admin, [](TlsTestClient &c, int) {
                                 return c.get("/api/v1/leads?limit=50&sort=expected_close_date&status=open");
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads/board (admin, whole tenant)"),
                             erp::test::measureLoad(port, threads, seconds, admin, [](TlsTestClient &c, int) {
                                 return c.get("/api/v1/leads/board");
                             }));
        erp::test::printLoad(QStringLiteral("GET /leads/board (rep, own leads)"),
                             erp::test::measureLoad(port, threads, seconds, rep, [](TlsTestClient &c, int) {
                                 return c.get("/api/v1/leads/board");
                             }));
    }
    if (listCases) {
        // Ids of the first tenant's leads, and the cursor of page 200 (limit
        // 50, default sort), walked once the way a client would.
        qint64 firstLead = 0;
        qint64 lastLead = 0;
        Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
            tx.setTenant(tenants.first().tenantId, tenants.first().adminUserId);
            QSqlQuery &q = Database::exec(QStringLiteral("SELECT min(id), max(id) FROM leads"));
            if (q.next()) {
                firstLead = q.value(0).toLongLong();
                lastLead = q.value(1).toLongLong();
            }
            q.finish();
            tx.commit();
        });
        TlsTestClient setup(TestCertificate::instance().certificate(), 60'000);
        setup.connectToServer(port);
        setup.setBearerToken(admin);
        const auto firstPage = setup.get("/api/v1/leads?limit=50");
        QTextStream(stdout) << "first page: total_estimate "
                            << firstPage.json().value(QStringLiteral("total_estimate")).toVariant().toString()
                            << ", total_exact "
                            << firstPage.json().value(QStringLiteral("total_exact")).toVariant().toString() << Qt::endl;
        QByteArray page200 = "/api/v1/leads?limit=50";
        for (int page = 1; page < 200; ++page) {
            const QJsonValue next = setup.get(page200).json().value(QStringLiteral("next_cursor"));
            if (!next.isString())
                break;
            page200 = "/api/v1/leads?limit=50&cursor=" + next.toString().toLatin1();
        }
        const int searchWords = qMax(1, leadsPerTenant / 20);
        const auto search = setup.get("/api/v1/leads?limit=50&q=" + searchWord(42));
        QTextStream(stdout) << "search " << searchWord(42) << ": "
                            << search.json().value(QStringLiteral("items")).toArray().size() << " leads" << Qt::endl;

        // Each case first runs for warmUp seconds unmeasured, as
        // bench_procurement's operations do: the first case would otherwise
        // also pay for the cold caches and the autovacuum of the freshly
        // generated leads.
        const int warmUp = qMax(1, seconds / 2);
        const auto measure = [&](const QString &name, const erp::test::LoadCall &call) {
            erp::test::measureLoad(port, threads, warmUp, admin, call);
            erp::test::printLoad(name, erp::test::measureLoad(port, threads, seconds, admin, call));
        };
        measure(QStringLiteral("GET /leads?limit=50 (first page)"),
                [](TlsTestClient &c, int) { return c.get("/api/v1/leads?limit=50"); });
        measure(QStringLiteral("GET /leads?limit=50, page 200 by cursor"),
                [&](TlsTestClient &c, int) { return c.get(page200); });
        measure(QStringLiteral("GET /leads?q=<word> (20 matches)"), [&](TlsTestClient &c, int i) {
            return c.get("/api/v1/leads?limit=50&q=" + searchWord(i % searchWords));
        });
        measure(QStringLiteral("GET /leads/{id}"), [&](TlsTestClient &c, int i) {
            const qint64 id = firstLead + (qint64(i) * 7919) % (lastLead - firstLead + 1);
            return c.get("/api/v1/leads/" + QByteArray::number(id));
        });
        measure(QStringLiteral("GET /healthz (no database)"), [](TlsTestClient &c, int) { return c.get("/healthz"); });
    }
    server.stop();
    return 0;
}
