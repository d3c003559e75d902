#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace erp::server {

// Applies migrations/NNNN_name.sql in order, each in its own transaction, as
// the owner role. Applied migrations are recorded in schema_migrations with a
// SHA-256 checksum; a changed applied file is an error. A session-level
// advisory lock serialises concurrent runs (two servers starting at once).
// The text `:app_role` in a migration is replaced by the application role's
// (quoted) name before it runs; the checksum covers the file as written.
class Migrator
{
public:
    Migrator(QSqlDatabase ownerDb, QString migrationsDir, QString appRole);

    struct Status
    {
        QStringList applied;        // versions recorded in the database
        QStringList pending;        // files not applied yet
        QStringList unknown;        // recorded in the database but no file: a newer schema
        QStringList changed;        // applied but the file's checksum differs
        bool isCurrent() const { return pending.isEmpty() && unknown.isEmpty() && changed.isEmpty(); }
    };

    Status status();                // throws DbError
    // Applies all pending migrations. Returns the versions applied. Throws
    // std::runtime_error for a checksum mismatch or unknown newer schema, and
    // DbError when a migration fails (that migration is rolled back).
    QStringList migrate();

private:
    QSqlDatabase m_db;
    QString m_dir;
    QString m_appRole;
};

} // namespace erp::server
