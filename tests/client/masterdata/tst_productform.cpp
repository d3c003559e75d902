// Inventory > Products against the real server, in German: a product created
// in the form with its cost typed the German way ("1.250,50" stored as
// 1250.50, not 125050), a cost a German reader could misread refused before
// sending, the stock unit fixed once the product exists, the stock the
// product has per location, and its supplier prices, one added and one
// changed from the product form.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/inventory/ProductForm.h"
#include "client/ui/inventory/ProductsPage.h"
#include "client/ui/inventory/UnitChoices.h"
#include "client/ui/purchasing/SupplierPriceForm.h"
#include "shared/Decimal.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QJsonArray>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;

namespace {
const QString NBSP = QString(QChar(0x00A0));
}

class TestProductForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createProductWithGermanCost();
    void misreadableCostIsRefusedBeforeSending();
    void stockByLocationAndSupplierPrices();
    void addAndChangeSupplierPriceFromTheForm();

private:
    QJsonObject get(const QString &path);
    ProductForm *openProduct(qint64 id);
    template<typename T> static T *field(QWidget *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<ProductsPage> m_page;
    LanguageManager m_languages;
    qint64 m_supplier = 0;
    qint64 m_product = 0; // with stock and a price
};

void TestProductForm::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_products"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto supplier = erp::test::waitFor(m_admin.api->create(
        u"/suppliers"_s, {{u"code"_s, u"ACME"_s}, {u"name"_s, u"Acme Supply"_s}, {u"currency"_s, u"EUR"_s}}));
    QVERIFY2(supplier->isSuccess(), qPrintable(supplier->error().debugString()));
    m_supplier = supplier->json().value(u"id"_s).toInteger();
    const QJsonArray units = get(u"/units?limit=50"_s).value(u"items"_s).toArray();
    qint64 piece = 0;
    for (const auto &u : units)
        if (u.toObject().value(u"symbol"_s).toString() == u"pc"_s)
            piece = u.toObject().value(u"id"_s).toInteger();
    auto product = erp::test::waitFor(m_admin.api->create(u"/products"_s, {{u"sku"_s, u"BOLT-M8"_s},
                                                                           {u"name"_s, u"Hex bolt M8"_s},
                                                                           {u"stock_unit_id"_s, piece},
                                                                           {u"standard_cost"_s, u"0.45"_s}}));
    QVERIFY2(product->isSuccess(), qPrintable(product->error().debugString()));
    m_product = product->json().value(u"id"_s).toInteger();
    // 480 pieces counted into the main warehouse's storage location.
    const QJsonArray locations = get(u"/locations?kind=storage"_s).value(u"items"_s).toArray();
    QVERIFY(!locations.isEmpty());
    auto counted = erp::test::waitFor(m_admin.api->create(
        u"/stock-adjustments"_s, {{u"product_id"_s, m_product},
                                  {u"location_id"_s, locations.first().toObject().value(u"id"_s).toInteger()},
                                  {u"counted"_s, u"480"_s},
                                  {u"note"_s, u"Opening stock"_s}}));
    QVERIFY2(counted->isSuccess(), qPrintable(counted->error().debugString()));
    auto price = erp::test::waitFor(m_admin.api->create(u"/supplier-prices"_s, {{u"supplier_id"_s, m_supplier},
                                                                              {u"product_id"_s, m_product},
                                                                              {u"unit_id"_s, piece},
                                                                              {u"currency"_s, u"EUR"_s},
                                                                              {u"min_quantity"_s, u"100"_s},
                                                                              {u"unit_price"_s, u"0.4100"_s}}));
    QVERIFY2(price->isSuccess(), qPrintable(price->error().debugString()));
}

void TestProductForm::init()
{
    QVERIFY(m_languages.apply(u"de"_s));
    m_page = std::make_unique<ProductsPage>(m_admin.api.get());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
}

void TestProductForm::cleanup()
{
    m_page.reset();
    QVERIFY(m_languages.apply(u"en"_s));
}

QJsonObject TestProductForm::get(const QString &path)
{
    const int q = path.indexOf(u'?');
    auto r = erp::test::waitFor(
        m_admin.api->get(q < 0 ? path : path.left(q), QUrlQuery(q < 0 ? QString() : path.mid(q + 1))));
    return r->isSuccess() ? r->json() : QJsonObject();
}

