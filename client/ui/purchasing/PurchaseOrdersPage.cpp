#include "client/ui/purchasing/PurchaseOrdersPage.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "client/ui/purchasing/PurchasingText.h"
#include "shared/Permissions.h"
#include "shared/PurchaseOrderWorkflow.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QStyle>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using erp::shared::PurchaseOrderWorkflow;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {
// A date edit at its minimum shows "any date" (QDateEdit::specialValueText).
const QDate NoDate(2000, 1, 1);
} // namespace

PurchaseOrdersPage::PurchaseOrdersPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/purchase-orders"_s, parent)
    , m_canEdit(api->session()->hasPermission(P::PurchasingEdit))
    , m_canApprove(api->session()->hasPermission(P::PurchasingApprove))
{
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supplier = new ReferencePicker(this);
    m_supplier->setObjectName(u"supplierFilter"_s);
    m_supplier->setSource(api, u"/suppliers"_s, u"name"_s);
    m_supplier->setMinimumWidth(110);
    m_warehouse = new ReferencePicker(this);
    m_warehouse->setObjectName(u"warehouseFilter"_s);
    m_warehouse->setSource(api, u"/warehouses"_s, u"name"_s);
    m_warehouse->setMinimumWidth(100);
    auto makeDate = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setDate(NoDate);
        edit->setDisplayFormat(LocaleFormat::dateFormat());
        return edit;
    };
    m_from = makeDate(u"fromFilter"_s);
    m_to = makeDate(u"toFilter"_s);
    searchEdit()->setMinimumWidth(120);
    addFilterWidget(m_state);
    addFilterWidget(m_supplier);
    addFilterWidget(m_warehouse);
    addFilterWidget(m_from);
    addFilterWidget(m_to);

    m_open = new QAction(this);
    m_open->setObjectName(u"openAction"_s);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            editOrder(id);
    });
    addPageAction(m_open);

    setDefaultSort(u"-order_date"_s);
    setExportBaseName(u"purchase-orders"_s);
    retranslate();
    setCreateEnabled(m_canEdit);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        const bool mine = state == QLatin1String(AwaitingMyApproval);
        model()->setFilter(u"awaiting_my_approval"_s, mine ? u"true"_s : QString());
        model()->setFilter(u"state"_s, mine ? QString() : state);
    });
    connect(m_supplier, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"supplier_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_warehouse, &ReferencePicker::idChanged, this, [this](qint64 id) {
        model()->setFilter(u"warehouse_id"_s, id > 0 ? QString::number(id) : QString());
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { applyDateFilter(m_from, u"order_date_from"_s); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { applyDateFilter(m_to, u"order_date_to"_s); });
    connect(this, &ListPage::createRequested, this, &PurchaseOrdersPage::newOrder);
    connect(this, &ListPage::itemActivated, this,
            [this](const QJsonObject &order) { editOrder(jsonId(order.value(u"id"_s))); });
    connect(this, &ListPage::currentItemChanged, this, &PurchaseOrdersPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &PurchaseOrdersPage::updateActions);
    updateActions();
}

QString PurchaseOrdersPage::title() const
{
    return tr("Purchase Orders");
}

void PurchaseOrdersPage::applyDateFilter(QDateEdit *edit, const QString &name)
{
    model()->setFilter(name, edit->date() == NoDate ? QString() : edit->date().toString(Qt::ISODate));
}

