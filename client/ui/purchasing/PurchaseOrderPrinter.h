#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace erp::client {

// A purchase order as a printed document (the one sent to the supplier):
// the organisation's header from GET /settings (name, address, tax id), the
// supplier, dates and ship-to warehouse, the lines and the totals the server
// computed, in the user's language with every amount, quantity and date
// through LocaleFormat. The same QTextDocument goes to a printer (QPrinter
// through QPrintDialog) or to a PDF file (QPdfWriter).
class PurchaseOrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::PurchaseOrderPrinter)

public:
    // order: GET /purchase-orders/{id}; settings: GET /settings (may be
    // empty: then organisationName heads the page); supplier: GET
    // /suppliers/{id} (may be empty: its name from the order).
    PurchaseOrderPrinter(const QJsonObject &order, const QJsonObject &settings, const QJsonObject &supplier,
                         const QString &organisationName = {});

    QString html() const;
    // The document; the caller owns it.
    QTextDocument *createDocument() const;
    // Lays the document out on the device's pages (A4 PDF or a printer).
    void printTo(QPagedPaintDevice *device) const;
    // A4 PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;

private:
    QJsonObject m_order;
    QJsonObject m_settings;
    QJsonObject m_supplier;
    QString m_organisationName;
};

} // namespace erp::client