ProductForm *TestProductForm::openProduct(qint64 id)
{
    ProductForm *form = m_page->editProduct(id);
    QSignalSpy loaded(form, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    QDeadlineTimer deadline(15000);
    while (!(form->detailsLoaded() && form->units()->isLoaded()) && !deadline.hasExpired())
        QTest::qWait(10);
    return form->detailsLoaded() && form->units()->isLoaded() ? form : nullptr;
}

void TestProductForm::createProductWithGermanCost()
{
    ProductForm *form = m_page->newProduct();
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->units()->isLoaded(), 15000);
    auto *unit = field<QComboBox>(form, "stockUnitCombo");
    QVERIFY(unit->isEnabled());
    QVERIFY2(unit->currentText().contains(u"(pc)"_s), qPrintable(unit->currentText())); // pieces by default
    QTest::keyClicks(field<QLineEdit>(form, "skuEdit"), u"TAPE-50"_s);
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Packband 50 mm"_s);
    QTest::keyClicks(field<QLineEdit>(form, "categoryEdit"), u"Verpackung"_s);
    QTest::keyClicks(field<QLineEdit>(form, "costEdit"), u"1.250,50"_s);
    QTest::keyClicks(field<QLineEdit>(form, "reorderPointEdit"), u"12,5"_s);
    QTest::keyClicks(field<QLineEdit>(form, "reorderQuantityEdit"), u"1.000"_s);
    // The preferred supplier, picked by keyboard from the server's search.
    auto *picker = field<ReferencePicker>(form, "supplierPicker");
    picker->setFocus();
    QSignalSpy shown(picker, &ReferencePicker::resultsShown);
    QTest::keyClicks(picker, u"Acme"_s);
    QVERIFY(shown.wait(15000));
    QTest::keyClick(picker, Qt::Key_Down);
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(picker->id(), m_supplier);

    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(form->bannerText() + form->fieldErrorText(u"standard_cost"_s)));
    const qint64 id = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());
    const QJsonObject stored = get(u"/products/%1"_s.arg(id));
    QCOMPARE(stored.value(u"sku"_s).toString(), u"TAPE-50"_s);
    // The cost column keeps 4 decimals: 1250.5000 is the 1250.50 typed.
    QCOMPARE(*Decimal::parse(stored.value(u"standard_cost"_s).toString()), *Decimal::parse(u"1250.50"));
    QCOMPARE(*Decimal::parse(stored.value(u"reorder_point"_s).toString()), *Decimal::parse(u"12.5"));
    QCOMPARE(*Decimal::parse(stored.value(u"reorder_quantity"_s).toString()), *Decimal::parse(u"1000"));
    QCOMPARE(stored.value(u"stock_unit_symbol"_s).toString(), u"pc"_s);
    QCOMPARE(stored.value(u"preferred_supplier_id"_s).toInteger(), m_supplier);
    QCOMPARE(stored.value(u"category"_s).toString(), u"Verpackung"_s);

    // Opened again: the German form of the cost, the supplier by name, the unit fixed.
    ProductForm *again = openProduct(id);
    QVERIFY(again);
    QCOMPARE(field<QLineEdit>(again, "costEdit")->text(), u"1250,50"_s);
    QTRY_COMPARE(field<ReferencePicker>(again, "supplierPicker")->text(), u"Acme Supply"_s);
    QVERIFY(!field<QComboBox>(again, "stockUnitCombo")->isEnabled());
    QVERIFY(!again->isDirty());
    // The list shows the cost the German way.
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    const int column = m_page->model()->columnForKey(u"standard_cost"_s);
    bool found = false;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        if (m_page->model()->itemAt(r).value(u"sku"_s).toString() == u"TAPE-50"_s) {
            QCOMPARE(m_page->model()->index(r, column).data().toString(), u"1.250,50"_s);
            found = true;
        }
    QVERIFY(found);
    again->done(QDialog::Rejected);
}

void TestProductForm::misreadableCostIsRefusedBeforeSending()
{
    ProductForm *form = m_page->newProduct();
    QTRY_VERIFY_WITH_TIMEOUT(form->units()->isLoaded(), 15000);
    QTest::keyClicks(field<QLineEdit>(form, "skuEdit"), u"X-1"_s);
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Misread"_s);
    QTest::keyClicks(field<QLineEdit>(form, "costEdit"), u"1250.50"_s); // English form in German
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(!form->isBusy());
    QVERIFY2(form->fieldErrorText(u"standard_cost"_s).contains(u"1.234,56"_s),
             qPrintable(form->fieldErrorText(u"standard_cost"_s)));
    QCOMPARE(field<QLineEdit>(form, "costEdit")->text(), u"1250.50"_s);
    QCOMPARE(get(u"/products?q=X-1"_s).value(u"items"_s).toArray().size(), 0);
    form->done(QDialog::Rejected);
}

