// The approval inbox against the real server, and the whole way of an order
// through the desktop client: a buyer types an order into the editor by
// keyboard and submits it, a manager approves it from the inbox, the
// warehouse clerk receives it in the receive dialog with a scanned barcode,
// and the stock page shows the stock risen by what was scanned. Also: rejecting needs a reason, several orders are
// approved after one confirmation with their count and total, and the
// server's refusals (someone else was quicker, the creator) read as words.
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/inventory/StockPage.h"
#include "client/ui/purchasing/ApprovalInboxPage.h"
#include "client/ui/purchasing/PurchaseOrdersPage.h"
#include "client/ui/purchasing/ReceiveDialog.h"
#include "client/ui/purchasing/RejectOrderDialog.h"
#include "shared/Decimal.h"
#include "tests/client/purchasing/OrderEditorKeyboard.h"
#include "tests/client/purchasing/ProcurementClientFixture.h"

#include <QItemSelectionModel>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProcess>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;
using erp::test::ProcurementClientFixture;

class TestApprovalInbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buyerOrdersManagerApprovesClerkReceivesStockRises();
    void rejectWithoutAReasonIsImpossible();
    void severalOrdersApprovedAfterOneConfirmation();
    void someoneElseWasQuickerReadsAsWords();
    void creatorRefusalReadsAsWords();
    void screenshot();

private:
    bool loaded(ApprovalInboxPage &page);
    bool select(ApprovalInboxPage &page, const QList<qint64> &ids);
    QString cell(ApprovalInboxPage &page, qint64 id, const QString &key);

    ProcurementClientFixture m_f;
    LanguageManager m_languages;
    qint64 m_bolt = 0;
    qint64 m_washer = 0;
};

void TestApprovalInbox::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    QVERIFY(m_f.start(u"ui_approval_inbox"_s));
    m_bolt = m_f.product(u"BOLT-M8"_s, u"4006381333931"_s);
    m_washer = m_f.product(u"WASHER-8"_s, u"4012345678901"_s);
    QVERIFY(m_bolt > 0 && m_washer > 0);
}

bool TestApprovalInbox::loaded(ApprovalInboxPage &page)
{
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    page.activate();
    page.refresh();
    return reloaded.wait(15000) || reloaded.count() > 0;
}

