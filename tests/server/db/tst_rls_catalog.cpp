// Tenant isolation, checked against the catalog of the real migrated schema.
// The checks scan pg_catalog rather than a list of tables, so a table added
// later without row-level security, or with a constraint that ignores
// tenant_id, fails here.
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace erp::server;

namespace {

const QString Superuser = QStringLiteral("rls-superuser");

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw DbError(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw DbError(q.lastError(), sql);
    return q;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = run(db, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

// Tables (plain and partitioned) in schema public that have a tenant_id column.
const QString TenantTablesSql = QStringLiteral(R"SQL(
    SELECT c.relname
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     ORDER BY c.relname)SQL");

// Matches a policy expression that filters on the current tenant.
const QString TenantExpression = QStringLiteral("(app_current_tenant\\(\\)|app\\.tenant_id)");

} // namespace

class tst_RlsCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tenantTableHasForcedRowLevelSecurity_data();
    void tenantTableHasForcedRowLevelSecurity();
    void tenantTableHasTenantPolicyForAllCommands_data();
    void tenantTableHasTenantPolicyForAllCommands();
    void currentTenantFunctionFailsClosed();
    void foreignKeysBetweenTenantTablesIncludeTenant();
    void everyTenantTableReachesTenantsThroughNotNullKeys();
    void uniqueConstraintsOnTenantTablesIncludeTenant();
    void viewsUseSecurityInvoker();
    void appRoleIsUnprivileged();
    void appRoleOwnsNothing();
    void appRoleCannotRewriteAuditLog_data();
    void appRoleCannotRewriteAuditLog();

    void auditRowsFollowTheTransaction_data();
    void auditRowsFollowTheTransaction();
    void noTenantSeesNoRows_data();
    void noTenantSeesNoRows();
    void otherTenantsRowsAreInvisible();
    void writingAnotherTenantsRowFails_data();
    void writingAnotherTenantsRowFails();

private:
    QSqlDatabase m_su;
    DatabaseConfig m_config;
    QStringList m_tenantTables;
    qint64 m_tenantA = 0;
    qint64 m_tenantB = 0;
};

void tst_RlsCatalog::initTestCase()
{
    m_config = TestDatabase::create(QStringLiteral("rls_catalog"));
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);

    QSqlQuery q = run(m_su, TenantTablesSql);
    while (q.next())
        m_tenantTables.append(q.value(0).toString());
    // Guards the scan itself: the foundation schema has tenant tables.
    QVERIFY2(m_tenantTables.contains(QStringLiteral("users")), qPrintable(m_tenantTables.join(QLatin1Char(','))));
    QVERIFY(m_tenantTables.contains(QStringLiteral("audit_log")));

    // Two tenants with one user each, written as superuser (bypasses RLS).
    m_tenantA = scalar(m_su, QStringLiteral("INSERT INTO tenants (slug, name) VALUES ('tenant-a', 'A') RETURNING id")).toLongLong();
    m_tenantB = scalar(m_su, QStringLiteral("INSERT INTO tenants (slug, name) VALUES ('tenant-b', 'B') RETURNING id")).toLongLong();
    for (const auto &[tenant, email] : {std::pair{m_tenantA, QStringLiteral("a@example.com")},
                                        std::pair{m_tenantB, QStringLiteral("b@example.com")}}) {
        run(m_su, QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) VALUES (?, ?, 'User', 'x')"),
            {tenant, email});
    }
    QCOMPARE(scalar(m_su, QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
}

void tst_RlsCatalog::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

void tst_RlsCatalog::tenantTableHasForcedRowLevelSecurity_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : std::as_const(m_tenantTables))
        QTest::newRow(qPrintable(t)) << t;
}

void tst_RlsCatalog::tenantTableHasForcedRowLevelSecurity()
{
    QFETCH(QString, table);
    QSqlQuery q = run(m_su, QStringLiteral("SELECT c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                           "WHERE n.nspname = 'public' AND c.relname = ?"),
                      {table});
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toBool(), "row level security is not enabled");
    // Without FORCE the owner role (migrations, admin tools) bypasses it.
    QVERIFY2(q.value(1).toBool(), "row level security is not forced");
}

