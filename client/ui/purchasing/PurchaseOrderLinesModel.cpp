#include "client/ui/purchasing/PurchaseOrderLinesModel.h"
#include "client/ui/ColorScheme.h"

#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/purchasing/PurchasingText.h"
#include "shared/Decimal.h"
#include "shared/PurchaseOrderTotals.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;
using erp::shared::PurchaseOrderTotals;

namespace erp::client {

namespace {

QString trimmed(const QString &apiDecimal, int minScale = 0)
{
    return PurchasingText::trimmedDecimal(apiDecimal, minScale);
}

QString columnField(int column)
{
    switch (column) {
    case PurchaseOrderLinesModel::Product:
        return u"product_id"_s;
    case PurchaseOrderLinesModel::Description:
        return u"description"_s;
    case PurchaseOrderLinesModel::Quantity:
        return u"quantity"_s;
    case PurchaseOrderLinesModel::Unit:
        return u"unit_id"_s;
    case PurchaseOrderLinesModel::UnitPrice:
        return u"unit_price"_s;
    case PurchaseOrderLinesModel::TaxRate:
        return u"tax_rate"_s;
    default:
        return QString();
    }
}

int fieldColumn(const QString &field)
{
    for (int c = 0; c < PurchaseOrderLinesModel::ColumnCount; ++c)
        if (!columnField(c).isEmpty() && columnField(c) == field)
            return c;
    return PurchaseOrderLinesModel::Product;
}

} // namespace

PurchaseOrderLinesModel::PurchaseOrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PurchaseOrderLinesModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    // A price list in another currency no longer applies.
    for (Line &line : m_lines)
        suggestPrice(line);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
    emit amountsChanged();
}

void PurchaseOrderLinesModel::setDefaultTaxRate(const QString &rate)
{
    m_defaultTaxRate = rate;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, TaxRate), index(m_lines.size() - 1, LineTotal));
    emit amountsChanged();
}

void PurchaseOrderLinesModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
}

void PurchaseOrderLinesModel::setUnits(const QHash<qint64, QString> &symbols)
{
    m_units = symbols;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Unit), index(m_lines.size() - 1, Unit));
}

void PurchaseOrderLinesModel::setSupplierPrices(qint64 productId, const QJsonArray &prices)
{
    m_prices.insert(productId, prices);
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId != productId)
            continue;
        suggestPrice(m_lines[row]);
        lineChanged(row, true);
    }
}

void PurchaseOrderLinesModel::clearSupplierPrices()
{
    m_prices.clear();
    for (int row = 0; row < m_lines.size(); ++row) {
        suggestPrice(m_lines[row]);
        lineChanged(row, true);
    }
}

QList<qint64> PurchaseOrderLinesModel::productIds() const
{
    QList<qint64> ids;
    for (const Line &line : m_lines)
        if (line.productId && !ids.contains(line.productId))
            ids << line.productId;
    return ids;
}

void PurchaseOrderLinesModel::setLines(const QJsonArray &lines)
{
    beginResetModel();
    m_lines.clear();
    for (const QJsonValue &v : lines) {
        const QJsonObject o = v.toObject();
        Line line;
        line.productId = jsonId(o.value(u"product_id"_s));
        line.productText = u"%1 · %2"_s.arg(o.value(u"product_sku"_s).toString(), o.value(u"product_name"_s).toString());
        line.description = o.value(u"description"_s).toString();
        line.quantity = trimmed(o.value(u"quantity"_s).toString());
        line.quantityText = LocaleFormat::decimalForEditing(line.quantity);
        line.unitId = jsonId(o.value(u"unit_id"_s));
        if (!o.value(u"unit_symbol"_s).toString().isEmpty() && !m_units.contains(line.unitId))
            m_units.insert(line.unitId, o.value(u"unit_symbol"_s).toString());
        line.unitPrice = trimmed(o.value(u"unit_price"_s).toString(), 2);
        line.priceText = LocaleFormat::decimalForEditing(line.unitPrice);
        line.priceSource = line.unitPrice.isEmpty() ? PriceSource::None : PriceSource::Stored;
        line.taxRate = trimmed(o.value(u"tax_rate"_s).toString());
        line.taxText = LocaleFormat::decimalForEditing(line.taxRate);
        line.taxGiven = !line.taxRate.isEmpty();
        line.closedShortReason = o.value(u"closed_short_reason"_s).toString();
        const auto ordered = Decimal::parse(o.value(u"quantity"_s).toString());
        const auto received = Decimal::parse(o.value(u"received_quantity"_s).toString());
        line.open = line.closedShortReason.isEmpty() && ordered && received && *received < *ordered;
        m_lines.append(line);
    }
    endResetModel();
    emit amountsChanged();
}

