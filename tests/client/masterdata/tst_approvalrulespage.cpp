// Administration > Approval Rules against the real server: the bands every
// organisation starts with, a band edited in the form (what the server
// stored, and that it decides who approves the next order), an overlapping
// band refused by the server with the error under the field and everything
// typed kept, and the page saying which totals no band covers after one is
// deleted.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/purchasing/ApprovalRuleForm.h"
#include "client/ui/purchasing/ApprovalRulesPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestApprovalRulesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheProvisionedBands();
    void editBandAndItDecidesTheNextOrder();
    void overlapIsRefusedAndTypedValuesKept();
    void deletingABandShowsTheGap();

private:
    int rowFrom(const QString &from);
    QJsonArray serverBands();
    template<typename T> static T *field(QWidget *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }
    ApprovalRuleForm *openBand(const QString &from);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<ApprovalRulesPage> m_page;
    LanguageManager m_languages;
};

void TestApprovalRulesPage::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_approval_rules"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestApprovalRulesPage::init()
{
    m_page = std::make_unique<ApprovalRulesPage>(m_admin.api.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1100, 500);
    m_page->show();
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
}

void TestApprovalRulesPage::cleanup()
{
    m_page.reset();
}

int TestApprovalRulesPage::rowFrom(const QString &from)
{
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        if (m_page->model()->itemAt(r).value(u"from_amount"_s).toString() == from)
            return r;
    return -1;
}

QJsonArray TestApprovalRulesPage::serverBands()
{
    auto r = erp::test::waitFor(m_admin.api->get(u"/approval-rules"_s));
    return r->json().value(u"items"_s).toArray();
}

ApprovalRuleForm *TestApprovalRulesPage::openBand(const QString &from)
{
    const int row = rowFrom(from);
    if (row < 0)
        return nullptr;
    ApprovalRuleForm *form = m_page->editBand(qint64(m_page->model()->itemAt(row).value(u"id"_s).toDouble()));
    QSignalSpy loaded(form, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    QDeadlineTimer deadline(15000);
    while (!(form->rolesLoaded()) && !deadline.hasExpired())
        QTest::qWait(10);
    return form->rolesLoaded() ? form : nullptr;
}

void TestApprovalRulesPage::listsTheProvisionedBands()
{
    QCOMPARE(m_page->model()->rowCount(), 3);
    const int top = rowFrom(u"10000.00"_s);
    QVERIFY(top >= 0);
    const auto cell = [this, top](const QString &key) {
        return m_page->model()->index(top, m_page->model()->columnForKey(key)).data().toString();
    };
    QCOMPARE(cell(u"from_amount"_s), u"10,000.00\u00a0EUR"_s);
    QCOMPARE(cell(u"to_amount"_s), u"no upper limit"_s);
    QCOMPARE(cell(u"approvers_needed"_s), u"2"_s);
    QCOMPARE(cell(u"role_name"_s), u"1 × Administrator"_s); // the built-in role by its display name
    QTRY_COMPARE(m_page->coverageText(), u"Every order total is covered by a band."_s);
}

void TestApprovalRulesPage::editBandAndItDecidesTheNextOrder()
{
    ApprovalRuleForm *form = openBand(u"1000.00"_s);
    QVERIFY(form);
    QCOMPARE(field<QLineEdit>(form, "fromEdit")->text(), u"1000.00"_s);
    QCOMPARE(field<QLineEdit>(form, "toEdit")->text(), u"10000.00"_s);
    auto *approvers = field<QSpinBox>(form, "approversSpin");
    QCOMPARE(approvers->value(), 1);
    approvers->setValue(2);
    auto *role = field<QComboBox>(form, "roleCombo");
    role->setCurrentIndex(role->findText(u"Manager"_s));
    QCOMPARE(field<QSpinBox>(form, "roleCountSpin")->value(), 1);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(form->bannerText()));
    QJsonObject stored;
    for (const auto &v : serverBands())
        if (v.toObject().value(u"from_amount"_s).toString() == u"1000.00"_s)
            stored = v.toObject();
    QCOMPARE(stored.value(u"approvers_needed"_s).toInt(), 2);
    QCOMPARE(stored.value(u"role_name"_s).toString(), u"manager"_s);
    QCOMPARE(stored.value(u"role_approvers_needed"_s).toInt(), 1);
    QCOMPARE(stored.value(u"to_amount"_s).toString(), u"10000.00"_s); // untouched

    // The next order of 1,500 EUR needs two approvals now, one from a manager.
    auto supplier = erp::test::waitFor(m_admin.api->create(
        u"/suppliers"_s, {{u"code"_s, u"S"_s}, {u"name"_s, u"S"_s}, {u"currency"_s, u"EUR"_s}}));
    auto units = erp::test::waitFor(m_admin.api->get(u"/units"_s, QUrlQuery(u"limit=50"_s)));
    qint64 piece = 0;
    for (const auto &u : units->json().value(u"items"_s).toArray())
        if (u.toObject().value(u"symbol"_s).toString() == u"pc"_s)
            piece = u.toObject().value(u"id"_s).toInteger();
    auto product = erp::test::waitFor(m_admin.api->create(
        u"/products"_s, {{u"sku"_s, u"P"_s}, {u"name"_s, u"P"_s}, {u"stock_unit_id"_s, piece}}));
    auto warehouses = erp::test::waitFor(m_admin.api->get(u"/warehouses"_s));
    auto order = erp::test::waitFor(m_admin.api->create(
        u"/purchase-orders"_s,
        {{u"supplier_id"_s, supplier->json().value(u"id"_s)},
         {u"warehouse_id"_s, warehouses->json().value(u"items"_s).toArray().first().toObject().value(u"id"_s)},
         {u"lines"_s, QJsonArray {QJsonObject {{u"product_id"_s, product->json().value(u"id"_s)},
                                               {u"quantity"_s, u"1"_s},
                                               {u"unit_price"_s, u"1500"_s},
                                               {u"tax_rate"_s, u"0"_s}}}}}));
    QVERIFY2(order->isSuccess(), qPrintable(order->error().debugString()));
    auto submitted = erp::test::waitFor(
        m_admin.api->post(u"/purchase-orders/%1/submit"_s.arg(order->json().value(u"id"_s).toInteger())));
    QVERIFY2(submitted->isSuccess(), qPrintable(submitted->error().debugString()));
    QCOMPARE(submitted->json().value(u"approvals_needed"_s).toInt(), 2);
}

