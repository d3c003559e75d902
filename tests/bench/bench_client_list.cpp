// Client list benchmark: 10,000 users in one organisation, loaded page by
// page through PagedListModel (the model behind every list page) from the
// real server over TLS, as a view scrolling to the end would load them.
// Prints, per page size, the time to the first page, the time to load
// everything, and memory: VmRSS before/after and the peak (VmHWM, reset
// before each run through /proc/self/clear_refs). The server runs in this
// process (with its own embedded PostgreSQL in another), so the peak
// includes the server's share of the work; the RSS growth that remains
// while the model is alive is the model's own data. Not a test.
//
//   bench_client_list [users=10000] [page sizes=50,200,500]
#include "client/core/ApiClient.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"

#include "server/admin/TenantProvisioning.h"
#include "server/app/ServerApplication.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "tests/support/TestCertificate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <malloc.h>

using namespace erp::client;
using namespace erp::server;
using namespace Qt::StringLiterals;

namespace {

// kB from /proc/self/status ("VmRSS", "VmHWM").
qint64 procStatus(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

void resetPeak()
{
    malloc_trim(0);
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");   // resets VmHWM to the current RSS (Linux 4.0+)
}

QString mb(qint64 kb)
{
    return QString::number(kb / 1024.0, 'f', 1) + u" MB"_s;
}

bool waitFor(QObject *sender, const char *signal, int ms = 60'000)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.debug=false\nerp.*.info=false"_s);
    const QStringList args = app.arguments();
    const int users = args.value(1, u"10000"_s).toInt();
    QList<int> pageSizes;
    for (const QString &s : args.value(2, u"50,200,500"_s).split(QLatin1Char(',')))
        pageSizes << s.toInt();
    QTextStream out(stdout);

    QTemporaryDir dataDir(u"/tmp/erp-bench-XXXXXX"_s);
    QFile::setPermissions(dataDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    ServerConfig config;
    config.dataDir = dataDir.path();
    config.certFile = erp::test::TestCertificate::instance().certificatePath();
    config.keyFile = erp::test::TestCertificate::instance().keyPath();
    config.jwtKeyFile = dataDir.path() + u"/jwt.key"_s;
    config.http.port = 0;
    config.migrationsDir = u":/migrations"_s;
    ServerApplication server(config);
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    const CreatedTenant tenant = TenantProvisioning::createTenant(
        {u"bench"_s, u"Bench Ltd"_s, u"admin@bench.test"_s, u"Admin"_s, u"bench admin passphrase"_s});

    // 10,000 users in one statement under row-level security (the
    // transaction sets app.tenant_id); every second one with a role so
    // role_names is not empty. Hashing 10,000 passwords would dominate.
    QElapsedTimer seed;
    seed.start();
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(tenant.tenantId);
        Database::exec(u"INSERT INTO users (tenant_id, email, display_name, password_hash, created_at) "
                       "SELECT ?, 'user' || lpad(g::text, 6, '0') || '@bench.test', 'Bench User ' || g, "
                       "       (SELECT password_hash FROM users WHERE id = ?), now() - g * interval '1 second' "
                       "  FROM generate_series(1, ?) AS g"_s,
                       {tenant.tenantId, tenant.adminUserId, users})
            .finish();
        Database::exec(u"INSERT INTO user_roles (tenant_id, user_id, role_id) "
                       "SELECT u.tenant_id, u.id, r.id FROM users u JOIN roles r ON r.tenant_id = u.tenant_id "
                       " WHERE r.name = 'sales_rep' AND u.id % 2 = 0 AND u.id <> ?"_s,
                       {tenant.adminUserId})
            .finish();
        tx.commit();
    });
    const qint64 seedMs = seed.elapsed();

    QTemporaryDir clientDir;
    TrustStore trust(clientDir.filePath(u"trust.ini"_s));
    trust.pinFingerprint(TrustStore::serverKey(u"127.0.0.1"_s, server.port()),
                         erp::test::TestCertificate::instance().fingerprint());
    ApiClient api(&trust);
    api.setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(server.port())));
    ApiReply *signIn = api.signIn(u"bench"_s, u"admin@bench.test"_s, u"bench admin passphrase"_s);
    if (!waitFor(signIn, SIGNAL(finished())) || !api.session()->isSignedIn()) {
        QTextStream(stderr) << "sign-in failed" << Qt::endl;
        return 1;
    }

    out << u"bench_client_list: %1 users (+ admin) seeded in %2 ms; %3 cores; server in process, TLS over loopback"_s
               .arg(users)
               .arg(seedMs)
               .arg(QThread::idealThreadCount())
        << Qt::endl;
    out << u"page size | first page | all rows  | rows | pages | rows/s  | RSS before | peak (VmHWM) | RSS with model | RSS after model freed"_s
        << Qt::endl;

    for (const int pageSize : pageSizes) {
        for (int run = 0; run < 2; ++run) {   // the first run warms up connections and plans
            resetPeak();
            const qint64 rssBefore = procStatus("VmRSS");
            QElapsedTimer timer;
            timer.start();
            qint64 firstPageMs = 0;
            int pages = 0;
            {
                PagedListModel model(&api, u"/users"_s);
                model.setColumns({ListColumn::text(u"email"_s, u"Email"_s, u"email"_s),
                                  ListColumn::text(u"display_name"_s, u"Name"_s, u"display_name"_s),
                                  ListColumn::text(u"is_active"_s, u"Active"_s),
                                  ListColumn::text(u"role_names"_s, u"Roles"_s),
                                  ListColumn::text(u"created_at"_s, u"Created"_s, u"created_at"_s)});
                model.setPageSize(pageSize);
                model.setSort(u"email"_s);
                model.reload();
                if (!waitFor(&model, SIGNAL(reloaded()))) {
                    QTextStream(stderr) << "first page failed" << Qt::endl;
                    return 1;
                }
                firstPageMs = timer.elapsed();
                pages = 1;
                while (model.canFetchMore({})) {
                    model.fetchMore({});
                    if (!waitFor(&model, SIGNAL(loadingChanged(bool)))) {
                        QTextStream(stderr) << "page failed" << Qt::endl;
                        return 1;
                    }
                    ++pages;
                    // What a view does with a new page: read what it shows.
                    for (int c = 0; c < model.columnCount(); ++c)
                        model.data(model.index(model.rowCount() - 1, c));
                }
                const qint64 totalMs = timer.elapsed();
                if (model.state() == PagedListModel::State::Error) {
                    QTextStream(stderr) << model.lastError().debugString() << Qt::endl;
                    return 1;
                }
                const qint64 peak = procStatus("VmHWM");
                const qint64 rssWithModel = procStatus("VmRSS");
                if (run == 1) {
                    out << u"%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(pageSize, 9)
                               .arg(u"%1 ms"_s.arg(firstPageMs), 10)
                               .arg(u"%1 ms"_s.arg(totalMs), 9)
                               .arg(model.rowCount(), 4)
                               .arg(pages, 5)
                               .arg(qRound64(model.rowCount() * 1000.0 / qMax<qint64>(1, totalMs)), 7)
                               .arg(mb(rssBefore), 10)
                               .arg(mb(peak), 12)
                               .arg(mb(rssWithModel), 14);
                }
            }
            malloc_trim(0);
            if (run == 1)
                out << u" | %1"_s.arg(mb(procStatus("VmRSS"))) << Qt::endl;
        }
    }
    server.stop();
    return 0;
}
