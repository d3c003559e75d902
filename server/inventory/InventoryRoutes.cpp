#include "server/inventory/InventoryRoutes.h"

#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/inventory/IncomingStock.h"
#include "server/inventory/StockMoveReferences.h"
#include "server/inventory/InsufficientStock.h"
#include "server/inventory/InvalidStockMove.h"
#include "server/inventory/InventoryEntities.h"
#include "server/inventory/StockLedger.h"
#include "server/platform/ApiSchema.h"
#include "server/platform/ListQueryFilters.h"
#include "server/platform/RecordImport.h"
#include "server/platform/RecordReferrers.h"
#include "server/platform/RecordRoutes.h"
#include "server/platform/RequestBody.h"
#include "server/platform/SqlFragments.h"
#include "shared/Barcode.h"
#include "shared/Permissions.h"

#include <QHash>
#include <QJsonObject>
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

using erp::shared::Decimal;

// ---- stock -----------------------------------------------------------------

ListSpec stockSpec()
{
    return {
        QStringLiteral(
            "json_build_object('product_id', b.product_id, 'sku', p.sku, 'product_name', p.name, "
            "'location_id', b.location_id, 'location_code', l.code, 'warehouse_id', l.warehouse_id, "
            "'on_hand', b.on_hand::text, 'reserved', b.reserved::text, 'available', (b.on_hand - b.reserved)::text, "
            "'unit_symbol', (SELECT symbol FROM units WHERE id = p.stock_unit_id), "
            "'standard_cost', p.standard_cost::text, 'value', round(b.on_hand * p.standard_cost, 2)::text, "
            // Standard cost is kept in the base currency: the value's currency.
            "'value_currency', (SELECT base_currency FROM organisation_settings), "
            "'reorder_point', p.reorder_point::text, 'incoming', (%1)::text)")
            .arg(IncomingStock::sqlFor(QStringLiteral("b.product_id"))),
        QStringLiteral("stock_balances b JOIN products p ON p.id = b.product_id JOIN locations l ON l.id = "
                       "b.location_id"),
        // Balances have no id of their own: product and location, as one
        // number (ids stay far below 2^31 per organisation's identity range).
        QStringLiteral("(b.product_id * 4294967296 + b.location_id)"),
        {{QStringLiteral("id"), QStringLiteral("(b.product_id * 4294967296 + b.location_id)"), ListField::Integer, true,
          false},
         {QStringLiteral("sku"), QStringLiteral("lower(p.sku)"), ListField::Text, true, false},
         {QStringLiteral("product_id"), QStringLiteral("b.product_id"), ListField::Integer, false, true},
         {QStringLiteral("location_id"), QStringLiteral("b.location_id"), ListField::Integer, false, true},
         {QStringLiteral("warehouse_id"), QStringLiteral("l.warehouse_id"), ListField::Integer, false, true}},
        {QStringLiteral("p.search_text")},
        QStringLiteral("sku"),
        {QStringLiteral("sku"), QStringLiteral("product_name"), QStringLiteral("location_code"),
         QStringLiteral("on_hand"), QStringLiteral("reserved"), QStringLiteral("available"), QStringLiteral("incoming"),
         QStringLiteral("value")}};
}

