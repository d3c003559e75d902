#include "client/ui/inventory/StockMovesPage.h"

#include "client/core/ApiClient.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/TextFit.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace erp::client {

StockMovesPage::StockMovesPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/stock-moves"_s, parent)
    , m_locationCodes(std::make_shared<QHash<qint64, QString>>())
{
    setSearchEnabled(false);
    m_product = new ReferencePicker(this);
    m_product->setObjectName(u"productFilter"_s);
    m_product->setSource(api, u"/products"_s);
    m_product->setMinimumWidth(100);
    m_location = new ReferencePicker(this);
    m_location->setObjectName(u"locationFilter"_s);
    m_location->setSource(api, u"/locations"_s, u"code"_s);
    m_location->setMinimumWidth(80);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reasonFilter"_s);
    m_fromDate = new QLineEdit(this);
    m_fromDate->setObjectName(u"fromDateEdit"_s);
    m_toDate = new QLineEdit(this);
    m_toDate->setObjectName(u"toDateEdit"_s);
    for (QLineEdit *edit : {m_fromDate, m_toDate}) {
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"00/00/0000"_s) + 16);
        connect(edit, &QLineEdit::editingFinished, this, &StockMovesPage::applyDates);
    }
    // Each filter behind its own label, so a change of language reaches it.
    const auto labelled = [this](QWidget *filter, const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setBuddy(filter);
        addFilterWidget(label);
        addFilterWidget(filter);
        return label;
    };
    m_productLabel = labelled(m_product, u"productFilterLabel"_s);
    m_locationLabel = labelled(m_location, u"locationFilterLabel"_s);
    addFilterWidget(m_reason);
    m_fromLabel = labelled(m_fromDate, u"fromDateLabel"_s);
    m_toLabel = labelled(m_toDate, u"toDateLabel"_s);
    setDefaultSort(u"-id"_s);
    setExportBaseName(u"stock-moves"_s);
    retranslate();

    connect(m_product, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"product_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_location, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"location_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"reason"_s, m_reason->currentData().toString()); });
    connect(this, &ListPage::itemActivated, this, [this](const QJsonObject &move) { openDocument(move); });
}

PurchaseOrderEditor *StockMovesPage::openDocument(const QJsonObject &move)
{
    const qint64 id = jsonId(move.value(u"reference_id"_s));
    if (move.value(u"reference_type"_s).toString() != u"purchase_order" || id <= 0
        || !api()->session()->hasPermission(erp::shared::Permission::PurchasingView))
        return nullptr;
    auto *editor = new PurchaseOrderEditor(api(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->startEdit(id);
    editor->open();
    return editor;
}

QString StockMovesPage::title() const
{
    return tr("Stock Moves");
}

QString StockMovesPage::reasonText(const QString &reason)
{
    if (reason == u"receipt")
        return tr("Receipt");
    if (reason == u"shipment")
        return tr("Shipment");
    if (reason == u"adjustment")
        return tr("Adjustment");
    if (reason == u"transfer")
        return tr("Transfer");
    return reason;
}

void StockMovesPage::activate()
{
    loadLocations();
    ListPage::activate();
}

void StockMovesPage::loadLocations()
{
    if (m_locationsLoaded)
        return;
    m_locationsLoaded = true;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *reply = api()->get(u"/locations"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isSuccess()) {
            m_locationsLoaded = false;
            return;
        }
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray())
            m_locationCodes->insert(jsonId(v.toObject().value(u"id"_s)),
                                    v.toObject().value(u"code"_s).toString());
        if (model()->rowCount() > 0)
            emit model()->dataChanged(model()->index(0, 0),
                                      model()->index(model()->rowCount() - 1, model()->columnCount() - 1));
    });
}

