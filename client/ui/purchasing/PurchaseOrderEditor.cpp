#include "client/ui/purchasing/PurchaseOrderEditor.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/Session.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/purchasing/PurchaseOrderLineDelegate.h"
#include "client/ui/purchasing/PurchaseOrderLinesModel.h"
#include "client/ui/purchasing/PurchaseOrderLinesView.h"
#include "client/ui/purchasing/PurchaseOrderPrinter.h"
#include "client/ui/purchasing/PurchasingText.h"
#include "client/ui/purchasing/ReceiveDialog.h"
#include "shared/Currency.h"
#include "shared/Permissions.h"
#include "shared/PurchaseOrderTotals.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using erp::shared::PurchaseOrderWorkflow;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {

const QStringList &editorActions()
{
    // Receiving (receive, close_short) has its own dialog.
    static const QStringList actions {u"submit"_s, u"withdraw"_s, u"approve"_s, u"reject"_s,
                                      u"order"_s,  u"revise"_s,   u"cancel"_s,  u"close"_s};
    return actions;
}

} // namespace

PurchaseOrderEditor::PurchaseOrderEditor(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/purchase-orders"_s, parent)
    , m_api(api)
    , m_lines(new PurchaseOrderLinesModel(this))
{
    setObjectName(u"purchaseOrderEditor"_s);
    setCloseAfterSave(false);
    QWidget *content = contentWidget();

    m_heading = new QLabel(content);
    m_heading->setObjectName(u"orderHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);

    m_supplierLabel = new QLabel(content);
    m_supplier = new ReferencePicker(content);
    m_supplier->setObjectName(u"supplierPicker"_s);
    m_supplier->setSource(api, u"/suppliers"_s, u"name"_s);
    m_supplier->setItemText([](const QJsonObject &s) {
        return u"%1 (%2)"_s.arg(s.value(u"name"_s).toString(), s.value(u"code"_s).toString());
    });
    m_supplier->setMinimumWidth(260);
    m_currencyLabel = new QLabel(content);
    m_currency = new QComboBox(content);
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItems(erp::shared::Currency::knownCodes());
    m_orderDateLabel = new QLabel(content);
    m_orderDate = new QDateEdit(content);
    m_orderDate->setObjectName(u"orderDateEdit"_s);
    m_orderDate->setCalendarPopup(true);
    m_expectedDateLabel = new QLabel(content);
    m_expectedDate = new QDateEdit(content);
    m_expectedDate->setObjectName(u"expectedDateEdit"_s);
    m_expectedDate->setCalendarPopup(true);
    m_warehouseLabel = new QLabel(content);
    m_warehouse = new ReferencePicker(content);
    m_warehouse->setObjectName(u"warehousePicker"_s);
    m_warehouse->setSource(api, u"/warehouses"_s, u"name"_s);
    m_notesLabel = new QLabel(content);
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    for (QLabel *label : {m_supplierLabel, m_currencyLabel, m_orderDateLabel, m_expectedDateLabel, m_warehouseLabel,
                          m_notesLabel})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_supplierLabel->setBuddy(m_supplier);
    m_currencyLabel->setBuddy(m_currency);
    m_orderDateLabel->setBuddy(m_orderDate);
    m_expectedDateLabel->setBuddy(m_expectedDate);
    m_warehouseLabel->setBuddy(m_warehouse);
    m_notesLabel->setBuddy(m_notes);

    auto *header = new QGridLayout;
    header->setColumnStretch(1, 3);
    header->setColumnStretch(3, 2);
    header->addWidget(m_supplierLabel, 0, 0);
    header->addWidget(m_supplier, 0, 1);
    header->addWidget(m_currencyLabel, 0, 2);
    header->addWidget(m_currency, 0, 3);
    header->addWidget(m_orderDateLabel, 1, 0);
    header->addWidget(m_orderDate, 1, 1);
    header->addWidget(m_expectedDateLabel, 1, 2);
    header->addWidget(m_expectedDate, 1, 3);
    header->addWidget(m_warehouseLabel, 2, 0);
    header->addWidget(m_warehouse, 2, 1);
    header->addWidget(m_notesLabel, 3, 0, Qt::AlignRight | Qt::AlignTop);
    header->addWidget(m_notes, 3, 1, 1, 3);

    m_linesLabel = new QLabel(content);
    QFont bold = m_linesLabel->font();
    bold.setBold(true);
    m_linesLabel->setFont(bold);
    m_linesHint = new QLabel(content);
    m_linesHint->setObjectName(u"linesHint"_s);
    m_linesHint->setForegroundRole(QPalette::PlaceholderText);
    m_addLine = new QPushButton(content);
    m_addLine->setObjectName(u"addLineButton"_s);
    m_addLine->setAutoDefault(false);
    m_removeLine = new QPushButton(content);
    m_removeLine->setObjectName(u"removeLineButton"_s);
    m_removeLine->setAutoDefault(false);
    // Ending one line short (the rest will not come) is the warehouse's,
    // like receiving; shown on orders that can still receive goods.
    m_closeLineButton = new QPushButton(content);
    m_closeLineButton->setObjectName(u"closeLineShortButton"_s);
    m_closeLineButton->setAutoDefault(false);
    m_closeLineButton->hide();
    connect(m_closeLineButton, &QPushButton::clicked, this, &PurchaseOrderEditor::closeCurrentLineShort);
    auto *linesBar = new QHBoxLayout;
    linesBar->addWidget(m_linesLabel);
    linesBar->addWidget(m_linesHint, 1);
    linesBar->addStretch(1); // the buttons keep their size when the hint is hidden
    linesBar->addWidget(m_addLine);
    linesBar->addWidget(m_removeLine);
    linesBar->addWidget(m_closeLineButton);

    m_linesView = new PurchaseOrderLinesView(content);
    m_linesView->setObjectName(u"linesView"_s);
    m_linesView->setItemDelegate(new PurchaseOrderLineDelegate(api, m_linesView));
    m_linesView->setLinesModel(m_lines);
    QHeaderView *columns = m_linesView->horizontalHeader();
    columns->setSectionResizeMode(PurchaseOrderLinesModel::Product, QHeaderView::Interactive);
    columns->setSectionResizeMode(PurchaseOrderLinesModel::Description, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    columns->resizeSection(PurchaseOrderLinesModel::Product, digit * 30);
    columns->resizeSection(PurchaseOrderLinesModel::Quantity, digit * 11);
    columns->resizeSection(PurchaseOrderLinesModel::Unit, digit * 9);
    columns->resizeSection(PurchaseOrderLinesModel::UnitPrice, digit * 13);
    columns->resizeSection(PurchaseOrderLinesModel::TaxRate, digit * 10);
    columns->resizeSection(PurchaseOrderLinesModel::LineTotal, digit * 17);
    m_linesView->setMinimumHeight(180);
    m_linesLabel->setBuddy(m_linesView); // Alt+L goes to the lines

    m_subtotalCaption = new QLabel(content);
    m_taxCaption = new QLabel(content);
    m_totalCaption = new QLabel(content);
    m_subtotal = new QLabel(content);
    m_subtotal->setObjectName(u"subtotalValue"_s);
    m_tax = new QLabel(content);
    m_tax->setObjectName(u"taxValue"_s);
    m_total = new QLabel(content);
    m_total->setObjectName(u"totalValue"_s);
    m_total->setFont(bold);
    m_totalCaption->setFont(bold);
    for (QLabel *label : {m_subtotal, m_tax, m_total, m_subtotalCaption, m_taxCaption, m_totalCaption})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *label : {m_subtotal, m_tax, m_total})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsNote = new QLabel(content);
    m_totalsNote->setObjectName(u"totalsNote"_s);
    m_totalsNote->setWordWrap(true);
    m_totalsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *totals = new QGridLayout;
    totals->addWidget(m_totalsNote, 0, 0, 3, 1);
    totals->setColumnStretch(0, 1);
    totals->addWidget(m_subtotalCaption, 0, 1);
    totals->addWidget(m_subtotal, 0, 2);
    totals->addWidget(m_taxCaption, 1, 1);
    totals->addWidget(m_tax, 1, 2);
    totals->addWidget(m_totalCaption, 2, 1);
    totals->addWidget(m_total, 2, 2);
    totals->setColumnMinimumWidth(2, digit * 20);

    auto *actions = new QHBoxLayout;
    for (const QString &action : editorActions()) {
        auto *button = new QPushButton(content);
        button->setObjectName(u"action_"_s + action);
        button->setAutoDefault(false);
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        actions->addWidget(button);
        m_actionButtons.insert(action, button);
    }
    // Receiving (and closing lines short) happens in its own dialog; the
    // order reloads afterwards.
    m_receiveButton = new QPushButton(content);
    m_receiveButton->setObjectName(u"receiveButton"_s);
    m_receiveButton->setAutoDefault(false);
    m_receiveButton->hide();
    connect(m_receiveButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ReceiveDialog(m_api, recordId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReceiveDialog::received, this, [this] { startEdit(recordId()); });
        dialog->open();
    });
    actions->addWidget(m_receiveButton);
    actions->addStretch(1);
    m_printButton = new QPushButton(content);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setAutoDefault(false);
    m_pdfButton = new QPushButton(content);
    m_pdfButton->setObjectName(u"pdfButton"_s);
    m_pdfButton->setAutoDefault(false);
    actions->addWidget(m_printButton);
    actions->addWidget(m_pdfButton);
    connect(m_printButton, &QPushButton::clicked, this, &PurchaseOrderEditor::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &PurchaseOrderEditor::exportPdfAsk);

    m_approvalsLabel = new QLabel(content);
    m_approvalsLabel->setFont(bold);
    m_approvals = new QTreeWidget(content);
    m_approvals->setObjectName(u"approvalsView"_s);
    m_approvals->setRootIsDecorated(false);
    m_approvals->setColumnCount(4);
    m_approvals->setMaximumHeight(110);
    m_approvals->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(linesBar);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(totals);
    layout->addWidget(m_approvalsLabel);
    layout->addWidget(m_approvals);
    layout->addLayout(actions);

    registerField(u"supplier_id"_s, m_supplier, m_supplierLabel);
    registerField(u"currency"_s, m_currency, m_currencyLabel);
    registerField(u"order_date"_s, m_orderDate, m_orderDateLabel);
    registerField(u"expected_date"_s, m_expectedDate, m_expectedDateLabel);
    registerField(u"warehouse_id"_s, m_warehouse, m_warehouseLabel);
    registerField(u"notes"_s, m_notes, m_notesLabel);
    registerField(u"lines"_s, m_linesView, m_linesLabel);

    connect(m_supplier, &ReferencePicker::picked, this, &PurchaseOrderEditor::supplierPicked);
    connect(m_supplier, &ReferencePicker::idChanged, this, &PurchaseOrderEditor::markEdited);
    connect(m_warehouse, &ReferencePicker::idChanged, this, &PurchaseOrderEditor::markEdited);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        m_lines->setCurrency(code);
        markEdited();
    });
    connect(m_orderDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_settingValues && !m_expectedDateTouched) {
            const QSignalBlocker block(m_expectedDate);
            m_expectedDate->setDate(date.addDays(m_supplierLeadDays));
        }
        markEdited();
    });
    connect(m_expectedDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingValues)
            m_expectedDateTouched = true;
        markEdited();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PurchaseOrderEditor::markEdited);
    connect(m_lines, &PurchaseOrderLinesModel::edited, this, &PurchaseOrderEditor::markEdited);
    connect(m_lines, &PurchaseOrderLinesModel::amountsChanged, this, &PurchaseOrderEditor::updateTotals);
    connect(m_lines, &PurchaseOrderLinesModel::productChosen, this,
            [this](int, qint64 productId) { fetchSupplierPrices(productId); });
    connect(m_addLine, &QPushButton::clicked, m_linesView, [this] {
        m_linesView->setFocus();
        m_linesView->addLine();
    });
    connect(m_removeLine, &QPushButton::clicked, m_linesView, &PurchaseOrderLinesView::removeCurrentLine);
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseOrderEditor::updateCloseLineButton);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &PurchaseOrderEditor::updateCloseLineButton);
    connect(this, &RecordForm::saveFailed, this, &PurchaseOrderEditor::markServerProblems);
    // Saving disables the form for a moment, which takes the keyboard focus
    // away; a keyboard user carries on in the lines.
    auto keepFocus = [this] {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !isAncestorOf(focus))
            (m_editable ? static_cast<QWidget *>(m_linesView) : static_cast<QWidget *>(m_printButton))->setFocus();
    };
    connect(this, &RecordForm::saveFailed, this, keepFocus);
    connect(this, &RecordForm::saved, this, keepFocus);
    connect(this, &RecordForm::loaded, this, keepFocus);
    connect(this, &RecordForm::saved, this, [this](const QJsonObject &order) { emit orderChanged(order); });

    // Ctrl+S saves from anywhere in the editor, also from inside the lines table.
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_editable) {
            m_linesView->commitOpenEditor();
            save();
        }
    });

    resize(1040, 720);
    applyLocale();
    retranslate();
    loadLookups();
}