// Active products whose stock over all locations is below their reorder
// point. Suggested: nothing when what is incoming already lifts them to the
// reorder point, else the larger of the reorder quantity and the shortfall
// (reorder point - on hand - incoming), in the stock unit.
ListSpec reorderSpec()
{
    return {QStringLiteral(
                "json_build_object('id', p.id, 'sku', p.sku, 'name', p.name, "
                "'unit_symbol', (SELECT symbol FROM units WHERE id = p.stock_unit_id), "
                "'on_hand', s.on_hand::text, 'incoming', i.incoming::text, 'reorder_point', p.reorder_point::text, "
                "'reorder_quantity', p.reorder_quantity::text, 'suggested_quantity', "
                "(CASE WHEN s.on_hand + i.incoming >= p.reorder_point THEN 0::numeric "
                "ELSE greatest(p.reorder_quantity, p.reorder_point - s.on_hand - i.incoming) END)::numeric(18, 3)::text, "
                "'preferred_supplier_id', p.preferred_supplier_id)"),
            QStringLiteral("products p CROSS JOIN LATERAL (SELECT coalesce(sum(x.on_hand), 0)::numeric(18, 3) AS on_hand "
                           "FROM stock_balances x WHERE x.product_id = p.id) s CROSS JOIN LATERAL (SELECT (%1)::numeric(18, "
                           "3) AS incoming) i")
                .arg(IncomingStock::sqlFor(QStringLiteral("p.id"))),
            QStringLiteral("p.id"),
            {{QStringLiteral("id"), QStringLiteral("p.id"), ListField::Integer, true, false},
             {QStringLiteral("sku"), QStringLiteral("lower(p.sku)"), ListField::Text, true, false},
             {QStringLiteral("preferred_supplier_id"), QStringLiteral("p.preferred_supplier_id"), ListField::Integer,
              false, true},
             {QStringLiteral("category"), QStringLiteral("p.category"), ListField::Text, false, true}},
            {QStringLiteral("p.search_text")},
            QStringLiteral("sku"),
            {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("on_hand"),
             QStringLiteral("incoming"), QStringLiteral("reorder_point"), QStringLiteral("suggested_quantity"),
             QStringLiteral("unit_symbol")}};
}

HttpResponse listReorderSuggestions(RequestContext &ctx)
{
    ListQueryFilters filters(ctx.request);
    filters.add(QStringLiteral("p.is_active AND s.on_hand < p.reorder_point"));
    return filters.respond(ctx, reorderSpec(), QString());
}

HttpResponse listStock(RequestContext &ctx)
{
    ListQueryFilters filters(ctx.request);
    // Products whose stock over all locations is below their reorder point.
    filters.flag(QStringLiteral("below_reorder"),
                 QStringLiteral("(SELECT sum(x.on_hand) FROM stock_balances x WHERE x.product_id = b.product_id) "
                                "< p.reorder_point"));
    return filters.respond(ctx, stockSpec(), QString());
}

ListSpec movesSpec()
{
    return {QStringLiteral("json_build_object('id', m.id, 'product_id', m.product_id, "
                           "'sku', (SELECT sku FROM products WHERE id = m.product_id), "
                           "'from_location_id', m.from_location_id, 'to_location_id', m.to_location_id, "
                           "'quantity', m.quantity::text, 'reason', m.reason, 'reference_type', m.reference_type, "
                           "'reference_id', m.reference_id, 'reference_label', %2, 'note', m.note, "
                           "'created_by', m.created_by, 'created_at', %1)")
                .arg(isoTimestampSql(QStringLiteral("m.created_at")),
                     StockMoveReferences::labelSqlFor(QStringLiteral("m.reference_type"),
                                                      QStringLiteral("m.reference_id"))),
            QStringLiteral("stock_moves m"),
            QStringLiteral("m.id"),
            {{QStringLiteral("id"), QStringLiteral("m.id"), ListField::Integer, true, false},
             {QStringLiteral("created_at"), QStringLiteral("m.created_at"), ListField::Timestamp, true, true},
             {QStringLiteral("product_id"), QStringLiteral("m.product_id"), ListField::Integer, false, true},
             {QStringLiteral("reason"), QStringLiteral("m.reason"), ListField::Text, false, true},
             {QStringLiteral("reference_type"), QStringLiteral("m.reference_type"), ListField::Text, false, true},
             {QStringLiteral("reference_id"), QStringLiteral("m.reference_id"), ListField::Integer, false, true}},
            {},
            QStringLiteral("-id"),
            {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("sku"),
             QStringLiteral("from_location_id"), QStringLiteral("to_location_id"), QStringLiteral("quantity"),
             QStringLiteral("reason"), QStringLiteral("reference_label"), QStringLiteral("note")}};
}

