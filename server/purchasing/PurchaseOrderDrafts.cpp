#include "server/purchasing/PurchaseOrderDrafts.h"

#include "server/db/Database.h"
#include "server/purchasing/ExchangeRates.h"
#include "server/purchasing/InvalidPurchaseOrder.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderNumbering.h"
#include "shared/Currency.h"
#include "shared/PurchaseOrderTotals.h"
#include "shared/UnitConversion.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;

namespace {

const QString SupplierSql = QStringLiteral("SELECT currency, lead_time_days, is_active FROM suppliers WHERE id = ?");
const QString WarehouseSql = QStringLiteral("SELECT is_active FROM warehouses WHERE id = ?");
const QString DefaultTaxSql = QStringLiteral("SELECT default_tax_rate::text FROM organisation_settings");
// One query each for the products and the units of all lines (ids are
// integers: the array literal carries nothing but digits and commas).
const QString ProductsSql = QStringLiteral(
    "SELECT p.id, p.name, p.is_active, p.unit_category_id, p.stock_unit_id, "
    "coalesce(p.purchase_unit_id, p.stock_unit_id), su.factor::text, p.standard_cost::text "
    "FROM products p JOIN units su ON su.id = p.stock_unit_id WHERE p.id = ANY (?::bigint[])");
const QString UnitsSql = QStringLiteral("SELECT id, category_id, factor::text FROM units WHERE id = ANY (?::bigint[])");
// The best (lowest) price whose minimum quantity the line reaches, for every
// line without a price at once (i: the line's index).
// (Qualified in ORDER BY: a bare unit_price would name the text output
// column and sort "10.0000" before "9.5000".)
const QString BestPricesSql = QStringLiteral(
    "SELECT DISTINCT ON (v.i) v.i, sp.unit_price::text "
    "FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::numeric[]) AS v(i, product_id, unit_id, quantity) "
    "JOIN supplier_prices sp ON sp.product_id = v.product_id AND sp.unit_id = v.unit_id "
    "AND sp.supplier_id = ? AND sp.currency = ? AND sp.min_quantity <= v.quantity "
    "ORDER BY v.i, sp.unit_price, sp.id");
const QString InsertOrderSql = QStringLiteral(
    "INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, order_date, expected_date, warehouse_id, "
    "notes, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
// Lines go in by up to LinesPerInsert rows per statement.
constexpr int LinesPerInsert = 10;
const QString LineColumns = QStringLiteral(
    "INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, description, quantity, "
    "unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax) VALUES ");
const QString LineValues
    = QStringLiteral("(?, ?, ?, ?, ?, ?::numeric, ?, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)");

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

const QString TotalsSql
    = QStringLiteral("UPDATE purchase_orders SET subtotal = ?::numeric, tax_total = ?::numeric, total = ?::numeric, "
                     "updated_at = now(), version = version + 1 WHERE id = ?");
const QString SetNumberSql = QStringLiteral("UPDATE purchase_orders SET number = ? WHERE id = ?");
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

    struct Product
    {
        QString name;
        bool active = false;
        qint64 category = 0;
        qint64 stockUnit = 0;
        qint64 defaultUnit = 0;
        Decimal stockFactor;
        Decimal standardCost;
    };
    if (lines.isEmpty())
        return {};
    QList<qint64> productIds;
    for (const DraftLine &line : lines)
        productIds << line.productId;
    QHash<qint64, Product> products;
    QSqlQuery &productRows = Database::exec(ProductsSql, {idArray(productIds)});
    while (productRows.next())
        products.insert(productRows.value(0).toLongLong(),
                        {productRows.value(1).toString(), productRows.value(2).toBool(),
                         productRows.value(3).toLongLong(), productRows.value(4).toLongLong(),
                         productRows.value(5).toLongLong(), numeric(productRows.value(6)),
                         numeric(productRows.value(7))});
    productRows.finish();
    QList<qint64> unitIds;
    for (const DraftLine &line : lines)
        unitIds << (line.unitId > 0 ? line.unitId : products.value(line.productId).defaultUnit);
    QHash<qint64, QPair<qint64, Decimal>> units; // id -> category, factor
    QSqlQuery &unitRows = Database::exec(UnitsSql, {idArray(unitIds)});
    while (unitRows.next())
        units.insert(unitRows.value(0).toLongLong(), {unitRows.value(1).toLongLong(), numeric(unitRows.value(2))});
    unitRows.finish();

    // Checked line by line in order, as before: the first line with a
    // problem is the one named. A missing price is known only after the
    // price query, which runs once for the lines before the first other
    // problem (so an earlier line's missing price is still named first).
    QList<PreparedLine> prepared;
    std::optional<InvalidPurchaseOrder> problem;
    for (int i = 0; i < lines.size() && !problem; ++i) {
        const DraftLine &line = lines.at(i);
        PreparedLine p;
        p.line = line;
        const auto product = products.constFind(line.productId);
        if (product == products.cend()) {
            problem.emplace(lineField(i, "product_id"), QStringLiteral("unknown_product"),
                            QStringLiteral("There is no such product."));
            break;
        }
        if (!product->active) {
            problem.emplace(lineField(i, "product_id"), QStringLiteral("inactive_product"),
                            QStringLiteral("The product is not active."));
            break;
        }
        p.unitId = line.unitId > 0 ? line.unitId : product->defaultUnit;
        const auto unit = units.constFind(p.unitId);
        if (unit == units.cend() || unit->first != product->category) {
            problem.emplace(lineField(i, "unit_id"), QStringLiteral("unit_not_of_product"),
                            QStringLiteral("The unit is not one the product is counted in."));
            break;
        }
        erp::shared::UnitConversion::Problem conversion = erp::shared::UnitConversion::Problem::None;
        const auto stockQuantity
            = erp::shared::UnitConversion::convert(line.quantity, unit->second, product->stockFactor, &conversion);
        // Not positive: PurchaseOrderTotals names that problem below.
        if (line.quantity > Decimal() && !stockQuantity) {
            if (conversion == erp::shared::UnitConversion::Problem::Inexact)
                problem.emplace(lineField(i, "quantity"), QStringLiteral("not_exact_in_stock_unit"),
                                QStringLiteral("The quantity is no exact amount of the product's stock unit."));
            else
                problem.emplace(lineField(i, "quantity"), QStringLiteral("quantity_too_large"),
                                QStringLiteral("The quantity in the stock unit has at most 11 digits."));
            break;
        }
        p.stockQuantity = stockQuantity.value_or(Decimal());
        if (line.unitPrice)
            p.unitPrice = *line.unitPrice;
        p.taxRate = line.taxRate.value_or(defaultTax);
        p.description = line.description.trimmed().isEmpty() ? product->name : line.description.trimmed();
        if (p.description.size() > 1000) {
            problem.emplace(lineField(i, "description"), QStringLiteral("too_long"),
                            QStringLiteral("A description has at most 1000 characters."));
            break;
        }
        prepared.append(p);
    }

    QStringList priceLines, priceProducts, priceUnits, priceQuantities;
    for (int i = 0; i < prepared.size(); ++i)
        if (!prepared.at(i).line.unitPrice) {
            priceLines << QString::number(i);
            priceProducts << QString::number(prepared.at(i).line.productId);
            priceUnits << QString::number(prepared.at(i).unitId);
            priceQuantities << prepared.at(i).line.quantity.toString();
        }
    if (!priceLines.isEmpty()) {
        const auto array = [](const QStringList &items) -> QString {
            return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
        };
        QHash<int, Decimal> listed;
        QSqlQuery &price = Database::exec(BestPricesSql, {array(priceLines), array(priceProducts), array(priceUnits),
                                                          array(priceQuantities), supplierId, currency});
        while (price.next())
            listed.insert(price.value(0).toInt(), numeric(price.value(1)));
        price.finish();
        for (int i = 0; i < prepared.size(); ++i) {
            PreparedLine &p = prepared[i];
            if (p.line.unitPrice)
                continue;
            if (listed.contains(i))
                p.unitPrice = listed.value(i);
            else if (currency == baseCurrency && p.unitId == products.value(p.line.productId).stockUnit)
                p.unitPrice = products.value(p.line.productId).standardCost; // base currency, per stock unit
            else
                throw InvalidPurchaseOrder(lineField(i, "unit_price"), QStringLiteral("unit_price_required"),
                                           QStringLiteral("The supplier lists no price for this product, unit and "
                                                          "quantity; enter one."));
        }
    }
    if (problem)
        throw *problem;
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
    for (int first = 0; first < lines.size(); first += LinesPerInsert) {
        const int count = qMin(LinesPerInsert, int(lines.size()) - first);
        QStringList rows;
        QVariantList values;
        for (int i = first; i < first + count; ++i) {
            const PreparedLine &p = lines.at(i);
            rows << LineValues;
            values << m_tenantId << orderId << i + 1 << p.line.productId << p.description
                   << p.line.quantity.toString() << p.unitId << p.stockQuantity.toString() << p.unitPrice.toString()
                   << p.taxRate.toString() << totals.lines().at(i).net.toString()
                   << totals.lines().at(i).tax.toString();
        }
        Database::exec(LineColumns + rows.join(QStringLiteral(", ")), values).finish();
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
    // ends (that is what keeps the numbers gap-free), so every order of the
    // organisation waits for it. The order goes in under a provisional
    // number nobody else sees (the transaction has not committed), its lines
    // and totals follow, and only then is the number taken and set.
    Created created;
    QSqlQuery &insert = Database::exec(
        InsertOrderSql,
        {m_tenantId, QString(QLatin1Char('~') + QUuid::createUuid().toString(QUuid::Id128)), header.supplierId, currency,
         orderDate, expectedDate, header.warehouseId,
         header.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(header.notes), m_userId});
    insert.next();
    created.id = insert.value(0).toLongLong();
    insert.finish();
    created.total = storeLines(created.id, currency, prepared);
    created.number = PurchaseOrderNumbering::next(m_tenantId, orderDate.year());
    Database::exec(SetNumberSql, {created.number, created.id}).finish();
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
