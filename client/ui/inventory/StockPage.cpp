#include "client/ui/inventory/StockPage.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/TextFit.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/inventory/StockAdjustmentDialog.h"
#include "client/ui/inventory/StockTransferDialog.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

StockPage::StockPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/stock"_s, parent)
    , m_belowReorderIds(std::make_shared<QSet<qint64>>())
    , m_canAdjust(api->session()->hasPermission(P::InventoryAdjust))
    , m_canTransfer(api->session()->hasPermission(P::InventoryEdit))
{
    m_warehouse = new ReferencePicker(this);
    m_warehouse->setObjectName(u"warehouseFilter"_s);
    m_warehouse->setSource(api, u"/warehouses"_s);
    m_warehouse->setMinimumWidth(120);
    m_location = new ReferencePicker(this);
    m_location->setObjectName(u"locationFilter"_s);
    m_location->setSource(api, u"/locations"_s, u"code"_s);
    m_location->setMinimumWidth(90);
    m_belowReorder = new QCheckBox(this);
    m_belowReorder->setObjectName(u"belowReorderFilter"_s);
    searchEdit()->setMinimumWidth(200);
    // Each filter behind its own label, so a change of language reaches it.
    const auto labelled = [this](QWidget *filter, const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setBuddy(filter);
        addFilterWidget(label);
        addFilterWidget(filter);
        return label;
    };
    m_warehouseLabel = labelled(m_warehouse, u"warehouseFilterLabel"_s);
    m_locationLabel = labelled(m_location, u"locationFilterLabel"_s);
    addFilterWidget(m_belowReorder);

    m_adjust = new QAction(this);
    m_adjust->setObjectName(u"adjustAction"_s);
    connect(m_adjust, &QAction::triggered, this, &StockPage::adjustStock);
    m_transfer = new QAction(this);
    m_transfer->setObjectName(u"transferAction"_s);
    connect(m_transfer, &QAction::triggered, this, &StockPage::transferStock);
    if (m_canAdjust)
        addPageAction(m_adjust);
    if (m_canTransfer)
        addPageAction(m_transfer);

    setDefaultSort(u"sku"_s);
    setExportBaseName(u"stock"_s);
    retranslate();

    connect(m_warehouse, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"warehouse_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_location, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"location_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_belowReorder, &QCheckBox::toggled, this,
            [this](bool on) { model()->setFilter(u"below_reorder"_s, on ? u"true"_s : QString()); });
    connect(model(), &PagedListModel::reloaded, this, [this] {
        adoptColumnsFromData();
        loadReorderMarks();
    });
    connect(this, &ListPage::currentItemChanged, this, &StockPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &StockPage::updateActions);
    updateActions();
}

QString StockPage::title() const
{
    return tr("Stock");
}

void StockPage::retranslate()
{
    auto quantity = [](const QString &key, const QString &title) {
        auto c = ListColumn::text(key, title);
        c.alignment = Qt::AlignRight | Qt::AlignVCenter;
        c.format = [key](const QJsonObject &o) -> QVariant {
            return o.value(key).isNull() || o.value(key).isUndefined()
                ? QString()
                : QuantityText::shown(o.value(key).toString());
        };
        return c;
    };
    auto value = ListColumn::text(u"value"_s, tr("Value"));
    value.alignment = Qt::AlignRight | Qt::AlignVCenter;
    // In the base currency the standard cost is kept in, named with it.
    value.format = [](const QJsonObject &o) -> QVariant {
        const QString currency = o.value(u"value_currency"_s).toString();
        return currency.isEmpty() ? LocaleFormat::decimal(o.value(u"value"_s).toString(), 2)
                                  : LocaleFormat::amount(o.value(u"value"_s).toString(), currency);
    };
    value.data = [](const QJsonObject &o, int role) -> QVariant {
        return role == Qt::ToolTipRole
            ? tr("On hand at standard cost, in %1").arg(o.value(u"value_currency"_s).toString())
            : QVariant();
    };
    auto reorder = ListColumn::text(u"reorder_point"_s, tr("Reorder"));
    const auto below = m_belowReorderIds;
    reorder.format = [below](const QJsonObject &o) -> QVariant {
        if (below->contains(jsonId(o.value(u"product_id"_s))))
            return tr("Below reorder point (%1)").arg(QuantityText::shown(o.value(u"reorder_point"_s).toString()));
        return QString();
    };
    reorder.data = [below](const QJsonObject &o, int role) -> QVariant {
        if (!below->contains(jsonId(o.value(u"product_id"_s))))
            return {};
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole)
            return ColorScheme::colour(ColorScheme::Signal::Warning);
        if (role == Qt::ToolTipRole)
            return tr("The product's stock over all locations is below its reorder point of %1.")
                .arg(QuantityText::shown(o.value(u"reorder_point"_s).toString()));
        return {};
    };
    QList<ListColumn> columns {ListColumn::text(u"sku"_s, tr("SKU"), u"sku"_s),
                               ListColumn::text(u"product_name"_s, tr("Product")),
                               ListColumn::text(u"location_code"_s, tr("Location")),
                               quantity(u"on_hand"_s, tr("On Hand")),
                               quantity(u"reserved"_s, tr("Reserved")),
                               quantity(u"available"_s, tr("Available"))};
    if (m_showIncoming)
        columns << quantity(u"incoming"_s, tr("Incoming"));
    columns << ListColumn::text(u"unit_symbol"_s, tr("Unit")) << value << reorder;
    setColumns(columns);

    setSearchPlaceholder(tr("Search SKU, barcode or product name"));
    setEmptyTexts(tr("No stock booked yet."), tr("No stock matches the search or filters."));
    m_warehouse->setPlaceholderText(tr("All warehouses"));
    m_location->setPlaceholderText(tr("All locations"));
    m_warehouseLabel->setText(tr("Warehouse:"));
    m_locationLabel->setText(tr("Location:"));
    m_belowReorder->setText(tr("Below reorder point only"));
    m_adjust->setText(tr("Adjust…"));
    m_adjust->setToolTip(tr("Book a count for the selected product and location"));
    m_transfer->setText(tr("Transfer…"));
    m_transfer->setToolTip(tr("Move stock of the selected product to another location"));
    keepFilterHintsWhole();
}