HttpResponse listMoves(RequestContext &ctx)
{
    ListQueryFilters filters(ctx.request);
    if (const auto location = filters.take(QStringLiteral("location_id"))) {
        bool ok = false;
        const qint64 id = location->toLongLong(&ok);
        if (!ok || id < 1)
            throw ListQueryFilters::badParameter(QStringLiteral("location_id"),
                                                 QStringLiteral("location_id must be a location id."));
        filters.add(QStringLiteral("(m.from_location_id = ? OR m.to_location_id = ?)"), {id, id});
    }
    return filters.respond(ctx, movesSpec(), QString());
}

// Ids of the body's fields; quantities exact with at most 3 decimals
// (NUMERIC(14,3): 11 digits before the point).
qint64 readId(const QJsonObject &json, const QString &key, RequestBody &body)
{
    return body.id(json, key, key, true).value_or(0);
}

Decimal readQuantity(const QJsonObject &json, const QString &key, RequestBody &body)
{
    return body.decimal(json, key, key, true, 3, 11).value_or(Decimal());
}

// The ledger's refusals: 409 naming product, location and what is there;
// 422 on the field the move cannot take.
template<typename Fn> qint64 booked(Fn &&fn)
{
    try {
        return fn();
    } catch (const InsufficientStock &e) {
        throw ApiError(
            409, QStringLiteral("insufficient_stock"), QStringLiteral("Conflict"),
            QStringLiteral("Product %1 has %2 on hand in location %3; %4 was asked for.")
                .arg(e.productId())
                .arg(e.onHand().toString())
                .arg(e.locationId())
                .arg(e.requested().toString()),
            {{QStringLiteral("product_id"), QStringLiteral("insufficient_stock"), QString::number(e.productId())},
             {QStringLiteral("location_id"), QStringLiteral("insufficient_stock"), QString::number(e.locationId())},
             {QStringLiteral("quantity"), QStringLiteral("insufficient_stock"), e.onHand().toString()}});
    } catch (const InvalidStockMove &e) {
        throw ApiError::validation({{e.field(), e.code(), e.message()}});
    }
}

HttpResponse moveAnswer(RequestContext &ctx, qint64 moveId, qint64 productId, const QList<qint64> &locations)
{
    StockLedger ledger(ctx.principal.tenantId, ctx.principal.userId);
    QJsonObject onHand;
    for (const qint64 location : locations)
        onHand.insert(QString::number(location), ledger.onHand(productId, location).toString());
    return HttpResponse::json(moveId ? 201 : 200,
                              QJsonObject {{QStringLiteral("move_id"), moveId ? QJsonValue(moveId) : QJsonValue()},
                                           {QStringLiteral("product_id"), productId},
                                           {QStringLiteral("on_hand"), onHand}});
}

HttpResponse adjustStock(RequestContext &ctx)
{
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json,
                     {QStringLiteral("product_id"), QStringLiteral("location_id"), QStringLiteral("counted"),
                      QStringLiteral("note")});
    const qint64 product = readId(json, QStringLiteral("product_id"), body);
    const qint64 location = readId(json, QStringLiteral("location_id"), body);
    const Decimal counted = readQuantity(json, QStringLiteral("counted"), body);
    const QString note = body.text(QStringLiteral("note"), true, 1000).value_or(QString());
    body.finish();
    const qint64 move = booked([&] {
        return StockLedger(ctx.principal.tenantId, ctx.principal.userId).adjust(product, location, counted, note);
    });
    return moveAnswer(ctx, move, product, {location});
}

HttpResponse transferStock(RequestContext &ctx)
{
    const QJsonObject json = ctx.jsonBody();
    RequestBody body(json,
                     {QStringLiteral("product_id"), QStringLiteral("from_location_id"),
                      QStringLiteral("to_location_id"), QStringLiteral("quantity"), QStringLiteral("note")});
    const qint64 product = readId(json, QStringLiteral("product_id"), body);
    const qint64 from = readId(json, QStringLiteral("from_location_id"), body);
    const qint64 to = readId(json, QStringLiteral("to_location_id"), body);
    const Decimal quantity = readQuantity(json, QStringLiteral("quantity"), body);
    const QString note = body.text(QStringLiteral("note"), false, 1000).value_or(QString());
    body.finish();
    const qint64 move = booked([&] {
        return StockLedger(ctx.principal.tenantId, ctx.principal.userId).transfer(product, from, to, quantity, note);
    });
    return moveAnswer(ctx, move, product, {from, to});
}