QJsonArray PurchaseOrderLinesModel::toJson() const
{
    QJsonArray out;
    for (const Line &line : m_lines) {
        QJsonObject o;
        if (line.productId)
            o.insert(u"product_id"_s, double(line.productId));
        if (line.unitId)
            o.insert(u"unit_id"_s, double(line.unitId));
        if (!line.quantity.isEmpty())
            o.insert(u"quantity"_s, line.quantity);
        if (!line.description.trimmed().isEmpty())
            o.insert(u"description"_s, line.description.trimmed());
        if ((line.priceSource == PriceSource::Typed || line.priceSource == PriceSource::Stored)
            && !line.unitPrice.isEmpty())
            o.insert(u"unit_price"_s, line.unitPrice);
        if (line.taxGiven && !line.taxRate.isEmpty())
            o.insert(u"tax_rate"_s, line.taxRate);
        out.append(o);
    }
    return out;
}

QList<PurchaseOrderLinesModel::Problem> PurchaseOrderLinesModel::validate() const
{
    QList<Problem> problems;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &line = m_lines.at(row);
        const QString at = u"lines[%1]."_s.arg(row);
        const QString number = tr("Line %1: ").arg(row + 1);
        if (!line.productId)
            problems.append({at + u"product_id"_s, number + tr("choose a product.")});
        if (line.quantityText.trimmed().isEmpty())
            problems.append({at + u"quantity"_s, number + tr("enter a quantity.")});
        for (int column : {Quantity, UnitPrice, TaxRate})
            if (line.problems.contains(column))
                problems.append({at + columnField(column), number + line.problems.value(column)});
    }
    return problems;
}

void PurchaseOrderLinesModel::markProblem(const QString &field, const QString &message)
{
    // "lines[2].quantity" or "lines[2]".
    static const QRegularExpression shape(u"^lines\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const auto match = shape.match(field);
    if (!match.hasMatch())
        return;
    const int row = match.captured(1).toInt();
    if (row < 0 || row >= m_lines.size())
        return;
    const int column = fieldColumn(match.captured(2));
    m_lines[row].problems.insert(column, message);
    emit dataChanged(index(row, column), index(row, column));
}

void PurchaseOrderLinesModel::clearProblems()
{
    // The server's marks go; what the user typed that does not read stays
    // marked until fixed. Values that read are written again in the current
    // language (after a language change).
    for (Line &line : m_lines) {
        for (int column : {Product, Description, Unit})
            line.problems.remove(column);
        if (!line.quantity.isEmpty()) {
            line.quantityText = LocaleFormat::decimalForEditing(line.quantity);
            line.problems.remove(Quantity);
        } else if (line.problems.contains(Quantity)) {
            readQuantity(line, line.quantityText);
        }
        if (!line.unitPrice.isEmpty()) {
            line.priceText = LocaleFormat::decimalForEditing(line.unitPrice);
            line.problems.remove(UnitPrice);
        } else if (line.problems.contains(UnitPrice)) {
            readPrice(line, line.priceText);
        }
        if (!line.taxRate.isEmpty()) {
            line.taxText = LocaleFormat::decimalForEditing(line.taxRate);
            line.problems.remove(TaxRate);
        } else if (line.problems.contains(TaxRate)) {
            readTax(line, line.taxText);
        }
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
}

bool PurchaseOrderLinesModel::isLineOpen(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines.at(row).open;
}

QString PurchaseOrderLinesModel::closedShortReason(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).closedShortReason : QString();
}

int PurchaseOrderLinesModel::insertLine(int row)
{
    row = qBound(0, row, int(m_lines.size()));
    beginInsertRows({}, row, row);
    m_lines.insert(row, Line());
    endInsertRows();
    emit edited();
    return row;
}

void PurchaseOrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit edited();
    emit amountsChanged();
}