void tst_RlsCatalog::tenantTableHasTenantPolicyForAllCommands_data()
{
    tenantTableHasForcedRowLevelSecurity_data();
}

void tst_RlsCatalog::tenantTableHasTenantPolicyForAllCommands()
{
    QFETCH(QString, table);
    // Policies that apply to the application role (PUBLIC or it by name).
    QSqlQuery q = run(m_su, QStringLiteral(R"SQL(
        SELECT p.polname, p.polcmd::text, p.polpermissive,
               coalesce(pg_get_expr(p.polqual, p.polrelid), ''),
               coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
          FROM pg_policy p
          JOIN pg_class c ON c.oid = p.polrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relname = ?
           AND (p.polroles = '{0}' OR (SELECT oid FROM pg_roles WHERE rolname = ?) = ANY (p.polroles)))SQL"),
                      {table, m_config.user});
    const QRegularExpression tenant(TenantExpression);
    int tenantPolicies = 0;
    QStringList leaky;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString cmd = q.value(1).toString();
        const bool permissive = q.value(2).toBool();
        const QString using_ = q.value(3).toString();
        const QString check = q.value(4).toString();
        if (cmd == QLatin1String("*") && using_.contains(tenant) && check.contains(tenant))
            ++tenantPolicies;
        // Permissive policies are OR-ed: one that does not filter on the
        // tenant opens the table whatever the others say.
        if (permissive && ((!using_.isEmpty() && !using_.contains(tenant)) || (!check.isEmpty() && !check.contains(tenant))))
            leaky.append(name);
    }
    QVERIFY2(tenantPolicies > 0, "no policy for ALL commands with USING and WITH CHECK on the current tenant");
    QVERIFY2(leaky.isEmpty(), qPrintable(QStringLiteral("permissive policies not filtering on the tenant: ") + leaky.join(QLatin1String(", "))));
}

