// The stock page, the ledger and the adjustment and transfer dialogs against
// the real server: balances as booked, products below their reorder point
// marked in words and with an icon, a count and a transfer typed into the
// dialogs change the balances by what was typed, refusals keep the dialog
// open with the entries, and the ledger filters by product and reason.
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/inventory/StockAdjustmentDialog.h"
#include "client/ui/inventory/StockMovesPage.h"
#include "client/ui/inventory/StockPage.h"
#include "client/ui/inventory/StockTransferDialog.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "shared/Decimal.h"
#include "tests/client/purchasing/ProcurementClientFixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;
using erp::test::ProcurementClientFixture;

class TestStockPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsBalancesAndMarksBelowReorder();
    void adjustmentDialogBooksTheCount();
    void adjustmentWithoutReasonIsRefused();
    void transferDialogMovesStock();
    void transferOfMoreThanThereIsRefused();
    void ledgerFiltersByProductAndReason();
    void receiptNamesItsOrderAndOpensIt();
    void screenshots();

private:
    bool reload(ListPage &page);
    int rowOf(ListPage &page, qint64 productId, const QString &locationCode);
    QString shown(ListPage &page, int row, const QString &key);
    void book(qint64 productId, qint64 locationId, const QString &counted);

    ProcurementClientFixture m_f;
    LanguageManager m_languages;
    qint64 m_gloves = 0; // reorder point 50
    qint64 m_paper = 0;  // reorder point 5
};

void TestStockPage::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    QVERIFY(m_f.start(u"ui_stock_page"_s));
    m_gloves = m_f.product(u"GLOVE-L"_s, u"4012345678918"_s, u"50"_s, u"3.9000"_s);
    m_paper = m_f.product(u"PAPER-A4"_s, u"4022222222223"_s, u"5"_s, u"4.2000"_s);
    QVERIFY(m_gloves > 0 && m_paper > 0);
    book(m_gloves, m_f.storage, u"12"_s);
    book(m_paper, m_f.storage, u"40"_s);
}

void TestStockPage::book(qint64 productId, qint64 locationId, const QString &counted)
{
    const auto r = erp::test::waitFor(m_f.clerk.api->create(
        u"/stock-adjustments"_s, {{u"product_id"_s, productId},
                                  {u"location_id"_s, locationId},
                                  {u"counted"_s, counted},
                                  {u"note"_s, u"Opening count"_s}}));
    QVERIFY2(r->isSuccess(), r->body().constData());
}

bool TestStockPage::reload(ListPage &page)
{
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    page.activate();
    page.refresh();
    return reloaded.wait(15000) || reloaded.count() > 0;
}

int TestStockPage::rowOf(ListPage &page, qint64 productId, const QString &locationCode)
{
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        const QJsonObject item = page.model()->itemAt(r);
        if (qint64(item.value(u"product_id"_s).toDouble()) == productId
            && item.value(u"location_code"_s).toString() == locationCode)
            return r;
    }
    return -1;
}

QString TestStockPage::shown(ListPage &page, int row, const QString &key)
{
    return page.model()->index(row, page.model()->columnForKey(key)).data().toString();
}

