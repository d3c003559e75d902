// Purchasing > Suppliers against the real server: the list (model checked by
// QAbstractItemModelTester), a supplier created by keyboard in the form and
// what the server stored, an edit saved with If-Match, the client's own
// checks, and a refused save (a code already in use) that keeps every value
// typed so nothing has to be entered again.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/purchasing/SupplierForm.h"
#include "client/ui/purchasing/SuppliersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestSuppliersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createSupplierByKeyboard();
    void editSupplierSavesOnlyTheChange();
    void clientChecksBeforeSending();
    void refusedSaveKeepsWhatWasTyped();
    void readOnlyWithoutEditPermission();

private:
    QJsonObject serverSupplier(qint64 id);
    template<typename T> T *field(QWidget *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<SuppliersPage> m_page;
    LanguageManager m_languages;
};

void TestSuppliersPage::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_suppliers"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    for (const char *code : {"ALPHA", "BETA", "GAMMA"}) {
        auto r = erp::test::waitFor(m_admin.api->create(
            u"/suppliers"_s, {{u"code"_s, QLatin1String(code)},
                              {u"name"_s, u"Supplier %1"_s.arg(QLatin1String(code))},
                              {u"currency"_s, u"EUR"_s}}));
        QVERIFY2(r->isSuccess(), qPrintable(r->error().debugString()));
    }
}

void TestSuppliersPage::init()
{
    m_page = std::make_unique<SuppliersPage>(m_admin.api.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
}

void TestSuppliersPage::cleanup()
{
    m_page.reset();
}

QJsonObject TestSuppliersPage::serverSupplier(qint64 id)
{
    auto r = erp::test::waitFor(m_admin.api->get(u"/suppliers/%1"_s.arg(id)));
    return r->isSuccess() ? r->json() : QJsonObject();
}

void TestSuppliersPage::createSupplierByKeyboard()
{
    QCOMPARE(m_page->model()->rowCount(), 3);
    SupplierForm *form = m_page->newSupplier();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    // Field by field with Tab, as a clerk would.
    QTest::keyClicks(field<QLineEdit>(form, "codeEdit"), u"NORD"_s);
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Nordlicht Schrauben GmbH"_s);
    QTest::keyClicks(field<QLineEdit>(form, "contactEdit"), u"Jana Nord"_s);
    QTest::keyClicks(field<QLineEdit>(form, "emailEdit"), u"einkauf@nordlicht.example"_s);
    QTest::keyClicks(field<QLineEdit>(form, "phoneEdit"), u"+49 40 555 0199"_s);
    field<QPlainTextEdit>(form, "addressEdit")->insertPlainText(u"Kaistraße 4\nHamburg"_s); // QTest types ASCII only
    auto *currency = field<QComboBox>(form, "currencyCombo");
    currency->setCurrentIndex(currency->findText(u"CHF"_s));
    QTest::keyClicks(field<QLineEdit>(form, "termsEdit"), u"30 days net"_s);
    auto *lead = field<QSpinBox>(form, "leadTimeSpin");
    lead->selectAll();
    QTest::keyClicks(lead, u"12"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(form->bannerText()));
    const qint64 id = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());
    // What the server stored, read back by another request.
    const QJsonObject stored = serverSupplier(id);
    QCOMPARE(stored.value(u"code"_s).toString(), u"NORD"_s);
    QCOMPARE(stored.value(u"name"_s).toString(), u"Nordlicht Schrauben GmbH"_s);
    QCOMPARE(stored.value(u"contact_person"_s).toString(), u"Jana Nord"_s);
    QCOMPARE(stored.value(u"email"_s).toString(), u"einkauf@nordlicht.example"_s);
    QCOMPARE(stored.value(u"address"_s).toString(), u"Kaistraße 4\nHamburg"_s);
    QCOMPARE(stored.value(u"currency"_s).toString(), u"CHF"_s);
    QCOMPARE(stored.value(u"payment_terms"_s).toString(), u"30 days net"_s);
    QCOMPARE(stored.value(u"lead_time_days"_s).toInt(), 12);
    QCOMPARE(stored.value(u"is_active"_s).toBool(), true);
    // The list shows it and selects it.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->currentId() == id, 15000);
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestSuppliersPage::editSupplierSavesOnlyTheChange()
{
    const qint64 id = qint64(m_page->model()->itemAt(0).value(u"id"_s).toDouble());
    const QJsonObject before = serverSupplier(id);
    SupplierForm *form = m_page->editSupplier(id);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!form->isDirty());
    auto *active = field<QCheckBox>(form, "activeCheck");
    QVERIFY(active->isChecked());
    active->setChecked(false);
    QVERIFY(form->isDirty());
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY(saved.wait(15000));
    const QJsonObject after = serverSupplier(id);
    QCOMPARE(after.value(u"is_active"_s).toBool(), false);
    QCOMPARE(after.value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 1);
    QCOMPARE(after.value(u"name"_s), before.value(u"name"_s));
    // Filter: inactive suppliers only.
    auto *filter = m_page->findChild<QComboBox *>(u"activeFilter"_s);
    filter->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready
                                 && m_page->model()->rowCount() == 1,
                             15000);
    QCOMPARE(qint64(m_page->model()->itemAt(0).value(u"id"_s).toDouble()), id);
}