void tst_RlsCatalog::currentTenantFunctionFailsClosed()
{
    const QString definition = scalar(m_su, QStringLiteral("SELECT pg_get_functiondef('public.app_current_tenant()'::regprocedure)")).toString();
    // An empty setting must mean no tenant, never a cast error or ''.
    const QRegularExpression nullIf(
        QStringLiteral("nullif\\s*\\(\\s*current_setting\\s*\\(\\s*'app\\.tenant_id'\\s*,\\s*true\\s*\\)\\s*,\\s*''\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(definition.contains(nullIf), qPrintable(definition));

    // And behaves so, for the application role.
    Transaction tx(Database::connection());
    for (const bool empty : {false, true}) {
        if (empty)
            tx.setTenant(0);   // app.tenant_id = ''
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT app_current_tenant() IS NULL"));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), empty ? "empty setting" : "unset setting");
    }
}

void tst_RlsCatalog::foreignKeysBetweenTenantTablesIncludeTenant()
{
    // Foreign keys ignore RLS: a key without tenant_id would let a row point
    // at (and so probe for) another tenant's row.
    QSqlQuery q = run(m_su, QStringLiteral(R"SQL(
        SELECT con.conname, child.relname, parent.relname,
               EXISTS (SELECT 1 FROM unnest(con.conkey, con.confkey) AS k(child_col, parent_col)
                         JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.child_col
                         JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.parent_col
                        WHERE ca.attname = 'tenant_id' AND pa.attname = 'tenant_id')
          FROM pg_constraint con
          JOIN pg_class child ON child.oid = con.conrelid
          JOIN pg_class parent ON parent.oid = con.confrelid
          JOIN pg_namespace n ON n.oid = child.relnamespace
         WHERE con.contype = 'f' AND n.nspname = 'public'
           AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = con.conrelid AND attname = 'tenant_id' AND NOT attisdropped)
           AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = con.confrelid AND attname = 'tenant_id' AND NOT attisdropped)
         ORDER BY 1)SQL"));
    int checked = 0;
    QStringList violations;
    while (q.next()) {
        ++checked;
        if (!q.value(3).toBool())
            violations.append(QStringLiteral("%1 (%2 -> %3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    QVERIFY2(checked > 0, "no foreign keys between tenant tables found: is the scan broken?");
    QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("foreign keys without tenant_id: ") + violations.join(QLatin1String(", "))));
}

void tst_RlsCatalog::everyTenantTableReachesTenantsThroughNotNullKeys()
{
    // A row's organisation exists: the table has a key to tenants, or a key
    // whose columns are all NOT NULL and map tenant_id to tenant_id of a
    // table for which that holds (migration 0023 dropped direct keys to
    // tenants where such a chain exists). Without either, a row could name
    // an organisation that does not exist.
    QSqlQuery q = run(m_su, QStringLiteral(R"SQL(
        WITH RECURSIVE anchoring AS (
            SELECT con.conrelid AS child, con.confrelid AS parent,
                   bool_and(ca.attnotnull) AS not_null,
                   bool_or(ca.attname = 'tenant_id'
                           AND (pa.attname = 'tenant_id' OR (con.confrelid = 'tenants'::regclass AND pa.attname = 'id')))
                       AS through_tenant
              FROM pg_constraint con
              JOIN LATERAL unnest(con.conkey, con.confkey) AS k(child_col, parent_col) ON true
              JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.child_col
              JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.parent_col
             WHERE con.contype = 'f'
             GROUP BY con.oid, con.conrelid, con.confrelid),
        anchored AS (
            SELECT 'tenants'::regclass::oid AS rel
            UNION
            SELECT a.child FROM anchoring a JOIN anchored p ON p.rel = a.parent
             WHERE a.not_null AND a.through_tenant)
        SELECT c.relname FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'tenants'
           AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'tenant_id' AND NOT attisdropped)
           AND c.oid NOT IN (SELECT rel FROM anchored)
         ORDER BY 1)SQL"));
    QStringList loose;
    while (q.next())
        loose << q.value(0).toString();
    QVERIFY2(loose.isEmpty(), qPrintable(QStringLiteral("tenant tables not tied to tenants: ") + loose.join(u", ")));
}

void tst_RlsCatalog::uniqueConstraintsOnTenantTablesIncludeTenant()
{
    // Unique constraints ignore RLS too: a global unique column tells a
    // tenant, through a conflict, that another tenant holds a value.
    QSqlQuery q = run(m_su, QStringLiteral(R"SQL(
        SELECT ic.relname, t.relname,
               ta.attnum = ANY (i.indkey::int2[]),
               i.indisprimary AND i.indnkeyatts = 1
                 AND (SELECT attname FROM pg_attribute WHERE attrelid = t.oid AND attnum = i.indkey[0]) = 'id'
          FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_class t ON t.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = t.relnamespace
          JOIN pg_attribute ta ON ta.attrelid = t.oid AND ta.attname = 'tenant_id' AND NOT ta.attisdropped
         WHERE i.indisunique AND n.nspname = 'public'
         ORDER BY 1)SQL"));
    int checked = 0;
    QStringList violations;
    while (q.next()) {
        ++checked;
        const bool hasTenant = q.value(2).toBool();
        const bool primaryKeyOnId = q.value(3).toBool();
        if (!hasTenant && !primaryKeyOnId)
            violations.append(QStringLiteral("%1 on %2").arg(q.value(0).toString(), q.value(1).toString()));
    }
    QVERIFY2(checked > 0, "no unique indexes on tenant tables found: is the scan broken?");
    QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("unique indexes without tenant_id: ") + violations.join(QLatin1String(", "))));
}

void tst_RlsCatalog::viewsUseSecurityInvoker()
{
    // A view runs with its owner's rights unless security_invoker is set,
    // and the owner is not subject to the application role's RLS context.
    QSqlQuery q = run(m_su, QStringLiteral(R"SQL(
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
           AND NOT coalesce('security_invoker=true' = ANY (c.reloptions)
                         OR 'security_invoker=on' = ANY (c.reloptions), false))SQL"));
    QStringList violations;
    while (q.next())
        violations.append(q.value(0).toString());
    QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("views without security_invoker: ") + violations.join(QLatin1String(", "))));
}

