#pragma once

// One organisation for the procurement client tests: a buyer, two managers,
// a warehouse clerk and the admin, each signed in to a client of their own;
// the main warehouse with its receiving and storage locations (from
// provisioning), a supplier, and products with barcodes (written as
// superuser, as master data would be). Orders are created and submitted
// through the API as the buyer, the way the order editor does.
#include "client/ui/ReferencePicker.h"
#include "tests/client/ui/UiTestSupport.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace erp::test {

struct ProcurementClientFixture
{
    std::unique_ptr<TestServer> server;
    TestServer::Tenant acme;
    SignedInClient admin;
    SignedInClient buyer;
    SignedInClient manager1;
    SignedInClient manager2;
    SignedInClient clerk;
    QString superuser;
    qint64 warehouse = 0;
    qint64 receiving = 0;
    qint64 storage = 0;
    qint64 supplier = 0;

    ~ProcurementClientFixture()
    {
        if (!superuser.isEmpty())
            QSqlDatabase::removeDatabase(superuser);
    }

    bool start(const QString &databaseName)
    {
        server = std::make_unique<TestServer>(databaseName);
        if (!server->start()) {
            qWarning() << server->errorString();
            return false;
        }
        acme = server->createTenant(QStringLiteral("acme"));
        superuser = databaseName + QStringLiteral("_su");
        TestDatabase::superuserConnection(TestDatabase::databaseName(databaseName), superuser);
        if (!admin.signIn(*server, acme.slug, acme.adminEmail, acme.adminPassword))
            return false;
        const struct
        {
            SignedInClient *client;
            const char *email;
            const char *role;
        } people[] = {{&buyer, "buyer@acme.test", "purchaser"},
                      {&manager1, "manager1@acme.test", "manager"},
                      {&manager2, "manager2@acme.test", "manager"},
                      {&clerk, "clerk@acme.test", "warehouse_clerk"}};
        for (const auto &p : people) {
            server->createUser(acme, QLatin1String(p.email), {QLatin1String(p.role)});
            if (!p.client->signIn(*server, acme.slug, QLatin1String(p.email), TestServer::userPassword()))
                return false;
        }
        warehouse = sql(QStringLiteral("SELECT id FROM warehouses WHERE tenant_id = ?"), {acme.id}).toLongLong();
        receiving = sql(QStringLiteral("SELECT id FROM locations WHERE tenant_id = ? AND kind = 'receiving'"),
                        {acme.id})
                        .toLongLong();
        storage = sql(QStringLiteral("SELECT id FROM locations WHERE tenant_id = ? AND kind = 'storage'"), {acme.id})
                      .toLongLong();
        supplier = sql(QStringLiteral("INSERT INTO suppliers (tenant_id, code, name, currency) "
                                      "VALUES (?, 'FAST', 'Fastener Wholesale AG', 'EUR') RETURNING id"),
                       {acme.id})
                       .toLongLong();
        return warehouse > 0 && receiving > 0 && storage > 0 && supplier > 0;
    }

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

    // A product kept in pieces; barcode may be empty.
    qint64 product(const QString &sku, const QString &barcode, const QString &reorderPoint = QStringLiteral("0"),
                   const QString &standardCost = QStringLiteral("2.5000"))
    {
        return sql(QStringLiteral("INSERT INTO products (tenant_id, sku, barcode, name, unit_category_id, stock_unit_id, "
                                  "reorder_point, standard_cost) SELECT ?, ?, ?, ?, category_id, id, ?::numeric, "
                                  "?::numeric FROM units WHERE tenant_id = ? AND symbol = 'pc' RETURNING id"),
                   {acme.id, sku, barcode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(barcode),
                    QString(sku + QStringLiteral(" product")), reorderPoint, standardCost, acme.id})
            .toLongLong();
    }

    static std::unique_ptr<erp::client::ApiReply> call(erp::client::ApiReply *reply) { return waitFor(reply); }

    QJsonObject order(qint64 id) const
    {
        return waitFor(admin.api->get(QStringLiteral("/purchase-orders/%1").arg(id)))->json();
    }

    // Created as the buyer with the given lines ({product_id, quantity, unit_price}); 0 on failure.
    qint64 draftOrder(const QJsonArray &lines)
    {
        const auto created = waitFor(buyer.api->create(
            QStringLiteral("/purchase-orders"),
            {{QStringLiteral("supplier_id"), supplier}, {QStringLiteral("warehouse_id"), warehouse},
             {QStringLiteral("lines"), lines}}));
        if (created->status() != 201)
            qWarning() << created->status() << created->body();
        return qint64(created->json().value(QStringLiteral("id")).toDouble());
    }

    // Created and submitted as the buyer; 0 on failure.
    qint64 submittedOrder(const QJsonArray &lines)
    {
        const qint64 id = draftOrder(lines);
        if (id == 0)
            return 0;
        const auto submitted = waitFor(buyer.api->post(QStringLiteral("/purchase-orders/%1/submit").arg(id)));
        if (!submitted->isSuccess())
            qWarning() << submitted->status() << submitted->body();
        return submitted->isSuccess() ? id : 0;
    }

    // Submitted and approved by manager2 (the band of 1,000 to 10,000 needs one).
    qint64 approvedOrder(const QJsonArray &lines)
    {
        const qint64 id = submittedOrder(lines);
        if (id == 0)
            return 0;
        const auto approved = waitFor(manager2.api->post(QStringLiteral("/purchase-orders/%1/approve").arg(id)));
        return approved->isSuccess() && approved->json().value(QStringLiteral("state")).toString() == u"approved"
            ? id
            : 0;
    }

    static QJsonObject line(qint64 productId, const QString &quantity, const QString &unitPrice)
    {
        return {{QStringLiteral("product_id"), productId},
                {QStringLiteral("quantity"), quantity},
                {QStringLiteral("unit_price"), unitPrice}};
    }

    // On hand of a product at a location as the server reports it ("0" when no balance).
    QString onHand(qint64 productId, qint64 locationId) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("product_id"), QString::number(productId));
        q.addQueryItem(QStringLiteral("location_id"), QString::number(locationId));
        const QJsonArray items = waitFor(admin.api->get(QStringLiteral("/stock"), q))->json().value(QStringLiteral("items")).toArray();
        return items.isEmpty() ? QStringLiteral("0") : items.first().toObject().value(QStringLiteral("on_hand")).toString();
    }

    // Types into a reference picker and picks the first match by keyboard.
    static bool pick(erp::client::ReferencePicker *picker, const QString &text)
    {
        picker->setFocus();
        if (!QTest::qWaitFor([picker] { return picker->hasFocus(); }, 5000))
            return false;
        QSignalSpy shown(picker, &erp::client::ReferencePicker::resultsShown);
        QTest::keyClicks(picker, text);
        if (!(shown.wait(15000) || shown.count() > 0) || picker->resultCount() < 1)
            return false;
        if (!QTest::qWaitFor([picker] { return picker->completer()->popup()->isVisible(); }, 5000))
            return false;
        QWidget *popup = picker->completer()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(picker), Qt::Key_Return);
        return picker->id() > 0;
    }
};

} // namespace erp::test
