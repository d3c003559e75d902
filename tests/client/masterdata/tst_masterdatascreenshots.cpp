// Screenshots of the master-data pages and forms (suppliers, products with
// stock and prices, units, warehouses with locations, organisation settings,
// exchange rates, approval rules) under the build tree, in English and in
// German (longer labels). Each is also checked on the live widgets: every
// field there and visible, nothing cut off or outside the window.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/inventory/LocationForm.h"
#include "client/ui/inventory/ProductForm.h"
#include "client/ui/inventory/ProductsPage.h"
#include "client/ui/inventory/UnitChoices.h"
#include "client/ui/inventory/UnitForm.h"
#include "client/ui/inventory/UnitsPage.h"
#include "client/ui/inventory/WarehouseForm.h"
#include "client/ui/inventory/WarehousesPage.h"
#include "client/ui/purchasing/ApprovalRuleForm.h"
#include "client/ui/purchasing/ApprovalRulesPage.h"
#include "client/ui/purchasing/ExchangeRatesPage.h"
#include "client/ui/purchasing/OrganisationSettingsPage.h"
#include "client/ui/purchasing/SupplierForm.h"
#include "client/ui/purchasing/SupplierPriceForm.h"
#include "client/ui/purchasing/SuppliersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestMasterDataScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void forms_data();
    void forms();

private:
    void save(QWidget *widget, const QString &name, const QStringList &requiredChildren);
    RecordForm *loaded(RecordForm *form);
    template<typename P> P *page()
    {
        auto *p = new P(m_admin.api.get());
        m_pages.emplace_back(p);
        p->resize(1100, 520);
        p->show();
        p->activate();
        return p;
    }
    static void waitForList(ListPage *page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == PagedListModel::State::Ready, 15000);
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
    QDir m_dir;
    std::vector<std::unique_ptr<QWidget>> m_pages;
    qint64 m_product = 0;
};

void TestMasterDataScreenshots::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_masterdata_shots"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
    auto supplier = erp::test::waitFor(m_admin.api->create(u"/suppliers"_s,
                                                           {{u"code"_s, u"ACME"_s},
                                                            {u"name"_s, u"Acme Industrial Supply GmbH"_s},
                                                            {u"contact_person"_s, u"Lena Vogt"_s},
                                                            {u"email"_s, u"orders@acme-supply.example"_s},
                                                            {u"currency"_s, u"EUR"_s},
                                                            {u"payment_terms"_s, u"30 days net"_s},
                                                            {u"lead_time_days"_s, 5}}));
    QVERIFY(supplier->isSuccess());
    auto units = erp::test::waitFor(m_admin.api->get(u"/units"_s, QUrlQuery(u"limit=50"_s)));
    qint64 piece = 0;
    for (const auto &u : units->json().value(u"items"_s).toArray())
        if (u.toObject().value(u"symbol"_s).toString() == u"pc"_s)
            piece = u.toObject().value(u"id"_s).toInteger();
    auto product = erp::test::waitFor(m_admin.api->create(u"/products"_s,
                                                          {{u"sku"_s, u"BOLT-M8"_s},
                                                           {u"name"_s, u"Hex bolt M8 x 40"_s},
                                                           {u"category"_s, u"Fasteners"_s},
                                                           {u"stock_unit_id"_s, piece},
                                                           {u"standard_cost"_s, u"0.45"_s},
                                                           {u"reorder_point"_s, u"200"_s},
                                                           {u"reorder_quantity"_s, u"600"_s},
                                                           {u"preferred_supplier_id"_s, supplier->json().value(u"id"_s)}}));
    QVERIFY(product->isSuccess());
    m_product = product->json().value(u"id"_s).toInteger();
    auto locations = erp::test::waitFor(m_admin.api->get(u"/locations"_s));
    for (const auto &l : locations->json().value(u"items"_s).toArray()) {
        auto r = erp::test::waitFor(m_admin.api->create(u"/stock-adjustments"_s,
                                                        {{u"product_id"_s, m_product},
                                                         {u"location_id"_s, l.toObject().value(u"id"_s)},
                                                         {u"counted"_s, u"240"_s},
                                                         {u"note"_s, u"Count"_s}}));
        QVERIFY(r->isSuccess());
    }
    auto price = erp::test::waitFor(m_admin.api->create(u"/supplier-prices"_s,
                                                        {{u"supplier_id"_s, supplier->json().value(u"id"_s)},
                                                         {u"product_id"_s, m_product},
                                                         {u"unit_id"_s, piece},
                                                         {u"currency"_s, u"EUR"_s},
                                                         {u"unit_price"_s, u"0.4100"_s},
                                                         {u"lead_time_days"_s, 3}}));
    QVERIFY(price->isSuccess());
    auto rate = erp::test::waitFor(m_admin.api->create(
        u"/exchange-rates"_s, {{u"currency"_s, u"USD"_s}, {u"valid_on"_s, u"2026-01-01"_s}, {u"rate"_s, u"0.92"_s}}));
    QVERIFY(rate->isSuccess());
}

