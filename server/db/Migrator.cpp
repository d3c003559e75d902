#include "server/db/Migrator.h"

#include "server/db/DbError.h"
#include "server/db/DbLog.h"
#include "server/db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace erp::server {

namespace {

// Arbitrary but fixed ("ERPMIGR" in ASCII): every process migrating this
// database must use the same key.
constexpr qint64 MigrationLockKey = 0x4552504d49475200LL;

struct MigrationFile
{
    QString version;
    QString name;
    QString path;
    QByteArray contents;
    QString checksum;
};

std::runtime_error error(const QString &message)
{
    return std::runtime_error(message.toStdString());
}

QList<MigrationFile> readMigrationFiles(const QString &dirPath)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QDir dir(dirPath);
    if (!dir.exists())
        throw error(QStringLiteral("migrations directory %1 does not exist").arg(dirPath));
    QList<MigrationFile> files;
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*.sql")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        // A misnamed migration silently skipped would leave the schema behind.
        if (!match.hasMatch())
            throw error(QStringLiteral("migration file %1 is not named NNNN_name.sql").arg(info.fileName()));
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            throw error(QStringLiteral("cannot read %1: %2").arg(info.filePath(), file.errorString()));
        MigrationFile m;
        m.version = match.captured(1);
        m.name = match.captured(2);
        m.path = info.filePath();
        m.contents = file.readAll();
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.contents, QCryptographicHash::Sha256).toHex());
        if (!files.isEmpty() && files.last().version == m.version)
            throw error(QStringLiteral("two migrations share version %1").arg(m.version));
        files.append(m);
    }
    return files;
}

struct Statement
{
    QString sql;
    int line = 1;   // where it starts in the file, for error messages
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Splits a migration into statements at top-level semicolons, skipping
// quoted strings ('', E'', ""), dollar quotes and comments.
//
// Why not one exec of the whole text: QPSQL in Qt 6.4 reports only the first
// statement's result, so a later failing statement leaves exec() returning
// true and the error surfaces only as a COMMIT that rolled back, without its
// SQLSTATE. Statement by statement, the failing one reports its own error.
QList<Statement> splitStatements(const QString &sql)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    static const QRegularExpression beginAtomic(QStringLiteral("\\bBEGIN\\s+ATOMIC\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    QList<Statement> statements;
    QString current;
    QString code;        // current without strings and comments
    int line = 1;
    int startLine = 1;
    const qsizetype n = sql.size();
    auto at = [&](qsizetype i) { return i < n ? sql.at(i) : QChar(); };
    auto copy = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (sql.at(k) == QLatin1Char('\n'))
                ++line;
        }
        current += QStringView(sql).mid(from, to - from);
    };
    auto finish = [&] {
        if (!code.trimmed().isEmpty()) {
            if (code.contains(beginAtomic))
                throw error(QStringLiteral("line %1: BEGIN ATOMIC bodies are not supported in migrations; "
                                           "use a $$-quoted body").arg(startLine));
            statements.append({current.trimmed(), startLine});
        }
        current.clear();
        code.clear();
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (code.trimmed().isEmpty())
            startLine = line;
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? n : end;
            copy(i, end);
            i = end;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            qsizetype j = i;
            do {
                if (at(j) == QLatin1Char('/') && at(j + 1) == QLatin1Char('*')) {
                    ++depth;
                    j += 2;
                } else if (at(j) == QLatin1Char('*') && at(j + 1) == QLatin1Char('/')) {
                    --depth;
                    j += 2;
                } else {
                    ++j;
                }
            } while (depth > 0 && j < n);
            copy(i, j);
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'...' strings take backslash escapes; '' and "" are escaped quotes.
            const bool backslashes = c == QLatin1Char('\'') && i > 0
                && (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e'))
                && (i < 2 || !isIdentifierChar(sql.at(i - 2)));
            qsizetype j = i + 1;
            while (j < n) {
                if (backslashes && sql.at(j) == QLatin1Char('\\')) {
                    j += 2;
                } else if (sql.at(j) == c) {
                    if (at(j + 1) == c) {
                        j += 2;
                    } else {
                        ++j;
                        break;
                    }
                } else {
                    ++j;
                }
            }
            j = qMin(j, n);
            copy(i, j);
            code += QLatin1String("''");
            i = j;
        } else if (c == QLatin1Char('$') && (i == 0 || !isIdentifierChar(sql.at(i - 1)))) {
            const QRegularExpressionMatch m = dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                copy(i, i + 1);
                code += c;
                ++i;
                continue;
            }
            const QString tag = m.captured(0);
            const qsizetype close = sql.indexOf(tag, i + tag.size());
            const qsizetype end = close < 0 ? n : close + tag.size();
            copy(i, end);
            code += QLatin1String("''");
            i = end;
        } else if (c == QLatin1Char(';')) {
            ++i;
            finish();
        } else {
            copy(i, i + 1);
            code += c;
            ++i;
        }
    }
    finish();
    return statements;
}

QSqlQuery execOrThrow(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares with a server-side PREPARE, which DDL cannot go through.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw DbError(query.lastError(), QStringLiteral("migrator"));
        return query;
    }
    if (!query.prepare(sql))
        throw DbError(query.lastError(), QStringLiteral("migrator"));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw DbError(query.lastError(), QStringLiteral("migrator"));
    return query;
}

