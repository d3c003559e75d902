#include "server/admin/DemoData.h"

#include "server/admin/TenantProvisioning.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>

#include <stdexcept>

namespace erp::server {

static QString randomPassword()
{
    // Four groups of five from an alphabet without look-alikes: easy to type, ~95 bits.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString out;
    for (int group = 0; group < 4; ++group) {
        if (group)
            out += QLatin1Char('-');
        for (int i = 0; i < 5; ++i)
            out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return out;
}

// A few companies, people, leads across the pipeline and open activities, so
// that every list and the board show something on the first sign-in.
static void addSampleCrmData(qint64 tenantId, qint64 salesRepId, qint64 adminId)
{
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(tenantId, adminId);
        const QVariantList owners{tenantId, salesRepId, adminId};
        Database::exec(QStringLiteral(
                           "INSERT INTO accounts (tenant_id, name, industry, website, phone, address, owner_id, created_by) "
                           "SELECT ?, a.name, a.industry, a.website, a.phone, a.address, ?, ? FROM (VALUES "
                           "('Nordwind Logistik GmbH', 'Logistics', 'https://nordwind.example', '+49 40 555 0101', 'Hamburg'), "
                           "('Atelier Lumière SARL', 'Retail', 'https://lumiere.example', '+33 1 55 50 12 12', 'Lyon'), "
                           "('Bodega del Sur SL', 'Food & beverage', 'https://bodegadelsur.example', '+34 91 555 0199', 'Sevilla'), "
                           "('Brightline Tools Ltd', 'Manufacturing', 'https://brightline.example', '+44 161 555 0147', 'Manchester')"
                           ") AS a(name, industry, website, phone, address)"),
                       owners);
        Database::exec(QStringLiteral(
                           "INSERT INTO contacts (tenant_id, name, title, email, phone, account_id, owner_id, created_by) "
                           "SELECT ?, c.name, c.title, c.email, c.phone, "
                           "(SELECT id FROM accounts WHERE name = c.account), ?, ? FROM (VALUES "
                           "('Jana Petersen', 'Head of Purchasing', 'j.petersen@nordwind.example', '+49 40 555 0102', 'Nordwind Logistik GmbH'), "
                           "('Camille Roux', 'Store Manager', 'camille@lumiere.example', '+33 1 55 50 12 13', 'Atelier Lumière SARL'), "
                           "('Diego Navarro', 'Owner', 'diego@bodegadelsur.example', '+34 91 555 0198', 'Bodega del Sur SL'), "
                           "('Olivia Hart', 'Operations Director', 'olivia.hart@brightline.example', '+44 161 555 0148', 'Brightline Tools Ltd')"
                           ") AS c(name, title, email, phone, account)"),
                       owners);
        Database::exec(QStringLiteral(
                           "INSERT INTO leads (tenant_id, title, contact_name, company, email, source, estimated_value, "
                           "currency, probability, expected_close_date, owner_id, stage_id, created_by) "
                           "SELECT ?, l.title, l.contact, l.company, l.email, l.source, l.value::numeric, l.currency, "
                           "l.probability, current_date + l.days, ?, "
                           "(SELECT id FROM pipeline_stages WHERE position = l.stage), ? FROM (VALUES "
                           "('Forklift fleet service contract', 'Jana Petersen', 'Nordwind Logistik GmbH', 'j.petersen@nordwind.example', 'Trade fair', '48000.00', 'EUR', 60, 30, 3), "
                           "('Shop fitting, second store', 'Camille Roux', 'Atelier Lumière SARL', 'camille@lumiere.example', 'Website', '12500.00', 'EUR', 30, 45, 2), "
                           "('Cold storage upgrade', 'Diego Navarro', 'Bodega del Sur SL', 'diego@bodegadelsur.example', 'Referral', '23000.00', 'EUR', 20, 60, 1), "
                           "('Tool cabinets for three sites', 'Olivia Hart', 'Brightline Tools Ltd', 'olivia.hart@brightline.example', 'Cold call', '9800.00', 'GBP', 80, 14, 4), "
                           "('Annual maintenance renewal', 'Jana Petersen', 'Nordwind Logistik GmbH', 'j.petersen@nordwind.example', 'Existing customer', '7200.00', 'EUR', 40, 21, 2), "
                           "('Pallet racking quote', 'Marta Gil', 'Almacenes Gil', 'marta@almacenesgil.example', 'Website', '15400.00', 'EUR', 10, 75, 1)"
                           ") AS l(title, contact, company, email, source, value, currency, probability, days, stage)"),
                       owners);
        Database::exec(QStringLiteral(
                           "INSERT INTO activities (tenant_id, kind, subject, due_at, assignee_id, lead_id, created_by) "
                           "SELECT ?, a.kind, a.subject, now() + a.due, ?, "
                           "(SELECT id FROM leads WHERE title = a.lead), ? FROM (VALUES "
                           "('call', 'Call Jana about the service levels', interval '2 hours', 'Forklift fleet service contract'), "
                           "('meeting', 'Site visit in Sevilla', interval '3 days', 'Cold storage upgrade'), "
                           "('email', 'Send revised quote to Olivia', interval '-1 day', 'Tool cabinets for three sites'), "
                           "('task', 'Prepare shop fitting drawings', interval '5 days', 'Shop fitting, second store')"
                           ") AS a(kind, subject, due, lead)"),
                       owners);
        AuditLog::record({tenantId, adminId, QStringLiteral("tenant"), tenantId, QStringLiteral("demo_data"), {},
                          QJsonObject{{QStringLiteral("accounts"), 4}, {QStringLiteral("contacts"), 4},
                                      {QStringLiteral("leads"), 6}, {QStringLiteral("activities"), 4}},
                          {}});
        tx.commit();
    });
}