void TestProductForm::stockByLocationAndSupplierPrices()
{
    ProductForm *form = openProduct(m_product);
    QVERIFY(form);
    QTableWidget *stock = form->stockTable();
    QCOMPARE(stock->rowCount(), 1);
    QCOMPARE(stock->item(0, 0)->text(), u"STOCK"_s);
    QCOMPARE(stock->item(0, 1)->text(), u"480 pc"_s);
    QCOMPARE(stock->item(0, 4)->text(), u"216,00"_s); // 480 × 0.45
    QTableWidget *prices = form->pricesTable();
    QCOMPARE(prices->rowCount(), 1);
    QCOMPARE(prices->item(0, 0)->text(), u"Acme Supply"_s);
    QCOMPARE(prices->item(0, 1)->text(), u"pc"_s);
    QCOMPARE(prices->item(0, 2)->text(), u"100"_s);
    QCOMPARE(prices->item(0, 3)->text(), u"0,41" + NBSP + u"EUR");
    form->done(QDialog::Rejected);
}

void TestProductForm::addAndChangeSupplierPriceFromTheForm()
{
    ProductForm *form = openProduct(m_product);
    QVERIFY(form);
    const int before = form->pricesTable()->rowCount();
    SupplierPriceForm *price = form->addPrice();
    QVERIFY(price);
    auto *picker = field<ReferencePicker>(price, "supplierPicker");
    picker->setValue(m_supplier, u"Acme Supply"_s);
    field<QLineEdit>(price, "minQuantityEdit")->clear();
    QTest::keyClicks(field<QLineEdit>(price, "minQuantityEdit"), u"1.000"_s);
    QTest::keyClicks(field<QLineEdit>(price, "priceEdit"), u"0,3875"_s);
    QSignalSpy detailsChanged(form, &ProductForm::detailsChanged);
    QSignalSpy saved(price, &RecordForm::saved);
    price->save();
    QVERIFY2(saved.wait(15000), qPrintable(price->bannerText() + price->fieldErrorText(u"unit_price"_s)
                                           + price->fieldErrorText(u"min_quantity"_s)));
    const qint64 id = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());
    const QJsonObject stored = get(u"/supplier-prices/%1"_s.arg(id));
    QCOMPARE(stored.value(u"unit_price"_s).toString(), u"0.3875"_s);
    QCOMPARE(*Decimal::parse(stored.value(u"min_quantity"_s).toString()), *Decimal::parse(u"1000"));
    QCOMPARE(stored.value(u"product_id"_s).toInteger(), m_product);
    QTRY_COMPARE_WITH_TIMEOUT(form->pricesTable()->rowCount(), before + 1, 15000);

    // Change the first price: only the price is sent, with If-Match.
    int row = -1;
    for (int r = 0; r < form->pricesTable()->rowCount(); ++r)
        if (form->pricesTable()->item(r, 2)->text() == u"100"_s)
            row = r;
    QVERIFY(row >= 0);
    SupplierPriceForm *edit = form->editPrice(row);
    QSignalSpy loaded(edit, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(field<QLineEdit>(edit, "priceEdit")->text(), u"0,41"_s);
    field<QLineEdit>(edit, "priceEdit")->clear();
    QTest::keyClicks(field<QLineEdit>(edit, "priceEdit"), u"0,39"_s);
    QSignalSpy editSaved(edit, &RecordForm::saved);
    edit->save();
    QVERIFY(editSaved.wait(15000));
    const qint64 editedId = qint64(editSaved.first().first().toJsonObject().value(u"id"_s).toDouble());
    QCOMPARE(get(u"/supplier-prices/%1"_s.arg(editedId)).value(u"unit_price"_s).toString(), u"0.3900"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form->pricesTable()->item(row, 3)
                                 && form->pricesTable()->item(row, 3)->text() == u"0,39" + NBSP + u"EUR",
                             15000);
    form->done(QDialog::Rejected);
}

QTEST_MAIN(TestProductForm)
#include "tst_productform.moc"
