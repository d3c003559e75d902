#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace erp::client {

class ApiClient;
class ApiReply;

// Receiving goods against one approved or ordered purchase order: per line
// what was ordered, received so far and what remains, the quantity arriving
// now (never more than the server's limit: ordered plus the receipt
// tolerance, by the shared ReceiptTolerance rule) and "close short" with a
// reason. A barcode scanner working as a keyboard (digits, then Enter) in
// the scan field, or while the table has the focus, adds one unit to the
// line whose product has that barcode or SKU. Receive posts the receipt
// (then close_short when lines are closed); a refusal is shown in words and
// every entry stays.
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ProductColumn, OrderedColumn, ReceivedColumn, RemainingColumn, NowColumn, CloseColumn, ReasonColumn };

    ReceiveDialog(ApiClient *api, qint64 orderId, QWidget *parent = nullptr);

    QJsonObject order() const { return m_order; }
    bool isLoaded() const { return !m_order.isEmpty(); }
    QLineEdit *scanEdit() const { return m_scan; }
    QLabel *scanMessage() const { return m_scanMessage; }
    QLabel *errorLabel() const { return m_error; }
    QTableWidget *linesTable() const { return m_table; }
    QPushButton *receiveButton() const { return m_receive; }
    QLineEdit *quantityEdit(int row) const;
    QCheckBox *closeShortBox(int row) const;
    QLineEdit *reasonEdit(int row) const;
    int rowOfLine(qint64 lineId) const;

    // What a scanner sends: adds one unit to the matching line. False (and a
    // message) when no line matches or the line is at its limit.
    bool scan(const QString &code);
    // Checks the entries and posts them.
    void submit();

Q_SIGNALS:
    void loaded();
    // The order after a successful receipt (and close short).
    void received(const QJsonObject &order);
    // The server refused; the entries are unchanged.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load(bool keepEntries);
    void fill(const QJsonObject &order, bool keepEntries);
    QString limitOf(int row) const;
    QString lineName(int row) const;
    void showError(const QString &text);
    void setBusy(bool busy);
    void postCloseShort(const QString &reason);
    void finishReceipt();

    ApiClient *m_api;
    qint64 m_orderId;
    QJsonObject m_order;
    QLabel *m_heading;
    QLineEdit *m_scan;
    QLabel *m_scanMessage;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_receive;
    QPushButton *m_cancel;
    QPointer<ApiReply> m_reply;
};

} // namespace erp::client
