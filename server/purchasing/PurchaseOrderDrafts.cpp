#include "server/purchasing/PurchaseOrderDrafts.h"

#include "server/db/Database.h"
#include "server/purchasing/ExchangeRates.h"
#include "server/purchasing/InvalidPurchaseOrder.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderNumbering.h"
#include "shared/Currency.h"
#include "shared/PurchaseOrderTotals.h"
#include "shared/UnitConversion.h"

#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;

namespace {

const QString SupplierSql = QStringLiteral("SELECT currency, lead_time_days, is_active FROM suppliers WHERE id = ?");
const QString WarehouseSql = QStringLiteral("SELECT is_active FROM warehouses WHERE id = ?");
const QString DefaultTaxSql = QStringLiteral("SELECT default_tax_rate::text FROM organisation_settings");
const QString ProductSql = QStringLiteral(
    "SELECT p.name, p.is_active, p.unit_category_id, p.stock_unit_id, coalesce(p.purchase_unit_id, p.stock_unit_id), "
    "su.factor::text, p.standard_cost::text FROM products p JOIN units su ON su.id = p.stock_unit_id WHERE p.id = ?");
const QString UnitSql = QStringLiteral("SELECT category_id, factor::text FROM units WHERE id = ?");
// The best (lowest) price whose minimum quantity the line reaches.
// (Qualified in ORDER BY: a bare unit_price would name the text output
// column and sort "10.0000" before "9.5000".)
const QString BestPriceSql = QStringLiteral(
    "SELECT sp.unit_price::text FROM supplier_prices sp WHERE sp.supplier_id = ? AND sp.product_id = ? "
    "AND sp.unit_id = ? AND sp.currency = ? AND sp.min_quantity <= ?::numeric ORDER BY sp.unit_price, sp.id LIMIT 1");
const QString InsertOrderSql = QStringLiteral(
    "INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, order_date, expected_date, warehouse_id, "
    "notes, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
const QString InsertLineSql = QStringLiteral(
    "INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, description, quantity, "
    "unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax) "
    "VALUES (?, ?, ?, ?, ?, ?::numeric, ?, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)");
const QString TotalsSql
    = QStringLiteral("UPDATE purchase_orders SET subtotal = ?::numeric, tax_total = ?::numeric, total = ?::numeric, "
                     "updated_at = now(), version = version + 1 WHERE id = ?");
const QString LockDraftSql
    = QStringLiteral("SELECT state, currency, supplier_id FROM purchase_orders WHERE id = ? FOR UPDATE");
const QString DeleteLinesSql = QStringLiteral("DELETE FROM purchase_order_lines WHERE purchase_order_id = ?");

Decimal numeric(const QVariant &v)
{
    return Decimal::parse(v.toString()).value_or(Decimal());
}

QString lineField(int index, const char *field)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(field));
}

} // namespace

PurchaseOrderDrafts::PurchaseOrderDrafts(qint64 tenantId, qint64 userId)
    : m_tenantId(tenantId)
    , m_userId(userId)
{
}

