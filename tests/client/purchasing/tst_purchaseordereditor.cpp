// The purchase-order editor driven like a buyer drives it, by keyboard alone,
// against the real server (through a TCP relay that can cut connections):
// - an order with two lines is typed in (supplier picked by name, Insert,
//   SKU typed and picked, Tab through the cells), the live totals match the
//   figures worked out by hand from PROCUREMENT.md's per-line tax rounding
//   case (1 × 0.05 @ 19 % and 1 × 0.05 @ 10 %: tax 0.01 + 0.01 = 0.02, where
//   rounding per order would give 0.01), it is saved with Ctrl+S, the server's
//   stored order is read back, and it is submitted (below the first approval
//   band, so it is approved at once by rule);
// - a 422 (no price known for a product in a foreign currency) and a dropped
//   connection keep every typed line, mark what is wrong and say so; Save
//   then goes through once, without a duplicate;
// - the saved order is exported as PDF and its text read with pdftotext.
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"
#include "client/ui/purchasing/PurchaseOrderLinesModel.h"
#include "client/ui/purchasing/PurchaseOrderLinesView.h"
#include "client/ui/purchasing/PurchaseOrdersPage.h"
#include "client/ui/purchasing/PurchasingText.h"
#include "shared/Decimal.h"
#include "tests/client/purchasing/OrderEditorKeyboard.h"
#include "tests/client/purchasing/PurchasingTestData.h"
#include "tests/client/ui/UiTestSupport.h"
#include "tests/support/TcpRelay.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QInputDialog>
#include <QProcess>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;
using Lines = PurchaseOrderLinesModel;
using namespace erp::test::keyboard;

class TestPurchaseOrderEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsAndSubmitsAnOrderByKeyboard();
    void exportsThePdf_data();
    void exportsThePdf();
    void keepsTypedLinesWhenSavingFails();
    void closesTheSelectedLineShortWithAReason();

private:
    QJsonObject readOrder(qint64 id);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<erp::test::TcpRelay> m_relay;
    TestServer::Tenant m_acme;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ApiClient> m_api;
    erp::test::PurchasingData m_data;
    std::unique_ptr<PurchaseOrdersPage> m_page;
    LanguageManager m_languages;
    qint64 m_orderId = 0;
};