void PurchaseOrdersPage::retranslate()
{
    auto number = ListColumn::text(u"number"_s, tr("Number"), u"number"_s);
    auto state = ListColumn::text(u"state"_s, tr("State"), u"state"_s);
    state.format = [](const QJsonObject &o) -> QVariant {
        return PurchasingText::orderState(o.value(u"state"_s).toString());
    };
    state.data = [](const QJsonObject &o, int role) -> QVariant {
        const QString s = o.value(u"state"_s).toString();
        // The scheme's colours, readable in the high-contrast schemes too;
        // the state is written out beside the colour.
        if (role == Qt::ForegroundRole) {
            if (s == u"submitted"_s)
                return ColorScheme::colour(ColorScheme::Signal::Warning);
            if (s == u"approved"_s || s == u"ordered"_s)
                return ColorScheme::colour(ColorScheme::Signal::Positive);
            if (s == u"cancelled"_s || s == u"closed"_s)
                return ColorScheme::colour(ColorScheme::Signal::Muted);
        }
        if (role == Qt::ToolTipRole && s == u"submitted"_s)
            return tr("%1 of %2 approvals given")
                .arg(o.value(u"approvals_given"_s).toInt())
                .arg(o.value(u"approvals_needed"_s).toInt());
        if (role == Qt::ToolTipRole && s == u"cancelled"_s)
            return o.value(u"cancel_reason"_s).toString();
        return {};
    };
    auto orderDate = ListColumn::text(u"order_date"_s, tr("Order Date"), u"order_date"_s);
    orderDate.format = [](const QJsonObject &o) -> QVariant {
        return LocaleFormat::date(o.value(u"order_date"_s).toString());
    };
    auto expected = ListColumn::text(u"expected_date"_s, tr("Expected"), u"expected_date"_s);
    expected.format = [](const QJsonObject &o) -> QVariant {
        return LocaleFormat::date(o.value(u"expected_date"_s).toString());
    };
    auto total = ListColumn::text(u"total"_s, tr("Total"), u"total"_s);
    total.alignment = Qt::AlignRight | Qt::AlignVCenter;
    total.format = [](const QJsonObject &o) -> QVariant {
        return LocaleFormat::amount(o.value(u"total"_s).toString(), o.value(u"currency"_s).toString());
    };
    setColumns({number, ListColumn::text(u"supplier_name"_s, tr("Supplier"), u"supplier"_s), state, orderDate, expected,
                ListColumn::text(u"warehouse_name"_s, tr("Warehouse"), u"warehouse"_s), total});

    setSearchPlaceholder(tr("Search number"));
    setEmptyTexts(m_canEdit ? tr("No purchase orders yet. Create one with “New Order”.")
                            : tr("No purchase orders yet."),
                  tr("No purchase orders match the search or filters."));
    setCreateText(m_canEdit ? tr("New Order") : QString());
    m_open->setText(m_canEdit ? tr("Open…") : tr("View…"));
    m_supplier->setPlaceholderText(tr("All suppliers"));
    m_warehouse->setPlaceholderText(tr("All warehouses"));
    m_from->setSpecialValueText(tr("From: any"));
    m_to->setSpecialValueText(tr("To: any"));
    m_from->setToolTip(tr("Orders dated on or after"));
    m_to->setToolTip(tr("Orders dated on or before"));
    m_from->setDisplayFormat(LocaleFormat::dateFormat());
    m_to->setDisplayFormat(LocaleFormat::dateFormat());
    // Wide enough for "any date" in the user's language and the calendar
    // button (German "Bis beliebigem Datum" lost its first letter).
    for (QDateEdit *edit : {m_from, m_to}) {
        const QFontMetrics metrics = edit->fontMetrics();
        const int text = qMax(metrics.horizontalAdvance(edit->specialValueText()),
                              metrics.horizontalAdvance(LocaleFormat::date(QDate(2026, 12, 31))));
        edit->setMinimumWidth(text + 2 * style()->pixelMetric(QStyle::PM_ComboBoxFrameWidth)
                              + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16);
    }

    const QString state0 = m_state->currentData().toString();
    {
        const QSignalBlocker block(m_state);
        m_state->clear();
        m_state->addItem(tr("All states"), QString());
        if (m_canApprove)
            m_state->addItem(tr("Waiting for my approval"), QString::fromLatin1(AwaitingMyApproval));
        for (const auto s : PurchaseOrderWorkflow::allStates()) {
            const QString name = PurchaseOrderWorkflow::stateName(s);
            m_state->addItem(PurchasingText::orderState(name), name);
        }
        m_state->setCurrentIndex(qMax(0, m_state->findData(state0)));
    }
    updateActions();
}

void PurchaseOrdersPage::updateActions()
{
    m_open->setEnabled(!currentItem().isEmpty());
}

bool PurchaseOrdersPage::hasUnsavedChanges() const
{
    return m_editor && m_editor->isVisible() && m_editor->isDirty();
}

PurchaseOrderEditor *PurchaseOrdersPage::makeEditor()
{
    auto *editor = new PurchaseOrderEditor(api(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PurchaseOrderEditor::orderChanged, this, [this](const QJsonObject &order) {
        if (!selectId(jsonId(order.value(u"id"_s))))
            refreshAndSelect(jsonId(order.value(u"id"_s)));
        else
            model()->updateItem(order);
    });
    connect(editor, &RecordForm::saved, this, [this](const QJsonObject &order, bool created) {
        emit statusMessage(created ? tr("Purchase order %1 created.").arg(order.value(u"number"_s).toString())
                                   : tr("Purchase order %1 saved.").arg(order.value(u"number"_s).toString()),
                           5000);
    });
    m_editor = editor;
    return editor;
}

PurchaseOrderEditor *PurchaseOrdersPage::newOrder()
{
    if (!m_canEdit)
        return nullptr;
    PurchaseOrderEditor *editor = makeEditor();
    editor->startCreate();
    editor->open();
    return editor;
}

PurchaseOrderEditor *PurchaseOrdersPage::editOrder(qint64 id)
{
    if (id <= 0)
        return nullptr;
    PurchaseOrderEditor *editor = makeEditor();
    editor->startEdit(id);
    editor->open();
    return editor;
}

} // namespace erp::client
