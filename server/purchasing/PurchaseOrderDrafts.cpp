#include "server/purchasing/PurchaseOrderDrafts.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/purchasing/InvalidPurchaseOrder.h"
#include "server/purchasing/PurchaseOrderConflict.h"
#include "server/purchasing/PurchaseOrderNumbering.h"
#include "shared/Currency.h"
#include "shared/PurchaseOrderTotals.h"
#include "shared/UnitConversion.h"

#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace erp::server {

using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;

namespace {

// The supplier, the warehouse and the organisation's settings in one read.
const QString ContextSql = QStringLiteral(
    "SELECT s.id IS NOT NULL, s.currency, s.lead_time_days, s.is_active, "
    "coalesce((SELECT is_active FROM warehouses WHERE id = ?), false), "
    "os.default_tax_rate::text, os.base_currency "
    "FROM (SELECT 1) one LEFT JOIN organisation_settings os ON true LEFT JOIN suppliers s ON s.id = ?");
const QString SettingsSql = QStringLiteral("SELECT default_tax_rate::text, base_currency FROM organisation_settings");
// Per line (i: its index): the product, the unit (the line's, or the
// product's purchase or stock unit) and the best (lowest) supplier price whose
// minimum quantity the line reaches, all lines in one query; the currency
// given, or (empty) the supplier's. (Qualified in ORDER BY: a bare
// unit_price would name a text column.)
const QString LinesLookupSql = QStringLiteral(
    "SELECT v.i, p.id IS NOT NULL, p.name, p.is_active, p.unit_category_id, p.stock_unit_id, "
    "coalesce(p.purchase_unit_id, p.stock_unit_id), su.factor::text, p.standard_cost::text, "
    "u.id, u.category_id, u.factor::text, "
    "(SELECT sp.unit_price::text FROM supplier_prices sp WHERE sp.product_id = v.product_id AND sp.unit_id = u.id "
    "AND sp.supplier_id = ? AND sp.currency = coalesce(nullif(?, ''), (SELECT currency FROM suppliers WHERE id = ?)) "
    "AND sp.min_quantity <= v.quantity "
    "ORDER BY sp.unit_price, sp.id LIMIT 1) "
    "FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::numeric[]) AS v(i, product_id, unit_id, quantity) "
    "LEFT JOIN products p ON p.id = v.product_id LEFT JOIN units su ON su.id = p.stock_unit_id "
    "LEFT JOIN units u ON u.id = CASE WHEN v.unit_id > 0 THEN v.unit_id "
    "ELSE coalesce(p.purchase_unit_id, p.stock_unit_id) END");
// The order (under a provisional number nobody else sees) with its totals
// and its first lines, in one statement.
const QString InsertOrderSql = QStringLiteral(
    "WITH o AS (INSERT INTO purchase_orders (tenant_id, number, supplier_id, currency, order_date, expected_date, "
    "warehouse_id, notes, created_by, subtotal, tax_total, total, line_count) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?) RETURNING id), "
    "l AS (INSERT INTO purchase_order_lines (tenant_id, purchase_order_id, position, product_id, description, "
    "quantity, unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax) "
    "SELECT v.tenant_id, o.id, v.position, v.product_id, v.description, v.quantity, v.unit_id, v.stock_quantity, "
    "v.unit_price, v.tax_rate, v.line_net, v.line_tax FROM o, (VALUES %1) AS v(tenant_id, position, product_id, "
    "description, quantity, unit_id, stock_quantity, unit_price, tax_rate, line_net, line_tax) RETURNING 1) "
    "SELECT o.id, (SELECT count(*) FROM l) FROM o");
const QString TypedLineValues = QStringLiteral("(?::bigint, ?::int, ?::bigint, ?::text, ?::numeric, ?::bigint, "
                                               "?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)");
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

PurchaseOrderDrafts::Settings PurchaseOrderDrafts::settings()
{
    Settings settings {Decimal(), QStringLiteral("EUR")};
    QSqlQuery &q = Database::exec(SettingsSql);
    if (q.next()) {
        settings.defaultTax = numeric(q.value(0));
        settings.baseCurrency = q.value(1).toString();
    }
    q.finish();
    return settings;
}

struct PurchaseOrderDrafts::LineLookup
{
    bool product = false;
    QString name;
    bool active = false;
    qint64 category = 0;
    qint64 stockUnit = 0;
    qint64 defaultUnit = 0;
    Decimal stockFactor;
    Decimal standardCost;
    qint64 unitId = 0; // 0: no such unit
    qint64 unitCategory = 0;
    Decimal unitFactor;
    std::optional<Decimal> listedPrice;
};

namespace {

// LinesLookupSql for the lines; currency empty: the supplier's.
SqlStatement linesLookup(const QList<DraftLine> &lines, qint64 supplierId, const QString &currency)
{
    QStringList indexes, productIds, unitIds, quantities;
    for (int i = 0; i < lines.size(); ++i) {
        indexes << QString::number(i);
        productIds << QString::number(lines.at(i).productId);
        unitIds << QString::number(qMax<qint64>(0, lines.at(i).unitId));
        quantities << lines.at(i).quantity.toString();
    }
    const auto array = [](const QStringList &items) -> QString {
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    return {LinesLookupSql,
            {supplierId, currency, supplierId, array(indexes), array(productIds), array(unitIds), array(quantities)},
            true};
}

template<typename Lookup> void readLookup(QSqlQuery &q, QList<Lookup> &found)
{
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= found.size())
            continue;
        Lookup &f = found[i];
        f.product = q.value(1).toBool();
        f.name = q.value(2).toString();
        f.active = q.value(3).toBool();
        f.category = q.value(4).toLongLong();
        f.stockUnit = q.value(5).toLongLong();
        f.defaultUnit = q.value(6).toLongLong();
        f.stockFactor = numeric(q.value(7));
        f.standardCost = numeric(q.value(8));
        f.unitId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        f.unitCategory = q.value(10).toLongLong();
        f.unitFactor = numeric(q.value(11));
        if (!q.value(12).isNull())
            f.listedPrice = numeric(q.value(12));
    }
}

} // namespace