void TestStockPage::showsBalancesAndMarksBelowReorder()
{
    StockPage page(m_f.clerk.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy marks(&page, &StockPage::reorderMarksUpdated);
    QVERIFY(reload(page));
    QVERIFY(marks.wait(15000) || marks.count() > 0);
    const int gloves = rowOf(page, m_gloves, u"STOCK"_s);
    const int paper = rowOf(page, m_paper, u"STOCK"_s);
    QVERIFY(gloves >= 0 && paper >= 0);
    QCOMPARE(shown(page, gloves, u"on_hand"_s), u"12"_s);
    QCOMPARE(shown(page, gloves, u"reserved"_s), u"0"_s);
    QCOMPARE(shown(page, gloves, u"available"_s), u"12"_s);
    // 12 × 3.90 = 46.80 at standard cost.
    // In the organisation's base currency (EUR for a new organisation).
    QCOMPARE(shown(page, gloves, u"value"_s), LocaleFormat::amount(u"46.80"_s, u"EUR"_s));
    QVERIFY(shown(page, gloves, u"value"_s).contains(u"EUR"_s));
    // Gloves: 12 < 50 is below the reorder point, in words and with an icon.
    const QModelIndex mark = page.model()->index(gloves, page.model()->columnForKey(u"reorder_point"_s));
    QVERIFY2(mark.data().toString().contains(u"Below reorder point"_s), qPrintable(mark.data().toString()));
    QVERIFY(!mark.data(Qt::DecorationRole).value<QIcon>().isNull());
    // Paper: 40 ≥ 5 is not.
    const QModelIndex fine = page.model()->index(paper, page.model()->columnForKey(u"reorder_point"_s));
    QVERIFY(fine.data().toString().isEmpty());
    QVERIFY(fine.data(Qt::DecorationRole).isNull());
    // "incoming" is shown exactly when the server sends it.
    QCOMPARE(page.showsIncoming(), page.model()->itemAt(gloves).contains(u"incoming"_s));
    QCOMPARE(page.model()->columnForKey(u"incoming"_s) >= 0, page.showsIncoming());

    // Below reorder only: the paper disappears.
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    page.belowReorderFilter()->setChecked(true);
    QVERIFY(reloaded.wait(15000));
    QVERIFY(rowOf(page, m_gloves, u"STOCK"_s) >= 0);
    QCOMPARE(rowOf(page, m_paper, u"STOCK"_s), -1);
}

void TestStockPage::adjustmentDialogBooksTheCount()
{
    StockPage page(m_f.clerk.api.get());
    QVERIFY(reload(page));
    const int row = rowOf(page, m_paper, u"STOCK"_s);
    QVERIFY(row >= 0);
    page.view()->setCurrentIndex(page.model()->index(row, 0));
    StockAdjustmentDialog *dialog = page.adjustStock();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->productPicker()->id(), m_paper);
    QCOMPARE(dialog->locationPicker()->id(), m_f.storage);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->onHandLabel()->text(), u"40 pc"_s, 15000);
    QTest::keyClicks(dialog->countedEdit(), u"37.5"_s);
    QTest::keyClicks(dialog->reasonEdit(), u"Stock take, aisle 4"_s);
    QSignalSpy adjusted(dialog, &StockAdjustmentDialog::adjusted);
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(adjusted.wait(15000));
    QVERIFY(reloaded.wait(15000) || reloaded.count() > 0);
    QCOMPARE(*Decimal::parse(m_f.onHand(m_paper, m_f.storage)), *Decimal::parse(u"37.5"));
    QCOMPARE(shown(page, rowOf(page, m_paper, u"STOCK"_s), u"on_hand"_s), u"37.5"_s);
}

