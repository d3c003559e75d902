#pragma once

#include "client/ui/RecordForm.h"

#include <QHash>
#include <QInputDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace erp::client {

class PurchaseOrderLinesModel;
class PurchaseOrderLinesView;
class ReferencePicker;

// Create or edit a purchase order: the header (supplier, currency, dates,
// ship-to warehouse, notes) and its lines, entered by keyboard alone, with
// subtotal, tax and total computed live by the shared PurchaseOrderTotals.
// Save creates (POST with an Idempotency-Key) or changes a draft (PATCH
// with If-Match, 412 through the ConflictDialog); the editor stays open so
// the prices and amounts the server filled in are shown and the order can
// be submitted. The state's actions (submit, withdraw, approve, reject,
// mark ordered, revise, cancel, close) appear only when the state and the
// user's permissions allow them; the server decides again. Print… and
// Export PDF… render the saved order with PurchaseOrderPrinter.
class PurchaseOrderEditor : public RecordForm
{
    Q_OBJECT

public:
    explicit PurchaseOrderEditor(ApiClient *api, QWidget *parent = nullptr);
    ~PurchaseOrderEditor() override;

    // Whether the order can be changed here (a draft, and purchasing.edit).
    bool isEditable() const { return m_editable; }
    QString state() const;

    PurchaseOrderLinesModel *linesModel() const { return m_lines; }
    PurchaseOrderLinesView *linesView() const { return m_linesView; }
    ReferencePicker *supplierPicker() const { return m_supplier; }
    ReferencePicker *warehousePicker() const { return m_warehouse; }
    QLabel *subtotalLabel() const { return m_subtotal; }
    QLabel *taxLabel() const { return m_tax; }
    QLabel *totalLabel() const { return m_total; }
    // The button of an action ("submit", "approve", ...), null if none.
    QPushButton *actionButton(const QString &action) const { return m_actionButtons.value(action); }
    QInputDialog *reasonPrompt() const { return m_reasonPrompt; }
    QPushButton *closeLineShortButton() const { return m_closeLineButton; }
    QTreeWidget *approvalsView() const { return m_approvals; }

    // Runs an action on the saved order (asks for a comment or reason first
    // where one is needed or expected).
    void runAction(const QString &action);
    // Renders the saved order to a PDF file; emits pdfExported.
    void exportPdf(const QString &path);
    void exportPdfAsk();
    // Ends the current line short: asks for the reason, then posts
    // /purchase-orders/{id}/lines/{line}/close_short and reloads the order.
    void closeCurrentLineShort();
    void print();

Q_SIGNALS:
    // An action changed the order on the server (the list updates its row).
    void orderChanged(const QJsonObject &order);
    void actionFailed(const QString &message);
    void pdfExported(const QString &path, bool success);

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    QString displayValue(const QString &field, const QJsonValue &value) const override;
    void recordChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLocale();
    void updateTotals();
    void updateActions();
    void updateEditable();
    void updateCloseLineButton();
    void showApprovals(const QJsonArray &approvals);
    void supplierPicked(const QJsonObject &supplier);
    void applySupplier(const QJsonObject &supplier);
    void fetchSupplierPrices(qint64 productId);
    void loadLookups();
    void markServerProblems(const ApiError &error);
    void postAction(const QString &action, const QJsonObject &body);
    void actionFinished(ApiReply *reply, const QString &action);
    // Calls then(settings, supplier) once both documents' extra data is here.
    void withPrintData(const std::function<void()> &then);
    QString printOrganisationName() const;

    ApiClient *m_api;
    PurchaseOrderLinesModel *m_lines;
    PurchaseOrderLinesView *m_linesView;
    QLabel *m_heading;
    QLabel *m_supplierLabel;
    ReferencePicker *m_supplier;
    QLabel *m_currencyLabel;
    QComboBox *m_currency;
    QLabel *m_orderDateLabel;
    QDateEdit *m_orderDate;
    QLabel *m_expectedDateLabel;
    QDateEdit *m_expectedDate;
    QLabel *m_warehouseLabel;
    ReferencePicker *m_warehouse;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_linesLabel;
    QLabel *m_linesHint;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QPushButton *m_closeLineButton;
    QLabel *m_subtotalCaption;
    QLabel *m_taxCaption;
    QLabel *m_totalCaption;
    QLabel *m_subtotal;
    QLabel *m_tax;
    QLabel *m_total;
    QLabel *m_totalsNote;
    QLabel *m_approvalsLabel;
    QTreeWidget *m_approvals;
    QHash<QString, QPushButton *> m_actionButtons;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_receiveButton;
    QPointer<QInputDialog> m_reasonPrompt;
    QPointer<ApiReply> m_actionReply;
    bool m_editable = true;
    bool m_expectedDateTouched = false;
    int m_supplierLeadDays = 0;
    bool m_settingValues = false;
    QJsonObject m_settings; // GET /settings, when the user may read it
    bool m_settingsAsked = false;
    // The settings request while it is on its way (printing waits for it).
    QPointer<ApiReply> m_settingsReply;
    QJsonObject m_supplierRecord; // GET /suppliers/{id} of the saved order
};

} // namespace erp::client