// ---- master data checks ------------------------------------------------------

QVariant scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = Database::exec(sql, values);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

// A product's barcode is a GS1 code with a correct check digit, used by no
// other product of the organisation; its SKU likewise (case-insensitive); its
// purchase unit measures what its stock unit measures (boxes of pieces, not
// kilograms). The database enforces the same; checking first names the field.
void checkProduct(const RecordValues &values, qint64 id, QList<FieldError> *errors)
{
    const QString barcode = values.value(QStringLiteral("barcode")).toString();
    if (!barcode.isEmpty()) {
        if (!erp::shared::Barcode::isValid(barcode))
            errors->append({QStringLiteral("barcode"), QStringLiteral("invalid_barcode"),
                            QStringLiteral("Not an EAN-8, UPC-A, EAN-13 or GTIN-14 barcode: 8, 12, 13 or 14 digits "
                                           "ending in the right check digit.")});
        else if (const QVariant other = scalar(
                     QStringLiteral("SELECT sku FROM products WHERE barcode = ? AND id <> ?"), {barcode, id});
                 other.isValid())
            errors->append({QStringLiteral("barcode"), QStringLiteral("already_used"),
                            QStringLiteral("Product %1 already has this barcode.").arg(other.toString())});
    }
    const QString sku = values.value(QStringLiteral("sku")).toString();
    if (!sku.isEmpty()
        && scalar(QStringLiteral("SELECT 1 FROM products WHERE lower(sku) = lower(?) AND id <> ?"), {sku, id}).isValid())
        errors->append({QStringLiteral("sku"), QStringLiteral("already_used"),
                        QStringLiteral("Another product already has the SKU %1.").arg(sku)});
    const QVariant purchaseUnit = values.value(QStringLiteral("purchase_unit_id"));
    if (!purchaseUnit.isNull() && purchaseUnit.isValid()) {
        // On create the stock unit decides the category; afterwards the product's.
        const QVariant category
            = id == 0 ? scalar(QStringLiteral("SELECT category_id FROM units WHERE id = ?"),
                               {values.value(QStringLiteral("stock_unit_id"))})
                      : scalar(QStringLiteral("SELECT unit_category_id FROM products WHERE id = ?"), {id});
        const QVariant unitCategory
            = scalar(QStringLiteral("SELECT category_id FROM units WHERE id = ?"), {purchaseUnit});
        if (category.isValid() && unitCategory.isValid() && category.toLongLong() != unitCategory.toLongLong())
            errors->append({QStringLiteral("purchase_unit_id"), QStringLiteral("wrong_unit_category"),
                            QStringLiteral("The purchase unit must measure what the stock unit measures "
                                           "(e.g. boxes of pieces, not kilograms of pieces).")});
    }
}