void TestStockPage::adjustmentWithoutReasonIsRefused()
{
    const QString before = m_f.onHand(m_gloves, m_f.storage);
    StockPage page(m_f.clerk.api.get());
    StockAdjustmentDialog *dialog = page.adjustStock();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(ProcurementClientFixture::pick(dialog->productPicker(), u"GLOVE"_s));
    QCOMPARE(dialog->productPicker()->id(), m_gloves);
    QVERIFY(ProcurementClientFixture::pick(dialog->locationPicker(), u"STOCK"_s));
    QCOMPARE(dialog->locationPicker()->id(), m_f.storage);
    QTest::keyClicks(dialog->countedEdit(), u"99"_s);
    QSignalSpy failed(dialog, &StockAdjustmentDialog::failed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(failed.count(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->text().contains(u"Say why"_s));
    QCOMPARE(dialog->countedEdit()->text(), u"99"_s);
    QCOMPARE(m_f.onHand(m_gloves, m_f.storage), before);
    dialog->reject();
}

void TestStockPage::transferDialogMovesStock()
{
    const Decimal storageBefore = *Decimal::parse(m_f.onHand(m_gloves, m_f.storage));
    const Decimal receivingBefore = *Decimal::parse(m_f.onHand(m_gloves, m_f.receiving));
    StockPage page(m_f.clerk.api.get());
    QVERIFY(reload(page));
    const int row = rowOf(page, m_gloves, u"STOCK"_s);
    QVERIFY(row >= 0);
    page.view()->setCurrentIndex(page.model()->index(row, 0));
    StockTransferDialog *dialog = page.transferStock();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->productPicker()->id(), m_gloves);
    QCOMPARE(dialog->fromPicker()->id(), m_f.storage);
    QVERIFY(ProcurementClientFixture::pick(dialog->toPicker(), u"RECV"_s));
    QCOMPARE(dialog->toPicker()->id(), m_f.receiving);
    QTest::keyClicks(dialog->quantityEdit(), u"5"_s);
    QSignalSpy transferred(dialog, &StockTransferDialog::transferred);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(transferred.wait(15000));
    QCOMPARE(*Decimal::parse(m_f.onHand(m_gloves, m_f.storage)), *storageBefore.subtracted(Decimal::fromInteger(5)));
    QCOMPARE(*Decimal::parse(m_f.onHand(m_gloves, m_f.receiving)), *receivingBefore.added(Decimal::fromInteger(5)));
}

void TestStockPage::transferOfMoreThanThereIsRefused()
{
    const QString before = m_f.onHand(m_gloves, m_f.storage);
    StockPage page(m_f.clerk.api.get());
    QVERIFY(reload(page));
    page.view()->setCurrentIndex(page.model()->index(rowOf(page, m_gloves, u"STOCK"_s), 0));
    StockTransferDialog *dialog = page.transferStock();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(ProcurementClientFixture::pick(dialog->toPicker(), u"RECV"_s));
    QTest::keyClicks(dialog->quantityEdit(), u"1000"_s);
    QSignalSpy failed(dialog, &StockTransferDialog::failed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QVERIFY(dialog->isVisible());
    // "Not enough stock: GLOVE-L product has only <what is there> at STOCK."
    const QString text = dialog->errorLabel()->text();
    const QString prefix = u"Not enough stock: GLOVE-L product has only "_s;
    QVERIFY2(text.startsWith(prefix) && text.endsWith(u" at STOCK."_s), qPrintable(text));
    const auto there = LocaleFormat::parseQuantity(text.mid(prefix.size()).chopped(QString(u" at STOCK."_s).size()), 3);
    QVERIFY2(there.ok(), qPrintable(text));
    QCOMPARE(*Decimal::parse(there.decimal), *Decimal::parse(before));
    QCOMPARE(dialog->quantityEdit()->text(), u"1000"_s);
    QCOMPARE(m_f.onHand(m_gloves, m_f.storage), before);
    dialog->reject();
}

void TestStockPage::ledgerFiltersByProductAndReason()
{
    StockMovesPage moves(m_f.clerk.api.get());
    QAbstractItemModelTester tester(moves.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reload(moves));
    QVERIFY(moves.model()->rowCount() >= 4);
    QSignalSpy reloaded(moves.model(), &PagedListModel::reloaded);
    moves.productFilter()->setValue(m_gloves, u"GLOVE-L product"_s);
    QVERIFY(reloaded.wait(15000));
    for (int r = 0; r < moves.model()->rowCount(); ++r)
        QCOMPARE(moves.model()->itemAt(r).value(u"sku"_s).toString(), u"GLOVE-L"_s);
    reloaded.clear();
    moves.reasonFilter()->setCurrentIndex(moves.reasonFilter()->findData(u"transfer"_s));
    QVERIFY(reloaded.wait(15000));
    // The one transfer of 5 gloves from STOCK to RECV.
    QCOMPARE(moves.model()->rowCount(), 1);
    QCOMPARE(shown(moves, 0, u"reason"_s), u"Transfer"_s);
    QCOMPARE(shown(moves, 0, u"quantity"_s), u"5"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown(moves, 0, u"from_location_id"_s), u"STOCK"_s, 15000);
    QCOMPARE(shown(moves, 0, u"to_location_id"_s), u"RECV"_s);
    // A date range that ended yesterday shows nothing.
    reloaded.clear();
    moves.toDateEdit()->setText(LocaleFormat::date(QDate::currentDate().addDays(-1)));
    emit moves.toDateEdit()->editingFinished();
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(moves.model()->rowCount(), 0);
}

// A receipt's move names its purchase order by number; double-clicking it
// opens the order for someone who may read orders, and not for someone who
// may not.
void TestStockPage::receiptNamesItsOrderAndOpensIt()
{
    const qint64 order = m_f.approvedOrder({ProcurementClientFixture::line(m_paper, u"200"_s, u"10"_s)});
    QVERIFY(order > 0);
    const QJsonObject stored = m_f.order(order);
    const QString number = stored.value(u"number"_s).toString();
    QVERIFY(number.startsWith(u"PO-"_s));
    const auto received = erp::test::waitFor(m_f.clerk.api->post(
        u"/purchase-orders/%1/receive"_s.arg(order),
        {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, stored.value(u"lines"_s)[0][u"id"_s]},
                                               {u"quantity"_s, u"2"_s}}}}}));
    QVERIFY2(received->isSuccess(), received->body().constData());

    StockMovesPage moves(m_f.clerk.api.get());
    moves.resize(1100, 500);
    QVERIFY(reload(moves));
    QSignalSpy reloaded(moves.model(), &PagedListModel::reloaded);
    moves.reasonFilter()->setCurrentIndex(moves.reasonFilter()->findData(u"receipt"_s));
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(moves.model()->rowCount(), 1);
    QCOMPARE(shown(moves, 0, u"reference_label"_s), u"Purchase order %1"_s.arg(number));
    QVERIFY(!shown(moves, 0, u"reference_label"_s).contains(QString::number(order) + u')'));
    const QDir shots(QStringLiteral(ERP_SCREENSHOT_DIR));
    moves.show();
    QVERIFY(moves.grab().save(shots.filePath(u"inventory-stock-moves-receipt.png"_s)));

    PurchaseOrderEditor *editor = moves.openDocument(moves.model()->itemAt(0));
    QVERIFY(editor);
    QSignalSpy loaded(editor, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000) || editor->recordId() == order);
    QCOMPARE(editor->recordId(), order);
    QCOMPARE(editor->state(), u"partially_received"_s);
    editor->close();

    // A sales representative reads stock but not purchase orders.
    m_f.server->createUser(m_f.acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_f.server, m_f.acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    StockMovesPage repMoves(rep.api.get());
    QVERIFY(!repMoves.openDocument(moves.model()->itemAt(0)));
}

