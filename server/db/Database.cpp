#include "server/db/Database.h"

#include "server/db/DbError.h"
#include "server/db/DbLog.h"
#include "server/db/Transaction.h"

#include <QCoreApplication>
#include <QAtomicInteger>
#include <QReadWriteLock>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>
#include <unordered_map>

namespace erp::server {

namespace {

QReadWriteLock g_configLock;
DatabaseConfig g_config;
// Bumped by configure(): threads reopen when their connection was made for an
// older configuration (tests point the process at a fresh database).
QAtomicInteger<int> g_configGeneration{0};
QAtomicInteger<quint64> g_connectionSerial{0};

struct QStringHash
{
    size_t operator()(const QString &s) const noexcept { return qHash(s); }
};

struct ThreadState
{
    QString connectionName;
    int generation = -1;
    bool lost = false;
    // unique_ptr keeps each QSqlQuery at a stable address, so the references
    // handed out by prepared() survive rehashing.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>, QStringHash> queries;

    void dropQueries() { queries.clear(); }

    void close()
    {
        // Queries first: a QSqlQuery outliving its connection is a Qt warning
        // and, for QPSQL, a DEALLOCATE sent on a closed handle.
        dropQueries();
        if (connectionName.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        lost = false;
    }

    ~ThreadState()
    {
        // A pool thread may end after main() returned, while the SQL driver
        // plugin is being unloaded: then calling into it crashes. The process
        // is going away and the server sees the connection drop; leak instead.
        if (!QCoreApplication::instance()) {
            for (auto &query : queries)
                (void)query.second.release();
            return;
        }
        close();
    }
};

ThreadState &threadState()
{
    // One per thread, destroyed when the thread ends: worker threads that
    // forget closeThreadConnection() still release their connection.
    thread_local ThreadState state;
    return state;
}

// A libpq connection-string value, quoted (QPSQL joins the options with
// spaces, so a path with a space or quote must be quoted and escaped).
QString quotedOption(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString connectOptions(const DatabaseConfig &config)
{
    QString options
        = QStringLiteral("connect_timeout=%1;application_name=erp-server").arg(qMax(1, config.connectTimeoutSeconds));
    // libpq prints server NOTICEs (e.g. "relation already exists, skipping"
    // from migrations) straight to stderr, past the server's log format.
    options += QStringLiteral(";options=") + quotedOption(QStringLiteral("-c client_min_messages=warning"));
    const QString sslMode = config.effectiveSslMode();
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    if (!config.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + quotedOption(config.sslRootCert);
    return options;
}

void configureConnection(QSqlDatabase &db, const DatabaseConfig &config, const QString &user,
                         const QString &password)
{
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setDatabaseName(config.name);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions(config));
    // Without this QPSQL hands NUMERIC back as double; money must stay exact.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

// Opens db or throws; on failure the connection name is unregistered so a
// later attempt starts clean.
void openOrThrow(QSqlDatabase &db, const QString &connectionName)
{
    if (db.open())
        return;
    const QSqlError error = db.lastError();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    throw DbError(error, QStringLiteral("connect"));
}

void applySessionSettings(QSqlDatabase &db, const DatabaseConfig &config)
{
    // Queries cannot be cancelled through QtSql, so the server bounds them;
    // set_config takes bound values where SET would need string assembly.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT set_config('statement_timeout', ?, false), "
                             "set_config('lock_timeout', ?, false)"));
    q.addBindValue(QString::number(qMax(0, config.statementTimeoutMs)));
    q.addBindValue(QString::number(qMax(0, config.lockTimeoutMs)));
    if (!q.exec())
        throw DbError(q.lastError(), QStringLiteral("session settings"));
}

// (Re)opens this thread's connection in place: the connection name stays the
// same, so QSqlDatabase copies held by callers (a Transaction) stay valid.
QSqlDatabase openThreadConnection(ThreadState &st)
{
    const DatabaseConfig config = Database::config();
    const int generation = g_configGeneration.loadAcquire();
    QSqlDatabase db;
    if (st.connectionName.isEmpty()) {
        st.connectionName = QStringLiteral("erp-app-%1").arg(g_connectionSerial.fetchAndAddRelaxed(1));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), st.connectionName);
    } else {
        db = QSqlDatabase::database(st.connectionName, false);
        // Prepared statements die with the server session; drop ours with it.
        st.dropQueries();
        db.close();
    }
    configureConnection(db, config, config.user, config.password);
    // Until the open below succeeds the connection counts as lost, so the next
    // call tries again.
    st.lost = true;
    if (!db.open())
        throw DbError(db.lastError(), QStringLiteral("connect"));
    applySessionSettings(db, config);
    st.generation = generation;
    st.lost = false;
    qCDebug(lcDb) << "opened" << st.connectionName << "to" << config.host << config.port << config.name;
    return db;
}

} // namespace

namespace detail {
void noteConnectionLost()
{
    threadState().lost = true;
}
} // namespace detail

void Database::configure(const DatabaseConfig &config)
{
    QWriteLocker locker(&g_configLock);
    g_config = config;
    g_configGeneration.fetchAndAddRelease(1);
}

DatabaseConfig Database::config()
{
    QReadLocker locker(&g_configLock);
    return g_config;
}

QSqlDatabase Database::connection()
{
    // Every query of a request comes here first: a check of the caller that
    // was waiting to travel with the first statement goes now, before it.
    Transaction::sendDeferredCheckOfThisThread();
    ThreadState &st = threadState();
    if (!st.connectionName.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(st.connectionName, false);
        const bool stale = st.generation != g_configGeneration.loadAcquire();
        if (db.isOpen() && !st.lost && !stale)
            return db;
        if (st.lost)
            qCWarning(lcDb) << "connection" << st.connectionName << "was lost; reconnecting";
    }
    return openThreadConnection(st);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    QSqlDatabase db = connection();
    ThreadState &st = threadState();
    auto it = st.queries.find(sql);
    if (it != st.queries.end()) {
        // Release the previous result set (QPSQL keeps it until the next exec)
        // without losing the server-side prepared statement.
        it->second->finish();
        return *it->second;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    query->setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query->prepare(sql))
        throw DbError(query->lastError(), QStringLiteral("prepare"));
    QSqlQuery &ref = *query;
    st.queries.emplace(sql, std::move(query));
    return ref;
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw DbError(query.lastError());
    return query;
}

QSqlDatabase Database::openOwnerConnection(const QString &connectionName)
{
    return openOwnerConnection(config(), connectionName);
}

QSqlDatabase Database::openOwnerConnection(const DatabaseConfig &config, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    configureConnection(db, config, config.ownerUser, config.ownerPassword);
    // No statement_timeout here: migrations may legitimately run for minutes.
    openOrThrow(db, connectionName);
    return db;
}

bool Database::isThreadConnection(const QSqlDatabase &db)
{
    const ThreadState &st = threadState();
    return !st.connectionName.isEmpty() && db.connectionName() == st.connectionName;
}

void Database::closeThreadConnection()
{
    threadState().close();
}

} // namespace erp::server
