#include "client/ui/inventory/StockTransferDialog.h"

#include "client/core/ApiError.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/ReferencePicker.h"
#include "shared/Decimal.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace erp::client {

StockTransferDialog::StockTransferDialog(ApiClient *api, QWidget *parent)
    : StockMoveDialog(api, u"stockTransferDialog"_s, parent)
{
    setWindowTitle(tr("Transfer Stock"));
    m_product = newPicker(u"productPicker"_s, u"/products"_s, QString(), tr("SKU, barcode or name"));
    m_from = newPicker(u"fromPicker"_s, u"/locations"_s, u"code"_s, tr("Location code or name"));
    m_to = newPicker(u"toPicker"_s, u"/locations"_s, u"code"_s, tr("Location code or name"));
    m_quantity = newQuantityEdit(u"quantityEdit"_s);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setMaxLength(1000);

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&From location:"), m_from);
    form->addRow(tr("&To location:"), m_to);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Note:"), m_note);
    finishLayout(form, tr("Transfer"));
}

void StockTransferDialog::setProductAndSource(qint64 productId, const QString &productName, qint64 locationId,
                                              const QString &locationName)
{
    m_product->setValue(productId, productName);
    m_from->setValue(locationId, locationName);
    m_to->setFocus();
}

void StockTransferDialog::submit()
{
    if (isSending())
        return;
    QStringList problems;
    FieldErrorStyle::markField(m_product, m_product->id() <= 0);
    FieldErrorStyle::markField(m_from, m_from->id() <= 0);
    FieldErrorStyle::markField(m_to, m_to->id() <= 0 || m_to->id() == m_from->id());
    if (m_product->id() <= 0)
        problems << tr("Choose the product to move.");
    if (m_from->id() <= 0 || m_to->id() <= 0)
        problems << tr("Choose where the goods come from and where they go.");
    else if (m_from->id() == m_to->id())
        problems << tr("The goods must go to another location.");
    const auto quantity = LocaleFormat::parseQuantity(m_quantity->text(), 3);
    const bool zero = quantity.ok() && erp::shared::Decimal::parse(quantity.decimal).value_or(erp::shared::Decimal()).isZero();
    FieldErrorStyle::markField(m_quantity, !quantity.ok() || zero);
    if (!quantity.ok())
        problems << tr("Quantity: %1").arg(quantity.message);
    else if (zero)
        problems << tr("Quantity: move more than zero.");
    if (!problems.isEmpty()) {
        showError(problems.join(u"\n"_s));
        return;
    }
    QJsonObject body {{u"product_id"_s, m_product->id()},
                      {u"from_location_id"_s, m_from->id()},
                      {u"to_location_id"_s, m_to->id()},
                      {u"quantity"_s, quantity.decimal}};
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    send(u"/stock-transfers"_s, body, [this](const QJsonObject &result) { emit transferred(result); },
         [this](const ApiError &error) {
             if (error.httpStatus() != 409 || error.code() != u"insufficient_stock")
                 return QString();
             // What is there, from the server's answer on the quantity.
             const auto there = error.fieldErrorsFor(u"quantity"_s);
             FieldErrorStyle::markField(m_quantity, true);
             return tr("Not enough stock: %1 has only %2 at %3.")
                 .arg(m_product->name(), QuantityText::shown(there.isEmpty() ? u"0"_s : there.first().message),
                      m_from->name());
         });
}

} // namespace erp::client
