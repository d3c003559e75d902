// Procurement benchmark (issue 9, section 8): the five operations of the
// benchmark in PROCUREMENT.md ("Benchmark operations") against the real
// server in process over keep-alive TLS, 16 concurrent clients by default,
// each buyer signed in once. Prints one line per operation:
//
//   op=<name> system=erp rps=<n> p50_ms=<n> p99_ms=<n> errors=<n>
//
// (the format of the bare-SQL reference raw_pg, so both runs can be put side
// by side); progress and '#' diagnostics go to stderr.
//
// Data set: 20 suppliers, 500 products (piece, standard cost 1.00 to
// 1000.00), N orders of 5 lines each (5 distinct products, quantity 1 to 50,
// unit price = standard cost, random supplier, order date within the last
// year), by index 60 % draft, 20 % submitted, 20 % approved; 16 buyers, 2
// managers and one warehouse clerk (receiving needs inventory.edit, which
// PROCUREMENT.md gives the clerk, not the buyer). One approval band for every
// total with one approver, as the benchmark prescribes. The data is written
// with set-based SQL as the application role under the tenant (that is only
// the seeding); every measured operation goes through HTTP.
//
// approve_po and receive_po need a distinct order per operation: they use the
// seeded submitted/approved orders, topped up to --pool orders with extra
// orders dated today (they are never drafts, so they do not change list_po).
//
//   bench_procurement [orders=10000] [clients=16] [seconds=10] [warmup=3]
//                     [ops=read_po,list_po,create_po,approve_po,receive_po]
//                     [pool=25000] [database=embedded|fixture]
//
// database=fixture runs on the test suite's PostgreSQL cluster (start it with
// tests/support/pg_cluster.sh start <build>/test-pg), the one raw_pg can run
// on too, so both sides have the same PostgreSQL settings.
//
// The data set is seeded into erp_test_bench_procurement_<orders>. With
// ERP_BENCH_KEEP_DATA=1 a data set seeded by an earlier run is used as it is
// (seeding 1,000,000 orders takes most of an hour); the approve and receive
// pools are then what earlier runs left.
//
// ERP_DATABASE_WORKERS and ERP_HTTP_IO_THREADS (the server's own variables)
// set the server's database workers and I/O threads, for a sweep; the
// defaults are the server's (twice the processor cores, and 2).
// ERP_CACHE_DOCUMENT_MEGABYTES=0 runs without kept documents.
// ERP_BENCH_LOAD_THREADS sets the load generator's threads (default 2, as
// raw_pg's pgbench; the 16 connections are shared out over them).
// Not a test: figures go to docs/benchmarks.md.
#include "server/admin/TenantProvisioning.h"
#include "server/app/ServerApplication.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/platform/DocumentCache.h"
#include "tests/bench/EventDrivenLoad.h"
#include "tests/bench/LoadMeasurement.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TlsTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTime>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <random>

using namespace erp::server;
using erp::test::TestCertificate;
using erp::test::TlsTestClient;