bool TestApprovalInbox::select(ApprovalInboxPage &page, const QList<qint64> &ids)
{
    page.view()->clearSelection();
    for (const qint64 id : ids) {
        const int row = page.model()->rowOfId(id);
        if (row < 0)
            return false;
        page.view()->selectionModel()->select(page.model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return page.selectedOrders().size() == ids.size();
}

QString TestApprovalInbox::cell(ApprovalInboxPage &page, qint64 id, const QString &key)
{
    const int row = page.model()->rowOfId(id);
    const int column = page.model()->columnForKey(key);
    return row < 0 || column < 0 ? QString() : page.model()->index(row, column).data().toString();
}

// The whole way of an order through the desktop client, three people
// signed in to the real server: the buyer types the order into the editor
// by keyboard alone and submits it, a manager approves it in the approval
// inbox, the warehouse clerk receives it in the receive dialog with a
// scanned barcode, and the stock page shows the stock risen by what was
// scanned. The buyer's live totals use the organisation's default tax rate,
// which a purchaser reads through /settings/documents.
void TestApprovalInbox::buyerOrdersManagerApprovesClerkReceivesStockRises()
{
    using namespace erp::test::keyboard;
    // The organisation charges 19 % unless a line says otherwise.
    const auto settings = ProcurementClientFixture::call(m_f.admin.api->get(u"/settings"_s));
    const QString previousRate = settings->json().value(u"default_tax_rate"_s).toString();
    auto changed = ProcurementClientFixture::call(
        m_f.admin.api->patch(u"/settings"_s,
                             {{u"default_tax_rate"_s, u"19"_s},
                              {u"company_name"_s, u"Acme Fasteners GmbH"_s},
                              {u"tax_id"_s, u"DE999999999"_s}},
                             settings->etag()));
    QVERIFY2(changed->isSuccess(), changed->body().constData());
    auto restore = qScopeGuard([&] {
        auto now = ProcurementClientFixture::call(m_f.admin.api->get(u"/settings"_s));
        ProcurementClientFixture::call(
            m_f.admin.api->patch(u"/settings"_s, {{u"default_tax_rate"_s, previousRate}}, now->etag()));
    });

    // 1. The buyer, by keyboard: supplier, one line of 12 bolts at 100.00
    //    with the default tax, Ctrl+S, then Submit.
    PurchaseOrdersPage orders(m_f.buyer.api.get());
    orders.resize(1200, 700);
    orders.show();
    QVERIFY(QTest::qWaitForWindowExposed(&orders));
    orders.activate();
    PurchaseOrderEditor *editor = orders.newOrder();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_COMPARE_WITH_TIMEOUT(editor->warehousePicker()->id(), m_f.warehouse, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->supplierPicker()->hasFocus(), 5000);
    QVERIFY(pickInFocusedPicker(u"Fastener"_s));
    QCOMPARE(editor->supplierPicker()->id(), m_f.supplier);
    QVERIFY(press(Qt::Key_L, Qt::AltModifier));
    QVERIFY(editor->linesView()->hasFocus());
    QTRY_COMPARE_WITH_TIMEOUT(editor->linesModel()->defaultTaxRate().isEmpty(), false, 15000);
    QVERIFY(typeLine(editor, u"BOLT-M8"_s, u"12"_s, u"100"_s, QString()));
    // By hand: 12 × 100.00 = 1,200.00; 19 % of it 228.00; 1,428.00.
    QCOMPARE(editor->subtotalLabel()->text(), LocaleFormat::amount(u"1200.00"_s, u"EUR"_s));
    QCOMPARE(editor->taxLabel()->text(), LocaleFormat::amount(u"228.00"_s, u"EUR"_s));
    QCOMPARE(editor->totalLabel()->text(), LocaleFormat::amount(u"1428.00"_s, u"EUR"_s));
    QSignalSpy saved(editor, &RecordForm::saved);
    QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
    QVERIFY2(saved.wait(30000), qPrintable(editor->bannerText()));
    const qint64 id = editor->recordId();
    QVERIFY(id > 0);
    QCOMPARE(m_f.order(id).value(u"total"_s).toString(), u"1428.00"_s);
    QPushButton *submit = editor->actionButton(u"submit"_s);
    QVERIFY(submit && submit->isVisible());
    QSignalSpy reloadedEditor(editor, &RecordForm::loaded);
    submit->setFocus();
    QTest::keyClick(submit, Qt::Key_Space);
    QVERIFY2(reloadedEditor.wait(30000), qPrintable(editor->bannerText()));
    // 1,428.00 EUR: the band from 1,000 to 10,000 with one approver.
    QCOMPARE(editor->state(), u"submitted"_s);
    const QString number = m_f.order(id).value(u"number"_s).toString();
    // The buyer's PDF carries the company header from the settings.
    const QString pdf = m_f.admin.dir.filePath(u"buyer-order.pdf"_s);
    QSignalSpy exported(editor, &PurchaseOrderEditor::pdfExported);
    editor->exportPdf(pdf);
    QVERIFY(exported.wait(15000) || !exported.isEmpty());
    QCOMPARE(exported.first().at(1).toBool(), true);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString &want : {u"Acme Fasteners GmbH"_s, u"Tax ID: DE999999999"_s, number})
        QVERIFY2(text.contains(want), qPrintable(u"“%1” is not in the buyer's PDF:\n%2"_s.arg(want, text)));
    editor->close();

    // 2. A manager approves it from the inbox, after one confirmation.
    ApprovalInboxPage inbox(m_f.manager1.api.get());
    QAbstractItemModelTester tester(inbox.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(inbox));
    QVERIFY2(inbox.model()->rowOfId(id) >= 0, "the manager's inbox lists the buyer's submitted order");
    QCOMPARE(cell(inbox, id, u"number"_s), number);
    QCOMPARE(cell(inbox, id, u"created_by_name"_s), u"buyer"_s);
    QCOMPARE(cell(inbox, id, u"supplier_name"_s), u"Fastener Wholesale AG"_s);
    QCOMPARE(cell(inbox, id, u"total"_s), u"1,428.00\u00A0EUR"_s);
    QVERIFY2(cell(inbox, id, u"approval_band"_s).contains(u"1 approver"_s),
             qPrintable(cell(inbox, id, u"approval_band"_s)));
    QCOMPARE(cell(inbox, id, u"approvals_given"_s), u"0 of 1"_s);
    // The buyer's own inbox does not list it (a purchaser approves nothing).
    ApprovalInboxPage buyersInbox(m_f.buyer.api.get());
    QVERIFY(loaded(buyersInbox));
    QCOMPARE(buyersInbox.model()->rowOfId(id), -1);
    QVERIFY(select(inbox, {id}));
    QVERIFY(inbox.approveAction()->isEnabled());
    QMessageBox *box = inbox.approveSelected();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().contains(u"1,428.00\u00A0EUR"_s), qPrintable(box->informativeText()));
    QSignalSpy done(&inbox, &ApprovalInboxPage::decisionsFinished);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmApproveButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(inbox.lastOutcomes(), QStringList {number + u": approved."_s});
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"approved"_s);

    // 3. The warehouse clerk receives it: three scans at the scan field, one
    //    while the table has the focus, one code that matches nothing.
    const auto before = Decimal::parse(m_f.onHand(m_bolt, m_f.receiving));
    QVERIFY(before);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QSignalSpy dialogLoaded(&dialog, &ReceiveDialog::loaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialogLoaded.wait(15000) || dialogLoaded.count() > 0);
    QCOMPARE(dialog.linesTable()->rowCount(), 1);
    QCOMPARE(dialog.linesTable()->item(0, ReceiveDialog::RemainingColumn)->text(), u"12 pc"_s);
    int scans = 0;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(dialog.scanEdit(), u"4006381333931"_s);
        QTest::keyClick(dialog.scanEdit(), Qt::Key_Return);
        ++scans;
    }
    QTest::keyClicks(dialog.scanEdit(), u"4099999999999"_s);
    QTest::keyClick(dialog.scanEdit(), Qt::Key_Return);
    QVERIFY2(dialog.scanMessage()->text().contains(u"Nothing on this order"_s), qPrintable(dialog.scanMessage()->text()));
    dialog.linesTable()->setFocus();
    QTest::keyClicks(dialog.linesTable(), u"4006381333931"_s);
    QTest::keyClick(dialog.linesTable(), Qt::Key_Return);
    ++scans;
    QVERIFY(dialog.isVisible()); // Enter never posts
    QCOMPARE(dialog.quantityEdit(0)->text(), QString::number(scans));
    QSignalSpy received(&dialog, &ReceiveDialog::received);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QVERIFY(received.wait(15000));
    const QJsonObject after = m_f.order(id);
    QCOMPARE(after.value(u"state"_s).toString(), u"partially_received"_s);
    QCOMPARE(*Decimal::parse(after.value(u"lines"_s).toArray().first().toObject().value(u"received_quantity"_s).toString()),
             Decimal::fromInteger(scans));
    const Decimal expected = *before->added(Decimal::fromInteger(scans));

    // 4. The clerk's stock page: the receiving location holds the scanned bolts.
    StockPage stock(m_f.clerk.api.get());
    QSignalSpy stockLoaded(stock.model(), &PagedListModel::reloaded);
    stock.activate();
    QVERIFY(stockLoaded.wait(15000) || stockLoaded.count() > 0);
    stockLoaded.clear();
    stock.model()->setSearchText(u"BOLT-M8"_s);
    QVERIFY(stockLoaded.wait(15000));
    int row = -1;
    for (int r = 0; r < stock.model()->rowCount(); ++r)
        if (stock.model()->itemAt(r).value(u"location_code"_s).toString() == u"RECV"_s
            && qint64(stock.model()->itemAt(r).value(u"product_id"_s).toDouble()) == m_bolt)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(stock.model()->index(row, stock.model()->columnForKey(u"on_hand"_s)).data().toString(),
             LocaleFormat::decimal(expected.toString()));
}