void StockPage::keepFilterHintsWhole()
{
    for (QLineEdit *filter : {m_warehouse, m_location})
        TextFit::keepPlaceholderWhole(filter);
}

void StockPage::changeEvent(QEvent *event)
{
    ListPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepFilterHintsWhole();
}

void StockPage::adoptColumnsFromData()
{
    // GET /stock gains "incoming" in a later server version: show the column
    // as soon as the answer carries it, and nothing while it does not.
    bool incoming = false;
    for (int row = 0; row < model()->rowCount() && !incoming; ++row)
        incoming = model()->itemAt(row).contains(u"incoming"_s);
    if (incoming != m_showIncoming && model()->rowCount() > 0) {
        m_showIncoming = incoming;
        retranslate();
    }
}

void StockPage::loadReorderMarks()
{
    // The server decides what "below the reorder point" is (stock over all
    // locations), so the marks come from its filter, not from the row.
    QUrlQuery query;
    query.addQueryItem(u"below_reorder"_s, u"true"_s);
    query.addQueryItem(u"limit"_s, u"500"_s);
    delete m_reorderReply.data();
    m_reorderReply = api()->get(u"/stock"_s, query);
    connect(m_reorderReply.data(), &ApiReply::finished, this, [this, reply = m_reorderReply.data()] {
        if (!reply->isSuccess())
            return;
        m_belowReorderIds->clear();
        const QJsonArray items = reply->json().value(u"items"_s).toArray();
        for (const QJsonValue &v : items)
            m_belowReorderIds->insert(jsonId(v.toObject().value(u"product_id"_s)));
        if (model()->rowCount() > 0)
            emit model()->dataChanged(model()->index(0, 0),
                                      model()->index(model()->rowCount() - 1, model()->columnCount() - 1));
        emit reorderMarksUpdated();
    });
}

void StockPage::updateActions()
{
    // Without a current row the dialogs start empty: both stay available.
    m_adjust->setEnabled(m_canAdjust);
    m_transfer->setEnabled(m_canTransfer);
}

StockAdjustmentDialog *StockPage::adjustStock()
{
    if (!m_canAdjust)
        return nullptr;
    auto *dialog = new StockAdjustmentDialog(api(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject row = currentItem();
    if (!row.isEmpty())
        dialog->setProductAndLocation(jsonId(row.value(u"product_id"_s)),
                                      row.value(u"product_name"_s).toString(),
                                      jsonId(row.value(u"location_id"_s)),
                                      row.value(u"location_code"_s).toString());
    connect(dialog, &StockAdjustmentDialog::adjusted, this, [this] {
        emit statusMessage(tr("Count booked."), 5000);
        refresh();
    });
    dialog->open();
    return dialog;
}

StockTransferDialog *StockPage::transferStock()
{
    if (!m_canTransfer)
        return nullptr;
    auto *dialog = new StockTransferDialog(api(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject row = currentItem();
    if (!row.isEmpty())
        dialog->setProductAndSource(jsonId(row.value(u"product_id"_s)),
                                    row.value(u"product_name"_s).toString(),
                                    jsonId(row.value(u"location_id"_s)),
                                    row.value(u"location_code"_s).toString());
    connect(dialog, &StockTransferDialog::transferred, this, [this] {
        emit statusMessage(tr("Stock transferred."), 5000);
        refresh();
    });
    dialog->open();
    return dialog;
}

} // namespace erp::client