QString PurchaseOrderLinesModel::effectiveTax(const Line &line) const
{
    return line.taxGiven ? line.taxRate : m_defaultTaxRate;
}

bool PurchaseOrderLinesModel::isComplete(const Line &line) const
{
    return line.productId && !line.quantity.isEmpty() && !line.unitPrice.isEmpty() && !effectiveTax(line).isEmpty()
        && !line.problems.contains(Quantity) && !line.problems.contains(UnitPrice)
        && !line.problems.contains(TaxRate);
}

PurchaseOrderTotals PurchaseOrderLinesModel::totals() const
{
    QList<PurchaseOrderTotals::Line> lines;
    for (const Line &line : m_lines) {
        if (!isComplete(line))
            continue;
        lines.append({*Decimal::parse(line.quantity), *Decimal::parse(line.unitPrice),
                      *Decimal::parse(effectiveTax(line))});
    }
    return PurchaseOrderTotals::compute(m_currency, lines);
}

int PurchaseOrderLinesModel::incompleteLineCount() const
{
    int count = 0;
    for (const Line &line : m_lines)
        count += isComplete(line) ? 0 : 1;
    return count;
}

void PurchaseOrderLinesModel::suggestPrice(Line &line)
{
    if (line.priceSource == PriceSource::Typed || line.priceSource == PriceSource::Stored)
        return;
    line.unitPrice.clear();
    line.priceText.clear();
    line.priceSource = PriceSource::None;
    const auto quantity = Decimal::parse(line.quantity.isEmpty() ? u"1"_s : line.quantity);
    if (!line.productId || !quantity)
        return;
    // The server's rule: the lowest price in the order's currency and the
    // line's unit whose minimum quantity the line reaches.
    std::optional<Decimal> best;
    for (const QJsonValue &v : m_prices.value(line.productId)) {
        const QJsonObject p = v.toObject();
        if (jsonId(p.value(u"unit_id"_s)) != line.unitId || p.value(u"currency"_s).toString() != m_currency)
            continue;
        const auto minimum = Decimal::parse(p.value(u"min_quantity"_s).toString());
        const auto price = Decimal::parse(p.value(u"unit_price"_s).toString());
        if (!minimum || !price || *minimum > *quantity)
            continue;
        if (!best || *price < *best)
            best = price;
    }
    if (best) {
        line.unitPrice = trimmed(best->toString(), 2);
        line.priceText = LocaleFormat::decimalForEditing(line.unitPrice);
        line.priceSource = PriceSource::Suggested;
    }
}

void PurchaseOrderLinesModel::readQuantity(Line &line, const QString &text)
{
    line.quantityText = text;
    line.quantity.clear();
    line.problems.remove(Quantity);
    if (text.trimmed().isEmpty())
        return;
    const LocaleFormat::Number n = LocaleFormat::parseQuantity(text, PurchaseOrderTotals::QuantityScale);
    if (!n.ok()) {
        line.problems.insert(Quantity, n.message);
        return;
    }
    const auto check = PurchaseOrderTotals::compute(m_currency, {{*Decimal::parse(n.decimal), Decimal(), Decimal()}});
    if (!check.isValid()) {
        line.problems.insert(Quantity, PurchasingText::totalsProblem(check.problemCode()));
        return;
    }
    line.quantity = n.decimal;
}

void PurchaseOrderLinesModel::readPrice(Line &line, const QString &text)
{
    line.problems.remove(UnitPrice);
    if (text.trimmed().isEmpty()) {
        // Emptied: the supplier's price again.
        line.priceSource = PriceSource::None;
        suggestPrice(line);
        return;
    }
    if (line.priceSource != PriceSource::Typed && text == line.priceText)
        return; // unchanged suggestion or stored price
    line.priceText = text;
    line.unitPrice.clear();
    line.priceSource = PriceSource::Typed;
    const LocaleFormat::Number n = LocaleFormat::parseDecimal(text, PurchaseOrderTotals::UnitPriceScale, false);
    if (!n.ok()) {
        line.problems.insert(UnitPrice, n.message);
        return;
    }
    const auto check = PurchaseOrderTotals::compute(m_currency, {{Decimal::fromInteger(1), *Decimal::parse(n.decimal),
                                                                  Decimal()}});
    if (!check.isValid()) {
        line.problems.insert(UnitPrice, PurchasingText::totalsProblem(check.problemCode()));
        return;
    }
    line.unitPrice = n.decimal;
}