void tst_RlsCatalog::appRoleIsUnprivileged()
{
    QSqlQuery q = run(m_su, QStringLiteral("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = ?"),
                      {m_config.user});
    QVERIFY(q.next());
    QVERIFY2(!q.value(0).toBool(), "application role is superuser");
    QVERIFY2(!q.value(1).toBool(), "application role has BYPASSRLS");
    QVERIFY2(!q.value(2).toBool(), "application role has CREATEROLE");
    QVERIFY2(!q.value(3).toBool(), "application role has CREATEDB");
    // Membership in the owner role would hand it the owner's rights.
    QVERIFY(!scalar(m_su, QStringLiteral("SELECT pg_has_role(?, ?, 'USAGE')"), {m_config.user, m_config.ownerUser}).toBool());
    QVERIFY(!scalar(m_su, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), {m_config.user, m_config.ownerUser}).toBool());
    // And it really connects as itself.
    QSqlQuery &me = Database::exec(QStringLiteral("SELECT current_user"));
    QVERIFY(me.next());
    QCOMPARE(me.value(0).toString(), m_config.user);
}

void tst_RlsCatalog::appRoleOwnsNothing()
{
    // Owners bypass RLS unless forced and can ALTER or DROP: the application
    // role must own no object in this database.
    const QString sql = QStringLiteral(R"SQL(
        SELECT 'relation ' || relname FROM pg_class WHERE relowner = r.oid
        UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE proowner = r.oid
        UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = r.oid
        UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typowner = r.oid
        UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datdba = r.oid AND datname = current_database())SQL");
    QSqlQuery q = run(m_su, QStringLiteral("SELECT owned FROM (SELECT oid FROM pg_roles WHERE rolname = ?) r, LATERAL (")
                                + sql + QStringLiteral(") AS o(owned)"),
                      {m_config.user});
    QStringList owned;
    while (q.next())
        owned.append(q.value(0).toString());
    QVERIFY2(owned.isEmpty(), qPrintable(owned.join(QLatin1String(", "))));
}

void tst_RlsCatalog::appRoleCannotRewriteAuditLog_data()
{
    QTest::addColumn<QString>("privilege");
    QTest::addColumn<QString>("statement");
    QTest::newRow("update") << QStringLiteral("UPDATE") << QStringLiteral("UPDATE audit_log SET action = 'forged'");
    QTest::newRow("delete") << QStringLiteral("DELETE") << QStringLiteral("DELETE FROM audit_log");
    QTest::newRow("truncate") << QStringLiteral("TRUNCATE") << QStringLiteral("TRUNCATE audit_log");
}

void tst_RlsCatalog::appRoleCannotRewriteAuditLog()
{
    QFETCH(QString, privilege);
    QFETCH(QString, statement);
    QVERIFY(!scalar(m_su, QStringLiteral("SELECT has_table_privilege(?, 'public.audit_log', ?)"), {m_config.user, privilege}).toBool());
    QVERIFY(scalar(m_su, QStringLiteral("SELECT has_table_privilege(?, 'public.audit_log', 'INSERT')"), {m_config.user}).toBool());

    // The application may append, then fails to rewrite what it appended.
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_tenantA);
        Database::exec(QStringLiteral("INSERT INTO audit_log (tenant_id, entity, action) VALUES (?, 'test', 'create')"), {m_tenantA});
        tx.commit();
    }
    Transaction tx(Database::connection());
    tx.setTenant(m_tenantA);
    QSqlQuery q(Database::connection());
    QVERIFY(!q.exec(statement));
    QCOMPARE(DbError(q.lastError()).sqlState(), QStringLiteral("42501"));
    tx.rollback();
    QVERIFY(scalar(m_su, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")).toInt() >= 1);
    QCOMPARE(scalar(m_su, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'forged'")).toInt(), 0);
}

void tst_RlsCatalog::auditRowsFollowTheTransaction_data()
{
    QTest::addColumn<bool>("commit");
    QTest::newRow("committed") << true;
    QTest::newRow("rolled back") << false;
}

void tst_RlsCatalog::auditRowsFollowTheTransaction()
{
    QFETCH(bool, commit);
    const QString entity = commit ? QStringLiteral("audit-commit") : QStringLiteral("audit-rollback");
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_tenantA);
        AuditEntry entry;
        entry.tenantId = m_tenantA;
        entry.entity = entity;
        entry.entityId = 7;
        entry.action = QStringLiteral("update");
        entry.after = QJsonObject{{QStringLiteral("amount"), QStringLiteral("1234.50")}};
        entry.requestId = "req-1";
        AuditLog::record(entry);
        if (commit)
            tx.commit();
    }
    QSqlQuery q = run(m_su, QStringLiteral("SELECT count(*), bool_and(user_id IS NULL AND before IS NULL), "
                                           "min(after->>'amount'), min(request_id) FROM audit_log WHERE entity = ?"),
                      {entity});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), commit ? 1 : 0);
    if (commit) {
        QVERIFY(q.value(1).toBool());
        QCOMPARE(q.value(2).toString(), QStringLiteral("1234.50"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("req-1"));
    }
}

