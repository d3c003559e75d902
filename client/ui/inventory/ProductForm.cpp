#include "client/ui/inventory/ProductForm.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/inventory/DecimalInput.h"
#include "client/ui/inventory/UnitChoices.h"
#include "client/ui/purchasing/SupplierPriceForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// products: standard_cost numeric(14, 4); reorder point and quantity numeric(14, 3).
constexpr int CostScale = 4;
constexpr int CostIntegerDigits = 10;
constexpr int QuantityScale = 3;
constexpr int QuantityIntegerDigits = 11;

QTableWidget *detailTable(const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ProductForm::ProductForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/products"_s, parent)
    , m_api(api)
    , m_units(new UnitChoices(api, this))
{
    setObjectName(u"productForm"_s);
    auto edit = [](const QString &name, int maxLength) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setMaxLength(maxLength);
        return e;
    };
    m_sku = edit(u"skuEdit"_s, 64);
    m_name = edit(u"nameEdit"_s, 200);
    m_category = edit(u"categoryEdit"_s, 100);
    m_cost = edit(u"costEdit"_s, 32);
    m_reorderPoint = edit(u"reorderPointEdit"_s, 32);
    m_reorderQuantity = edit(u"reorderQuantityEdit"_s, 32);
    DecimalInput::attach(m_cost, CostScale);
    DecimalInput::attach(m_reorderPoint, QuantityScale);
    DecimalInput::attach(m_reorderQuantity, QuantityScale);
    m_barcode = new QLabel;
    m_barcode->setObjectName(u"barcodeLabel"_s);
    m_barcode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_barcode->setTextFormat(Qt::PlainText);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_unit = new QComboBox;
    m_unit->setObjectName(u"stockUnitCombo"_s);
    m_unit->setMinimumContentsLength(14);
    m_supplier = new ReferencePicker;
    m_supplier->setObjectName(u"supplierPicker"_s);
    m_supplier->setSource(api, u"/suppliers"_s);
    m_active = new QCheckBox;
    m_active->setObjectName(u"activeCheck"_s);

    auto label = [](QWidget *buddy) {
        auto *l = new QLabel;
        l->setBuddy(buddy);
        return l;
    };
    m_skuLabel = label(m_sku);
    m_nameLabel = label(m_name);
    m_categoryLabel = label(m_category);
    m_descriptionLabel = label(m_description);
    m_barcodeLabel = label(nullptr);
    m_unitLabel = label(m_unit);
    m_costLabel = label(m_cost);
    m_reorderPointLabel = label(m_reorderPoint);
    m_reorderQuantityLabel = label(m_reorderQuantity);
    m_supplierLabel = label(m_supplier);

    auto *outer = new QVBoxLayout(contentWidget());
    outer->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *f : {left, right}) {
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    left->addRow(m_skuLabel, m_sku);
    left->addRow(m_nameLabel, m_name);
    left->addRow(m_categoryLabel, m_category);
    left->addRow(m_barcodeLabel, m_barcode);
    left->addRow(m_descriptionLabel, m_description);
    right->addRow(m_unitLabel, m_unit);
    right->addRow(m_costLabel, m_cost);
    right->addRow(m_reorderPointLabel, m_reorderPoint);
    right->addRow(m_reorderQuantityLabel, m_reorderQuantity);
    right->addRow(m_supplierLabel, m_supplier);
    right->addRow(QString(), m_active);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"detailTabs"_s);
    auto *stockPage = new QWidget;
    auto *stockLayout = new QVBoxLayout(stockPage);
    m_stockNote = new QLabel;
    m_stockNote->setObjectName(u"stockNote"_s);
    m_stockNote->setWordWrap(true);
    m_stockTable = detailTable(u"stockTable"_s, 5);
    stockLayout->addWidget(m_stockNote);
    stockLayout->addWidget(m_stockTable);
    auto *pricesPage = new QWidget;
    auto *pricesLayout = new QVBoxLayout(pricesPage);
    m_pricesNote = new QLabel;
    m_pricesNote->setObjectName(u"pricesNote"_s);
    m_pricesNote->setWordWrap(true);
    m_pricesTable = detailTable(u"pricesTable"_s, 5);
    auto *priceButtons = new QHBoxLayout;
    m_addPrice = new QPushButton;
    m_addPrice->setObjectName(u"addPriceButton"_s);
    m_addPrice->setAutoDefault(false);
    m_editPrice = new QPushButton;
    m_editPrice->setObjectName(u"editPriceButton"_s);
    m_editPrice->setAutoDefault(false);
    priceButtons->addWidget(m_addPrice);
    priceButtons->addWidget(m_editPrice);
    priceButtons->addStretch();
    pricesLayout->addWidget(m_pricesNote);
    pricesLayout->addWidget(m_pricesTable);
    pricesLayout->addLayout(priceButtons);
    m_tabs->addTab(stockPage, QString());
    m_tabs->addTab(pricesPage, QString());
    outer->addWidget(m_tabs, 1);

    registerField(u"sku"_s, m_sku, m_skuLabel);
    registerField(u"name"_s, m_name, m_nameLabel);
    registerField(u"category"_s, m_category, m_categoryLabel);
    registerField(u"description"_s, m_description, m_descriptionLabel);
    registerField(u"stock_unit_id"_s, m_unit, m_unitLabel);
    registerField(u"standard_cost"_s, m_cost, m_costLabel);
    registerField(u"reorder_point"_s, m_reorderPoint, m_reorderPointLabel);
    registerField(u"reorder_quantity"_s, m_reorderQuantity, m_reorderQuantityLabel);
    registerField(u"preferred_supplier_id"_s, m_supplier, m_supplierLabel);
    registerField(u"is_active"_s, m_active, nullptr);

    for (QLineEdit *e : {m_sku, m_name, m_category, m_cost, m_reorderPoint, m_reorderQuantity})
        connect(e, &QLineEdit::textEdited, this, &ProductForm::markEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductForm::markEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_stockUnitId = UnitChoices::selectedId(m_unit);
        markEdited();
    });
    connect(m_supplier, &ReferencePicker::idChanged, this, &ProductForm::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &ProductForm::markEdited);
    connect(m_addPrice, &QPushButton::clicked, this, &ProductForm::addPrice);
    connect(m_editPrice, &QPushButton::clicked, this, [this] { editPrice(m_pricesTable->currentRow()); });
    connect(m_pricesTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { editPrice(row); });
    connect(m_pricesTable, &QTableWidget::currentCellChanged, this,
            [this] { m_editPrice->setEnabled(m_pricesTable->currentRow() >= 0); });
    connect(m_units, &UnitChoices::loaded, this, [this] {
        fillUnits();
        showPrices(m_prices);
    });
    connect(m_units, &UnitChoices::loadFailed, this,
            [this](const QString &message) { setBannerText(tr("The units could not be loaded: %1").arg(message)); });
    m_units->load();
    retranslate();
    recordChanged();
    resize(1040, 700);
}

void ProductForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    saveButton()->setVisible(!readOnly);
    for (QLineEdit *e : {m_sku, m_name, m_category, m_cost, m_reorderPoint, m_reorderQuantity})
        e->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_supplier->setReadOnly(readOnly);
    m_active->setEnabled(!readOnly);
    recordChanged();
}

void ProductForm::fillUnits()
{
    qint64 selected = m_stockUnitId;
    if (selected <= 0 && isNew()) {
        // A new product counts in pieces unless the user says otherwise.
        for (const QJsonObject &u : m_units->units())
            if (u.value(u"symbol"_s).toString() == u"pc"_s)
                selected = jsonId(u.value(u"id"_s));
    }
    m_units->fill(m_unit, selected);
    m_stockUnitId = UnitChoices::selectedId(m_unit);
}

QJsonObject ProductForm::values() const
{
    QJsonObject v {{u"sku"_s, m_sku->text().trimmed()},
                   {u"name"_s, m_name->text().trimmed()},
                   {u"is_active"_s, m_active->isChecked()}};
    const auto optional = [&v](const QString &key, const QString &text) {
        v.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    };
    optional(u"category"_s, m_category->text().trimmed());
    optional(u"description"_s, m_description->toPlainText().trimmed());
    v.insert(u"standard_cost"_s, DecimalInput::value(m_cost, CostScale));
    v.insert(u"reorder_point"_s, DecimalInput::value(m_reorderPoint, QuantityScale));
    v.insert(u"reorder_quantity"_s, DecimalInput::value(m_reorderQuantity, QuantityScale));
    v.insert(u"preferred_supplier_id"_s,
             m_supplier->id() > 0 ? QJsonValue(double(m_supplier->id())) : QJsonValue(QJsonValue::Null));
    // The stock unit is chosen once, at creation (the server refuses a change).
    if (isNew() && m_stockUnitId > 0)
        v.insert(u"stock_unit_id"_s, double(m_stockUnitId));
    return v;
}

void ProductForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_description), b(m_unit), c(m_supplier), d(m_active);
    m_sku->setText(record.value(u"sku"_s).toString());
    m_name->setText(record.value(u"name"_s).toString());
    m_category->setText(record.value(u"category"_s).toString());
    m_description->setPlainText(record.value(u"description"_s).toString());
    m_barcode->setText(record.value(u"barcode"_s).toString());
    m_cost->setText(DecimalInput::forEditing(record.value(u"standard_cost"_s), 2));
    m_reorderPoint->setText(DecimalInput::forEditing(record.value(u"reorder_point"_s)));
    m_reorderQuantity->setText(DecimalInput::forEditing(record.value(u"reorder_quantity"_s)));
    m_stockUnitId = jsonId(record.value(u"stock_unit_id"_s));
    if (m_units->isLoaded())
        fillUnits();
    const qint64 supplier = jsonId(record.value(u"preferred_supplier_id"_s));
    if (supplier > 0) {
        m_supplier->setValue(supplier, QString::number(supplier));
        // The product names only the supplier's id: its name comes from the supplier.
        ApiReply *reply = m_api->get(u"/suppliers/%1"_s.arg(supplier));
        connect(reply, &ApiReply::finished, this, [this, reply, supplier] {
            if (reply->isSuccess() && m_supplier->id() == supplier) {
                const QSignalBlocker block(m_supplier);
                m_supplier->setValue(supplier, reply->json().value(u"name"_s).toString());
            }
        });
    } else {
        m_supplier->clearValue();
    }
    m_active->setChecked(record.value(u"is_active"_s).toBool(true));
}

QList<FieldError> ProductForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"sku"_s).toString().isEmpty())
        problems.append({u"sku"_s, u"required"_s, tr("Enter the product's SKU (your article number).")});
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the product's name.")});
    if (isNew() && m_stockUnitId <= 0)
        problems.append({u"stock_unit_id"_s, u"required"_s, tr("Choose the unit stock is counted in.")});
    if (auto p = DecimalInput::check(u"standard_cost"_s, m_cost, CostScale, CostIntegerDigits, false))
        problems.append(*p);
    if (auto p = DecimalInput::check(u"reorder_point"_s, m_reorderPoint, QuantityScale, QuantityIntegerDigits, false))
        problems.append(*p);
    if (auto p
        = DecimalInput::check(u"reorder_quantity"_s, m_reorderQuantity, QuantityScale, QuantityIntegerDigits, false))
        problems.append(*p);
    return problems;
}

QString ProductForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New product") : tr("Product “%1”").arg(name);
}

QString ProductForm::titleForNew() const
{
    return tr("New Product");
}