void TestSuppliersPage::clientChecksBeforeSending()
{
    SupplierForm *form = m_page->newSupplier();
    QTest::keyClicks(field<QLineEdit>(form, "emailEdit"), u"not-an-address"_s);
    form->save();
    QVERIFY(!form->isBusy()); // nothing was sent
    QVERIFY(!form->fieldErrorText(u"code"_s).isEmpty());
    QVERIFY(!form->fieldErrorText(u"name"_s).isEmpty());
    QVERIFY(!form->fieldErrorText(u"email"_s).isEmpty());
    QCOMPARE(field<QLineEdit>(form, "emailEdit")->text(), u"not-an-address"_s);
    form->done(QDialog::Rejected);
}

void TestSuppliersPage::refusedSaveKeepsWhatWasTyped()
{
    SupplierForm *form = m_page->newSupplier();
    QTest::keyClicks(field<QLineEdit>(form, "codeEdit"), u"ALPHA"_s); // taken
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Second Alpha"_s);
    QTest::keyClicks(field<QLineEdit>(form, "contactEdit"), u"Someone"_s);
    QTest::keyClicks(field<QPlainTextEdit>(form, "notesEdit"), u"Long notes typed by hand"_s);
    QSignalSpy failed(form, &RecordForm::saveFailed);
    form->save();
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 422); // the code is refused as a field error
    QVERIFY(form->isVisible());
    QVERIFY(!form->bannerText().isEmpty());
    QCOMPARE(field<QLineEdit>(form, "codeEdit")->text(), u"ALPHA"_s);
    QCOMPARE(field<QLineEdit>(form, "nameEdit")->text(), u"Second Alpha"_s);
    QCOMPARE(field<QLineEdit>(form, "contactEdit")->text(), u"Someone"_s);
    QCOMPARE(field<QPlainTextEdit>(form, "notesEdit")->toPlainText(), u"Long notes typed by hand"_s);
    // Corrected, the same form saves.
    field<QLineEdit>(form, "codeEdit")->clear();
    QTest::keyClicks(field<QLineEdit>(form, "codeEdit"), u"ALPHA2"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY(saved.wait(15000));
    const QJsonObject stored
        = serverSupplier(qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble()));
    QCOMPARE(stored.value(u"code"_s).toString(), u"ALPHA2"_s);
    QCOMPARE(stored.value(u"notes"_s).toString(), u"Long notes typed by hand"_s);
}

void TestSuppliersPage::readOnlyWithoutEditPermission()
{
    m_server->createUser(m_acme, u"clerk@acme.test"_s, {u"warehouse_clerk"_s}); // purchasing.view only
    erp::test::SignedInClient clerk;
    QVERIFY(clerk.signIn(*m_server, m_acme.slug, u"clerk@acme.test"_s, TestServer::userPassword()));
    SuppliersPage page(clerk.api.get());
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(!page.canCreate());
    QVERIFY(!page.newSupplier());
    SupplierForm *form = page.editSupplier(qint64(page.model()->itemAt(0).value(u"id"_s).toDouble()));
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!form->saveButton()->isVisible());
    QVERIFY(field<QLineEdit>(form, "nameEdit")->isReadOnly());
    form->done(QDialog::Rejected);
}

QTEST_MAIN(TestSuppliersPage)
#include "tst_supplierspage.moc"