void PurchaseOrderLinesModel::readTax(Line &line, const QString &text)
{
    line.taxText = text;
    line.taxRate.clear();
    line.taxGiven = false;
    line.problems.remove(TaxRate);
    if (text.trimmed().isEmpty())
        return;
    line.taxGiven = true;
    const LocaleFormat::Number n = LocaleFormat::parsePercent(text, PurchaseOrderTotals::TaxPercentScale);
    if (!n.ok()) {
        line.problems.insert(TaxRate, n.message);
        return;
    }
    const auto check = PurchaseOrderTotals::compute(m_currency, {{Decimal::fromInteger(1), Decimal(),
                                                                  *Decimal::parse(n.decimal)}});
    if (!check.isValid()) {
        line.problems.insert(TaxRate, PurchasingText::totalsProblem(check.problemCode()));
        return;
    }
    line.taxRate = n.decimal;
}

void PurchaseOrderLinesModel::lineChanged(int row, bool amounts)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (amounts)
        emit amountsChanged();
}

QString PurchaseOrderLinesModel::unitSymbol(qint64 id) const
{
    if (!id)
        return QString();
    return m_units.value(id, u"#%1"_s.arg(id));
}

int PurchaseOrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PurchaseOrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    const QString problem = line.problems.value(column);
    if (role == ProblemRole)
        return problem;
    if (role == Qt::ToolTipRole) {
        if (!problem.isEmpty())
            return problem;
        if (!line.closedShortReason.isEmpty())
            return tr("Closed short: %1").arg(line.closedShortReason);
        if (column == UnitPrice && line.priceSource == PriceSource::Suggested)
            return tr("The supplier's price for this quantity; type a price to override it.");
        if (column == UnitPrice && line.priceSource == PriceSource::None && line.productId)
            return tr("No supplier price known; the server fills in a price on saving, or type one.");
        if (column == TaxRate && !line.taxGiven)
            return tr("The organisation's default tax rate; type a rate to override it.");
        return {};
    }
    if (role == Qt::BackgroundRole && !problem.isEmpty())
        return ColorScheme::colour(ColorScheme::Signal::ErrorBackground);
    if (role == Qt::ForegroundRole) {
        if (!problem.isEmpty())
            return ColorScheme::colour(ColorScheme::Signal::Error);
        if (!line.closedShortReason.isEmpty())
            return ColorScheme::colour(ColorScheme::Signal::Muted);
        if ((column == UnitPrice && line.priceSource == PriceSource::Suggested) || (column == TaxRate && !line.taxGiven))
            return ColorScheme::colour(ColorScheme::Signal::Muted);
        return {};
    }
    if (role == Qt::FontRole) {
        if ((column == UnitPrice && line.priceSource == PriceSource::Suggested) || (column == TaxRate && !line.taxGiven)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return column >= Quantity && column != Unit ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == UnitChoicesRole && column == Unit) {
        QJsonArray choices;
        for (qint64 id : {line.purchaseUnitId, line.stockUnitId, line.unitId})
            if (id && !std::any_of(choices.begin(), choices.end(),
                                   [id](const QJsonValue &c) { return jsonId(c.toObject().value(u"id"_s)) == id; }))
                choices.append(QJsonObject {{u"id"_s, double(id)}, {u"symbol"_s, unitSymbol(id)}});
        return choices;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Product:
        return edit ? QVariant(line.productId) : QVariant(line.productText);
    case Description:
        if (!edit && !line.closedShortReason.isEmpty())
            return line.description.isEmpty() ? tr("Closed short: %1").arg(line.closedShortReason)
                                              : tr("%1 (closed short: %2)").arg(line.description, line.closedShortReason);
        return line.description;
    case Quantity:
        if (edit || line.quantity.isEmpty())
            return line.quantityText;
        return LocaleFormat::decimal(line.quantity);
    case Unit:
        return edit ? QVariant(line.unitId) : QVariant(unitSymbol(line.unitId));
    case UnitPrice:
        if (edit || line.unitPrice.isEmpty())
            return line.priceText;
        return LocaleFormat::decimal(line.unitPrice, 2);
    case TaxRate:
        if (edit)
            return line.taxText;
        if (!line.taxGiven)
            return m_defaultTaxRate.isEmpty() ? tr("default") : LocaleFormat::percent(m_defaultTaxRate);
        return line.taxRate.isEmpty() ? line.taxText : LocaleFormat::percent(line.taxRate);
    case LineTotal: {
        if (edit || !isComplete(line))
            return QString();
        const auto amounts = PurchaseOrderTotals::compute(m_currency, {{*Decimal::parse(line.quantity),
                                                                        *Decimal::parse(line.unitPrice),
                                                                        *Decimal::parse(effectiveTax(line))}});
        return amounts.isValid() ? LocaleFormat::amount(amounts.lines().first().net.toString(), m_currency)
                                 : PurchasingText::totalsProblem(amounts.problemCode());
    }
    default:
        return {};
    }
}

