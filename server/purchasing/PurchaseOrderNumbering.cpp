#include "server/purchasing/PurchaseOrderNumbering.h"

#include "server/db/Database.h"

#include <QSqlQuery>

namespace erp::server {

namespace {

// The upsert takes the row lock whether it inserts or updates; a concurrent
// first order of the year waits on the unique key and then updates.
const QString NextNumberSql = QStringLiteral(
    "INSERT INTO purchase_order_counters (tenant_id, year, last_number) VALUES (?, ?, 1) "
    "ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = purchase_order_counters.last_number + 1 "
    "RETURNING last_number");
// format() in SQL: prefix, year, number with at least five digits.
const QString AssignCtes = QStringLiteral(
    "c AS (INSERT INTO purchase_order_counters (tenant_id, year, last_number) VALUES (?, ?, 1) "
    "ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = purchase_order_counters.last_number + 1 "
    "RETURNING last_number), "
    "n AS (UPDATE purchase_orders po SET number = coalesce((SELECT po_prefix FROM organisation_settings), 'PO') "
    "|| '-' || ? || '-' || CASE WHEN c.last_number >= 100000 THEN c.last_number::text "
    "ELSE lpad(c.last_number::text, 5, '0') END FROM c WHERE po.id = ? RETURNING po.number)");
const QString AssignSql = QStringLiteral("WITH ") + AssignCtes + QStringLiteral(" SELECT number FROM n");
const QString PrefixSql = QStringLiteral("SELECT po_prefix FROM organisation_settings");

} // namespace

QString PurchaseOrderNumbering::next(qint64 tenantId, int year)
{
    QSqlQuery &prefixQuery = Database::exec(PrefixSql);
    const QString prefix = prefixQuery.next() ? prefixQuery.value(0).toString() : QStringLiteral("PO");
    prefixQuery.finish();
    QSqlQuery &q = Database::exec(NextNumberSql, {tenantId, year});
    q.next();
    const int number = q.value(0).toInt();
    q.finish();
    return format(prefix, year, number);
}

QString PurchaseOrderNumbering::assignCtes()
{
    return AssignCtes;
}

QVariantList PurchaseOrderNumbering::assignValues(qint64 tenantId, int year, qint64 orderId)
{
    return {tenantId, year, QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')), orderId};
}

QString PurchaseOrderNumbering::assign(qint64 tenantId, int year, qint64 orderId)
{
    QSqlQuery &q = Database::exec(AssignSql, assignValues(tenantId, year, orderId));
    q.next();
    const QString number = q.value(0).toString();
    q.finish();
    return number;
}

QString PurchaseOrderNumbering::format(const QString &prefix, int year, int number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(number, 5, 10, QLatin1Char('0'));
}

} // namespace erp::server