void TestApprovalInbox::rejectWithoutAReasonIsImpossible()
{
    const qint64 id = m_f.submittedOrder({ProcurementClientFixture::line(m_washer, u"40"_s, u"30.00"_s)});
    QVERIFY(id > 0);
    ApprovalInboxPage inbox(m_f.manager1.api.get());
    QVERIFY(loaded(inbox));
    QVERIFY(select(inbox, {id}));
    RejectOrderDialog *dialog = inbox.rejectSelected();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QTest::keyClicks(dialog->commentEdit(), u"   "_s);
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"submitted"_s);
    // The server refuses it as well when asked directly.
    const auto direct = erp::test::waitFor(
        m_f.manager1.api->post(u"/purchase-orders/%1/reject"_s.arg(id), {{u"comment"_s, u""_s}}));
    QCOMPARE(direct->status(), 422);
    QVERIFY(ApprovalInboxPage::refusalText(m_f.order(id), direct->error()).contains(u"needs a reason"_s));

    dialog->commentEdit()->clear();
    QTest::keyClicks(dialog->commentEdit(), u"Order from the framework contract supplier instead."_s);
    QVERIFY(dialog->rejectButton()->isEnabled());
    QSignalSpy done(&inbox, &ApprovalInboxPage::decisionsFinished);
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    const QJsonObject order = m_f.order(id);
    QCOMPARE(order.value(u"state"_s).toString(), u"draft"_s);
    const QJsonArray approvals = order.value(u"approvals"_s).toArray();
    QVERIFY(!approvals.isEmpty());
    QCOMPARE(approvals.last().toObject().value(u"decision"_s).toString(), u"rejected"_s);
    QCOMPARE(approvals.last().toObject().value(u"comment"_s).toString(),
             u"Order from the framework contract supplier instead."_s);
}