bool PurchaseOrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_lines.size() || !m_editable)
        return false;
    Line &line = m_lines[index.row()];
    const int row = index.row();
    if (index.column() == Product && role == ProductRecordRole) {
        const QJsonObject p = value.toJsonObject();
        const qint64 id = jsonId(p.value(u"id"_s));
        if (!id)
            return false;
        const bool changed = id != line.productId;
        line.productId = id;
        line.productText = u"%1 · %2"_s.arg(p.value(u"sku"_s).toString(), p.value(u"name"_s).toString());
        line.stockUnitId = jsonId(p.value(u"stock_unit_id"_s));
        line.purchaseUnitId = jsonId(p.value(u"purchase_unit_id"_s));
        if (!p.value(u"stock_unit_symbol"_s).toString().isEmpty() && !m_units.contains(line.stockUnitId))
            m_units.insert(line.stockUnitId, p.value(u"stock_unit_symbol"_s).toString());
        line.problems.remove(Product);
        if (changed) {
            // The server's defaults: the purchase unit, else the stock unit;
            // the product's name; the supplier's price.
            line.unitId = line.purchaseUnitId ? line.purchaseUnitId : line.stockUnitId;
            line.description.clear();
            if (line.priceSource != PriceSource::Typed)
                line.priceSource = PriceSource::None;
            if (line.quantityText.isEmpty())
                readQuantity(line, LocaleFormat::decimalForEditing(u"1"_s));
            suggestPrice(line);
        }
        lineChanged(row, true);
        emit edited();
        if (changed)
            emit productChosen(row, id);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Description:
        line.description = value.toString();
        lineChanged(row, false);
        break;
    case Quantity:
        if (value.toString() == line.quantityText)
            return true;
        readQuantity(line, value.toString());
        if (line.priceSource == PriceSource::Stored)
            line.priceSource = PriceSource::None; // the price list may have another price for this quantity
        suggestPrice(line);
        lineChanged(row, true);
        break;
    case Unit: {
        const qint64 unit = value.toLongLong();
        if (unit == line.unitId)
            return true;
        line.unitId = unit;
        if (line.priceSource == PriceSource::Stored)
            line.priceSource = PriceSource::None;
        suggestPrice(line);
        lineChanged(row, true);
        break;
    }
    case UnitPrice:
        readPrice(line, value.toString());
        lineChanged(row, true);
        break;
    case TaxRate:
        if (value.toString() == line.taxText)
            return true;
        readTax(line, value.toString());
        lineChanged(row, true);
        break;
    default:
        return false;
    }
    emit edited();
    return true;
}

Qt::ItemFlags PurchaseOrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() != LineTotal)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PurchaseOrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section >= Quantity && section != Unit ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit Price");
    case TaxRate:
        return tr("Tax");
    case LineTotal:
        return tr("Line Total");
    default:
        return {};
    }
}

void PurchaseOrderLinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Values are shown in the new language; what was typed is read again.
    clearProblems();
    emit amountsChanged();
}

} // namespace erp::client