void TestPurchaseOrderEditor::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_purchase_order_editor"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_relay = std::make_unique<erp::test::TcpRelay>(m_server->port());
    QVERIFY(m_relay->listen());
    const QString file = m_dir.filePath(u"settings.ini"_s);
    m_settings = std::make_unique<ClientSettings>(file);
    m_trust = std::make_unique<TrustStore>(file);
    const QUrl url(u"https://localhost:%1"_s.arg(m_relay->port()));
    m_trust->pinFingerprint(TrustStore::serverKey(url),
                            ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate()));
    m_api = std::make_unique<ApiClient>(m_trust.get());
    m_api->setServerUrl(url);
    erp::test::waitFor(m_api->signIn(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QVERIFY(m_api->session()->isSignedIn());
    QVERIFY(erp::test::seedPurchasing(m_api.get(), &m_data));

    m_page = std::make_unique<PurchaseOrdersPage>(m_api.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
}

void TestPurchaseOrderEditor::cleanupTestCase()
{
    m_page.reset();
}

QJsonObject TestPurchaseOrderEditor::readOrder(qint64 id)
{
    auto reply = erp::test::waitFor(m_api->get(u"/purchase-orders/%1"_s.arg(id)));
    return reply->isSuccess() ? reply->json() : QJsonObject();
}

void TestPurchaseOrderEditor::createsAndSubmitsAnOrderByKeyboard()
{
    PurchaseOrderEditor *editor = m_page->newOrder();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_VERIFY_WITH_TIMEOUT(editor->supplierPicker()->hasFocus(), 5000);
    // The default warehouse arrives on its own.
    QTRY_COMPARE_WITH_TIMEOUT(editor->warehousePicker()->id(), m_data.warehouseId, 15000);

    QVERIFY(pickInFocusedPicker(u"Nordwind"_s));
    QCOMPARE(editor->supplierPicker()->id(), m_data.supplierId);
    // Currency and expected date follow the supplier (EUR, 5 days' lead time).
    QCOMPARE(editor->findChild<QComboBox *>(u"currencyCombo"_s)->currentText(), u"EUR"_s);
    QCOMPARE(editor->findChild<QDateEdit *>(u"expectedDateEdit"_s)->date(), QDate::currentDate().addDays(5));

    press(Qt::Key_L, Qt::AltModifier); // to the lines
    QVERIFY(editor->linesView()->hasFocus());
    // Line 1 takes the supplier's price (0.05), line 2 overrides its 0.07.
    QVERIFY(typeLine(editor, u"PEN-BLUE"_s, u"1"_s, QString(), u"19"_s));
    QTRY_COMPARE_WITH_TIMEOUT(editor->linesModel()->index(0, Lines::UnitPrice).data(Qt::EditRole).toString(),
                              LocaleFormat::decimalForEditing(u"0.05"_s), 15000);
    QVERIFY(typeLine(editor, u"CLIP-25"_s, u"1"_s, u"0.05"_s, u"10"_s));
    QCOMPARE(editor->linesModel()->rowCount(), 2);

    // By hand: nets 0.05 + 0.05 = 0.10; taxes round(0.0095) + round(0.005) = 0.01 + 0.01.
    QCOMPARE(editor->subtotalLabel()->text(), LocaleFormat::amount(u"0.10"_s, u"EUR"_s));
    QCOMPARE(editor->taxLabel()->text(), LocaleFormat::amount(u"0.02"_s, u"EUR"_s));
    QCOMPARE(editor->totalLabel()->text(), LocaleFormat::amount(u"0.12"_s, u"EUR"_s));

    // A third line typed by mistake goes with Delete.
    press(Qt::Key_Insert);
    QCOMPARE(editor->linesModel()->rowCount(), 3);
    press(Qt::Key_Escape); // leave the empty product cell
    press(Qt::Key_Delete);
    QCOMPARE(editor->linesModel()->rowCount(), 2);

    QSignalSpy saved(editor, &RecordForm::saved);
    QSignalSpy failed(editor, &RecordForm::saveFailed);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.wait(30000), failed.isEmpty() ? "not saved" : qPrintable(editor->bannerText()));
    QVERIFY(editor->isVisible()); // stays open for the actions
    m_orderId = editor->recordId();
    QVERIFY(m_orderId > 0);

    // What the server stored: its own price for line 1, the typed one for line 2.
    const QJsonObject order = readOrder(m_orderId);
    QCOMPARE(order.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(order.value(u"supplier_id"_s).toDouble(), double(m_data.supplierId));
    QCOMPARE(order.value(u"warehouse_id"_s).toDouble(), double(m_data.warehouseId));
    QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"expected_date"_s).toString(), QDate::currentDate().addDays(5).toString(Qt::ISODate));
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    const struct
    {
        const char *sku, *quantity, *price, *tax, *net, *lineTax;
    } expected[] = {{"PEN-BLUE", "1", "0.05", "19", "0.05", "0.01"}, {"CLIP-25", "1", "0.05", "10", "0.05", "0.01"}};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject l = lines.at(i).toObject();
        QCOMPARE(l.value(u"product_sku"_s).toString(), QLatin1String(expected[i].sku));
        QCOMPARE(l.value(u"unit_id"_s).toDouble(), double(m_data.pieceUnit));
        auto same = [](const QJsonValue &v, const char *want) {
            return *Decimal::parse(v.toString()) == *Decimal::parse(QString::fromLatin1(want));
        };
        QVERIFY2(same(l.value(u"quantity"_s), expected[i].quantity), qPrintable(l.value(u"quantity"_s).toString()));
        QVERIFY2(same(l.value(u"unit_price"_s), expected[i].price), qPrintable(l.value(u"unit_price"_s).toString()));
        QVERIFY2(same(l.value(u"tax_rate"_s), expected[i].tax), qPrintable(l.value(u"tax_rate"_s).toString()));
        QVERIFY(same(l.value(u"line_net"_s), expected[i].net));
        QVERIFY(same(l.value(u"line_tax"_s), expected[i].lineTax));
    }
    QCOMPARE(order.value(u"subtotal"_s).toString(), u"0.10"_s);
    QCOMPARE(order.value(u"tax_total"_s).toString(), u"0.02"_s);
    QCOMPARE(order.value(u"total"_s).toString(), u"0.12"_s);
    // The editor shows the stored order, with the same totals.
    QCOMPARE(editor->totalLabel()->text(), LocaleFormat::amount(u"0.12"_s, u"EUR"_s));

    // Submit, by keyboard: 0.12 EUR is below the first band, approved by rule.
    QPushButton *submit = editor->actionButton(u"submit"_s);
    QVERIFY(submit && submit->isVisible());
    QVERIFY(!editor->actionButton(u"approve"_s)->isVisible());
    QSignalSpy reloaded(editor, &RecordForm::loaded);
    submit->setFocus();
    QTest::keyClick(submit, Qt::Key_Space);
    QVERIFY2(reloaded.wait(30000), qPrintable(editor->bannerText()));
    QCOMPARE(editor->state(), u"approved"_s);
    QCOMPARE(readOrder(m_orderId).value(u"state"_s).toString(), u"approved"_s);
    QVERIFY(!editor->isEditable());
    QVERIFY(!editor->saveButton()->isVisible());
    QVERIFY(!submit->isVisible());
    QVERIFY(editor->actionButton(u"order"_s)->isVisible());
    QVERIFY(editor->actionButton(u"revise"_s)->isVisible());
    QVERIFY(editor->actionButton(u"cancel"_s)->isVisible());
    QVERIFY(!editor->actionButton(u"close"_s)->isVisible());
    // The approval by rule is in the history.
    QCOMPARE(editor->approvalsView()->topLevelItemCount(), 1);
    QVERIFY(editor->approvalsView()->isVisible());
    // The list shows it, approved.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->selectId(m_orderId), 15000);
    QCOMPARE(m_page->currentItem().value(u"state"_s).toString(), u"approved"_s);
    editor->close();
}

