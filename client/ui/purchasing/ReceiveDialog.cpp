#include "client/ui/purchasing/ReceiveDialog.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/inventory/QuantityText.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/purchasing/ApprovalInboxPage.h"
#include "shared/Decimal.h"
#include "shared/ReceiptTolerance.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace erp::client {

namespace {

Decimal decimalOf(const QJsonValue &v)
{
    return Decimal::parse(v.toString()).value_or(Decimal());
}

QString withUnit(const QString &apiDecimal, const QString &unit)
{
    return QCoreApplication::translate("erp::client::ReceiveDialog", "%1 %2")
        .arg(QuantityText::shown(apiDecimal), unit);
}

bool isScanKey(const QKeyEvent *key)
{
    return key->text().size() == 1 && key->text().at(0).isDigit()
        && (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier;
}

} // namespace

ReceiveDialog::ReceiveDialog(ApiClient *api, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_orderId(orderId)
{
    setObjectName(u"receiveDialog"_s);
    setWindowTitle(tr("Receive Goods"));
    m_heading = new QLabel(tr("Loading the order…"), this);
    m_heading->setObjectName(u"receiveHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(u"scanEdit"_s);
    m_scan->setPlaceholderText(tr("Scan a barcode or type a SKU, then press Enter"));
    m_scan->setClearButtonEnabled(true);
    m_scan->installEventFilter(this);
    auto *scanLabel = new QLabel(tr("&Scan:"), this);
    scanLabel->setBuddy(m_scan);
    m_scanMessage = new QLabel(this);
    m_scanMessage->setObjectName(u"scanMessage"_s);
    m_scanMessage->setWordWrap(true);
    m_scanMessage->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(u"linesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Ordered"), tr("Received So Far"), tr("Remaining"),
                                        tr("Receive Now"), tr("Close Short"), tr("Reason for Closing Short")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    for (int c = OrderedColumn; c <= CloseColumn; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ReasonColumn, 200);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setMaxLength(1000);
    m_note->setPlaceholderText(tr("Delivery note number, carrier, damage…"));
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_receive = buttons->addButton(tr("&Receive"), QDialogButtonBox::AcceptRole);
    m_receive->setObjectName(u"receiveButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // A scanner ends with Enter: it must never post the receipt by itself.
    m_receive->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    m_receive->setEnabled(false);
    connect(m_receive, &QPushButton::clicked, this, &ReceiveDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(scanRow);
    layout->addWidget(m_scanMessage);
    layout->addWidget(m_table, 1);
    layout->addLayout(noteRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 420);
    m_scan->setFocus();
    load(false);
}

void ReceiveDialog::load(bool keepEntries)
{
    ApiReply *reply = m_api->get(u"/purchase-orders/%1"_s.arg(m_orderId));
    connect(reply, &ApiReply::finished, this, [this, reply, keepEntries] {
        if (!reply->isSuccess()) {
            showError(ErrorText::forError(reply->error()));
            return;
        }
        fill(reply->json(), keepEntries);
        emit loaded();
    });
}

void ReceiveDialog::fill(const QJsonObject &order, bool keepEntries)
{
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    QHash<qint64, std::tuple<QString, bool, QString>> entries;
    if (keepEntries)
        for (int row = 0; row < m_table->rowCount(); ++row)
            entries.insert(jsonId(m_order.value(u"lines"_s).toArray().at(row).toObject().value(u"id"_s)),
                           {quantityEdit(row)->text(), closeShortBox(row)->isChecked(), reasonEdit(row)->text()});
    m_order = order;
    const QString state = order.value(u"state"_s).toString();
    const bool receivable = state == u"approved" || state == u"ordered" || state == u"partially_received";
    m_heading->setText(tr("%1 from %2, into %3. Tolerance: %4.")
                           .arg(order.value(u"number"_s).toString(), order.value(u"supplier_name"_s).toString(),
                                order.value(u"warehouse_name"_s).toString(),
                                LocaleFormat::percent(order.value(u"receipt_tolerance_percent"_s).toString())));
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject line = lines.at(row).toObject();
        const QString unit = line.value(u"unit_symbol"_s).toString();
        const Decimal ordered = decimalOf(line.value(u"quantity"_s));
        const Decimal received = decimalOf(line.value(u"received_quantity"_s));
        const bool closed = !line.value(u"closed_short_reason"_s).toString().isEmpty();
        const Decimal open = closed || received >= ordered ? Decimal() : ordered.subtracted(received).value_or(Decimal());
        auto item = [](const QString &text, bool right) {
            auto *i = new QTableWidgetItem(text);
            if (right)
                i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return i;
        };
        QString product = tr("%1 – %2").arg(line.value(u"product_sku"_s).toString(),
                                            line.value(u"product_name"_s).toString());
        auto *productItem = item(product, false);
        productItem->setToolTip(tr("Barcode: %1").arg(line.value(u"product_barcode"_s).toString()));
        m_table->setItem(row, ProductColumn, productItem);
        m_table->setItem(row, OrderedColumn, item(withUnit(ordered.toString(), unit), true));
        m_table->setItem(row, ReceivedColumn, item(withUnit(received.toString(), unit), true));
        auto *remaining = item(closed ? tr("closed short") : withUnit(open.toString(), unit), true);
        const QString limit = limitOf(row);
        if (!closed && Decimal::parse(limit).value_or(Decimal()) > open)
            remaining->setToolTip(tr("Up to %1 with the receipt tolerance.").arg(withUnit(limit, unit)));
        m_table->setItem(row, RemainingColumn, remaining);

        auto *now = new QLineEdit(m_table);
        now->setObjectName(u"quantityEdit%1"_s.arg(row));
        now->setValidator(new NumberValidator(3, false, now));
        now->setAlignment(Qt::AlignRight);
        now->setPlaceholderText(LocaleFormat::decimal(u"0"_s));
        now->setAccessibleName(tr("Receive now, %1").arg(product));
        auto *close = new QCheckBox(m_table);
        close->setObjectName(u"closeShortBox%1"_s.arg(row));
        close->setAccessibleName(tr("Close %1 short").arg(product));
        auto *reason = new QLineEdit(m_table);
        reason->setObjectName(u"reasonEdit%1"_s.arg(row));
        reason->setMaxLength(200);
        reason->setEnabled(false);
        reason->setAccessibleName(tr("Reason for closing %1 short").arg(product));
        connect(close, &QCheckBox::toggled, reason, [reason](bool on) {
            reason->setEnabled(on);
            if (on)
                reason->setFocus();
        });
        const bool editable = receivable && !closed && open > Decimal();
        now->setEnabled(receivable && !closed && Decimal::parse(limit).value_or(Decimal()) > Decimal());
        close->setEnabled(editable);
        const auto kept = entries.find(jsonId(line.value(u"id"_s)));
        if (kept != entries.end()) {
            now->setText(std::get<0>(*kept));
            close->setChecked(std::get<1>(*kept) && editable);
            reason->setText(std::get<2>(*kept));
        }
        m_table->setCellWidget(row, NowColumn, now);
        auto *closeCell = new QWidget(m_table);
        auto *closeLayout = new QHBoxLayout(closeCell);
        closeLayout->setContentsMargins(0, 0, 0, 0);
        closeLayout->addWidget(close, 0, Qt::AlignCenter);
        m_table->setCellWidget(row, CloseColumn, closeCell);
        m_table->setCellWidget(row, ReasonColumn, reason);
    }
    m_receive->setEnabled(receivable);
    if (!receivable)
        showError(tr("This order is %1; only approved or ordered orders can be received.")
                      .arg(ApprovalInboxPage::stateText(state)));
}

QLineEdit *ReceiveDialog::quantityEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, NowColumn));
}

QCheckBox *ReceiveDialog::closeShortBox(int row) const
{
    QWidget *cell = m_table->cellWidget(row, CloseColumn);
    return cell ? cell->findChild<QCheckBox *>() : nullptr;
}

QLineEdit *ReceiveDialog::reasonEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, ReasonColumn));
}