// CSV import of products: units by symbol, the preferred supplier by code;
// SKU and barcode unique in the organisation and the file; the same barcode
// and unit checks as the JSON API.
HttpResponse importProducts(RequestContext &ctx)
{
    QHash<qint64, qint64> categoryOfUnit;
    {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT id, category_id FROM units"));
        while (q.next())
            categoryOfUnit.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
    }
    RecordImportSpec spec;
    spec.entity = &InventoryEntities::products();
    spec.plural = QStringLiteral("products");
    spec.columns = {QStringLiteral("sku"),           QStringLiteral("name"),          QStringLiteral("barcode"),
                    QStringLiteral("description"),   QStringLiteral("category"),      QStringLiteral("stock_unit"),
                    QStringLiteral("purchase_unit"), QStringLiteral("standard_cost"), QStringLiteral("reorder_point"),
                    QStringLiteral("reorder_quantity"), QStringLiteral("preferred_supplier"), QStringLiteral("is_active")};
    spec.requiredColumns = {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("stock_unit")};
    spec.lookups = {{QStringLiteral("stock_unit"), QStringLiteral("stock_unit_id"),
                     QStringLiteral("SELECT lower(symbol), id FROM units"), QStringLiteral("unknown_unit"),
                     QStringLiteral("No unit with the symbol \"%1\".")},
                    {QStringLiteral("purchase_unit"), QStringLiteral("purchase_unit_id"),
                     QStringLiteral("SELECT lower(symbol), id FROM units"), QStringLiteral("unknown_unit"),
                     QStringLiteral("No unit with the symbol \"%1\".")},
                    {QStringLiteral("preferred_supplier"), QStringLiteral("preferred_supplier_id"),
                     QStringLiteral("SELECT lower(code), id FROM suppliers"), QStringLiteral("unknown_supplier"),
                     QStringLiteral("No supplier with the code \"%1\".")}};
    spec.uniques = {{QStringLiteral("sku"), QStringLiteral("SELECT lower(sku) FROM products")},
                    {QStringLiteral("barcode"), QStringLiteral("SELECT barcode FROM products WHERE barcode IS NOT NULL")}};
    spec.checkRow = [&categoryOfUnit](const RecordValues &values, QList<FieldError> *errors) {
        const QString barcode = values.value(QStringLiteral("barcode")).toString();
        if (!barcode.isEmpty() && !erp::shared::Barcode::isValid(barcode))
            errors->append({QStringLiteral("barcode"), QStringLiteral("invalid_barcode"),
                            QStringLiteral("Not an EAN-8, UPC-A, EAN-13 or GTIN-14 barcode: 8, 12, 13 or 14 digits "
                                           "ending in the right check digit.")});
        const qint64 stockUnit = values.value(QStringLiteral("stock_unit_id")).toLongLong();
        const qint64 purchaseUnit = values.value(QStringLiteral("purchase_unit_id")).toLongLong();
        if (purchaseUnit != 0 && categoryOfUnit.value(purchaseUnit) != categoryOfUnit.value(stockUnit))
            errors->append({QStringLiteral("purchase_unit"), QStringLiteral("wrong_unit_category"),
                            QStringLiteral("The purchase unit must measure what the stock unit measures.")});
    };
    const qint64 user = ctx.principal.userId;
    spec.extraValues = [&categoryOfUnit, user](const RecordValues &values) {
        return RecordValues {
            {QStringLiteral("unit_category_id"),
             categoryOfUnit.value(values.value(QStringLiteral("stock_unit_id")).toLongLong())},
            {QStringLiteral("created_by"), user}};
    };
    return RecordImport::respond(ctx, spec);
}

// What inventory's own rows refer to (see RecordReferrers); other modules add theirs.
void declareReferrers()
{
    RecordReferrers::add(QStringLiteral("products"),
                         {QStringLiteral("SELECT count(*) FROM stock_moves WHERE product_id = ?"),
                          QStringLiteral("stock_moves"), QStringLiteral("stock moves")});
    RecordReferrers::add(QStringLiteral("units"),
                         {QStringLiteral("SELECT count(*) FROM products p, (SELECT ?::bigint AS id) x "
                                         "WHERE p.stock_unit_id = x.id OR p.purchase_unit_id = x.id"),
                          QStringLiteral("products"), QStringLiteral("products")});
    RecordReferrers::add(QStringLiteral("suppliers"),
                         {QStringLiteral("SELECT count(*) FROM products WHERE preferred_supplier_id = ?"),
                          QStringLiteral("products"), QStringLiteral("products (as their preferred supplier)")});
    RecordReferrers::add(QStringLiteral("locations"),
                         {QStringLiteral("SELECT count(*) FROM stock_moves m, (SELECT ?::bigint AS id) x "
                                         "WHERE m.from_location_id = x.id OR m.to_location_id = x.id"),
                          QStringLiteral("stock_moves"), QStringLiteral("stock moves")});
    RecordReferrers::add(QStringLiteral("warehouses"),
                         {QStringLiteral("SELECT count(*) FROM stock_moves m JOIN locations l "
                                         "ON l.id = m.from_location_id OR l.id = m.to_location_id "
                                         "WHERE l.warehouse_id = ?"),
                          QStringLiteral("stock_moves"), QStringLiteral("stock moves in its locations")});
}