void TestPurchaseOrderEditor::exportsThePdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("English") << u"en"_s
                             << QStringList {u"Purchase Order"_s, u"Tax ID: GB123456789"_s, u"Supplier"_s,
                                             u"Deliver to"_s, u"Subtotal"_s, u"Total"_s};
    QTest::newRow("German") << u"de"_s
                            << QStringList {u"Bestellung"_s, u"USt-IdNr.: GB123456789"_s, u"Lieferant"_s,
                                            u"Lieferung an"_s, u"Zwischensumme"_s, u"Gesamt"_s};
}

void TestPurchaseOrderEditor::exportsThePdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    QVERIFY(m_orderId > 0);
    QVERIFY(m_languages.apply(language));
    auto english = qScopeGuard([this] { m_languages.apply(u"en"_s); });
    PurchaseOrderEditor *editor = m_page->editOrder(m_orderId);
    QSignalSpy loaded(editor, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    const QString pdf = m_dir.filePath(u"order.pdf"_s);
    QSignalSpy exported(editor, &PurchaseOrderEditor::pdfExported);
    editor->exportPdf(pdf);
    QVERIFY(exported.wait(15000) || !exported.isEmpty());
    QCOMPARE(exported.first().at(1).toBool(), true);

    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
    QCOMPARE(pdftotext.exitCode(), 0);
    // Words as read, whatever the line breaks of the table cells; ligatures
    // the PDF's font uses ("ﬃ") as the letters they join.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    const QString number = readOrder(m_orderId).value(u"number"_s).toString();
    QVERIFY(number.startsWith(u"PO-"_s));
    // In the user's language, every amount, percent and date written the language's way.
    for (const QString &want :
         words
             + QStringList {number, u"Acme Office Supplies Ltd"_s, u"1 Market Street"_s, u"Nordwind Bürobedarf GmbH"_s,
          u"Hafenstraße 12"_s, u"30 days net"_s, u"PEN-BLUE"_s, u"CLIP-25"_s, u"Ballpoint pen, blue"_s,
          m_data.warehouseName,
          LocaleFormat::amount(u"0.12"_s, u"EUR"_s), LocaleFormat::amount(u"0.10"_s, u"EUR"_s),
          LocaleFormat::amount(u"0.02"_s, u"EUR"_s), LocaleFormat::date(QDate::currentDate().addDays(5)),
          LocaleFormat::percent(u"19"_s), LocaleFormat::percent(u"10"_s)})
        QVERIFY2(text.contains(want.simplified()), qPrintable(u"“%1” is not in the PDF:\n%2"_s.arg(want, text)));
    editor->close();
}