void TestApprovalInbox::severalOrdersApprovedAfterOneConfirmation()
{
    QList<qint64> ids;
    Decimal expectedTotal;
    for (const QString &quantity : {u"11"_s, u"23"_s, u"37"_s}) {
        const qint64 id = m_f.submittedOrder({ProcurementClientFixture::line(m_bolt, quantity, u"99.95"_s)});
        QVERIFY(id > 0);
        ids << id;
        // The total the server computed, not the client's sum of it.
        expectedTotal = *expectedTotal.added(*Decimal::parse(m_f.order(id).value(u"total"_s).toString()));
    }
    ApprovalInboxPage inbox(m_f.manager2.api.get());
    QVERIFY(loaded(inbox));
    QVERIFY(select(inbox, ids));
    QMessageBox *box = inbox.approveSelected();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"3 purchase orders"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(LocaleFormat::amount(expectedTotal.toString(), u"EUR"_s)),
             qPrintable(box->informativeText()));
    // Cancel approves nothing.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(200);
    for (const qint64 id : ids)
        QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"submitted"_s);

    box = inbox.approveSelected();
    QSignalSpy done(&inbox, &ApprovalInboxPage::decisionsFinished);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmApproveButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).toInt(), 3);
    QCOMPARE(done.first().at(1).toInt(), 0);
    for (const qint64 id : ids)
        QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"approved"_s);
    QVERIFY(!inbox.outcomeLabel()->isHidden());
    QCOMPARE(inbox.outcomeLabel()->text().count(u": approved."_s), 3);
}