PurchaseOrderEditor::~PurchaseOrderEditor()
{
    if (m_actionReply)
        m_actionReply->cancel();
}

QString PurchaseOrderEditor::state() const
{
    return isNew() ? u"draft"_s : record().value(u"state"_s).toString();
}

void PurchaseOrderEditor::loadLookups()
{
    QUrlQuery units;
    units.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *unitsReply = m_api->get(u"/units"_s, units);
    connect(unitsReply, &ApiReply::finished, this, [this, unitsReply] {
        if (!unitsReply->isSuccess())
            return; // symbols then come with each line and product
        QHash<qint64, QString> symbols;
        for (const QJsonValue &v : unitsReply->json().value(u"items"_s).toArray())
            symbols.insert(jsonId(v.toObject().value(u"id"_s)), v.toObject().value(u"symbol"_s).toString());
        m_lines->setUnits(symbols);
    });
    // What orders need from the organisation's settings (default tax rate
    // for the live totals, base currency, the printed header), readable by
    // everyone who may read orders; without it the server fills the default
    // rate in on saving.
    if (m_api->session()->hasPermission(P::PurchasingView)) {
        m_settingsAsked = true;
        ApiReply *settings = m_api->get(u"/settings/documents"_s);
        m_settingsReply = settings;
        connect(settings, &ApiReply::finished, this, [this, settings] {
            if (!settings->isSuccess())
                return;
            m_settings = settings->json();
            m_lines->setDefaultTaxRate(m_settings.value(u"default_tax_rate"_s).toString());
            // A fresh order not touched yet starts in the base currency.
            const QString base = m_settings.value(u"base_currency"_s).toString();
            if (isNew() && !isDirty() && !m_supplier->id() && !base.isEmpty()) {
                const QSignalBlocker block(m_currency);
                m_currency->setCurrentText(base);
                m_lines->setCurrency(base);
            }
            updateTotals();
        });
    }
}