void TestPurchaseOrderEditor::keepsTypedLinesWhenSavingFails()
{
    // A supplier in US dollars with no price list: for a foreign currency the
    // server cannot fall back to the product's cost and refuses the line.
    const qint64 dollarSupplier = erp::test::createdId(m_api.get(), u"/suppliers"_s,
                                                       {{u"code"_s, u"PACI"_s},
                                                        {u"name"_s, u"Pacific Crest Paper Inc."_s},
                                                        {u"currency"_s, u"USD"_s}});
    QVERIFY(dollarSupplier > 0);
    PurchaseOrderEditor *editor = m_page->newOrder();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_COMPARE_WITH_TIMEOUT(editor->warehousePicker()->id(), m_data.warehouseId, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->supplierPicker()->hasFocus(), 5000);
    QVERIFY(pickInFocusedPicker(u"Pacific"_s));
    QCOMPARE(editor->findChild<QComboBox *>(u"currencyCombo"_s)->currentText(), u"USD"_s);
    press(Qt::Key_L, Qt::AltModifier);
    QVERIFY(typeLine(editor, u"PEN-BLUE"_s, u"12"_s, QString(), u"19"_s));
    QVERIFY(typeLine(editor, u"CLIP-25"_s, u"2.5"_s, u"1.2345"_s, u"7.5"_s));
    Lines *lines = editor->linesModel();
    auto cells = [lines] {
        QStringList out;
        for (int r = 0; r < lines->rowCount(); ++r)
            for (int c = 0; c < Lines::LineTotal; ++c)
                out << lines->index(r, c).data(Qt::DisplayRole).toString();
        return out;
    };
    const QStringList typed = cells();
    QCOMPARE(typed.at(Lines::Product), u"PEN-BLUE · Ballpoint pen, blue"_s);
    QCOMPARE(typed.at(Lines::LineTotal + Lines::Quantity), LocaleFormat::decimal(u"2.5"_s));

    // 1. 422: line 1 has no price.
    QSignalSpy failed(editor, &RecordForm::saveFailed);
    QSignalSpy saved(editor, &RecordForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(failed.wait(30000));
    ApiError error = failed.takeFirst().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.fieldErrors().first().field, u"lines[0].unit_price"_s);
    QVERIFY(editor->isVisible());
    QCOMPARE(cells(), typed);
    QVERIFY(!lines->index(0, Lines::UnitPrice).data(Lines::ProblemRole).toString().isEmpty());
    QVERIFY(!editor->fieldErrorText(u"lines"_s).isEmpty());
    QVERIFY(!editor->bannerText().isEmpty());

    // The buyer types the price into the marked cell.
    editor->linesView()->setFocus();
    editor->linesView()->setCurrentIndex(lines->index(0, Lines::UnitPrice));
    press(Qt::Key_Return); // edit
    typeInFocusedCell(u"0.9"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(lines->index(0, Lines::UnitPrice).data(Qt::EditRole).toString(),
                              LocaleFormat::decimalForEditing(u"0.9"_s), 5000);
    QVERIFY(lines->index(0, Lines::UnitPrice).data(Lines::ProblemRole).toString().isEmpty());
    const QStringList corrected = cells();

    // 2. The connection drops after the request reached the server.
    m_relay->setDropping(true);
    press(Qt::Key_S, Qt::ControlModifier);
    const bool gotIt = failed.wait(30000);
    m_relay->setDropping(false);
    QVERIFY(gotIt);
    error = failed.takeFirst().first().value<ApiError>();
    QVERIFY(!error.isHttp());
    QVERIFY(m_relay->droppedConnections() > 0);
    QVERIFY(editor->isVisible());
    QCOMPARE(cells(), corrected);
    QVERIFY(!editor->bannerText().isEmpty());

    // 3. Back online: Save goes through, once.
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.wait(30000), qPrintable(editor->bannerText()));
    QUrlQuery q;
    q.addQueryItem(u"supplier_id"_s, QString::number(dollarSupplier));
    auto list = erp::test::waitFor(m_api->get(u"/purchase-orders"_s, q));
    QCOMPARE(list->json().value(u"items"_s).toArray().size(), 1);
    const QJsonObject order = readOrder(editor->recordId());
    QCOMPARE(order.value(u"currency"_s).toString(), u"USD"_s);
    // 12 × 0.90 = 10.80, tax 2.052 -> 2.05; 2.5 × 1.2345 = 3.08625 -> 3.09, tax 0.23175 -> 0.23.
    QCOMPARE(order.value(u"subtotal"_s).toString(), u"13.89"_s);
    QCOMPARE(order.value(u"tax_total"_s).toString(), u"2.28"_s);
    QCOMPARE(order.value(u"total"_s).toString(), u"16.17"_s);
    QCOMPARE(editor->totalLabel()->text(), LocaleFormat::amount(u"16.17"_s, u"USD"_s));
    editor->close();
}