namespace {

constexpr int Buyers = 16;
constexpr int Managers = 2;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void progress(const QString &message)
{
    err() << "[bench_procurement " << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << "] " << message
          << Qt::endl;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

QByteArray login(quint16 port, const QString &email, const QString &password)
{
    TlsTestClient c(TestCertificate::instance().certificate(), 60'000);
    c.connectToServer(port);
    const auto r = c.postJson("/api/v1/auth/login", {{QStringLiteral("organisation"), QStringLiteral("bench-proc")},
                                                     {QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), password}});
    const QByteArray token = r.json().value(QStringLiteral("access_token")).toString().toUtf8();
    if (token.isEmpty())
        throw std::runtime_error("sign-in failed for " + email.toStdString() + ": " + r.body.toStdString());
    return token;
}

void run(const QString &sql, const QVariantList &values = {})
{
    Database::exec(sql, values).finish();
}

QList<qint64> ids(const QString &sql, const QVariantList &values = {})
{
    QList<qint64> out;
    QSqlQuery &q = Database::exec(sql, values);
    while (q.next())
        out << q.value(0).toLongLong();
    q.finish();
    return out;
}

struct DataSet
{
    qint64 tenantId = 0;
    qint64 warehouseId = 0;
    QList<qint64> suppliers;
    QList<qint64> products;
    QList<qint64> seeded;       // the N orders (read_po)
    QList<qint64> toApprove;    // submitted, shuffled (approve_po)
    QList<QByteArray> receipts; // receive bodies of approved orders, shuffled (receive_po)
    double seconds = 0;
};

// The orders of PROCUREMENT.md, in one statement: orders and their lines from
// the same generate_series, the totals computed from the same quantities and
// prices (exact: numeric). states: the state per index (mixed) or one state.
// Lines: product k of order g is the (base + k * 101) % 500-th product, so
// the 5 products are distinct; quantity 1 + hash % 50.
void insertOrders(const DataSet &d, const QString &numberPrefix, qint64 count, const QString &stateSql,
                  const QString &dateSql, qint64 bandRuleId)
{
    const QString band = QStringLiteral("{\"rule_id\": %1, \"from\": \"0\", \"to\": null, \"approvers_needed\": 1, "
                                        "\"permission\": \"purchasing.approve\", \"role_id\": null, \"role\": null, "
                                        "\"role_approvers_needed\": 0}")
                             .arg(bandRuleId);
    // x: per order g its state, date, supplier, buyer and the 5 lines as
    // arrays; o: the orders inserted; the outer INSERT: their lines, from g
    // again (not by joining x to o: without estimates that join can be a
    // nested loop, quadratic in N).
    const QString sql = QStringLiteral(R"SQL(
        WITH p AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(standard_cost ORDER BY id) AS costs,
                          array_agg(name ORDER BY id) AS names FROM products),
        s AS (SELECT array_agg(id ORDER BY id) AS ids FROM suppliers),
        b AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM users u WHERE u.email LIKE 'buyer%'),
        x AS (
            SELECT g, %1 AS state, %2 AS order_date,
                   s.ids[1 + abs(hashint8(g * 31 + 7)) % array_length(s.ids, 1)] AS supplier_id,
                   b.ids[1 + g % array_length(b.ids, 1)] AS created_by,
                   ARRAY(SELECT 1 + (abs(hashint8(g)) % 500 + k * 101) % 500 FROM generate_series(1, 5) k
                         ORDER BY k) AS idx,
                   ARRAY(SELECT 1 + abs(hashint8(g * 5 + k)) % 50 FROM generate_series(1, 5) k ORDER BY k) AS qty
              FROM generate_series(1, ?::bigint) g, s, b),
        t AS (
            SELECT x.*, (SELECT sum(round(x.qty[k] * p.costs[x.idx[k]], 2)) FROM generate_series(1, 5) k) AS total
              FROM x, p),
        o AS (
            INSERT INTO purchase_orders (tenant_id, number, state, supplier_id, currency, order_date, expected_date,
                                         warehouse_id, subtotal, tax_total, total, exchange_rate, base_total,
                                         approval_band, approvals_needed, submitted_at, approved_at, created_by)
            SELECT ?, ? || lpad(g::text, 8, '0'), state, supplier_id, 'EUR', order_date, order_date, ?,
                   total, 0, total,
                   CASE WHEN state <> 'draft' THEN 1 END, CASE WHEN state <> 'draft' THEN total END,
                   CASE WHEN state <> 'draft' THEN ?::jsonb END, CASE WHEN state <> 'draft' THEN 1 END,
                   CASE WHEN state <> 'draft' THEN now() END, CASE WHEN state = 'approved' THEN now() END,
                   created_by
              FROM t ORDER BY g
            RETURNING id, number)
        INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, description, quantity,
                                          unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax)
        SELECT ?, og.id, k, p.ids[v.idx], p.names[v.idx], v.qty, (SELECT id FROM units WHERE symbol = 'pc'),
               v.qty, p.costs[v.idx], 0, round(v.qty * p.costs[v.idx], 2), 0
          FROM (SELECT o.id, substr(o.number, length(?) + 1)::bigint AS g FROM o) og, p, generate_series(1, 5) k,
               LATERAL (SELECT 1 + (abs(hashint8(og.g)) % 500 + k * 101) % 500 AS idx,
                               1 + abs(hashint8(og.g * 5 + k)) % 50 AS qty) v
         ORDER BY og.id, k)SQL")
                            .arg(stateSql, dateSql);
    run(sql, {count, d.tenantId, numberPrefix, d.warehouseId, band, d.tenantId, numberPrefix});
    // Approved orders carry the approval that approved them (a manager's).
    run(QStringLiteral("INSERT INTO purchase_order_approvals (tenant_id, purchase_order_id, approver_id, decision) "
                       "SELECT po.tenant_id, po.id, (SELECT min(id) FROM users WHERE email LIKE 'manager%'), "
                       "'approved' FROM purchase_orders po WHERE po.state = 'approved' AND po.number LIKE ? || '%' "
                       "AND NOT EXISTS (SELECT 1 FROM purchase_order_approvals a WHERE a.purchase_order_id = po.id)"),
        {numberPrefix});
}