QList<PurchaseOrderDrafts::PreparedLine> PurchaseOrderDrafts::prepare(const QList<DraftLine> &lines, qint64 supplierId,
                                                                      const QString &currency,
                                                                      const Settings &settings) const
{
    if (lines.size() > MaxLines)
        throw InvalidPurchaseOrder(QStringLiteral("lines"), QStringLiteral("too_many_lines"),
                                   QStringLiteral("An order has at most %1 lines.").arg(MaxLines));
    if (lines.isEmpty())
        return {};
    QList<LineLookup> found(lines.size());
    Transaction::executeInOne({linesLookup(lines, supplierId, currency)},
                              [&](int, QSqlQuery &q) { readLookup(q, found); });
    return judge(lines, found, currency, settings);
}

QList<PurchaseOrderDrafts::PreparedLine> PurchaseOrderDrafts::judge(const QList<DraftLine> &lines,
                                                                    const QList<LineLookup> &found,
                                                                    const QString &currency,
                                                                    const Settings &settings) const
{
    // Checked line by line in order: the first line with a problem (a
    // missing price included) is the one named.
    QList<PreparedLine> prepared;
    for (int i = 0; i < lines.size(); ++i) {
        const DraftLine &line = lines.at(i);
        const LineLookup &f = found.at(i);
        PreparedLine p;
        p.line = line;
        if (!f.product)
            throw InvalidPurchaseOrder(lineField(i, "product_id"), QStringLiteral("unknown_product"),
                                       QStringLiteral("There is no such product."));
        if (!f.active)
            throw InvalidPurchaseOrder(lineField(i, "product_id"), QStringLiteral("inactive_product"),
                                       QStringLiteral("The product is not active."));
        p.unitId = line.unitId > 0 ? line.unitId : f.defaultUnit;
        if (f.unitId == 0 || f.unitCategory != f.category)
            throw InvalidPurchaseOrder(lineField(i, "unit_id"), QStringLiteral("unit_not_of_product"),
                                       QStringLiteral("The unit is not one the product is counted in."));
        erp::shared::UnitConversion::Problem conversion = erp::shared::UnitConversion::Problem::None;
        const auto stockQuantity
            = erp::shared::UnitConversion::convert(line.quantity, f.unitFactor, f.stockFactor, &conversion);
        // Not positive: PurchaseOrderTotals names that problem later.
        if (line.quantity > Decimal() && !stockQuantity) {
            if (conversion == erp::shared::UnitConversion::Problem::Inexact)
                throw InvalidPurchaseOrder(lineField(i, "quantity"), QStringLiteral("not_exact_in_stock_unit"),
                                           QStringLiteral("The quantity is no exact amount of the product's stock "
                                                          "unit."));
            throw InvalidPurchaseOrder(lineField(i, "quantity"), QStringLiteral("quantity_too_large"),
                                       QStringLiteral("The quantity in the stock unit has at most 11 digits."));
        }
        p.stockQuantity = stockQuantity.value_or(Decimal());
        p.taxRate = line.taxRate.value_or(settings.defaultTax);
        p.description = line.description.trimmed().isEmpty() ? f.name : line.description.trimmed();
        if (p.description.size() > 1000)
            throw InvalidPurchaseOrder(lineField(i, "description"), QStringLiteral("too_long"),
                                       QStringLiteral("A description has at most 1000 characters."));
        if (line.unitPrice)
            p.unitPrice = *line.unitPrice;
        else if (f.listedPrice)
            p.unitPrice = *f.listedPrice;
        else if (currency == settings.baseCurrency && p.unitId == f.stockUnit)
            p.unitPrice = f.standardCost; // base currency, per stock unit
        else
            throw InvalidPurchaseOrder(lineField(i, "unit_price"), QStringLiteral("unit_price_required"),
                                       QStringLiteral("The supplier lists no price for this product, unit and "
                                                      "quantity; enter one."));
        prepared.append(p);
    }
    return prepared;
}