// One line of an approved order ended short from the editor: the button
// follows the selected line (only open lines), the reason is asked for, the
// server stores it and the order stays approved while its other line is open.
void TestPurchaseOrderEditor::closesTheSelectedLineShortWithAReason()
{
    auto created = erp::test::waitFor(m_api->create(
        u"/purchase-orders"_s,
        {{u"supplier_id"_s, m_data.supplierId},
         {u"warehouse_id"_s, m_data.warehouseId},
         {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, m_data.penId}, {u"quantity"_s, u"4"_s},
                                               {u"unit_price"_s, u"1"_s}},
                                  QJsonObject {{u"product_id"_s, m_data.clipsId}, {u"quantity"_s, u"3"_s},
                                               {u"unit_price"_s, u"1"_s}}}}}));
    QCOMPARE(created->status(), 201);
    const qint64 id = qint64(created->json().value(u"id"_s).toDouble());
    auto submitted = erp::test::waitFor(m_api->post(u"/purchase-orders/%1/submit"_s.arg(id)));
    QCOMPARE(submitted->json().value(u"state"_s).toString(), u"approved"_s);

    PurchaseOrderEditor *editor = m_page->editOrder(id);
    QSignalSpy loaded(editor, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QPushButton *closeLine = editor->closeLineShortButton();
    QVERIFY(closeLine->isVisible());
    editor->linesView()->setCurrentIndex(editor->linesModel()->index(0, Lines::Quantity));
    QVERIFY(closeLine->isEnabled());

    // An empty reason is not sent.
    closeLine->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->reasonPrompt() && editor->reasonPrompt()->isVisible(), 5000);
    editor->reasonPrompt()->setTextValue(u"  "_s);
    editor->reasonPrompt()->accept();
    QCOMPARE(editor->bannerText(), PurchasingText::refusal(u"reason_required"_s));

    closeLine->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->reasonPrompt() && editor->reasonPrompt()->isVisible(), 5000);
    QVERIFY(editor->reasonPrompt()->labelText().contains(u"PEN-BLUE"_s));
    editor->reasonPrompt()->setTextValue(u"Blue pens discontinued"_s);
    editor->reasonPrompt()->accept();
    QVERIFY2(loaded.wait(15000), qPrintable(editor->bannerText()));

    const QJsonObject order = readOrder(id);
    QCOMPARE(order.value(u"state"_s).toString(), u"approved"_s);
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    QCOMPARE(lines.at(0).toObject().value(u"closed_short_reason"_s).toString(), u"Blue pens discontinued"_s);
    QVERIFY(lines.at(1).toObject().value(u"closed_short_reason"_s).isNull());
    // The editor shows it on the line; the closed line offers nothing more, the open one does.
    QVERIFY(editor->linesModel()
                ->index(0, Lines::Description)
                .data(Qt::DisplayRole)
                .toString()
                .contains(u"Blue pens discontinued"_s));
    editor->linesView()->setCurrentIndex(editor->linesModel()->index(0, Lines::Quantity));
    QVERIFY(!closeLine->isEnabled());
    editor->linesView()->setCurrentIndex(editor->linesModel()->index(1, Lines::Quantity));
    QVERIFY(closeLine->isEnabled());
    QDir shots(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(shots.mkpath(u"."_s));
    QVERIFY(editor->grab().save(shots.filePath(u"purchasing-editor-line-closed-short.png"_s)));
    editor->close();
}

QTEST_MAIN(TestPurchaseOrderEditor)
#include "tst_purchaseordereditor.moc"
