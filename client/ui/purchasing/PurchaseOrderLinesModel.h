#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace erp::shared {
class PurchaseOrderTotals;
}

namespace erp::client {

// The lines of a purchase order being edited: what the user typed, cell by
// cell, kept exactly as typed (a value that does not read as a number stays
// in its cell, marked, so nothing typed is ever lost), and the API's form of
// each value once it reads. Prices the user did not type are suggested from
// the supplier's price list (best price for the quantity) and left to the
// server to fill in; the amounts are computed live with the shared
// PurchaseOrderTotals, the code the server stores them with.
class PurchaseOrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Description, Quantity, Unit, UnitPrice, TaxRate, LineTotal, ColumnCount };
    // Where a line's unit price comes from.
    enum class PriceSource { None, Suggested, Stored, Typed };
    // Qt::EditRole of the Unit column: the unit id; this role lists the
    // units the line may use as [{id, symbol}].
    static constexpr int UnitChoicesRole = Qt::UserRole + 1;
    // Qt::EditRole of the Product column is the product id; setData with a
    // QJsonObject (the product record) under this role picks a product.
    static constexpr int ProductRecordRole = Qt::UserRole + 2;
    static constexpr int ProblemRole = Qt::UserRole + 3;

    explicit PurchaseOrderLinesModel(QObject *parent = nullptr);

    // --- the order around the lines ---
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    // The organisation's default tax rate (API decimal), when known: used
    // live for lines whose rate was not typed. Empty: unknown (the server
    // fills it in on saving).
    void setDefaultTaxRate(const QString &rate);
    QString defaultTaxRate() const { return m_defaultTaxRate; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Symbols of units by id (GET /units), for the unit column.
    void setUnits(const QHash<qint64, QString> &symbols);
    // The supplier's price list for a product ([{unit_id, currency,
    // min_quantity, unit_price}]); suggested prices follow.
    void setSupplierPrices(qint64 productId, const QJsonArray &prices);
    void clearSupplierPrices();
    QList<qint64> productIds() const;

    // --- lines ---
    // The lines as the API sends them (GET /purchase-orders/{id}).
    void setLines(const QJsonArray &lines);
    // The lines as the API takes them (POST/PATCH): product, unit, quantity,
    // description, and unit price and tax rate only where typed or stored.
    // A cell that does not read as a number is left out here: validate()
    // reports it first.
    QJsonArray toJson() const;
    // Problems the user must fix before saving, as API-style fields
    // ("lines[1].quantity") with messages in the user's language.
    struct Problem
    {
        QString field;
        QString message;
    };
    QList<Problem> validate() const;
    // The server's 422 for a line field ("lines[1].quantity"): marks the cell.
    void markProblem(const QString &field, const QString &message);
    void clearProblems();

    int insertLine(int row);
    void removeLine(int row);
    int lineCount() const { return m_lines.size(); }
    // Whether a stored line still waits for goods (less received than
    // ordered and not closed short): one that can be closed short.
    bool isLineOpen(int row) const;
    // The reason a stored line was closed short with; empty when it was not.
    QString closedShortReason(int row) const;

    // Amounts of the lines that are complete (product, quantity, price, tax).
    erp::shared::PurchaseOrderTotals totals() const;
    // Lines counted in totals() / lines left out (no price or tax yet, or a
    // value that does not read).
    int incompleteLineCount() const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

Q_SIGNALS:
    // A product was picked on a line: the editor fetches its supplier prices.
    void productChosen(int row, qint64 productId);
    // Anything the totals depend on changed.
    void amountsChanged();
    // The user changed something (dirty tracking).
    void edited();

private:
    struct Line
    {
        qint64 productId = 0;
        QString productText; // "SKU · name"
        qint64 stockUnitId = 0;
        qint64 purchaseUnitId = 0;
        QString description;
        QString quantityText;
        QString quantity; // API decimal, empty when unread
        qint64 unitId = 0;
        QString priceText;
        QString unitPrice; // API decimal
        PriceSource priceSource = PriceSource::None;
        QString taxText;
        QString taxRate; // API decimal; empty: the default
        bool taxGiven = false; // typed or stored
        QHash<int, QString> problems; // column -> message
        bool open = false; // stored, less received than ordered, not closed short
        QString closedShortReason;
    };
    QString effectiveTax(const Line &line) const;
    bool isComplete(const Line &line) const;
    void suggestPrice(Line &line);
    void readQuantity(Line &line, const QString &text);
    void readPrice(Line &line, const QString &text);
    void readTax(Line &line, const QString &text);
    void lineChanged(int row, bool amounts);
    QString unitSymbol(qint64 id) const;

    QList<Line> m_lines;
    QString m_currency = QStringLiteral("EUR");
    QString m_defaultTaxRate;
    bool m_editable = true;
    QHash<qint64, QString> m_units;
    QHash<qint64, QJsonArray> m_prices;
};

} // namespace erp::client
