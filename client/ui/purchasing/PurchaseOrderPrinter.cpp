#include "client/ui/purchasing/PurchaseOrderPrinter.h"

#include "client/core/LocaleFormat.h"
#include "client/ui/purchasing/PurchasingText.h"

#include <QFile>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

PurchaseOrderPrinter::PurchaseOrderPrinter(const QJsonObject &order, const QJsonObject &settings,
                                           const QJsonObject &supplier, const QString &organisationName)
    : m_order(order)
    , m_settings(settings)
    , m_supplier(supplier)
    , m_organisationName(organisationName)
{
}

QString PurchaseOrderPrinter::html() const
{
    const QString currency = m_order.value(u"currency"_s).toString();
    auto s = [this](const char *key) { return m_order.value(QLatin1String(key)).toString(); };
    QString company = m_settings.value(u"company_name"_s).toString();
    if (company.isEmpty())
        company = m_organisationName;
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">"_s;
    // Header: the organisation left, the document right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"_s;
    h += u"<p style=\"font-size: 14pt; font-weight: bold;\">%1</p>"_s.arg(esc(company));
    if (!m_settings.value(u"address"_s).toString().isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(m_settings.value(u"address"_s).toString()));
    if (!m_settings.value(u"tax_id"_s).toString().isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(tr("Tax ID: %1").arg(m_settings.value(u"tax_id"_s).toString())));
    h += u"</td><td valign=\"top\" align=\"right\">"_s;
    h += u"<p style=\"font-size: 16pt; font-weight: bold;\">%1</p>"_s.arg(esc(tr("Purchase Order")));
    h += u"<p style=\"font-size: 12pt;\">%1</p>"_s.arg(esc(s("number")));
    const QString state = s("state");
    if (state == u"draft"_s || state == u"submitted"_s || state == u"cancelled"_s)
        h += u"<p style=\"color: #a03030; font-weight: bold;\">%1</p>"_s.arg(esc(PurchasingText::orderState(state)));
    h += u"</td></tr></table><br>"_s;

    // Supplier, dates, delivery.
    QString supplier = u"<b>%1</b>"_s.arg(esc(m_supplier.value(u"name"_s).toString().isEmpty()
                                                  ? s("supplier_name")
                                                  : m_supplier.value(u"name"_s).toString()));
    for (const char *key : {"contact_person", "address", "email", "phone"})
        if (!m_supplier.value(QLatin1String(key)).toString().isEmpty())
            supplier += u"<br>"_s + esc(m_supplier.value(QLatin1String(key)).toString());
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td valign=\"top\" width=\"50%\">"_s;
    h += u"<p style=\"color: #606060;\">%1</p><p>%2</p>"_s.arg(esc(tr("Supplier")), supplier);
    h += u"</td><td valign=\"top\"><table cellspacing=\"0\" cellpadding=\"2\">"_s;
    auto row = [&h](const QString &label, const QString &value) {
        h += u"<tr><td style=\"color: #606060;\">%1</td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    row(tr("Order date"), LocaleFormat::date(s("order_date")));
    if (!s("expected_date").isEmpty())
        row(tr("Expected delivery"), LocaleFormat::date(s("expected_date")));
    row(tr("Deliver to"), s("warehouse_name"));
    row(tr("Currency"), currency);
    if (!m_supplier.value(u"payment_terms"_s).toString().isEmpty())
        row(tr("Payment terms"), m_supplier.value(u"payment_terms"_s).toString());
    h += u"</table></td></tr></table><br>"_s;

    // Lines.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\" "
         "style=\"border-collapse: collapse;\">"_s;
    h += u"<tr style=\"background-color: #e8e8e8;\">"_s;
    const QStringList heads {tr("#"),          tr("Product"), tr("Description"), tr("Quantity"),
                             tr("Unit Price"), tr("Tax"),     tr("Line Total")};
    for (int i = 0; i < heads.size(); ++i)
        h += u"<th align=\"%1\">%2</th>"_s.arg(i >= 3 ? u"right"_s : u"left"_s, esc(heads.at(i)));
    h += u"</tr>"_s;
    int number = 0;
    for (const QJsonValue &v : m_order.value(u"lines"_s).toArray()) {
        const QJsonObject l = v.toObject();
        ++number;
        h += u"<tr>"_s;
        h += u"<td>%1</td>"_s.arg(LocaleFormat::count(number));
        h += u"<td>%1</td>"_s.arg(esc(l.value(u"product_sku"_s).toString()));
        h += u"<td>%1</td>"_s.arg(esc(l.value(u"description"_s).toString()));
        h += u"<td align=\"right\">%1 %2</td>"_s.arg(esc(LocaleFormat::decimal(PurchasingText::trimmedDecimal(l.value(u"quantity"_s).toString()))),
                                                     esc(l.value(u"unit_symbol"_s).toString()));
        h += u"<td align=\"right\">%1</td>"_s.arg(esc(LocaleFormat::decimal(PurchasingText::trimmedDecimal(l.value(u"unit_price"_s).toString(), 2), 2)));
        h += u"<td align=\"right\">%1</td>"_s.arg(esc(LocaleFormat::percent(PurchasingText::trimmedDecimal(l.value(u"tax_rate"_s).toString()))));
        h += u"<td align=\"right\">%1</td>"_s.arg(esc(LocaleFormat::amount(l.value(u"line_net"_s).toString(), currency)));
        h += u"</tr>"_s;
    }
    h += u"</table><br>"_s;

    // Totals, right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td width=\"55%\"></td><td>"
         "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    auto total = [&h, &currency](const QString &label, const QString &amount, bool strong) {
        const QString style = strong ? u" style=\"font-weight: bold; font-size: 11pt;\""_s : QString();
        h += u"<tr%3><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(
            esc(label), esc(LocaleFormat::amount(amount, currency)), style);
    };
    total(tr("Subtotal"), s("subtotal"), false);
    total(tr("Tax"), s("tax_total"), false);
    total(tr("Total"), s("total"), true);
    h += u"</table></td></tr></table>"_s;

    if (!s("notes").isEmpty())
        h += u"<br><p style=\"color: #606060;\">%1</p><p>%2</p>"_s.arg(esc(tr("Notes")), esc(s("notes")));
    h += u"</body></html>"_s;
    return h;
}

QTextDocument *PurchaseOrderPrinter::createDocument() const
{
    auto *document = new QTextDocument;
    document->setDocumentMargin(0);
    document->setHtml(html());
    return document;
}

void PurchaseOrderPrinter::printTo(QPagedPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> document(createDocument());
    // print() lays the document out on the device's page size and margins.
    document->print(device);
}

bool PurchaseOrderPrinter::writePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Purchase Order %1").arg(m_order.value(u"number"_s).toString()));
        writer.setCreator(u"ERP"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        printTo(&writer);
    }
    file.close();
    return file.error() == QFileDevice::NoError && file.size() > 0;
}

} // namespace erp::client