void TestApprovalRulesPage::overlapIsRefusedAndTypedValuesKept()
{
    auto *form = static_cast<ApprovalRuleForm *>(m_page->newRecord());
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->rolesLoaded(), 15000);
    QTest::keyClicks(field<QLineEdit>(form, "fromEdit"), u"5,000.00"_s);
    QTest::keyClicks(field<QLineEdit>(form, "toEdit"), u"20000"_s);
    field<QSpinBox>(form, "approversSpin")->setValue(3);
    auto *permission = field<QComboBox>(form, "permissionCombo");
    permission->setCurrentIndex(permission->findData(u"settings.manage"_s));
    QSignalSpy failed(form, &RecordForm::saveFailed);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 422);
    // The server names the start, which lies inside 1,000 to 10,000.
    QVERIFY2(!form->fieldErrorText(u"from_amount"_s).isEmpty(), qPrintable(form->bannerText()));
    QVERIFY(form->isVisible());
    QCOMPARE(field<QLineEdit>(form, "fromEdit")->text(), u"5,000.00"_s);
    QCOMPARE(field<QLineEdit>(form, "toEdit")->text(), u"20000"_s);
    QCOMPARE(field<QSpinBox>(form, "approversSpin")->value(), 3);
    QCOMPARE(permission->currentData().toString(), u"settings.manage"_s);
    QCOMPARE(serverBands().size(), 3);
    form->done(QDialog::Rejected);
}

void TestApprovalRulesPage::deletingABandShowsTheGap()
{
    const int row = rowFrom(u"1000.00"_s);
    QVERIFY(row >= 0);
    QVERIFY(m_page->selectId(qint64(m_page->model()->itemAt(row).value(u"id"_s).toDouble())));
    m_page->deleteCurrentBand();
    QMessageBox *prompt = m_page->deletePrompt();
    QVERIFY(prompt && prompt->isVisible());
    QPushButton *confirm = nullptr;
    for (QAbstractButton *b : prompt->buttons())
        if (prompt->buttonRole(b) == QMessageBox::DestructiveRole)
            confirm = qobject_cast<QPushButton *>(b);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverBands().size(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready
                                 && m_page->model()->rowCount() == 2,
                             15000);
    QTRY_COMPARE(m_page->coverageText(),
                 u"Orders with a total from 1,000.00\u00a0EUR to 10,000.00\u00a0EUR cannot be submitted: no band "
                 u"covers them."_s);
}

QTEST_MAIN(TestApprovalRulesPage)
#include "tst_approvalrulespage.moc"