void PurchaseOrderEditor::applyLocale()
{
    m_orderDate->setDisplayFormat(LocaleFormat::dateFormat());
    m_expectedDate->setDisplayFormat(LocaleFormat::dateFormat());
}

void PurchaseOrderEditor::retranslate()
{
    m_supplierLabel->setText(tr("Su&pplier:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_orderDateLabel->setText(tr("&Order date:"));
    m_expectedDateLabel->setText(tr("&Expected:"));
    m_warehouseLabel->setText(tr("Ship &to:"));
    m_warehouse->setPlaceholderText(tr("Warehouse"));
    m_supplier->setPlaceholderText(tr("Name or code; Down for a list"));
    m_notesLabel->setText(tr("&Notes:"));
    m_linesLabel->setText(tr("&Lines"));
    m_linesHint->setText(tr("Insert adds a line, Delete removes it; Tab or Enter moves to the next cell."));
    m_addLine->setText(tr("Add Line"));
    m_addLine->setToolTip(tr("Add a line (Insert)"));
    m_removeLine->setText(tr("Remove Line"));
    m_removeLine->setToolTip(tr("Remove the current line (Delete)"));
    m_closeLineButton->setText(tr("Close Line Short…"));
    m_closeLineButton->setToolTip(tr("End the current line with less than ordered: the rest will not come"));
    m_subtotalCaption->setText(tr("Subtotal:"));
    m_taxCaption->setText(tr("Tax:"));
    m_totalCaption->setText(tr("Total:"));
    m_approvalsLabel->setText(tr("Approvals"));
    m_approvals->setHeaderLabels({tr("Decision"), tr("By"), tr("When"), tr("Comment")});
    for (auto it = m_actionButtons.begin(); it != m_actionButtons.end(); ++it)
        it.value()->setText(PurchasingText::actionText(it.key()));
    m_receiveButton->setText(PurchasingText::actionText(u"receive"_s));
    m_printButton->setText(tr("Print…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_lines->retranslate();
    updateTotals();
    updateActions();
    if (!record().isEmpty())
        showApprovals(record().value(u"approvals"_s).toArray());
}

void PurchaseOrderEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        applyLocale();
        retranslate();
    }
    RecordForm::changeEvent(event);
}

QJsonObject PurchaseOrderEditor::values() const
{
    QJsonObject v;
    if (isNew()) {
        // Supplier and currency fix the prices: chosen once, at creation.
        v.insert(u"supplier_id"_s, m_supplier->id() ? QJsonValue(double(m_supplier->id())) : QJsonValue());
        v.insert(u"currency"_s, m_currency->currentText());
    }
    v.insert(u"order_date"_s, m_orderDate->date().toString(Qt::ISODate));
    v.insert(u"expected_date"_s, m_expectedDate->date().toString(Qt::ISODate));
    v.insert(u"warehouse_id"_s, m_warehouse->id() ? QJsonValue(double(m_warehouse->id())) : QJsonValue());
    v.insert(u"notes"_s, m_notes->toPlainText());
    v.insert(u"lines"_s, m_lines->toJson());
    return v;
}

void PurchaseOrderEditor::setValues(const QJsonObject &record)
{
    m_settingValues = true;
    if (record.isEmpty()) {
        m_supplier->clearValue();
        m_supplierLeadDays = 0;
        const QString base = m_settings.value(u"base_currency"_s).toString();
        m_currency->setCurrentText(base.isEmpty() ? u"EUR"_s : base);
        m_orderDate->setDate(QDate::currentDate());
        m_expectedDate->setDate(QDate::currentDate());
        m_expectedDateTouched = false;
        m_notes->clear();
        m_lines->setCurrency(m_currency->currentText());
        m_lines->setLines({});
    } else {
        m_supplier->setValue(jsonId(record.value(u"supplier_id"_s)), record.value(u"supplier_name"_s).toString());
        m_currency->setCurrentText(record.value(u"currency"_s).toString());
        m_orderDate->setDate(QDate::fromString(record.value(u"order_date"_s).toString(), Qt::ISODate));
        const QDate expected = QDate::fromString(record.value(u"expected_date"_s).toString(), Qt::ISODate);
        m_expectedDate->setDate(expected.isValid() ? expected : m_orderDate->date());
        m_expectedDateTouched = true;
        m_warehouse->setValue(jsonId(record.value(u"warehouse_id"_s)), record.value(u"warehouse_name"_s).toString());
        if (m_notes->toPlainText() != record.value(u"notes"_s).toString())
            m_notes->setPlainText(record.value(u"notes"_s).toString());
        m_lines->setCurrency(record.value(u"currency"_s).toString());
        m_lines->setLines(record.value(u"lines"_s).toArray());
    }
    m_settingValues = false;
    showApprovals(record.value(u"approvals"_s).toArray());
    updateEditable();
    updateTotals();
}

void PurchaseOrderEditor::recordChanged()
{
    updateEditable();
    updateActions();
    if (isNew()) {
        m_heading->setText(tr("New Purchase Order"));
        if (!m_warehouse->id()) {
            // The usual case is one warehouse: take the first active one.
            QUrlQuery query;
            query.addQueryItem(u"is_active"_s, u"true"_s);
            query.addQueryItem(u"limit"_s, u"1"_s);
            ApiReply *reply = m_api->get(u"/warehouses"_s, query);
            connect(reply, &ApiReply::finished, this, [this, reply] {
                const QJsonArray items = reply->json().value(u"items"_s).toArray();
                if (!reply->isSuccess() || items.isEmpty() || m_warehouse->id() || !isNew())
                    return;
                const bool wasClean = !isDirty();
                m_warehouse->setValue(jsonId(items.first().toObject().value(u"id"_s)),
                                      items.first().toObject().value(u"name"_s).toString());
                if (wasClean)
                    startCreate(); // the default is part of the fresh form, not an edit
            });
        }
        return;
    }
    m_heading->setText(u"%1 · %2"_s.arg(record().value(u"number"_s).toString(),
                                        PurchasingText::orderState(state())));
    m_supplierRecord = QJsonObject();
    if (m_editable)
        for (qint64 product : m_lines->productIds())
            fetchSupplierPrices(product);
}

void PurchaseOrderEditor::updateEditable()
{
    m_editable = state() == u"draft"_s && m_api->session()->hasPermission(P::PurchasingEdit);
    m_lines->setEditable(m_editable);
    m_supplier->setReadOnly(!(m_editable && isNew()));
    m_currency->setEnabled(m_editable && isNew());
    m_orderDate->setReadOnly(!m_editable);
    m_expectedDate->setReadOnly(!m_editable);
    m_warehouse->setReadOnly(!m_editable);
    m_notes->setReadOnly(!m_editable);
    m_addLine->setVisible(m_editable);
    m_removeLine->setVisible(m_editable);
    m_linesHint->setVisible(m_editable);
    // Read-only pickers offer nothing to clear.
    m_supplier->setClearButtonEnabled(m_editable && isNew());
    m_warehouse->setClearButtonEnabled(m_editable);
    saveButton()->setVisible(m_editable);
    if (auto *cancel = findChild<QPushButton *>(u"cancelButton"_s))
        cancel->setText(m_editable ? tr("Cancel") : tr("Close"));
}

void PurchaseOrderEditor::updateActions()
{
    const Session *session = m_api->session();
    const auto current = PurchaseOrderWorkflow::stateFromName(state());
    const bool mine = jsonId(record().value(u"created_by"_s)) == session->user().id;
    for (auto it = m_actionButtons.begin(); it != m_actionButtons.end(); ++it) {
        const auto action = PurchaseOrderWorkflow::actionFromName(it.key());
        bool allowed = !isNew() && current && action && PurchaseOrderWorkflow::isAllowed(*action, *current);
        if (allowed) {
            const QString permission = PurchaseOrderWorkflow::transition(*action).permission;
            if (*action == PurchaseOrderWorkflow::Action::Withdraw)
                allowed = mine || session->hasPermission(permission);
            else if (*action == PurchaseOrderWorkflow::Action::Approve
                     || *action == PurchaseOrderWorkflow::Action::Reject)
                allowed = !mine && session->hasPermission(permission);
            else
                allowed = session->hasPermission(permission);
        }
        it.value()->setVisible(allowed);
        it.value()->setEnabled(!m_actionReply);
    }
    const auto receive = PurchaseOrderWorkflow::Action::Receive;
    m_receiveButton->setVisible(!isNew() && current && PurchaseOrderWorkflow::isAllowed(receive, *current)
                                && session->hasPermission(PurchaseOrderWorkflow::transition(receive).permission));
    m_receiveButton->setEnabled(!m_actionReply);
    m_printButton->setVisible(!isNew());
    m_pdfButton->setVisible(!isNew());
    updateCloseLineButton();
}

void PurchaseOrderEditor::updateCloseLineButton()
{
    // Wherever goods can still be received, an open line can be ended short.
    const auto current = PurchaseOrderWorkflow::stateFromName(state());
    const auto receive = PurchaseOrderWorkflow::Action::Receive;
    const bool shown = !isNew() && current && PurchaseOrderWorkflow::isAllowed(receive, *current)
        && m_api->session()->hasPermission(PurchaseOrderWorkflow::transition(receive).permission);
    m_closeLineButton->setVisible(shown);
    m_closeLineButton->setEnabled(shown && !m_actionReply
                                  && m_lines->isLineOpen(m_linesView->currentIndex().row()));
}

void PurchaseOrderEditor::closeCurrentLineShort()
{
    const int row = m_linesView->currentIndex().row();
    const QJsonArray stored = record().value(u"lines"_s).toArray();
    if (isNew() || m_actionReply || !m_lines->isLineOpen(row) || row >= stored.size())
        return;
    const qint64 lineId = jsonId(stored.at(row).toObject().value(u"id"_s));
    const QString product = m_lines->data(m_lines->index(row, PurchaseOrderLinesModel::Product), Qt::DisplayRole)
                                .toString();
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(u"reasonPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setInputMode(QInputDialog::TextInput);
    prompt->setWindowTitle(tr("Close Line Short"));
    prompt->setLabelText(tr("Line %1 (%2): why will the rest not come? Nothing more can be received on it.")
                             .arg(QString::number(row + 1), product));
    m_reasonPrompt = prompt;
    connect(prompt, &QInputDialog::textValueSelected, this, [this, lineId](const QString &text) {
        if (text.trimmed().isEmpty()) {
            setBannerText(PurchasingText::refusal(u"reason_required"_s));
            return;
        }
        setBannerText(QString());
        ApiReply *reply = m_api->post(u"/purchase-orders/%1/lines/%2/close_short"_s.arg(recordId()).arg(lineId),
                                      {{u"reason"_s, text.trimmed()}});
        m_actionReply = reply;
        updateActions();
        connect(reply, &ApiReply::finished, this,
                [this, reply] { actionFinished(reply, u"close_line_short"_s); });
    });
    prompt->open();
}

void PurchaseOrderEditor::updateTotals()
{
    const erp::shared::PurchaseOrderTotals totals = m_lines->totals();
    const QString currency = m_lines->currency();
    if (!totals.isValid()) {
        m_subtotal->setText(QString());
        m_tax->setText(QString());
        m_total->setText(QString());
        m_totalsNote->setText(PurchasingText::totalsProblem(totals.problemCode()));
        return;
    }
    m_subtotal->setText(LocaleFormat::amount(totals.subtotal().toString(), currency));
    m_tax->setText(LocaleFormat::amount(totals.tax().toString(), currency));
    m_total->setText(LocaleFormat::amount(totals.total().toString(), currency));
    const int incomplete = m_lines->incompleteLineCount();
    m_totalsNote->setText(incomplete == 0 ? QString()
                                          : tr("%n line(s) not counted yet: the server fills in missing prices and "
                                               "the default tax rate on saving.",
                                               nullptr, incomplete));
}

QList<FieldError> PurchaseOrderEditor::validate(const QJsonObject &values) const
{
    QList<FieldError> errors;
    // A new attempt: the server's marks on cells go, typed problems stay.
    m_lines->clearProblems();
    if (isNew() && values.value(u"supplier_id"_s).isNull())
        errors.append({u"supplier_id"_s, u"required"_s, tr("Choose the supplier.")});
    if (values.value(u"warehouse_id"_s).isNull())
        errors.append({u"warehouse_id"_s, u"required"_s, tr("Choose the warehouse the goods go to.")});
    if (m_expectedDate->date() < m_orderDate->date())
        errors.append({u"expected_date"_s, u"before_order_date"_s, tr("Goods cannot be expected before they are ordered.")});
    for (const PurchaseOrderLinesModel::Problem &p : m_lines->validate())
        errors.append({p.field, u"invalid"_s, p.message});
    return errors;
}

void PurchaseOrderEditor::markServerProblems(const ApiError &error)
{
    for (const FieldError &e : error.fieldErrors()) {
        if (!e.field.startsWith(u"lines["_s))
            continue;
        QString message = PurchasingText::totalsProblem(e.code);
        if (message.isEmpty())
            message = ErrorText::forFieldError(e);
        m_lines->markProblem(e.field, message);
    }
}

QString PurchaseOrderEditor::recordName() const
{
    return isNew() ? tr("New purchase order") : tr("Purchase order %1").arg(record().value(u"number"_s).toString());
}

QString PurchaseOrderEditor::titleForNew() const
{
    return tr("New Purchase Order");
}

QString PurchaseOrderEditor::titleForEdit() const
{
    return tr("Purchase Order %1").arg(record().value(u"number"_s).toString());
}

QString PurchaseOrderEditor::displayValue(const QString &field, const QJsonValue &value) const
{
    if (field == u"lines"_s) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject l = v.toObject();
            QString product = l.value(u"product_sku"_s).toString();
            if (product.isEmpty())
                product = u"#%1"_s.arg(jsonId(l.value(u"product_id"_s)));
            parts << u"%1 × %2"_s.arg(LocaleFormat::decimal(l.value(u"quantity"_s).toString()), product);
        }
        return parts.join(u"; "_s);
    }
    if (field == u"order_date"_s || field == u"expected_date"_s)
        return LocaleFormat::date(value.toString());
    if (field == u"warehouse_id"_s)
        return jsonId(value) == m_warehouse->id() ? m_warehouse->name() : u"#%1"_s.arg(jsonId(value));
    return RecordForm::displayValue(field, value);
}

void PurchaseOrderEditor::supplierPicked(const QJsonObject &supplier)
{
    if (!isNew())
        return;
    applySupplier(supplier);
}

void PurchaseOrderEditor::applySupplier(const QJsonObject &supplier)
{
    const QString currency = supplier.value(u"currency"_s).toString();
    if (!currency.isEmpty())
        m_currency->setCurrentText(currency);
    m_supplierLeadDays = supplier.value(u"lead_time_days"_s).toInt();
    if (!m_expectedDateTouched) {
        const QSignalBlocker block(m_expectedDate);
        m_expectedDate->setDate(m_orderDate->date().addDays(m_supplierLeadDays));
    }
    m_lines->clearSupplierPrices();
    for (qint64 product : m_lines->productIds())
        fetchSupplierPrices(product);
    markEdited();
}

void PurchaseOrderEditor::fetchSupplierPrices(qint64 productId)
{
    const qint64 supplier = m_supplier->id();
    if (!supplier || !productId)
        return;
    QUrlQuery query;
    query.addQueryItem(u"supplier_id"_s, QString::number(supplier));
    query.addQueryItem(u"product_id"_s, QString::number(productId));
    query.addQueryItem(u"limit"_s, u"100"_s);
    ApiReply *reply = m_api->get(u"/supplier-prices"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply, supplier, productId] {
        if (!reply->isSuccess() || supplier != m_supplier->id())
            return; // no suggestion: the server fills the price in on saving
        m_lines->setSupplierPrices(productId, reply->json().value(u"items"_s).toArray());
    });
}

