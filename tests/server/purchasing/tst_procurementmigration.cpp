// Migrations 0010/0011 on a database that already has organisations: their
// built-in roles get the procurement permissions (and the purchaser and
// warehouse clerk roles where missing), and each organisation gets its
// procurement defaults, under row-level security. The provisioning function
// refuses to write for a tenant other than the transaction's own.
#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/Migrator.h"
#include "server/db/Transaction.h"
#include "tests/server/inventory/ProcurementFixture.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace erp::server;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {
const QString Superuser = u"procmigration-superuser"_s;
const QString Owner = u"procmigration-owner"_s;
} // namespace

class tst_ProcurementMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void builtInRolesGetTheNewPermissions_data();
    void builtInRolesGetTheNewPermissions();
    void customRolesAreLeftAlone();
    void existingOrganisationsGetTheDefaults();
    void provisioningIsForTheOwnTenantOnlyAndIdempotent();

private:
    QStringList permissionsOf(qint64 tenant, const QString &role);

    DatabaseConfig m_config;
    QSqlDatabase m_su;
    qint64 m_tenant = 0; // had admin, manager and sales_rep only
    qint64 m_full = 0; // had all five built-in roles
};

void tst_ProcurementMigration::initTestCase()
{
    m_config = TestDatabase::create(u"procmigration"_s, false);
    Database::configure(m_config);
    m_su = TestDatabase::superuserConnection(m_config.name, Superuser);

    // The schema as it was before procurement: migrations below 0010.
    QTemporaryDir before;
    QVERIFY(before.isValid());
    const QDir all(QStringLiteral(ERP_MIGRATIONS_DIR));
    for (const QString &file : all.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (file.left(4).toInt() < 10)
            QVERIFY(QFile::copy(all.filePath(file), QDir(before.path()).filePath(file)));
    {
        QSqlDatabase owner = Database::openOwnerConnection(m_config, Owner);
        Migrator(owner, before.path(), m_config.user).migrate();
    }
    QSqlDatabase::removeDatabase(Owner);
    QVERIFY(!suScalar(m_su, u"SELECT to_regclass('public.products') IS NOT NULL"_s).toBool());

    // Organisations as they existed then (written as superuser).
    auto tenant = [&](const QString &slug, const QStringList &roles) {
        const qint64 id = suId(m_su, u"INSERT INTO tenants (slug, name) VALUES (?, ?) RETURNING id"_s,
                               {slug, QString(slug.toUpper() + u" GmbH"_s)});
        for (const QString &role : roles) {
            const qint64 roleId
                = suId(m_su, u"INSERT INTO roles (tenant_id, name, is_builtin) VALUES (?, ?, true) RETURNING id"_s,
                       {id, role});
            suScalar(m_su, u"INSERT INTO role_permissions (tenant_id, role_id, permission) VALUES (?, ?, 'crm.view')"_s,
                     {id, roleId});
        }
        // A custom role named like nothing built in.
        suScalar(m_su, u"INSERT INTO roles (tenant_id, name, is_builtin) VALUES (?, 'auditors', false)"_s, {id});
        return id;
    };
    m_tenant = tenant(u"older"_s, {u"admin"_s, u"manager"_s, u"sales_rep"_s});
    m_full = tenant(u"fuller"_s, {u"admin"_s, u"manager"_s, u"sales_rep"_s, u"purchaser"_s, u"warehouse_clerk"_s});

    {
        QSqlDatabase owner = Database::openOwnerConnection(m_config, Owner);
        const QStringList applied = Migrator(owner, QStringLiteral(ERP_MIGRATIONS_DIR), m_config.user).migrate();
        QVERIFY(applied.contains(u"0010"_s));
        QVERIFY(applied.contains(u"0011"_s));
    }
    QSqlDatabase::removeDatabase(Owner);
}

void tst_ProcurementMigration::cleanupTestCase()
{
    Database::closeThreadConnection();
    m_su = QSqlDatabase();
    QSqlDatabase::removeDatabase(Superuser);
}

QStringList tst_ProcurementMigration::permissionsOf(qint64 tenant, const QString &role)
{
    QSqlQuery q(m_su);
    q.prepare(u"SELECT p.permission FROM role_permissions p JOIN roles r ON r.id = p.role_id "
              "WHERE r.tenant_id = ? AND r.name = ? ORDER BY 1"_s);
    q.addBindValue(tenant);
    q.addBindValue(role);
    if (!q.exec())
        throw DbError(q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void tst_ProcurementMigration::builtInRolesGetTheNewPermissions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");
    // crm.view was there before; the rest is what the migration grants.
    QTest::newRow("admin") << u"admin"_s
                           << QStringList {u"crm.view"_s,        u"inventory.adjust"_s,   u"inventory.edit"_s,
                                           u"inventory.view"_s,  u"purchasing.approve"_s, u"purchasing.edit"_s,
                                           u"purchasing.view"_s, u"settings.manage"_s};
    QTest::newRow("manager") << u"manager"_s
                             << QStringList {u"crm.view"_s, u"inventory.view"_s, u"purchasing.approve"_s,
                                             u"purchasing.edit"_s, u"purchasing.view"_s};
    QTest::newRow("purchaser") << u"purchaser"_s
                               << QStringList {u"inventory.view"_s, u"purchasing.edit"_s, u"purchasing.view"_s};
    QTest::newRow("warehouse_clerk") << u"warehouse_clerk"_s
                                     << QStringList {u"inventory.adjust"_s, u"inventory.edit"_s, u"inventory.view"_s,
                                                     u"purchasing.view"_s};
    QTest::newRow("sales_rep") << u"sales_rep"_s << QStringList {u"crm.view"_s};
}

void tst_ProcurementMigration::builtInRolesGetTheNewPermissions()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);
    // The organisation that lacked purchaser and warehouse_clerk has them now
    // (with just the new permissions); the other kept its own and gained.
    QCOMPARE(permissionsOf(m_tenant, role), expected);
    QStringList full = expected;
    if ((role == u"purchaser"_s || role == u"warehouse_clerk"_s))
        full << u"crm.view"_s;
    full.sort();
    QCOMPARE(permissionsOf(m_full, role), full);
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM roles WHERE tenant_id = ? AND name = ? AND is_builtin"_s,
                      {m_tenant, role})
                 .toInt(),
             1);
}