QString DemoData::loginsFile(const QString &dataDir)
{
    return dataDir + QStringLiteral("/demo-logins.ini");
}

DemoLogins DemoData::ensure(const QString &dataDir)
{
    const QString slug = QStringLiteral("demo");
    const QString path = loginsFile(dataDir);
    DemoLogins logins;
    logins.organisation = slug;

    QSqlQuery &exists = Database::exec(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {slug});
    const bool tenantExists = exists.next();
    const qint64 existingId = tenantExists ? exists.value(0).toLongLong() : 0;
    exists.finish();

    QSettings stored(path, QSettings::IniFormat);
    if (tenantExists) {
        const int count = stored.beginReadArray(QStringLiteral("users"));
        for (int i = 0; i < count; ++i) {
            stored.setArrayIndex(i);
            logins.users.append({stored.value(QStringLiteral("role")).toString(),
                                 stored.value(QStringLiteral("email")).toString(),
                                 stored.value(QStringLiteral("password")).toString()});
        }
        stored.endArray();
        if (logins.users.isEmpty())
            logins.users.append({QStringLiteral("(existing)"), QStringLiteral("demo organisation id %1").arg(existingId),
                                 QStringLiteral("(not stored here)")});
        return logins;
    }

    NewTenant tenant{slug, QStringLiteral("Demo Trading Ltd"), QStringLiteral("admin@demo.example"),
                     QStringLiteral("Ada Admin"), randomPassword()};
    const CreatedTenant created = TenantProvisioning::createTenant(tenant);
    logins.users.append({QStringLiteral("admin"), tenant.adminEmail, tenant.adminPassword});
    const struct { const char *role; const char *email; const char *name; } people[] = {
        {"manager", "manager@demo.example", "Max Manager"},
        {"sales_rep", "sales@demo.example", "Sam Sales"},
        {"purchaser", "buyer@demo.example", "Pat Purchaser"},
        {"warehouse_clerk", "warehouse@demo.example", "Wim Warehouse"},
    };
    qint64 salesRepId = 0;
    for (const auto &p : people) {
        const QString password = randomPassword();
        const qint64 id = TenantProvisioning::createUser(created.tenantId, QLatin1String(p.email),
                                                         QLatin1String(p.name), password, {QLatin1String(p.role)});
        if (QLatin1String(p.role) == QLatin1String("sales_rep"))
            salesRepId = id;
        logins.users.append({QLatin1String(p.role), QLatin1String(p.email), password});
    }
    addSampleCrmData(created.tenantId, salesRepId, created.adminUserId);

    // Written with owner-only permissions before any secret goes in.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw std::runtime_error("cannot write the demo logins file");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    stored.beginWriteArray(QStringLiteral("users"));
    for (int i = 0; i < logins.users.size(); ++i) {
        stored.setArrayIndex(i);
        stored.setValue(QStringLiteral("role"), logins.users[i].role);
        stored.setValue(QStringLiteral("email"), logins.users[i].email);
        stored.setValue(QStringLiteral("password"), logins.users[i].password);
    }
    stored.endArray();
    stored.sync();
    // QSettings may have replaced the file: owner-only again, whatever the umask.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return logins;
}

} // namespace erp::server
