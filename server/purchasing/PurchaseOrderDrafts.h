#pragma once

#include "shared/Decimal.h"
#include "shared/PurchaseOrderTotals.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace erp::server {

struct DraftLine
{
    qint64 productId = 0;
    qint64 unitId = 0; // 0: the product's purchase unit, else its stock unit
    erp::shared::Decimal quantity; // in unitId
    std::optional<erp::shared::Decimal> unitPrice; // nothing: the supplier's best price for the quantity
    std::optional<erp::shared::Decimal> taxRate; // nothing: the organisation's default
    QString description; // empty: the product's name
};

struct DraftHeader
{
    qint64 supplierId = 0;
    QString currency; // empty: the supplier's
    QDate orderDate; // invalid: today
    QDate expectedDate; // invalid: order date + the supplier's lead time
    qint64 warehouseId = 0;
    QString notes;
};

// Creating purchase orders as drafts and replacing their lines while they
// are drafts. Fills in what the buyer left out (currency, dates, unit, price
// from the supplier's price list, tax rate), converts each line's quantity
// exactly into the product's stock unit, computes the amounts with the shared
// PurchaseOrderTotals and takes the next order number in the same
// transaction. Refusals: InvalidPurchaseOrder (422, with the field),
// PurchaseOrderConflict when the lines of a non-draft order are changed.
// Caller's transaction on this thread's connection (app.tenant_id set).
class PurchaseOrderDrafts
{
public:
    static constexpr int MaxLines = 500;

    PurchaseOrderDrafts(qint64 tenantId, qint64 userId);

    struct Created
    {
        qint64 id = 0;
        QString number; // Number::Provisional: unique, starts with '~'
        int year = 0;   // of the order date: the year the number counts in
        erp::shared::Decimal total;
    };

    // Assign: the order gets its number (PurchaseOrderNumbering::assign).
    // Provisional: the caller takes it (assignCtes) in its last statement,
    // which keeps the counter row locked for as short as possible.
    enum class Number { Assign, Provisional };
    Created create(const DraftHeader &header, const QList<DraftLine> &lines, Number number = Number::Assign);
    // Returns the new total.
    erp::shared::Decimal replaceLines(qint64 orderId, const QList<DraftLine> &lines);

private:
    struct PreparedLine
    {
        DraftLine line;
        qint64 unitId = 0;
        erp::shared::Decimal stockQuantity;
        erp::shared::Decimal unitPrice;
        erp::shared::Decimal taxRate;
        QString description;
    };
    struct Settings
    {
        erp::shared::Decimal defaultTax;
        QString baseCurrency;
    };
    static Settings settings();
    QList<PreparedLine> prepare(const QList<DraftLine> &lines, qint64 supplierId, const QString &currency,
                                const Settings &settings) const;
    // What prepare() reads per line (PurchaseOrderDrafts.cpp), and its
    // judgement of the lines on what was read.
    struct LineLookup;
    QList<PreparedLine> judge(const QList<DraftLine> &lines, const QList<LineLookup> &found, const QString &currency,
                              const Settings &settings) const;
    // Checks the amounts; the lines' amounts and the totals.
    static erp::shared::PurchaseOrderTotals totalsOf(const QString &currency, const QList<PreparedLine> &lines);
    // Inserts lines [first, first + count) of an order (up to LinesPerInsert).
    void insertLines(qint64 orderId, const QList<PreparedLine> &lines, const erp::shared::PurchaseOrderTotals &totals,
                     int first) const;
    erp::shared::Decimal storeLines(qint64 orderId, const QString &currency, const QList<PreparedLine> &lines) const;

    qint64 m_tenantId;
    qint64 m_userId;
};

} // namespace erp::server