int ReceiveDialog::rowOfLine(qint64 lineId) const
{
    const QJsonArray lines = m_order.value(u"lines"_s).toArray();
    for (int row = 0; row < lines.size(); ++row)
        if (jsonId(lines.at(row).toObject().value(u"id"_s)) == lineId)
            return row;
    return -1;
}

QString ReceiveDialog::limitOf(int row) const
{
    const QJsonObject line = m_order.value(u"lines"_s).toArray().at(row).toObject();
    if (!line.value(u"closed_short_reason"_s).toString().isEmpty())
        return u"0"_s;
    const auto left = erp::shared::ReceiptTolerance::remaining(
        decimalOf(line.value(u"quantity"_s)), decimalOf(line.value(u"received_quantity"_s)),
        decimalOf(m_order.value(u"receipt_tolerance_percent"_s)));
    return left ? left->toString() : u"0"_s;
}

QString ReceiveDialog::lineName(int row) const
{
    const QJsonObject line = m_order.value(u"lines"_s).toArray().at(row).toObject();
    return tr("%1 (%2)").arg(line.value(u"product_name"_s).toString(), line.value(u"product_sku"_s).toString());
}

bool ReceiveDialog::scan(const QString &rawCode)
{
    const QString code = rawCode.trimmed();
    if (code.isEmpty() || !isLoaded())
        return false;
    const QJsonArray lines = m_order.value(u"lines"_s).toArray();
    int match = -1;
    for (int row = 0; row < lines.size() && match < 0; ++row)
        if (lines.at(row).toObject().value(u"product_barcode"_s).toString() == code)
            match = row;
    for (int row = 0; row < lines.size() && match < 0; ++row)
        if (lines.at(row).toObject().value(u"product_sku"_s).toString().compare(code, Qt::CaseInsensitive) == 0)
            match = row;
    QPalette palette = m_scanMessage->palette();
    if (match < 0) {
        palette.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
        m_scanMessage->setPalette(palette);
        m_scanMessage->setText(tr("Nothing on this order has the barcode or SKU “%1”. Check the product or the order.")
                                   .arg(code));
        QApplication::beep();
        return false;
    }
    QLineEdit *edit = quantityEdit(match);
    const auto typed = LocaleFormat::parseQuantity(edit->text().isEmpty() ? LocaleFormat::decimal(u"0"_s) : edit->text(), 3);
    const Decimal current = typed.ok() ? decimalOf(typed.decimal) : Decimal();
    const Decimal next = current.added(Decimal::fromInteger(1)).value_or(current);
    const Decimal limit = decimalOf(limitOf(match));
    const QString unit = lines.at(match).toObject().value(u"unit_symbol"_s).toString();
    m_table->selectRow(match);
    if (!typed.ok() || next > limit || !edit->isEnabled()) {
        palette.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
        m_scanMessage->setPalette(palette);
        m_scanMessage->setText(
            typed.ok() ? tr("%1: at most %2 may still be received; this item was not added.")
                             .arg(lineName(match), withUnit(limit.toString(), unit))
                       : tr("%1: the quantity typed cannot be read; correct it before scanning.").arg(lineName(match)));
        QApplication::beep();
        return false;
    }
    edit->setText(QuantityText::forEditing(next.toString()));
    FieldErrorStyle::markField(edit, false);
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Active, QPalette::Text));
    m_scanMessage->setPalette(palette);
    m_scanMessage->setText(tr("%1: one added, %2 to receive now.").arg(lineName(match), withUnit(next.toString(), unit)));
    return true;
}