void readDataSet(DataSet &d, qint64 adminUserId, qint64 pool);

DataSet seed(qint64 orders, qint64 pool)
{
    QElapsedTimer clock;
    clock.start();
    DataSet d;
    const CreatedTenant tenant = TenantProvisioning::createTenant({QStringLiteral("bench-proc"),
                                                                  QStringLiteral("Bench Procurement"),
                                                                  QStringLiteral("admin@bench-proc.test"),
                                                                  QStringLiteral("Admin"),
                                                                  QStringLiteral("bench admin passphrase")});
    d.tenantId = tenant.tenantId;
    const QString hash = PasswordHasher::hash(QStringLiteral("bench user passphrase"));
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(d.tenantId, tenant.adminUserId);
        run(QStringLiteral("SELECT set_config('statement_timeout', '0', true)"));
        // 16 buyers, 2 managers, 1 warehouse clerk: one password hash for all.
        run(QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) "
                           "SELECT ?, r.prefix || g || '@bench-proc.test', initcap(r.prefix) || ' ' || g, ? "
                           "FROM (VALUES ('buyer', ?::int), ('manager', ?::int), ('clerk', 1)) r(prefix, n), "
                           "generate_series(1, r.n) g"),
            {d.tenantId, hash, Buyers, Managers});
        run(QStringLiteral("INSERT INTO user_roles (tenant_id, user_id, role_id) "
                           "SELECT u.tenant_id, u.id, r.id FROM users u JOIN roles r ON r.name = CASE "
                           "WHEN u.email LIKE 'buyer%' THEN 'purchaser' WHEN u.email LIKE 'manager%' THEN 'manager' "
                           "WHEN u.email LIKE 'clerk%' THEN 'warehouse_clerk' END"));
        // One band for every total, one approver with purchasing.approve.
        run(QStringLiteral("DELETE FROM approval_rules"));
        const qint64 rule = ids(QStringLiteral("INSERT INTO approval_rules (tenant_id, from_amount, to_amount, "
                                               "approvers_needed) VALUES (?, 0, NULL, 1) RETURNING id"),
                                {d.tenantId})
                                .value(0);
        d.warehouseId = ids(QStringLiteral("SELECT id FROM warehouses ORDER BY id LIMIT 1")).value(0);
        run(QStringLiteral("INSERT INTO suppliers (tenant_id, code, name, currency, lead_time_days, address) "
                           "SELECT ?, 'S' || lpad(g::text, 2, '0'), 'Bench Supplier ' || lpad(g::text, 2, '0'), "
                           "'EUR', 7, g || ' Supplier Road, Supplytown' FROM generate_series(1, 20) g"),
            {d.tenantId});
        run(QStringLiteral(
                "INSERT INTO products (tenant_id, sku, name, unit_category_id, stock_unit_id, standard_cost) "
                "SELECT ?, 'BP' || lpad(g::text, 4, '0'), 'Bench Product ' || lpad(g::text, 4, '0'), "
                "u.category_id, u.id, (100 + abs(hashint4(g)) % 99901) / 100.0 "
                "FROM generate_series(1, 500) g, (SELECT id, category_id FROM units WHERE symbol = 'pc') u"),
            {d.tenantId});
        d.suppliers = ids(QStringLiteral("SELECT id FROM suppliers ORDER BY id"));
        d.products = ids(QStringLiteral("SELECT id FROM products ORDER BY id"));
        insertOrders(d, QStringLiteral("BENCH-"), orders,
                     QStringLiteral("CASE WHEN (g - 1) % 10 < 6 THEN 'draft' WHEN (g - 1) % 10 < 8 THEN 'submitted' "
                                    "ELSE 'approved' END"),
                     QStringLiteral("current_date - (abs(hashint8(g * 17 + 3)) % 365)::int"), rule);
        const qint64 topUp = qMax<qint64>(0, pool - orders / 5);
        if (topUp > 0) {
            insertOrders(d, QStringLiteral("POOLS-"), topUp, QStringLiteral("'submitted'"),
                         QStringLiteral("current_date"), rule);
            insertOrders(d, QStringLiteral("POOLA-"), topUp, QStringLiteral("'approved'"),
                         QStringLiteral("current_date"), rule);
        }
        tx.commit();
    });
    {
        QSqlDatabase owner = Database::openOwnerConnection(QStringLiteral("bench-analyze"));
        QSqlQuery(owner).exec(QStringLiteral("VACUUM ANALYZE purchase_orders, purchase_order_lines, "
                                             "purchase_order_approvals, products, suppliers, users, user_roles"));
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-analyze"));
    readDataSet(d, tenant.adminUserId, pool);
    d.seconds = clock.elapsed() / 1000.0;
    return d;
}

