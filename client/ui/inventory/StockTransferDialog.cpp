#include "client/ui/inventory/StockTransferDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/ReferencePicker.h"
#include "shared/Decimal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

StockTransferDialog::StockTransferDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(u"stockTransferDialog"_s);
    setWindowTitle(tr("Transfer Stock"));
    m_product = new ReferencePicker(this);
    m_product->setObjectName(u"productPicker"_s);
    m_product->setSource(api, u"/products"_s);
    m_product->setPlaceholderText(tr("SKU, barcode or name"));
    m_from = new ReferencePicker(this);
    m_from->setObjectName(u"fromPicker"_s);
    m_from->setSource(api, u"/locations"_s, u"code"_s);
    m_from->setPlaceholderText(tr("Location code or name"));
    m_to = new ReferencePicker(this);
    m_to->setObjectName(u"toPicker"_s);
    m_to->setSource(api, u"/locations"_s, u"code"_s);
    m_to->setPlaceholderText(tr("Location code or name"));
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(u"quantityEdit"_s);
    m_quantity->setValidator(new NumberValidator(3, false, m_quantity));
    m_quantity->setPlaceholderText(LocaleFormat::example(3));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setMaxLength(1000);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&From location:"), m_from);
    form->addRow(tr("&To location:"), m_to);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Transfer"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    connect(m_save, &QPushButton::clicked, this, &StockTransferDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);
}

void StockTransferDialog::setProductAndSource(qint64 productId, const QString &productName, qint64 locationId,
                                              const QString &locationName)
{
    m_product->setValue(productId, productName);
    m_from->setValue(locationId, locationName);
    m_to->setFocus();
}

void StockTransferDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit failed(text);
}

void StockTransferDialog::submit()
{
    if (m_reply)
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
    showError(QString());
    m_save->setEnabled(false);
    QJsonObject body {{u"product_id"_s, m_product->id()},
                      {u"from_location_id"_s, m_from->id()},
                      {u"to_location_id"_s, m_to->id()},
                      {u"quantity"_s, quantity.decimal}};
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    m_reply = m_api->create(u"/stock-transfers"_s, body);
    connect(m_reply.data(), &ApiReply::finished, this, [this, reply = m_reply.data()] {
        m_save->setEnabled(true);
        if (reply->isSuccess()) {
            emit transferred(reply->json());
            accept();
            return;
        }
        const ApiError &error = reply->error();
        QString text;
        if (error.httpStatus() == 409 && error.code() == u"insufficient_stock") {
            const auto there = error.fieldErrorsFor(u"quantity"_s);
            text = tr("Not enough stock: %1 has only %2 at %3.")
                       .arg(m_product->name(),
                            QuantityText::shown(there.isEmpty() ? u"0"_s : there.first().message),
                            m_from->name());
            FieldErrorStyle::markField(m_quantity, true);
        } else {
            text = error.hasFieldErrors() ? ErrorText::fieldErrorSummary(error) : ErrorText::forError(error);
        }
        showError(text);
    });
}

} // namespace erp::client