QList<PurchaseOrderDrafts::PreparedLine> PurchaseOrderDrafts::prepare(const QList<DraftLine> &lines, qint64 supplierId,
                                                                      const QString &currency) const
{
    if (lines.size() > MaxLines)
        throw InvalidPurchaseOrder(QStringLiteral("lines"), QStringLiteral("too_many_lines"),
                                   QStringLiteral("An order has at most %1 lines.").arg(MaxLines));
    QSqlQuery &tax = Database::exec(DefaultTaxSql);
    const Decimal defaultTax = tax.next() ? numeric(tax.value(0)) : Decimal();
    tax.finish();
    const QString baseCurrency = ExchangeRates::baseCurrency();

    QList<PreparedLine> prepared;
    for (int i = 0; i < lines.size(); ++i) {
        const DraftLine &line = lines.at(i);
        PreparedLine p;
        p.line = line;
        QSqlQuery &product = Database::exec(ProductSql, {line.productId});
        if (!product.next())
            throw InvalidPurchaseOrder(lineField(i, "product_id"), QStringLiteral("unknown_product"),
                                       QStringLiteral("There is no such product."));
        const QString name = product.value(0).toString();
        const bool active = product.value(1).toBool();
        const qint64 category = product.value(2).toLongLong();
        const qint64 stockUnit = product.value(3).toLongLong();
        const qint64 defaultUnit = product.value(4).toLongLong();
        const Decimal stockFactor = numeric(product.value(5));
        const Decimal standardCost = numeric(product.value(6));
        product.finish();
        if (!active)
            throw InvalidPurchaseOrder(lineField(i, "product_id"), QStringLiteral("inactive_product"),
                                       QStringLiteral("The product is not active."));
        p.unitId = line.unitId > 0 ? line.unitId : defaultUnit;
        QSqlQuery &unit = Database::exec(UnitSql, {p.unitId});
        const bool unitFound = unit.next();
        const qint64 unitCategory = unitFound ? unit.value(0).toLongLong() : 0;
        const Decimal unitFactor = unitFound ? numeric(unit.value(1)) : Decimal();
        unit.finish();
        if (!unitFound || unitCategory != category)
            throw InvalidPurchaseOrder(lineField(i, "unit_id"), QStringLiteral("unit_not_of_product"),
                                       QStringLiteral("The unit is not one the product is counted in."));
        erp::shared::UnitConversion::Problem conversion = erp::shared::UnitConversion::Problem::None;
        const auto stockQuantity
            = erp::shared::UnitConversion::convert(line.quantity, unitFactor, stockFactor, &conversion);
        // Not positive: PurchaseOrderTotals names that problem below.
        if (line.quantity > Decimal() && !stockQuantity) {
            if (conversion == erp::shared::UnitConversion::Problem::Inexact)
                throw InvalidPurchaseOrder(lineField(i, "quantity"), QStringLiteral("not_exact_in_stock_unit"),
                                           QStringLiteral("The quantity is no exact amount of the product's stock "
                                                          "unit."));
            throw InvalidPurchaseOrder(lineField(i, "quantity"), QStringLiteral("quantity_too_large"),
                                       QStringLiteral("The quantity in the stock unit has at most 11 digits."));
        }
        p.stockQuantity = stockQuantity.value_or(Decimal());

        if (line.unitPrice) {
            p.unitPrice = *line.unitPrice;
        } else {
            QSqlQuery &price = Database::exec(
                BestPriceSql, {supplierId, line.productId, p.unitId, currency, line.quantity.toString()});
            const bool listed = price.next();
            const Decimal listPrice = listed ? numeric(price.value(0)) : Decimal();
            price.finish();
            if (listed)
                p.unitPrice = listPrice;
            else if (currency == baseCurrency && p.unitId == stockUnit)
                p.unitPrice = standardCost; // the product's own cost is in the base currency, per stock unit
            else
                throw InvalidPurchaseOrder(lineField(i, "unit_price"), QStringLiteral("unit_price_required"),
                                           QStringLiteral("The supplier lists no price for this product, unit and "
                                                          "quantity; enter one."));
        }
        p.taxRate = line.taxRate.value_or(defaultTax);
        p.description = line.description.trimmed().isEmpty() ? name : line.description.trimmed();
        if (p.description.size() > 1000)
            throw InvalidPurchaseOrder(lineField(i, "description"), QStringLiteral("too_long"),
                                       QStringLiteral("A description has at most 1000 characters."));
        prepared.append(p);
    }
    return prepared;
}

Decimal PurchaseOrderDrafts::storeLines(qint64 orderId, const QString &currency, const QList<PreparedLine> &lines) const
{
    QList<PurchaseOrderTotals::Line> amounts;
    for (const PreparedLine &p : lines)
        amounts.append({p.line.quantity, p.unitPrice, p.taxRate});
    const PurchaseOrderTotals totals = PurchaseOrderTotals::compute(currency, amounts);
    if (!totals.isValid()) {
        const QString field = totals.problemLine() >= 0
            ? QStringLiteral("lines[%1].%2").arg(totals.problemLine()).arg(totals.problemField())
            : totals.problemField();
        throw InvalidPurchaseOrder(field, totals.problemCode(), totals.problemMessage());
    }
    for (int i = 0; i < lines.size(); ++i) {
        const PreparedLine &p = lines.at(i);
        Database::exec(InsertLineSql,
                       {m_tenantId, orderId, i + 1, p.line.productId, p.description, p.line.quantity.toString(),
                        p.unitId, p.stockQuantity.toString(), p.unitPrice.toString(), p.taxRate.toString(),
                        totals.lines().at(i).net.toString(), totals.lines().at(i).tax.toString()})
            .finish();
    }
    Database::exec(TotalsSql,
                   {totals.subtotal().toString(), totals.tax().toString(), totals.total().toString(), orderId})
        .finish();
    return totals.total();
}

