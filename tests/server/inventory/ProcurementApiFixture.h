#pragma once

// The real server over TLS for the procurement API tests: two organisations
// (acme, where the people work, and other, to prove isolation), a signed-in
// token for acme's admin, other's admin and each person with a built-in role,
// and a superuser connection to the test database for seeding and checking
// rows behind the API's back.
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <utility>

namespace erp::test {

struct ProcurementApiFixture
{
    std::unique_ptr<TestServer> server;
    TestServer::Tenant acme;
    TestServer::Tenant other;
    QHash<QString, QByteArray> tokens; // "admin", "other" and every person by name
    QString superuser;

    ProcurementApiFixture() = default;
    ProcurementApiFixture(const ProcurementApiFixture &) = delete;
    ProcurementApiFixture &operator=(const ProcurementApiFixture &) = delete;
    ~ProcurementApiFixture()
    {
        if (!superuser.isEmpty())
            QSqlDatabase::removeDatabase(superuser);
    }

    // people: name -> built-in role; each signs in as <name>@acme.test.
    bool start(const QString &databaseName, const QList<std::pair<QString, QString>> &people)
    {
        server = std::make_unique<TestServer>(databaseName);
        if (!server->start()) {
            qWarning() << server->errorString();
            return false;
        }
        acme = server->createTenant(QStringLiteral("acme"));
        other = server->createTenant(QStringLiteral("other"));
        tokens.insert(QStringLiteral("admin"), server->login(acme.slug, acme.adminEmail, acme.adminPassword));
        tokens.insert(QStringLiteral("other"), server->login(other.slug, other.adminEmail, other.adminPassword));
        for (const auto &[who, role] : people) {
            const QString email = who + QStringLiteral("@acme.test");
            server->createUser(acme, email, {role});
            tokens.insert(who, server->login(acme.slug, email, TestServer::userPassword()));
        }
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
            if (it.value().isEmpty()) {
                qWarning() << it.key() << "could not sign in";
                return false;
            }
        superuser = databaseName + QStringLiteral("-superuser");
        TestDatabase::superuserConnection(TestDatabase::databaseName(databaseName), superuser);
        return true;
    }

    std::unique_ptr<TlsTestClient> as(const QString &who) const
    {
        auto c = server->client();
        c->setBearerToken(tokens.value(who));
        return c;
    }

    // One value of a statement run as the superuser (invalid when no row).
    QVariant sql(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(superuser));
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.next() ? q.value(0) : QVariant();
    }

    // acme's provisioned unit by symbol ("pc", "box12", "kg") and main warehouse.
    qint64 unit(const QString &symbol) const
    {
        return sql(QStringLiteral("SELECT id FROM units WHERE tenant_id = ? AND symbol = ?"), {acme.id, symbol})
            .toLongLong();
    }
    qint64 warehouse() const
    {
        return sql(QStringLiteral("SELECT id FROM warehouses WHERE tenant_id = ?"), {acme.id}).toLongLong();
    }
};

} // namespace erp::test