QString ProductForm::titleForEdit() const
{
    const QString sku = record().value(u"sku"_s).toString();
    return sku.isEmpty() ? tr("Edit Product") : tr("Product: %1 %2").arg(sku, record().value(u"name"_s).toString());
}

QString ProductForm::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"standard_cost"_s || field == u"reorder_point"_s || field == u"reorder_quantity"_s)
        return DecimalInput::forDisplay(value);
    if (field == u"preferred_supplier_id"_s)
        return jsonId(value) == m_supplier->id() ? m_supplier->name() : QString::number(value.toDouble());
    return RecordForm::displayValue(field, value);
}

void ProductForm::recordChanged()
{
    // The stock unit decides every stock quantity: it is set once.
    m_unit->setEnabled(isNew() && !m_readOnly);
    m_unit->setToolTip(isNew() ? QString() : tr("The stock unit is chosen when the product is created."));
    m_addPrice->setEnabled(!isNew() && !m_readOnly);
    m_addPrice->setVisible(!m_readOnly);
    m_editPrice->setVisible(!m_readOnly);
    m_editPrice->setEnabled(!m_readOnly && m_pricesTable->currentRow() >= 0);
    if (isNew()) {
        m_stockNote->setText(tr("A new product has no stock yet."));
        m_pricesNote->setText(tr("Save the product first; then add the prices its suppliers ask."));
        m_stockTable->setRowCount(0);
        m_pricesTable->setRowCount(0);
    } else {
        loadDetails();
    }
}

void ProductForm::loadDetails()
{
    const qint64 id = recordId();
    QUrlQuery query;
    query.addQueryItem(u"product_id"_s, QString::number(id));
    query.addQueryItem(u"limit"_s, u"500"_s);
    m_stockLoaded = m_pricesLoaded = false;
    ApiReply *stock = m_api->get(u"/stock"_s, query);
    connect(stock, &ApiReply::finished, this, [this, stock] {
        m_stockLoaded = true;
        if (!stock->isSuccess()) {
            m_stockNote->setText(tr("The stock could not be loaded: %1").arg(ErrorText::forError(stock->error())));
        } else {
            QList<QJsonObject> rows;
            for (const QJsonValue &v : stock->json().value(u"items"_s).toArray())
                rows.append(v.toObject());
            showStock(rows);
        }
        emit detailsChanged();
    });
    ApiReply *prices = m_api->get(u"/supplier-prices"_s, query);
    connect(prices, &ApiReply::finished, this, [this, prices] {
        m_pricesLoaded = true;
        if (!prices->isSuccess()) {
            m_pricesNote->setText(
                tr("The supplier prices could not be loaded: %1").arg(ErrorText::forError(prices->error())));
        } else {
            m_prices.clear();
            for (const QJsonValue &v : prices->json().value(u"items"_s).toArray())
                m_prices.append(v.toObject());
            showPrices(m_prices);
        }
        emit detailsChanged();
    });
}

void ProductForm::showStock(const QList<QJsonObject> &rows)
{
    m_stockTable->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject &o = rows.at(r);
        const QString unit = o.value(u"unit_symbol"_s).toString();
        m_stockTable->setItem(r, 0, cell(o.value(u"location_code"_s).toString()));
        m_stockTable->setItem(r, 1, cell(DecimalInput::forDisplay(o.value(u"on_hand"_s)) + u' ' + unit, true));
        m_stockTable->setItem(r, 2, cell(DecimalInput::forDisplay(o.value(u"reserved"_s)), true));
        m_stockTable->setItem(r, 3, cell(DecimalInput::forDisplay(o.value(u"available"_s)), true));
        m_stockTable->setItem(r, 4, cell(LocaleFormat::decimal(o.value(u"value"_s).toString(), 2), true));
    }
    m_stockNote->setText(rows.isEmpty() ? tr("No stock in any location.")
                                        : tr("Stock in %n location(s), in the stock unit.", nullptr, int(rows.size())));
    m_stockTable->resizeColumnsToContents();
}