bool migrationsTableExists(const QSqlDatabase &db)
{
    QSqlQuery q = execOrThrow(db, QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL"));
    return q.next() && q.value(0).toBool();
}

// version -> checksum
QMap<QString, QString> appliedMigrations(const QSqlDatabase &db)
{
    QMap<QString, QString> applied;
    if (!migrationsTableExists(db))
        return applied;
    QSqlQuery q = execOrThrow(db, QStringLiteral("SELECT version, checksum FROM public.schema_migrations"));
    while (q.next())
        applied.insert(q.value(0).toString(), q.value(1).toString());
    return applied;
}

// Held for the whole run, across the per-migration transactions, so it has
// to be a session lock; released on every exit path (and by the server if
// the connection dies).
class AdvisoryLock
{
public:
    explicit AdvisoryLock(const QSqlDatabase &db)
        : m_db(db)
    {
        execOrThrow(m_db, QStringLiteral("SELECT pg_advisory_lock(?)"), {MigrationLockKey});
    }
    ~AdvisoryLock()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        q.addBindValue(MigrationLockKey);
        if (!q.exec())
            qCWarning(lcDb) << "could not release the migration lock:" << q.lastError().text();
    }
    AdvisoryLock(const AdvisoryLock &) = delete;
    AdvisoryLock &operator=(const AdvisoryLock &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

Migrator::Migrator(QSqlDatabase ownerDb, QString migrationsDir, QString appRole)
    : m_db(std::move(ownerDb))
    , m_dir(std::move(migrationsDir))
    , m_appRole(std::move(appRole))
{
}

Migrator::Status Migrator::status()
{
    const QList<MigrationFile> files = readMigrationFiles(m_dir);
    const QMap<QString, QString> applied = appliedMigrations(m_db);
    Status st;
    st.applied = applied.keys();
    QSet<QString> onDisk;
    for (const MigrationFile &f : files) {
        onDisk.insert(f.version);
        const auto it = applied.constFind(f.version);
        if (it == applied.constEnd())
            st.pending.append(f.version);
        else if (it.value() != f.checksum)
            st.changed.append(f.version);
    }
    for (const QString &version : st.applied) {
        if (!onDisk.contains(version))
            st.unknown.append(version);
    }
    return st;
}

QStringList Migrator::migrate()
{
    if (!m_db.isOpen())
        throw DbError(m_db.lastError(), QStringLiteral("migrator: owner connection is not open"));

    AdvisoryLock lock(m_db);

    // Inside the lock: two first starts would otherwise race on creating it.
    execOrThrow(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_migrations ("
                                     " version text PRIMARY KEY,"
                                     " name text NOT NULL,"
                                     " checksum text NOT NULL,"
                                     " applied_at timestamptz NOT NULL DEFAULT now())"));

    // Read after taking the lock: whoever held it before may have applied
    // everything we were about to.
    const Status st = status();
    if (!st.changed.isEmpty())
        throw error(QStringLiteral("applied migrations were changed on disk: %1")
                        .arg(st.changed.join(QLatin1String(", "))));
    if (!st.unknown.isEmpty())
        throw error(QStringLiteral("the database has migrations this program does not know (a newer schema?): %1")
                        .arg(st.unknown.join(QLatin1String(", "))));

    const QString quotedRole = m_appRole.isEmpty()
        ? QString()
        // Quoted by hand: QSqlDriver::escapeIdentifier() splits on '.' as if
        // it were schema.table, which would mangle a role name containing one.
        : QLatin1Char('"') + QString(m_appRole).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    static const QRegularExpression appRolePlaceholder(QStringLiteral("(?<!:):app_role\\b"));

    QStringList appliedNow;
    const QList<MigrationFile> files = readMigrationFiles(m_dir);
    for (const MigrationFile &f : files) {
        if (!st.pending.contains(f.version))
            continue;
        QString sql = QString::fromUtf8(f.contents);
        if (sql.contains(appRolePlaceholder)) {
            if (quotedRole.isEmpty())
                throw error(QStringLiteral("migration %1 needs the application role name").arg(f.version));
            sql.replace(appRolePlaceholder, quotedRole);
        }

        const QList<Statement> statements = splitStatements(sql);
        qCInfo(lcDb) << "applying migration" << f.version << f.name << statements.size() << "statements";
        Transaction tx(m_db);
        for (const Statement &statement : statements) {
            // exec(QString) sends the text as is: no PREPARE (DDL cannot be
            // prepared) and no placeholder parsing.
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.exec(statement.sql))
                throw DbError(query.lastError(), QStringLiteral("migration %1_%2.sql line %3")
                                                     .arg(f.version, f.name).arg(statement.line));
        }
        execOrThrow(m_db,
                    QStringLiteral("INSERT INTO public.schema_migrations (version, name, checksum) VALUES (?, ?, ?)"),
                    {f.version, f.name, f.checksum});
        tx.commit();
        appliedNow.append(f.version);
    }
    if (appliedNow.isEmpty())
        qCDebug(lcDb) << "schema is current";
    return appliedNow;
}

} // namespace erp::server
