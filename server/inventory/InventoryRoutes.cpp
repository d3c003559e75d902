#include "server/inventory/InventoryRoutes.h"

#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/inventory/InventoryEntities.h"
#include "server/platform/RecordRoutes.h"
#include "shared/Permissions.h"

#include <QSqlQuery>

namespace erp::server {

namespace P = erp::shared::Permission;

namespace {

ListField id(const QString &column)
{
    return {QStringLiteral("id"), column, ListField::Integer, true, false};
}

ListField sortableText(const QString &name, const QString &column)
{
    return {name, column, ListField::Text, true, false};
}

ListField filter(const QString &name, const QString &column, ListField::Type type = ListField::Integer)
{
    return {name, column, type, false, true};
}

} // namespace

void registerInventoryRoutes(Router &router)
{
    const RouteAccess view = RouteAccess::requires(P::InventoryView);
    const RouteAccess edit = RouteAccess::requires(P::InventoryEdit);
    const QString tag = QStringLiteral("inventory");

    RecordRoutes units;
    units.path = QStringLiteral("/api/v1/units");
    units.entity = &InventoryEntities::units();
    units.noun = QStringLiteral("unit of measure");
    units.listSummary = QStringLiteral("List units of measure (filter: category_id, is_active; q: name, symbol)");
    units.listSpec = [] {
        return ListSpec {InventoryEntities::units().jsonSql,
                         QStringLiteral("units u"),
                         QStringLiteral("u.id"),
                         {id(QStringLiteral("u.id")),
                          sortableText(QStringLiteral("name"), QStringLiteral("lower(u.name)")),
                          filter(QStringLiteral("category_id"), QStringLiteral("u.category_id")),
                          filter(QStringLiteral("is_active"), QStringLiteral("u.is_active"), ListField::Boolean)},
                         {QStringLiteral("u.name"), QStringLiteral("u.symbol")},
                         QStringLiteral("name"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("symbol"),
                          QStringLiteral("factor"), QStringLiteral("category_name")}};
    };
    units.addTo(router, view, edit, tag);

    RecordRoutes warehouses;
    warehouses.path = QStringLiteral("/api/v1/warehouses");
    warehouses.entity = &InventoryEntities::warehouses();
    warehouses.noun = QStringLiteral("warehouse");
    warehouses.listSummary = QStringLiteral("List warehouses (filter: is_active; q: code, name)");
    warehouses.listSpec = [] {
        return ListSpec {InventoryEntities::warehouses().jsonSql,
                         QStringLiteral("warehouses w"),
                         QStringLiteral("w.id"),
                         {id(QStringLiteral("w.id")),
                          sortableText(QStringLiteral("name"), QStringLiteral("lower(w.name)")),
                          sortableText(QStringLiteral("code"), QStringLiteral("lower(w.code)")),
                          filter(QStringLiteral("is_active"), QStringLiteral("w.is_active"), ListField::Boolean)},
                         {QStringLiteral("w.code"), QStringLiteral("w.name")},
                         QStringLiteral("name"),
                         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                          QStringLiteral("address"), QStringLiteral("is_active")}};
    };
    warehouses.addTo(router, view, edit, tag);

    RecordRoutes locations;
    locations.path = QStringLiteral("/api/v1/locations");
    locations.entity = &InventoryEntities::locations();
    locations.noun = QStringLiteral("location");
    locations.listSummary = QStringLiteral("List locations (filter: warehouse_id, kind, is_active; q: code, name)");
    locations.createOnlyFields = {QStringLiteral("warehouse_id")};
    locations.listSpec = [] {
        return ListSpec {InventoryEntities::locations().jsonSql,
                         QStringLiteral("locations l"),
                         QStringLiteral("l.id"),
                         {id(QStringLiteral("l.id")),
                          sortableText(QStringLiteral("code"), QStringLiteral("lower(l.code)")),
                          sortableText(QStringLiteral("name"), QStringLiteral("lower(l.name)")),
                          filter(QStringLiteral("warehouse_id"), QStringLiteral("l.warehouse_id")),
                          filter(QStringLiteral("kind"), QStringLiteral("l.kind"), ListField::Text),
                          filter(QStringLiteral("is_active"), QStringLiteral("l.is_active"), ListField::Boolean)},
                         {QStringLiteral("l.code"), QStringLiteral("l.name")},
                         QStringLiteral("code"),
                         {QStringLiteral("id"), QStringLiteral("warehouse_name"), QStringLiteral("code"),
                          QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("is_active")}};
    };
    locations.addTo(router, view, edit, tag);

    RecordRoutes products;
    products.path = QStringLiteral("/api/v1/products");
    products.entity = &InventoryEntities::products();
    products.noun = QStringLiteral("product");
    products.listSummary = QStringLiteral("List products (filter: category, preferred_supplier_id, is_active; "
                                          "q: SKU, barcode, name; sort: name, sku, id)");
    // The stock unit fixes the unit category and every stock quantity: set once.
    products.createOnlyFields = {QStringLiteral("stock_unit_id")};
    products.extraOnCreate = [](const RecordValues &values, const RequestContext &ctx) {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT category_id FROM units WHERE id = ?"),
                                      {values.value(QStringLiteral("stock_unit_id"))});
        const qint64 category = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return RecordValues {{QStringLiteral("unit_category_id"), category},
                             {QStringLiteral("created_by"), ctx.principal.userId}};
    };
    products.listSpec = [] {
        return ListSpec {
            InventoryEntities::products().jsonSql,
            QStringLiteral("products p"),
            QStringLiteral("p.id"),
            {id(QStringLiteral("p.id")), sortableText(QStringLiteral("name"), QStringLiteral("lower(p.name)")),
             sortableText(QStringLiteral("sku"), QStringLiteral("lower(p.sku)")),
             filter(QStringLiteral("category"), QStringLiteral("p.category"), ListField::Text),
             filter(QStringLiteral("preferred_supplier_id"), QStringLiteral("p.preferred_supplier_id")),
             filter(QStringLiteral("is_active"), QStringLiteral("p.is_active"), ListField::Boolean)},
            // Indexed generated column: SKU, barcode and name.
            {QStringLiteral("p.search_text")},
            QStringLiteral("name"),
            {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("barcode"), QStringLiteral("name"),
             QStringLiteral("category"), QStringLiteral("stock_unit_symbol"), QStringLiteral("standard_cost"),
             QStringLiteral("reorder_point"), QStringLiteral("is_active")}};
    };
    products.addTo(router, view, edit, tag);
}

} // namespace erp::server
