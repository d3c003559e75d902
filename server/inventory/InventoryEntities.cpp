#include "server/inventory/InventoryEntities.h"

#include "server/platform/SqlFragments.h"

namespace erp::server {

namespace {

QString ts(const QString &column)
{
    return isoTimestampSql(column);
}

// Master data is the whole organisation's: no record rule narrows it.
QString everyRow(const Principal &)
{
    return QString();
}

RecordReference tableReference(const char *table, const char *alias, const char *code, const char *message)
{
    return {QLatin1String(table), QLatin1String(alias), {}, {}, QLatin1String(code), QLatin1String(message)};
}

} // namespace

const RecordEntity &InventoryEntities::units()
{
    static const RecordEntity e {
        QStringLiteral("unit"),
        QStringLiteral("units"),
        QStringLiteral("u"),
        QStringLiteral("json_build_object('id', u.id, 'category_id', u.category_id, "
                       "'category_name', (SELECT name FROM unit_categories WHERE id = u.category_id), "
                       "'name', u.name, 'symbol', u.symbol, 'factor', u.factor::text, 'is_active', u.is_active, "
                       "'created_at', %1, 'updated_at', %2, 'version', u.version)")
            .arg(ts(QStringLiteral("u.created_at")), ts(QStringLiteral("u.updated_at"))),
        {RecordField::referenceTo(
             QStringLiteral("category_id"),
             tableReference("unit_categories", "uc", "unknown_unit_category", "No unit category with this id."))
             .asRequired(),
         RecordField::of(QStringLiteral("name"), RecordField::Text, 100).asRequired(),
         RecordField::of(QStringLiteral("symbol"), RecordField::Text, 16).asRequired(),
         RecordField::decimalOf(QStringLiteral("factor"), 9, 9).asRequired(),
         RecordField::of(QStringLiteral("is_active"), RecordField::Boolean).withDefault(true)},
        everyRow};
    return e;
}

const RecordEntity &InventoryEntities::warehouses()
{
    static const RecordEntity e {
        QStringLiteral("warehouse"),
        QStringLiteral("warehouses"),
        QStringLiteral("w"),
        QStringLiteral("json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'address', w.address, "
                       "'is_active', w.is_active, 'created_at', %1, 'updated_at', %2, 'version', w.version)")
            .arg(ts(QStringLiteral("w.created_at")), ts(QStringLiteral("w.updated_at"))),
        {RecordField::of(QStringLiteral("code"), RecordField::Text, 32).asRequired(),
         RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("address"), RecordField::LongText, 1000),
         RecordField::of(QStringLiteral("is_active"), RecordField::Boolean).withDefault(true)},
        everyRow};
    return e;
}

const RecordEntity &InventoryEntities::locations()
{
    static const RecordEntity e {
        QStringLiteral("location"),
        QStringLiteral("locations"),
        QStringLiteral("l"),
        QStringLiteral("json_build_object('id', l.id, 'warehouse_id', l.warehouse_id, "
                       "'warehouse_name', (SELECT name FROM warehouses WHERE id = l.warehouse_id), "
                       "'code', l.code, 'name', l.name, 'kind', l.kind, 'is_active', l.is_active, "
                       "'created_at', %1, 'updated_at', %2, 'version', l.version)")
            .arg(ts(QStringLiteral("l.created_at")), ts(QStringLiteral("l.updated_at"))),
        {RecordField::referenceTo(QStringLiteral("warehouse_id"),
                                  tableReference("warehouses", "w", "unknown_warehouse", "No warehouse with this id."))
             .asRequired(),
         RecordField::of(QStringLiteral("code"), RecordField::Text, 32).asRequired(),
         RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::choiceOf(QStringLiteral("kind"), {QStringLiteral("receiving"), QStringLiteral("storage")})
             .asRequired(),
         RecordField::of(QStringLiteral("is_active"), RecordField::Boolean).withDefault(true)},
        everyRow};
    return e;
}

const RecordEntity &InventoryEntities::products()
{
    static const RecordEntity e {
        QStringLiteral("product"),
        QStringLiteral("products"),
        QStringLiteral("p"),
        QStringLiteral(
            "json_build_object('id', p.id, 'sku', p.sku, 'barcode', p.barcode, 'name', p.name, "
            "'description', p.description, 'category', p.category, 'unit_category_id', p.unit_category_id, "
            "'stock_unit_id', p.stock_unit_id, 'stock_unit_symbol', (SELECT symbol FROM units WHERE id = "
            "p.stock_unit_id), 'purchase_unit_id', p.purchase_unit_id, 'purchase_unit_symbol', (SELECT symbol FROM units "
            "WHERE id = p.purchase_unit_id), 'standard_cost', p.standard_cost::text, "
            "'reorder_point', p.reorder_point::text, 'reorder_quantity', p.reorder_quantity::text, "
            "'preferred_supplier_id', p.preferred_supplier_id, 'is_active', p.is_active, "
            "'created_at', %1, 'updated_at', %2, 'version', p.version)")
            .arg(ts(QStringLiteral("p.created_at")), ts(QStringLiteral("p.updated_at"))),
        {RecordField::of(QStringLiteral("sku"), RecordField::Text, 64).asRequired(),
         RecordField::of(QStringLiteral("barcode"), RecordField::Text, 14),
         RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("description"), RecordField::LongText),
         RecordField::of(QStringLiteral("category"), RecordField::Text, 100),
         RecordField::referenceTo(QStringLiteral("stock_unit_id"),
                                  tableReference("units", "u", "unknown_unit", "No unit with this id."))
             .asRequired(),
         // Of the stock unit's category (InventoryRoutes checks it).
         RecordField::referenceTo(QStringLiteral("purchase_unit_id"),
                                  tableReference("units", "u", "unknown_unit", "No unit with this id.")),
         RecordField::decimalOf(QStringLiteral("standard_cost"), 4, 10).withDefault(QStringLiteral("0")),
         RecordField::decimalOf(QStringLiteral("reorder_point"), 3, 11).withDefault(QStringLiteral("0")),
         RecordField::decimalOf(QStringLiteral("reorder_quantity"), 3, 11).withDefault(QStringLiteral("0")),
         RecordField::referenceTo(QStringLiteral("preferred_supplier_id"),
                                  tableReference("suppliers", "s", "unknown_supplier", "No supplier with this id.")),
         RecordField::of(QStringLiteral("is_active"), RecordField::Boolean).withDefault(true)},
        everyRow};
    return e;
}

} // namespace erp::server
