#pragma once

#include "server/platform/RecordEntity.h"

namespace erp::server {

// The records purchasing exposes, declared once for the record service, the
// lists and the OpenAPI document.
class PurchasingEntities
{
public:
    // Header fields a draft's PATCH may change (supplier and currency fix the
    // prices, so they are chosen at creation); jsonSql is the whole order with
    // its lines and approvals.
    static const RecordEntity &purchaseOrders();
    static const RecordEntity &suppliers();
    static const RecordEntity &supplierPrices();
    // One order without lines, for lists, over the joins of orderListJoins().
    static QString orderListJsonSql();
    static QString orderListJoins();
    // The tables whose names those show; each moves the organisation's
    // reference stamp when a shown column changes (the list keeps its items).
    static QStringList orderListNames();
    // `column` (an amount in the order's currency, alias po) rounded to the
    // currency's minor unit, as text: "0.30" in EUR, "110" in JPY.
    static QString amountSql(const QString &column, const QString &scaleColumn = QStringLiteral("po.amount_scale"));
};

} // namespace erp::server