PurchaseOrderTotals PurchaseOrderDrafts::totalsOf(const QString &currency, const QList<PreparedLine> &lines)
{
    QList<PurchaseOrderTotals::Line> amounts;
    for (const PreparedLine &p : lines)
        amounts.append({p.line.quantity, p.unitPrice, p.taxRate});
    PurchaseOrderTotals totals = PurchaseOrderTotals::compute(currency, amounts);
    if (!totals.isValid()) {
        const QString field = totals.problemLine() >= 0
            ? QStringLiteral("lines[%1].%2").arg(totals.problemLine()).arg(totals.problemField())
            : totals.problemField();
        throw InvalidPurchaseOrder(field, totals.problemCode(), totals.problemMessage());
    }
    return totals;
}

void PurchaseOrderDrafts::insertLines(qint64 orderId, const QList<PreparedLine> &lines,
                                      const PurchaseOrderTotals &totals, int first) const
{
    const int count = qMin(LinesPerInsert, int(lines.size()) - first);
    QStringList rows;
    QVariantList values;
    for (int i = first; i < first + count; ++i) {
        const PreparedLine &p = lines.at(i);
        rows << LineValues;
        values << m_tenantId << orderId << i + 1 << p.line.productId << p.description << p.line.quantity.toString()
               << p.unitId << p.stockQuantity.toString() << p.unitPrice.toString() << p.taxRate.toString()
               << totals.lines().at(i).net.toString() << totals.lines().at(i).tax.toString();
    }
    Database::exec(LineColumns + rows.join(QStringLiteral(", ")), values).finish();
}

Decimal PurchaseOrderDrafts::storeLines(qint64 orderId, const QString &currency, const QList<PreparedLine> &lines) const
{
    const PurchaseOrderTotals totals = totalsOf(currency, lines);
    for (int first = 0; first < lines.size(); first += LinesPerInsert)
        insertLines(orderId, lines, totals, first);
    Database::exec(TotalsSql,
                   {totals.subtotal().toString(), totals.tax().toString(), totals.total().toString(), orderId})
        .finish();
    return totals.total();
}

