#include "client/ui/inventory/StockAdjustmentDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiError.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/ReferencePicker.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

StockAdjustmentDialog::StockAdjustmentDialog(ApiClient *api, QWidget *parent)
    : StockMoveDialog(api, u"stockAdjustmentDialog"_s, parent)
{
    setWindowTitle(tr("Adjust Stock After a Count"));
    m_product = newPicker(u"productPicker"_s, u"/products"_s, QString(), tr("SKU, barcode or name"));
    m_location = newPicker(u"locationPicker"_s, u"/locations"_s, u"code"_s, tr("Location code or name"));
    m_onHand = new QLabel(this);
    m_onHand->setObjectName(u"onHandLabel"_s);
    m_counted = newQuantityEdit(u"countedEdit"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("Annual count, damaged goods, found in another bin…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("On hand now:"), m_onHand);
    form->addRow(tr("&Counted quantity:"), m_counted);
    form->addRow(tr("&Reason:"), m_reason);
    finishLayout(form, tr("Book Count"));

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
    m_onHandReply = api()->get(u"/stock"_s, query);
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

void StockAdjustmentDialog::submit()
{
    if (isSending())
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
    send(u"/stock-adjustments"_s,
         {{u"product_id"_s, m_product->id()},
          {u"location_id"_s, m_location->id()},
          {u"counted"_s, counted.decimal},
          {u"note"_s, m_reason->text().trimmed()}},
         [this](const QJsonObject &result) { emit adjusted(result); },
         [](const ApiError &error) {
             if (error.httpStatus() == 409 && error.code() == u"insufficient_stock")
                 return tr("The organisation does not allow negative stock; the count cannot go below zero.");
             return QString();
         });
}

} // namespace erp::client