void PurchaseOrderEditor::showApprovals(const QJsonArray &approvals)
{
    m_approvals->clear();
    for (const QJsonValue &v : approvals) {
        const QJsonObject a = v.toObject();
        const bool approved = a.value(u"decision"_s).toString() == u"approved"_s;
        QString decision = approved ? tr("Approved") : tr("Rejected");
        if (a.value(u"by_rule"_s).toBool())
            decision = tr("Approved by rule");
        const bool voided = !a.value(u"voided_at"_s).isNull() && !a.value(u"voided_at"_s).toString().isEmpty();
        if (voided)
            decision = tr("%1 (voided)").arg(decision);
        auto *item = new QTreeWidgetItem(m_approvals, {decision, a.value(u"approver_name"_s).toString(),
                                                       LocaleFormat::dateTime(a.value(u"decided_at"_s).toString()),
                                                       a.value(u"comment"_s).toString()});
        if (voided)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
    }
    for (int c = 0; c < 3; ++c)
        m_approvals->resizeColumnToContents(c);
    const bool any = !approvals.isEmpty();
    m_approvals->setVisible(any);
    m_approvalsLabel->setVisible(any);
}

void PurchaseOrderEditor::runAction(const QString &action)
{
    if (isNew() || m_actionReply)
        return;
    if (isDirty() && m_editable) {
        setBannerText(tr("Please save your changes first."));
        return;
    }
    const bool comment = action == u"reject"_s;
    const bool reason = action == u"cancel"_s;
    if (!comment && !reason) {
        postAction(action, {});
        return;
    }
    const bool required = comment || state() != u"draft"_s;
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(u"reasonPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setInputMode(QInputDialog::TextInput);
    prompt->setWindowTitle(PurchasingText::actionText(action).remove(u'…'));
    prompt->setLabelText(comment    ? tr("Why is the order rejected? The buyer sees this comment.")
                         : required ? tr("Why is the order cancelled?")
                                    : tr("Reason for cancelling (optional):"));
    m_reasonPrompt = prompt;
    connect(prompt, &QInputDialog::textValueSelected, this, [this, action, comment, required](const QString &text) {
        if (required && text.trimmed().isEmpty()) {
            setBannerText(PurchasingText::refusal(comment ? u"comment_required"_s : u"reason_required"_s));
            return;
        }
        QJsonObject body;
        if (!text.trimmed().isEmpty())
            body.insert(comment ? u"comment"_s : u"reason"_s, text.trimmed());
        postAction(action, body);
    });
    prompt->open();
}

void PurchaseOrderEditor::postAction(const QString &action, const QJsonObject &body)
{
    setBannerText(QString());
    ApiReply *reply = m_api->post(u"/purchase-orders/%1/%2"_s.arg(recordId()).arg(action), body);
    m_actionReply = reply;
    updateActions();
    connect(reply, &ApiReply::finished, this, [this, reply, action] { actionFinished(reply, action); });
}

void PurchaseOrderEditor::actionFinished(ApiReply *reply, const QString &action)
{
    m_actionReply = nullptr;
    if (reply->isSuccess()) {
        emit orderChanged(reply->json());
        startEdit(recordId()); // the order as it is now, with its new version
        return;
    }
    const ApiError error = reply->error();
    QString message = PurchasingText::refusal(error.code());
    for (const FieldError &e : error.fieldErrors())
        if (message.isEmpty() && (e.field == u"comment"_s || e.field == u"reason"_s))
            message = PurchasingText::refusal(e.field == u"comment"_s ? u"comment_required"_s : u"reason_required"_s);
    if (message.isEmpty())
        message = ErrorText::forError(error);
    setBannerText(tr("%1 did not go through: %2").arg(PurchasingText::actionText(action).remove(u'…'), message));
    updateActions();
    emit actionFailed(message);
    if (error.isHttp() && error.httpStatus() == 409 && !isDirty())
        startEdit(recordId());
}

QString PurchaseOrderEditor::printOrganisationName() const
{
    return m_api->session()->user().organisationName;
}

void PurchaseOrderEditor::withPrintData(const std::function<void()> &then)
{
    auto pending = std::make_shared<int>(0);
    auto done = [pending, then] {
        if (--*pending == 0)
            then();
    };
    ++*pending; // held until both requests are sent
    if (m_settingsReply && !m_settingsReply->isFinished()) {
        // Asked when the form opened and still on its way: print with it,
        // not without the organisation's name, address and tax id.
        ++*pending;
        connect(m_settingsReply.data(), &ApiReply::finished, this, [done] { done(); });
    } else if (!m_settingsAsked && m_api->session()->hasPermission(P::PurchasingView)) {
        m_settingsAsked = true;
        ++*pending;
        ApiReply *reply = m_api->get(u"/settings/documents"_s);
        connect(reply, &ApiReply::finished, this, [this, reply, done] {
            if (reply->isSuccess())
                m_settings = reply->json();
            done();
        });
    }
    const qint64 supplier = jsonId(record().value(u"supplier_id"_s));
    if (m_supplierRecord.isEmpty() && supplier) {
        ++*pending;
        ApiReply *reply = m_api->get(u"/suppliers/%1"_s.arg(supplier));
        connect(reply, &ApiReply::finished, this, [this, reply, done] {
            if (reply->isSuccess())
                m_supplierRecord = reply->json();
            done();
        });
    }
    done();
}

void PurchaseOrderEditor::exportPdf(const QString &path)
{
    if (isNew()) {
        emit pdfExported(path, false);
        return;
    }
    withPrintData([this, path] {
        const PurchaseOrderPrinter printer(record(), m_settings, m_supplierRecord, printOrganisationName());
        const bool ok = printer.writePdf(path);
        if (!ok)
            setBannerText(tr("The PDF could not be written to “%1”.").arg(QDir::toNativeSeparators(path)));
        emit pdfExported(path, ok);
    });
}

void PurchaseOrderEditor::exportPdfAsk()
{
    auto *dialog = new QFileDialog(this, tr("Export Purchase Order as PDF"), QString(), tr("PDF files (*.pdf)"));
    dialog->setObjectName(u"pdfFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_s);
    dialog->selectFile(record().value(u"number"_s).toString() + u".pdf"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &PurchaseOrderEditor::exportPdf);
    dialog->open();
}

void PurchaseOrderEditor::print()
{
    if (isNew())
        return;
    withPrintData([this] {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setDocName(tr("Purchase Order %1").arg(record().value(u"number"_s).toString()));
        auto *dialog = new QPrintDialog(printer.get(), this);
        dialog->setObjectName(u"printDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, printer] {
            PurchaseOrderPrinter(record(), m_settings, m_supplierRecord, printOrganisationName())
                .printTo(printer.get());
        });
        dialog->open();
    });
}

} // namespace erp::client
