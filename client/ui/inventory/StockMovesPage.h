#pragma once

#include "client/ui/ListPage.h"

#include <QHash>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace erp::client {

class PurchaseOrderEditor;
class ReferencePicker;

// Inventory > Stock Moves: the immutable ledger, newest first, filtered by
// product, location (either side of the move), reason and a date range.
// A receipt names its purchase order by number; double-clicking it opens
// the order for whoever may read orders.
class StockMovesPage : public ListPage
{
    Q_OBJECT

public:
    explicit StockMovesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override;

    ReferencePicker *productFilter() const { return m_product; }
    ReferencePicker *locationFilter() const { return m_location; }
    QComboBox *reasonFilter() const { return m_reason; }
    QLineEdit *fromDateEdit() const { return m_fromDate; }
    QLineEdit *toDateEdit() const { return m_toDate; }
    QLabel *productLabel() const { return m_productLabel; }
    QLabel *locationLabel() const { return m_locationLabel; }
    QLabel *fromDateLabel() const { return m_fromLabel; }
    QLabel *toDateLabel() const { return m_toLabel; }

    static QString reasonText(const QString &reason);
    // Opens the document a move was booked for (a purchase order, read-only
    // unless the user may change it) when the user may read it; null
    // otherwise. Double-clicking a move does the same.
    PurchaseOrderEditor *openDocument(const QJsonObject &move);

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    // The filters never narrower than their hints ("Alle Lagerplätze" at 200 % text).
    void keepFilterHintsWhole();
    void applyDates();
    void loadLocations();

    ReferencePicker *m_product;
    ReferencePicker *m_location;
    QComboBox *m_reason;
    QLineEdit *m_fromDate;
    QLineEdit *m_toDate;
    // The filter labels, retranslated with the page.
    QLabel *m_productLabel;
    QLabel *m_locationLabel;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    std::shared_ptr<QHash<qint64, QString>> m_locationCodes;
    bool m_locationsLoaded = false;
};

} // namespace erp::client