// The rows the operations draw from, of a data set seeded now or kept from
// an earlier run.
void readDataSet(DataSet &d, qint64 adminUserId, qint64 pool)
{
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(d.tenantId, adminUserId);
        if (d.suppliers.isEmpty()) {
            d.warehouseId = ids(QStringLiteral("SELECT id FROM warehouses ORDER BY id LIMIT 1")).value(0);
            d.suppliers = ids(QStringLiteral("SELECT id FROM suppliers ORDER BY id"));
            d.products = ids(QStringLiteral("SELECT id FROM products ORDER BY id"));
        }
        d.seeded = ids(QStringLiteral("SELECT id FROM purchase_orders WHERE number LIKE 'BENCH-%' ORDER BY id"));
        // Seeded orders only (BENCH-, and the pools' POOLS- and POOLA-): a
        // kept data set also holds the orders earlier runs' create_po
        // submitted, whose bands may need two approvers.
        d.toApprove = ids(QStringLiteral("SELECT id FROM purchase_orders WHERE state = 'submitted' "
                                         "AND (number LIKE 'BENCH-%' OR number LIKE 'POOL%') ORDER BY random() LIMIT ?"),
                          {pool});
        QSqlQuery &q = Database::exec(
            QStringLiteral("SELECT json_build_object('lines', json_agg(json_build_object('line_id', l.id, "
                           "'quantity', l.quantity::text) ORDER BY l.position))::text, o.id "
                           "FROM (SELECT id FROM purchase_orders WHERE state = 'approved' "
                           "AND (number LIKE 'BENCH-%' OR number LIKE 'POOL%') "
                           "ORDER BY random() LIMIT ?) o "
                           "JOIN purchase_order_lines l ON l.purchase_order_id = o.id GROUP BY o.id"),
            {pool});
        while (q.next())
            d.receipts << "/api/v1/purchase-orders/" + q.value(1).toByteArray() + "/receive\n"
                    + q.value(0).toString().toUtf8();
        q.finish();
        tx.commit();
    });
    std::shuffle(d.receipts.begin(), d.receipts.end(), std::mt19937(42));
}

// The tenant and its administrator of the data set an earlier run kept in
// databaseName (ERP_BENCH_KEEP_DATA), when it has `orders` seeded orders.
struct KeptData
{
    DatabaseConfig database;
    qint64 tenantId = 0;
    qint64 adminUserId = 0;
};

