#include "client/ui/inventory/StockAdjustmentDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/ReferencePicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

StockAdjustmentDialog::StockAdjustmentDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(u"stockAdjustmentDialog"_s);
    setWindowTitle(tr("Adjust Stock After a Count"));
    m_product = new ReferencePicker(this);
    m_product->setObjectName(u"productPicker"_s);
    m_product->setSource(api, u"/products"_s);
    m_product->setPlaceholderText(tr("SKU, barcode or name"));
    m_location = new ReferencePicker(this);
    m_location->setObjectName(u"locationPicker"_s);
    m_location->setSource(api, u"/locations"_s, u"code"_s);
    m_location->setPlaceholderText(tr("Location code or name"));
    m_onHand = new QLabel(this);
    m_onHand->setObjectName(u"onHandLabel"_s);
    m_counted = new QLineEdit(this);
    m_counted->setObjectName(u"countedEdit"_s);
    m_counted->setValidator(new NumberValidator(3, false, m_counted));
    m_counted->setPlaceholderText(LocaleFormat::example(3));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("Annual count, damaged goods, found in another bin…"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("On hand now:"), m_onHand);
    form->addRow(tr("&Counted quantity:"), m_counted);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Book Count"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    connect(m_save, &QPushButton::clicked, this, &StockAdjustmentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);

    connect(m_product, &ReferencePicker::idChanged, this, &StockAdjustmentDialog::showOnHand);
    connect(m_location, &ReferencePicker::idChanged, this, &StockAdjustmentDialog::showOnHand);
    showOnHand();
}

void StockAdjustmentDialog::setProductAndLocation(qint64 productId, const QString &productName, qint64 locationId,
                                                  const QString &locationName)
{
    m_product->setValue(productId, productName);
    m_location->setValue(locationId, locationName);
    m_counted->setFocus();
}

void StockAdjustmentDialog::showOnHand()
{
    if (m_product->id() <= 0 || m_location->id() <= 0) {
        m_onHand->setText(tr("Choose a product and a location."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"product_id"_s, QString::number(m_product->id()));
    query.addQueryItem(u"location_id"_s, QString::number(m_location->id()));
    delete m_onHandReply.data();
    m_onHandReply = m_api->get(u"/stock"_s, query);
    m_onHand->setText(tr("Looking up…"));
    connect(m_onHandReply.data(), &ApiReply::finished, this, [this, reply = m_onHandReply.data()] {
        if (!reply->isSuccess()) {
            m_onHand->setText(ErrorText::forError(reply->error()));
            return;
        }
        const QJsonArray items = reply->json().value(u"items"_s).toArray();
        if (items.isEmpty()) {
            m_onHand->setText(QuantityText::shown(u"0"_s));
            return;
        }
        const QJsonObject row = items.first().toObject();
        m_onHand->setText(tr("%1 %2").arg(QuantityText::shown(row.value(u"on_hand"_s).toString()),
                                          row.value(u"unit_symbol"_s).toString()));
    });
}

void StockAdjustmentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit failed(text);
}

void StockAdjustmentDialog::submit()
{
    if (m_reply)
        return;
    QStringList problems;
    FieldErrorStyle::markField(m_product, m_product->id() <= 0);
    FieldErrorStyle::markField(m_location, m_location->id() <= 0);
    if (m_product->id() <= 0)
        problems << tr("Choose the product that was counted.");
    if (m_location->id() <= 0)
        problems << tr("Choose the location that was counted.");
    const auto counted = LocaleFormat::parseQuantity(m_counted->text(), 3);
    FieldErrorStyle::markField(m_counted, !counted.ok());
    if (!counted.ok())
        problems << tr("Counted quantity: %1").arg(counted.message);
    FieldErrorStyle::markField(m_reason, m_reason->text().trimmed().isEmpty());
    if (m_reason->text().trimmed().isEmpty())
        problems << tr("Say why the stock is corrected.");
    if (!problems.isEmpty()) {
        showError(problems.join(u"\n"_s));
        return;
    }
    showError(QString());
    m_save->setEnabled(false);
    m_reply = m_api->create(u"/stock-adjustments"_s, {{u"product_id"_s, m_product->id()},
                                                      {u"location_id"_s, m_location->id()},
                                                      {u"counted"_s, counted.decimal},
                                                      {u"note"_s, m_reason->text().trimmed()}});
    connect(m_reply.data(), &ApiReply::finished, this, [this, reply = m_reply.data()] {
        m_save->setEnabled(true);
        if (reply->isSuccess()) {
            emit adjusted(reply->json());
            accept();
            return;
        }
        const ApiError &error = reply->error();
        QString text = error.hasFieldErrors() ? ErrorText::fieldErrorSummary(error) : ErrorText::forError(error);
        if (error.httpStatus() == 409 && error.code() == u"insufficient_stock")
            text = tr("The organisation does not allow negative stock; the count cannot go below zero.");
        showError(text);
    });
}

} // namespace erp::client