// Goods are received into a receiving location: a warehouse keeps one.
void refuseLastReceivingLocation(qint64 id, const RequestContext &)
{
    if (scalar(QStringLiteral("SELECT l.kind = 'receiving' AND NOT EXISTS (SELECT 1 FROM locations o WHERE "
                              "o.warehouse_id = l.warehouse_id AND o.kind = 'receiving' AND o.id <> l.id) "
                              "FROM locations l WHERE l.id = ?"),
               {id})
            .toBool())
        throw ApiError::conflict(QStringLiteral("last_receiving_location"),
                                 QStringLiteral("This is the warehouse's only receiving location, where goods are "
                                                "received. Add another receiving location first, or delete the "
                                                "warehouse."));
}

// ---- documentation ------------------------------------------------------------

// A booked move: 201 with the move, or 200 without one when a count finds
// what is on hand; on_hand per location id afterwards.
RouteDoc moveDoc(const ApiSchema::Properties &fields, const QStringList &required, const QJsonObject &example)
{
    using namespace ApiSchema;
    const QJsonObject answer = object(
        {{QStringLiteral("move_id"), nullable(ApiSchema::id())},
         {QStringLiteral("product_id"), ApiSchema::id()},
         {QStringLiteral("on_hand"),
          QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("description"), QStringLiteral("On hand afterwards, by location id")},
                       {QStringLiteral("additionalProperties"), decimal(3, 11)}}}},
        {QStringLiteral("move_id"), QStringLiteral("product_id"), QStringLiteral("on_hand")});
    return RouteDoc()
        .body(object(fields, required), example)
        .returns(201, QStringLiteral("Booked"), answer)
        .returns(200, QStringLiteral("Nothing to book (the count matches)"), answer)
        .error(409);
}

} // namespace