void StockMovesPage::applyDates()
{
    // A day in the user's time zone: from its start, to the start of the next.
    auto bound = [](QLineEdit *edit, bool end) -> std::optional<QString> {
        if (edit->text().trimmed().isEmpty()) {
            FieldErrorStyle::markField(edit, false);
            edit->setToolTip(QString());
            return QString();
        }
        const auto date = LocaleFormat::parseDate(edit->text());
        FieldErrorStyle::markField(edit, !date.ok());
        edit->setToolTip(date.ok() ? QString() : date.message);
        if (!date.ok())
            return std::nullopt;
        const QDate day = end ? date.date.addDays(1) : date.date;
        return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
    };
    const auto from = bound(m_fromDate, false);
    const auto to = bound(m_toDate, true);
    if (from)
        model()->setFilter(u"created_at_from"_s, *from);
    if (to)
        model()->setFilter(u"created_at_to"_s, *to);
}

void StockMovesPage::retranslate()
{
    const auto codes = m_locationCodes;
    auto location = [codes](const QString &key, const QString &title) {
        auto c = ListColumn::text(key, title);
        c.format = [codes, key](const QJsonObject &o) -> QVariant {
            if (o.value(key).isNull())
                return tr("(outside)");
            const qint64 id = jsonId(o.value(key));
            return codes->value(id, QString::number(id));
        };
        return c;
    };
    auto at = ListColumn::text(u"created_at"_s, tr("Time"), u"created_at"_s);
    at.format = [](const QJsonObject &o) -> QVariant { return LocaleFormat::dateTime(o.value(u"created_at"_s).toString()); };
    auto quantity = ListColumn::text(u"quantity"_s, tr("Quantity"));
    quantity.alignment = Qt::AlignRight | Qt::AlignVCenter;
    quantity.format = [](const QJsonObject &o) -> QVariant {
        return QuantityText::shown(o.value(u"quantity"_s).toString());
    };
    auto reason = ListColumn::text(u"reason"_s, tr("Reason"));
    reason.format = [](const QJsonObject &o) -> QVariant { return reasonText(o.value(u"reason"_s).toString()); };
    auto reference = ListColumn::text(u"reference_label"_s, tr("Document"));
    reference.format = [](const QJsonObject &o) -> QVariant {
        const QString label = o.value(u"reference_label"_s).toString();
        if (o.value(u"reference_type"_s).toString() == u"purchase_order")
            return label.isEmpty() ? tr("Purchase order #%1").arg(jsonId(o.value(u"reference_id"_s)))
                                   : tr("Purchase order %1").arg(label);
        return label;
    };
    setColumns({at, ListColumn::text(u"sku"_s, tr("SKU")), location(u"from_location_id"_s, tr("From")),
                location(u"to_location_id"_s, tr("To")), quantity, reason, reference,
                ListColumn::text(u"note"_s, tr("Note"))});
    setEmptyTexts(tr("No stock moves yet."), tr("No stock moves match the filters."));
    m_productLabel->setText(tr("Product:"));
    m_locationLabel->setText(tr("Location:"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_fromDate->setToolTip(tr("Moves booked on or after this day"));
    m_toDate->setToolTip(tr("Moves booked on or before this day"));
    m_product->setPlaceholderText(tr("All products"));
    m_location->setPlaceholderText(tr("All locations"));
    const QString example = LocaleFormat::date(QDate(2026, 12, 31));
    m_fromDate->setPlaceholderText(example);
    m_toDate->setPlaceholderText(example);
    const QString current = m_reason->currentData().toString();
    const QSignalBlocker block(m_reason);
    m_reason->clear();
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &r : {u"receipt"_s, u"shipment"_s, u"adjustment"_s, u"transfer"_s})
        m_reason->addItem(reasonText(r), r);
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(current)));
    keepFilterHintsWhole();
}

void StockMovesPage::keepFilterHintsWhole()
{
    for (QLineEdit *filter : std::initializer_list<QLineEdit *> {m_product, m_location, m_fromDate, m_toDate})
        TextFit::keepPlaceholderWhole(filter);
}

void StockMovesPage::changeEvent(QEvent *event)
{
    ListPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepFilterHintsWhole();
}

} // namespace erp::client