void tst_ProcurementMigration::customRolesAreLeftAlone()
{
    QCOMPARE(permissionsOf(m_tenant, u"auditors"_s), QStringList());
}

void tst_ProcurementMigration::existingOrganisationsGetTheDefaults()
{
    for (const qint64 tenant : {m_tenant, m_full}) {
        QSqlQuery s(m_su);
        s.prepare(u"SELECT company_name, base_currency, po_prefix, allow_negative_stock, "
                  "receipt_tolerance_percent::text FROM organisation_settings WHERE tenant_id = ?"_s);
        s.addBindValue(tenant);
        QVERIFY(s.exec() && s.next());
        QVERIFY(s.value(0).toString().endsWith(u" GmbH"_s));
        QCOMPARE(s.value(1).toString(), u"EUR"_s);
        QCOMPARE(s.value(2).toString(), u"PO"_s);
        QCOMPARE(s.value(3).toBool(), false); // no negative stock by default
        QCOMPARE(s.value(4).toString(), u"0.00"_s);
        QCOMPARE(suScalar(m_su,
                          u"SELECT string_agg(symbol || '=' || factor::text, ' ' ORDER BY symbol) FROM units "
                          "WHERE tenant_id = ?"_s,
                          {tenant})
                     .toString(),
                 u"box12=12.000000000 g=0.001000000 kg=1.000000000 pc=1.000000000"_s);
        QCOMPARE(suScalar(m_su,
                          u"SELECT string_agg(l.code || ':' || l.kind, ' ' ORDER BY l.code) FROM locations l "
                          "JOIN warehouses w ON w.id = l.warehouse_id WHERE w.tenant_id = ? AND w.code = 'MAIN'"_s,
                          {tenant})
                     .toString(),
                 u"RECV:receiving STOCK:storage"_s);
        QCOMPARE(suScalar(m_su,
                          u"SELECT string_agg(from_amount::text || '-' || coalesce(to_amount::text, '') || ':' "
                          "|| approvers_needed || '/' || coalesce(r.name, '') || role_approvers_needed, ' ' "
                          "ORDER BY from_amount) FROM approval_rules a LEFT JOIN roles r ON r.id = a.role_id "
                          "WHERE a.tenant_id = ?"_s,
                          {tenant})
                     .toString(),
                 u"0.00-1000.00:0/0 1000.00-10000.00:1/0 10000.00-:2/admin1"_s);
    }
}

void tst_ProcurementMigration::provisioningIsForTheOwnTenantOnlyAndIdempotent()
{
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_tenant);
        QSqlQuery q(Database::connection());
        QVERIFY(q.prepare(u"SELECT procurement_provision_tenant(?)"_s));
        q.addBindValue(m_full);
        QVERIFY(!q.exec());
        QCOMPARE(DbError(q.lastError()).sqlState(), u"42501"_s);
        tx.rollback();
    }
    // Again for its own tenant: nothing is duplicated.
    {
        Transaction tx(Database::connection());
        tx.setTenant(m_tenant);
        Database::exec(u"SELECT procurement_provision_tenant(?)"_s, {m_tenant}).finish();
        tx.commit();
    }
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM units WHERE tenant_id = ?"_s, {m_tenant}).toInt(), 4);
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM warehouses WHERE tenant_id = ?"_s, {m_tenant}).toInt(), 1);
    QCOMPARE(suScalar(m_su, u"SELECT count(*) FROM approval_rules WHERE tenant_id = ?"_s, {m_tenant}).toInt(), 3);
}

QTEST_GUILESS_MAIN(tst_ProcurementMigration)
#include "tst_procurementmigration.moc"