PurchaseOrderDrafts::Created PurchaseOrderDrafts::create(const DraftHeader &header, const QList<DraftLine> &lines)
{
    QSqlQuery &supplier = Database::exec(SupplierSql, {header.supplierId});
    if (!supplier.next())
        throw InvalidPurchaseOrder(QStringLiteral("supplier_id"), QStringLiteral("unknown_supplier"),
                                   QStringLiteral("There is no such supplier."));
    const QString supplierCurrency = supplier.value(0).toString();
    const int leadTime = supplier.value(1).toInt();
    const bool supplierActive = supplier.value(2).toBool();
    supplier.finish();
    if (!supplierActive)
        throw InvalidPurchaseOrder(QStringLiteral("supplier_id"), QStringLiteral("inactive_supplier"),
                                   QStringLiteral("The supplier is not active."));
    const QString currency = header.currency.isEmpty() ? supplierCurrency : header.currency;
    if (!erp::shared::Currency::isKnown(currency))
        throw InvalidPurchaseOrder(QStringLiteral("currency"), QStringLiteral("unknown_currency"),
                                   QStringLiteral("The currency is not an ISO 4217 code the product knows."));
    QSqlQuery &warehouse = Database::exec(WarehouseSql, {header.warehouseId});
    const bool warehouseActive = warehouse.next() && warehouse.value(0).toBool();
    warehouse.finish();
    if (!warehouseActive)
        throw InvalidPurchaseOrder(QStringLiteral("warehouse_id"), QStringLiteral("unknown_warehouse"),
                                   QStringLiteral("There is no such active warehouse."));
    const QDate orderDate = header.orderDate.isValid() ? header.orderDate : QDate::currentDate();
    if (orderDate.year() < 1900 || orderDate.year() > 9999)
        throw InvalidPurchaseOrder(QStringLiteral("order_date"), QStringLiteral("out_of_range"),
                                   QStringLiteral("The order date is out of range."));
    const QDate expectedDate = header.expectedDate.isValid() ? header.expectedDate : orderDate.addDays(leadTime);
    if (expectedDate < orderDate)
        throw InvalidPurchaseOrder(QStringLiteral("expected_date"), QStringLiteral("before_order_date"),
                                   QStringLiteral("Goods cannot be expected before they are ordered."));
    if (header.notes.size() > 10000)
        throw InvalidPurchaseOrder(QStringLiteral("notes"), QStringLiteral("too_long"),
                                   QStringLiteral("Notes have at most 10000 characters."));
    const QList<PreparedLine> prepared = prepare(lines, header.supplierId, currency);

    // The number last: the counter row stays locked until this transaction
    // ends, so the lock is held as briefly as possible.
    Created created;
    created.number = PurchaseOrderNumbering::next(m_tenantId, orderDate.year());
    QSqlQuery &insert = Database::exec(
        InsertOrderSql,
        {m_tenantId, created.number, header.supplierId, currency, orderDate, expectedDate, header.warehouseId,
         header.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(header.notes), m_userId});
    insert.next();
    created.id = insert.value(0).toLongLong();
    insert.finish();
    created.total = storeLines(created.id, currency, prepared);
    return created;
}

Decimal PurchaseOrderDrafts::replaceLines(qint64 orderId, const QList<DraftLine> &lines)
{
    QSqlQuery &q = Database::exec(LockDraftSql, {orderId});
    if (!q.next())
        throw InvalidPurchaseOrder(QStringLiteral("id"), QStringLiteral("unknown_order"),
                                   QStringLiteral("There is no such purchase order."));
    const QString state = q.value(0).toString();
    const QString currency = q.value(1).toString();
    const qint64 supplierId = q.value(2).toLongLong();
    q.finish();
    if (state != QLatin1String("draft"))
        throw PurchaseOrderConflict(QStringLiteral("edit lines of"), state);
    const QList<PreparedLine> prepared = prepare(lines, supplierId, currency);
    Database::exec(DeleteLinesSql, {orderId}).finish();
    return storeLines(orderId, currency, prepared);
}

} // namespace erp::server