std::optional<KeptData> keptData(const QString &databaseName, qint64 orders)
{
    const std::optional<DatabaseConfig> database = erp::test::TestDatabase::existing(databaseName);
    if (!database)
        return std::nullopt;
    KeptData kept;
    kept.database = *database;
    qint64 seeded = 0;
    const QString connectionName = QStringLiteral("bench-kept");
    {
        QSqlDatabase db = erp::test::TestDatabase::superuserConnection(
            erp::test::TestDatabase::databaseName(databaseName), connectionName);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT t.id, (SELECT id FROM users WHERE tenant_id = t.id AND "
                                  "email = 'admin@bench-proc.test'), (SELECT count(*) FROM purchase_orders "
                                  "WHERE tenant_id = t.id AND number LIKE 'BENCH-%') FROM tenants t "
                                  "WHERE t.slug = 'bench-proc'"))
            && q.next()) {
            kept.tenantId = q.value(0).toLongLong();
            kept.adminUserId = q.value(1).toLongLong();
            seeded = q.value(2).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (kept.tenantId == 0 || kept.adminUserId == 0 || seeded != orders)
        return std::nullopt;
    return kept;
}

QByteArray orderBody(const DataSet &d, QRandomGenerator &random)
{
    QJsonArray lines;
    const int base = random.bounded(d.products.size());
    for (int k = 1; k <= 5; ++k)
        lines.append(QJsonObject {{QStringLiteral("product_id"), d.products.at((base + k * 101) % d.products.size())},
                                  {QStringLiteral("quantity"), QString::number(1 + random.bounded(50))}});
    return QJsonDocument(QJsonObject {{QStringLiteral("supplier_id"),
                                       d.suppliers.at(random.bounded(d.suppliers.size()))},
                                      {QStringLiteral("warehouse_id"), d.warehouseId},
                                      {QStringLiteral("lines"), lines}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nerp.*.info=false"));
    const QStringList args = app.arguments();
    const qint64 orders = args.value(1, QStringLiteral("10000")).toLongLong();
    const int clients = args.value(2, QStringLiteral("16")).toInt();
    const int seconds = args.value(3, QStringLiteral("10")).toInt();
    const int warmup = args.value(4, QStringLiteral("3")).toInt();
    const QStringList ops = args.value(5, QStringLiteral("read_po,list_po,create_po,approve_po,receive_po"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 pool = args.value(6, QStringLiteral("25000")).toLongLong();
    const bool fixture = args.value(7, QStringLiteral("embedded")) == u"fixture";
    const bool keepData = fixture && qEnvironmentVariableIntValue("ERP_BENCH_KEEP_DATA") == 1;
    // One database per size, so that a kept data set of one size survives
    // runs of another.
    const QString databaseName = QStringLiteral("bench_procurement_%1").arg(orders);

    QTemporaryDir dataDir(QStringLiteral("/tmp/erp-bench-proc-XXXXXX"));
    QFile::setPermissions(dataDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    ServerConfig config;
    std::optional<KeptData> kept;
    config.dataDir = dataDir.path();
    config.certFile = TestCertificate::instance().certificatePath();
    config.keyFile = TestCertificate::instance().keyPath();
    config.jwtKeyFile = dataDir.path() + QStringLiteral("/jwt.key");
    config.http.port = 0;
    config.migrationsDir = QStringLiteral(":/migrations");
    erp::test::applySettingsFromEnvironment(config);
    try {
        if (fixture) {
            if (keepData)
                kept = keptData(databaseName, orders);
            config.database = kept ? kept->database : TestDatabase::create(databaseName, false);
            config.embeddedDatabase = false;
        }
    } catch (const std::exception &e) {
        err() << "fixture database: " << e.what() << Qt::endl;
        return 1;
    }
    ServerApplication server(config);
    if (!server.start()) {
        err() << server.errorString() << Qt::endl;
        return 1;
    }
    const quint16 port = server.port();

    if (!kept)
        progress(QStringLiteral("seeding %1 orders (+ pools up to %2)").arg(orders).arg(pool));
    DataSet d;
    try {
        if (kept) {
            d.tenantId = kept->tenantId;
            readDataSet(d, kept->adminUserId, pool);
        } else {
            d = seed(orders, pool);
        }
    } catch (const std::exception &e) {
        err() << "seeding failed: " << e.what() << Qt::endl;
        return 1;
    }
    progress(QStringLiteral("%1 in %2 s: %3 orders, %4 to approve, %5 to receive")
                 .arg(kept ? QStringLiteral("kept data set read") : QStringLiteral("seeded"))
                 .arg(d.seconds, 0, 'f', 1)
                 .arg(d.seeded.size())
                 .arg(d.toApprove.size())
                 .arg(d.receipts.size()));

    QList<QByteArray> buyers;
    for (int i = 1; i <= Buyers; ++i)
        buyers << login(port, QStringLiteral("buyer%1@bench-proc.test").arg(i), QStringLiteral("bench user passphrase"));
    QList<QByteArray> managers;
    for (int i = 1; i <= Managers; ++i)
        managers << login(port, QStringLiteral("manager%1@bench-proc.test").arg(i),
                          QStringLiteral("bench user passphrase"));
    const QList<QByteArray> clerk {login(port, QStringLiteral("clerk1@bench-proc.test"),
                                         QStringLiteral("bench user passphrase"))};

    // The cursors of the first 20 pages of drafts (limit 50, default sort:
    // order date descending, then id), collected once.
    QList<QByteArray> pages {"/api/v1/purchase-orders?state=draft&limit=50"};
    {
        TlsTestClient c(TestCertificate::instance().certificate(), 60'000);
        c.connectToServer(port);
        c.setBearerToken(buyers.first());
        while (pages.size() < 20) {
            const auto r = c.get(pages.last());
            const QJsonValue next = r.json().value(QStringLiteral("next_cursor"));
            if (r.status != 200 || !next.isString()) {
                err() << "# list_po: only " << pages.size() << " pages (" << r.status << ")" << Qt::endl;
                break;
            }
            pages << "/api/v1/purchase-orders?state=draft&limit=50&cursor="
                    + QUrl::toPercentEncoding(next.toString());
        }
    }

    // The load generator's threads: the connections are shared out over them
    // (tests/bench/EventDrivenLoad.h). 2 as raw_pg's pgbench (-j 2); as many
    // as clients gives each connection a thread of its own.
    const int loadThreads = qEnvironmentVariableIsSet("ERP_BENCH_LOAD_THREADS")
        ? qBound(1, qEnvironmentVariableIntValue("ERP_BENCH_LOAD_THREADS"), clients)
        : qMin(2, clients);
    err() << "# bench_procurement orders=" << orders << " clients=" << clients << " duration=" << seconds
          << "s warmup=" << warmup << "s nproc=" << QThread::idealThreadCount()
          << " workers=" << config.databaseWorkers << " io_threads=" << config.http.ioThreads
          << " load_threads=" << loadThreads
          << " database=" << (fixture ? "fixture" : "embedded") << " seed_s=" << d.seconds << Qt::endl;

    std::atomic<qint64> nextApproval {0};
    std::atomic<qint64> nextReceipt {0};
    std::atomic<qint64> poolExhausted {0};
    for (const QString &op : ops) {
        using erp::test::LoadRequest;
        using Response = TlsTestClient::Response;
        erp::test::LoadSteps steps;
        QList<QByteArray> tokens = buyers;
        // One step: the response to the previous request decides the next.
        const auto get = [](const QByteArray &path) { return LoadRequest {"GET", path, {}, {}}; };
        const auto post = [](const QByteArray &path, const QByteArray &body, TlsTestClient::Headers headers = {}) {
            return LoadRequest {"POST", path, body, headers};
        };
        const auto stateIs = [](const Response *r, int status, const QString &state) {
            return r->status == status
                && (state.isEmpty() || r->json().value(QStringLiteral("state")).toString() == state);
        };
        // An operation of one request: `request` makes it (nothing when no
        // order is left: an error), and its answer must be a 200 with
        // `state`, when given.
        const auto oneRequest = [&](std::function<std::optional<LoadRequest>()> request, const QString &state) {
            return [=](int, int step, const Response *r, bool *failed) -> std::optional<LoadRequest> {
                if (step == 1) {
                    *failed = !stateIs(r, 200, state);
                    return std::nullopt;
                }
                std::optional<LoadRequest> first = request();
                *failed = !first;
                return first;
            };
        };
        if (op == u"read_po") {
            steps = oneRequest([&]() -> std::optional<LoadRequest> {
                const qint64 id = d.seeded.at(QRandomGenerator::global()->bounded(qint64(d.seeded.size())));
                return get("/api/v1/purchase-orders/" + QByteArray::number(id));
            }, {});
        } else if (op == u"list_po") {
            steps = oneRequest([&]() -> std::optional<LoadRequest> {
                return get(pages.at(QRandomGenerator::global()->bounded(pages.size())));
            }, {});
        } else if (op == u"create_po") {
            // Create, then submit what was created: one operation, two requests.
            steps = [&](int i, int step, const Response *r, bool *failed) -> std::optional<LoadRequest> {
                if (step == 0) {
                    QRandomGenerator random(quint32(i) * 2654435761u + 1);
                    return post("/api/v1/purchase-orders", orderBody(d, random),
                                {{"Content-Type", "application/json"},
                                 {"Idempotency-Key", "bench-" + QByteArray::number(i) + '-'
                                      + QByteArray::number(QRandomGenerator::global()->generate64())}});
                }
                if (step == 1 && r->status == 201) {
                    const QByteArray id = QByteArray::number(r->json().value(QStringLiteral("id")).toInteger());
                    return post("/api/v1/purchase-orders/" + id + "/submit", QByteArray());
                }
                *failed = step == 1 || !stateIs(r, 200, QStringLiteral("submitted"));
                return std::nullopt;
            };
        } else if (op == u"approve_po") {
            tokens = managers;
            steps = oneRequest([&]() -> std::optional<LoadRequest> {
                const qint64 n = nextApproval++;
                if (n >= d.toApprove.size()) {
                    ++poolExhausted;
                    return std::nullopt;
                }
                return post("/api/v1/purchase-orders/" + QByteArray::number(d.toApprove.at(n)) + "/approve",
                            QByteArray());
            }, QStringLiteral("approved"));
        } else if (op == u"receive_po") {
            tokens = clerk;
            steps = oneRequest([&]() -> std::optional<LoadRequest> {
                const qint64 n = nextReceipt++;
                if (n >= d.receipts.size()) {
                    ++poolExhausted;
                    return std::nullopt;
                }
                const QByteArray &receipt = d.receipts.at(n);
                const qsizetype nl = receipt.indexOf('\n');
                return post(receipt.left(nl), receipt.mid(nl + 1), {{"Content-Type", "application/json"}});
            }, QStringLiteral("received"));
        } else {
            err() << "unknown op " << op << Qt::endl;
            return 2;
        }
        progress(QStringLiteral("%1: warm-up %2 s + measure %3 s (load average %4)")
                     .arg(op)
                     .arg(warmup)
                     .arg(seconds)
                     .arg(loadAverage()));
        if (warmup > 0)
            erp::test::measureLoadEventDriven(port, clients, loadThreads, warmup, tokens, steps);
        const erp::test::LoadResult r
            = erp::test::measureLoadEventDriven(port, clients, loadThreads, seconds, tokens, steps);
        QTextStream(stdout) << QStringLiteral("op=%1 system=erp rps=%2 p50_ms=%3 p99_ms=%4 errors=%5")
                                   .arg(op)
                                   .arg(r.requests / r.seconds, 0, 'f', 1)
                                   .arg(r.percentile(0.50), 0, 'f', 2)
                                   .arg(r.percentile(0.99), 0, 'f', 2)
                                   .arg(r.errors)
                            << Qt::endl;
        err() << "# op=" << op << " requests=" << r.requests << " load_average=" << loadAverage() << Qt::endl;
        const erp::server::DocumentCache::Counters kept = erp::server::DocumentCache::instance().counters();
        err() << "# kept documents so far: hits=" << kept.hits << " stale=" << kept.stale << " stored=" << kept.stored
              << " evicted=" << kept.evicted << " entries=" << kept.entries << " bytes=" << kept.bytes << Qt::endl;
    }
    if (poolExhausted > 0)
        err() << "# WARNING: " << poolExhausted.load()
              << " operations found no order left to approve or receive (counted as errors): raise pool" << Qt::endl;
    server.stop();
    return 0;
}