void tst_RlsCatalog::noTenantSeesNoRows_data()
{
    QTest::addColumn<bool>("setEmpty");
    QTest::newRow("unset") << false;
    QTest::newRow("empty string") << true;
}

void tst_RlsCatalog::noTenantSeesNoRows()
{
    QFETCH(bool, setEmpty);
    Transaction tx(Database::connection());
    if (setEmpty)
        tx.setTenant(0);   // sets app.tenant_id to ''
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT count(*), coalesce(current_setting('app.tenant_id', true), '<null>') FROM users"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    if (setEmpty)
        QCOMPARE(q.value(1).toString(), QString(QLatin1String("")));
    QCOMPARE(scalar(m_su, QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
}

void tst_RlsCatalog::otherTenantsRowsAreInvisible()
{
    Transaction tx(Database::connection());
    tx.setTenant(m_tenantA);
    QSqlQuery &all = Database::exec(QStringLiteral("SELECT count(*), min(email) FROM users"));
    QVERIFY(all.next());
    QCOMPARE(all.value(0).toInt(), 1);
    QCOMPARE(all.value(1).toString(), QStringLiteral("a@example.com"));
    // Even asking for them explicitly.
    QSqlQuery &other = Database::exec(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ?"), {m_tenantB});
    QVERIFY(other.next());
    QCOMPARE(other.value(0).toInt(), 0);
    // An UPDATE of everything touches only the own row.
    QSqlQuery &update = Database::exec(QStringLiteral("UPDATE users SET display_name = display_name"));
    QCOMPARE(update.numRowsAffected(), 1);
}

void tst_RlsCatalog::writingAnotherTenantsRowFails_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("insert into other tenant")
        << QStringLiteral("INSERT INTO users (tenant_id, email, display_name, password_hash) VALUES (:other, 'x@example.com', 'X', 'x')");
    QTest::newRow("move own row to other tenant") << QStringLiteral("UPDATE users SET tenant_id = :other");
    QTest::newRow("audit row for other tenant")
        << QStringLiteral("INSERT INTO audit_log (tenant_id, entity, action) VALUES (:other, 'test', 'create')");
}

void tst_RlsCatalog::writingAnotherTenantsRowFails()
{
    QFETCH(QString, statement);
    Transaction tx(Database::connection());
    tx.setTenant(m_tenantA);
    QSqlQuery q(Database::connection());
    QVERIFY(q.prepare(statement));
    q.bindValue(QStringLiteral(":other"), m_tenantB);
    QVERIFY(!q.exec());
    // 42501: new row violates row-level security policy (WITH CHECK).
    QCOMPARE(DbError(q.lastError()).sqlState(), QStringLiteral("42501"));
    // Before q goes: its DEALLOCATE would fail inside the aborted transaction.
    tx.rollback();
}

QTEST_GUILESS_MAIN(tst_RlsCatalog)
#include "tst_rls_catalog.moc"
