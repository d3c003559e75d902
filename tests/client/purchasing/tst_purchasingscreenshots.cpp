// Produces screenshots of the purchasing screens with realistic data, as PNG
// files under <build>/screenshots (purchasing-*.png), so a person can check
// layout and spacing: the purchase-order list, a draft in the editor and an
// approved order with its approval history. Each asserts what its picture
// must show (erp::test::layoutProblems): the controls that belong on it
// present and visible, nothing cut off or squeezed below its text.
#include "client/ui/LanguageManager.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "client/ui/purchasing/PurchaseOrderLinesView.h"
#include "client/ui/purchasing/PurchaseOrdersPage.h"
#include "client/ui/purchasing/ReceiveDialog.h"
#include "tests/client/purchasing/PurchasingTestData.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestPurchasingScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void orderListScreenshot();
    void draftEditorScreenshot();
    void approvedEditorScreenshot();

private:
    qint64 createOrder(const QString &notes, const QJsonArray &lines);
    void save(QWidget *widget, const QString &name, const QStringList &requiredChildren = {});
    PurchaseOrderEditor *openOrder(qint64 id);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_client;
    erp::test::SignedInClient m_manager;
    erp::test::PurchasingData m_data;
    std::unique_ptr<PurchaseOrdersPage> m_page;
    qint64 m_draft = 0;
    qint64 m_approved = 0;
    QDir m_dir;
    LanguageManager m_languages;
};

void TestPurchasingScreenshots::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
    m_server = std::make_unique<TestServer>(u"ui_purchasing_screenshots"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"maria.lopez@acme.test"_s, {u"manager"_s});
    QVERIFY(m_client.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QVERIFY(m_manager.signIn(*m_server, m_acme.slug, u"maria.lopez@acme.test"_s, TestServer::userPassword()));
    QVERIFY(erp::test::seedPurchasing(m_client.api.get(), &m_data));
    ApiClient *api = m_client.api.get();

    auto line = [](qint64 product, const char *quantity, const char *price = nullptr) {
        QJsonObject l {{u"product_id"_s, double(product)}, {u"quantity"_s, QLatin1String(quantity)}};
        if (price)
            l.insert(u"unit_price"_s, QLatin1String(price));
        return l;
    };
    m_draft = createOrder(u"Deliver to the back entrance, Mon–Fri 8–16."_s,
                          {line(m_data.penId, "200"), line(m_data.clipsId, "48", "0.0650")});
    const qint64 submitted = createOrder({}, {line(m_data.penId, "25000"), line(m_data.clipsId, "500")});
    m_approved = createOrder(u"Quarterly restock."_s, {line(m_data.penId, "30000"), line(m_data.clipsId, "1200")});
    const qint64 cancelled = createOrder({}, {line(m_data.clipsId, "10")});
    createOrder({}, {line(m_data.penId, "500")});
    QVERIFY(m_draft && submitted && m_approved && cancelled);
    for (qint64 id : {submitted, m_approved})
        QVERIFY(erp::test::waitFor(api->post(u"/purchase-orders/%1/submit"_s.arg(id)))->isSuccess());
    auto approved = erp::test::waitFor(m_manager.api->post(u"/purchase-orders/%1/approve"_s.arg(m_approved),
                                                           {{u"comment"_s, u"Budget confirmed for Q3."_s}}));
    QVERIFY2(approved->isSuccess(), qPrintable(approved->error().debugString()));
    QVERIFY(erp::test::waitFor(api->post(u"/purchase-orders/%1/cancel"_s.arg(cancelled)))->isSuccess());

    m_page = std::make_unique<PurchaseOrdersPage>(api);
    m_page->resize(1280, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
}

void TestPurchasingScreenshots::cleanupTestCase()
{
    m_page.reset();
}

qint64 TestPurchasingScreenshots::createOrder(const QString &notes, const QJsonArray &lines)
{
    return erp::test::createdId(m_client.api.get(), u"/purchase-orders"_s,
                                {{u"supplier_id"_s, double(m_data.supplierId)},
                                 {u"warehouse_id"_s, double(m_data.warehouseId)},
                                 {u"notes"_s, notes},
                                 {u"lines"_s, lines}});
}

void TestPurchasingScreenshots::save(QWidget *widget, const QString &name, const QStringList &requiredChildren)
{
    QApplication::processEvents();
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QStringList problems = erp::test::layoutProblems(widget, requiredChildren);
    QVERIFY2(problems.isEmpty(), qPrintable(name + u": "_s + problems.join(u"; "_s)));
}

PurchaseOrderEditor *TestPurchasingScreenshots::openOrder(qint64 id)
{
    PurchaseOrderEditor *editor = m_page->editOrder(id);
    QSignalSpy loaded(editor, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    QTest::qWait(300); // unit symbols and supplier prices
    return editor;
}

void TestPurchasingScreenshots::orderListScreenshot()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->model()->rowCount(), 5, 15000);
    save(m_page.get(), u"purchasing-orders"_s,
         {u"stateFilter"_s, u"supplierFilter"_s, u"warehouseFilter"_s, u"fromFilter"_s, u"toFilter"_s});
    // Every column shows its content in full.
    QTableView *view = m_page->view();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString text = view->model()->index(r, c).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) + 8 <= view->columnWidth(c),
                     qPrintable(u"column %1 cuts “%2”"_s.arg(c).arg(text)));
        }
}

void TestPurchasingScreenshots::draftEditorScreenshot()
{
    PurchaseOrderEditor *editor = openOrder(m_draft);
    QVERIFY(editor);
    QVERIFY(editor->isEditable());
    save(editor, u"purchasing-editor-draft"_s,
         {u"supplierPicker"_s, u"currencyCombo"_s, u"orderDateEdit"_s, u"expectedDateEdit"_s, u"warehousePicker"_s,
          u"notesEdit"_s, u"linesView"_s, u"subtotalValue"_s, u"taxValue"_s, u"totalValue"_s, u"action_submit"_s,
          u"action_cancel"_s, u"printButton"_s, u"pdfButton"_s, u"saveButton"_s, u"addLineButton"_s});
    editor->close();
}

void TestPurchasingScreenshots::approvedEditorScreenshot()
{
    PurchaseOrderEditor *editor = openOrder(m_approved);
    QVERIFY(editor);
    QCOMPARE(editor->state(), u"approved"_s);
    save(editor, u"purchasing-editor-approved"_s,
         {u"linesView"_s, u"approvalsView"_s, u"action_order"_s, u"action_revise"_s, u"action_cancel"_s,
          u"receiveButton"_s, u"totalValue"_s});
    // The administrator may receive (inventory.edit): the editor opens the
    // receive dialog for this order.
    auto *receive = editor->findChild<QPushButton *>(u"receiveButton"_s);
    QVERIFY(receive && receive->isVisible());
    receive->click();
    QTRY_VERIFY(editor->findChild<ReceiveDialog *>());
    editor->findChild<ReceiveDialog *>()->reject();
    editor->close();
}

QTEST_MAIN(TestPurchasingScreenshots)
#include "tst_purchasingscreenshots.moc"