void TestStockPage::screenshots()
{
    StockPage page(m_f.clerk.api.get());
    page.resize(1280, 480);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy marks(&page, &StockPage::reorderMarksUpdated);
    QVERIFY(reload(page));
    QVERIFY(marks.wait(15000) || marks.count() > 0);
    page.view()->resizeColumnsToContents();
    const QStringList problems = erp::test::layoutProblems(&page, {u"listView"_s, u"belowReorderFilter"_s});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(QFile::exists(erp::test::saveScreenshot(&page, u"inventory_stock_page"_s)));
    // The main window keeps every page in one stack: none may need more than
    // a window 900 pixels wide with the navigation beside them.
    QVERIFY2(page.minimumSizeHint().width() <= 860, qPrintable(QString::number(page.minimumSizeHint().width())));

    page.view()->setCurrentIndex(page.model()->index(rowOf(page, m_gloves, u"STOCK"_s), 0));
    StockAdjustmentDialog *adjust = page.adjustStock();
    QVERIFY(QTest::qWaitForWindowExposed(adjust));
    QTRY_VERIFY_WITH_TIMEOUT(adjust->onHandLabel()->text().endsWith(u"pc"_s), 15000);
    erp::test::saveScreenshot(adjust, u"inventory_adjustment_dialog"_s);
    adjust->reject();
    StockTransferDialog *transfer = page.transferStock();
    QVERIFY(QTest::qWaitForWindowExposed(transfer));
    erp::test::saveScreenshot(transfer, u"inventory_transfer_dialog"_s);
    transfer->reject();

    StockMovesPage moves(m_f.clerk.api.get());
    moves.resize(1280, 420);
    moves.show();
    QVERIFY(QTest::qWaitForWindowExposed(&moves));
    QVERIFY(reload(moves));
    QTest::qWait(300);
    erp::test::saveScreenshot(&moves, u"inventory_stock_moves"_s);
    QVERIFY2(moves.minimumSizeHint().width() <= 860, qPrintable(QString::number(moves.minimumSizeHint().width())));
}

QTEST_MAIN(TestStockPage)
#include "tst_stockpage.moc"
