#include "client/ui/purchasing/PurchaseOrderLineDelegate.h"

#include "client/core/ApiReply.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/purchasing/PurchaseOrderLinesModel.h"
#include "shared/PurchaseOrderTotals.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using erp::shared::PurchaseOrderTotals;

namespace erp::client {

using Lines = PurchaseOrderLinesModel;

namespace {

// An empty cell is a valid answer (no price: the supplier's; no tax: the
// default), so Tab and Enter leave it; Qt's item views keep the focus in a
// cell whose validator does not accept its text.
class CellNumberValidator : public NumberValidator
{
public:
    using NumberValidator::NumberValidator;
    State validate(QString &input, int &pos) const override
    {
        return input.trimmed().isEmpty() ? Acceptable : NumberValidator::validate(input, pos);
    }
};

} // namespace

PurchaseOrderLineDelegate::PurchaseOrderLineDelegate(ApiClient *api, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_api(api)
{
}

QWidget *PurchaseOrderLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    switch (index.column()) {
    case Lines::Product: {
        auto *picker = new ReferencePicker(parent);
        picker->setObjectName(u"productPicker"_s);
        picker->setSource(m_api, u"/products"_s, u"name"_s);
        picker->setItemText([](const QJsonObject &p) {
            return u"%1 · %2"_s.arg(p.value(u"sku"_s).toString(), p.value(u"name"_s).toString());
        });
        picker->setPlaceholderText(tr("SKU, barcode or name"));
        picker->setClearButtonEnabled(false);
        // A product picked from the list is taken at once, so Tab then
        // moves on with it.
        auto *self = const_cast<PurchaseOrderLineDelegate *>(this);
        connect(picker, &ReferencePicker::picked, self, [self, picker] { emit self->commitData(picker); });
        return picker;
    }
    case Lines::Unit: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"unitCombo"_s);
        return combo;
    }
    case Lines::Quantity:
    case Lines::UnitPrice:
    case Lines::TaxRate: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(index.column() == Lines::Quantity  ? u"quantityEdit"_s
                            : index.column() == Lines::UnitPrice ? u"unitPriceEdit"_s
                                                                 : u"taxRateEdit"_s);
        const int scale = index.column() == Lines::Quantity    ? PurchaseOrderTotals::QuantityScale
                          : index.column() == Lines::UnitPrice ? PurchaseOrderTotals::UnitPriceScale
                                                               : PurchaseOrderTotals::TaxPercentScale;
        edit->setValidator(new CellNumberValidator(scale, false, edit));
        edit->setMaxLength(24);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return edit;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setObjectName(u"descriptionEdit"_s);
            edit->setMaxLength(1000);
        }
        return editor;
    }
    }
}

void PurchaseOrderLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        const qint64 id = index.data(Qt::EditRole).toLongLong();
        picker->setValue(id, index.data(Qt::DisplayRole).toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->clear();
        const QJsonArray choices = index.data(Lines::UnitChoicesRole).toJsonArray();
        for (const QJsonValue &v : choices)
            combo->addItem(v.toObject().value(u"symbol"_s).toString(), v.toObject().value(u"id"_s).toDouble());
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toDouble())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PurchaseOrderLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                             const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        // Only a record picked from the list changes the product; typed
        // text that was not picked is put back by the picker.
        if (!picker->record().isEmpty())
            model->setData(index, picker->record(), Lines::ProductRecordRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, qint64(combo->currentData().toDouble()), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace erp::client