bool ReceiveDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_scan && enter) {
            scan(m_scan->text());
            m_scan->clear();
            return true;
        }
        // A scanner typing while the table (not a quantity field) has the
        // focus: its digits go to the scan field.
        if ((watched == m_table || watched == m_table->viewport()) && isScanKey(key)) {
            m_scan->setFocus();
            m_scan->insert(key->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReceiveDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter never posts (a scanner ends every code with it); digits typed
    // where nothing else takes them start a scan.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!m_scan->text().isEmpty()) {
            scan(m_scan->text());
            m_scan->clear();
        }
        event->accept();
        return;
    }
    if (isScanKey(event)) {
        m_scan->setFocus();
        m_scan->insert(event->text());
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReceiveDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit failed(text);
}

void ReceiveDialog::setBusy(bool busy)
{
    m_receive->setEnabled(!busy);
    m_table->setEnabled(!busy);
    m_scan->setEnabled(!busy);
}

void ReceiveDialog::submit()
{
    if (!isLoaded() || m_reply)
        return;
    const QJsonArray lines = m_order.value(u"lines"_s).toArray();
    QJsonArray receipt;
    QStringList problems;
    QStringList reasons;
    bool anyClose = false;
    QList<int> stayOpen;
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject line = lines.at(row).toObject();
        QLineEdit *edit = quantityEdit(row);
        const QString unit = line.value(u"unit_symbol"_s).toString();
        Decimal now;
        bool bad = false;
        if (!edit->text().trimmed().isEmpty()) {
            const auto parsed = LocaleFormat::parseQuantity(edit->text(), 3);
            if (!parsed.ok()) {
                problems << tr("%1: %2").arg(lineName(row), parsed.message);
                bad = true;
            } else {
                now = decimalOf(parsed.decimal);
                const Decimal limit = decimalOf(limitOf(row));
                if (now > limit) {
                    problems << tr("%1: at most %2 may still be received.").arg(lineName(row), withUnit(limit.toString(), unit));
                    bad = true;
                } else if (now > Decimal()) {
                    receipt.append(QJsonObject {{u"line_id"_s, line.value(u"id"_s)}, {u"quantity"_s, now.toString()}});
                }
            }
        }
        FieldErrorStyle::markField(edit, bad);
        const Decimal ordered = decimalOf(line.value(u"quantity"_s));
        const Decimal afterwards = decimalOf(line.value(u"received_quantity"_s)).added(now).value_or(Decimal());
        const bool open = line.value(u"closed_short_reason"_s).toString().isEmpty() && afterwards < ordered;
        QCheckBox *close = closeShortBox(row);
        const bool closing = close->isChecked();
        FieldErrorStyle::markField(reasonEdit(row), closing && reasonEdit(row)->text().trimmed().isEmpty());
        if (closing) {
            anyClose = true;
            if (reasonEdit(row)->text().trimmed().isEmpty())
                problems << tr("%1: say why the line is closed short.").arg(lineName(row));
            else
                reasons << tr("%1: %2").arg(line.value(u"product_sku"_s).toString(), reasonEdit(row)->text().trimmed());
        } else if (open) {
            stayOpen << row;
        }
    }
    if (anyClose && !stayOpen.isEmpty()) {
        QStringList names;
        for (int row : stayOpen)
            names << lineName(row);
        problems << tr("Closing short ends every line that is still open. Receive the rest of %1 or close it "
                       "short as well.")
                        .arg(QLocale().createSeparatedList(names));
    }
    if (problems.isEmpty() && receipt.isEmpty() && !anyClose)
        problems << tr("Enter a quantity to receive or scan a barcode.");
    if (!problems.isEmpty()) {
        showError(problems.join(u"\n"_s));
        return;
    }
    showError(QString());
    const QString closeReason = reasons.join(u"; "_s);
    if (receipt.isEmpty()) {
        postCloseShort(closeReason);
        return;
    }
    setBusy(true);
    QJsonObject body {{u"lines"_s, receipt}};
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    m_reply = m_api->post(u"/purchase-orders/%1/receive"_s.arg(m_orderId), body);
    connect(m_reply.data(), &ApiReply::finished, this, [this, reply = m_reply.data(), receipt, anyClose, closeReason] {
        setBusy(false);
        if (reply->isSuccess()) {
            m_order = reply->json();
            // What was received is booked: those entries are done.
            for (int row = 0; row < m_table->rowCount(); ++row)
                quantityEdit(row)->clear();
            if (anyClose)
                postCloseShort(closeReason);
            else
                finishReceipt();
            return;
        }
        const ApiError &error = reply->error();
        QStringList texts;
        for (const FieldError &f : error.fieldErrors()) {
            static const QRegularExpression at(u"^lines\\[(\\d+)\\]"_s);
            const auto m = at.match(f.field);
            const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
            const int row = index >= 0 && index < receipt.size()
                ? rowOfLine(jsonId(receipt.at(index).toObject().value(u"line_id"_s)))
                : -1;
            if (row >= 0)
                FieldErrorStyle::markField(quantityEdit(row), true);
            if (f.code == u"exceeds_ordered" && row >= 0)
                texts << tr("%1: more than may still be received; someone may have received goods for this "
                            "order in the meantime. The remaining quantities are updated; your entries are kept.")
                             .arg(lineName(row));
            else if (f.code == u"line_closed" && row >= 0)
                texts << tr("%1: the line was closed short meanwhile and receives nothing more.").arg(lineName(row));
            else
                texts << (row >= 0 ? tr("%1: %2").arg(lineName(row), ErrorText::forFieldError(f))
                                   : ErrorText::forFieldError(f));
        }
        if (texts.isEmpty()) {
            if (error.httpStatus() == 409 && error.code() == u"invalid_state") {
                const auto state = error.fieldErrorsFor(u"state"_s);
                texts << tr("The order cannot be received any more: it is now %1. Your entries are kept.")
                             .arg(ApprovalInboxPage::stateText(state.isEmpty() ? QString() : state.first().code));
            } else {
                texts << ErrorText::forError(error);
            }
        }
        showError(texts.join(u"\n"_s));
        // Fresh figures (received so far, remaining) without touching the entries.
        if (error.isHttp())
            load(true);
    });
}

void ReceiveDialog::postCloseShort(const QString &reason)
{
    setBusy(true);
    m_reply = m_api->post(u"/purchase-orders/%1/close_short"_s.arg(m_orderId), {{u"reason"_s, reason}});
    connect(m_reply.data(), &ApiReply::finished, this, [this, reply = m_reply.data()] {
        setBusy(false);
        if (reply->isSuccess()) {
            m_order = reply->json();
            finishReceipt();
            return;
        }
        const ApiError &error = reply->error();
        QString text = error.httpStatus() == 409
            ? tr("The lines could not be closed short: only an order with some goods received can be closed short.")
            : ErrorText::forError(error);
        showError(text);
        load(true);
    });
}

void ReceiveDialog::finishReceipt()
{
    emit received(m_order);
    accept();
}

} // namespace erp::client