void ProductForm::showPrices(const QList<QJsonObject> &rows)
{
    if (isNew())
        return;
    m_pricesTable->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject &o = rows.at(r);
        const QJsonObject unit = m_units->unit(jsonId(o.value(u"unit_id"_s)));
        const QJsonValue lead = o.value(u"lead_time_days"_s);
        m_pricesTable->setItem(r, 0, cell(o.value(u"supplier_name"_s).toString()));
        m_pricesTable->setItem(r, 1, cell(unit.value(u"symbol"_s).toString()));
        m_pricesTable->setItem(r, 2, cell(DecimalInput::forDisplay(o.value(u"min_quantity"_s)), true));
        m_pricesTable->setItem(
            r, 3, cell(LocaleFormat::amount(o.value(u"unit_price"_s).toString(), o.value(u"currency"_s).toString()), true));
        m_pricesTable->setItem(r, 4,
                               cell(lead.isNull() ? tr("supplier's usual") : tr("%n day(s)", nullptr, lead.toInt()),
                                    true));
    }
    m_pricesNote->setText(rows.isEmpty() ? tr("No supplier prices yet.")
                                         : tr("A new order line takes the best price for its quantity."));
    m_pricesTable->resizeColumnsToContents();
    m_editPrice->setEnabled(!m_readOnly && m_pricesTable->currentRow() >= 0);
}

SupplierPriceForm *ProductForm::openPriceForm()
{
    auto *form = new SupplierPriceForm(m_api, recordId(), jsonId(record().value(u"unit_category_id"_s)),
                                       m_units, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_priceForm = form;
    connect(form, &RecordForm::saved, this, [this] { loadDetails(); });
    return form;
}

SupplierPriceForm *ProductForm::addPrice()
{
    if (isNew() || m_readOnly)
        return nullptr;
    SupplierPriceForm *form = openPriceForm();
    form->startCreate();
    form->open();
    return form;
}

SupplierPriceForm *ProductForm::editPrice(int row)
{
    if (row < 0 || row >= m_prices.size() || m_readOnly)
        return nullptr;
    SupplierPriceForm *form = openPriceForm();
    form->startEdit(jsonId(m_prices.at(row).value(u"id"_s)));
    form->open();
    return form;
}

void ProductForm::retranslate()
{
    m_skuLabel->setText(tr("&SKU:"));
    m_nameLabel->setText(tr("&Name:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_barcodeLabel->setText(tr("Barcode:"));
    m_unitLabel->setText(tr("Stock &unit:"));
    m_costLabel->setText(tr("Standard &cost:"));
    m_reorderPointLabel->setText(tr("&Reorder point:"));
    m_reorderQuantityLabel->setText(tr("Reorder &quantity:"));
    m_supplierLabel->setText(tr("&Preferred supplier:"));
    m_active->setText(tr("Acti&ve (may be ordered)"));
    m_supplier->setPlaceholderText(tr("Type to search suppliers"));
    m_cost->setPlaceholderText(LocaleFormat::decimalForEditing(u"0.00"_s));
    m_tabs->setTabText(0, tr("Stock by location"));
    m_tabs->setTabText(1, tr("Supplier prices"));
    m_stockTable->setHorizontalHeaderLabels({tr("Location"), tr("On hand"), tr("Reserved"), tr("Available"),
                                             tr("Value at standard cost")});
    m_pricesTable->setHorizontalHeaderLabels(
        {tr("Supplier"), tr("Unit"), tr("From quantity"), tr("Unit price"), tr("Lead time")});
    m_addPrice->setText(tr("&Add Price…"));
    m_editPrice->setText(tr("&Edit Price…"));
}

void ProductForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        for (QLineEdit *e : {m_cost, m_reorderPoint, m_reorderQuantity})
            DecimalInput::relocalise(e);
    }
    RecordForm::changeEvent(event);
}

} // namespace erp::client