PurchaseOrderDrafts::Created PurchaseOrderDrafts::create(const DraftHeader &header, const QList<DraftLine> &lines,
                                                       Number number)
{
    // The context and the lines' lookup in one message (the lookup in the
    // order's currency: the one given or the supplier's); with too many
    // lines prepare() names that after the header's problems.
    const bool lookUpLines = !lines.isEmpty() && lines.size() <= MaxLines;
    QList<SqlStatement> reads {{ContextSql, {header.warehouseId, header.supplierId}}};
    if (lookUpLines)
        reads << linesLookup(lines, header.supplierId, header.currency);
    QList<LineLookup> found(lines.size());
    bool supplierKnown = false;
    QString supplierCurrency;
    int leadTime = 0;
    bool supplierActive = false;
    bool warehouseActive = false;
    Settings settings {Decimal(), QStringLiteral("EUR")};
    Transaction::executeInOne(reads, [&](int i, QSqlQuery &q) {
        if (i == 1) {
            readLookup(q, found);
            return;
        }
        if (!q.next())
            return;
        supplierKnown = q.value(0).toBool();
        supplierCurrency = q.value(1).toString();
        leadTime = q.value(2).toInt();
        supplierActive = q.value(3).toBool();
        warehouseActive = q.value(4).toBool();
        settings = {q.value(5).isNull() ? Decimal() : numeric(q.value(5)),
                    q.value(6).isNull() ? QStringLiteral("EUR") : q.value(6).toString()};
    });
    if (!supplierKnown)
        throw InvalidPurchaseOrder(QStringLiteral("supplier_id"), QStringLiteral("unknown_supplier"),
                                   QStringLiteral("There is no such supplier."));
    if (!supplierActive)
        throw InvalidPurchaseOrder(QStringLiteral("supplier_id"), QStringLiteral("inactive_supplier"),
                                   QStringLiteral("The supplier is not active."));
    const QString currency = header.currency.isEmpty() ? supplierCurrency : header.currency;
    if (!erp::shared::Currency::isKnown(currency))
        throw InvalidPurchaseOrder(QStringLiteral("currency"), QStringLiteral("unknown_currency"),
                                   QStringLiteral("The currency is not an ISO 4217 code the product knows."));
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
    const QList<PreparedLine> prepared = lookUpLines ? judge(lines, found, currency, settings)
                                                     : prepare(lines, header.supplierId, currency, settings);
    const PurchaseOrderTotals totals = totalsOf(currency, prepared);

    // The number last: the counter row stays locked until this transaction
    // ends (that is what keeps the numbers gap-free), so every order of the
    // organisation waits for it. The order goes in under a provisional
    // number nobody else sees (the transaction has not committed), with its
    // totals and its first lines in the same statement; only then is the
    // number taken and set: here (Number::Assign), or by the caller in the
    // message that commits (Number::Provisional).
    Created created;
    created.number = QLatin1Char('~') + QUuid::createUuid().toString(QUuid::Id128);
    created.year = orderDate.year();
    QVariantList values {m_tenantId,
                         created.number,
                         header.supplierId,
                         currency,
                         orderDate,
                         expectedDate,
                         header.warehouseId,
                         header.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(header.notes),
                         m_userId,
                         totals.subtotal().toString(),
                         totals.tax().toString(),
                         totals.total().toString()};
    // The lines of this statement are counted in it (the lines trigger then
    // finds the count right and leaves the order row alone).
    const int firstCount = qMin(LinesPerInsert, int(prepared.size()));
    values << firstCount;
    QStringList rows;
    for (int i = 0; i < firstCount; ++i) {
        const PreparedLine &p = prepared.at(i);
        rows << TypedLineValues;
        values << m_tenantId << i + 1 << p.line.productId << p.description << p.line.quantity.toString() << p.unitId
               << p.stockQuantity.toString() << p.unitPrice.toString() << p.taxRate.toString()
               << totals.lines().at(i).net.toString() << totals.lines().at(i).tax.toString();
    }
    if (rows.isEmpty()) {
        // No lines: an empty VALUES list is no SQL; a row that selects nothing.
        rows << QStringLiteral("(NULL::bigint, NULL::int, NULL::bigint, NULL::text, NULL::numeric, NULL::bigint, "
                               "NULL::numeric, NULL::numeric, NULL::numeric, NULL::numeric, NULL::numeric)");
    }
    QString sql = InsertOrderSql.arg(rows.join(QStringLiteral(", ")));
    if (firstCount == 0)
        sql.replace(QStringLiteral(" RETURNING 1) "), QStringLiteral(" WHERE false RETURNING 1) "));
    QSqlQuery &insert = Database::exec(sql, values);
    insert.next();
    created.id = insert.value(0).toLongLong();
    insert.finish();
    for (int first = firstCount; first < prepared.size(); first += LinesPerInsert)
        insertLines(created.id, prepared, totals, first);
    created.total = totals.total();
    if (number == Number::Assign)
        created.number = PurchaseOrderNumbering::assign(m_tenantId, created.year, created.id);
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
    const QList<PreparedLine> prepared = prepare(lines, supplierId, currency, settings());
    Database::exec(DeleteLinesSql, {orderId}).finish();
    return storeLines(orderId, currency, prepared);
}

} // namespace erp::server