void TestMasterDataScreenshots::cleanup()
{
    m_pages.clear();
    QVERIFY(m_languages.apply(u"en"_s));
}

RecordForm *TestMasterDataScreenshots::loaded(RecordForm *form)
{
    QSignalSpy done(form, &RecordForm::loaded);
    if (!done.wait(15000))
        return nullptr;
    return form;
}

void TestMasterDataScreenshots::save(QWidget *widget, const QString &name, const QStringList &requiredChildren)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(100); // pending layout requests
    const QStringList problems = erp::test::layoutProblems(widget, requiredChildren);
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    QVERIFY2(problems.isEmpty(), qPrintable(name + u": "_s + problems.join(u"; "_s)));
}

void TestMasterDataScreenshots::forms_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestMasterDataScreenshots::forms()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.apply(language));
    const QString suffix = u"-"_s + language;

    auto *suppliers = page<SuppliersPage>();
    waitForList(suppliers);
    save(suppliers, u"masterdata-suppliers"_s + suffix, {u"activeFilter"_s});
    SupplierForm *supplier = suppliers->editSupplier(qint64(suppliers->model()->itemAt(0).value(u"id"_s).toDouble()));
    QVERIFY(loaded(supplier));
    save(supplier, u"masterdata-supplier-form"_s + suffix,
         {u"codeEdit"_s, u"nameEdit"_s, u"contactEdit"_s, u"emailEdit"_s, u"phoneEdit"_s, u"addressEdit"_s,
          u"currencyCombo"_s, u"termsEdit"_s, u"leadTimeSpin"_s, u"activeCheck"_s, u"notesEdit"_s});
    supplier->done(QDialog::Rejected);

    auto *products = page<ProductsPage>();
    waitForList(products);
    save(products, u"masterdata-products"_s + suffix, {});
    ProductForm *product = products->editProduct(m_product);
    QVERIFY(loaded(product));
    QTRY_VERIFY_WITH_TIMEOUT(product->detailsLoaded() && product->units()->isLoaded(), 15000);
    const QStringList productFields {u"skuEdit"_s,        u"nameEdit"_s,         u"categoryEdit"_s,
                                     u"costEdit"_s,       u"reorderPointEdit"_s, u"reorderQuantityEdit"_s,
                                     u"stockUnitCombo"_s, u"supplierPicker"_s,   u"activeCheck"_s};
    save(product, u"masterdata-product-form"_s + suffix, productFields + QStringList {u"stockTable"_s});
    product->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(1);
    save(product, u"masterdata-product-prices"_s + suffix,
         productFields + QStringList {u"pricesTable"_s, u"addPriceButton"_s, u"editPriceButton"_s});
    SupplierPriceForm *price = product->editPrice(0);
    QVERIFY(loaded(price));
    save(price, u"masterdata-supplier-price-form"_s + suffix,
         {u"supplierPicker"_s, u"unitCombo"_s, u"currencyCombo"_s, u"minQuantityEdit"_s, u"priceEdit"_s,
          u"leadTimeSpin"_s});
    price->done(QDialog::Rejected);
    // A refused save: the error under the field, nothing clipped.
    product->findChild<QLineEdit *>(u"costEdit"_s)->setText(u"12a"_s);
    product->save();
    QVERIFY(!product->fieldErrorText(u"standard_cost"_s).isEmpty());
    save(product, u"masterdata-product-form-error"_s + suffix, productFields + QStringList {u"error_standard_cost"_s});
    product->findChild<QLineEdit *>(u"costEdit"_s)->setText(u"0,45"_s);
    product->done(QDialog::Rejected);

    auto *units = page<UnitsPage>();
    waitForList(units);
    save(units, u"masterdata-units"_s + suffix, {});
    auto *unit = static_cast<UnitForm *>(units->editRecord(qint64(units->model()->itemAt(0).value(u"id"_s).toDouble())));
    QVERIFY(loaded(unit));
    QTRY_VERIFY_WITH_TIMEOUT(unit->units()->isLoaded(), 15000);
    save(unit, u"masterdata-unit-form"_s + suffix,
         {u"categoryCombo"_s, u"nameEdit"_s, u"symbolEdit"_s, u"factorEdit"_s, u"activeCheck"_s});
    unit->done(QDialog::Rejected);

    auto *warehouses = page<WarehousesPage>();
    waitForList(warehouses);
    save(warehouses, u"masterdata-warehouses"_s + suffix, {});
    auto *warehouse = static_cast<WarehouseForm *>(
        warehouses->editRecord(qint64(warehouses->model()->itemAt(0).value(u"id"_s).toDouble())));
    QVERIFY(loaded(warehouse));
    QTRY_VERIFY_WITH_TIMEOUT(warehouse->locationsLoaded(), 15000);
    QCOMPARE(warehouse->locationsTable()->rowCount(), 2); // receiving and storage, from provisioning
    save(warehouse, u"masterdata-warehouse-form"_s + suffix,
         {u"codeEdit"_s, u"nameEdit"_s, u"addressEdit"_s, u"activeCheck"_s, u"locationsTable"_s,
          u"addLocationButton"_s, u"editLocationButton"_s});
    LocationForm *location = warehouse->editLocation(0);
    QVERIFY(loaded(location));
    save(location, u"masterdata-location-form"_s + suffix, {u"codeEdit"_s, u"nameEdit"_s, u"kindCombo"_s});
    location->done(QDialog::Rejected);
    warehouse->done(QDialog::Rejected);

    auto *settings = page<OrganisationSettingsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(settings->isLoaded(), 15000);
    save(settings, u"masterdata-organisation-settings"_s + suffix,
         {u"companyEdit"_s, u"addressEdit"_s, u"taxIdEdit"_s, u"currencyCombo"_s, u"taxRateEdit"_s, u"prefixEdit"_s,
          u"toleranceEdit"_s, u"negativeStockCheck"_s, u"saveButton"_s});

    auto *rates = page<ExchangeRatesPage>();
    waitForList(rates);
    save(rates, u"masterdata-exchange-rates"_s + suffix, {u"currencyFilter"_s});
    RecordForm *rate = rates->newRecord();
    save(rate, u"masterdata-exchange-rate-form"_s + suffix, {u"currencyCombo"_s, u"validOnEdit"_s, u"rateEdit"_s});
    rate->done(QDialog::Rejected);

    auto *rules = page<ApprovalRulesPage>();
    waitForList(rules);
    QTRY_VERIFY_WITH_TIMEOUT(!rules->coverageText().isEmpty(), 15000);
    save(rules, u"masterdata-approval-rules"_s + suffix, {u"coverageLabel"_s});
    int top = 0;
    for (int r = 0; r < rules->model()->rowCount(); ++r)
        if (rules->model()->itemAt(r).value(u"to_amount"_s).isNull())
            top = r;
    ApprovalRuleForm *rule = rules->editBand(qint64(rules->model()->itemAt(top).value(u"id"_s).toDouble()));
    QVERIFY(loaded(rule));
    QTRY_VERIFY_WITH_TIMEOUT(rule->rolesLoaded(), 15000);
    save(rule, u"masterdata-approval-rule-form"_s + suffix,
         {u"fromEdit"_s, u"toEdit"_s, u"approversSpin"_s, u"permissionCombo"_s, u"roleCombo"_s, u"roleCountSpin"_s,
          u"bandHint"_s});
    rule->done(QDialog::Rejected);
}

QTEST_MAIN(TestMasterDataScreenshots)
#include "tst_masterdatascreenshots.moc"