void registerInventoryRoutes(Router &router)
{
    declareReferrers();
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
    units.deletable = true;
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
    warehouses.deletable = true;
    // Its locations go with it (nothing was ever moved through them: checked first).
    warehouses.beforeDelete = [](qint64 id, const RequestContext &) {
        Database::exec(QStringLiteral("DELETE FROM locations WHERE warehouse_id = ?"), {id}).finish();
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
    locations.deletable = true;
    locations.beforeDelete = refuseLastReceivingLocation;
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
    products.checkValues = checkProduct;
    // Its supplier prices go with it (ON DELETE CASCADE).
    products.deletable = true;
    products.addTo(router, view, edit, tag);

    router.add("POST", QStringLiteral("/api/v1/products/import"), edit, importProducts,
               QStringLiteral("Import products from CSV (text/csv; columns: sku, name, stock_unit (symbol), barcode, "
                              "description, category, purchase_unit, standard_cost, reorder_point, reorder_quantity, "
                              "preferred_supplier (code), is_active); ?dry_run=true reports every bad row without "
                              "importing; otherwise all rows or none"),
               tag)
        .doc = RecordImport::documentation(QStringList {
            QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("stock_unit"), QStringLiteral("barcode"),
            QStringLiteral("description"), QStringLiteral("category"), QStringLiteral("purchase_unit"),
            QStringLiteral("standard_cost"), QStringLiteral("reorder_point"), QStringLiteral("reorder_quantity"),
            QStringLiteral("preferred_supplier"), QStringLiteral("is_active")});
    router.add("GET", QStringLiteral("/api/v1/stock"), view, listStock,
               QStringLiteral("Stock per product and location: on hand, reserved, available, value at standard "
                              "cost, and incoming per product over all warehouses (filter: product_id, location_id, "
                              "warehouse_id, below_reorder=true; q: SKU, barcode, name)"),
               tag)
        .doc = ApiDocs::list(stockSpec(), ApiSchema::Properties {{QStringLiteral("sku"), ApiSchema::text(100)},
                                                                 {QStringLiteral("value_currency"), ApiSchema::currency()}})
                   .query(ApiSchema::queryParameter(QStringLiteral("below_reorder"), ApiSchema::boolean(),
                                                    QStringLiteral("Only products below their reorder point")));
    router.add("GET", QStringLiteral("/api/v1/stock/reorder-suggestions"), view, listReorderSuggestions,
               QStringLiteral("Active products below their reorder point: on hand over all locations, incoming "
                              "(approved or ordered, not yet received), suggested quantity in the stock unit "
                              "(filter: preferred_supplier_id, category; q: SKU, barcode, name; sort: sku, id)"),
               tag)
        .doc = ApiDocs::list(reorderSpec());
    router.add("GET", QStringLiteral("/api/v1/stock-moves"), view, listMoves,
               QStringLiteral("The stock ledger, newest first (filter: product_id, location_id, reason, "
                              "reference_type, reference_id, created_at_from/_to)"),
               tag)
        .doc = ApiDocs::list(movesSpec(), ApiSchema::Properties {{QStringLiteral("reason"), ApiSchema::text(50)},
                                           {QStringLiteral("reference_type"), ApiSchema::nullable(ApiSchema::text(50))},
                                           {QStringLiteral("reference_label"), ApiSchema::nullable(ApiSchema::text(200))},
                                           {QStringLiteral("note"), ApiSchema::nullable(ApiSchema::text(1000))},
                                           {QStringLiteral("created_by"), ApiSchema::nullable(ApiSchema::id())}})
                   .query(ApiSchema::queryParameter(QStringLiteral("location_id"), ApiSchema::id(),
                                                    QStringLiteral("Moves from or to this location")));
    router
        .add("POST", QStringLiteral("/api/v1/stock-adjustments"), RouteAccess::requires(P::InventoryAdjust),
             adjustStock,
             QStringLiteral("Book a count: the difference to what is on hand becomes an adjustment move (note "
                            "required)"),
             tag)
        .documented(moveDoc({{QStringLiteral("product_id"), ApiSchema::id()},
                             {QStringLiteral("location_id"), ApiSchema::id()},
                             {QStringLiteral("counted"), ApiSchema::decimal(3, 11)},
                             {QStringLiteral("note"), ApiSchema::text(1000)}},
                            {QStringLiteral("product_id"), QStringLiteral("location_id"), QStringLiteral("counted"),
                             QStringLiteral("note")},
                            QJsonObject {{QStringLiteral("product_id"), 1},
                                         {QStringLiteral("location_id"), 1},
                                         {QStringLiteral("counted"), QStringLiteral("12.5")},
                                         {QStringLiteral("note"), QStringLiteral("Yearly count")}}))
        .idempotentCreate
        = true;
    router
        .add("POST", QStringLiteral("/api/v1/stock-transfers"), edit, transferStock,
             QStringLiteral("Move stock between locations; 409 with product, location and what is there when "
                            "there is not enough"),
             tag)
        .documented(moveDoc({{QStringLiteral("product_id"), ApiSchema::id()},
                             {QStringLiteral("from_location_id"), ApiSchema::id()},
                             {QStringLiteral("to_location_id"), ApiSchema::id()},
                             {QStringLiteral("quantity"), ApiSchema::decimal(3, 11)},
                             {QStringLiteral("note"), ApiSchema::text(1000)}},
                            {QStringLiteral("product_id"), QStringLiteral("from_location_id"),
                             QStringLiteral("to_location_id"), QStringLiteral("quantity")},
                            QJsonObject {{QStringLiteral("product_id"), 1},
                                         {QStringLiteral("from_location_id"), 1},
                                         {QStringLiteral("to_location_id"), 2},
                                         {QStringLiteral("quantity"), QStringLiteral("3")}}))
        .idempotentCreate
        = true;
}

} // namespace erp::server