void TestApprovalInbox::someoneElseWasQuickerReadsAsWords()
{
    const qint64 first = m_f.submittedOrder({ProcurementClientFixture::line(m_bolt, u"15"_s, u"100.00"_s)});
    const qint64 second = m_f.submittedOrder({ProcurementClientFixture::line(m_bolt, u"16"_s, u"100.00"_s)});
    QVERIFY(first > 0 && second > 0);
    ApprovalInboxPage inbox(m_f.manager1.api.get());
    QVERIFY(loaded(inbox));
    QVERIFY(select(inbox, {first, second}));
    // Meanwhile the other manager approves the first one.
    QVERIFY(erp::test::waitFor(m_f.manager2.api->post(u"/purchase-orders/%1/approve"_s.arg(first)))->isSuccess());
    QMessageBox *box = inbox.approveSelected();
    QSignalSpy done(&inbox, &ApprovalInboxPage::decisionsFinished);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmApproveButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(done.first().at(1).toInt(), 1);
    const QString firstNumber = m_f.order(first).value(u"number"_s).toString();
    const QString secondNumber = m_f.order(second).value(u"number"_s).toString();
    QVERIFY2(inbox.lastOutcomes().contains(
                 firstNumber + u": someone else has already dealt with this order; it is now approved."_s),
             qPrintable(inbox.lastOutcomes().join(u" | "_s)));
    QVERIFY(inbox.lastOutcomes().contains(secondNumber + u": approved."_s));
    QVERIFY(inbox.outcomeLabel()->text().contains(u"someone else"_s));
}

void TestApprovalInbox::creatorRefusalReadsAsWords()
{
    // The admin may approve, but never an order of their own: the server's 403.
    const auto created = erp::test::waitFor(m_f.admin.api->create(
        u"/purchase-orders"_s, {{u"supplier_id"_s, m_f.supplier},
                                {u"warehouse_id"_s, m_f.warehouse},
                                {u"lines"_s, QJsonArray {ProcurementClientFixture::line(m_bolt, u"20"_s, u"100.00"_s)}}}));
    const qint64 id = qint64(created->json().value(u"id"_s).toDouble());
    QVERIFY(id > 0);
    QVERIFY(erp::test::waitFor(m_f.admin.api->post(u"/purchase-orders/%1/submit"_s.arg(id)))->isSuccess());
    ApprovalInboxPage inbox(m_f.admin.api.get());
    QVERIFY(loaded(inbox));
    QCOMPARE(inbox.model()->rowOfId(id), -1); // not in the creator's own inbox
    const auto refused = erp::test::waitFor(m_f.admin.api->post(u"/purchase-orders/%1/approve"_s.arg(id)));
    QCOMPARE(refused->status(), 403);
    QCOMPARE(ApprovalInboxPage::refusalText(m_f.order(id), refused->error()),
             m_f.order(id).value(u"number"_s).toString()
                 + u": you created this order, so someone else has to approve it."_s);
}

void TestApprovalInbox::screenshot()
{
    for (const QString &q : {u"5"_s, u"8"_s})
        QVERIFY(m_f.submittedOrder({ProcurementClientFixture::line(m_washer, q, u"250.00"_s)}) > 0);
    ApprovalInboxPage inbox(m_f.manager1.api.get());
    inbox.resize(1280, 520);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QVERIFY(loaded(inbox));
    QVERIFY(inbox.model()->rowCount() >= 2);
    inbox.view()->resizeColumnsToContents();
    QVERIFY(select(inbox, {inbox.model()->idAt(0), inbox.model()->idAt(1)}));
    const QStringList problems = erp::test::layoutProblems(&inbox, {u"listView"_s});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    const QString path = erp::test::saveScreenshot(&inbox, u"purchasing_approval_inbox"_s);
    QVERIFY(QFile::exists(path));
    QVERIFY2(inbox.minimumSizeHint().width() <= 860, qPrintable(QString::number(inbox.minimumSizeHint().width())));
    QMessageBox *box = inbox.approveSelected();
    QVERIFY(QTest::qWaitForWindowExposed(box));
    erp::test::saveScreenshot(box, u"purchasing_approval_confirmation"_s);
    box->reject();
}

QTEST_MAIN(TestApprovalInbox)
#include "tst_approvalinbox.moc"
