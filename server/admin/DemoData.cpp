#include "server/admin/DemoData.h"

#include "server/admin/TenantProvisioning.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/platform/Module.h"

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
    DemoTenant demo{created.tenantId, created.adminUserId, {{QStringLiteral("admin"), created.adminUserId}}};
    for (const auto &p : people) {
        const QString password = randomPassword();
        const qint64 id = TenantProvisioning::createUser(created.tenantId, QLatin1String(p.email),
                                                         QLatin1String(p.name), password, {QLatin1String(p.role)});
        demo.userIdByRole.insert(QLatin1String(p.role), id);
        logins.users.append({QLatin1String(p.role), QLatin1String(p.email), password});
    }
    // Every module adds its sample data, so that every list shows something
    // on the first sign-in.
    Transaction::runWithRetry(Database::connection(), [&](Transaction &tx) {
        tx.setTenant(demo.tenantId, demo.adminId);
        for (const Module *module : installedModules())
            module->seedDemoData(demo, tx);
        tx.commit();
    });

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
